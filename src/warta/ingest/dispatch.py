"""Hand a body of known format to its reader: one article, or a container of many."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from typing import IO

from warta.ingest.feed import read_feed
from warta.ingest.jsonl import read_jsonl
from warta.ingest.sniff import FEED, JSONL, WARC
from warta.ingest.warc import read_warc
from warta.types import Failure, RawDocument


def documents_in_stream(
    stream: IO[bytes], fmt: str, origin: str, stem: str, size: int | None = None
) -> Iterator[RawDocument | Failure]:
    """The documents of a streamed container (JSON Lines or WARC), read without loading it whole."""
    if fmt == JSONL:
        return read_jsonl(stream, origin, stem)
    return read_warc(stream, origin, stem, size)


def documents_in_body(
    body: bytes,
    fmt: str,
    origin: str,
    stem: str,
    url: str | None = None,
    fetched_at: datetime | None = None,
) -> Iterator[RawDocument | Failure]:
    """The documents of a body held in memory: a container's articles, or the body itself."""
    if fmt in (JSONL, WARC):
        yield from documents_in_stream(io.BytesIO(body), fmt, origin, stem, len(body))
    elif fmt == FEED:
        yield from read_feed(body, origin, stem)
    else:
        hints = {"url": url} if url else {}
        yield RawDocument(
            id=stem, origin=origin, body=body, media_type=fmt, url=url, fetched_at=fetched_at, hints=hints
        )
