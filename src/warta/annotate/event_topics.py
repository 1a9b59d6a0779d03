"""Articles whose topic rules out political events: sports reports.

Match reports and previews tell games between national teams in the words of diplomacy and war
("Indonesia kembali bertemu Korea Selatan", "Timnas menjamu Bahrain", "menolak bermain"). An article
that names sport at least ``least`` times (``resources/events/cues.toml`` ``[sports]``) is such a
report, and none of its sentences is coded.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, repeat

from warta.annotate.event_cues import cue_sections
from warta.annotate.event_lexicon import TextWords, text_words


@dataclass(frozen=True, slots=True)
class _Sports:
    words: frozenset[str]  # one-word terms, case-folded
    pairs: frozenset[tuple[str, str]]  # two-word terms ("bulu tangkis", "ganda putra")
    firsts: frozenset[str]  # first words of the two-word terms
    least: int


@cache
def _sports() -> _Sports:
    data = cue_sections()["sports"]
    terms = [tuple(term.casefold().split()) for term in data["words"]]
    pairs = frozenset((term[0], term[1]) for term in terms if len(term) == 2)
    return _Sports(
        words=frozenset(term[0] for term in terms if len(term) == 1),
        pairs=pairs,
        firsts=frozenset(first for first, _ in pairs),
        least=int(data["least"]),
    )


def sports_words(folded: Sequence[str]) -> bool:
    """Whether the case-folded words of an article name sport at least the set number of times.

    The event stage has the article's words already; counting them by set lookups (C-level map
    calls) costs a fraction of a regex alternation run over the whole text.
    """
    sports = _sports()
    count = sum(map(sports.words.__contains__, folded))
    # Reduplicated plurals ("atlet-atlet", "klub-klub") are one word of the split, two of the count.
    for word in compress(folded, map(str.__contains__, folded, repeat("-"))):
        count += sum(map(sports.words.__contains__, word.split("-")))
    if count >= sports.least:
        return True
    return count + _pairs(folded, sports) >= sports.least


def _pairs(folded: Sequence[str], sports: _Sports) -> int:
    """How many two-word terms ("bulu tangkis") the words name."""
    count = 0
    nexts = folded[1:]
    for index in compress(range(len(nexts)), map(sports.firsts.__contains__, folded)):
        count += (folded[index], nexts[index]) in sports.pairs
    return count


def sports_in(words: TextWords) -> bool:
    """:func:`sports_words` of ``words.folded``, reading only the words that can count.

    Where the folded text is known, its few hyphens find the hyphenated words (a pass asking every
    word for a hyphen cost more than the rest of the count), and set tests in C rule out the usual
    article that names no term at all.
    """
    if words.casefolded is None:
        return sports_words(words.folded)
    sports, folded = _sports(), words.folded
    # the words each set holds, found by text_words when given sports_marks() (else read here)
    count = len(words.held_by(sports.words))
    for word in _hyphenated(words):
        count += sum(map(sports.words.__contains__, word.split("-")))
    if count >= sports.least:
        return True
    return bool(words.held_by(sports.firsts)) and count + _pairs(folded, sports) >= sports.least


def sports_marks() -> tuple[frozenset[str], frozenset[str]]:
    """The sets of words :func:`sports_in` counts in, for :func:`~warta.annotate.event_lexicon.text_words`."""
    return _sports().words, _sports().firsts


def _hyphenated(words: TextWords) -> list[str]:
    """The words holding a hyphen, each once: those whose span holds a hyphen of ``words.casefolded``."""
    assert words.casefolded is not None
    text = words.casefolded
    found: list[int] = []  # indices of the words, in order, each once
    at = text.find("-")
    while at >= 0:
        index = bisect_right(words.starts, at) - 1
        if index >= 0 and at < words.ends[index] and (not found or found[-1] != index):
            found.append(index)
        at = text.find("-", at + 1)
    return [words.folded[i] for i in found]


def sports_report(text: str) -> bool:
    """Whether ``text`` is a sports report: it names sport at least the set number of times."""
    return sports_words(text_words(text).folded)


__all__ = ["sports_in", "sports_marks", "sports_report", "sports_words"]
