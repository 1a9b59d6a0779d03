"""Articles whose topic rules out political events: sports reports.

Match reports and previews tell games between national teams in the words of diplomacy and war
("Indonesia kembali bertemu Korea Selatan", "Timnas menjamu Bahrain", "menolak bermain"). An article
that names sport at least ``least`` times (``resources/events/cues.toml`` ``[sports]``) is such a
report, and none of its sentences is coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, repeat

from warta.annotate.event_cues import cue_sections
from warta.annotate.event_lexicon import text_words


@dataclass(frozen=True, slots=True)
class _Sports:
    words: frozenset[str]  # one-word terms, case-folded
    pairs: frozenset[tuple[str, str]]  # two-word terms ("bulu tangkis", "ganda putra")
    firsts: frozenset[str]  # first words of the two-word terms
    least: int
    # Every one-word term and first word, when all are letters: each time a term is counted its
    # letters stand in the folded text, so the count of these substrings bounds the count of terms.
    letters: tuple[str, ...]


@cache
def _sports() -> _Sports:
    data = cue_sections()["sports"]
    terms = [tuple(term.casefold().split()) for term in data["words"]]
    pairs = frozenset((term[0], term[1]) for term in terms if len(term) == 2)
    words = frozenset(term[0] for term in terms if len(term) == 1)
    firsts = frozenset(first for first, _ in pairs)
    # A word or first word that is also the other is counted twice at one place: no bound then.
    bounded = all(w.isascii() and w.isalpha() for w in words | firsts) and not words & firsts
    return _Sports(words, pairs, firsts, int(data["least"]), tuple(sorted(words | firsts)) if bounded else ())


def sports_words(folded: Sequence[str], casefolded: str | None = None) -> bool:
    """Whether the case-folded words of an article name sport at least the set number of times.

    The event stage has the article's words already; counting them by set lookups (C-level map
    calls) costs a fraction of a regex alternation run over the whole text. ``casefolded``, the
    folded text those words stand in at their own offsets (:attr:`TextWords.casefolded`), if known.
    """
    sports = _sports()
    if casefolded is not None and sports.letters and sum(map(casefolded.count, sports.letters)) < sports.least:
        # A few substring counts in C instead of three passes over the words: a term counted below
        # is a whole word (or part of a hyphenated one) of letters, so it is also a substring there.
        return False
    count = sum(map(sports.words.__contains__, folded))
    # Reduplicated plurals ("atlet-atlet", "klub-klub") are one word of the split, two of the count.
    for word in compress(folded, map(str.__contains__, folded, repeat("-"))):
        count += sum(map(sports.words.__contains__, word.split("-")))
    if count >= sports.least:
        return True
    nexts = folded[1:]
    for index in compress(range(len(nexts)), map(sports.firsts.__contains__, folded)):
        count += (folded[index], nexts[index]) in sports.pairs
    return count >= sports.least


def sports_report(text: str) -> bool:
    """Whether ``text`` is a sports report: it names sport at least the set number of times."""
    return sports_words(text_words(text).folded)


__all__ = ["sports_report", "sports_words"]
