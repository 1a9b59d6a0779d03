"""Fast regular expressions for long lists of literal phrases.

``re`` tries the branches of ``a|b|c|...`` one after another at every position, so a flat
alternation of a hundred phrases costs a hundred failed comparisons per character of text.
Folded into a trie (``menteri(?: luar negeri| pertahanan)?``) a position costs one
comparison per character it shares with some phrase.

At one position every phrase that matches is a prefix of the same stretch of text, and the
trie tries longer continuations before stopping, so the match is the longest phrase that
matches there: the same as a flat alternation sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import AnyStr

try:
    from warta import _native
except ImportError:  # built without the compiled core: the twin below
    _native = None  # type: ignore[assignment]

_END = ""  # trie key marking that a phrase ends at this node


def longest_first(phrases: Iterable[str], ignore_case: bool = False, space: str | None = None) -> str:
    """A regex source matching the longest of ``phrases`` (literals) at a position.

    Equivalent to ``"|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))``;
    with ``space`` (for example ``r"\\s+"``) each space in a phrase stands for that regex.
    With ``ignore_case`` the pattern must be compiled with ``re.IGNORECASE``; phrases are
    folded before building the trie so that case variants share one branch (a branch chosen
    for its case could otherwise hide a longer phrase spelled in another case).
    """
    words = set(phrases)
    if ignore_case:
        if not all(w.isascii() for w in words):  # regex case folding beyond ASCII is not str.lower
            return "|".join(_escape(w, space) for w in sorted(words, key=len, reverse=True))
        words = {w.lower() for w in words}
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _source(trie, space) if trie else "(?!)"


def _escape(text: str, space: str | None) -> str:
    escaped = re.escape(text)
    return escaped.replace(r"\ ", space) if space is not None else escaped


def _source(node: dict[str, dict], space: str | None) -> str:  # type: ignore[type-arg]
    """The regex of a trie node: its branches, optional when a phrase may also end here."""
    branches = [_escape(char, space) + _source(child, space) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if _END in node else body


# Characters that re.IGNORECASE matches to an ASCII letter but str.lower() leaves alone
# (dotless i, long s): a text holding one is searched with the folding pattern.
_FOLD_ONLY = ("\u0131", "\u017f")
# Up to this many distinct first letters, jumping between them beats jumping between words.
_FEW_FIRST_LETTERS = 6
# Up to this many distinct first words, substring tests for them come before the scan.
_FEW_FIRST_WORDS = 24
# The bytes of ASCII characters that ``re`` reads as \W, to spaces: in a translated ASCII text
# each run of \w characters stands alone between spaces, at its own offsets (bytes.translate
# reads a flat table, where str.translate looks each character up in a dict).
_NON_WORD_BYTES_TO_SPACE = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))


@dataclass(frozen=True, slots=True)
class WordPhrases:
    """A case-insensitive finder of whole-word literal phrases (ASCII), fast on long texts.

    ``re.IGNORECASE`` folds every character it compares, and a pattern that starts with a
    look-behind is tried at every position. Here the text is lowered once and the pattern
    starts with a character class (the phrases' first letters, or a non-word character), so
    ``re`` skips in C to the few positions where a phrase can start. ``lower()`` keeps the
    offsets whenever it keeps the text's length; the rare text where it does not, or that
    holds a character only ``re`` folds, is searched with the plain folding pattern.
    """

    folding: re.Pattern[str]
    lowered: re.Pattern[str] | None  # over " " + text.lower(), the phrase in group 1; None: always fold
    # The phrases' distinct first words, when few: a text holding none of them holds no phrase,
    # and a few substring tests cost less than one scan.
    first_words: tuple[str, ...] = ()
    # The phrases' leading runs of \w characters, when ``lowered`` starts with the non-word
    # character before a phrase and the first words are many: an ASCII text is then searched
    # only where one of these stands (see :meth:`_spans_at_leads`).
    leads: frozenset[str] = frozenset()
    lead_bytes: frozenset[bytes] = frozenset()  # ``leads`` encoded, for the search over an ASCII text's bytes

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of each phrase in ``text``, left to right, longest at a position."""
        ascii_text = text.isascii()  # an ASCII text holds no character only re folds: no search for them
        if self.lowered is None or (not ascii_text and any(map(text.__contains__, _FOLD_ONLY))):
            return [m.span() for m in self.folding.finditer(text)]
        if self.leads and ascii_text:
            return self._spans_at_leads(text)
        lowered = " " + text.lower()
        if len(lowered) != len(text) + 1:
            return [m.span() for m in self.folding.finditer(text)]
        if self.first_words and not any(map(lowered.__contains__, self.first_words)):  # C-level: no generator
            return []
        return [(m.start(1) - 1, m.end(1) - 1) for m in self.lowered.finditer(lowered)]

    def _spans_at_leads(self, text: str) -> list[tuple[int, int]]:
        """:meth:`spans` of an ASCII text, trying ``lowered`` only before a phrase's leading word.

        The scan tried the pattern after every non-word character (one in six of the text); a
        phrase can only match where its leading \\w run is a whole run of the text, and one C-level
        split and set intersection say which of those stand in it (most texts: one or two).
        """
        assert self.lowered is not None  # always set where leads are
        starts = lead_offsets(text, self.lead_bytes)
        if not starts:
            return []
        lowered = " " + text.lower()  # at a lead's offset stands the non-word character before it
        out: list[tuple[int, int]] = []
        resume = 0  # like finditer, a match starts at or after the end of the one before
        for at in starts:
            match = self.lowered.match(lowered, at) if at >= resume else None
            if match is not None:
                out.append((match.start(1) - 1, match.end(1) - 1))
                resume = match.end()
        return out


def lead_offsets(text: str, leads: frozenset[bytes]) -> list[int]:
    """The offsets in ASCII ``text`` where a whole run of \\w characters starts whose lower case
    is one of ``leads``, in order. The compiled pass hashes each run where it stands and makes
    an object only of the few the leads' word filter lets through (a split makes one of every word)."""
    if _native is not None:
        return _native.phrase_leads(text, leads, _lead_filter(leads))
    return lead_offsets_twin(text, leads)


@cache
def _lead_filter(leads: frozenset[bytes]) -> bytes:
    """The compiled core's word filter of ``leads`` (built once per set: a frozenset keeps its hash)."""
    return _native.word_filter((frozenset(lead.decode("ascii") for lead in leads),))


def lead_offsets_twin(text: str, leads: frozenset[bytes]) -> list[int]:
    """:func:`lead_offsets` in Python: one C-level split and set intersection say which leads
    stand in the text (most texts: one or two), find() calls where."""
    runs = b" " + text.lower().encode("ascii").translate(_NON_WORD_BYTES_TO_SPACE) + b" "
    present = leads.intersection(runs.split())
    # The space before a run of runs[1:] stands at the run's own offset in text.
    return sorted(chain.from_iterable(occurrences(runs, b" " + lead + b" ") for lead in present))


def occurrences(text: AnyStr, needle: AnyStr, start: int = 0, end: int | None = None) -> list[int]:
    """Every offset of ``needle`` in ``text[start:end]`` (offsets into ``text``), overlapping
    ones included: C-level find() calls, where a regex would be tried at every character."""
    stop = len(text) if end is None else end
    found = []
    at = text.find(needle, start, stop)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1, stop)
    return found


