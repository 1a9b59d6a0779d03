"""The day an event happened, from the article's time expressions.

Only day-precise values count: an event "pada Mei" has no day, and a month is not a date.
In order: the time expression of the trigger's clause nearest to the trigger; else one
elsewhere in its sentence; else, for words inside a quotation, the date of the sentence that
attributes it; else, for an event in the lead paragraph, the lead's date (the first day named
in the lead, else the publication date, else the first day named in the opening paragraphs).

Statements (verbal events: accusations, demands, promises, ...) are dated by when they were
made, which a news report states once and then leaves implicit: with no date of their own they
take the latest day named earlier in their paragraph (in a quotation: in the three sentences
before it), else the lead's date. Material events (a troop deployment, an attack) are not
guessed that way: the story's day is not theirs.

A day in a backstory clause ("... tewas sejak Israel memperbarui serangannya pada 3 Maret")
dates only the event of that clause: not the rest of its sentence, not the lead, and no later
statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.annotate.event_cues import cues
from warta.types import Analysis, Quote, Span, TimeExpr

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LEAD_PARAGRAPHS = 3
_BEFORE_CHARS = 20  # how far before a time expression its "sejak"/"mulai" may stand
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_CHARS = 200  # how far back the connective opening a day's clause is looked for
_CLAUSE_END = re.compile(r"[.!?;,]\s")  # a clause does not reach back across these
# First words of a clause with no subject of its own: a verb ("sejak dimulai") or the day's preposition.
_NO_SUBJECT = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}|pada|tanggal|hari")
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def day_timexes(timexes: Sequence[TimeExpr]) -> tuple[TimeExpr, ...]:
    return tuple(t for t in timexes if t.granularity == "day" and _DAY.fullmatch(t.value))


def _nearest(timexes: Sequence[TimeExpr], span: Span, within: Span) -> str | None:
    inside = [t for t in timexes if within.contains(t.span)]
    if not inside:
        return None
    return min(inside, key=lambda t: min(abs(t.span.start - span.end), abs(span.start - t.span.end))).value


def lead_date(analysis: Analysis, timexes: Sequence[TimeExpr]) -> str | None:
    paragraphs = analysis.article.paragraphs
    timexes = [t for t in timexes if _inheritable(analysis.text, t)]
    if paragraphs:
        in_lead = _nearest(timexes, Span(paragraphs[0].start, paragraphs[0].start), paragraphs[0])
        if in_lead:
            return in_lead
    published = analysis.article.published
    if published and _DAY.match(published):
        return published[:10]
    opening = paragraphs[: _LEAD_PARAGRAPHS]
    if opening:
        return _nearest(timexes, Span(opening[0].start, opening[0].start), Span(opening[0].start, opening[-1].end))
    return None


def event_date(
    trigger: Span,
    clause: Span,
    sentence: Span,
    timexes: Sequence[TimeExpr],
    quote: Quote | None,
    quote_sentences: Span | None,
    lead: tuple[Span, str | None],
    text: str = "",
) -> str | None:
    """The date of an event whose trigger is ``trigger`` (see the module docstring for the order)."""
    found = _nearest(timexes, trigger, clause) or _nearest(_main(timexes, sentence, text), trigger, sentence)
    if found:
        return found
    if quote is not None and quote_sentences is not None:
        found = _nearest(timexes, quote.cue or quote.span, quote_sentences)
        if found:
            return found
    lead_span, date = lead
    return date if lead_span.contains(trigger) else None


def _main(timexes: Sequence[TimeExpr], sentence: Span, text: str) -> list[TimeExpr]:
    """The days of a sentence that may date an event outside their own clause: none of a backstory clause."""
    return [t for t in timexes if sentence.contains(t.span) and not (text and _backstory(text, t))]


def _backstory(text: str, timex: TimeExpr) -> bool:
    """Whether ``timex`` stands in a "sejak" clause with a subject of its own: the day of that clause's event only.

    "sejak Israel memperbarui serangannya pada 3 Maret" tells another event; "perang ... sejak Kamis"
    and "sejak dimulai pada Jumat" give the start of the event they follow.
    """
    start = max(0, timex.span.start - _CLAUSE_CHARS)
    window = _CLAUSE_END.split(text[start : timex.span.start])[-1]
    openers = list(cues().barriers.finditer(window))
    if not openers or openers[-1].group().casefold() not in cues().backstory:
        return False
    between = _WORD.findall(window, openers[-1].end())
    return len(between) >= 2 and not _NO_SUBJECT.fullmatch(between[0].casefold())


def _latest_before(text: str, timexes: Sequence[TimeExpr], position: int, floor: int) -> str | None:
    before = [t for t in timexes if floor <= t.span.start and t.span.end <= position and _inheritable(text, t)]
    return before[-1].value if before else None


def _inheritable(text: str, timex: TimeExpr) -> bool:
    """Whether a day may date other statements: not a scheduled day nor the start of a span."""
    context = text[max(0, timex.span.start - _BEFORE_CHARS) : timex.span.end].casefold()
    if cues().not_inherited.intersection(_WORD.findall(context)[-(len(timex.text.split()) + 1) :]):
        return False
    return not _backstory(text, timex)


def statement_date(
    trigger: Span,
    paragraph: Span,
    quote_floor: int | None,
    timexes: Sequence[TimeExpr],
    lead: str | None,
    text: str = "",
) -> str | None:
    """The date of a statement with no date in its own sentence (see the module docstring)."""
    floor = paragraph.start if quote_floor is None else min(paragraph.start, quote_floor)
    return _latest_before(text, timexes, trigger.start, floor) or lead
