"""Document ids for articles inside containers and behind URLs: readable, stable, unique."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SLUG_JUNK = re.compile(r"[^\w-]+")
# Last path segments that name a page kind, not an article.
_GENERIC = frozenset({"", "index", "default", "amp", "read", "news", "berita", "detail", "article", "artikel"})
_SUFFIX = re.compile(r"\.(?:html?|php|aspx?|shtml)$", re.I)
MAX_ID_CHARS = 120


def slug_from_url(url: str | None) -> str | None:
    """The last meaningful path segment of ``url`` as an id (``.../menlu-bertemu.html`` gives
    ``menlu-bertemu``), or None when the path names nothing specific."""
    if not url:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if s]
    for segment in reversed(segments):
        slug = _SLUG_JUNK.sub("-", _SUFFIX.sub("", segment)).strip("-_")
        if slug.lower() not in _GENERIC and not slug.isdigit():
            return slug[:MAX_ID_CHARS]
    return None


class UniqueIds:
    """Hands out ids, suffixing ``-2``, ``-3`` ... when a container repeats one."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, wanted: str) -> str:
        count = self._seen.get(wanted, 0) + 1
        self._seen[wanted] = count
        return wanted if count == 1 else f"{wanted}-{count}"
