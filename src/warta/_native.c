/* warta's compiled core: the per-token loops that Python code cannot make cheap.
 *
 * best_paths: Viterbi decoding of the recogniser's linear-chain CRF. Each step depends on the
 * previous one, so numpy pays its per-call overhead at every token position; here a step is a
 * few dozen additions. The arithmetic and the tie-breaking are those of
 * warta.annotate.ner_crf.viterbi_numpy (scores added in the same order, the first of equal
 * scores wins, as numpy's argmax), so both give the same labels.
 *
 * scan: the tokens of a text, found as warta.annotate.segment._TOKEN.finditer finds them (a
 * scanner written for that one pattern, in one pass over the text) and built as Token objects
 * with their Spans. Python would spend a frame, or a map() step, per attribute of every token
 * of every article; here the slots are filled through the classes' own slot descriptors, as
 * object.__new__ and the descriptors' __set__ do in warta.annotate.segment's fallback, which
 * splits the text with the regex.
 *
 * window_rows and row_emissions: the recogniser's per-token scores, summed from its table of
 * scored words (numpy's gathers and a Python loop over word bigrams in the fallback).
 *
 * score_words: the recogniser's new words' scores from their spelling and the model's tables.
 *
 * word_rows: the recogniser's scores of the words it has not seen yet, summed from the rows of
 * their attributes in the order numpy's gathers, sum and reduceat add them (the fallback).
 *
 * words: the words of a text for the event lexicon (warta.annotate.event_lexicon.text_words),
 * with their offsets, in one pass; the fallback splits the text with a regex into words and
 * the gaps between them, and sums the parts' lengths for the offsets.
 *
 * Each has a pure-Python twin used where the build found no C compiler; tests compare them.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int
matrix(PyObject *obj, Py_buffer *view, const char *name)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    if (view->ndim != 2 || view->itemsize != sizeof(double) || view->format == NULL
        || strcmp(view->format, "d") != 0) {
        PyErr_Format(PyExc_TypeError, "%s must be a C-contiguous 2-d float64 array", name);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* The best path of one stretch of n tokens (emission rows em[0..n-1]), written to path. */
static void
decode(const double *em, Py_ssize_t n, const double *tr, Py_ssize_t size, double *best, double *next,
       Py_ssize_t *back, Py_ssize_t *path)
{
    memcpy(best, em, size * sizeof(double));
    for (Py_ssize_t t = 1; t < n; t++) {
        const double *here = em + t * size;
        Py_ssize_t *came = back + t * size;
        for (Py_ssize_t y = 0; y < size; y++) {
            double top = best[0] + tr[y];
            Py_ssize_t arg = 0;
            for (Py_ssize_t x = 1; x < size; x++) {
                double score = best[x] + tr[x * size + y];
                if (score > top) {
                    top = score;
                    arg = x;
                }
            }
            next[y] = top + here[y];
            came[y] = arg;
        }
        memcpy(best, next, size * sizeof(double));
    }
    Py_ssize_t last = 0;
    for (Py_ssize_t y = 1; y < size; y++)
        if (best[y] > best[last])
            last = y;
    path[n - 1] = last;
    for (Py_ssize_t t = n - 1; t > 0; t--)
        path[t - 1] = back[t * size + path[t]];
}

static PyObject *
labelled(const Py_ssize_t *path, Py_ssize_t n, PyObject *labels)
{
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t t = 0; t < n; t++) {
        PyObject *label = PyTuple_GET_ITEM(labels, path[t]);
        Py_INCREF(label);
        PyList_SET_ITEM(out, t, label);
    }
    return out;
}

static PyObject *
best_paths(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *emissions, *lengths, *transitions, *labels;
    if (!PyArg_ParseTuple(args, "OOOO!:best_paths", &emissions, &lengths, &transitions, &PyTuple_Type, &labels))
        return NULL;
    Py_buffer em, tr;
    if (matrix(emissions, &em, "emissions") < 0)
        return NULL;
    if (matrix(transitions, &tr, "transitions") < 0) {
        PyBuffer_Release(&em);
        return NULL;
    }
    PyObject *out = NULL, *seq = NULL;
    double *best = NULL, *next = NULL;
    Py_ssize_t *back = NULL, *path = NULL;
    Py_ssize_t size = tr.shape[0], rows = em.shape[0];
    if (tr.shape[1] != size || em.shape[1] != size || PyTuple_GET_SIZE(labels) != size) {
        PyErr_SetString(PyExc_ValueError, "emissions, transitions and labels disagree on the number of labels");
        goto done;
    }
    seq = PySequence_Fast(lengths, "lengths must be a sequence of ints");
    if (seq == NULL)
        goto done;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(seq), total = 0, longest = 0;
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t n = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(seq, i));
        if (n == -1 && PyErr_Occurred())
            goto done;
        if (n < 0) {
            PyErr_SetString(PyExc_ValueError, "a length is negative");
            goto done;
        }
        total += n;
        longest = n > longest ? n : longest;
    }
    if (total != rows) {
        PyErr_SetString(PyExc_ValueError, "the lengths do not add up to the emission rows");
        goto done;
    }
    best = malloc((size + 1) * sizeof(double));
    next = malloc((size + 1) * sizeof(double));
    back = malloc((longest * size + 1) * sizeof(Py_ssize_t));
    path = malloc((longest + 1) * sizeof(Py_ssize_t));
    if (best == NULL || next == NULL || back == NULL || path == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    out = PyList_New(count);
    if (out == NULL)
        goto done;
    const double *row = (const double *)em.buf;
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t n = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(seq, i));
        if (n > 0)
            decode(row, n, (const double *)tr.buf, size, best, next, back, path);
        PyObject *stretch = labelled(path, n, labels);
        if (stretch == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, i, stretch);
        row += n * size;
    }
done:
    free(best);
    free(next);
    free(back);
    free(path);
    Py_XDECREF(seq);
    PyBuffer_Release(&em);
    PyBuffer_Release(&tr);
    return out;
}

static int
index_at(PyObject *list, Py_ssize_t i, Py_ssize_t bound, Py_ssize_t *out)
{
    if (i < 0 || i >= PyList_GET_SIZE(list)) {
        PyErr_SetString(PyExc_IndexError, "a position is outside the rows");
        return -1;
    }
    *out = PyLong_AsSsize_t(PyList_GET_ITEM(list, i));
    if (*out == -1 && PyErr_Occurred())
        return -1;
    if (*out < 0 || *out >= bound) {
        PyErr_SetString(PyExc_IndexError, "a row or position is out of range");
        return -1;
    }
    return 0;
}

/* The row in [0, bound) that rows[key] names, or missing where rows has no key; the reference to
 * key (NULL: a failed call made it) is dropped. 0 or -1 with an exception set. */
static int
row_of_key(PyObject *rows, PyObject *key, Py_ssize_t bound, Py_ssize_t missing, Py_ssize_t *row)
{
    *row = missing;
    if (key == NULL)
        return -1;
    PyObject *found = PyDict_GetItemWithError(rows, key);
    Py_DECREF(key);
    if (found == NULL)
        return PyErr_Occurred() ? -1 : 0;
    *row = PyLong_AsSsize_t(found);
    if (*row == -1 && PyErr_Occurred())
        return -1;
    if (*row < 0 || *row >= bound) {
        PyErr_SetString(PyExc_IndexError, "an attribute's row is out of range");
        return -1;
    }
    return 0;
}

/* The bigram attribute's row in weights of the word pair (-1: no such attribute). */
static int
bigram_row(PyObject *bigrams, Py_ssize_t before, Py_ssize_t here, PyObject *attributes, Py_ssize_t rows,
           Py_ssize_t *out)
{
    PyObject *head = PyList_GET_ITEM(bigrams, before), *tail = PyList_GET_ITEM(bigrams, here);
    if (!PyTuple_Check(head) || PyTuple_GET_SIZE(head) != 2 || !PyTuple_Check(tail) || PyTuple_GET_SIZE(tail) != 2) {
        PyErr_SetString(PyExc_TypeError, "bigrams must be (head, tail) pairs");
        return -1;
    }
    *out = -1;
    /* None: the model has no bigram this word begins (or ends), so no key is built. */
    if (PyTuple_GET_ITEM(head, 0) == Py_None || PyTuple_GET_ITEM(tail, 1) == Py_None)
        return 0;
    return row_of_key(attributes, PyUnicode_Concat(PyTuple_GET_ITEM(head, 0), PyTuple_GET_ITEM(tail, 1)), rows, -1,
                      out);
}

static PyObject *
slot(PyTypeObject *type, const char *name)
{
    PyObject *descriptor = PyDict_GetItemString(type->tp_dict, name);
    if (descriptor == NULL || Py_TYPE(descriptor)->tp_descr_set == NULL) {
        PyErr_Format(PyExc_TypeError, "%s has no slot %s", type->tp_name, name);
        return NULL;
    }
    return descriptor;
}

static int
set_slot(PyObject *descriptor, PyObject *object, PyObject *value)
{
    /* The slot takes its own reference; ours is dropped. */
    if (value == NULL)
        return -1;
    int failed = Py_TYPE(descriptor)->tp_descr_set(descriptor, object, value);
    Py_DECREF(value);
    return failed;
}

/* The text being scanned, read through PyUnicode_READ whatever its kind (1, 2 or 4 bytes). */
typedef struct {
    int kind;
    const void *data;
    Py_ssize_t length;
} Text;

/* The character at i; past the end, '\0', which is in none of the classes the scanner then
 * tests (letter, letter or digit, decimal digit, '.', a joiner, a number's separator, '%'). */
static inline Py_UCS4
at(const Text *text, Py_ssize_t i)
{
    return i < text->length ? PyUnicode_READ(text->kind, text->data, i) : 0;
}

/* The token pattern's character classes are sre's for a str pattern: \w is Py_UNICODE_ISALNUM
 * or '_', \d is Py_UNICODE_ISDECIMAL, \s is Py_UNICODE_ISSPACE. ASCII, most of the news, is
 * looked up in a table that PyInit__native fills from those same macros. */
enum { ALNUM = 1, DECIMAL = 2, SPACE = 4 };
static unsigned char ascii_classes[128];

/* [^\W_]: a letter or a digit of any kind ('_' is \w but excluded). */
static inline int
is_alnum(Py_UCS4 c)
{
    return c < 128 ? ascii_classes[c] & ALNUM : Py_UNICODE_ISALNUM(c);
}

/* \d: a decimal digit of any script ('٣' is one; '²' is a digit but not decimal). */
static inline int
is_decimal(Py_UCS4 c)
{
    return c < 128 ? ascii_classes[c] & DECIMAL : Py_UNICODE_ISDECIMAL(c);
}

/* [^\W\d_]: what the pattern calls a letter, so also '²', '½' or 'Ⅻ' (alphanumeric, not decimal). */
static inline int
is_letter(Py_UCS4 c)
{
    return is_alnum(c) && !is_decimal(c);
}

static inline int
is_space(Py_UCS4 c)
{
    return c < 128 ? ascii_classes[c] & SPACE : Py_UNICODE_ISSPACE(c);
}

/* [-'’]: what joins the parts of a word (negara-negara, Jong-un, Kim's). */
static inline int
is_joiner(Py_UCS4 c)
{
    return c == '-' || c == '\'' || c == 0x2019;
}

/* [.,:/]: what separates a number's digit groups (1.350, 2,5, 10:30, 11/11/2023). */
static inline int
is_number_separator(Py_UCS4 c)
{
    return c == '.' || c == ',' || c == ':' || c == '/';
}

static Py_ssize_t
alnum_run(const Text *text, Py_ssize_t i)
{
    while (is_alnum(at(text, i)))
        i++;
    return i;
}

static Py_ssize_t
decimal_run(const Text *text, Py_ssize_t i)
{
    while (is_decimal(at(text, i)))
        i++;
    return i;
}

/* After a letter, at i: the end of "\.L\.(?:L\.)*+" (a.n., S.H., A.B.C.D.), or -1 where that
 * fails part-way ("a.", "a.b", "a.1."), in which case the pattern takes the word branch. */
static Py_ssize_t
abbreviation_end(const Text *text, Py_ssize_t i)
{
    if (at(text, i) != '.' || !is_letter(at(text, i + 1)) || at(text, i + 2) != '.')
        return -1;
    i += 3;
    while (is_letter(at(text, i)) && at(text, i + 1) == '.')
        i += 2;
    return i;
}

/* After a letter, at i: the end of "[^\W_]*+(?:[-'’][^\W_]+)*+". A joiner belongs to the word
 * only with a letter or digit right after it ("bolak-balik" is one token, "a-" two). */
static Py_ssize_t
word_end(const Text *text, Py_ssize_t i)
{
    i = alnum_run(text, i);
    while (is_joiner(at(text, i)) && is_alnum(at(text, i + 1)))
        i = alnum_run(text, i + 1);
    return i;
}

/* After a decimal digit, at i: the end of "\d*(?:[.,:/]\d+)*+%?". */
static Py_ssize_t
number_end(const Text *text, Py_ssize_t i)
{
    i = decimal_run(text, i);
    while (is_number_separator(at(text, i)) && is_decimal(at(text, i + 1)))
        i = decimal_run(text, i + 1);
    return at(text, i) == '%' ? i + 1 : i;
}

/* The end of the token that starts at i (a character that is not a space): the pattern's
 * alternatives in their order, the abbreviation tried before the word. */
static Py_ssize_t
token_end(const Text *text, Py_ssize_t i)
{
    Py_UCS4 c = at(text, i);
    if (is_letter(c)) {
        Py_ssize_t end = abbreviation_end(text, i + 1);
        return end >= 0 ? end : word_end(text, i + 1);
    }
    if (is_decimal(c))
        return number_end(text, i + 1);
    return i + 1; /* \S: any other mark on its own */
}

/* The (start, end) pairs that a scan finds, in a buffer that grows as it fills. */
typedef struct {
    Py_ssize_t *pairs;
    Py_ssize_t count, capacity;
} Bounds;

