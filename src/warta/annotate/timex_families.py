"""The family readers: each turns one family's match of the master expression into a
:class:`~warta.annotate.timex_reading.Reading`, a rejection, a recurring time, or nothing when
the words around show it is no time expression. Not a stable API."""

from __future__ import annotations

import re
from dataclasses import replace as _with
from datetime import date
from functools import cache

from warta.annotate.timex_lexicon import Lexicon, lexicon
from warta.annotate.timex_master import _alt
from warta.annotate.timex_reading import Found, Reading, Recurring, Rejected
from warta.types import Span

# The word before a position, matched on the reversed 40 characters before it: one anchored
# match instead of a search that tries every start in the window ("([\w'’.-]+)\s*$" forwards).
_WORD_BEFORE_REVERSED = re.compile(r"\s*([\w'’.-]+)")
_WORD_AFTER = re.compile(r"\s*([\w-]+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n])[\s\"“”'‘’(\[]*$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A count of days, or a range of them: "10", "2-3" (not a year: "Piala X 2026 hari ini").
_DAY_COUNT = re.compile(r"\d{1,3}(?:[-–]\d{1,3})?")
_LAW_NUMBER = re.compile(r"(?i:nomor|nomer|no\.?)\s*\d+\s+$")
_CLAUSE_BREAK = re.compile(r"[.!?;,\n]")


def _key(words: str) -> str:
    return " ".join(words.split()).casefold()


def _word_before(text: str, start: int) -> str:
    found = _WORD_BEFORE_REVERSED.match(text[max(0, start - 40) : start][::-1])
    return found.group(1)[::-1].casefold() if found else ""


def _word_after(text: str, end: int) -> str:
    found = _WORD_AFTER.match(text, end, end + 40)
    return found.group(1).casefold() if found else ""


def _at_sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_START.search(text, max(0, start - 12), start) is not None


def _generic(text: str, start: int, lex: Lexicon) -> bool:
    """A recurring time, not one date: "setiap Senin", "tiap 17 Agustus"."""
    return _word_before(text, start) in lex.word_set("generic_before")


def _scheduled(text: str, start: int, lex: Lexicon) -> bool:
    """A date announced ahead: a future marker in its clause, or "mulai Rabu (4/6)"."""
    return _word_before(text, start) in lex.word_set("schedule_before") or _future_before(text, start, lex)


def _future_before(text: str, start: int, lex: Lexicon) -> bool:
    """A future marker among the few words before, in the same clause ("akan tiba pada Senin")."""
    window = text[max(0, start - 60) : start]
    clause = _CLAUSE_BREAK.split(window)[-1]
    return not lex.word_set("future_markers").isdisjoint(clause.casefold().split()[-6:])


@cache
def _inexact() -> re.Pattern[str]:
    words = _alt(lexicon().word_set("inexact_before"))
    return re.compile(rf"(?<![\w-])(?i:{words})\s+$")


@cache
def _chain() -> re.Pattern[str]:
    joiners = _alt(lexicon().word_set("chain"))
    return re.compile(rf"[\s,]*(?:(?i:{joiners})[\s,]*)?")


def _chained(text: str, start: int, last_end: int | None) -> bool:
    """Only a joiner since the previous expression: "pada Mei dan Agustus"."""
    if last_end is None or not 0 <= start - last_end <= 16:
        return False
    return _chain().fullmatch(text, last_end, start) is not None


def _number_value(words: str, lex: Lexicon) -> int:
    """dua -> 2, dua belas -> 12, dua puluh lima -> 25, 3 -> 3."""
    parts = _key(words).split()
    if parts[0].isdigit():
        return int(parts[0])
    value = lex.numbers[parts[0]]
    if len(parts) > 1:
        value = 10 + value if lex.multipliers[parts[1]] == "teens" else 10 * value
    if len(parts) > 2:
        value += lex.numbers[parts[2]]
    return value


def _full_year(digits: str) -> int:
    # Two-digit years appear only in "(9/11/23)"; news dates are this century.
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def _span(match: re.Match[str], group: str | None = None) -> Span:
    start, end = match.span(group or 0)
    return Span(start, end)


def _date_reading(span: Span, day: int, month: int, year: int | None, **extra: int | bool | None) -> Reading | Rejected:
    invalid = _invalid_date(span, day, month, year)
    if invalid is not None:
        return invalid
    return Reading("date", span, year=year, month=month, day=day, **extra)  # type: ignore[arg-type]


def _invalid_date(span: Span, day: int, month: int, year: int | None) -> Rejected | None:
    # 2000 is a leap year, so "29/2" without a year stays possible until a year is chosen.
    try:
        date(year or 2000, month, day)
    except ValueError:
        return Rejected(span, "timex.invalid_date", f"day {day} of month {month} does not exist")
    return None


def _iso(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    return _date_reading(_span(match), int(match["K_d"]), int(match["K_m"]), int(match["K_y"]))


def _typo_year(day: int, month: int, year: int, weekday: int) -> int:
    """The year a weekday date means: the stated one, unless its weekday is wrong there but
    right the year before ("Kamis (19/6/2026)" when 19 June is a Thursday in 2025): the
    year typed ahead. Only the year before: a wrong weekday is more often a wrong day, and
    reading it a year ahead would date a report in the future."""
    for candidate in (year, year - 1):
        try:
            if date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            return year
    return year


def _weekday_date(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    weekday = lex.weekdays[match["A_wd"]]
    # "Kamis (17/7) lalu", "Rabu (20/5) kemarin": the date has passed.
    shift = -1 if match["A_mod"] else None
    if match["A_d"]:
        day, month = int(match["A_d"]), int(match["A_m"])
        year = _full_year(match["A_y"]) if match["A_y"] else None
    else:
        day, month = int(match["A_d2"]), lex.month(match["A_mn"])
        year = int(match["A_y2"]) if match["A_y2"] else None
    span = _span(match)
    invalid = _invalid_date(span, day, month, year)
    if invalid is not None:
        return invalid
    fixed = None if year is None else _typo_year(day, month, year, weekday)
    # Built once with every field: dataclasses.replace costs as much as the reading itself.
    return Reading("date", span, year=fixed, month=month, day=day, weekday=weekday, shift=shift,
                   future=_scheduled(text, match.start(), lex), stated_year=year if fixed != year else None)


def _slash_date(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    future = _scheduled(text, match.start(), lex)
    if match["B_in"]:
        year = _full_year(match["B_y"]) if match["B_y"] else None
        return _date_reading(_span(match, "B_in"), int(match["B_d"]), int(match["B_m"]), year, future=future)
    return _date_reading(_span(match), int(match["B_d2"]), int(match["B_m2"]), int(match["B_y2"]), future=future)


def _day_month(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    month = lex.month(match["C_mn"])
    year = int(match["C_y"]) if match["C_y"] else None
    if year is None and _generic(text, match.start(), lex):
        return Recurring(_span(match))
    first = _date_reading(_span(match), int(match["C_d"]), month, year, future=_scheduled(text, match.start(), lex))
    if isinstance(first, Rejected):
        return first
    if match["C_ymod"]:  # "1 Januari tahun depan"
        first = _with(first, year_offset=lex.modifiers[_key(match["C_ymod"])])
    if not match["C_e"]:
        return _with(first, shift=lex.date_modifiers[_key(match["C_mod"])]) if match["C_mod"] else first
    last = _date_reading(_span(match), int(match["C_e"]), month, year)
    if isinstance(last, Rejected) or last.day is None or first.day is None or last.day <= first.day:
        return Rejected(_span(match), "timex.invalid_range", "the range's last day is not after its first")
    return _with(first, kind="range", day_end=last.day)


def _month_year(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    return Reading("month", _span(match), year=int(match["D_y"]), month=lex.month(match["D_mn"]))


def _bare_month(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    # A month name alone is a date only when the words around make it one; otherwise it
    # may be a name (April, Juni, Mei as given names).
    marked = match["E_part"] or match["E_bulan"] or match["E_mod"] or match["E_ymod"]
    start = match.start()
    chained = _chained(text, start, last_end) or _month_ahead().match(text, match.end()) is not None
    if not (marked or _month_trigger(_word_before(text, start), lex) or chained):
        return None
    if _generic(text, start, lex):
        return Recurring(_span(match))
    return Reading(
        "month",
        _span(match),
        month=lex.month(match["E_mn"]),
        shift=lex.date_modifiers[_key(match["E_mod"])] if match["E_mod"] else None,
        year_offset=lex.modifiers[_key(match["E_ymod"])] if match["E_ymod"] else None,
        future=_future_before(text, start, lex),
    )


@cache
def _month_ahead() -> re.Pattern[str]:
    """A joiner, then a month with its year: "(April) dan Oktober 2024" makes the bare month
    before it a date of that year, whatever word precedes it."""
    lex = lexicon()
    joiners, months = _alt(lex.word_set("chain")), _alt(lex.months)
    return re.compile(
        rf"[\s,]*(?i:{joiners})[\s,]*(?:(?i:bulan)\s+)?(?:{months})\s+(?:(?i:tahun)\s+)?(?:19|20)\d\d(?!\d)"
    )


def _month_trigger(word: str, lex: Lexicon) -> bool:
    return word in lex.word_set("triggers") or word in lex.word_set("month_triggers")


def _year(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    # A bare four-digit number is a year only after a time word ("pada 2022", "sejak 2014");
    # "Nomor 7 Tahun 2023" names a law, "2019 orang" counts people.
    start = match.start()
    marked = match["F_part"] or match["F_tahun"]
    triggered = _word_before(text, start) in lex.word_set("triggers") or _event_year(text, start, lex)
    if not (marked or triggered or _chained(text, start, last_end)):
        return None
    if _word_after(text, match.end()) in lex.word_set("year_blockers_after"):
        return None
    if match["F_tahun"] and _LAW_NUMBER.search(text, max(0, start - 20), start):
        return None
    return Reading("year", _span(match), year=int(match["F_y"]))


_NAME_WORDS_BEFORE = re.compile(r"[\w-]+")
# How many capitalised words may stand between an event noun and its year ("KTT APEC 2026").
_EVENT_NAME_WORDS = 3


def _event_year(text: str, start: int, lex: Lexicon) -> bool:
    """ "KTT APEC 2026", "Piala Dunia 2026", "pemilu 2024": a year after the name of a recurring event."""
    words = _NAME_WORDS_BEFORE.findall(text, max(0, start - 40), start)
    for word in reversed(words[-1 - _EVENT_NAME_WORDS :]):
        if word.casefold() in lex.word_set("year_event_nouns"):
            return True
        if not word[:1].isupper():
            return False
    return False


def _units_ago(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    if match["H_vague"]:
        return Rejected(_span(match), "timex.vague", "an unstated number of units before the anchor")
    if _inexact().search(text, max(0, match.start() - 30), match.start()):
        # "lebih dari empat tahun lalu", "sekitar dua pekan lalu": no one date is meant.
        return Rejected(_span(match), "timex.vague", "an approximate count of units before the anchor")
    if match["H_single"]:
        unit = lex.single_units[match["H_single"].casefold()]
        count, modifier = 1, match["H_mod2"]
    else:
        unit = match["H_unit"].casefold()
        count, modifier = _number_value(match["H_n"] or match["H_nw"], lex), match["H_mod"]
    offset = count * lex.count_modifiers[_key(modifier)]
    return Reading("relative", _span(match), unit=lex.units[unit], offset=offset)


def _weekday(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    name, start = match["I_wd"], match.start("I_wd")
    if _word_before(text, start).rstrip(".") in lex.word_set("weekday_blockers_before"):
        return None
    if _word_after(text, match.end("I_wd")) in lex.word_set("weekday_blockers_after"):
        return None
    if _generic(text, match.start(), lex):
        return Recurring(_span(match))
    if match["I_wk"]:  # "Senin pekan depan": a day of a named week, not the nearest Monday
        week = lex.modifiers[_key(match["I_wkmod"])]
        return Reading("weekday", _span(match), weekday=lex.weekdays[name], week=week, future=week > 0)
    shift = lex.date_modifiers[_key(match["I_mod"])] if match["I_mod"] else None
    weekday = lex.weekdays[name]
    # "Minggu lalu" opening a sentence is "last week": the capital is the sentence's, not
    # the day's. Inside a sentence, news capitalises Minggu only as Sunday.
    week = lex.units.get(name.casefold()) == "week" and match.start() == start
    if week and shift is not None and _at_sentence_start(text, start):
        return Reading("relative", _span(match), unit="week", offset=shift)
    future = _future_before(text, match.start(), lex)
    return Reading("weekday", _span(match), weekday=weekday, shift=shift, future=future)


def _is_quantity(word: str, lex: Lexicon) -> bool:
    return bool(_NUMBER.fullmatch(word)) or word in lex.numbers or word in lex.word_set("vague_quantities")


def _period(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    unit = (match["G_unit"] or match["G_unit2"]).casefold()
    modifier = match["G_mod"] or match["G_mod2"]
    before = _word_before(text, match.start())
    offset = lex.modifiers[_key(modifier)] if modifier else 0
    if match["G_part"]:
        # "setiap akhir tahun" is every year's end; "di akhir pekan" mostly any weekend.
        if modifier is None and (before in lex.word_set("generic_before") or lex.units[unit] == "week"):
            return None
    elif _is_quantity(before, lex) or before in lex.multipliers:
        # "dua setengah tahun lalu", "5.000 tahun lalu": not a whole count of units ago;
        # "30 tahun ini" is an age, "dua bulan ini" a duration.
        if offset == 0:
            return None
        span = Span(max(0, match.start() - len(before) - 1), match.end())
        return Rejected(span, "timex.vague", "a fractional or vague count")
    return Reading("relative", _span(match), unit=lex.units[unit], offset=offset)


def _day_word(match: re.Match[str], text: str, lex: Lexicon, last_end: int | None) -> Found:
    offset = lex.deictic[_key(match["J_w"])]
    before = _word_before(text, match.start())
    if offset == 0 and (_DAY_COUNT.fullmatch(before) or before in lex.numbers or before in lex.word_set("day_counts")):
        return None  # "dalam dua atau tiga hari ini", "2-3 hari ini": a count of days, not today
    return Reading("relative", _span(match), unit="day", offset=offset)


_FAMILIES = {
    "K": _iso,
    "A": _weekday_date,
    "B": _slash_date,
    "C": _day_month,
    "D": _month_year,
    "E": _bare_month,
    "F": _year,
    "H": _units_ago,
    "I": _weekday,
    "G": _period,
    "J": _day_word,
}


def _family(match: re.Match[str]) -> str:
    # Each family's group encloses its whole alternative, so it closes last: lastgroup names it.
    # The search over every family stays as a guard, should the pattern ever change shape.
    if match.lastgroup in _FAMILIES:
        return match.lastgroup
    return next(name for name in _FAMILIES if name in match.re.groupindex and match.start(name) >= 0)
