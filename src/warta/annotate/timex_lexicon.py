"""The time vocabulary (``resources/time/id.toml``) as typed, read-once tables.

Not a stable API: :mod:`warta.annotate.timex_patterns` builds its regular expression from
these tables, and :mod:`warta.annotate.timex_resolve` reads number words and modifiers.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta.resources import read_text


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: Mapping[str, int]
    month_short: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    multipliers: Mapping[str, str]
    units: Mapping[str, str]
    single_units: Mapping[str, str]
    modifiers: Mapping[str, int]
    date_modifiers: Mapping[str, int]  # the modifiers plus those only a month, date or weekday takes
    count_modifiers: Mapping[str, int]
    deictic: Mapping[str, int]
    parts: Mapping[str, str]
    words: Mapping[str, frozenset[str]]

    def month(self, name: str) -> int:
        """Month number of a full or short name, as written (``Juni``, ``Sept``)."""
        return self.months.get(name) or self.month_short[name.rstrip(".")]

    def word_set(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def _lower_keys(table: Mapping[str, Any]) -> dict[str, Any]:
    return {key.casefold(): value for key, value in table.items()}


@cache
def lexicon() -> Lexicon:
    """The Indonesian time lexicon, parsed once per process."""
    data = tomllib.loads(read_text("time", "id.toml"))
    return Lexicon(
        months=dict(data["months"]),
        month_short=dict(data["month_short"]),
        weekdays=dict(data["weekdays"]),
        numbers=_lower_keys(data["numbers"]),
        multipliers=_lower_keys(data["number_multipliers"]),
        units=_lower_keys(data["units"]),
        single_units=_lower_keys(data["single_units"]),
        modifiers=_lower_keys(data["modifiers"]),
        date_modifiers=_lower_keys({**data["modifiers"], **data["date_modifiers"]}),
        count_modifiers=_lower_keys(data["count_modifiers"]),
        deictic=_lower_keys(data["deictic"]),
        parts=_lower_keys(data["parts"]),
        words={key: frozenset(w.casefold() for w in values) for key, values in data["words"].items()},
    )