static int
bounds_init(Bounds *bounds, Py_ssize_t capacity)
{
    bounds->count = 0;
    bounds->capacity = capacity;
    bounds->pairs = PyMem_New(Py_ssize_t, 2 * capacity);
    if (bounds->pairs == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

/* Adds a pair; on failure frees the buffer and sets MemoryError. */
static int
bounds_add(Bounds *bounds, Py_ssize_t start, Py_ssize_t end)
{
    if (bounds->count == bounds->capacity) {
        Py_ssize_t *grown = NULL;
        if (bounds->capacity <= PY_SSIZE_T_MAX / (4 * (Py_ssize_t)sizeof(Py_ssize_t)))
            grown = PyMem_Realloc(bounds->pairs, 4 * bounds->capacity * sizeof(Py_ssize_t));
        if (grown == NULL) {
            PyMem_Free(bounds->pairs);
            bounds->pairs = NULL;
            PyErr_NoMemory();
            return -1;
        }
        bounds->pairs = grown;
        bounds->capacity *= 2;
    }
    bounds->pairs[2 * bounds->count] = start;
    bounds->pairs[2 * bounds->count + 1] = end;
    bounds->count++;
    return 0;
}

/* The tokens of text, as finditer finds them: no token can start at a space, and every other
 * character starts one, so the scan skips spaces and takes tokens end to end. */
static int
find_tokens(const Text *text, Bounds *bounds)
{
    if (bounds_init(bounds, text->length / 4 + 16) < 0)
        return -1;
    Py_ssize_t i = 0;
    while (i < text->length) {
        if (is_space(at(text, i))) {
            i++;
            continue;
        }
        Py_ssize_t end = token_end(text, i);
        if (bounds_add(bounds, i, end) < 0)
            return -1;
        i = end;
    }
    return 0;
}

/* One Token with its Span, shifted by offset; its text a new string equal to the slice. The
 * start is the caller's (also put in the starts list); this takes its own reference. */
static PyObject *
new_token(PyObject *string, Py_ssize_t first, Py_ssize_t last, PyObject *start, Py_ssize_t offset,
          PyTypeObject *span_type, PyTypeObject *token_type, PyObject *const setters[4])
{
    PyObject *span = span_type->tp_alloc(span_type, 0);
    if (span == NULL)
        return NULL;
    Py_INCREF(start);
    if (set_slot(setters[0], span, start) < 0 || set_slot(setters[1], span, PyLong_FromSsize_t(offset + last)) < 0) {
        Py_DECREF(span);
        return NULL;
    }
    PyObject *token = token_type->tp_alloc(token_type, 0);
    if (token == NULL) {
        Py_DECREF(span);
        return NULL;
    }
    if (set_slot(setters[2], token, span) < 0
        || set_slot(setters[3], token, PyUnicode_Substring(string, first, last)) < 0) {
        Py_DECREF(token);
        return NULL;
    }
    return token;
}

static PyObject *
scan(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *string;
    Py_ssize_t offset;
    PyTypeObject *span_type, *token_type;
    if (!PyArg_ParseTuple(args, "UnO!O!:scan", &string, &offset, &PyType_Type, &span_type, &PyType_Type,
                          &token_type))
        return NULL;
    PyObject *setters[4];
    if ((setters[0] = slot(span_type, "start")) == NULL || (setters[1] = slot(span_type, "end")) == NULL
        || (setters[2] = slot(token_type, "span")) == NULL || (setters[3] = slot(token_type, "text")) == NULL)
        return NULL;
    Text text = {PyUnicode_KIND(string), PyUnicode_DATA(string), PyUnicode_GET_LENGTH(string)};
    if (offset < 0) {
        PyErr_SetString(PyExc_ValueError, "offset must be >= 0");
        return NULL;
    }
    if (offset > PY_SSIZE_T_MAX - text.length) {
        PyErr_SetString(PyExc_OverflowError, "offset + the text's length is too large");
        return NULL;
    }
    Bounds bounds;
    if (find_tokens(&text, &bounds) < 0)
        return NULL;
    Py_ssize_t count = bounds.count;
    const Py_ssize_t *pairs = bounds.pairs;
    PyObject *built = PyTuple_New(count), *starts = PyList_New(count);
    if (built == NULL || starts == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *start = PyLong_FromSsize_t(offset + pairs[2 * i]);
        if (start == NULL)
            goto fail;
        PyList_SET_ITEM(starts, i, start);
        PyObject *token =
            new_token(string, pairs[2 * i], pairs[2 * i + 1], start, offset, span_type, token_type, setters);
        if (token == NULL)
            goto fail;
        PyTuple_SET_ITEM(built, i, token);
    }
    PyMem_Free(bounds.pairs);
    return Py_BuildValue("(NN)", built, starts);
fail:
    PyMem_Free(bounds.pairs);
    Py_XDECREF(built);
    Py_XDECREF(starts);
    return NULL;
}

/* words: the words of warta.annotate.event_lexicon._WORD, [^\W_]+(?:-[^\W_]+)*, as its
 * finditer finds them. Greedy repeats with nothing after them take all they can, so a word is
 * a run of letters and digits, then as many "-" and run as follow, and the next one starts at
 * the next letter or digit after it. */
static Py_ssize_t
hyphened_word_end(const Text *text, Py_ssize_t i)
{
    i = alnum_run(text, i);
    while (at(text, i) == '-' && is_alnum(at(text, i + 1)))
        i = alnum_run(text, i + 1);
    return i;
}

static int
find_words(const Text *text, Bounds *bounds)
{
    if (bounds_init(bounds, text->length / 6 + 16) < 0)
        return -1;
    Py_ssize_t i = 0;
    while (i < text->length) {
        if (!is_alnum(at(text, i))) {
            i++;
            continue;
        }
        Py_ssize_t end = hyphened_word_end(text, i + 1);
        if (bounds_add(bounds, i, end) < 0)
            return -1;
        i = end;
    }
    return 0;
}

static PyObject *
words(PyObject *Py_UNUSED(module), PyObject *string)
{
    if (!PyUnicode_Check(string)) {
        PyErr_Format(PyExc_TypeError, "words() argument must be str, not %.100s", Py_TYPE(string)->tp_name);
        return NULL;
    }
    Text text = {PyUnicode_KIND(string), PyUnicode_DATA(string), PyUnicode_GET_LENGTH(string)};
    Bounds bounds;
    if (find_words(&text, &bounds) < 0)
        return NULL;
    Py_ssize_t count = bounds.count;
    const Py_ssize_t *pairs = bounds.pairs;
    PyObject *starts = PyList_New(count), *ends = PyList_New(count), *found = PyList_New(count);
    if (starts == NULL || ends == NULL || found == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < count; i++) {
        /* Each object goes into its list at once, so freeing the lists frees all made so far. */
        PyObject *start = PyLong_FromSsize_t(pairs[2 * i]);
        if (start == NULL)
            goto fail;
        PyList_SET_ITEM(starts, i, start);
        PyObject *end = PyLong_FromSsize_t(pairs[2 * i + 1]);
        if (end == NULL)
            goto fail;
        PyList_SET_ITEM(ends, i, end);
        PyObject *word = PyUnicode_Substring(string, pairs[2 * i], pairs[2 * i + 1]);
        if (word == NULL)
            goto fail;
        PyList_SET_ITEM(found, i, word);
    }
    PyMem_Free(bounds.pairs);
    return Py_BuildValue("(NNN)", starts, ends, found);
fail:
    PyMem_Free(bounds.pairs);
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    Py_XDECREF(found);
    return NULL;
}

/* The item at i of a list of str, or NULL with TypeError. */
static PyObject *
text_at(PyObject *texts, Py_ssize_t i)
{
    PyObject *text = PyList_GET_ITEM(texts, i);
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "texts must hold str, not %.100s", Py_TYPE(text)->tp_name);
        return NULL;
    }
    return text;
}

/* Appends item, a new reference that this call releases (NULL: a failure already raised) to
 * out; -1 on failure. */
static int
append_new(PyObject *out, PyObject *item)
{
    if (item == NULL)
        return -1;
    int failed = PyList_Append(out, item);
    Py_DECREF(item);
    return failed;
}

/* Appends i to out; -1 on failure. */
static int
append_index(PyObject *out, Py_ssize_t i)
{
    return append_new(out, PyLong_FromSsize_t(i));
}

/* capitalised(texts): the indices of the texts whose first character is upper case, as
 * text[:1].isupper() says (for one character, str.isupper is Py_UNICODE_ISUPPER). */
static PyObject *
capitalised(PyObject *Py_UNUSED(module), PyObject *texts)
{
    if (!PyList_Check(texts)) {
        PyErr_Format(PyExc_TypeError, "capitalised() argument must be list, not %.100s", Py_TYPE(texts)->tp_name);
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = text_at(texts, i);
        if (text == NULL
            || (PyUnicode_GET_LENGTH(text) > 0 && Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(text, 0))
                && append_index(out, i) < 0)) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

/* Whether text holds a character outside the ASCII set ``allowed``. */
static int
holds_other(PyObject *text, const unsigned char allowed[128])
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t k = 0; k < PyUnicode_GET_LENGTH(text); k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, k);
        if (c >= 128 || !allowed[c])
            return 1;
    }
    return 0;
}

/* allowed[c] set for each character of allowed_text, which must be ASCII; -1 with an exception if not. */
static int
read_allowed(PyObject *allowed_text, unsigned char allowed[128])
{
    memset(allowed, 0, 128);
    for (Py_ssize_t k = 0; k < PyUnicode_GET_LENGTH(allowed_text); k++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(allowed_text, k);
        if (c >= 128) {
            PyErr_SetString(PyExc_ValueError, "allowed must hold ASCII characters only");
            return -1;
        }
        allowed[c] = 1;
    }
    return 0;
}

/* beyond(texts, allowed): the indices of the texts holding a character not in allowed (an
 * ASCII str). */
static PyObject *
beyond(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *texts, *allowed_text;
    if (!PyArg_ParseTuple(args, "O!U:beyond", &PyList_Type, &texts, &allowed_text))
        return NULL;
    unsigned char allowed[128];
    if (read_allowed(allowed_text, allowed) < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = text_at(texts, i);
        if (text == NULL || (holds_other(text, allowed) && append_index(out, i) < 0)) {
            Py_DECREF(out);
            return NULL;
        }
    }
    return out;
}

/* Adds row ``index`` of weights (rows x size) to ``into``; false when index is out of range. */
static int
add_row(double *into, const double *weights, Py_ssize_t rows, Py_ssize_t size, PyObject *list, Py_ssize_t i)
{
    Py_ssize_t index;
    if (index_at(list, i, rows, &index) < 0)
        return 0;
    const double *add = weights + index * size;
    for (Py_ssize_t y = 0; y < size; y++)
        into[y] += add[y];
    return 1;
}

/* Fills ``out`` with row ``index`` of weights; false when index is out of range. */
static int
copy_row(double *out, const double *weights, Py_ssize_t rows, Py_ssize_t size, PyObject *list, Py_ssize_t i)
{
    Py_ssize_t index;
    if (index_at(list, i, rows, &index) < 0)
        return 0;
    memcpy(out, weights + index * size, size * sizeof(double));
    return 1;
}

static PyObject *
word_rows(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *out_obj, *weights_obj, *keys, *shown, *own, *starts;
    Py_ssize_t per;
    if (!PyArg_ParseTuple(args, "OOO!O!nO!O!:word_rows", &out_obj, &weights_obj, &PyList_Type, &keys, &PyList_Type,
                          &shown, &per, &PyList_Type, &own, &PyList_Type, &starts))
        return NULL;
    Py_buffer out, weights;
    if (PyObject_GetBuffer(out_obj, &out, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | PyBUF_WRITABLE) < 0)
        return NULL;
    if (matrix(weights_obj, &weights, "weights") < 0) {
        PyBuffer_Release(&out);
        return NULL;
    }
    PyObject *result = NULL;
    double *sum = NULL;
    Py_ssize_t words = PyList_GET_SIZE(starts), rows = weights.shape[0], size = weights.shape[1];
    Py_ssize_t positions = out.ndim == 3 ? out.shape[1] : 0, owned = PyList_GET_SIZE(own);
    if (out.ndim != 3 || out.itemsize != sizeof(double) || strcmp(out.format, "d") != 0 || out.shape[0] != words
        || out.shape[2] != size || per < 1 || PyList_GET_SIZE(keys) != words * positions
        || PyList_GET_SIZE(shown) != words * per * positions) {
        PyErr_SetString(PyExc_ValueError, "out, weights, keys, shown and starts disagree in shape");
        goto done;
    }
    sum = malloc(size * sizeof(double));
    if (sum == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    const double *weight = (const double *)weights.buf;
    for (Py_ssize_t w = 0; w < words; w++) {
        Py_ssize_t first, last;
        if (index_at(starts, w, owned, &first) < 0)
            goto done;
        if (w + 1 < words) {
            if (index_at(starts, w + 1, owned + 1, &last) < 0)
                goto done;
        }
        else
            last = owned;
        if (last <= first) {
            PyErr_SetString(PyExc_ValueError, "starts must rise, each word owning at least one row");
            goto done;
        }
        for (Py_ssize_t p = 0; p < positions; p++) {
            double *row = (double *)out.buf + (w * positions + p) * size;
            if (!copy_row(row, weight, rows, size, keys, w * positions + p))
                goto done;
            /* The shown attributes summed first, then added: numpy's sum over their axis. */
            Py_ssize_t base = w * per * positions + p;
            if (!copy_row(sum, weight, rows, size, shown, base))
                goto done;
            for (Py_ssize_t k = 1; k < per; k++)
                if (!add_row(sum, weight, rows, size, shown, base + k * positions))
                    goto done;
            for (Py_ssize_t y = 0; y < size; y++)
                row[y] += sum[y];
        }
        /* The word's own attributes, summed in order (numpy's reduceat), add to position 0. */
        if (!copy_row(sum, weight, rows, size, own, first))
            goto done;
        for (Py_ssize_t j = first + 1; j < last; j++)
            if (!add_row(sum, weight, rows, size, own, j))
                goto done;
        double *row = (double *)out.buf + w * positions * size;
        for (Py_ssize_t y = 0; y < size; y++)
            row[y] += sum[y];
    }
    result = Py_NewRef(Py_None);
done:
    free(sum);
    PyBuffer_Release(&out);
    PyBuffer_Release(&weights);
    return result;
}

/* ---- ner (session 8): the recogniser's new words scored in one call ----
 *
 * score_words: what warta.annotate.ner._WordScorer.many_twin computes for each word the
 * decoder's table has not seen (its lower case, case, shape, cue, classes, prefixes and
 * suffixes looked up as rows of the model's weights, then summed as word_rows sums them):
 * about forty Python steps per word there, and every article brings dozens of new words. */

/* str.isupper() of the whole text, as CPython computes it. */
static int
text_isupper(int kind, const void *data, Py_ssize_t n)
{
    if (n == 1)
        return Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, 0)) != 0;
    int cased = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (Py_UNICODE_ISLOWER(ch) || Py_UNICODE_ISTITLE(ch))
            return 0;
        if (Py_UNICODE_ISUPPER(ch))
            cased = 1;
    }
    return cased;
}

/* warta.annotate.ner._case as an index into ("UP", "INIT", "TITLE", "DIGIT", "LOW", "PUNCT"). */
static Py_ssize_t
case_of(PyObject *word)
{
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    if (n == 0)
        return 5;
    if (text_isupper(kind, data, n)) {
        for (Py_ssize_t i = 0; i < n; i++)
            if (Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, i)))
                return n > 1 ? 0 : 1;
    }
    Py_UCS4 first = PyUnicode_READ(kind, data, 0);
    if (Py_UNICODE_ISUPPER(first))
        return 2;
    if (Py_UNICODE_ISDIGIT(first))
        return 3;
    return Py_UNICODE_ISALPHA(first) ? 4 : 5;
}

/* "s=" + warta.annotate.ner._shape(word): runs of character classes collapsed. */
static PyObject *
shape_attribute(PyObject *word)
{
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    Py_ssize_t n = PyUnicode_GET_LENGTH(word), used = 2;
    Py_UCS4 *out = PyMem_Malloc((n + 2) * sizeof(Py_UCS4));
    if (out == NULL)
        return PyErr_NoMemory();
    out[0] = 's';
    out[1] = '=';
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        Py_UCS4 c = Py_UNICODE_ISUPPER(ch) ? 'X' : Py_UNICODE_ISALPHA(ch) ? 'x' : Py_UNICODE_ISDIGIT(ch) ? 'd' : ch;
        if (used == 2 || out[used - 1] != c)
            out[used++] = c;
    }
    PyObject *attribute = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, used);
    PyMem_Free(out);
    return attribute;
}

/* rows[i] = the int at list[i] (i < count), checked to index one of ``bound`` weight rows. */
static int
read_rows(PyObject *list, Py_ssize_t count, Py_ssize_t bound, Py_ssize_t *rows)
{
    if (!PyList_Check(list) || PyList_GET_SIZE(list) != count) {
        PyErr_SetString(PyExc_TypeError, "a word's rows must be a list of the expected length");
        return -1;
    }
    for (Py_ssize_t i = 0; i < count; i++)
        if (index_at(list, i, bound, &rows[i]) < 0)
            return -1;
    return 0;
}

/* The row of ``attribute`` (0 where the model has none); the reference to it is dropped. */
static int
attribute_row(PyObject *row_of, PyObject *attribute, Py_ssize_t bound, Py_ssize_t *row)
{
    return row_of_key(row_of, attribute, bound, 0, row);
}

/* The rows of a word's first (then last) two, three and four letters, from ``affixes``: one
 * dict per attribute kind ("p2=" ... "x4="), keyed by the letters (the attribute's name
 * without its kind: no string is built per word). */
