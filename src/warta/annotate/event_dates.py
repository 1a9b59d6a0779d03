"""The day an event happened, from the article's time expressions.

Only day-precise values count: an event "pada Mei" has no day, and a month is not a date.
In order: the time expression of the trigger's clause nearest to the trigger; else one
elsewhere in its sentence; else, for words inside a quotation, the date of the sentence that
attributes it; else, for an event in the lead paragraph, the lead's date (the first day named
in the lead, else the publication date, else the first day named in the opening paragraphs).

An event with no day of its own is dated by the next sentence when that sentence tells the same act again
("... menandatangani nota kesepahaman. Penandatanganan dilakukan pada 30 Januari 2024.", "Hal tersebut
disampaikan ... pada Rabu": see event_sequel), and, in the paragraphs that go on with a lead naming its
day, by the lead's day (see :func:`lead_continuation`).

Statements (verbal events: accusations, demands, promises, ...) are dated by when they were
made, which a news report states once and then leaves implicit: with no date of their own they
take the latest day named earlier in their paragraph (in a quotation: in the three sentences
before it), else the lead's date. Material events (a troop deployment, an attack) are not
guessed that way: the story's day is not theirs.

A day in a backstory clause ("... tewas sejak Israel memperbarui serangannya pada 3 Maret")
dates only the event of that clause: not the rest of its sentence, not the lead, and no later
statement.

A day that ends a span ("masih berkecamuk hingga Sabtu") dates no event: it was under way until then.

A month, week or year in the trigger's clause ("serangan ... tahun 2023 lalu", "membombardir Iran
pada bulan Februari") says when the event happened as finely as the text allows: no day from
elsewhere (the sentence, the lead, an earlier statement) that falls outside it dates the event.

The lead is the first paragraph; a page whose paragraph breaks were lost has one paragraph for
the whole article, so a first paragraph of many sentences leads only up to the sentence naming
its first day. The lead's date is the day "hal itu disampaikan ... pada <day>" gives, else its
first day. A sentence opening on an occasion told before ("Dalam percakapan tersebut, ...",
"Pada kesempatan itu, ...") happened on the latest day named before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from warta.annotate.event_cues import cue_sections, cues
from warta.types import Analysis, Quote, Span, TimeExpr

_COARSE = frozenset({"week", "month", "year"})
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_LEAD_SENTENCES = 5  # more in a first paragraph: the paragraph breaks were lost
_LEAD_UNDATED = 3  # sentences of such a lead when none of its first ones names a day
_CITED_CHARS = 80  # how far before a day its "dikutip dari X," may stand
_SAID_CHARS = 160  # how far before a day its "hal itu disampaikan" may stand
_STATEMENT_DAYS = 45  # how far from the lead's day an earlier day may still date a statement
_YANG = re.compile(r"\byang\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s")

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LEAD_PARAGRAPHS = 3
_CONTINUING_PARAGRAPHS = 2  # paragraphs after the lead that may go on with its report
_BEFORE_CHARS = 20  # how far before a time expression its "sejak"/"mulai" may stand
_VERB_CHARS = 50  # "mulai diberlakukan pada 1 Agustus": how far before a day its scheduled verb may stand
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


def coarse_timexes(timexes: Sequence[TimeExpr]) -> tuple[TimeExpr, ...]:
    """The weeks, months and years named: they bound the day of an event in their clause."""
    return tuple(t for t in timexes if t.granularity in _COARSE)


def lead_span(paragraphs: Sequence[Span], sentences: Sequence[Span], timexes: Sequence[TimeExpr]) -> Span:
    """The lead: the first paragraph, or of a first paragraph of many sentences its opening ones."""
    if not paragraphs:
        return Span(0, 0)
    first = paragraphs[0]
    inside = [s for s in sentences if first.start <= s.start < first.end]
    if len(inside) <= _LEAD_SENTENCES:
        return first
    for sentence in inside[:_LEAD_SENTENCES]:
        if any(sentence.start <= t.span.start < sentence.end for t in timexes):
            return Span(first.start, sentence.end)
    return Span(first.start, inside[_LEAD_UNDATED - 1].end)


def lead_continuation(paragraphs: Sequence[Span], lead: Span, timexes: Sequence[TimeExpr]) -> Span:
    """The paragraphs right after the lead that go on with its report, up to where another day is named.

    "Setidaknya 17 warga tewas pada Sabtu (7/6) ... . || Sumber-sumber menyebutkan, 12 orang tewas akibat
    tembakan Israel ... . || Secara terpisah, lima warga lainnya ditembak mati ...": what they tell happened on
    the lead's day, material events included, until the story moves to a day of its own. Only a lead that
    names its day ties the report to it: the publication day alone is not when the acts told happened.
    """
    after = [p for p in paragraphs if p.start >= lead.end][:_CONTINUING_PARAGRAPHS]
    if not after or not any(lead.contains(t.span) for t in timexes):
        return Span(lead.end, lead.end)
    end = min([after[-1].end, *(t.span.start for t in timexes if t.span.start >= lead.end)])
    return Span(lead.end, max(lead.end, end))


def continues_lead(text: str, continuation: Span, trigger: Span, sentence: Span) -> bool:
    """Whether ``trigger`` lies in the lead's continuation in a sentence that does not tell of an earlier time."""
    if not continuation.contains(trigger):
        return False
    said = _WORD.findall(text[sentence.start : sentence.end].casefold())
    return not cues().earlier.intersection(said)


