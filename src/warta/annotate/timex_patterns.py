"""Finding time expressions: one regular expression over the text, then context checks.

The expression is built once from ``resources/time/id.toml``. Each alternative is one
family of Indonesian news usage, tried in this order at every word start, so the longest
reading of a family wins over its parts ("Kamis (26/10/2023)" before "Kamis"):

    K  ISO dates                2023-11-09
    A  weekday with a date      Sabtu (11/11/2023), Senin (11/3), Kamis, 9 November 2023
    B  slash dates              (11/11), 9/11/2023, 09-11-2023
    C  day and month            18 November, 29-31 Mei 2026, 9 November lalu
    D  month and year           Februari 2022, awal Maret 2023
    E  bare month               pada Mei, bulan Juni, pertengahan Oktober, September lalu
    F  year                     pada 2022, tahun 2019, akhir 2023
    H  counted units ago        dua hari lalu, 3 tahun silam, sepekan lalu
    I  weekday                  pada Selasa, hari Kamis, Senin lalu
    G  relative periods         pekan lalu, bulan depan, awal tahun ini, akhir pekan lalu
    J  day words                hari ini, kemarin, besok

Matches become :class:`Reading` values (what the words say, not yet a date) or
:class:`Rejected` ones with the reason a reader would give. Day and month are always read
day-first: Indonesian writes 11/3 for 11 March. Not a stable API.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import replace as _with
from datetime import date
from functools import cache
from typing import Any

from warta.annotate.timex_lexicon import Lexicon, lexicon
from warta.types import Span

Kind = str  # "date" | "range" | "month" | "year" | "relative" | "weekday"


@dataclass(frozen=True, slots=True)
class Reading:
    """What an expression says: absolute fields, or a shift relative to an anchor."""

    kind: Kind
    span: Span
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None
    weekday: int | None = None
    unit: str | None = None  # "day" | "week" | "month" | "year" for relative readings
    offset: int = 0  # units from the anchor for relative readings
    shift: int | None = None  # -1 past, 0 current, +1 next, None unstated (months, weekdays, dates)
    year_offset: int | None = None  # "Mei tahun lalu": the month in the anchor's year - 1
    future: bool = False  # a future marker (akan, dijadwalkan) shortly before
    week: int | None = None  # "Senin pekan depan": the weekday in the anchor's week + this
    stated_year: int | None = None  # the year as written, when the weekday showed it a typo

    @property
    def explicit_day(self) -> date | None:
        """The full date stated in the text, the kind of date that can anchor others."""
        return self.on(self.year) if self.kind == "date" and self.year is not None else None

    def on(self, year: int) -> date | None:
        """This reading's day and month in ``year``; None when that day does not exist."""
        if self.month is None or self.day is None:
            return None
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Recurring:
    """A time that recurs ("setiap Senin"), so names no one date; not reported."""

    span: Span


@dataclass(frozen=True, slots=True)
class Rejected:
    """Words that look like a time expression but cannot be given one value."""

    span: Span
    code: str
    message: str


Found = Reading | Rejected | Recurring | None