static int
affix_rows(PyObject *low, PyObject *affixes, Py_ssize_t bound, Py_ssize_t *rows)
{
    if (!PyTuple_Check(affixes) || PyTuple_GET_SIZE(affixes) != 6) {
        PyErr_SetString(PyExc_TypeError, "the affix rows must be a 6-tuple of dicts");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(low);
    for (Py_ssize_t k = 0; k < 6; k++) {
        Py_ssize_t width = k % 3 + 2;
        PyObject *part = k < 3 ? PyUnicode_Substring(low, 0, width) : PyUnicode_Substring(low, n > width ? n - width : 0, n);
        if (part == NULL)
            return -1;
        PyObject *found = PyDict_GetItemWithError(PyTuple_GET_ITEM(affixes, k), part);
        Py_DECREF(part);
        rows[k] = 0;
        if (found == NULL) {
            if (PyErr_Occurred())
                return -1;
            continue;
        }
        rows[k] = PyLong_AsSsize_t(found);
        if (rows[k] == -1 && PyErr_Occurred())
            return -1;
        if (rows[k] < 0 || rows[k] >= bound) {
            PyErr_SetString(PyExc_IndexError, "an attribute's row is out of range");
            return -1;
        }
    }
    return 0;
}

/* word.lower(); plain ASCII lowered here (most words), the rest by str.lower. */
static PyObject *
lowered(PyObject *word)
{
    if (!PyUnicode_IS_ASCII(word))
        return PyObject_CallMethod(word, "lower", NULL);
    const Py_UCS1 *data = PyUnicode_1BYTE_DATA(word);
    Py_ssize_t n = PyUnicode_GET_LENGTH(word), i = 0;
    while (i < n && !(data[i] >= 'A' && data[i] <= 'Z'))
        i++;
    if (i == n)
        return Py_NewRef(word);
    PyObject *low = PyUnicode_New(n, 127);
    if (low == NULL)
        return NULL;
    Py_UCS1 *into = PyUnicode_1BYTE_DATA(low);
    for (Py_ssize_t j = 0; j < n; j++)
        into[j] = data[j] >= 'A' && data[j] <= 'Z' ? data[j] + ('a' - 'A') : data[j];
    return low;
}

/* "bi=w=" + low where low begins a bigram attribute of the model (``sides``), else None. */
static PyObject *
bigram_half(PyObject *low, PyObject *sides, const char *head)
{
    int known = PySet_Contains(sides, low);
    if (known < 0)
        return NULL;
    return known ? PyUnicode_FromFormat("%s%U", head, low) : Py_NewRef(Py_None);
}

enum { TABLE_CLASSES, TABLE_KEYED, TABLE_CUED, TABLE_UNCUED, TABLE_CASED, TABLE_SHOWN, TABLE_UNKNOWN, TABLE_AFFIXES,
       TABLE_ROW_OF, TABLE_BIAS, TABLE_HEADS, TABLE_TAILS, TABLE_NEITHER, TABLE_FIELDS };

/* Fills keys (positions), shown (4 x positions, attribute by attribute) and own (its count in
 * *owned) with one word's rows, and returns its bigram halves. */
static PyObject *
word_attributes(PyObject *word, PyObject *tables, Py_ssize_t positions, Py_ssize_t bound, Py_ssize_t *keys,
                Py_ssize_t *shown, Py_ssize_t **own, Py_ssize_t *room, Py_ssize_t *owned)
{
    PyObject *low = lowered(word), *halves = NULL;
    if (low == NULL)
        return NULL;
    if (!PyUnicode_Check(low)) {
        PyErr_SetString(PyExc_TypeError, "words must be str");
        goto done;
    }
    PyObject *classes = PyDict_GetItemWithError(PyTuple_GET_ITEM(tables, TABLE_CLASSES), low);
    if (classes == NULL && PyErr_Occurred())
        goto done;
    classes = classes == NULL ? PyTuple_GET_ITEM(tables, TABLE_UNKNOWN) : classes;
    if (!PyTuple_Check(classes)) {
        PyErr_SetString(PyExc_TypeError, "a word's classes must be a tuple");
        goto done;
    }
    Py_ssize_t count = PyTuple_GET_SIZE(classes);
    PyObject *keyed = PyDict_GetItemWithError(PyTuple_GET_ITEM(tables, TABLE_KEYED), low);
    if (keyed == NULL && PyErr_Occurred())
        goto done;
    if (keyed == NULL)
        memset(keys, 0, positions * sizeof(Py_ssize_t));
    else if (read_rows(keyed, positions, bound, keys) < 0)
        goto done;
    PyObject *cued = PyDict_GetItemWithError(PyTuple_GET_ITEM(tables, TABLE_CUED), low);
    if (cued == NULL && PyErr_Occurred())
        goto done;
    PyObject *cased = PyTuple_GET_ITEM(tables, TABLE_CASED);
    if (!PyTuple_Check(cased) || PyTuple_GET_SIZE(cased) != 6) {
        PyErr_SetString(PyExc_TypeError, "the case rows must be a 6-tuple");
        goto done;
    }
    if (read_rows(PyTuple_GET_ITEM(cased, case_of(word)), positions, bound, shown) < 0
        || read_rows(cued == NULL ? PyTuple_GET_ITEM(tables, TABLE_UNCUED) : cued, positions, bound,
                     shown + positions) < 0)
        goto done;
    for (Py_ssize_t k = 0; k < 2; k++) {
        Py_ssize_t *into = shown + (2 + k) * positions;
        PyObject *rows = NULL;
        if (k < count) {
            rows = PyDict_GetItemWithError(PyTuple_GET_ITEM(tables, TABLE_SHOWN), PyTuple_GET_ITEM(classes, k));
            if (rows == NULL && PyErr_Occurred())
                goto done;
        }
        if (rows == NULL)
            memset(into, 0, positions * sizeof(Py_ssize_t));
        else if (read_rows(rows, positions, bound, into) < 0)
            goto done;
    }
    Py_ssize_t need = 8 + (count > 2 ? count - 2 : 0);
    if (need > *room) {
        Py_ssize_t *grown = PyMem_Realloc(*own, need * sizeof(Py_ssize_t));
        if (grown == NULL) {
            PyErr_NoMemory();
            goto done;
        }
        *own = grown;
        *room = need;
    }
    Py_ssize_t *mine = *own;
    PyObject *row_of = PyTuple_GET_ITEM(tables, TABLE_ROW_OF);
    mine[0] = PyLong_AsSsize_t(PyTuple_GET_ITEM(tables, TABLE_BIAS));
    if ((mine[0] == -1 && PyErr_Occurred()) || attribute_row(row_of, shape_attribute(word), bound, &mine[1]) < 0
        || affix_rows(low, PyTuple_GET_ITEM(tables, TABLE_AFFIXES), bound, mine + 2) < 0)
        goto done;
    for (Py_ssize_t k = 2; k < count; k++)
        if (attribute_row(row_of, Py_NewRef(PyTuple_GET_ITEM(classes, k)), bound, &mine[6 + k]) < 0)
            goto done;
    *owned = need;
    PyObject *head = bigram_half(low, PyTuple_GET_ITEM(tables, TABLE_HEADS), "bi=w=");
    PyObject *tail = head == NULL ? NULL : bigram_half(low, PyTuple_GET_ITEM(tables, TABLE_TAILS), "|w=");
    /* Most words begin and end no bigram: they share one (None, None) pair. */
    if (tail != NULL)
        halves = head == Py_None && tail == Py_None ? Py_NewRef(PyTuple_GET_ITEM(tables, TABLE_NEITHER))
                                                    : PyTuple_Pack(2, head, tail);
    Py_XDECREF(head);
    Py_XDECREF(tail);
done:
    Py_DECREF(low);
    return halves;
}

/* sum = the rows' weights added one by one (the first copied). */
static void
sum_rows(double *sum, const double *weight, Py_ssize_t size, const Py_ssize_t *rows, Py_ssize_t count,
         Py_ssize_t stride)
{
    memcpy(sum, weight + rows[0] * size, size * sizeof(double));
    for (Py_ssize_t k = 1; k < count; k++) {
        const double *add = weight + rows[k * stride] * size;
        for (Py_ssize_t y = 0; y < size; y++)
            sum[y] += add[y];
    }
}

static PyObject *
score_words(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *out_obj, *weights_obj, *words_obj, *tables;
    if (!PyArg_ParseTuple(args, "OOO!O!:score_words", &out_obj, &weights_obj, &PyList_Type, &words_obj, &PyTuple_Type,
                          &tables))
        return NULL;
    if (PyTuple_GET_SIZE(tables) != TABLE_FIELDS) {
        PyErr_SetString(PyExc_TypeError, "tables must hold the scorer's 13 tables");
        return NULL;
    }
    Py_buffer out, weights;
    if (PyObject_GetBuffer(out_obj, &out, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | PyBUF_WRITABLE) < 0)
        return NULL;
    if (matrix(weights_obj, &weights, "weights") < 0) {
        PyBuffer_Release(&out);
        return NULL;
    }
    PyObject *result = NULL, *halves = NULL;
    Py_ssize_t words = PyList_GET_SIZE(words_obj), bound = weights.shape[0], size = weights.shape[1];
    Py_ssize_t positions = out.ndim == 3 ? out.shape[1] : 0, room = 16, owned = 0;
    Py_ssize_t *keys = PyMem_Malloc((positions + 1) * sizeof(Py_ssize_t));
    Py_ssize_t *shown = PyMem_Malloc((4 * positions + 1) * sizeof(Py_ssize_t));
    Py_ssize_t *own = PyMem_Malloc(room * sizeof(Py_ssize_t));
    double *sum = PyMem_Malloc((size + 1) * sizeof(double));
    if (keys == NULL || shown == NULL || own == NULL || sum == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (out.ndim != 3 || out.itemsize != sizeof(double) || strcmp(out.format, "d") != 0 || out.shape[0] != words
        || out.shape[2] != size || positions < 1) {
        PyErr_SetString(PyExc_ValueError, "out, weights and words disagree in shape");
        goto done;
    }
    halves = PyList_New(words);
    if (halves == NULL)
        goto done;
    const double *weight = (const double *)weights.buf;
    for (Py_ssize_t w = 0; w < words; w++) {
        PyObject *word = PyList_GET_ITEM(words_obj, w);
        if (!PyUnicode_Check(word)) {
            PyErr_SetString(PyExc_TypeError, "words must be str");
            goto done;
        }
        PyObject *pair = word_attributes(word, tables, positions, bound, keys, shown, &own, &room, &owned);
        if (pair == NULL)
            goto done;
        PyList_SET_ITEM(halves, w, pair);
        /* The arithmetic of word_rows: key row, plus the shown rows' sum, plus at position 0 the
         * own rows' sum. */
        for (Py_ssize_t p = 0; p < positions; p++) {
            double *row = (double *)out.buf + (w * positions + p) * size;
            memcpy(row, weight + keys[p] * size, size * sizeof(double));
            sum_rows(sum, weight, size, shown + p, 4, positions);
            for (Py_ssize_t y = 0; y < size; y++)
                row[y] += sum[y];
        }
        sum_rows(sum, weight, size, own, owned, 1);
        double *row = (double *)out.buf + w * positions * size;
        for (Py_ssize_t y = 0; y < size; y++)
            row[y] += sum[y];
    }
    result = Py_NewRef(halves);
done:
    Py_XDECREF(halves);
    PyMem_Free(keys);
    PyMem_Free(shown);
    PyMem_Free(own);
    PyMem_Free(sum);
    PyBuffer_Release(&out);
    PyBuffer_Release(&weights);
    return result;
}

/* What the recogniser's emission scores read (see the ner9 block: window_rows, row_emissions). */

/* The stretch (tokens, start, end) checked: tokens a sequence (fast), 0 <= start <= end <= len. */
static PyObject *
stretch_parts(PyObject *stretch, Py_ssize_t *start, Py_ssize_t *end)
{
    if (!PyTuple_Check(stretch) || PyTuple_GET_SIZE(stretch) != 3) {
        PyErr_SetString(PyExc_TypeError, "a stretch must be a (tokens, start, end) tuple");
        return NULL;
    }
    *start = PyLong_AsSsize_t(PyTuple_GET_ITEM(stretch, 1));
    *end = PyLong_AsSsize_t(PyTuple_GET_ITEM(stretch, 2));
    if ((*start == -1 || *end == -1) && PyErr_Occurred())
        return NULL;
    PyObject *tokens = PySequence_Fast(PyTuple_GET_ITEM(stretch, 0), "a stretch's tokens must be a sequence");
    if (tokens == NULL)
        return NULL;
    if (*start < 0 || *start > *end || *end > PySequence_Fast_GET_SIZE(tokens)) {
        PyErr_SetString(PyExc_ValueError, "a stretch's start and end must satisfy 0 <= start <= end <= len(tokens)");
        Py_DECREF(tokens);
        return NULL;
    }
    return tokens;
}

/* out = the word's own row, plus each neighbour's row at its offset, plus the bigram's weights
 * with the previous word: emissions' sum, in its order. */
static int
token_scores(double *out, const double *cells, Py_ssize_t stride, Py_ssize_t size, const Py_ssize_t *at,
             const Py_ssize_t *offsets, Py_ssize_t width, PyObject *bigrams, PyObject *attributes,
             const double *weight, Py_ssize_t weight_rows)
{
    memcpy(out, cells + at[0] * stride, size * sizeof(double));
    for (Py_ssize_t k = 0; k < width; k++) {
        const double *add = cells + at[offsets[k]] * stride + (k + 1) * size;
        for (Py_ssize_t y = 0; y < size; y++)
            out[y] += add[y];
    }
    Py_ssize_t attribute;
    if (bigram_row(bigrams, at[-1], at[0], attributes, weight_rows, &attribute) < 0)
        return -1;
    if (attribute >= 0)
        for (Py_ssize_t y = 0; y < size; y++)
            out[y] += weight[attribute * size + y];
    return 0;
}

/* ---- timeseg: where a time expression may start (warta.annotate.timex_master) ----
 *
 * lead_starts: the offsets at which the time pattern's opening test passes, the look-behind
 * "(?<![\w'’])" and the gate "(?=[\d(]|word|word|...)". Run by the regex at every character, that
 * opening costs more than all the matching after it (a few dozen places an article pass it); the
 * caller runs the pattern at these offsets only. The words are grouped by their first character
 * once per call, so a word start is compared only with the few words sharing its first two. */

/* \w as sre has it for a str pattern: alphanumeric or '_'. */
static inline int
is_word(Py_UCS4 c)
{
    return c == '_' || is_alnum(c);
}

/* Whether the text holds word (a str) at i. */
static int
holds_at(const Text *text, Py_ssize_t i, PyObject *word)
{
    Py_ssize_t length = PyUnicode_GET_LENGTH(word);
    if (length > text->length - i)
        return 0;
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    for (Py_ssize_t k = 0; k < length; k++)
        if (PyUnicode_READ(kind, data, k) != PyUnicode_READ(text->kind, text->data, i + k))
            return 0;
    return 1;
}

/* The words grouped by their first character: first[c] heads the chain (through next) of the
 * words that start with c, for ASCII c, and first[128] that of the others. seconds[c] marks the
 * ASCII characters that come second in them (bit k of word k / 64), and long_seconds[c] whether
 * one has a character beyond ASCII or nothing there: most word starts fail on these two bits. */
typedef struct {
    Py_ssize_t first[129];
    uint64_t seconds[129][2];
    char other_seconds[129];
    Py_ssize_t *next;
} Leads;

static int
leads_init(Leads *leads, PyObject *words)
{
    Py_ssize_t count = PyTuple_GET_SIZE(words);
    if ((leads->next = PyMem_New(Py_ssize_t, count + 1)) == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    memset(leads->seconds, 0, sizeof(leads->seconds));
    memset(leads->other_seconds, 0, sizeof(leads->other_seconds));
    for (int c = 0; c < 129; c++)
        leads->first[c] = -1;
    for (Py_ssize_t w = count - 1; w >= 0; w--) {
        PyObject *word = PyTuple_GET_ITEM(words, w);
        if (!PyUnicode_Check(word) || PyUnicode_GET_LENGTH(word) == 0) {
            PyErr_SetString(PyExc_TypeError, "lead_starts: the words must be non-empty str");
            PyMem_Free(leads->next);
            return -1;
        }
        Py_UCS4 c = PyUnicode_READ_CHAR(word, 0), second = 0x110000;
        int row = c < 128 ? (int)c : 128;
        if (PyUnicode_GET_LENGTH(word) > 1)
            second = PyUnicode_READ_CHAR(word, 1);
        if (second < 128)
            leads->seconds[row][second / 64] |= (uint64_t)1 << (second % 64);
        else
            leads->other_seconds[row] = 1;
        leads->next[w] = leads->first[row];
        leads->first[row] = w;
    }
    return 0;
}

/* Whether one of words begins at i. */
static int
word_at(const Text *text, Py_ssize_t i, PyObject *words, const Leads *leads)
{
    Py_UCS4 c = at(text, i), second = at(text, i + 1);
    int row = c < 128 ? (int)c : 128;
    if (leads->first[row] < 0)
        return 0;
    if (!leads->other_seconds[row] && (second >= 128 || !(leads->seconds[row][second / 64] >> (second % 64) & 1)))
        return 0;
    for (Py_ssize_t w = leads->first[row]; w >= 0; w = leads->next[w])
        if (holds_at(text, i, PyTuple_GET_ITEM(words, w)))
            return 1;
    return 0;
}

static PyObject *
lead_starts(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *string, *words;
    if (!PyArg_ParseTuple(args, "UO!:lead_starts", &string, &PyTuple_Type, &words))
        return NULL;
    Leads leads;
    if (leads_init(&leads, words) < 0)
        return NULL;
    Text text = {PyUnicode_KIND(string), PyUnicode_DATA(string), PyUnicode_GET_LENGTH(string)};
    PyObject *starts = PyList_New(0);
    Py_UCS4 before = ' '; /* the text's start passes the look-behind */
    for (Py_ssize_t i = 0; starts != NULL && i < text.length; i++) {
        Py_UCS4 c = at(&text, i);
        int opens = !is_word(before) && before != '\'' && before != 0x2019
                    && (is_decimal(c) || c == '(' || word_at(&text, i, words, &leads));
        before = c;
        if (opens) {
            PyObject *start = PyLong_FromSsize_t(i);
            if (start == NULL || PyList_Append(starts, start) < 0)
                Py_CLEAR(starts);
            Py_XDECREF(start);
        }
    }
    PyMem_Free(leads.next);
    return starts;
}

/* sentences: the sentences of warta.annotate.segment with their tokens, found as its regexes find
 * them: paragraphs ("[^\n]+(?:\n(?!\n)[^\n]+)*"), then in each the candidate ends (_END) that
 * do not close an abbreviation, then each stretch between two ends stripped of its spaces; the
 * tokens as scan finds them. Python would copy every stretch to strip it, spend several calls
 * at every dot, and slice each sentence's tokens out of the text's. */

static int
is_end_mark(Py_UCS4 c)
{
    return c == '.' || c == '!' || c == '?';
}

/* ["”’')\]]: what may close a sentence after its mark. */
static int
is_closer(Py_UCS4 c)
{
    return c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')' || c == ']';
}

/* ["“‘(\[]: what may open the next sentence before its first letter. */
static int
is_opener(Py_UCS4 c)
{
    return c == '"' || c == 0x201C || c == 0x2018 || c == '(' || c == '[';
}

/* [A-Z0-9\u00C0-\u00DE]: what the next sentence may start with. */
static int
is_sentence_initial(Py_UCS4 c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 0xC0 && c <= 0xDE);
}

/* What may stand right before a word (segment._word_before): a space or one of _WORD_OPENERS. */
static int
is_word_opener(Py_UCS4 c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '"' || c == 0x201C || c == '(';
}

/* The end of _END's match at i (a mark) in [i, limit), or -1: the marks, the closers, then
 * "(?=\s+[\"“‘(\[]?[A-Z0-9\u00C0-\u00DE])". Giving back a mark or a closer never helps (the
 * look-ahead wants a space next), so the greedy runs are the only ones to test. */
static Py_ssize_t
sentence_end_at(const Text *text, Py_ssize_t i, Py_ssize_t limit)
{
    Py_ssize_t end = i + 1;
    while (end < limit && is_end_mark(at(text, end)))
        end++;
    while (end < limit && is_closer(at(text, end)))
        end++;
    Py_ssize_t k = end;
    while (k < limit && is_space(at(text, k)))
        k++;
    if (k == end || k >= limit)
        return -1;
    if (is_opener(at(text, k)) && ++k >= limit)
        return -1;
    return is_sentence_initial(at(text, k)) ? end : -1;
}

/* segment._is_abbreviation(paragraph[start:end]) for a word ending just before a dot: with its
 * dots stripped and case folded, one letter (an initial) or one of abbreviations. 1, 0 or -1. */
static int
closes_abbreviation(PyObject *string, Py_ssize_t start, Py_ssize_t end, PyObject *abbreviations)
{
    const Text text = {PyUnicode_KIND(string), PyUnicode_DATA(string), PyUnicode_GET_LENGTH(string)};
    while (end > start && at(&text, end - 1) == '.')
        end--;
    PyObject *word = PyUnicode_Substring(string, start, end);
    if (word == NULL)
        return -1;
    PyObject *folded = PyObject_CallMethod(word, "casefold", NULL);
    Py_DECREF(word);
    if (folded == NULL)
        return -1;
    int found = PyUnicode_GET_LENGTH(folded) == 1 && Py_UNICODE_ISALPHA(PyUnicode_READ_CHAR(folded, 0));
    if (!found)
        found = PySet_Contains(abbreviations, folded);
    Py_DECREF(folded);
    return found;
}

/* Adds the stretch [start, end) without its leading and trailing spaces, unless nothing is left. */
static int
add_stripped(const Text *text, Bounds *bounds, Py_ssize_t start, Py_ssize_t end)
{
    while (start < end && is_space(at(text, start)))
        start++;
    while (end > start && is_space(at(text, end - 1)))
        end--;
    return start < end ? bounds_add(bounds, start, end) : 0;
}

/* The sentences of the paragraph [start, limit) (segment._paragraph_sentences). */
static int
paragraph_sentences(PyObject *string, const Text *text, Py_ssize_t start, Py_ssize_t limit,
                    PyObject *abbreviations, Bounds *bounds)
{
    Py_ssize_t i = start, last = start;
    while (i < limit) {
        Py_ssize_t end = is_end_mark(at(text, i)) ? sentence_end_at(text, i, limit) : -1;
        if (end < 0) {
            i++;
            continue;
        }
        Py_ssize_t dots = 0;
        for (Py_ssize_t k = i; k < end; k++)
            dots += at(text, k) == '.';
        if (at(text, i) == '.' && dots == 1) {
            Py_ssize_t word = i;
            while (word > start && !is_word_opener(at(text, word - 1)))
                word--;
            int closes = word < i ? closes_abbreviation(string, word, i, abbreviations) : 0;
            if (closes < 0) {
                PyMem_Free(bounds->pairs);
                return -1;
            }
            if (closes) {
                i = end;
                continue;
            }
        }
        if (add_stripped(text, bounds, last, end) < 0)
            return -1;
        last = i = end;
    }
    return add_stripped(text, bounds, last, limit);
}

/* The sentences' bounds: paragraph by paragraph, those of paragraph_sentences. */
static int
find_sentences(PyObject *string, const Text *text, PyObject *abbreviations, Bounds *bounds)
{
    if (bounds_init(bounds, text->length / 64 + 16) < 0)
        return -1;
    Py_ssize_t i = 0;
    while (i < text->length) {
        if (at(text, i) == '\n') {
            i++;
            continue;
        }
        Py_ssize_t end = i;
        /* "[^\n]+" then "\n[^\n]+" as long as a single newline joins two lines */
        while (end < text->length && (at(text, end) != '\n' || (end + 1 < text->length && at(text, end + 1) != '\n')))
            end++;
        if (paragraph_sentences(string, text, i, end, abbreviations, bounds) < 0)
            return -1;
        i = end;
    }
    return 0;
}

/* The Sentence [start, end) holding the tokens pairs[first..last) of the text. */
static PyObject *
new_sentence(PyObject *string, Py_ssize_t start, Py_ssize_t end, const Py_ssize_t *pairs, Py_ssize_t first,
             Py_ssize_t last, PyTypeObject *const types[3], PyObject *const setters[6])
{
    PyObject *tokens = PyTuple_New(last - first);
    if (tokens == NULL)
        return NULL;
    for (Py_ssize_t t = first; t < last; t++) {
        PyObject *token_start = PyLong_FromSsize_t(pairs[2 * t]);
        if (token_start == NULL) {
            Py_DECREF(tokens);
            return NULL;
        }
        PyObject *token = new_token(string, pairs[2 * t], pairs[2 * t + 1], token_start, 0, types[0], types[1], setters);
        Py_DECREF(token_start);
        if (token == NULL) {
            Py_DECREF(tokens);
            return NULL;
        }
        PyTuple_SET_ITEM(tokens, t - first, token);
    }
    PyObject *span = types[0]->tp_alloc(types[0], 0), *sentence = NULL;
    if (span != NULL && set_slot(setters[0], span, PyLong_FromSsize_t(start)) == 0
        && set_slot(setters[1], span, PyLong_FromSsize_t(end)) == 0
        && (sentence = types[2]->tp_alloc(types[2], 0)) != NULL && set_slot(setters[4], sentence, Py_NewRef(span)) == 0
        && set_slot(setters[5], sentence, Py_NewRef(tokens)) == 0) {
        Py_DECREF(span);
        Py_DECREF(tokens);
        return sentence;
    }
    Py_XDECREF(span);
    Py_XDECREF(sentence);
    Py_DECREF(tokens);
    return NULL;
}

/* segment.sentences: each sentence takes the tokens of the text that start inside it, found as
 * sentences() finds them with bisect over the token starts. */
static PyObject *
sentences(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *string, *abbreviations;
    PyTypeObject *types[3]; /* Span, Token, Sentence */
    if (!PyArg_ParseTuple(args, "UO!O!O!O!:sentences", &string, &PyFrozenSet_Type, &abbreviations, &PyType_Type,
                          &types[0], &PyType_Type, &types[1], &PyType_Type, &types[2]))
        return NULL;
    PyObject *setters[6];
    if ((setters[0] = slot(types[0], "start")) == NULL || (setters[1] = slot(types[0], "end")) == NULL
        || (setters[2] = slot(types[1], "span")) == NULL || (setters[3] = slot(types[1], "text")) == NULL
        || (setters[4] = slot(types[2], "span")) == NULL || (setters[5] = slot(types[2], "tokens")) == NULL)
        return NULL;
    Text text = {PyUnicode_KIND(string), PyUnicode_DATA(string), PyUnicode_GET_LENGTH(string)};
    Bounds found, tokens;
    if (find_sentences(string, &text, abbreviations, &found) < 0)
        return NULL;
    if (find_tokens(&text, &tokens) < 0) {
        PyMem_Free(found.pairs);
        return NULL;
    }
    PyObject *built = PyTuple_New(found.count);
    Py_ssize_t first = 0, last = 0;
    for (Py_ssize_t i = 0; built != NULL && i < found.count; i++) {
        Py_ssize_t start = found.pairs[2 * i], end = found.pairs[2 * i + 1];
        for (first = last; first < tokens.count && tokens.pairs[2 * first] < start; first++)
            ;
        for (last = first; last < tokens.count && tokens.pairs[2 * last] < end; last++)
            ;
        PyObject *sentence = new_sentence(string, start, end, tokens.pairs, first, last, types, setters);
        if (sentence == NULL)
            Py_CLEAR(built);
        else
            PyTuple_SET_ITEM(built, i, sentence);
    }
    PyMem_Free(found.pairs);
    PyMem_Free(tokens.pairs);
    return built;
}

/* ---- end of timeseg ---- */

/* ---- gates (session 8): the gazetteer's and the recogniser's per-token tests in one pass ----
 * start_candidates answers warta.annotate.spelling.start_candidates_twin, name_starts
 * warta.annotate.spelling.name_starts_twin: both read every token text of an article, and a
 * map() step per text and per test costs more than the test itself. */

/* start_candidates(texts, allowed, plain, known) -> (starts, unknown): starts, the indices of the
 * texts made of allowed characters that plain (a frozenset) holds and of the other texts known
 * (a dict) maps to a true value; unknown, the indices of the other texts known lacks. */
static PyObject *
start_candidates(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *texts, *allowed_text, *plain, *known;
    if (!PyArg_ParseTuple(args, "O!UO!O!:start_candidates", &PyList_Type, &texts, &allowed_text, &PyFrozenSet_Type,
                          &plain, &PyDict_Type, &known))
        return NULL;
    unsigned char allowed[128];
    if (read_allowed(allowed_text, allowed) < 0)
        return NULL;
    PyObject *starts = PyList_New(0), *unknown = PyList_New(0);
    if (starts == NULL || unknown == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = text_at(texts, i);
        if (text == NULL)
            goto fail;
        if (!holds_other(text, allowed)) {
            int held = PySet_Contains(plain, text);
            if (held < 0 || (held && append_index(starts, i) < 0))
                goto fail;
            continue;
        }
        PyObject *value = PyDict_GetItemWithError(known, text);  /* borrowed */
        if (value == NULL) {
            if (PyErr_Occurred() || append_index(unknown, i) < 0)
                goto fail;
            continue;
        }
        int truth = PyObject_IsTrue(value);
        if (truth < 0 || (truth && append_index(starts, i) < 0))
            goto fail;
    }
    return Py_BuildValue("(NN)", starts, unknown);
fail:
    Py_XDECREF(starts);
    Py_XDECREF(unknown);
    return NULL;
}

/* name_starts(texts, stopwords) -> the indices of the texts whose first character is upper
 * case, whose lower case is not in stopwords (a frozenset), and which the texts do not also
 * hold in lower case (that lower case starting with a lower-case letter). */
static PyObject *
name_starts(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *texts, *stopwords;
    if (!PyArg_ParseTuple(args, "O!O!:name_starts", &PyList_Type, &texts, &PyFrozenSet_Type, &stopwords))
        return NULL;
    PyObject *out = PyList_New(0), *present = NULL;
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = text_at(texts, i);
        if (text == NULL)
            goto fail;
        if (PyUnicode_GET_LENGTH(text) == 0 || !Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(text, 0)))
            continue;
        if (present == NULL && (present = PySet_New(texts)) == NULL)  /* built at the first capital */
            goto fail;
        PyObject *low = lowered(text);  /* the ner block's str.lower */
        if (low == NULL)
            goto fail;
        int common = PySet_Contains(stopwords, low);
        if (common == 0 && PyUnicode_GET_LENGTH(low) > 0 && Py_UNICODE_ISLOWER(PyUnicode_READ_CHAR(low, 0)))
            common = PySet_Contains(present, low);  /* the article also writes it in lower case */
        Py_DECREF(low);
        if (common < 0 || (!common && append_index(out, i) < 0))
            goto fail;
    }
    Py_XDECREF(present);
    return out;
fail:
    Py_XDECREF(present);
    Py_DECREF(out);
    return NULL;
}

