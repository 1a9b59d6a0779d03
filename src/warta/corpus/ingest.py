"""``ingest``: read sources, analyse new articles in worker processes, store, update the corpus.

Documents already in the store (same id, same bytes) are skipped before any analysis, so a
re-run costs a hash per document and an interrupted ingest resumes where it stopped. Each
article is written in its own transaction; after each batch the corpus stages run on what
the batch added (and on anything an interrupted run left pending).
"""

from __future__ import annotations

import gc
import gzip
import multiprocessing
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, Any, cast

from warta.analyze import default_pipeline
from warta.corpus.update import update_corpus
from warta.errors import WartaError
from warta.ingest import read_sources
from warta.ingest.files import expand_paths
from warta.ingest.sniff import JSONL, SNIFF_BYTES, WARC, sniff_format
from warta.ingest.url import is_url
from warta.pipeline import Pipeline
from warta.store.repository import Store
from warta.store.rows import ArticleRows, document_key, rows_for
from warta.types import Failure, RawDocument

BATCH = 32
Payload = tuple[str, str, bytes, str, str | None, dict[str, str]]
WorkerResult = ArticleRows | tuple[str, type[Exception], str, str]


@dataclass(frozen=True, slots=True)
class Ingested:
    """One document the ingest saw: ``stored`` (new or a new version) or ``skipped`` (known)."""

    id: str
    origin: str
    status: str


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)
    stories: set[str] = field(default_factory=set)
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.stored} article(s) stored, {self.skipped} already stored, "
                f"{len(self.failures)} input(s) failed, {len(self.stories)} story(ies) updated")


# -- worker side -------------------------------------------------------------------------------

_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline | None) -> None:
    global _pipeline
    _pipeline = pipeline or default_pipeline()
    # A worker does nothing but analyse articles: collect garbage as rarely as
    # Pipeline.run_many does (each article makes thousands of short-lived objects).
    gc.set_threshold(20_000, *gc.get_threshold()[1:])


def _payload(raw: RawDocument) -> Payload:
    # RawDocument.hints is a mappingproxy, which does not pickle: send plain values.
    return raw.id, raw.origin, raw.body, raw.media_type, raw.url, dict(raw.hints)


def analyse_payload(payload: Payload) -> WorkerResult:
    """Analyse one document into store rows; an error comes back as (origin, class, source, reason)."""
    doc_id, origin, body, media_type, url, hints = payload
    raw = RawDocument(id=doc_id, origin=origin, body=body, media_type=media_type, url=url, hints=hints)
    pipeline = _pipeline or default_pipeline()
    try:
        return rows_for(raw, pipeline(raw))
    except WartaError as error:
        return origin, type(error), error.source, error.reason
    except Exception as error:  # a bug in one stage must not stop a corpus-wide ingest
        return origin, RuntimeError, origin, f"{type(error).__name__}: {error}"


def _as_failure(result: tuple[str, type[Exception], str, str]) -> Failure:
    origin, kind, source, reason = result
    error = kind(source, reason) if issubclass(kind, WartaError) else kind(f"{source}: {reason}")
    return Failure(origin, error)


# -- main side ---------------------------------------------------------------------------------


def count_inputs(sources: Iterable[str | Path]) -> int | None:
    """How many documents ``sources`` hold, cheaply, for a progress bar: a file is one, a JSON
    Lines file one per non-blank line; None when that cannot be known without fetching or
    parsing (a URL, which may be a feed; a WARC archive)."""
    total = 0
    for source in sources:
        if is_url(source):
            return None
        for item in expand_paths([source]):
            count = 1 if isinstance(item, Failure) else documents_in(item)
            if count is None:
                return None
            total += count
    return total


def documents_in(path: Path) -> int | None:
    """Documents in one file (see :func:`count_inputs`); an unreadable file counts as one failure."""
    try:
        with _open_maybe_gzipped(path) as stream:
            head = stream.read(SNIFF_BYTES)
            kind = sniff_format(head, path.name.removesuffix(".gz"), str(path))
            if kind == WARC:
                return None
            if kind != JSONL:
                return 1
            stream.seek(0)
            return sum(1 for line in stream if line.strip())
    except (OSError, EOFError, zlib.error, WartaError):
        return 1


def _open_maybe_gzipped(path: Path) -> IO[bytes]:
    with path.open("rb") as probe:
        gzipped = probe.read(2) == b"\x1f\x8b"
    return cast(IO[bytes], gzip.open(path, "rb")) if gzipped else path.open("rb")