def _alt(words: Iterable[str]) -> str:
    """An alternation of words, longest first; spaces inside match any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _trie(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, shaped as a prefix tree.

    Python's ``re`` tries alternatives one by one; a tree of shared prefixes rejects a word
    start after a character or two, which makes the whole scan several times faster.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root)


def _branch(node: dict[str, dict[str, Any]]) -> str:
    alternatives = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


def _first_words(lex: Lexicon) -> set[str]:
    """Every word a time expression can start with, as it may be written."""
    lower = {*lex.numbers, *lex.units, *lex.single_units, *lex.deictic, *lex.parts, "beberapa", "tanggal", "tgl"}
    lower = {w.split()[0] for w in lower}
    return {*lex.months, *lex.month_short, *lex.weekdays, *lower, *(w.capitalize() for w in lower)}


def _number_words(lex: Lexicon) -> str:
    units = _alt(lex.numbers)
    mult = _alt(lex.multipliers)
    return rf"(?:(?:{units})(?:\s+(?:{mult})(?:\s+(?:{units}))?)?)"


@cache
def master() -> re.Pattern[str]:
    """The compiled expression holding every family; built once per process."""
    lex = lexicon()
    mon = _alt(lex.months)
    many = rf"(?:{mon}|(?:{_alt(lex.month_short)})(?!\w)\.?)"
    wd = _alt(lex.weekdays)
    dp = rf"(?i:{_alt(lex.word_set('day_parts'))})"
    mod = rf"(?i:{_alt(lex.modifiers)})"
    dmod = rf"(?i:{_alt(lex.date_modifiers)})"
    cmod = rf"(?i:{_alt(lex.count_modifiers)})"
    part = rf"(?i:{_alt(lex.parts)})"
    unit = rf"(?i:{_alt(lex.units)})"
    period = rf"(?i:{_alt(u for u, g in lex.units.items() if g != 'day')})"
    single = rf"(?i:{_alt(lex.single_units)})"
    deictic = rf"(?i:{_alt(lex.deictic)})"
    numw = rf"(?i:{_number_words(lex)})"
    families = [
        r"(?P<K>(?P<K_y>(?:19|20)\d\d)-(?P<K_m>\d\d)-(?P<K_d>\d\d)(?![\d-]))",
        rf"(?P<A>(?:(?i:hari)\s+)?(?P<A_wd>{wd})(?:\s+{dp})?\s*,?\s*(?P<A_po>\()?\s*"
        rf"(?:(?P<A_d>\d{{1,2}})/(?P<A_m>\d{{1,2}})(?:/(?P<A_y>\d{{4}}|\d\d))?(?![\d/])"
        rf"|(?P<A_d2>\d{{1,2}})\s+(?P<A_mn>{many})(?:\s+(?P<A_y2>\d{{4}}))?(?!\d))"
        rf"(?(A_po)(?:\s*\))?)(?:\s+(?P<A_mod>{cmod}|(?i:kemarin))(?!\w))?)",
        r"(?P<B>\((?P<B_in>(?P<B_d>\d{1,2})/(?P<B_m>\d{1,2})(?:/(?P<B_y>\d{4}|\d\d))?)\)"
        r"|(?<![\d/.,])(?P<B_d2>\d{1,2})(?P<B_sep>[/.-])(?P<B_m2>\d{1,2})(?P=B_sep)(?P<B_y2>\d{4})(?![\d/]))",
        rf"(?P<C>(?:(?i:tanggal|tgl\.?)\s+)?(?<![\d.,])(?P<C_d>\d{{1,2}})(?:\s*(?:--?|[–—])\s*(?P<C_e>\d{{1,2}}))?"
        rf"\s+(?P<C_mn>{many})(?:\s+(?:(?i:tahun)\s+)?(?P<C_y>\d{{4}})(?!\d)"
        rf"|\s+(?i:tahun)\s+(?P<C_ymod>{mod})(?!\w)|\s+(?P<C_mod>{dmod})(?!\w))?)",
        rf"(?P<D>(?:(?P<D_part>{part})\s+)?(?:(?i:bulan)\s+)?(?P<D_mn>{many})\s+(?:(?i:tahun)\s+)?"
        rf"(?P<D_y>(?:19|20)\d\d)(?![\w/]|[.,]\d|-\d))",
        rf"(?P<E>(?:(?P<E_part>{part})\s+)?(?:(?P<E_bulan>(?i:bulan))\s+)?(?P<E_mn>{mon})(?!\w)"
        rf"(?:\s+(?i:tahun)\s+(?P<E_ymod>{mod})(?!\w)|\s+(?P<E_mod>{dmod})(?!\w))?)",
        rf"(?P<F>(?:(?P<F_part>{part})\s+)?(?:(?P<F_tahun>(?i:tahun))\s+)?(?<![\w.,/])"
        rf"(?P<F_y>(?:19|20)\d\d)(?![\w/]|[.,]\d|-\d|-an))",
        rf"(?P<H>(?:(?<![\d.,])(?P<H_n>\d{{1,3}})|(?P<H_nw>{numw})|(?P<H_vague>(?i:beberapa)))\s+"
        rf"(?P<H_unit>{unit})\s+(?P<H_mod>{cmod})(?!\w)|(?P<H_single>{single})\s+(?P<H_mod2>{cmod})(?!\w))",
        rf"(?P<I>(?:(?i:hari)\s+)?(?P<I_wd>{wd})(?!\w)(?:\s+{dp})?(?:\s+(?P<I_wk>(?i:pekan|minggu))\s+"
        rf"(?P<I_wkmod>{mod})(?!\w)|\s+(?P<I_mod>{dmod})(?!\w))?)",
        rf"(?P<G>(?P<G_part>{part})\s+(?P<G_unit>{period})(?:\s+(?P<G_mod>{mod}))?(?!\w)"
        rf"|(?P<G_unit2>{period})\s+(?P<G_mod2>{mod})(?!\w))",
        # not "kemarin-kemarin" (lately): a reduplicated day word names no day
        rf"(?P<J>(?<!-)(?P<J_w>{deictic})(?![\w-])(?:\s+{dp}(?!\w))?)",
    ]
    # The look-ahead is a cheap gate: most word starts fail it at once.
    gate = rf"(?=[\d(]|{_trie(_first_words(lex))})"
    return re.compile(r"(?<![\w'’])" + gate + "(?:" + "|".join(families) + ")")


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
    return next(name for name in _FAMILIES if match.start(name) >= 0)


def _raw_readings(text: str) -> Iterator[Reading | Rejected]:
    lex = lexicon()
    last_end: int | None = None
    recurring_end: int | None = None
    for match in master().finditer(text):
        found = _FAMILIES[_family(match)](match, text, lex, last_end)
        if isinstance(found, Reading) and found.year is None and _chained(text, found.span.start, recurring_end):
            found = Recurring(found.span)  # "setiap Senin dan Kamis": the second recurs too
        if isinstance(found, Recurring):
            recurring_end = found.span.end
        elif isinstance(found, Reading):
            last_end = found.span.end
        if isinstance(found, (Reading, Rejected)):
            yield found


def _shares_year(first: Reading, second: Reading, text: str) -> bool:
    """ "Mei dan Agustus 2023", "1 Mei hingga 3 Juni 2024": the year written once serves both."""
    return (
        first.year is None
        and first.kind in ("date", "month")
        and first.kind == second.kind
        and first.shift is None
        and first.year_offset is None
        and second.year is not None
        and _chained(text, second.span.start, first.span.end)
    )


def _shared_year(first: Reading, second: Reading) -> int | None:
    # "Desember dan Januari 2024": the earlier month is in the year before.
    if second.year is None or first.month is None or second.month is None:
        return second.year
    return second.year if first.month <= second.month else second.year - 1


def _confirmed_years(found: list[Reading | Rejected]) -> set[int]:
    """Years the text writes in another full date, without a weekday or with one that fits:
    a year typed twice is no typo."""
    return {
        item.year
        for item in found
        if isinstance(item, Reading) and item.year is not None and item.stated_year is None
        and (day := item.explicit_day) is not None and item.weekday in (None, day.weekday())
    }


def _keep_confirmed_years(found: list[Reading | Rejected]) -> None:
    """Undo a year correction when another date confirms the year as written: then the
    weekday is the slip ("Jumat (25/7/2025)" then "Jumat (26/7/2025)")."""
    confirmed = _confirmed_years(found)
    for index, item in enumerate(found):
        if isinstance(item, Reading) and item.stated_year in confirmed:
            found[index] = _with(item, year=item.stated_year, stated_year=None)


def readings(text: str) -> list[Reading | Rejected]:
    """Every time expression in ``text``, left to right, as a reading or a rejection."""
    found = list(_raw_readings(text))
    _keep_confirmed_years(found)
    for index in range(len(found) - 2, -1, -1):
        first, second = found[index], found[index + 1]
        if isinstance(first, Reading) and isinstance(second, Reading) and _shares_year(first, second, text):
            found[index] = _with(first, year=_shared_year(first, second))
    return found
