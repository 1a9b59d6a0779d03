"""RSS and Atom feeds: entries that carry the full article become documents.

Most Indonesian outlets' feeds carry only a teaser in ``<description>``; such an entry is
reported as a Failure that names its link (so the user can analyse the page itself) rather
than analysed as if the teaser were the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from warta.errors import BrokenRecord, EmptyArticle
from warta.ingest.ids import UniqueIds, slug_from_url
from warta.ingest.sniff import HTML, PLAIN
from warta.types import Failure, RawDocument

# An entry whose text is shorter than this is a teaser, not an article.
MIN_ARTICLE_CHARS = 400
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# feedparser flags these but reads the whole feed anyway: a wrong declared encoding or MIME type.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def read_feed(body: bytes, origin: str, stem: str) -> Iterator[RawDocument | Failure]:
    """Every full-content entry of an RSS/Atom feed, and a Failure for each teaser-only one."""
    parsed = feedparser.parse(body)
    if not parsed.entries:
        reason = f"not a well-formed feed ({parsed.bozo_exception})" if parsed.bozo else "feed holds no entries"
        yield Failure(origin, BrokenRecord(origin, reason))
        return
    unique = UniqueIds()
    for number, entry in enumerate(parsed.entries, start=1):
        yield _document(entry, number, origin, stem, unique)
    if parsed.bozo and not isinstance(parsed.bozo_exception, _HARMLESS):
        reason = f"feed breaks off after entry {len(parsed.entries)} ({parsed.bozo_exception})"
        yield Failure(origin, BrokenRecord(origin, reason))


def _document(entry: Any, number: int, origin: str, stem: str, unique: UniqueIds) -> RawDocument | Failure:
    link = entry.get("link")
    source = f"{origin}#{number}" + (f" ({link})" if link else "")
    value, media_type = _best_text(entry)
    length = len(visible_text(value))
    if length < MIN_ARTICLE_CHARS:
        what = "no text" if length == 0 else f"only a {length}-character summary"
        hint = f"; analyse its page {link} instead" if link else ""
        return Failure(source, EmptyArticle(source, f"feed entry has {what}, not the full article{hint}"))
    hints = entry_hints(entry)
    return RawDocument(
        id=unique(slug_from_url(link) or f"{stem}-{number}"),
        origin=source,
        body=value.encode("utf-8"),
        media_type=media_type,
        url=link,
        hints=hints,
    )


def _best_text(entry: Mapping[str, Any]) -> tuple[str, str]:
    """The longest of the entry's full contents (content:encoded, atom:content) and summary."""
    candidates = [(c.get("value") or "", c.get("type") or "text/html") for c in entry.get("content") or []]
    summary = entry.get("summary_detail") or {}
    candidates.append((summary.get("value") or entry.get("summary") or "", summary.get("type") or "text/html"))
    value, kind = max(candidates, key=lambda c: len(visible_text(c[0])))
    return value, HTML if kind in _HTML_TYPES else PLAIN


def visible_text(markup: str) -> str:
    return _SPACE.sub(" ", _TAG.sub(" ", markup)).strip()


def entry_hints(entry: Mapping[str, Any]) -> dict[str, str]:
    hints: dict[str, str] = {}
    if entry.get("title"):
        hints["title"] = visible_text(entry["title"])
    if entry.get("link"):
        hints["url"] = entry["link"]
    published = iso_datetime(entry.get("published") or entry.get("updated"))
    if published:
        hints["published"] = published
    names = [a.get("name", "").strip() for a in entry.get("authors") or [] if a.get("name")]
    if names or entry.get("author"):
        hints["authors"] = "; ".join(names) if names else str(entry["author"]).strip()
    return hints


def iso_datetime(value: str | None) -> str | None:
    """An RFC 822 (RSS) or ISO 8601 (Atom) date as ISO 8601, keeping its offset; None if neither."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None
