"""Names the statistical recogniser finds where no list did (step 5 of :mod:`entities`).

The recogniser is the costliest step, so it only reads the sentences that may still hold a
new name; a title it took as part of a name ("PM Wong", "Presiden Joe Biden") is left to the
roles step, and what it returns must look like a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, le

from warta.annotate.found import Found, ordered, unknown_entity
from warta.annotate.institutions import institution_head
from warta.annotate.roles import honorifics, name_stopwords, title_pattern, titles
from warta.annotate.spelling import name_starts
from warta.resources import read_text, word_list
from warta.types import Sentence, Span, Token

try:
    from warta import _native
except ImportError:  # built without the compiled core: _sentences_to_tag_twin chooses the sentences
    _native = None  # type: ignore[assignment]

Recogniser = Callable[[Sequence[Sequence[str]]], list[list[tuple[int, int, str]]]]

# "KIA (tewas dalam aksi)": an acronym glossed in lower case is a term, not a name.
_GLOSS = re.compile(r"\s*\(\s*[a-z]")
_TOKENS, _TEXT, _SPAN = attrgetter("tokens"), attrgetter("text"), attrgetter("span")
_START, _END = attrgetter("start"), attrgetter("end")
_NER_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
_MAX_TITLED_NAME = 3
_MAX_NAME_TOKENS = 4
_ADDRESS = re.compile(r"(\w+)\.? (?=[A-Z])")
# How far before a recognised name a title reaching into it may start ("Menko Kumham Imipas").
_TITLE_REACH = 24
# Only capitalised words can open a title reaching into a name (lower-case ones are not read).
_WORDS_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]*(?= )")
# A recognised name must look like one: every word capitalised (or a name particle).
# Arabic names carry a lower-case article joined by a hyphen ("Mahdi al-Mashat", "el-Sisi").
_NAME_WORD = re.compile(
    r"^(?:[A-Z\u00C0-\u00DE][\w'’.-]*|(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z][\w'’.-]*"
    r"|bin|binti|ibn|van|von|der|de|al|el|la|of|the|dan)$"
)


@cache
def recogniser() -> Recogniser | None:
    """The trained recogniser (many sentences per call), or None while no model ships (the
    gazetteer still works)."""
    try:
        from warta.annotate import ner

        ner.recognise(["Jakarta"])
    except (ImportError, OSError):
        return None
    return ner.recognise_many


def recognised_names(found: Sequence[Found], sentences: Sequence[Sentence], text: str) -> list[Found]:
    """Names the recogniser finds where no earlier step found anything."""
    recognise = recogniser()
    if recognise is None:
        return list(found)
    out = list(found)
    claimed = _Claimed([f.span for f in found])
    chosen = _sentences_to_tag(sentences, claimed)
    for (tokens, _), names in zip(chosen, recognise([texts for _, texts in chosen]), strict=True):
        if not names:  # nothing to cut, join or check
            continue
        for span, label in _joined_people(_titles_cut(_without_degrees(names, tokens), tokens, text), text):
            surface = span.of(text)
            if _title_word_person(surface, label):
                continue
            if label in _NER_TYPES and not claimed.overlaps(span) and _looks_like_name(surface, text, span):
                out.append(Found(span, surface, unknown_entity(surface, _NER_TYPES[label]), f"ner:{label}"))
    return ordered(out)


def _titles_cut(names: list[tuple[int, int, str]], tokens: Sequence[Token], text: str) -> list[tuple[Span, str]]:
    """Each recognised name's span and type once titles and ranks at its edges are cut."""
    out = []
    starts = [tokens[first].span.start for first, _, _ in names]
    ends = [tokens[end - 1].span.end for _, end, _ in names]
    labels = [label for _, _, label in names]
    for start, end, label, kept in zip(starts, ends, labels, _cuts_kept(text, starts, ends, labels), strict=True):
        if kept:  # most names: no title, rank or form of address at their edges
            out.append((Span(start, end), label))
            continue
        span, label = _without_title(Span(start, end), label, text)
        # Each rank cut reads one label only: the other's call (a Python frame per name) is spared.
        if label == "PER":
            out.append((_without_address(_after_inner_rank(span, label, text), text), label))
        else:
            out.append((_without_trailing_rank(span, label, text), label))
    return out


