"""The event lexicon: trigger words with their PLOVER type, mode and argument frame.

The rows live in ``resources/events/lexicon.tsv`` (one per trigger, readable by an analyst);
:func:`lexicon` loads them once and :func:`find_triggers` finds every row that fires in a
text by looking its words up among all affixed forms. :func:`text_words` reads an article's
words once for all its sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, chain, compress
from operator import not_

from warta.annotate.morphology import Voice, surface_forms, voice
from warta.quick_init import quick_init
from warta.resources import read_text
from warta.types import Span

try:
    from warta import _native
except ImportError:  # built without a C compiler: the regex split below runs instead
    _native = None  # type: ignore[assignment]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
FRAMES = ("subj>obj", "subj>prep", "subj", "mutual", "verdict")
_WITH_WINDOW = 6  # words on either side of a trigger in which its "with" words must stand
_WITH_BEFORE = 3  # words before a trigger in which its "with" words may stand
_BLOCK_WINDOW = 2  # words right after a trigger (one before) in which a blocker word stops it
# The compiled core finds the words of _WORD with a scanner written for it (warta._native.words):
# change the two together; tests/unit/annotate/test_event_words_native.py compares them.
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# Where the core was not built: words and the gaps between them, alternately. The same words as
# _WORD: possessive runs give nothing back that could match otherwise, and without "_" in a text
# \w is [^\W_] (both faster).
_WORD_SPLIT = re.compile(r"([^\W_]++(?:-[^\W_]++)*+)")
_WORD_SPLIT_NO_UNDERSCORE = re.compile(r"(\w++(?:-\w++)*+)")
# The same on an ASCII text, where ASCII \w is Unicode \w (and is tested faster).
_WORD_SPLIT_ASCII = re.compile(r"(\w++(?:-\w++)*+)", re.ASCII)


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One row of the lexicon."""

    id: str
    root: str
    forms: str
    with_words: tuple[str, ...]
    with_anywhere: bool
    blockers: tuple[str, ...]  # "!verbal" in the with cell: "serangan verbal" is no attack
    type: str
    mode: str | None
    frame: str
    no_target: str | None
    example: str
    notes: str
    no_target_mode: str | None = None  # the mode that goes with ``no_target`` ("MOBILIZE:weapons")


