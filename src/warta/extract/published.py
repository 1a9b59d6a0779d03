"""Publication dates as Indonesian outlets print them, to ISO 8601.

"Selasa, 12 Maret 2024 - 08:10 WIB" gives ``2024-03-12T08:10:00+07:00``; "21 Jan 2025, 09:05"
gives ``2025-01-21T09:05:00+07:00`` (a time without a zone is read as WIB, the zone of almost
every Indonesian newsroom); "04/03/2024" gives ``2024-03-04``. Month and weekday names and the
zone offsets live in ``resources/extract/dates.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any

from warta.resources import read_text

# Every printed publication date holds a four-digit year; most lines can be ruled out by that.
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A line that is a timestamp, with whatever short label or name stood before it."""

    prefix: str
    iso: str


@cache
def _data() -> dict[str, Any]:
    return tomllib.loads(read_text("extract", "dates.toml"))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _date_pattern() -> str:
    data = _data()
    month = _alternation(list(data["months"]))
    zone = _alternation(list(data["offsets"]))
    weekday = _alternation(data["weekdays"])
    return (
        rf"(?:\b(?:{weekday})\b\.?,?\s*)?"
        rf"(?:(?P<d>\d{{1,2}})\s+(?P<mon>{month})\.?,?\s+(?P<y>\d{{4}})"
        rf"|(?P<mon2>{month})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
        rf"|(?P<y4>\d{{4}})-(?P<m4>\d{{2}})-(?P<d4>\d{{2}})"
        rf"|(?P<d3>\d{{1,2}})[/.-](?P<m3>\d{{1,2}})[/.-](?P<y3>\d{{4}}))"
        rf"(?:(?:\s*[-|,·•/]\s*|\s+|T)(?:[Pp]ukul\s+|[Jj]am\s+)?"
        rf"(?P<H>\d{{1,2}})[:.](?P<M>\d{{2}})(?:[:.](?P<S>\d{{2}}))?(?:\.\d+)?"
        rf"\s*(?P<tz>{zone}|Z|[+-]\d{{2}}:?\d{{2}})?)?"
    )


@cache
def _search_regex() -> re.Pattern[str]:
    return re.compile(_date_pattern(), re.IGNORECASE)


@cache
def _stamp_regex() -> re.Pattern[str]:
    # The date must end the line: "Rina Sari 21 Jan 2025, 09:05" is a stamp, a sentence is not.
    return re.compile(rf"(?P<prefix>.{{0,80}}?)\s*{_date_pattern()}\s*[)\]]?\s*$", re.IGNORECASE)


def _offset(zone: str | None) -> str:
    if not zone:
        return str(_data()["default_offset"])
    if zone.upper() == "Z":
        return "+00:00"
    if zone[0] in "+-" and zone[1:3].isdigit():
        return f"{zone[:3]}:{zone[-2:]}"
    return _zone_offsets().get(zone.casefold(), str(_data()["default_offset"]))


@cache
def _zone_offsets() -> dict[str, str]:
    """Offsets by casefolded zone name; of two names that fold alike, the first listed wins."""
    table: dict[str, str] = {}
    for name, offset in _data()["offsets"].items():
        table.setdefault(name.casefold(), str(offset))
    return table


def _day(match: re.Match[str]) -> date | None:
    months: dict[str, int] = _data()["months"]
    if match["mon"] or match["mon2"]:
        month = months[(match["mon"] or match["mon2"]).casefold()]
        day, year = int(match["d"] or match["d2"]), int(match["y"] or match["y2"])
    elif match["y4"]:
        year, month, day = int(match["y4"]), int(match["m4"]), int(match["d4"])
    else:
        day, month, year = int(match["d3"]), int(match["m3"]), int(match["y3"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso_from_match(match: re.Match[str]) -> str | None:
    """The ISO value of a date (and time, when one follows) matched by the date pattern."""
    day = _day(match)
    if day is None or not 1990 <= day.year <= 2100:
        return None
    if match["H"] is None:
        return day.isoformat()
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{_offset(match['tz'])}"


def find_stamp(line: str) -> Stamp | None:
    """The line as a timestamp when a date (with its time) ends it after a short prefix."""
    if len(line) > 160 or not _ends_like_stamp(line):
        return None
    match = _stamp_regex().match(line)
    if match is None:
        return None
    iso = iso_from_match(match)
    prefix = match["prefix"].strip(" \t,|-·•:")
    if iso is None or not _label_like(prefix):
        return None
    return Stamp(prefix, iso)


# Lowercase words a stamp's label may hold ("diperbarui 04 Mar 2024"); any other lowercase
# word means the date ends a sentence, not a stamp.
_LOWER_LABELS = frozenset(
    {
        "diperbarui",
        "diterbitkan",
        "dipublikasikan",
        "tayang",
        "terbit",
        "update",
        "updated",
        "published",
        "posted",
        "oleh",
        "dan",
        "detikcom",
        "kumparan",
    }
)


def _label_like(prefix: str) -> bool:
    words = prefix.split()
    if len(words) > 8 or ". " in prefix or prefix.endswith((".", "(")):
        return False
    return not any(word.isalpha() and word.islower() and word not in _LOWER_LABELS for word in words)


_ZONE_ENDINGS = ("WIB", "ITA", "WIT", "GMT", "UTC")


def _ends_like_stamp(line: str) -> bool:
    """A stamp ends in a year, a time or a zone; checking that first spares most lines the regex."""
    tail = line.rstrip(" )]")
    return (tail[-1:].isdigit() or tail[-3:].upper() in _ZONE_ENDINGS) and _YEAR.search(line) is not None


def parse_published(text: str) -> str | None:
    """An ISO date or date-time for a stated publication time in any common form, else None."""
    text = text.strip()
    if not text:
        return None
    machine = _machine_time(text)
    if machine is not None:
        return machine
    match = _search_regex().search(text)
    return iso_from_match(match) if match else None


def _machine_time(text: str) -> str | None:
    """ISO 8601 (from HTML metadata) or RFC 2822 (from feeds), keeping the stated offset."""
    moment = _iso_moment(text) or _rfc_moment(text)
    if moment is None:
        return None
    if len(text) <= 10:
        return moment.date().isoformat()
    if moment.tzinfo is None:
        return moment.isoformat(timespec="seconds") + _offset(None)
    return moment.isoformat(timespec="seconds")


def _iso_moment(text: str) -> datetime | None:
    if not text[:4].isdigit():  # ISO 8601 opens with the year: spare the parser (and its exception) the rest
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


# RFC 2822 names its month in English; every month name holds one of these (lowercased).
_RFC_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RFC_MONTH = re.compile("|".join(_RFC_MONTHS))  # one search for any of them, not twelve tests


def _rfc_moment(text: str) -> datetime | None:
    lowered = text.lower()
    if _RFC_MONTH.search(lowered) is None:  # the parser would refuse it: spare the attempt
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