def _executor(workers: int, pipeline: Pipeline | None) -> Executor | None:
    if workers <= 0:
        _init_worker(pipeline)
        return None
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(pipeline,))


def _batches(items: Iterable[RawDocument | Failure], size: int) -> Iterator[list[RawDocument | Failure]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _new_documents(
    store: Store, batch: list[RawDocument], seen: set[str]
) -> tuple[list[RawDocument], list[RawDocument]]:
    """Split a batch into documents to analyse and documents already stored (or repeated)."""
    keys = [document_key(raw) for raw in batch]
    known = store.known(keys) | seen
    fresh: list[RawDocument] = []
    old: list[RawDocument] = []
    for key, raw in zip(keys, batch, strict=True):
        (old if key in known else fresh).append(raw)
        known.add(key)
    seen.update(keys)
    return fresh, old


def _analysed(executor: Executor | None, documents: list[RawDocument]) -> Iterator[WorkerResult]:
    payloads = [_payload(raw) for raw in documents]
    if executor is None:
        return map(analyse_payload, payloads)
    return executor.map(analyse_payload, payloads, chunksize=4)


@dataclass
class _Submitted:
    """A batch whose new documents are being analysed by the workers."""

    batch: list[RawDocument | Failure]
    fresh: list[RawDocument]
    old: list[RawDocument]
    results: Iterator[WorkerResult]


def ingest_iter(
    sources: Iterable[str | Path], store: Store, workers: int = 2, pipeline: Pipeline | None = None,
    batch_size: int = BATCH, report: IngestReport | None = None,
) -> Iterator[Ingested | Failure]:
    """Ingest ``sources`` into ``store``, yielding each document's outcome as it is known.

    The workers analyse the next batch while this process stores the current one and runs
    the corpus stages on it: neither waits for the other.
    """
    report = report if report is not None else IngestReport()
    report.stories |= update_corpus(store)  # finish what an interrupted run left
    executor = _executor(workers, pipeline)
    seen: set[str] = set()
    pending: _Submitted | None = None
    try:
        for batch in _batches(read_sources(sources), batch_size):
            submitted = _submit(store, executor, batch, seen)
            if pending is not None:
                yield from _store_batch(store, pending, report)
            pending = submitted
        if pending is not None:
            yield from _store_batch(store, pending, report)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)


def _submit(store: Store, executor: Executor | None, batch: list[RawDocument | Failure],
            seen: set[str]) -> _Submitted:
    documents = [item for item in batch if isinstance(item, RawDocument)]
    fresh, old = _new_documents(store, documents, seen)
    return _Submitted(batch, fresh, old, _analysed(executor, fresh))


def _store_batch(store: Store, submitted: _Submitted, report: IngestReport) -> Iterator[Ingested | Failure]:
    """Write a batch's analysed articles (one transaction), then update the stories."""
    for item in submitted.batch:
        if isinstance(item, Failure):
            report.failures.append(item)
            yield item
    for raw in submitted.old:
        report.skipped += 1
        yield Ingested(raw.id, raw.origin, "skipped")
    outcomes: list[tuple[RawDocument, WorkerResult]] = list(zip(submitted.fresh, submitted.results, strict=True))
    analysed = [result for _, result in outcomes if isinstance(result, ArticleRows)]
    added = iter(store.add_many(analysed))
    for raw, result in outcomes:
        if isinstance(result, ArticleRows):
            new = next(added)
            report.stored += new
            report.skipped += not new
            yield Ingested(result.id, raw.origin, "stored" if new else "skipped")
        else:
            failure = _as_failure(result)
            report.failures.append(failure)
            yield failure
    report.stories |= update_corpus(store)


def ingest(
    sources: Iterable[str | Path], db: str | Store | None = None, workers: int = 2,
    progress: Callable[[Ingested | Failure], Any] | None = None, pipeline: Pipeline | None = None,
    batch_size: int = BATCH,
) -> IngestReport:
    """Store every article in ``sources`` and update the stories; see :func:`ingest_iter`."""
    store = db if isinstance(db, Store) else Store.open(db)
    report = IngestReport()
    started = time.perf_counter()
    try:
        for item in ingest_iter(sources, store, workers, pipeline, batch_size, report):
            if progress is not None:
                progress(item)
    finally:
        report.seconds = time.perf_counter() - started
        if not isinstance(db, Store):
            store.close()
    return report
