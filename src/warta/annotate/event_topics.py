"""Articles whose topic rules out political events: sports reports.

Match reports and previews tell games between national teams in the words of diplomacy and war
("Indonesia kembali bertemu Korea Selatan", "Timnas menjamu Bahrain", "menolak bermain"). An article
that names sport at least ``least`` times (``resources/events/cues.toml`` ``[sports]``) is such a
report, and none of its sentences is coded.
"""

from __future__ import annotations

import re
from functools import cache

from warta.annotate.event_cues import cue_sections


@cache
def _sports() -> tuple[re.Pattern[str], int]:
    data = cue_sections()["sports"]
    alternatives = "|".join(re.escape(w) for w in sorted(data["words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), int(data["least"])


def sports_report(text: str) -> bool:
    """Whether the article is a sports report: it names sport at least the set number of times."""
    pattern, least = _sports()
    return any(count >= least for count, _ in enumerate(pattern.finditer(text), start=1))


__all__ = ["sports_report"]
