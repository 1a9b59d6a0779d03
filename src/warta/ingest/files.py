"""Walk paths and folders, read each file once, and hand it to the reader for its format."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from warta.errors import EmptyArticle, TooLarge, UnreadableFile, WartaError
from warta.ingest.sniff import sniff_media_type
from warta.types import Failure, RawDocument

MAX_FILE_BYTES = 50 * 1024 * 1024


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


def read_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(source, f"{size:,} bytes is over the {max_bytes:,}-byte limit")
        body = path.read_bytes()
    except OSError as err:
        raise UnreadableFile(source, err.strerror or str(err)) from None
    if not body.strip():
        raise EmptyArticle(source, "file is empty")
    return body


def documents_from_file(path: Path) -> Iterator[RawDocument | Failure]:
    try:
        body = read_file(path)
        media_type = sniff_media_type(body, path.name, str(path))
    except WartaError as error:
        yield Failure(str(path), error)
        return
    yield RawDocument(id=path.stem, origin=str(path), body=body, media_type=media_type)


def read_sources(sources: Iterable[str | Path]) -> Iterator[RawDocument | Failure]:
    """Every article in the given files and folders, or a Failure for each bad input."""
    for item in expand_paths(sources):
        if isinstance(item, Failure):
            yield item
        else:
            yield from documents_from_file(item)
