"""Time expressions: every day, week, month or year an article names, as an ISO value.

Relative expressions ("pekan lalu", "pada Selasa", "awal bulan ini") are resolved against an
anchor: the publication date when the article states one; else, for words relative to now
("dua hari lalu", "kemarin", "pekan lalu"), the latest date the report gives with its weekday
("kata X, Sabtu (26/7/2025)"), and for the others the nearest full date the
text states before the expression ("Kamis (26/10/2023)" in the lead anchors a later "pekan
lalu"), or the first one for expressions that come before any. Each
:class:`~warta.types.TimeExpr` says which anchor it used ("published" or "text:<offset>").

Finding is :mod:`warta.annotate.timex_patterns`; the resolution rules are documented in
:mod:`warta.annotate.timex_resolve`. Expressions that cannot be given a value (31/02, "beberapa
hari lalu", a relative one with no anchor at all) become :class:`~warta.types.Problem` entries.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date

from warta.annotate.timex_lexicon import lexicon
from warta.annotate.timex_patterns import Reading, Rejected, readings
from warta.annotate.timex_resolve import resolve
from warta.pipeline import stage
from warta.types import Analysis, Problem, Span, TimeExpr

STAGE_NAME = "time.rules.v1"
PUBLISHED = "published"


def parse_published(published: str | None) -> date | None:
    """The calendar date of an ISO date or date-time (its local date, offset ignored)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _text_anchors(found: Sequence[Reading | Rejected]) -> list[tuple[int, date]]:
    """Full dates the text states, by offset: the anchors when no publication date is known."""
    out = []
    for item in found:
        day = item.explicit_day if isinstance(item, Reading) else None
        if day is not None:
            out.append((item.span.start, day))
    return out


def _reporting_anchor(found: Sequence[Reading | Rejected]) -> tuple[date, str] | None:
    """The latest reporting date ("kata X, Sabtu (26/7/2025)"): what "now" is in a report
    without a publication date. Scheduled dates ("mulai Rabu (4/6/2025)") are not "now"."""
    dated = [
        (day, item.span.start)
        for item in found
        if isinstance(item, Reading) and item.weekday is not None and not item.future
        for day in (item.explicit_day,)
        if day is not None
    ]
    if not dated:
        return None
    day, offset = max(dated, key=lambda pair: (pair[0], -pair[1]))
    return day, f"text:{offset}"


def _anchor_for(start: int, anchors: list[tuple[int, date]]) -> tuple[date, str] | None:
    """The nearest anchor before ``start``, else the first one in the text."""
    if not anchors:
        return None
    index = bisect_left(anchors, start, key=lambda pair: pair[0])
    offset, day = anchors[index - 1] if index else anchors[0]
    return day, f"text:{offset}"


def _text_anchor(
    item: Reading, now: tuple[date, str] | None, anchors: list[tuple[int, date]]
) -> tuple[date, str] | None:
    """What a reading without a publication date resolves against: words relative to now
    count from the reporting date (and so does a weekday said to be last, this or next: "Jumat
    lalu" is the Friday before the report, not before a date told earlier); "hari ini",
    "kemarin", "dua hari lalu" need that day
    exactly, so with no reporting date they stay unresolved rather than count from a
    backstory date ("sejak ... pada 3 Maret"). Other readings take the nearest stated date."""
    if now is not None and (item.kind == "relative" or (item.kind == "weekday" and item.shift is not None)):
        return now
    if item.kind == "relative" and item.unit == "day":
        return None
    return _anchor_for(item.span.start, anchors)


def _problem(code: str, message: str, item: Reading | Rejected, text: str) -> Problem:
    return Problem(STAGE_NAME, code, f"{message}: {item.span.of(text)!r}", item.span)


def _timex(item: Reading, text: str, anchor: tuple[date, str] | None) -> TimeExpr | Problem:
    day, source = anchor if anchor else (None, None)
    resolved = resolve(item, day, source == PUBLISHED)
    if resolved is None:
        reason = "no date exists for it near the anchor" if day else "no anchor date to resolve it against"
        return _problem("timex.unresolved", reason, item, text)
    if not resolved.relative:
        day, source = None, None
    return TimeExpr(
        span=item.span,
        text=item.span.of(text),
        value=resolved.value,
        granularity=resolved.granularity,
        anchor=day.isoformat() if day else None,
        anchor_source=source,
    )


def _weekday_problem(item: Reading, timex: TimeExpr, text: str) -> Problem | None:
    """A stated weekday that the date does not fall on ("Kamis (27/5)" on a Wednesday)."""
    if item.kind != "date" or item.weekday is None or timex.granularity != "day":
        return None
    if date.fromisoformat(timex.value).weekday() == item.weekday:
        return None
    return _problem("timex.weekday_mismatch", f"{timex.value} is not the weekday named", item, text)


def _year_problem(item: Reading, text: str) -> Problem | None:
    if item.stated_year is None or item.year is None:
        return None
    message = f"the weekday fits {item.year}, not the {item.stated_year} written; read as {item.year}"
    return _problem("timex.year_corrected", message, item, text)


@dataclass(frozen=True, slots=True)
class _Scan:
    timexes: tuple[TimeExpr, ...]
    problems: tuple[Problem, ...]
    scheduled: frozenset[Span]  # expressions announced ahead ("akan", "mulai", "mendatang")


def _scheduled(item: Reading) -> bool:
    return item.future or item.shift == 1 or (item.week or 0) > 0 or (item.kind == "relative" and item.offset > 0)