@quick_init
@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A lexicon row firing on a word of the text."""

    entry: LexEntry
    template: str
    voice: Voice
    span: Span
    clitic: str


def _row(number: int, cells: list[str]) -> LexEntry:
    cells = cells + [""] * (9 - len(cells))
    root, forms, with_cell, kind, mode, frame, no_target_cell, example, notes = (c.strip() for c in cells[:9])
    no_target, _, no_target_mode = no_target_cell.partition(":")
    if kind not in PLOVER_TYPES or frame not in FRAMES or (no_target and no_target not in PLOVER_TYPES):
        raise ValueError(f"lexicon.tsv row {number}: bad type {kind!r}, frame {frame!r} or no_target {no_target!r}")
    cells_with = [w.strip() for w in with_cell.lstrip("~").split("|") if w.strip()]
    with_words = tuple(w for w in cells_with if not w.startswith("!"))
    blockers = tuple(w[1:].casefold() for w in cells_with if w.startswith("!"))
    return LexEntry(f"{root.replace(' ', '_')}.{number}", root, forms, with_words, with_cell.startswith("~"),
                    blockers, kind, mode or None, frame, no_target or None, example, notes,
                    no_target_mode or mode or None)


@cache
def lexicon() -> tuple[LexEntry, ...]:
    """Every lexicon row, in file order."""
    rows = []
    lines = [line for line in read_text("events", "lexicon.tsv").splitlines() if line and not line.startswith("#")]
    for number, line in enumerate(lines[1:], start=2):
        rows.append(_row(number, line.split("\t")))
    return tuple(rows)


_Rows = tuple[tuple[LexEntry, str], ...]
_CLITICS = ("nya", "lah", "kah")


@cache
def _index() -> dict[str, tuple[tuple[tuple[str, ...], _Rows], ...]]:
    """Surface forms by their first word; each with its remaining words and the rows it belongs to.

    A dictionary lookup per word of text is several times faster than one regex alternation
    of hundreds of forms, which the regex engine tries one by one at every position.
    """
    table: dict[str, list[tuple[LexEntry, str]]] = {}
    for entry in lexicon():
        for form, template in surface_forms(entry.root, entry.forms).items():
            table.setdefault(form, []).append((entry, template))
    by_first: dict[str, list[tuple[tuple[str, ...], _Rows]]] = {}
    for form, rows in table.items():
        first, *rest = form.split()
        by_first.setdefault(first, []).append((tuple(rest), tuple(rows)))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in by_first.items()}


@cache
def _words_with_clitics() -> dict[str, tuple[str, str]]:
    """Each indexed form with each clitic glued on, to its form and clitic ("kecamannya" -> kecaman + nya)."""
    out: dict[str, tuple[str, str]] = {}
    for form in _index():
        for clitic in ("", *_CLITICS):
            out.setdefault(form + clitic, (form, clitic))
    return out


def _rest_matches(text: str, position: int, rest: tuple[str, ...]) -> int | None:
    """End of ``rest`` (the remaining words of a phrase) if the text continues with them at ``position``.

    The last word may carry a clitic ("rasa terima kasihnya"); the span then ends before it.
    """
    for number, word in enumerate(rest, start=1):
        while position < len(text) and text[position].isspace():
            position += 1
        match = _WORD.match(text, position)
        if match is None:
            return None
        found = match.group().casefold()
        if found != word and not (number == len(rest) and found in {word + c for c in _CLITICS}):
            return None
        position = match.start() + len(word)
    return position


@cache
def _with_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Each word as a prefix ("serangan" also finds "serangannya"), or whole when it ends in "$" ("selat$" is not
    "selatan")."""
    alternatives = (re.escape(w[:-1]) + r"(?![\w-])" if w.endswith("$") else re.escape(w) for w in words)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def _with_satisfied(entry: LexEntry, text: str, span: Span, limit: int) -> bool:
    if not entry.with_words:
        return True
    # Most triggers have none of their "with" words anywhere near: a substring test on the folded
    # stretch (in C) tells those apart before the word lists and the regex search below.
    if entry.with_anywhere:
        if not may_contain(text[span.end : limit], _with_needles(entry.with_words)):
            return False
        return _with_pattern(entry.with_words).search(text, span.end, limit) is not None
    if not may_contain(text[max(0, span.start - 80) : span.end + 120], _with_needles(entry.with_words)):
        return False
    pattern = _with_pattern(entry.with_words)
    after = " ".join(_WORD.findall(text, span.end, min(limit, span.end + 120))[:_WITH_WINDOW])
    preceding = _WORD.findall(text, max(0, span.start - 80), span.start)
    # "tarif baja dan aluminium yang diberlakukan X": a relative clause's head noun is the verb's object
    back = _WITH_WINDOW if preceding and preceding[-1].casefold() == "yang" else _WITH_BEFORE
    before = " ".join(preceding[-back:])
    return pattern.search(before + " " + after) is not None


@cache
def _with_needles(words: tuple[str, ...]) -> tuple[str, ...]:
    """What the text must hold for :func:`_with_pattern` to match in the words read around a trigger:
    each word's first part (a match of "gencatan senjata" may join two words the text keeps apart),
    without its "$"."""
    return tuple(w.removesuffix("$").split()[0].casefold() for w in words)


def _blocked(entry: LexEntry, text: str, span: Span, limit: int) -> bool:
    """Whether a blocker word of ``entry`` stands right after the trigger or right before it."""
    if not entry.blockers:
        return False
    after = _WORD.findall(text, span.end, min(limit, span.end + 40))[:_BLOCK_WINDOW]
    before = _WORD.findall(text, max(0, span.start - 30), span.start)[-1:]
    return any(w.casefold() in entry.blockers for w in [*before, *after])