/* ---- end of gates ---- */

/* ---- word filter (session 9): a bitmap of a few sets' words, for passes over an article ----
 *
 * Made once per set of words (word_filter) and kept by the caller: a pass over an article's
 * words hashes each where it stands and makes an object of it, and probes a set, only where
 * both its bits are on. The filter only skips words no set holds, so a pass answers as the
 * set tests alone. Used by marked_words (events9) and phrase_leads (link9). */

#define WORD_FILTER_BITS 65536

/* FNV-1a over the code points of text[first:last], whatever the string's kind, with ASCII
 * letters in lower case: a word hashes as its lower case does, so a text needs no lowered copy. */
static inline uint32_t
word_hash(const Text *text, Py_ssize_t first, Py_ssize_t last)
{
    uint32_t hash = 2166136261u;
    for (Py_ssize_t i = first; i < last; i++) {
        Py_UCS4 c = PyUnicode_READ(text->kind, text->data, i);
        hash = (hash ^ (uint32_t)(c >= 'A' && c <= 'Z' ? c + 32 : c)) * 16777619u;
    }
    return hash;
}

/* Two bits per word: its hash's low and high halves. */
static inline int
filter_holds(const unsigned char *bits, uint32_t hash)
{
    uint32_t low = hash & 0xFFFF, high = hash >> 16;
    return (bits[low >> 3] >> (low & 7)) & (bits[high >> 3] >> (high & 7)) & 1;
}