def _stated_year_kept(item: Reading | Rejected, anchor: date | None) -> Reading | Rejected:
    """A publication date settles a year correction: the year as written stands when it is
    the nearer one (the weekday is then the slip)."""
    if anchor is None or not isinstance(item, Reading) or item.stated_year is None:
        return item
    stated = item.on(item.stated_year)
    fixed = item.explicit_day
    if stated is None or fixed is None or abs((stated - anchor).days) > abs((fixed - anchor).days):
        return item
    return dataclasses.replace(item, year=item.stated_year, stated_year=None)


def _year_typed_behind(item: Reading | Rejected, now: date | None) -> Reading | Rejected:
    """ "Sabtu (14/6/2024)" in a report of June 2025, when 14 June is a Saturday in 2025: the
    year typed behind. The reading layer fixes only a year typed ahead, since with no date
    to compare a fix forward could put a report in the future; the report's own date rules
    that out, so the year after is taken when the weekday fits it, it is not after the
    report's date, and it is nearer to it than the year written."""
    if now is None or not isinstance(item, Reading) or item.weekday is None or item.stated_year is not None:
        return item
    written = item.explicit_day
    if written is None or written.weekday() == item.weekday:
        return item
    ahead = item.on(written.year + 1)
    if ahead is None or ahead.weekday() != item.weekday or ahead > now or (now - ahead) >= abs(now - written):
        return item
    return dataclasses.replace(item, year=ahead.year, stated_year=written.year)


def _scan(text: str, anchor: date | None, anchor_source: str | None) -> _Scan:
    found = [_stated_year_kept(item, anchor) for item in readings(text)]
    # Relative-to-now words ("dua hari lalu", "kemarin") count from the report's own date.
    now = _reporting_anchor(found) if anchor is None else None
    report_day = anchor or (now[0] if now else None)
    found = [_year_typed_behind(item, report_day) for item in found]
    anchors = _text_anchors(found) if anchor is None else []
    fixed = (anchor, anchor_source or PUBLISHED) if anchor is not None else None
    timexes: list[TimeExpr] = []
    problems: list[Problem] = []
    scheduled: set[Span] = set()
    for item in found:
        if isinstance(item, Rejected):
            problems.append(_problem(item.code, item.message, item, text))
            continue
        made = _timex(item, text, fixed or _text_anchor(item, now, anchors))
        if isinstance(made, Problem):
            problems.append(made)
            continue
        timexes.append(made)
        if _scheduled(item):
            scheduled.add(item.span)
        problems.extend(p for p in (_weekday_problem(item, made, text), _year_problem(item, text)) if p)
    return _Scan(tuple(timexes), tuple(problems), frozenset(scheduled))


def scan(text: str, anchor: date | None, anchor_source: str | None) -> tuple[tuple[TimeExpr, ...], tuple[Problem, ...]]:
    """Time expressions in ``text`` and the problems met finding them.

    With ``anchor`` given, every relative expression resolves against it (``anchor_source``
    ``"published"`` applies the publication-date rules for weekdays); without, against the
    text's own dates: the latest reporting date for words relative to now ("dua hari
    lalu", "kemarin"), the nearest full date before for the others.
    """
    found = _scan(text, anchor, anchor_source)
    return found.timexes, found.problems


def find_timexes(text: str, anchor: date | None, anchor_source: str | None) -> tuple[TimeExpr, ...]:
    """Time expressions in ``text`` with ISO values; see :func:`scan` for the anchor."""
    return scan(text, anchor, anchor_source)[0]


def _latest(timexes: Sequence[TimeExpr], keep: Callable[[TimeExpr], bool]) -> str | None:
    return max((t.value for t in timexes if t.granularity == "day" and keep(t)), default=None)


def _reporting_date(timex: TimeExpr) -> bool:
    """A full date written with its weekday ("Kamis (26/10/2023)"): how reports date themselves."""
    first = timex.text.split(maxsplit=1)[0] if timex.text else ""
    return timex.anchor_source is None and (first in lexicon().weekdays or first.casefold() == "hari")


def infer_published(timexes: Sequence[TimeExpr], scheduled: Collection[Span] = ()) -> str | None:
    """The latest date the text states, a floor for when it was published.

    Preference order, measured on the bulk corpus's dated articles (same day or the day
    before in 83% of those with a date, later than publication in 7%): full dates with a
    weekday, which Indonesian reports use to date their own statements; then any full date;
    then any resolved day. Scheduled events ("akan digelar 18 November", "mulai Rabu
    (4/6/2025)", the ``scheduled`` spans) are what makes the plain latest date overshoot,
    so they are left out.
    """
    if scheduled:
        timexes = [t for t in timexes if t.span not in scheduled]
    return (
        _latest(timexes, _reporting_date)
        or _latest(timexes, lambda t: t.anchor_source is None)
        or _latest(timexes, lambda t: True)
    )


@stage(STAGE_NAME, requires=("article",), provides=("timexes", "published_inferred"))
def tag_times(analysis: Analysis) -> Analysis:
    """Fill ``timexes``, and ``published_inferred`` when the article states no date."""
    published = parse_published(analysis.article.published)
    found = _scan(analysis.text, published, PUBLISHED if published else None)
    timexes, problems = found.timexes, found.problems
    if analysis.article.published and published is None:
        problems += (Problem(STAGE_NAME, "timex.bad_published", f"unreadable date {analysis.article.published!r}"),)
    inferred = None if published else infer_published(timexes, found.scheduled)
    return replace(analysis, timexes=timexes, problems=analysis.problems + problems, published_inferred=inferred)