def _cuts_kept(text: str, starts: list[int], ends: list[int], labels: list[str]) -> list[bool]:
    """For each name (``text[starts[i]:ends[i]]``), True where :func:`_titles_cut` surely keeps
    it as it is: cheap necessary tests of each cut fail (one compiled call for all the names)."""
    if _native is None:
        return _cuts_kept_twin(text, starts, ends, labels)
    return _native.cuts_kept(text, starts, ends, labels, _cut_tables())


@cache
def _cut_tables() -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...], frozenset[str], frozenset[str]]:
    """What the compiled :func:`_cuts_kept` reads: the titles' and the ranks' prefixes (by
    length 1, 2, 3), the title words a space follows, the forms of address."""
    titles_by, ranks_by = _title_prefixes(False), _title_prefixes(True)
    return (
        (titles_by[1], titles_by[2], titles_by[3]),
        (ranks_by[1], ranks_by[2], ranks_by[3]),
        _title_inner_words(),
        honorifics(),
    )


def _cuts_kept_twin(text: str, starts: list[int], ends: list[int], labels: list[str]) -> list[bool]:
    """:func:`_cuts_kept` in Python."""
    return [
        not _cut_may_change(text, start, end, label) for start, end, label in zip(starts, ends, labels, strict=True)
    ]


def _cut_may_change(text: str, start: int, end: int, label: str) -> bool:
    """Whether a cut of :func:`_titles_cut` may change the name ``text[start:end]``: False only
    where each cut's necessary test fails (the searches themselves are left to the cuts)."""
    # _without_title: a title at the start or reaching into it, kept whole unless capitalised.
    if text[start].isupper() and (_may_open_title(text[start : start + 3]) or _may_reach_into(text, start)):
        return True
    if label == "PER":  # _after_inner_rank, then _without_address
        if _rank_word_in(text, start + 1, end):
            return True
        word = _ADDRESS.match(text, start, end)
        return word is not None and word.group(1).casefold() in honorifics()
    # _without_trailing_rank
    return _NEXT_NAME.match(text, end) is not None and _rank_word_in(text, start + 1, end + 1)