def word_phrases(phrases: Iterable[str]) -> WordPhrases:
    """A :class:`WordPhrases` for ``phrases``: ``(?<!\\w)(?:phrases)(?!\\w)``, case ignored."""
    given = {p for p in phrases if p}
    folding = re.compile(r"(?<!\w)(?:" + longest_first(given, ignore_case=True) + r")(?!\w)", re.IGNORECASE)
    if not given or not all(p.isascii() and re.match(r"\w", p) for p in given):
        return WordPhrases(folding, None)
    words = {p.lower() for p in given}
    first_words = {word.split(" ")[0] for word in words}
    few = tuple(sorted(first_words)) if len(first_words) <= _FEW_FIRST_WORDS else ()
    by_leads = not few and _jumps_between_words(words)
    leads = frozenset(re.split(r"\W", word, maxsplit=1)[0] for word in words) if by_leads else frozenset()
    lead_bytes = frozenset(lead.encode("ascii") for lead in leads)
    return WordPhrases(folding, re.compile(_lowered_source(words)), few, leads, lead_bytes)


def _jumps_between_words(words: set[str]) -> bool:
    """Whether the phrases start with so many letters that :func:`_lowered_source` starts with
    the non-word character before a phrase (not with the phrase's first letter)."""
    return len({word[0] for word in words}) > _FEW_FIRST_LETTERS


def _lowered_source(words: set[str]) -> str:
    """The case-sensitive pattern over " " + lowered text (every phrase starts with a word character)."""
    by_first: dict[str, set[str]] = {}
    for word in words:
        by_first.setdefault(word[0], set()).add(word[1:])
    if _jumps_between_words(words):
        # The non-word character before the phrase is consumed (the padding space at the start).
        return r"\W(" + longest_first(words) + r")(?!\w)"
    branches = []
    for first, rests in sorted(by_first.items()):
        rest = longest_first(rests - {""}) if rests - {""} else ""
        optional = "?" if "" in rests and rest else ""
        # The first letter is matched, then the character before it is checked not to be a word's.
        branches.append(re.escape(first) + r"(?<!\w.)" + (f"(?:{rest}){optional}" if rest else ""))
    return "(" + "|".join(branches) + r")(?!\w)"


def last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The lower-cased last words of ``phrases``, for cheap tests such as :func:`may_end_with`."""
    return tuple(sorted({p.rsplit(" ", 1)[-1].lower() for p in phrases if p}))


def may_end_with(window: str, words: tuple[str, ...]) -> bool:
    """A cheap necessary test for ``(?<!\\w)(?:phrases)\\s+$`` (case ignored) to match in
    ``window``: its text ends, before trailing spaces, with one of the phrases' last ``words``.
    A window beyond ASCII is always searched (``re`` folds some letters ``lower()`` keeps)."""
    return not window.isascii() or window.rstrip().lower().endswith(words)