static PyObject *
word_filter(PyObject *Py_UNUSED(module), PyObject *sets)
{
    if (!PyTuple_Check(sets)) {
        PyErr_SetString(PyExc_TypeError, "word_filter() argument must be a tuple of sets");
        return NULL;
    }
    PyObject *out = PyBytes_FromStringAndSize(NULL, WORD_FILTER_BITS / 8);
    if (out == NULL)
        return NULL;
    unsigned char *bits = (unsigned char *)PyBytes_AS_STRING(out);
    memset(bits, 0, WORD_FILTER_BITS / 8);
    for (Py_ssize_t s = 0; s < PyTuple_GET_SIZE(sets); s++) {
        PyObject *iterator = PyObject_GetIter(PyTuple_GET_ITEM(sets, s)), *key;
        if (iterator == NULL)
            goto fail;
        while ((key = PyIter_Next(iterator)) != NULL) {
            if (!PyUnicode_Check(key)) {
                PyErr_SetString(PyExc_TypeError, "word_filter(): the sets must hold str");
                Py_DECREF(key);
                Py_DECREF(iterator);
                goto fail;
            }
            Text text = {PyUnicode_KIND(key), PyUnicode_DATA(key), PyUnicode_GET_LENGTH(key)};
            uint32_t hash = word_hash(&text, 0, text.length), low = hash & 0xFFFF, high = hash >> 16;
            bits[low >> 3] |= (unsigned char)(1u << (low & 7));
            bits[high >> 3] |= (unsigned char)(1u << (high & 7));
            Py_DECREF(key);
        }
        Py_DECREF(iterator);
        if (PyErr_Occurred())
            goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* ---- end of word filter ---- */

/* ---- link9: phrase leads (warta.annotate.phrases) ---- */

/* A word, for the title search, is a run of ASCII letters, digits and '_' (re's \w on ASCII). */
static inline int
is_lead_char(Py_UCS1 c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static inline Py_UCS1
lower_ascii(Py_UCS1 c)
{
    return (c >= 'A' && c <= 'Z') ? (Py_UCS1)(c + 32) : c;
}

static PyObject *
phrase_leads(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text, *leads;
    Py_buffer filter;
    if (!PyArg_ParseTuple(args, "UO!y*:phrase_leads", &text, &PyFrozenSet_Type, &leads, &filter))
        return NULL;
    PyObject *out = NULL;
    if (!PyUnicode_IS_ASCII(text)) {
        PyErr_SetString(PyExc_ValueError, "phrase_leads: the text must be ASCII");
        goto done;
    }
    if (filter.len != WORD_FILTER_BITS / 8) {
        PyErr_SetString(PyExc_ValueError, "phrase_leads: the filter is not one of word_filter()");
        goto done;
    }
    const unsigned char *bits = filter.buf;
    const Py_UCS1 *s = PyUnicode_1BYTE_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    Text whole = {PyUnicode_1BYTE_KIND, s, n};
    if ((out = PyList_New(0)) == NULL)
        goto done;
    while (i < n) {
        if (!is_lead_char(s[i])) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        while (j < n && is_lead_char(s[j]))
            j++;
        if (filter_holds(bits, word_hash(&whole, i, j))) {
            PyObject *word = PyBytes_FromStringAndSize(NULL, j - i);
            if (word == NULL)
                goto fail;
            char *w = PyBytes_AS_STRING(word);
            for (Py_ssize_t k = i; k < j; k++)
                w[k - i] = (char)lower_ascii(s[k]);
            int found = PySet_Contains(leads, word);
            Py_DECREF(word);
            if (found < 0 || (found && append_index(out, i) < 0))
                goto fail;
        }
        i = j;
    }
    goto done;
fail:
    Py_CLEAR(out);
done:
    PyBuffer_Release(&filter);
    return out;
}

/* The gazetteer's walk (warta.annotate.gazetteer.Gazetteer._walk): the Python loop over the
 * tokens where a name may start, with its dictionary lookups, in one call per article. */

/* The units of a token spelled text: the cached split, else pieces_of(text) (which caches it).
 * A new reference. */
/* Whether split is a tuple of pieces (start, end, surface, key), as the walk reads them. */
static int
walk_split_ok(PyObject *split)
{
    if (!PyTuple_Check(split))
        return 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(split); i++) {
        PyObject *piece = PyTuple_GET_ITEM(split, i);
        if (!PyTuple_Check(piece) || PyTuple_GET_SIZE(piece) != 4 || !PyUnicode_Check(PyTuple_GET_ITEM(piece, 2))
            || !PyUnicode_Check(PyTuple_GET_ITEM(piece, 3)))
            return 0;
    }
    return 1;
}

static PyObject *
walk_split(PyObject *pieces, PyObject *pieces_of, PyObject *text)
{
    PyObject *split = PyDict_GetItemWithError(pieces, text);
    if (split != NULL) {
        if (!walk_split_ok(split)) {
            PyErr_SetString(PyExc_TypeError, "gazetteer_walk: a split must be a tuple of (int, int, str, str)");
            return NULL;
        }
        Py_INCREF(split);
        return split;
    }
    if (PyErr_Occurred())
        return NULL;
    split = PyObject_CallOneArg(pieces_of, text);
    if (split != NULL && !walk_split_ok(split)) {
        Py_DECREF(split);
        PyErr_SetString(PyExc_TypeError, "gazetteer_walk: a split must be a tuple of (int, int, str, str)");
        return NULL;
    }
    return split;
}

/* text[:1].isupper() */
static inline int
walk_capital(PyObject *text)
{
    return PyUnicode_GET_LENGTH(text) > 0 && Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(text, 0));
}

/* _Gazetteer._may_begin(piece): its key begins an alias, capitalised unless it may not be. */
static int
walk_may_begin(PyObject *piece, PyObject *longest, PyObject *lower_first)
{
    PyObject *key = PyTuple_GET_ITEM(piece, 3);
    int known = PyDict_Contains(longest, key);
    if (known <= 0)
        return known;
    return walk_capital(PyTuple_GET_ITEM(piece, 2)) ? 1 : PySet_Contains(lower_first, key);
}

/* The attribute names of an alias the walk reads (interned once: no string made per read). */
static PyObject *walk_surface_name, *walk_modes_name;

/* _case_ok_texts(alias, surfaces[:len(alias.surface)]): 1, 0, or -1 on error. */
static int
walk_case_ok(PyObject *alias, PyObject *surfaces)
{
    if (walk_surface_name == NULL && ((walk_surface_name = PyUnicode_InternFromString("surface")) == NULL
                                      || (walk_modes_name = PyUnicode_InternFromString("modes")) == NULL))
        return -1;
    PyObject *surface = PyObject_GetAttr(alias, walk_surface_name), *modes = NULL;
    int ok = -1;
    if (surface == NULL || (modes = PyObject_GetAttr(alias, walk_modes_name)) == NULL)
        goto done;
    Py_ssize_t n = PyTuple_Check(surface) ? PyTuple_GET_SIZE(surface) : -1;
    if (n < 1 || n > PyList_GET_SIZE(surfaces) || !PyTuple_Check(modes) || PyTuple_GET_SIZE(modes) != n) {
        PyErr_SetString(PyExc_ValueError, "gazetteer_walk: an alias's surface and modes must be tuples of its length");
        goto done;
    }
    int any_capital = n == 1;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *text = PyList_GET_ITEM(surfaces, i);
        long mode = PyLong_AsLong(PyTuple_GET_ITEM(modes, i));
        if (mode == -1 && PyErr_Occurred())
            goto done;
        int capital = walk_capital(text);
        if (mode == 0) { /* _EXACT */
            int same = PyUnicode_Compare(text, PyTuple_GET_ITEM(surface, i));
            if (same == -1 && PyErr_Occurred())
                goto done;
            if (same != 0) {
                ok = 0;
                goto done;
            }
        }
        else if (mode == 1 && !capital) { /* _CAPITAL */
            ok = 0;
            goto done;
        }
        any_capital |= capital;
    }
    ok = any_capital;
done:
    Py_XDECREF(surface);
    Py_XDECREF(modes);
    return ok;
}

/* Appends the longest name whose units start at unit j of token t, ending by token limit, as
 * (t, start in token t, last token, end in it, alias); *end_token, *end_unit: the unit after it.
 * 1 if a name was found, 0 if none, -1 on error. */
static int
walk_name_at(PyObject *texts, PyObject *pieces, PyObject *pieces_of, PyObject *prefixes,
             Py_ssize_t t, Py_ssize_t j, Py_ssize_t limit, PyObject *out, Py_ssize_t *end_token, Py_ssize_t *end_unit)
{
    PyObject *keys = PyList_New(0), *surfaces = PyList_New(0), *matches = PyList_New(0);
    PyObject *first = NULL; /* the first unit's piece */
    int found = -1;
    if (keys == NULL || surfaces == NULL || matches == NULL)
        goto done;
    int stop = 0;
    for (Py_ssize_t k = t; k < limit && !stop; k++) {
        PyObject *split = walk_split(pieces, pieces_of, PyList_GET_ITEM(texts, k));
        if (split == NULL)
            goto done;
        for (Py_ssize_t u = k == t ? j : 0; u < PyTuple_GET_SIZE(split); u++) {
            PyObject *piece = PyTuple_GET_ITEM(split, u);
            if (PyList_Append(keys, PyTuple_GET_ITEM(piece, 3)) < 0)
                goto split_failed;
            PyObject *key = PyList_AsTuple(keys);
            if (key == NULL)
                goto split_failed;
            PyObject *alias = PyDict_GetItemWithError(prefixes, key);
            Py_DECREF(key);
            if (alias == NULL) {
                if (PyErr_Occurred())
                    goto split_failed;
                stop = 1; /* no alias begins so: none can be longer */
                break;
            }
            if (first == NULL) {
                first = piece;
                Py_INCREF(first);
            }
            if (PyList_Append(surfaces, PyTuple_GET_ITEM(piece, 2)) < 0)
                goto split_failed;
            if (alias != Py_None) {
                PyObject *match = Py_BuildValue("(OnnO)", alias, k, u, PyTuple_GET_ITEM(piece, 1));
                if (match == NULL || PyList_Append(matches, match) < 0) {
                    Py_XDECREF(match);
                    goto split_failed;
                }
                Py_DECREF(match);
            }
            continue;
        split_failed:
            Py_DECREF(split);
            goto done;
        }
        Py_DECREF(split);
    }
    found = 0;
    for (Py_ssize_t m = PyList_GET_SIZE(matches) - 1; m >= 0; m--) {
        PyObject *match = PyList_GET_ITEM(matches, m), *alias = PyTuple_GET_ITEM(match, 0);
        Py_ssize_t k = PyLong_AsSsize_t(PyTuple_GET_ITEM(match, 1)), u = PyLong_AsSsize_t(PyTuple_GET_ITEM(match, 2));
        int ok = walk_case_ok(alias, surfaces);
        if (ok < 0)
            goto failed;
        if (ok) {
            PyObject *hit = Py_BuildValue("(nOnOO)", t, PyTuple_GET_ITEM(first, 0), k, PyTuple_GET_ITEM(match, 3), alias);
            if (hit == NULL || PyList_Append(out, hit) < 0) {
                Py_XDECREF(hit);
                goto failed;
            }
            Py_DECREF(hit);
            *end_token = k;
            *end_unit = u + 1;
            found = 1;
            break;
        }
    }
    goto done;
failed:
    found = -1;
done:
    Py_XDECREF(first);
    Py_XDECREF(keys);
    Py_XDECREF(surfaces);
    Py_XDECREF(matches);
    return found;
}