# The only character that str.casefold turns from a non-word into a word character (U+0345 to
# iota); elsewhere, folding a text that keeps its length keeps its words where they were.
FOLDS_INTO_WORD = "\u0345"
# The only characters that a case-insensitive regex matches to an ASCII letter but str.casefold
# does not fold to it: the Turkish dotted and dotless i.
FOLD_EXCEPTIONS = ("\u0130", "\u0131")


def may_contain(text: str, words: tuple[str, ...], folded: str | None = None) -> bool:
    """False only when no case-insensitive regex for one of ``words`` (lower-case ASCII) can match in ``text``.

    A cheap test before a costly search: substring tests on the case-folded text run in C.
    ``folded``, ``text.casefold()`` when the caller has it already.
    """
    dotted, dotless = FOLD_EXCEPTIONS  # two plain tests: no generator frame (this runs for every clause)
    if dotted in text or dotless in text or not _all_ascii(words):
        return True
    folded = text.casefold() if folded is None else folded
    return any(map(folded.__contains__, words))  # C-level substring tests, no generator frame


def needles(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` (lower-case ASCII) once each and without those holding another ("jikalau" holds "jika"):
    :func:`may_contain` answers the same for both, with fewer substring tests."""
    found = tuple(dict.fromkeys(words))
    if not _all_ascii(found):
        return found  # may_contain answers True for these whatever the text: nothing to spare
    return tuple(w for w in found if not any(other != w and other in w for other in found))


@cache
def _all_ascii(words: tuple[str, ...]) -> bool:
    return all(w.isascii() for w in words)


@quick_init
@dataclass(frozen=True, slots=True)
class TextWords:
    """The words of one text (as :func:`find_triggers` reads them), found once for all its sentences."""

    starts: list[int]
    ends: list[int]
    folded: list[str]
    hits: list[int]  # indices of the words that are an indexed form, with or without a clitic
    foreign: list[int]  # offsets of the words not ASCII once folded
    # ``text.casefold()`` when folding kept every character's place (each word then stands at its
    # offsets in it), for other cheap tests on the same text; None otherwise
    casefolded: str | None = None
    # sets of words given to :func:`text_words`, each with the indices of the words it holds
    marked: tuple[tuple[frozenset[str], list[int]], ...] = ()

    def held_by(self, words: frozenset[str]) -> list[int]:
        """Indices of the words in ``words`` (case-folded), in order; read as :func:`text_words` read
        them when it was given that very set."""
        for marks, found in self.marked:
            if marks is words:  # by identity: comparing two large sets would read them both
                return found
        return list(compress(range(len(self.folded)), map(words.__contains__, self.folded)))

    def starting(self, firsts: frozenset[str]) -> list[int]:
        """Offsets of the words in ``firsts`` (case-folded), and of every word that is not ASCII
        (regex case folding may match those where ``str.casefold`` differs), in text order."""
        listed = compress(self.starts, map(firsts.__contains__, self.folded))
        return sorted(chain(listed, self.foreign)) if self.foreign else list(listed)

    def starting_each(self, *firsts: frozenset[str]) -> tuple[list[int], ...]:
        """:meth:`starting` for each of ``firsts``, reading the article's words once: one C-level pass
        finds the words in any of them, and the few found are sorted out in Python."""
        found = self.held_by(union_of(firsts))
        out = []
        for words in firsts:
            listed = [self.starts[i] for i in found if self.folded[i] in words]
            out.append(sorted(chain(listed, self.foreign)) if self.foreign else listed)
        return tuple(out)

    def inside(self, start: int, end: int) -> tuple[int, int] | None:
        """Indices ``lo, hi`` of the words within ``[start, end)``; None when a word straddles an end."""
        lo, hi = bisect_left(self.starts, start), bisect_right(self.ends, end)
        if (lo > 0 and self.ends[lo - 1] > start) or (hi < len(self.starts) and self.starts[hi] < end):
            return None  # a bound inside a word: read that stretch on its own
        return lo, hi


@cache
def union_of(sets: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The union of ``sets``, the same object for equal arguments (see :meth:`TextWords.held_by`)."""
    return frozenset().union(*sets)


@cache
def _indexed() -> frozenset[str]:
    """The words :func:`find_triggers` looks up (:func:`_words_with_clitics`), as a set."""
    return frozenset(_words_with_clitics())


def text_words(text: str, marks: tuple[frozenset[str], ...] = ()) -> TextWords:
    """Every word of ``text`` with its offsets, case-folded, and which of them the lexicon indexes.

    ``marks``, sets of case-folded words whose words in ``text`` are wanted too (see
    :meth:`TextWords.held_by`): found in the same pass.
    """
    folded_text = text.casefold()
    aligned = len(folded_text) == len(text) and FOLDS_INTO_WORD not in text
    sets = (_indexed(), *marks)
    if aligned and _native is not None:
        # one C pass reads the words and tests them against every set, most words against none
        starts, ends, folded, (hits, *found) = _native.marked_words(folded_text, sets, _filter(sets))
    else:
        if aligned:
            starts, ends, folded = _words(folded_text)  # same words at the same offsets, already folded
        else:
            starts, ends, words = _words(text)
            folded = list(map(str.casefold, words))
        hits, *found = marked_twin(folded, sets)
    foreign = [] if folded_text.isascii() else list(compress(starts, map(not_, map(str.isascii, folded))))
    marked = tuple(zip(marks, found, strict=True))
    return TextWords(starts, ends, folded, hits, foreign, folded_text if aligned else None, marked)


def marked_twin(folded: list[str], sets: tuple[frozenset[str], ...]) -> list[list[int]]:
    """For each of ``sets``, the indices of the words of ``folded`` it holds: the pure-Python twin of
    the marks of ``warta._native.marked_words``."""
    # C-level map() calls, no per-word Python code: this runs over every article.
    return [list(compress(range(len(folded)), map(words.__contains__, folded))) for words in sets]


@cache
def _filter(sets: tuple[frozenset[str], ...]) -> bytes:
    """The bitmap of the words of ``sets`` that ``warta._native.marked_words`` rules words out by."""
    return _native.word_filter(sets)


def _words(text: str) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and texts of the words of ``text`` (as ``_WORD.finditer`` finds them)."""
    if _native is not None:
        return _native.words(text)
    return words_from_split(text)


def words_from_split(text: str) -> tuple[list[int], list[int], list[str]]:
    """:func:`_words` by one C-level regex split and a running sum of the parts' lengths, the
    pure-Python twin of ``warta._native.words``."""
    if "_" in text:
        split = _WORD_SPLIT.split
    else:
        split = (_WORD_SPLIT_ASCII if text.isascii() else _WORD_SPLIT_NO_UNDERSCORE).split
    parts = split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    return offsets[1:-1:2], offsets[2::2], parts[1::2]


def find_triggers(
    text: str, start: int = 0, end: int | None = None, words: TextWords | None = None
) -> Iterator[TriggerMatch]:
    """Lexicon rows firing in ``text[start:end]``: for each word, the most specific row that fires.

    A row with "with" words wins over a row without them when both fire on the same word
    ("mengirim ... tentara" is AID/MOBILIZE, not a bare "kirim"). ``words``, the
    :func:`text_words` of ``text``, saves reading its words again for each sentence.
    """
    limit = len(text) if end is None else end
    bounds = words.inside(start, limit) if words is not None else None
    if words is None or bounds is None:
        yield from _find_in(text, start, limit)
        return
    lo, hi = bounds
    hits = words.hits[bisect_left(words.hits, lo) : bisect_left(words.hits, hi)]
    for i in hits:
        form, clitic = _words_with_clitics()[words.folded[i]]
        found = _fire(text, form, words.starts[i], words.ends[i], limit)
        if found is not None:
            entry, template, span = found
            yield TriggerMatch(entry, template, voice(template), span, clitic)


def sentence_triggers(
    text: str, sentences: Sequence[Span], words: TextWords, skip: Sequence[bool]
) -> list[list[TriggerMatch]]:
    """:func:`find_triggers` in each sentence (none in a skipped one), in one sweep over the article.

    Most sentences hold no indexed word and no word runs across their ends: nothing fires in
    those, which is told without the two bisections of the article's words that
    :func:`find_triggers` would do first (most of the cost of a sentence without triggers).
    """
    hit_starts = [words.starts[i] for i in words.hits]
    hit_ends = [words.ends[i] for i in words.hits]
    read = text if words.casefolded is None else words.casefolded  # the text the words were read from
    out: list[list[TriggerMatch]] = []
    for sentence, skipped in zip(sentences, skip, strict=True):
        start, end = sentence.start, sentence.end
        first = bisect_left(hit_starts, start)  # the first indexed word starting in the sentence
        held = first < len(hit_starts) and hit_ends[first] <= end  # ... ends in it (words are in order)
        if skipped or not (held or may_cut_word(read, start) or may_cut_word(read, end)):
            out.append([])
        else:
            out.append(list(find_triggers(text, start, end, words)))
    return out


def may_cut_word(text: str, position: int) -> bool:
    """Whether ``position`` may lie inside a word of ``text`` (then :func:`find_triggers` reads its sentence
    afresh): only when word characters (letters, digits, hyphens) stand on both sides of it."""
    return 0 < position < len(text) and _in_word(text[position - 1]) and _in_word(text[position])


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "-"


def _find_in(text: str, start: int, limit: int) -> Iterator[TriggerMatch]:
    # Looked up with C-level map() calls: most sentences hold no lexicon word, and the
    # others only a few, so Python code runs for those words only.
    table = _words_with_clitics()
    found = list(map(table.get, map(str.casefold, _WORD.findall(text, start, limit))))
    if not any(found):
        return
    words = list(_WORD.finditer(text, start, limit))
    for word, (form, clitic) in zip(compress(words, found), filter(None, found), strict=True):
        fired = _fire(text, form, word.start(), word.end(), limit)
        if fired is not None:
            entry, template, span = fired
            yield TriggerMatch(entry, template, voice(template), span, clitic)


def _fire(text: str, form: str, start: int, end: int, limit: int) -> tuple[LexEntry, str, Span] | None:
    """The most specific row of the longest phrase starting with ``form`` that fires on the word at ``start``."""
    for rest, rows in _index()[form]:
        stop = _rest_matches(text, end, rest) if rest else end
        if stop is None or stop > limit:
            continue
        span = Span(start, stop)
        fired = [
            (e, t) for e, t in rows if _with_satisfied(e, text, span, limit) and not _blocked(e, text, span, limit)
        ]
        if fired:
            entry, template = max(fired, key=lambda row: bool(row[0].with_words))
            return entry, template, span
    return None


def lexicon_markdown() -> str:
    """``docs/lexicon.md``: the lexicon as a table per PLOVER type, with every row's forms spelled out."""
    lines = [
        "# Event lexicon",
        "",
        "Generated from `src/warta/resources/events/lexicon.tsv` by `python scripts/lexicon_doc.py`;",
        "edit the TSV, not this file. Each row fires on the affixed forms listed (generated by",
        "`warta.annotate.morphology`), when its *with* words stand near it. Frames: `subj>obj` the",
        "subject acts on the object (or on *terhadap/kepada/ke/atas X*); `subj>prep` the target only",
        "after a preposition; `subj` no target; `mutual` every pair of participants; `verdict` the",
        "speaker judges the conduct of the actor named before the word (*X menilai serangan Y tidak dapat",
        "dibenarkan*).",
    ]
    for kind in PLOVER_TYPES:
        lines += ["", f"## {kind}", "", "| root | forms | with | mode | frame | example |"]
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for entry in (e for e in lexicon() if e.type == kind):
            forms = ", ".join(sorted(surface_forms(entry.root, entry.forms))[:8])
            with_words = ("anywhere after: " if entry.with_anywhere else "") + ", ".join(entry.with_words)
            with_words += "".join(f"; not beside: {w}" for w in entry.blockers[:1])
            with_words += "".join(f", {w}" for w in entry.blockers[1:])
            lines.append(
                f"| {entry.root} | {forms} | {with_words} | {entry.mode or ''} | {entry.frame} | {entry.example} |"
            )
    return "\n".join(lines) + "\n"