def lead_date(analysis: Analysis, timexes: Sequence[TimeExpr], lead: Span | None = None) -> str | None:
    paragraphs = analysis.article.paragraphs
    text = analysis.text
    timexes = [t for t in timexes if _inheritable(text, t)]
    lead = lead if lead is not None else (paragraphs[0] if paragraphs else None)
    if lead is not None:
        said = [t for t in timexes if lead.contains(t.span) and _said_on(text, t)]
        in_lead = said[0].value if said else _nearest(timexes, Span(lead.start, lead.start), lead)
        if in_lead:
            return in_lead
    published = analysis.article.published
    if published and _DAY.match(published):
        return published[:10]
    opening = paragraphs[: _LEAD_PARAGRAPHS]
    if opening:
        end = lead.end if lead is not None and lead != paragraphs[0] else opening[-1].end  # a long one holds them
        return _nearest(timexes, Span(opening[0].start, opening[0].start), Span(opening[0].start, end))
    return None


def _said_on(text: str, timex: TimeExpr) -> bool:
    """"Hal itu disampaikan Trump ... hari Rabu (27/5)": the day a statement told before was made."""
    window = _SENTENCE_END.split(text[max(0, timex.span.start - _SAID_CHARS) : timex.span.start])[-1]
    return cues().said_on.search(window) is not None


def bounded(day: str | None, trigger: Span, clause: Span, coarse: Sequence[TimeExpr], text: str) -> str | None:
    """``day``, unless a week, month or year in ``clause`` says the event happened outside it.

    Not one describing the subject before the trigger ("Lee, yang baru terpilih pada Juni lalu, berjanji ...").
    """
    if day is None:
        return None
    bounds = [t.value for t in coarse if clause.contains(t.span) and not _describes_subject(text, clause, trigger, t)]
    return day if not bounds or any(_holds(value, day) for value in bounds) else None


def _describes_subject(text: str, clause: Span, trigger: Span, timex: TimeExpr) -> bool:
    if timex.span.start >= trigger.start:
        return False
    segment = text[clause.start : timex.span.start].rsplit(",", 1)[-1]
    return _YANG.search(segment) is not None


def _holds(value: str, day: str) -> bool:
    week = _WEEK.fullmatch(value)
    if week is None:
        return day.startswith(value)
    year, number, _ = date.fromisoformat(day[:10]).isocalendar()
    return (year, number) == (int(week.group(1)), int(week.group(2)))


def occasion_date(text: str, sentence: Span, timexes: Sequence[TimeExpr]) -> str | None:
    """The latest day named before a sentence that opens on an occasion told before ("Dalam pertemuan itu, ...")."""
    if cues().occasion.match(text, sentence.start) is None:
        return None
    return _latest_before(text, timexes, sentence.start, 0)


def event_date(
    trigger: Span,
    clause: Span,
    sentence: Span,
    timexes: Sequence[TimeExpr],
    quote: Quote | None,
    quote_sentences: Span | None,
    lead: tuple[Span, str | None],
    text: str = "",
    coarse: Sequence[TimeExpr] = (),
    days: Sequence[TimeExpr] | None = None,
) -> str | None:
    """The date of an event whose trigger is ``trigger`` (see the module docstring for the order).

    ``days``, the :func:`dating_days` of ``timexes`` and ``text`` when the caller has them already.
    """
    timexes = dating_days(timexes, text) if days is None else days
    return _nearest(timexes, trigger, clause) or bounded(
        _unbounded_date(trigger, sentence, timexes, quote, quote_sentences, lead, text), trigger, clause, coarse, text
    )


