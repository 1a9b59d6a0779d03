"""Spans inside quotation marks, paragraph by paragraph.

Straight and curly double marks both count; single marks (‘…’ and apostrophes) are left to
the content, since in Indonesian news they mark quotes inside quotes, titles, or elisions.
A straight mark is an opener or a closer by what touches it: ``"Kami`` opens, ``kami,"``
closes. Conventions of news writing that this follows:

- a paragraph that opens a quote without closing it continues in the next paragraph if that
  one opens with a quote mark (one quotation over several paragraphs);
- a paragraph with a closing mark but no opening one is quoted from its start to the mark;
- a mark inside an open quote that opens again starts a quote inside the quote, kept as
  part of the outer one.

Doubts (unbalanced or nested marks) are returned as :class:`~warta.types.Problem` entries.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from warta.quick_init import quick_init
from warta.types import Problem, Span

STAGE = "quotes.rules.v1"

_MARKS = "\"“”„«»"
_OPENERS = "“„«"
_CLOSERS = "”»"
_BEFORE_OPEN = "([{—–-/:"
_AFTER_CLOSE = ".,;:!?)]}—–-…"

Side = Literal["open", "close", "either"]


@quick_init
@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Words between quotation marks.

    ``content`` excludes the marks and surrounding spaces; ``open_mark``/``close_mark`` are
    the marks' offsets, ``None`` when the text lacks one (an unbalanced quote).
    """

    content: Span
    open_mark: int | None
    close_mark: int | None
    paragraphs: int = 1

    @property
    def outer(self) -> Span:
        start = self.content.start if self.open_mark is None else self.open_mark
        end = self.content.end if self.close_mark is None else self.close_mark + 1
        return Span(start, end)


def _side(text: str, index: int, lo: int, hi: int) -> Side:
    before = text[index - 1] if index > lo else " "
    after = text[index + 1] if index + 1 < hi else " "
    left = before.isspace() or before in _BEFORE_OPEN
    right = after.isspace() or after in _AFTER_CLOSE
    char = text[index]
    if char in _OPENERS:
        return "open"
    if char in _CLOSERS:
        # Some editors type ” for both marks; one touching a word on its right opens.
        return "open" if left and not right else "close"
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _problem(code: str, message: str, span: Span) -> Problem:
    return Problem(STAGE, code, message, span)


@dataclass
class _Scanner:
    """Walks the marks of one article; state carries across paragraph breaks."""

    text: str
    found: list[QuotedSpan]
    problems: list[Problem]
    open_at: int | None = None  # offset of the opening mark of the current quote
    depth: int = 0
    paragraphs: int = 1
    para_end: int = 0  # end of the last paragraph scanned

    def paragraph(self, para: Span, positions: list[int]) -> None:
        """Read the marks of ``para``; ``positions`` are every mark's offset in the text, in order."""
        inside = positions[bisect_left(positions, para.start) : bisect_left(positions, para.end)]
        marks = [(position, _side(self.text, position, para.start, para.end)) for position in inside]
        if self.depth:
            marks = self._continue(para, marks)
        closed_before = False
        for position, side in marks:
            closed_before |= self._mark(para, position, side, closed_before)
        self.para_end = para.end

    def _continue(self, para: Span, marks: list[tuple[int, Side]]) -> list[tuple[int, Side]]:
        first = _trimmed(self.text, para.start, para.end).start
        if marks and marks[0][0] == first and marks[0][1] != "close":
            self.paragraphs += 1
            return marks[1:]  # the continuation mark, not a new quote
        self.finish_unclosed()
        return marks

    def _mark(self, para: Span, position: int, side: Side, closed_before: bool) -> bool:
        if side == "either":
            side = "close" if self.depth else "open"
        if side == "open":
            self._open(position)
            return False
        if self.depth == 0:
            return self._stray_close(para, position, closed_before)
        self.depth -= 1
        if self.depth == 0 and self.open_at is not None:
            content = _trimmed(self.text, self.open_at + 1, position)
            self.found.append(QuotedSpan(content, self.open_at, position, self.paragraphs))
            self.open_at, self.paragraphs = None, 1
        return True

    def _open(self, position: int) -> None:
        if self.depth == 0:
            self.open_at = position
        else:
            mark = Span(position, position + 1)
            self.problems.append(_problem("nested_quote", "a quotation inside a quotation", mark))
        self.depth += 1

    def _stray_close(self, para: Span, position: int, closed_before: bool) -> bool:
        mark = Span(position, position + 1)
        if closed_before or not self.text[para.start : position].strip():
            self.problems.append(_problem("stray_quote_mark", "a closing quote mark with nothing to close", mark))
            return False
        self.problems.append(_problem("unbalanced_quote", "closing quote mark without an opening one", mark))
        self.found.append(QuotedSpan(_trimmed(self.text, para.start, position), None, position))
        return True

    def finish_unclosed(self) -> None:
        if self.open_at is None:
            return
        content = _trimmed(self.text, self.open_at + 1, self.para_end)
        mark = Span(self.open_at, self.open_at + 1)
        self.problems.append(_problem("unclosed_quote", "opening quote mark never closed", mark))
        if content.end > content.start:
            self.found.append(QuotedSpan(content, self.open_at, None, self.paragraphs))
        self.open_at, self.depth, self.paragraphs = None, 0, 1


def _mark_positions(text: str) -> list[int]:
    """The offsets of every quotation mark, in order: one ``str.find`` per mark (memchr in C)
    costs less than a regex scan over every character, and most articles hold few or no marks."""
    found = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def quoted_spans(text: str, paragraphs: tuple[Span, ...]) -> tuple[tuple[QuotedSpan, ...], tuple[Problem, ...]]:
    """Every quoted span of ``text`` (in order) and the doubts met while pairing marks."""
    positions = _mark_positions(text)
    if not positions:
        return (), ()
    scanner = _Scanner(text, [], [])
    for para in paragraphs or (Span(0, len(text)),):
        # Outside a quote, a paragraph without marks changes nothing: most are skipped so.
        if scanner.depth or bisect_left(positions, para.start) < bisect_left(positions, para.end):
            scanner.paragraph(para, positions)
    scanner.finish_unclosed()
    return tuple(scanner.found), tuple(scanner.problems)