static PyObject *
gazetteer_walk(PyObject *self, PyObject *args)
{
    (void)self;
    PyObject *texts, *starts, *run_ends, *pieces, *pieces_of, *longest, *lower_first, *prefixes;
    if (!PyArg_ParseTuple(args, "O!O!O!O!OO!O!O!:gazetteer_walk", &PyList_Type, &texts, &PyList_Type, &starts,
                          &PyList_Type, &run_ends, &PyDict_Type, &pieces, &pieces_of, &PyDict_Type, &longest,
                          &PyFrozenSet_Type, &lower_first, &PyDict_Type, &prefixes))
        return NULL;
    Py_ssize_t n_texts = PyList_GET_SIZE(texts), n_runs = PyList_GET_SIZE(run_ends);
    for (Py_ssize_t i = 0; i < n_texts; i++)
        if (!PyUnicode_Check(PyList_GET_ITEM(texts, i))) {
            PyErr_SetString(PyExc_TypeError, "gazetteer_walk: texts must be str");
            return NULL;
        }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t end_token = 0, end_unit = 0, limit = 0, run = 0;
    for (Py_ssize_t s = 0; s < PyList_GET_SIZE(starts); s++) {
        Py_ssize_t t = PyLong_AsSsize_t(PyList_GET_ITEM(starts, s));
        if (t == -1 && PyErr_Occurred())
            goto fail;
        if (t < 0 || t >= n_texts) {
            PyErr_SetString(PyExc_IndexError, "gazetteer_walk: a start beyond the texts");
            goto fail;
        }
        while (t >= limit) { /* the end of the run holding token t (starts are in order) */
            if (run >= n_runs) {
                PyErr_SetString(PyExc_IndexError, "gazetteer_walk: a start beyond the runs");
                goto fail;
            }
            limit = PyLong_AsSsize_t(PyList_GET_ITEM(run_ends, run++));
            if (limit == -1 && PyErr_Occurred())
                goto fail;
            if (limit > n_texts)
                limit = n_texts;
        }
        PyObject *split = walk_split(pieces, pieces_of, PyList_GET_ITEM(texts, t));
        if (split == NULL)
            goto fail;
        for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(split); j++) {
            if (t < end_token || (t == end_token && j < end_unit))
                continue;
            int begins = walk_may_begin(PyTuple_GET_ITEM(split, j), longest, lower_first);
            if (begins > 0)
                begins = walk_name_at(texts, pieces, pieces_of, prefixes, t, j, limit, out, &end_token, &end_unit);
            if (begins < 0) {
                Py_DECREF(split);
                goto fail;
            }
        }
        Py_DECREF(split);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* ---- end of link9 ---- */

/* ---- events9 (session 9): the event lexicon's words and their set tests in one pass ----
 *
 * marked_words: the words of warta.annotate.event_lexicon.text_words and, for each of a few
 * sets, the indices of the words it holds. Python asked every word of every article three or
 * four times (the lexicon's table, the words a context unit starts with, the sports words),
 * each a hash and a probe of a large table; here a bitmap of the sets' keys (word_filter),
 * hashed from the characters, rules out most words without a probe. The bitmap only skips
 * words no set can hold, so the indices are those of the set tests alone (the twin). */

static PyObject *
marked_words(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *string, *sets;
    Py_buffer filter;
    if (!PyArg_ParseTuple(args, "UO!y*:marked_words", &string, &PyTuple_Type, &sets, &filter))
        return NULL;
    PyObject *starts = NULL, *ends = NULL, *found = NULL, *marks = NULL;
    Bounds bounds = {NULL, 0, 0};
    if (filter.len != WORD_FILTER_BITS / 8) {
        PyErr_SetString(PyExc_ValueError, "marked_words(): the filter is not one of word_filter()");
        goto fail;
    }
    const unsigned char *bits = filter.buf;
    Text text = {PyUnicode_KIND(string), PyUnicode_DATA(string), PyUnicode_GET_LENGTH(string)};
    if (find_words(&text, &bounds) < 0)
        goto fail;
    Py_ssize_t count = bounds.count, kinds = PyTuple_GET_SIZE(sets);
    const Py_ssize_t *pairs = bounds.pairs;
    starts = PyList_New(count), ends = PyList_New(count), found = PyList_New(count), marks = PyTuple_New(kinds);
    if (starts == NULL || ends == NULL || found == NULL || marks == NULL)
        goto fail;
    for (Py_ssize_t s = 0; s < kinds; s++) {
        PyObject *list = PyList_New(0);
        if (list == NULL)
            goto fail;
        PyTuple_SET_ITEM(marks, s, list);
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t first = pairs[2 * i], last = pairs[2 * i + 1];
        /* Each object goes into its list at once, so freeing the lists frees all made so far. */
        PyObject *start = PyLong_FromSsize_t(first), *end, *word;
        if (start == NULL)
            goto fail;
        PyList_SET_ITEM(starts, i, start);
        if ((end = PyLong_FromSsize_t(last)) == NULL)
            goto fail;
        PyList_SET_ITEM(ends, i, end);
        if ((word = PyUnicode_Substring(string, first, last)) == NULL)
            goto fail;
        PyList_SET_ITEM(found, i, word);
        if (!filter_holds(bits, word_hash(&text, first, last)))
            continue; /* in none of the sets: no hash, no probe */
        PyObject *index = NULL;
        for (Py_ssize_t s = 0; s < kinds; s++) {
            int held = PySequence_Contains(PyTuple_GET_ITEM(sets, s), word);
            if (held < 0)
                goto fail_index;
            if (!held)
                continue;
            if (index == NULL && (index = PyLong_FromSsize_t(i)) == NULL)
                goto fail;
            if (PyList_Append(PyTuple_GET_ITEM(marks, s), index) < 0)
                goto fail_index;
        }
        Py_XDECREF(index);
        continue;
    fail_index:
        Py_XDECREF(index);
        goto fail;
    }
    PyMem_Free(bounds.pairs);
    PyBuffer_Release(&filter);
    return Py_BuildValue("(NNNN)", starts, ends, found, marks);
fail:
    PyMem_Free(bounds.pairs);
    PyBuffer_Release(&filter);
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    Py_XDECREF(found);
    Py_XDECREF(marks);
    return NULL;
}

/* ---- end of events9 ---- */

/* ---- ner9 (session 9): the recogniser's window rows, each looked up once ----
 * window_rows and row_emissions answer warta.annotate.ner_crf.Decoder.emissions_twin in two
 * calls with one lookup per window token into the table of scored words (up to 200,000 words:
 * each lookup misses the processor's caches); the words it lacks are learnt in between. */

/* Where a token window_rows did not find stands in ``rows``: -(k + 1) for the k-th new word. */
#define NEW_ROW(k) (-(k) - 1)

/* window_rows(stretches, reach, known) -> (rows, new): rows (bytes of Py_ssize_t), each
 * stretch's window of table rows laid end to end (reach tokens either side of the stretch, row 0
 * past its sentence's edges; NEW_ROW(k) for the k-th new word); new, the distinct tokens of the
 * windows known lacks, in the order they first come. */
static PyObject *
window_rows(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *stretches, *known;
    Py_ssize_t reach, size = 0;
    if (!PyArg_ParseTuple(args, "O!nO!:window_rows", &PyList_Type, &stretches, &reach, &PyDict_Type, &known))
        return NULL;
    if (reach < 0) {
        PyErr_SetString(PyExc_ValueError, "reach must not be negative");
        return NULL;
    }
    for (Py_ssize_t s = 0; s < PyList_GET_SIZE(stretches); s++) {
        Py_ssize_t start, end;
        PyObject *tokens = stretch_parts(PyList_GET_ITEM(stretches, s), &start, &end);
        if (tokens == NULL)
            return NULL;
        Py_DECREF(tokens);
        size += end - start + 2 * reach;
    }
    PyObject *rows_obj = PyBytes_FromStringAndSize(NULL, size * (Py_ssize_t)sizeof(Py_ssize_t));
    PyObject *new = PyList_New(0), *met = PyDict_New(), *tokens = NULL;  /* met: new word -> k */
    if (rows_obj == NULL || new == NULL || met == NULL)
        goto fail;
    Py_ssize_t *rows = (Py_ssize_t *)PyBytes_AS_STRING(rows_obj);
    for (Py_ssize_t s = 0; s < PyList_GET_SIZE(stretches); s++) {
        Py_ssize_t start, end;
        tokens = stretch_parts(PyList_GET_ITEM(stretches, s), &start, &end);
        if (tokens == NULL)
            goto fail;
        Py_ssize_t count = PySequence_Fast_GET_SIZE(tokens);
        for (Py_ssize_t i = start - reach; i < end + reach; i++, rows++) {
            *rows = 0;
            if (i < 0 || i >= count)
                continue;
            PyObject *token = PySequence_Fast_GET_ITEM(tokens, i);
            PyObject *found = PyDict_GetItemWithError(known, token);  /* borrowed */
            if (found == NULL && !PyErr_Occurred())
                found = PyDict_GetItemWithError(met, token);  /* a new word met before */
            if (found != NULL) {
                *rows = PyLong_AsSsize_t(found);
                if (*rows == -1 && PyErr_Occurred())
                    goto fail;
                continue;
            }
            if (PyErr_Occurred())
                goto fail;
            PyObject *index = PyLong_FromSsize_t(NEW_ROW(PyList_GET_SIZE(new)));
            int failed = index == NULL || PyDict_SetItem(met, token, index) < 0 || PyList_Append(new, token) < 0;
            Py_XDECREF(index);
            if (failed)
                goto fail;
            *rows = NEW_ROW(PyList_GET_SIZE(new) - 1);
        }
        Py_CLEAR(tokens);
    }
    Py_DECREF(met);
    return Py_BuildValue("(NN)", rows_obj, new);
fail:
    Py_XDECREF(tokens);
    Py_XDECREF(rows_obj);
    Py_XDECREF(new);
    Py_XDECREF(met);
    return NULL;
}

/* row_emissions(out, table, stretches, reach, rows, learnt, offsets, bigrams, attributes, weights,
 * first): fills out with the CRF scores of the stretches' tokens end to end, from the rows
 * window_rows laid out (the k-th new word now at table row learnt + k), as emissions_twin sums
 * them: a token's own row, each neighbour's row at its offset, the bigram with the word before,
 * and "first" on a sentence's first token. */
static PyObject *
row_emissions(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *out_obj, *table_obj, *stretches, *rows_obj, *offsets_obj, *bigrams, *attributes, *weights_obj, *first_obj;
    Py_ssize_t pad, learnt;
    if (!PyArg_ParseTuple(args, "OOO!nO!nO!O!O!OO:row_emissions", &out_obj, &table_obj, &PyList_Type, &stretches,
                          &pad, &PyBytes_Type, &rows_obj, &learnt, &PyTuple_Type, &offsets_obj, &PyList_Type,
                          &bigrams, &PyDict_Type, &attributes, &weights_obj, &first_obj))
        return NULL;
    Py_buffer out, table, weights, first;
    if (matrix(out_obj, &out, "out") < 0)
        return NULL;
    if (PyObject_GetBuffer(table_obj, &table, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) {
        PyBuffer_Release(&out);
        return NULL;
    }
    if (matrix(weights_obj, &weights, "weights") < 0) {
        PyBuffer_Release(&out);
        PyBuffer_Release(&table);
        return NULL;
    }
    if (PyObject_GetBuffer(first_obj, &first, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) {
        PyBuffer_Release(&out);
        PyBuffer_Release(&table);
        PyBuffer_Release(&weights);
        return NULL;
    }
    PyObject *result = NULL;
    Py_ssize_t width = PyTuple_GET_SIZE(offsets_obj), size = out.shape[1], known_rows = PyList_GET_SIZE(bigrams);
    Py_ssize_t *offsets = NULL, *window = NULL, room = 0, done_rows = 0, taken = 0;
    Py_ssize_t laid = PyBytes_GET_SIZE(rows_obj) / (Py_ssize_t)sizeof(Py_ssize_t);
    const Py_ssize_t *rows = (const Py_ssize_t *)PyBytes_AS_STRING(rows_obj);
    if (out.readonly || table.ndim != 3 || table.itemsize != sizeof(double) || strcmp(table.format, "d") != 0
        || table.shape[1] != width + 1 || table.shape[2] != size || weights.shape[1] != size
        || table.shape[0] < known_rows || first.ndim != 1 || first.itemsize != sizeof(double)
        || strcmp(first.format, "d") != 0 || first.shape[0] != size || pad < 1
        || PyBytes_GET_SIZE(rows_obj) % (Py_ssize_t)sizeof(Py_ssize_t) != 0) {
        PyErr_SetString(PyExc_ValueError, "out, table, rows, offsets, bigrams, weights and first disagree in shape");
        goto done;
    }
    offsets = PyMem_Malloc((width + 1) * sizeof(Py_ssize_t));
    if (offsets == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < width; k++) {
        offsets[k] = PyLong_AsSsize_t(PyTuple_GET_ITEM(offsets_obj, k));
        if (offsets[k] == -1 && PyErr_Occurred())
            goto done;
        if (offsets[k] < -pad || offsets[k] > pad) {
            PyErr_SetString(PyExc_ValueError, "an offset reaches past the padding");
            goto done;
        }
    }
    const double *cells = (const double *)table.buf, *weight = (const double *)weights.buf;
    Py_ssize_t stride = (width + 1) * size;
    for (Py_ssize_t s = 0; s < PyList_GET_SIZE(stretches); s++) {
        Py_ssize_t start, end;
        PyObject *tokens = stretch_parts(PyList_GET_ITEM(stretches, s), &start, &end);
        if (tokens == NULL)
            goto done;
        Py_DECREF(tokens);
        Py_ssize_t span = end - start + 2 * pad;
        if (taken + span > laid || done_rows + end - start > out.shape[0]) {
            PyErr_SetString(PyExc_ValueError, "rows or out hold fewer entries than the stretches need");
            goto done;
        }
        if (span > room) {
            room = 2 * span;
            PyMem_Free(window);
            window = PyMem_Malloc(room * sizeof(Py_ssize_t));
            if (window == NULL) {
                PyErr_NoMemory();
                goto done;
            }
        }
        for (Py_ssize_t j = 0; j < span; j++) {
            Py_ssize_t row = rows[taken + j];
            window[j] = row < 0 ? learnt + NEW_ROW(row) : row;  /* NEW_ROW is its own inverse */
            if (window[j] < 0 || window[j] >= known_rows) {
                PyErr_SetString(PyExc_IndexError, "a row is out of range");
                goto done;
            }
        }
        for (Py_ssize_t i = 0; i < end - start; i++) {
            double *row = (double *)out.buf + (done_rows + i) * size;
            if (token_scores(row, cells, stride, size, window + pad + i, offsets, width, bigrams, attributes, weight,
                             weights.shape[0]) < 0)
                goto done;
        }
        /* The sentence's first token carries the "first" attribute, added last as numpy adds it. */
        if (start == 0 && end > 0)
            for (Py_ssize_t y = 0; y < size; y++)
                ((double *)out.buf)[done_rows * size + y] += ((const double *)first.buf)[y];
        done_rows += end - start;
        taken += span;
    }
    if (done_rows != out.shape[0] || taken != laid) {
        PyErr_SetString(PyExc_ValueError, "rows or out hold more entries than the stretches need");
        goto done;
    }
    result = Py_NewRef(Py_None);
done:
    PyMem_Free(offsets);
    PyMem_Free(window);
    PyBuffer_Release(&out);
    PyBuffer_Release(&table);
    PyBuffer_Release(&weights);
    PyBuffer_Release(&first);
    return result;
}

#undef NEW_ROW

/* ---- end of ner9 ---- */

/* ---- text10 (session 10): py3langid's DFA walk (warta.extract.language) ----
 * langid_visits gives what py3langid.langid.visit_counts gives: the model's DFA walked over the
 * bytes of a text, and the features of the states it passes counted in the order each first
 * comes (Counter(indexes)). Python spends a loop step per byte of the sample; here a step is two
 * array reads. */

/* One distinct feature met: where it stands in the open-addressed table. */
typedef struct {
    int32_t feature;  /* -1: empty slot */
    Py_ssize_t count;
} langid_slot;

/* langid_visits(text, nextmove, rowbase, output) -> {feature: count} in first-seen order, or
 * None if the walk meets no feature. text: bytes; nextmove and rowbase: buffers of uint32 (the
 * identifier's tk_nextmove and _rowbase); output: a buffer of int32 (tk_output). */
static PyObject *
langid_visits(PyObject *Py_UNUSED(module), PyObject *args)
{
    Py_buffer text, nextmove, rowbase, output;
    if (!PyArg_ParseTuple(args, "y*y*y*y*:langid_visits", &text, &nextmove, &rowbase, &output))
        return NULL;
    PyObject *result = NULL;
    langid_slot *slots = NULL;
    int32_t *order = NULL;
    if (nextmove.itemsize != 4 || rowbase.itemsize != 4 || output.itemsize != 4
        || rowbase.len != output.len) {
        PyErr_SetString(PyExc_ValueError, "langid_visits needs 4-byte items and a row base per state");
        goto done;
    }
    const unsigned char *bytes = (const unsigned char *)text.buf;
    const uint32_t *moves = (const uint32_t *)nextmove.buf, *bases = (const uint32_t *)rowbase.buf;
    const int32_t *features = (const int32_t *)output.buf;
    Py_ssize_t n_moves = nextmove.len / 4, n_states = output.len / 4, size = 16, distinct = 0;
    while (size < 2 * text.len)  /* at most one feature per byte: the table stays half empty */
        size *= 2;
    slots = PyMem_Malloc((size_t)size * sizeof(langid_slot));
    order = PyMem_Malloc((size_t)(text.len + 1) * sizeof(int32_t));
    if (slots == NULL || order == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < size; i++)
        slots[i].feature = -1;
    Py_ssize_t state = 0;
    for (Py_ssize_t i = 0; i < text.len; i++) {
        Py_ssize_t move = (Py_ssize_t)bases[state] + bytes[i];
        if (move >= n_moves || (state = (Py_ssize_t)moves[move]) >= n_states) {
            PyErr_SetString(PyExc_ValueError, "langid_visits: the DFA leaves its tables");
            goto done;
        }
        int32_t feature = features[state];
        if (feature < 0)
            continue;
        Py_ssize_t slot = ((size_t)feature * 2654435761u) & (size - 1);
        while (slots[slot].feature != -1 && slots[slot].feature != feature)
            slot = (slot + 1) & (size - 1);
        if (slots[slot].feature == -1) {
            slots[slot].feature = feature;
            slots[slot].count = 0;
            order[distinct++] = feature;
        }
        slots[slot].count++;
    }
    if (distinct == 0) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    result = PyDict_New();
    for (Py_ssize_t k = 0; result != NULL && k < distinct; k++) {
        Py_ssize_t slot = ((size_t)order[k] * 2654435761u) & (size - 1);
        while (slots[slot].feature != order[k])
            slot = (slot + 1) & (size - 1);
        PyObject *key = PyLong_FromLong(order[k]), *count = PyLong_FromSsize_t(slots[slot].count);
        if (key == NULL || count == NULL || PyDict_SetItem(result, key, count) < 0)
            Py_CLEAR(result);
        Py_XDECREF(key);
        Py_XDECREF(count);
    }
done:
    PyMem_Free(slots);
    PyMem_Free(order);
    PyBuffer_Release(&text);
    PyBuffer_Release(&nextmove);
    PyBuffer_Release(&rowbase);
    PyBuffer_Release(&output);
    return result;
}

/* IEEE half to single precision, exactly (every half is a float). */
static float
half_to_float(uint16_t half)
{
    uint32_t sign = (uint32_t)(half & 0x8000u) << 16, exponent = (half >> 10) & 0x1fu, mantissa = half & 0x3ffu;
    uint32_t bits;
    if (exponent == 0x1fu)  /* infinity or NaN */
        bits = sign | 0x7f800000u | (mantissa << 13);
    else if (exponent != 0)
        bits = sign | ((exponent + 112u) << 23) | (mantissa << 13);
    else if (mantissa == 0)
        bits = sign;
    else {  /* subnormal: shift the mantissa up until its leading one is the implicit bit */
        exponent = 113u;
        while (!(mantissa & 0x400u)) {
            mantissa <<= 1;
            exponent--;
        }
        bits = sign | (exponent << 23) | ((mantissa & 0x3ffu) << 13);
    }
    float value;
    memcpy(&value, &bits, sizeof value);
    return value;
}

/* Every half's float, indexed by its bits; made by the first langid_rows call. */
static float *half_floats = NULL;

/* langid_rows(table, width, features) -> bytes: the rows of table (a buffer of float16, width
 * per row) at features (a dict's keys, ints), in their order, as float32: what numpy's
 * table[idx] cast to float32 holds, without numpy's per-element cast of halves. */
static PyObject *
langid_rows(PyObject *Py_UNUSED(module), PyObject *args)
{
    Py_buffer table;
    Py_ssize_t width;
    PyObject *features;
    if (!PyArg_ParseTuple(args, "y*nO!:langid_rows", &table, &width, &PyDict_Type, &features))
        return NULL;
    PyObject *result = NULL;
    if (table.itemsize != 2 || width <= 0 || table.len % (2 * width) != 0) {
        PyErr_SetString(PyExc_ValueError, "langid_rows needs a table of float16 rows of the given width");
        goto done;
    }
    if (half_floats == NULL) {  /* made once: a table read costs less than converting each half */
        half_floats = PyMem_Malloc(65536 * sizeof(float));
        if (half_floats == NULL) {
            PyErr_NoMemory();
            goto done;
        }
        for (uint32_t half = 0; half < 65536; half++)
            half_floats[half] = half_to_float((uint16_t)half);
    }
    Py_ssize_t n_rows = table.len / (2 * width), pos = 0;
    result = PyBytes_FromStringAndSize(NULL, PyDict_GET_SIZE(features) * width * (Py_ssize_t)sizeof(float));
    if (result == NULL)
        goto done;
    float *out = (float *)PyBytes_AS_STRING(result);
    const uint16_t *halves = (const uint16_t *)table.buf;
    PyObject *key, *value;
    while (PyDict_Next(features, &pos, &key, &value)) {
        Py_ssize_t row = PyLong_AsSsize_t(key);
        if (row < 0 || row >= n_rows) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_IndexError, "langid_rows: a feature beyond the table");
            Py_CLEAR(result);
            goto done;
        }
        for (const uint16_t *half = halves + row * width, *end = half + width; half < end; half++)
            *out++ = half_floats[*half];
    }
done:
    PyBuffer_Release(&table);
    return result;
}

/* ---- end of text10 ---- */

/* ---- ner10 (session 10): the recogniser's stretches and names, a whole batch per call ----
 * name_extents and names_from_paths answer warta.annotate.ner._recognise_batch's per-sentence
 * Python (an extent per sentence, then spans_from_tags and the shift per tagged stretch) in one
 * call each: an article tags a dozen sentences, each cost a few Python calls and loops. */

/* The stretch of one sentence worth tagging (warta.annotate.ner._name_extent): from just before
 * its first capitalised token to just after its last; (0, 0) where none is capitalised. */
static PyObject *
sentence_extent(PyObject *sentence)
{
    PyObject *tokens = PySequence_Fast(sentence, "a sentence must be a sequence of str");
    if (tokens == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(tokens), first = -1, last = -1;
    PyObject **items = PySequence_Fast_ITEMS(tokens);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyUnicode_Check(items[i])) {
            PyErr_Format(PyExc_TypeError, "tokens must be str, not %.100s", Py_TYPE(items[i])->tp_name);
            Py_DECREF(tokens);
            return NULL;
        }
        if (PyUnicode_GET_LENGTH(items[i]) > 0 && Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(items[i], 0))) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    Py_DECREF(tokens);
    if (first < 0)
        return Py_BuildValue("(nn)", (Py_ssize_t)0, (Py_ssize_t)0);
    return Py_BuildValue("(nn)", first > 0 ? first - 1 : 0, last + 2 < n ? last + 2 : n);
}

