"""WARC files (plain or gzipped): each archived HTML response becomes a document.

Requests, metadata, images and stylesheets are not articles and are passed over; an HTML
response with an error status, a truncated record, or unreadable bytes after the last good
record becomes a Failure, so nothing in the archive disappears without a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warta.errors import BrokenRecord, EmptyArticle, FetchError, TooLarge, WartaError
from warta.ingest.charset import to_utf8
from warta.ingest.ids import UniqueIds, slug_from_url
from warta.ingest.sniff import HTML
from warta.types import Failure, RawDocument

MAX_RECORD_BYTES = 20 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: IO[bytes], origin: str, stem: str, size: int | None = None) -> Iterator[RawDocument | Failure]:
    """Every HTML page archived in ``stream`` (``size`` bytes long, when known)."""
    records = ArchiveIterator(stream)
    unique = UniqueIds()
    found = 0
    try:
        for number, record in enumerate(records, start=1):
            item = _document(record, number, origin, stem, unique)
            if item is not None:
                found += 1
                yield item
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as err:
        yield _broken(origin, f"unreadable after record {found}: {err}".strip())
        return
    if size is not None and records.offset < size:
        yield _broken(origin, f"truncated or damaged record at byte {records.offset:,} of {size:,}")
    elif found == 0:
        yield Failure(origin, EmptyArticle(origin, "WARC file holds no archived HTML pages"))


def _broken(origin: str, reason: str) -> Failure:
    return Failure(origin, BrokenRecord(origin, reason))


def _document(record: Any, number: int, origin: str, stem: str, unique: UniqueIds) -> RawDocument | Failure | None:
    if record.rec_type not in ("response", "resource"):
        return None
    content_type = _content_type(record)
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{origin}#{number}" + (f" ({url})" if url else "")
    try:
        body = _body(record, source)
    except WartaError as error:
        return Failure(source, error)
    return RawDocument(
        id=unique(slug_from_url(url) or f"{stem}-{number}"),
        origin=source,
        body=to_utf8(body, content_type),
        media_type=HTML,
        url=url,
        hints={"url": url} if url else {},
    )


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return ""
    return str(headers.get_header("Content-Type") or "")


def _body(record: Any, source: str) -> bytes:
    if record.rec_type == "response":
        status = record.http_headers.get_statuscode()
        if not str(status).startswith("2"):
            raise FetchError(source, f"the archived response is HTTP {status}, not a page")
    body: bytes = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(body) > MAX_RECORD_BYTES:
        raise TooLarge(source, f"archived page is over the {MAX_RECORD_BYTES:,}-byte limit")
    if record.raw_stream.limit > 0:
        raise BrokenRecord(source, f"record is truncated ({record.raw_stream.limit:,} bytes missing)")
    return body
