"""JSON Lines: one article per line, as ``{"id", "text" or "html", "url", "title", "published"}``.

A broken line becomes a Failure naming ``file:line``; the good lines around it still come
through. The record's own ``id`` is the document id, else ``<file stem>-<line number>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from warta.errors import BrokenRecord, EmptyArticle, TooLarge, WartaError
from warta.ingest.ids import UniqueIds
from warta.ingest.sniff import HTML, PLAIN, looks_like_html
from warta.types import Failure, RawDocument

MAX_RECORD_BYTES = 20 * 1024 * 1024
# Record fields passed on as extraction hints, under the hint names extraction reads.
_HINT_FIELDS = {"title": "title", "url": "url", "published": "published", "publisher": "publisher",
                "author": "authors", "authors": "authors", "editors": "editors", "outlet": "publisher"}


def read_jsonl(lines: Iterable[bytes], origin: str, stem: str) -> Iterator[RawDocument | Failure]:
    """Every article in a JSON Lines stream, or a Failure per broken line."""
    unique = UniqueIds()
    records = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        records += 1
        source = f"{origin}:{number}"
        try:
            yield document_from_record(_parse(line, number, source), source, f"{stem}-{number}", unique)
        except WartaError as error:
            yield Failure(source, error)
    if records == 0:
        yield Failure(origin, EmptyArticle(origin, "JSON Lines file holds no records"))


def _parse(line: bytes, number: int, source: str) -> dict[str, Any]:
    if len(line) > MAX_RECORD_BYTES:
        raise TooLarge(source, f"line of {len(line):,} bytes is over the {MAX_RECORD_BYTES:,}-byte record limit")
    if number == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        raise BrokenRecord(source, "line is not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise BrokenRecord(source, f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict):
        raise BrokenRecord(source, f"a JSON {type(record).__name__} where an object was expected")
    return record


def document_from_record(record: Mapping[str, Any], source: str, fallback_id: str, unique: UniqueIds) -> RawDocument:
    """The RawDocument a JSON record describes (also used for JSON records from elsewhere)."""
    body, media_type = _body(record, source)
    hints = record_hints(record)
    return RawDocument(
        id=unique(_record_id(record) or fallback_id),
        origin=source,
        body=body.encode("utf-8"),
        media_type=media_type,
        url=hints.get("url"),
        hints=hints,
    )


def _body(record: Mapping[str, Any], source: str) -> tuple[str, str]:
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        return html, HTML
    if isinstance(text, str) and text.strip():
        return text, HTML if looks_like_html(text) else PLAIN
    if isinstance(html, str) or isinstance(text, str):
        raise EmptyArticle(source, "the record's text is empty")
    raise BrokenRecord(source, "record has neither a 'text' nor an 'html' string field")


def _record_id(record: Mapping[str, Any]) -> str | None:
    value = record.get("id")
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value).strip() or None


def record_hints(record: Mapping[str, Any]) -> dict[str, str]:
    """Metadata a record states, as extraction hints (authors joined by ``"; "``)."""
    hints: dict[str, str] = {}
    for field, hint in _HINT_FIELDS.items():
        value = record.get(field)
        if isinstance(value, list):
            value = "; ".join(str(v).strip() for v in value if isinstance(v, str) and v.strip())
        if isinstance(value, str) and value.strip() and hint not in hints:
            hints[hint] = value.strip()
    return hints