/* name_extents(sentences) -> the (start, end) extent of each sentence. */
static PyObject *
name_extents(PyObject *Py_UNUSED(module), PyObject *sentences)
{
    if (!PyList_Check(sentences)) {
        PyErr_Format(PyExc_TypeError, "name_extents() argument must be list, not %.100s", Py_TYPE(sentences)->tp_name);
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(sentences);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *extent = sentence_extent(PyList_GET_ITEM(sentences, i));
        if (extent == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, extent);
    }
    return out;
}

/* Appends (start + shift, end + shift, label); -1 on failure. */
static int
append_name(PyObject *out, Py_ssize_t start, Py_ssize_t end, Py_ssize_t shift, PyObject *label)
{
    return append_new(out, Py_BuildValue("(nnO)", start + shift, end + shift, label));
}

/* The names of one tagged stretch, as warta.annotate.ner.spans_from_tags reads its IOB tags,
 * shifted by shift; kinds ("PERSON") read through labels ("PER"). */
static PyObject *
path_names(PyObject *path, Py_ssize_t shift, PyObject *labels)
{
    PyObject *tags = PySequence_Fast(path, "a path must be a sequence of str");
    if (tags == NULL)
        return NULL;
    PyObject *out = PyList_New(0), *label = NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(tags), start = -1, last = -1;
    PyObject **items = PySequence_Fast_ITEMS(tags);
    if (out == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *tag = items[i];
        if (!PyUnicode_Check(tag)) {
            PyErr_Format(PyExc_TypeError, "tags must be str, not %.100s", Py_TYPE(tag)->tp_name);
            goto fail;
        }
        Py_ssize_t length = PyUnicode_GET_LENGTH(tag);
        if (length == 1 && PyUnicode_READ_CHAR(tag, 0) == 'O')
            continue; /* most tags: an "O" only closes the span before it, seen at the next tag */
        if (start >= 0 && i > last + 1) {
            if (append_name(out, start, last + 1, shift, label) < 0)
                goto fail;
            start = -1;
        }
        /* tag.partition("-"): the prefix before the first "-", the kind after it ("" without one). */
        Py_ssize_t dash = PyUnicode_FindChar(tag, '-', 0, length, 1);
        if (dash == -2)
            goto fail;
        PyObject *kind = dash < 0 ? PyUnicode_New(0, 0) : PyUnicode_Substring(tag, dash + 1, length);
        if (kind == NULL)
            goto fail;
        PyObject *named = PyDict_GetItemWithError(labels, kind);
        if (named == NULL && PyErr_Occurred()) {
            Py_DECREF(kind);
            goto fail;
        }
        if (named != NULL)
            Py_SETREF(kind, Py_NewRef(named));
        Py_ssize_t prefix = dash < 0 ? length : dash;
        Py_UCS4 opener = PyUnicode_READ_CHAR(tag, 0);
        int inside = prefix == 1 && opener == 'I', begins = prefix == 1 && opener == 'B';
        if (start >= 0) {
            int same = inside ? PyObject_RichCompareBool(kind, label, Py_EQ) : 0;
            if (same < 0) {
                Py_DECREF(kind);
                goto fail;
            }
            if (!same) {
                if (append_name(out, start, i, shift, label) < 0) {
                    Py_DECREF(kind);
                    goto fail;
                }
                start = -1;
            }
        }
        if (begins || (inside && start < 0)) {
            start = i;
            Py_XSETREF(label, kind);
        }
        else
            Py_DECREF(kind);
        last = i;
    }
    if (start >= 0 && append_name(out, start, last + 1, shift, label) < 0)
        goto fail;
    Py_XDECREF(label);
    Py_DECREF(tags);
    return out;
fail:
    Py_XDECREF(label);
    Py_XDECREF(out);
    Py_DECREF(tags);
    return NULL;
}

/* names_from_paths(paths, extents, labels) -> each sentence's names: paths[k], the tags of the
 * k-th sentence whose extent (start, end) is not empty, read as spans shifted by its start. */
static PyObject *
names_from_paths(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *paths, *extents, *labels;
    if (!PyArg_ParseTuple(args, "O!O!O!:names_from_paths", &PyList_Type, &paths, &PyList_Type, &extents, &PyDict_Type,
                          &labels))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(extents), tagged = 0;
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *extent = PyList_GET_ITEM(extents, i), *names;
        Py_ssize_t start, end;
        if (!PyTuple_Check(extent) || PyTuple_GET_SIZE(extent) != 2) {
            PyErr_SetString(PyExc_TypeError, "an extent must be a (start, end) tuple");
            goto fail;
        }
        start = PyLong_AsSsize_t(PyTuple_GET_ITEM(extent, 0));
        end = PyLong_AsSsize_t(PyTuple_GET_ITEM(extent, 1));
        if ((start == -1 || end == -1) && PyErr_Occurred())
            goto fail;
        if (start < end) {
            if (tagged >= PyList_GET_SIZE(paths)) {
                PyErr_SetString(PyExc_ValueError, "fewer paths than extents to tag");
                goto fail;
            }
            names = path_names(PyList_GET_ITEM(paths, tagged++), start, labels);
        }
        else
            names = PyList_New(0);
        if (names == NULL)
            goto fail;
        PyList_SET_ITEM(out, i, names);
    }
    if (tagged != PyList_GET_SIZE(paths)) {
        PyErr_SetString(PyExc_ValueError, "more paths than extents to tag");
        goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* The attribute names sentences_to_tag reads (interned once: no string made per read). */
static PyObject *tag_tokens_name, *tag_text_name, *tag_span_name, *tag_start_name, *tag_end_name;

/* The int attribute ``name`` of ``object``; -1 with an exception on failure. */
static Py_ssize_t
int_attribute(PyObject *object, PyObject *name)
{
    PyObject *value = PyObject_GetAttr(object, name);
    if (value == NULL)
        return -1;
    Py_ssize_t number = PyLong_AsSsize_t(value);
    Py_DECREF(value);
    return number;
}

/* The ints of a list, copied to a new array (PyMem_Free it); NULL with an exception on failure. */
static Py_ssize_t *
int_array(PyObject *list, Py_ssize_t *count)
{
    if (!PyList_Check(list)) {
        PyErr_SetString(PyExc_TypeError, "the claimed spans' bounds must be lists of int");
        return NULL;
    }
    *count = PyList_GET_SIZE(list);
    Py_ssize_t *out = PyMem_Malloc((*count + 1) * sizeof(Py_ssize_t));
    if (out == NULL)
        return (Py_ssize_t *)PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < *count; i++) {
        out[i] = PyLong_AsSsize_t(PyList_GET_ITEM(list, i));
        if (out[i] == -1 && PyErr_Occurred()) {
            PyMem_Free(out);
            return NULL;
        }
    }
    return out;
}

/* Whether the token's span overlaps none of the claimed spans (_Claimed.overlaps: of the spans
 * starting before it ends, the one reaching furthest, reach[b], ends at or before its start). */
static int
token_free(PyObject *token, const Py_ssize_t *starts, Py_ssize_t count, const Py_ssize_t *reach)
{
    PyObject *span = PyObject_GetAttr(token, tag_span_name);
    if (span == NULL)
        return -1;
    Py_ssize_t start = int_attribute(span, tag_start_name), end = -1;
    if (!(start == -1 && PyErr_Occurred()))
        end = int_attribute(span, tag_end_name);
    Py_DECREF(span);
    if (end == -1 && PyErr_Occurred())
        return -1;
    Py_ssize_t low = 0, high = count; /* bisect_left(starts, end) */
    while (low < high) {
        Py_ssize_t middle = low + (high - low) / 2;
        if (starts[middle] < end)
            low = middle + 1;
        else
            high = middle;
    }
    return reach[low] <= start;
}

/* Each sentence's tokens (a sequence) into tokens_of, their texts (a list) into texts_of, and
 * every text into present. */
static int
sentence_texts(PyObject *sentences, PyObject *tokens_of, PyObject *texts_of, PyObject *present)
{
    for (Py_ssize_t s = 0; s < PyList_GET_SIZE(tokens_of); s++) {
        PyObject *tokens = PyObject_GetAttr(PySequence_Fast_GET_ITEM(sentences, s), tag_tokens_name);
        if (tokens == NULL)
            return -1;
        PyObject *fast = PySequence_Fast(tokens, "a sentence's tokens must be a sequence");
        Py_DECREF(tokens);
        if (fast == NULL)
            return -1;
        PyList_SET_ITEM(tokens_of, s, fast);
        Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
        PyObject *texts = PyList_New(n);
        if (texts == NULL)
            return -1;
        PyList_SET_ITEM(texts_of, s, texts);
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *text = PyObject_GetAttr(PySequence_Fast_GET_ITEM(fast, i), tag_text_name);
            if (text == NULL)
                return -1;
            PyList_SET_ITEM(texts, i, text);
            if (!PyUnicode_Check(text)) {
                PyErr_Format(PyExc_TypeError, "a token's text must be str, not %.100s", Py_TYPE(text)->tp_name);
                return -1;
            }
            if (PySet_Add(present, text) < 0)
                return -1;
        }
    }
    return 0;
}

/* Whether text may start a new name: capitalised, its lower case not in stopwords, nor written
 * in the article (present) as a word starting in lower case (the gates block's name_starts). */
static int
may_start_name(PyObject *text, PyObject *stopwords, PyObject *present)
{
    if (PyUnicode_GET_LENGTH(text) == 0 || !Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(text, 0)))
        return 0;
    PyObject *low = lowered(text);
    if (low == NULL)
        return -1;
    int common = PySet_Contains(stopwords, low);
    if (common == 0 && PyUnicode_GET_LENGTH(low) > 0 && Py_UNICODE_ISLOWER(PyUnicode_READ_CHAR(low, 0)))
        common = PySet_Contains(present, low);
    Py_DECREF(low);
    return common < 0 ? -1 : !common;
}

/* Whether the sentence holds a word that may start a new name, no claimed span overlapping it:
 * one after its first word, or its first word where may_open(first word) is true. */
static int
sentence_chosen(PyObject *tokens, PyObject *texts, PyObject *stopwords, PyObject *present, const Py_ssize_t *starts,
                Py_ssize_t count, const Py_ssize_t *reach, PyObject *may_open)
{
    int first = 0;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        int may = may_start_name(PyList_GET_ITEM(texts, i), stopwords, present);
        if (may > 0)
            may = token_free(PySequence_Fast_GET_ITEM(tokens, i), starts, count, reach);
        if (may < 0)
            return -1;
        if (may && i > 0)
            return 1; /* the rest of the sentence cannot change the answer */
        first = first || may;
    }
    if (!first)
        return 0;
    PyObject *opens = PyObject_CallOneArg(may_open, PyList_GET_ITEM(texts, 0));
    if (opens == NULL)
        return -1;
    int truth = PyObject_IsTrue(opens);
    Py_DECREF(opens);
    return truth;
}

/* sentences_to_tag(sentences, stopwords, claimed_starts, claimed_reach, may_open) -> the
 * (tokens, texts) of the sentences warta.annotate.entity_recognised._sentences_to_tag_twin chooses. */
static PyObject *
sentences_to_tag(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *sentences_obj, *stopwords, *starts_obj, *reach_obj, *may_open;
    if (!PyArg_ParseTuple(args, "OO!OOO:sentences_to_tag", &sentences_obj, &PyFrozenSet_Type, &stopwords, &starts_obj,
                          &reach_obj, &may_open))
        return NULL;
    if (tag_tokens_name == NULL
        && ((tag_tokens_name = PyUnicode_InternFromString("tokens")) == NULL
            || (tag_text_name = PyUnicode_InternFromString("text")) == NULL
            || (tag_span_name = PyUnicode_InternFromString("span")) == NULL
            || (tag_start_name = PyUnicode_InternFromString("start")) == NULL
            || (tag_end_name = PyUnicode_InternFromString("end")) == NULL))
        return NULL;
    Py_ssize_t count = 0, reached = 0;
    Py_ssize_t *starts = int_array(starts_obj, &count), *reach = starts == NULL ? NULL : int_array(reach_obj, &reached);
    PyObject *sentences = NULL, *tokens_of = NULL, *texts_of = NULL, *present = NULL, *out = NULL;
    if (reach == NULL)
        goto done;
    if (reached != count + 1) {
        PyErr_SetString(PyExc_ValueError, "claimed_reach must be one longer than claimed_starts");
        goto done;
    }
    sentences = PySequence_Fast(sentences_obj, "sentences must be a sequence");
    if (sentences == NULL)
        goto done;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(sentences);
    if ((tokens_of = PyList_New(n)) == NULL || (texts_of = PyList_New(n)) == NULL || (present = PySet_New(NULL)) == NULL
        || (out = PyList_New(0)) == NULL || sentence_texts(sentences, tokens_of, texts_of, present) < 0)
        goto fail;
    for (Py_ssize_t s = 0; s < n; s++) {
        PyObject *tokens = PyList_GET_ITEM(tokens_of, s), *texts = PyList_GET_ITEM(texts_of, s);
        int chosen = sentence_chosen(tokens, texts, stopwords, present, starts, count, reach, may_open);
        if (chosen < 0)
            goto fail;
        if (chosen) {
            PyObject *pair = PyTuple_Pack(2, tokens, texts);
            if (pair == NULL || PyList_Append(out, pair) < 0) {
                Py_XDECREF(pair);
                goto fail;
            }
            Py_DECREF(pair);
        }
    }
    goto done;
fail:
    Py_CLEAR(out);
done:
    Py_XDECREF(sentences);
    Py_XDECREF(tokens_of);
    Py_XDECREF(texts_of);
    Py_XDECREF(present);
    PyMem_Free(starts);
    PyMem_Free(reach);
    return out;
}