def _rank_word_in(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word that may open a rank starts in ``start..end`` (with a space
    after it before ``end``): where the rank cuts look for one."""
    return any(
        _may_open_title(text[word.start() : word.start() + 3], True)
        for word in _WORDS_BEFORE.finditer(text, start, end)
    )


def _without_address(span: Span, text: str) -> Span:
    """A person's name without the forms of address the recogniser took in ("Dr Gary", "Prof. Ani")."""
    while (word := _ADDRESS.match(text, span.start, span.end)) is not None and word.group(1).casefold() in honorifics():
        span = Span(word.end(), span.end)
    return span


def _joined_people(names: list[tuple[Span, str]], text: str) -> list[tuple[Span, str]]:
    """Two persons recognised on adjacent words ("Dato Seri Mohamed | Khaled Nordin") are one
    name: Indonesian text never lists two people without a comma or "dan"."""
    out: list[tuple[Span, str]] = []
    for span, label in names:
        if out and label == "PER" == out[-1][1] and text[out[-1][0].end : span.start] == " ":
            joined = Span(out[-1][0].start, span.end)
            if len(joined.of(text).split()) <= _MAX_NAME_TOKENS:
                out[-1] = (joined, label)
                continue
        out.append((span, label))
    return out


def _without_degrees(names: list[tuple[int, int, str]], tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """A person's name without the degrees the recogniser ran into ("<name> SpPD-KHOM")."""
    out = []
    for first, end, label in names:
        while label == "PER" and end - first > 1 and _is_degree(tokens[end - 1].text):
            end -= 1
        out.append((first, end, label))
    return out


def _sentences_to_tag(sentences: Sequence[Sentence], claimed: _Claimed) -> list[tuple[tuple[Token, ...], list[str]]]:
    """The tokens, and their texts, of the sentences the recogniser is run on (see
    :func:`_sentences_holding`)."""
    if _native is None:
        return _sentences_to_tag_twin(sentences, claimed)
    # One compiled pass over the article's tokens: the twin's lists of every token, its text and
    # span, and its steps per candidate word and per sentence cost more than the tests themselves.
    starts, reach = claimed.bounds()
    return _native.sentences_to_tag(sentences, name_stopwords(), starts, reach, _may_open_name)


def _sentences_to_tag_twin(
    sentences: Sequence[Sentence], claimed: _Claimed
) -> list[tuple[tuple[Token, ...], list[str]]]:
    tokens = list(chain.from_iterable(map(_TOKENS, sentences)))
    texts = list(map(_TEXT, tokens))
    ends = list(accumulate(map(len, map(_TOKENS, sentences))))
    chosen = []
    for s in _sentences_holding(_new_name_starts(tokens, texts, claimed), ends, texts):
        start = ends[s - 1] if s else 0
        chosen.append((sentences[s].tokens, texts[start : ends[s]]))
    return chosen


def _new_name_starts(tokens: Sequence[Token], texts: Sequence[str], claimed: _Claimed) -> list[int]:
    """The indices of the tokens that are capitalised words no step claimed that can be part of a name.

    The recogniser is the costliest step, and only sentences holding such a word are
    tagged. A word the article also writes in lower case ("Pada", "Namun") or a day or month
    name is a common word, so a sentence with nothing else capitalised has no name left to find.
    The case and lower-case tests run in one call over the article (:func:`spelling.name_starts`,
    compiled); the claim test runs at the few capitalised words left.
    """
    starts = name_starts(texts, name_stopwords())
    return list(compress(starts, claimed.free(list(map(_SPAN, map(tokens.__getitem__, starts))))))


def _sentences_holding(new: Sequence[int], ends: Sequence[int], texts: Sequence[str]) -> list[int]:
    """The sentences (numbers) holding a word that may start a new name (``new``: the words'
    ascending indices, ``ends``: where each sentence's words end). A sentence's first word is
    capitalised because it comes first, so it counts only when news text does not mostly write
    it in lower case ("Menurut", "Sementara" open ~20% of the sentences otherwise tagged).
    Read by word, not by sentence: most sentences hold none or few such words."""
    inner: dict[int, bool] = {}  # sentence -> whether a word after its first is new (in order)
    for i in new:
        s = bisect_right(ends, i)
        inner[s] = inner.get(s, False) or i > (ends[s - 1] if s else 0)
    return [s for s, later in inner.items() if later or _may_open_name(texts[ends[s - 1] if s else 0])]


def _may_open_name(first_word: str) -> bool:
    """Whether a sentence's first word, capitalised and unclaimed, may start a new name."""
    # Imported here, where it is needed: the import statement costs a microsecond a sentence.
    from warta.annotate.ner import mostly_lower_case  # the recogniser's lexicon; loaded with it

    return not mostly_lower_case(first_word)


class _Claimed:
    """Spans earlier steps claimed, asked "does anything overlap this?" in O(log n)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered_spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in ordered_spans]
        # _reach[b]: the furthest end of the first b spans (-1, before any: no span starts below 0).
        self._reach = [-1, *accumulate((s.end for s in ordered_spans), max)]

    def bounds(self) -> tuple[list[int], list[int]]:
        """The spans' starts in ascending order, and ``_reach`` (the compiled claim test reads them)."""
        return self._starts, self._reach

    def overlaps(self, span: Span) -> bool:
        # Of the spans starting before span ends, does the one reaching furthest pass its start?
        return self._reach[bisect_left(self._starts, span.end)] > span.start

    def free(self, spans: Sequence[Span]) -> list[bool]:
        """``not overlaps(span)`` for each span, in C-level maps (no Python frame per span)."""
        before = map(bisect_left, repeat(self._starts), map(_END, spans))
        return list(map(le, map(self._reach.__getitem__, before), map(_START, spans)))


def _without_title(span: Span, label: str, text: str) -> tuple[Span, str]:
    """ "PM Wong", "Presiden Joe Biden" recognised whole: the title is left to the roles step
    and the rest is a person's name."""
    if not text[span.start].isupper():  # kept whole whatever title the searches would find
        return span, label
    title = _title_at(text, span.start, span.end) or _title_into(span, text)
    if title is None or not text[title.end() : title.end() + 1].isspace():
        return span, label
    start = title.end() + 1
    rest = text[start : span.end]
    # A recognised organisation keeps its title-like word ("Ketua Partai Buruh") unless one
    # plain name follows ("PM Wong").
    person = label == "PER" or (len(rest.split()) == 1 and not rest.isupper())
    # "PM Mark Carney" tagged as one organisation: a title then a plain name is a person
    # unless the rest opens with an institution's head ("Ketua Badan Gizi Nasional").
    words = rest.split()
    person = person or (
        1 < len(words) <= _MAX_TITLED_NAME and not any(w.isupper() for w in words) and not institution_head(words[0])
    )
    return (Span(start, span.end), "PER") if person and rest[:1].isupper() else (span, label)


_NEXT_NAME = re.compile(r" [A-Z]")
_RANKED = frozenset({"military", "police"})


def _without_trailing_rank(span: Span, label: str, text: str) -> Span:
    """ "Markas Tentera Udara Brigjen | <name>": a rank that ends a recognised place or body
    and opens the person named after it is not part of the place's name."""
    if label == "PER" or not _NEXT_NAME.match(text, span.end):
        return span
    for word in _WORDS_BEFORE.finditer(text, span.start + 1, span.end + 1):
        title = _rank_at(text, word.start(), span.end)
        if title is not None and title.end() == span.end and titles()[title.group().casefold()].sector in _RANKED:
            return Span(span.start, word.start() - 1)
    return span


def _after_inner_rank(span: Span, label: str, text: str) -> Span:
    """ "Makassar Kombes | <name>", "I Satreskrim Ipda | <name>" recognised as one person: the
    words before a rank inside it name a command, and the person starts after the rank."""
    # A word inside it is followed by a space before its end: none in a one-word name (most).
    if label != "PER" or text.find(" ", span.start + 2, span.end) < 0:
        return span
    for word in _WORDS_BEFORE.finditer(text, span.start + 1, span.end):
        title = _rank_at(text, word.start(), span.end)
        if title is not None and title.end() < span.end - 1 and titles()[title.group().casefold()].sector in _RANKED:
            return Span(title.end() + 1, span.end)
    return span


def _title_into(span: Span, text: str) -> re.Match[str] | None:
    """A title opening before a recognised name and ending inside it: "Menko | Kumham Imipas
    <name>", "Marsekal | Lapangan <name>" (the recogniser took the title's tail for the name)."""
    if not _may_reach_into(text, span.start):
        return None
    for word in _WORDS_BEFORE.finditer(text, max(0, span.start - _TITLE_REACH), span.start):
        title = _title_at(text, word.start(), span.end)
        if title is not None and span.start < title.end() < span.end:
            return title
    return None


def _may_reach_into(text: str, start: int) -> bool:
    """A cheap necessary test for a title to open before ``start`` and end after it: the title
    then holds the word before ``start`` followed by a space, and few words are so followed in
    a title (most names follow "kata", "dan" or a comma: the title search is spared)."""
    if text[start - 1 : start] != " ":
        return True
    before = text.rfind(" ", max(0, start - _TITLE_REACH - 2), start - 1) + 1
    return not before or _may_end_in_title(text[before : start - 1])  # no whole word in reach: may


@lru_cache(maxsize=8192)  # the words before names recur ("kata", "dan"): a hit costs less than the test
def _may_end_in_title(word: str) -> bool:
    """Whether ``word`` followed by a space may be inside a title (see :func:`_may_reach_into`)."""
    if not word.isascii():
        return True  # letters re folds otherwise than lower()
    low = word.lower()
    if low in _title_inner_words():
        return True
    # A title opens after a character other than a letter, digit, "_" or "-" (_WORDS_BEFORE):
    # inside this word only where such a character comes before a capital.
    return any(
        word[k].isupper() and not (word[k - 1].isalnum() or word[k - 1] in "_-") and low[k:] in _title_inner_words()
        for k in range(1, len(word))
    )


@cache
def _title_inner_words() -> frozenset[str]:
    """The words of the titles that a space follows ("menko" of "menko kumham imipas")."""
    return frozenset(word for title in titles() for word in title.lower().split(" ")[:-1])


def _title_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """``title_pattern().match(text, start, end)``, asked only where a title may start."""
    return title_pattern().match(text, start, end) if _may_open_title(text[start : start + 3]) else None


def _rank_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """:func:`_title_at` where the title found may be a rank (see :data:`_RANKED`): None where
    none can start (the callers only use a rank, and ranks open with few heads)."""
    return title_pattern().match(text, start, end) if _may_open_title(text[start : start + 3], True) else None


@lru_cache(maxsize=65536)  # a few thousand distinct heads: a hit costs less than the three set lookups
def _may_open_title(head: str, rank: bool = False) -> bool:
    """A cheap necessary test for a title (a rank, with ``rank``) to start with the three
    characters ``head`` (most capitalised words before a name open none: the title search is
    spared)."""
    if not head.isascii():
        return True  # re folds some letters lower() keeps
    low = head.lower()
    prefixes = _title_prefixes(rank)
    return low in prefixes[3] or low[:2] in prefixes[2] or low[:1] in prefixes[1]


@cache
def _title_prefixes(rank: bool) -> dict[int, frozenset[str]]:
    """Titles' (ranks', with ``rank``) first three characters (by 3), and the titles shorter
    than that (by length)."""
    lowered = {t.lower() for t, title in titles().items() if not rank or title.sector in _RANKED}  # re ignores case
    return {
        3: frozenset(t[:3] for t in lowered if len(t) >= 3),
        2: frozenset(t for t in lowered if len(t) == 2),
        1: frozenset(t for t in lowered if len(t) == 1),
    }


def _title_word_person(surface: str, label: str) -> bool:
    """A "person" starting with a word of a title phrase ("Kepala Negara", "Ketua Protokol")
    is the rest of that title, not a name."""
    if label != "PER":  # most names: no split
        return False
    words = surface.split()
    return bool(words) and words[0].casefold() in name_stopwords()


@cache
def _not_names() -> frozenset[str]:
    return word_list("entities", "not_names.txt")


def _looks_like_name(surface: str, text: str, span: Span) -> bool:
    if surface.isupper() and _GLOSS.match(text, span.end):
        return False
    return _name_like(surface)


@lru_cache(maxsize=8192)  # names recur within an article and across articles
def _name_like(surface: str) -> bool:
    words = surface.split()
    if not words or len(surface) < 2 or not words[0][:1].isupper() or surface.casefold() in _not_names():
        return False
    if all(_is_degree(w.rstrip(",")) for w in words):
        return False  # "SpOG", "SubspOBK": a degree after a name
    return all(_NAME_WORD.match(w) for w in words)


@lru_cache(maxsize=8192)  # words recur (names' first words, surnames): a hit costs less than the long pattern
def _is_degree(word: str) -> bool:
    """Whether ``word`` is an academic or medical degree ("SpPD-KHOM", "MPH")."""
    return _degree().fullmatch(word) is not None


@cache
def _degree() -> re.Pattern[str]:
    lines = read_text("entities", "degrees.txt").splitlines()
    return re.compile("|".join(f"(?:{line})" for line in lines if line and line[0] != "#"))