def dating_days(timexes: Sequence[TimeExpr], text: str = "") -> list[TimeExpr]:
    """The days that may date an event: not the end of a span ("hingga Sabtu"); the same for every event of an
    article."""
    return [t for t in timexes if not (text and _until(text, t))]


def _until(text: str, timex: TimeExpr) -> bool:
    """"masih berkecamuk hingga Sabtu (14/6)": the end of a span, not the day the event happened."""
    before = _WORD.findall(text[max(0, timex.span.start - _BEFORE_CHARS) : timex.span.start].casefold())
    return bool(before) and before[-1] in cues().until


def _unbounded_date(
    trigger: Span,
    sentence: Span,
    timexes: Sequence[TimeExpr],
    quote: Quote | None,
    quote_sentences: Span | None,
    lead: tuple[Span, str | None],
    text: str,
) -> str | None:
    found = _nearest(_main(timexes, sentence, text), trigger, sentence)
    if found:
        return found
    if quote is not None and quote_sentences is not None:
        found = _nearest(timexes, quote.cue or quote.span, quote_sentences)
        if found:
            return found
    lead_span, day = lead
    if lead_span.contains(trigger):
        return day
    return occasion_date(text, sentence, timexes) if text else None


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
    folded = window.casefold()  # holds the casefold of every stretch of the window
    if not any(word in folded for word in cues().backstory):
        return False  # no opener can be a "sejak": the barrier scan below, at every character, is not needed
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
    return not _scheduled_by_verb(text, timex) and not _backstory(text, timex)


def _scheduled_by_verb(text: str, timex: TimeExpr) -> bool:
    """"akan mulai diberlakukan pada 1 Agustus": a scheduling word before the verb the day is attached to."""
    before = _WORD.findall(text[max(0, timex.span.start - _VERB_CHARS) : timex.span.start].casefold())
    while before and before[-1] in _scheduled_gap():
        before.pop()
    if not before or not before[-1].startswith("di"):
        return False
    return bool(before[:-1]) and before[-2] in cues().not_inherited


@cache
def _scheduled_gap() -> frozenset[str]:
    return frozenset(cue_sections()["dates"]["scheduled_gap"])


def statement_date(
    trigger: Span,
    paragraph: Span,
    quote_floor: int | None,
    timexes: Sequence[TimeExpr],
    lead: str | None,
    text: str = "",
    days: tuple[list[TimeExpr], list[TimeExpr]] | None = None,
) -> str | None:
    """The date of a statement with no date in its own sentence (see the module docstring).

    A day the report was quoted on ("dikutip dari X, Jumat") gives way to another day named before
    the statement. A day weeks away from the lead's is backstory ("serangan ... pada 7 Oktober 2023"), not when the
    statement reported was made. ``days``, the :func:`statement_days` of ``timexes``, ``lead`` and ``text``
    when the caller has them already.
    """
    floor = paragraph.start if quote_floor is None else min(paragraph.start, quote_floor)
    near, own = statement_days(timexes, lead, text) if days is None else days
    return _latest_before(text, own, trigger.start, floor) or _latest_before(text, near, trigger.start, floor) or lead


def statement_days(
    timexes: Sequence[TimeExpr], lead: str | None, text: str = ""
) -> tuple[list[TimeExpr], list[TimeExpr]]:
    """The days a statement may be dated by (those near the lead's), and those of them that are not the day a
    report was quoted on: the same for every statement of an article."""
    near = [t for t in timexes if lead is None or _near(t.value, lead)]
    return near, [t for t in near if not (text and _cited_on(text, t))]


def _cited_on(text: str, timex: TimeExpr) -> bool:
    """"dikutip dari YouTube Sekretariat Presiden, Jumat (29/5/2026)": the day a report was quoted on, which
    dates a statement only when no day of its own was named before it."""
    window = _SENTENCE_END.split(text[max(0, timex.span.start - _CITED_CHARS) : timex.span.start])[-1]
    return cues().cited_on.search(window) is not None


def _near(day: str, lead: str) -> bool:
    return abs((date.fromisoformat(day[:10]) - date.fromisoformat(lead[:10])).days) <= _STATEMENT_DAYS