/* ---- end of ner10 ---- */

/* ---- ner10b (session 10 round 2): the recogniser's title and rank cuts gated in one call ----
 * cuts_kept answers warta.annotate.entity_recognised._cuts_kept_twin: for each recognised name,
 * whether every cut's cheap necessary test fails (most names), so that the cuts' Python (a dozen
 * calls and regex searches per name) runs only for the others. */

/* A character of the regex class \w (str patterns). */
static int
cut_word_char(Py_UCS4 c)
{
    return Py_UNICODE_ISALNUM(c) || c == '_';
}

/* Whether the ASCII str ``low`` (n characters) is in ``set``. */
static int
ascii_in(const char *low, Py_ssize_t n, PyObject *set)
{
    PyObject *key = PyUnicode_FromStringAndSize(low, n);
    if (key == NULL)
        return -1;
    int found = PySet_Contains(set, key);
    Py_DECREF(key);
    return found;
}

/* warta.annotate.entity_recognised._may_open_title(text[at:at + 3]) with ``sets`` the prefixes
 * of lengths 1, 2 and 3 (a 3-tuple of sets). */
static int
cut_may_open(int kind, const void *data, Py_ssize_t n, Py_ssize_t at, PyObject *sets)
{
    char low[3];
    Py_ssize_t m = n - at < 3 ? n - at : 3;
    for (Py_ssize_t i = 0; i < m; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, at + i);
        if (c > 127)
            return 1; /* re folds some letters lower() keeps */
        low[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    for (Py_ssize_t width = 3; width >= 1; width--) {
        if (m < width)
            continue;
        int found = ascii_in(low, width, PyTuple_GET_ITEM(sets, width - 1));
        if (found != 0)
            return found;
    }
    return 0;
}

/* warta.annotate.entity_recognised._may_end_in_title(text[from:to]). */
static int
cut_may_end_in_title(PyObject *text, Py_ssize_t from, Py_ssize_t to, PyObject *inner)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = to - from;
    char *low = PyMem_Malloc(n + 1);
    if (low == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int result = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, from + i);
        if (c > 127) {
            result = 1; /* letters re folds otherwise than lower() */
            goto done;
        }
        low[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    result = ascii_in(low, n, inner);
    for (Py_ssize_t k = 1; result == 0 && k < n; k++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, from + k), before = PyUnicode_READ(kind, data, from + k - 1);
        if (c >= 'A' && c <= 'Z' && !(Py_UNICODE_ISALNUM(before) || before == '_' || before == '-'))
            result = ascii_in(low + k, n - k, inner);
    }
done:
    PyMem_Free(low);
    return result;
}

/* warta.annotate.entity_recognised._may_reach_into(text, start). */
static int
cut_may_reach_into(PyObject *text, Py_ssize_t start, PyObject *inner)
{
    if (start == 0 || PyUnicode_READ_CHAR(text, start - 1) != ' ')
        return 1;
    Py_ssize_t from = start - 26 > 0 ? start - 26 : 0, space = -1;
    for (Py_ssize_t i = start - 2; i >= from; i--)
        if (PyUnicode_READ_CHAR(text, i) == ' ') {
            space = i;
            break;
        }
    if (space < 0)
        return 1; /* no whole word in reach */
    return cut_may_end_in_title(text, space + 1, start - 1, inner);
}

/* warta.annotate.entity_recognised._rank_word_in(text, lo, hi) with ``sets`` the ranks' prefixes. */
static int
cut_rank_word_in(int kind, const void *data, Py_ssize_t n, Py_ssize_t lo, Py_ssize_t hi, PyObject *sets)
{
    hi = hi < n ? hi : n;
    for (Py_ssize_t p = lo; p < hi; p++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, p);
        if (!(c >= 'A' && c <= 'Z'))
            continue;
        if (p > 0) {
            Py_UCS4 before = PyUnicode_READ(kind, data, p - 1);
            if (cut_word_char(before) || before == '-')
                continue;
        }
        Py_ssize_t q = p + 1;
        while (q < hi && (cut_word_char(PyUnicode_READ(kind, data, q)) || PyUnicode_READ(kind, data, q) == '-'))
            q++;
        if (q < hi && PyUnicode_READ(kind, data, q) == ' ') {
            int open = cut_may_open(kind, data, n, p, sets);
            if (open != 0)
                return open;
        }
        p = q; /* the characters up to q follow a word character: no word starts there */
    }
    return 0;
}

/* Whether warta.annotate.entity_recognised._ADDRESS matches text[start:end] at start with a
 * first word whose case-folded form is in ``honorifics``. */
static int
cut_address(PyObject *text, Py_ssize_t start, Py_ssize_t end, PyObject *honorifics)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t q = start;
    while (q < end && cut_word_char(PyUnicode_READ(kind, data, q)))
        q++;
    if (q == start)
        return 0;
    Py_ssize_t r = q < end && PyUnicode_READ(kind, data, q) == '.' ? q + 1 : q;
    if (!(r + 1 < end && PyUnicode_READ(kind, data, r) == ' '))
        return 0;
    Py_UCS4 next = PyUnicode_READ(kind, data, r + 1);
    if (!(next >= 'A' && next <= 'Z'))
        return 0;
    PyObject *word = PyUnicode_Substring(text, start, q);
    if (word == NULL)
        return -1;
    PyObject *folded = PyObject_CallMethod(word, "casefold", NULL);
    Py_DECREF(word);
    if (folded == NULL)
        return -1;
    int found = PySet_Contains(honorifics, folded);
    Py_DECREF(folded);
    return found;
}

/* warta.annotate.entity_recognised._cut_may_change for one name. */
static int
cut_may_change(PyObject *text, Py_ssize_t start, Py_ssize_t end, PyObject *label, PyObject *tables)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *titles = PyTuple_GET_ITEM(tables, 0), *ranks = PyTuple_GET_ITEM(tables, 1);
    PyObject *inner = PyTuple_GET_ITEM(tables, 2), *honorifics = PyTuple_GET_ITEM(tables, 3);
    if (Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, start))) {
        int title = cut_may_open(kind, data, n, start, titles);
        if (title == 0)
            title = cut_may_reach_into(text, start, inner);
        if (title != 0)
            return title;
    }
    int person = PyUnicode_CompareWithASCIIString(label, "PER") == 0;
    if (person) {
        int rank = cut_rank_word_in(kind, data, n, start + 1, end, ranks);
        return rank != 0 ? rank : cut_address(text, start, end, honorifics);
    }
    if (!(end + 1 < n && PyUnicode_READ(kind, data, end) == ' '))
        return 0;
    Py_UCS4 next = PyUnicode_READ(kind, data, end + 1);
    return next >= 'A' && next <= 'Z' ? cut_rank_word_in(kind, data, n, start + 1, end + 1, ranks) : 0;
}

static PyObject *
cuts_kept(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text, *starts, *ends, *labels, *tables;
    if (!PyArg_ParseTuple(args, "UO!O!O!O!:cuts_kept", &text, &PyList_Type, &starts, &PyList_Type, &ends, &PyList_Type,
                          &labels, &PyTuple_Type, &tables))
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(starts), n = PyUnicode_GET_LENGTH(text);
    if (PyList_GET_SIZE(ends) != count || PyList_GET_SIZE(labels) != count || PyTuple_GET_SIZE(tables) != 4
        || !PyTuple_Check(PyTuple_GET_ITEM(tables, 0)) || PyTuple_GET_SIZE(PyTuple_GET_ITEM(tables, 0)) != 3
        || !PyTuple_Check(PyTuple_GET_ITEM(tables, 1)) || PyTuple_GET_SIZE(PyTuple_GET_ITEM(tables, 1)) != 3) {
        PyErr_SetString(PyExc_ValueError, "cuts_kept: starts, ends and labels differ in length, or bad tables");
        return NULL;
    }
    PyObject *out = PyList_New(count);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t start = PyLong_AsSsize_t(PyList_GET_ITEM(starts, i)), end = PyLong_AsSsize_t(PyList_GET_ITEM(ends, i));
        PyObject *label = PyList_GET_ITEM(labels, i);
        if ((start == -1 || end == -1) && PyErr_Occurred())
            goto fail;
        if (start < 0 || start >= end || end > n || !PyUnicode_Check(label)) {
            PyErr_SetString(PyExc_ValueError, "cuts_kept: a name must be a non-empty span of text with a str label");
            goto fail;
        }
        int change = cut_may_change(text, start, end, label, tables);
        if (change < 0)
            goto fail;
        PyList_SET_ITEM(out, i, PyBool_FromLong(!change));
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* ---- end of ner10b ---- */

static PyMethodDef methods[] = {
    {"best_paths", best_paths, METH_VARARGS,
     "best_paths(emissions, lengths, transitions, labels) -> the best label path of each stretch.\n\n"
     "emissions: (tokens x labels) float64 scores of the stretches end to end; lengths: their\n"
     "lengths; transitions[x, y]: the score of label x followed by y; labels: the label names."},
    {"word_rows", word_rows, METH_VARARGS,
     "word_rows(out, weights, keys, shown, per, own, starts): fills out[w, p] with the CRF scores\n"
     "word w adds at window position p (see warta.annotate.ner._WordScorer.many)."},
    {"scan", scan, METH_VARARGS,
     "scan(text, offset, Span, Token) -> (tokens, starts): the tokens of text, as\n"
     "warta.annotate.segment._TOKEN.finditer finds them, and their starts; each token's span is\n"
     "shifted by offset (>= 0)."},
    {"words", words, METH_O,
     "words(text) -> (starts, ends, words): the words of text as\n"
     "warta.annotate.event_lexicon._WORD.finditer finds them, their offsets and their texts."},
    {"capitalised", capitalised, METH_O,
     "capitalised(texts) -> the indices of the texts whose first character is upper case."},
    {"beyond", beyond, METH_VARARGS,
     "beyond(texts, allowed) -> the indices of the texts holding a character not in allowed (ASCII)."},
    {"score_words", score_words, METH_VARARGS,
     "score_words(out, weights, words, tables) -> bigram halves: fills out[w, p] with the CRF scores\n"
     "word w adds at window position p (see warta.annotate.ner._WordScorer.many)."},
    {"lead_starts", lead_starts, METH_VARARGS,
     "lead_starts(text, words) -> the offsets where no word character or apostrophe comes just\n"
     "before and a decimal digit, '(' or one of words (a tuple of str) begins: where the pattern of\n"
     "warta.annotate.timex_master.lead_gate() matches."},
    {"sentences", sentences, METH_VARARGS,
     "sentences(text, abbreviations, Span, Token, Sentence) -> the sentences of text with their\n"
     "tokens, as warta.annotate.segment's regexes find them; abbreviations: the case-folded ones\n"
     "(without their final dot) after which a dot ends no sentence."},
    {"start_candidates", start_candidates, METH_VARARGS,
     "start_candidates(texts, allowed, plain, known) -> (starts, unknown): the indices of the texts\n"
     "of allowed (ASCII) characters plain holds and of the others known maps to a true value; the\n"
     "indices of the others known lacks."},
    {"name_starts", name_starts, METH_VARARGS,
     "name_starts(texts, stopwords) -> the indices of the capitalised texts whose lower case is\n"
     "neither in stopwords nor among the texts (as a word starting in lower case)."},
    {"window_rows", window_rows, METH_VARARGS,
     "window_rows(stretches, reach, known) -> (rows, new): the table rows of the stretches' windows\n"
     "(bytes of Py_ssize_t; -(k + 1) for new[k]) and the distinct tokens known lacks."},
    {"row_emissions", row_emissions, METH_VARARGS,
     "row_emissions(out, table, stretches, reach, rows, learnt, offsets, bigrams, attributes, weights,\n"
     "first): fills out with the CRF scores of the stretches' tokens end to end, new[k] at row learnt + k\n"
     "(see warta.annotate.ner_crf.Decoder)."},
    {"phrase_leads", phrase_leads, METH_VARARGS,
     "phrase_leads(text, leads, filter) -> the offsets in the ASCII text where a run of word characters\n"
     "([A-Za-z0-9_]) starts whose lower case is in leads (a frozenset of bytes); filter: word_filter()\n"
     "of the leads as str."},
    {"gazetteer_walk", gazetteer_walk, METH_VARARGS,
     "gazetteer_walk(texts, starts, run_ends, pieces, pieces_of, longest, lower_first, prefixes) ->\n"
     "(token, start in it, last token, end in it, alias) of each name warta.annotate.gazetteer's\n"
     "Gazetteer._walk_twin finds."},
    {"word_filter", word_filter, METH_O,
     "word_filter(sets) -> the bitmap (bytes) of the str keys of a tuple of sets (ASCII letters in\n"
     "lower case), for marked_words and phrase_leads."},
    {"marked_words", marked_words, METH_VARARGS,
     "marked_words(text, sets, filter) -> (starts, ends, words, marks): words(text), and for each of\n"
     "the sets (a tuple; filter, word_filter(sets)) the indices of the words it holds."},
    {"langid_visits", langid_visits, METH_VARARGS,
     "langid_visits(text, nextmove, rowbase, output) -> py3langid.langid.visit_counts(nextmove,\n"
     "rowbase, output, text) as a dict ({feature: count} in first-seen order) or None; nextmove and\n"
     "rowbase: buffers of uint32, output: a buffer of int32."},
    {"langid_rows", langid_rows, METH_VARARGS,
     "langid_rows(table, width, features) -> bytes: the float16 rows of table (width values each) at\n"
     "the keys of the dict features, in order, as float32."},
    {"name_extents", name_extents, METH_O,
     "name_extents(sentences) -> each sentence's (start, end) stretch worth tagging: from just before\n"
     "its first capitalised token to just after its last, (0, 0) without one (see\n"
     "warta.annotate.ner._name_extent)."},
    {"names_from_paths", names_from_paths, METH_VARARGS,
     "names_from_paths(paths, extents, labels) -> each sentence's (start, end, label) names: the IOB tags\n"
     "of its stretch (paths, one per non-empty extent) read as warta.annotate.ner.spans_from_tags reads\n"
     "them, shifted by the extent's start; labels maps kinds to labels."},
    {"sentences_to_tag", sentences_to_tag, METH_VARARGS,
     "sentences_to_tag(sentences, stopwords, claimed_starts, claimed_reach, may_open) -> the (tokens,\n"
     "texts) of the sentences holding a capitalised token no claimed span overlaps that may start a\n"
     "name (see warta.annotate.entity_recognised._sentences_to_tag_twin)."},
    {"cuts_kept", cuts_kept, METH_VARARGS,
     "cuts_kept(text, starts, ends, labels, tables) -> for each name text[starts[i]:ends[i]], True where\n"
     "no title, rank or form of address may be cut from it (see\n"
     "warta.annotate.entity_recognised._cuts_kept_twin)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "warta._native", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC
PyInit__native(void)
{
    for (Py_UCS4 c = 0; c < 128; c++)
        ascii_classes[c] = (Py_UNICODE_ISALNUM(c) ? ALNUM : 0) | (Py_UNICODE_ISDECIMAL(c) ? DECIMAL : 0)
                           | (Py_UNICODE_ISSPACE(c) ? SPACE : 0);
    return PyModule_Create(&module);
}
