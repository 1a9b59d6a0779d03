"""Failed attempts told beside a launch: "setelah tiga kali gagal", "percobaan yang gagal pada Maret dan Juli".

A report of a missile or satellite launch often recalls the earlier attempts that failed, with
a count ("sempat gagal tiga kali", "mencatat tiga kali kegagalan") or with their dates ("pada
Maret dan Juli"). Each attempt was a launch by the same actor, so each is an event of the launch's
type and source, in addition to the launch itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

from warta.annotate.event_cues import cue_sections, cues
from warta.types import Event, Span, TimeExpr

_WINDOW = 40  # characters around "gagal" in which its count stands
_CONFIDENCE = 0.4  # told in passing, counted rather than read
_TIMES_WINDOW = 60  # characters after "gagal" in which the dates of the attempts stand


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    section = cue_sections()["attempts"]
    failure = "|".join(re.escape(w) for w in section["failure"])
    counts = {**cues().numbers, **dict.fromkeys(section["once"], 1)}
    numbers = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in counts), key=len, reverse=True))
    times = "|".join(section["times"])
    failed = re.compile(rf"(?<![\w-])(?:{failure})(?![\w-])", re.IGNORECASE)
    counted = re.compile(rf"(?<![\w-])(?P<n>{numbers}|\d+)(?:\s+(?:{times}))?(?![\w-])", re.IGNORECASE)
    return failed, counted, counts


@cache
def _modes() -> frozenset[str]:
    return frozenset(cue_sections()["attempts"]["modes"])


def _count(text: str, failure: re.Match[str], timexes: Sequence[TimeExpr], counts: dict[str, int]) -> int:
    """How many attempts a "gagal" names: its count, else the dates after it, else one."""
    _, counted, _ = _patterns()
    near = text[max(0, failure.start() - _WINDOW) : failure.end() + _WINDOW]
    for match in counted.finditer(near):
        if "kali" in match.group().casefold() or match.group("n").casefold() in ("sekali", "satu kali"):
            value = match.group("n").casefold()
            return int(value) if value.isdigit() else counts.get(" ".join(value.split()), 1)
    window = Span(failure.end(), failure.end() + _TIMES_WINDOW)
    return max(1, sum(1 for t in timexes if window.contains(t.span)))


def failed_attempts(
    text: str, sentence: Span, launches: Sequence[Event], timexes: Sequence[TimeExpr]
) -> Iterator[Event]:
    """One event per failed attempt told in ``sentence`` beside a launch in ``launches``."""
    launch = next((e for e in launches if e.mode in _modes() and e.source and sentence.contains(e.trigger)), None)
    if launch is None:
        return
    failed, _, counts = _patterns()
    for failure in failed.finditer(text, sentence.start, sentence.end):
        span = Span(failure.start(), failure.end())
        attempt = replace(launch, target=None, date=None, status="happened", evidence=sentence, trigger=span)
        for _ in range(_count(text, failure, timexes, counts)):
            yield replace(attempt, confidence=_CONFIDENCE)
        return  # one "gagal" names the attempts; a second one restates them
