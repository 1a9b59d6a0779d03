"""Walk paths, folders and URLs; sniff each input once and hand it to the reader for its format.

Single articles (scraped text, HTML) are read whole under a size limit; containers (JSON Lines,
WARC) are streamed, so a large dump never sits in memory, and gzipped files are opened
transparently. Every bad input becomes a Failure naming it and the reason; the rest go on.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, cast
from urllib.parse import urlsplit

from warta.errors import EmptyArticle, TooLarge, UnreadableFile, WartaError
from warta.ingest.dispatch import documents_in_body, documents_in_stream
from warta.ingest.ids import slug_from_url
from warta.ingest.sniff import JSONL, SNIFF_BYTES, WARC, sniff_format
from warta.ingest.url import FetchLimits, fetch, is_url, name_of
from warta.types import Failure, RawDocument

MAX_FILE_BYTES = 50 * 1024 * 1024
_GZIP = b"\x1f\x8b"


def expand_paths(sources: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Files as given, folders recursively in name order; hidden files are skipped."""
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            if not found:
                yield Failure(str(path), UnreadableFile(str(path), "folder holds no files"))
            yield from found
        elif path.is_file():
            yield path
        else:
            yield Failure(str(path), UnreadableFile(str(path), "no such file or folder"))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _stem(path: Path) -> str:
    name = path.name[: -len(".gz")] if path.name.endswith(".gz") else path.name
    return Path(name).stem


def _open(path: Path) -> IO[bytes]:
    """The file's bytes, decompressed on the fly when it is gzipped."""
    with path.open("rb") as probe:
        gzipped = probe.read(2) == _GZIP
    return cast(IO[bytes], gzip.open(path, "rb")) if gzipped else path.open("rb")


def _read_limited(stream: IO[bytes], source: str, max_bytes: int) -> bytes:
    body = stream.read(max_bytes + 1)
    if len(body) > max_bytes:
        raise TooLarge(source, f"over the {max_bytes:,}-byte limit for one article")
    if not body.strip():
        raise EmptyArticle(source, "file is empty")
    return body


def read_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """A single-article file's bytes (decompressed), refusing empty and oversized files."""
    source = str(path)
    try:
        with _open(path) as stream:
            return _read_limited(stream, source, max_bytes)
    except (OSError, EOFError, zlib.error) as err:
        raise UnreadableFile(source, getattr(err, "strerror", None) or str(err)) from None


def documents_from_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Iterator[RawDocument | Failure]:
    """Every article in one file: the file itself, or each record of a container."""
    source = str(path)
    try:
        with _open(path) as stream:
            head = stream.read(SNIFF_BYTES)
        if not head.strip():
            raise EmptyArticle(source, "file is empty")
        fmt = sniff_format(head, path.name.removesuffix(".gz"), source)
        if fmt in (JSONL, WARC):
            yield from _stream_container(path, fmt)
            return
        body = read_file(path, max_bytes)
    except (OSError, EOFError, zlib.error) as err:
        yield Failure(source, UnreadableFile(source, getattr(err, "strerror", None) or str(err)))
        return
    except WartaError as error:
        yield Failure(source, error)
        return
    yield from documents_in_body(body, fmt, source, _stem(path))


def _stream_container(path: Path, fmt: str) -> Iterator[RawDocument | Failure]:
    source = str(path)
    with ExitStack() as stack:
        # warcio undoes gzip itself, record by record, and needs the raw offsets for that.
        stream = stack.enter_context(path.open("rb") if fmt == WARC else _open(path))
        size = path.stat().st_size if fmt == WARC else None
        try:
            yield from documents_in_stream(stream, fmt, source, _stem(path), size)
        except (OSError, EOFError, zlib.error) as err:
            yield Failure(source, UnreadableFile(source, f"stopped reading: {err}"))


def documents_from_url(url: str, limits: FetchLimits | None = None) -> Iterator[RawDocument | Failure]:
    """The article (or the articles of a feed, dump or archive) at an http(s) URL."""
    try:
        fetched = fetch(url, limits or FetchLimits())
        if not fetched.body.strip():
            raise EmptyArticle(url, "the server sent an empty body")
        fmt = sniff_format(fetched.body, name_of(fetched.final_url), url)
    except WartaError as error:
        yield Failure(url, error)
        return
    stem = slug_from_url(fetched.final_url) or urlsplit(fetched.final_url).hostname or "url"
    yield from documents_in_body(fetched.body, fmt, url, stem, fetched.final_url, fetched.fetched_at)


def read_sources(sources: Iterable[str | Path]) -> Iterator[RawDocument | Failure]:
    """Every article in the given files, folders and URLs, or a Failure for each bad input."""
    for source in sources:
        if is_url(source):
            yield from documents_from_url(str(source))
            continue
        for item in expand_paths([source]):
            if isinstance(item, Failure):
                yield item
            else:
                yield from documents_from_file(item)
