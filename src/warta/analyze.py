"""Library entry points for per-article analysis: one document, a text, or many paths."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from warta.ingest import read_sources
from warta.pipeline import Pipeline
from warta.types import Analysis, Failure, RawDocument


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline()


def analyze(document: RawDocument, pipeline: Pipeline | None = None) -> Analysis:
    """Analyse one raw document; raises a WartaError when it holds no article."""
    return (pipeline or default_pipeline())(document)


def analyze_text(
    text: str, id: str = "text", media_type: str = "text/plain", pipeline: Pipeline | None = None
) -> Analysis:
    """Analyse an article given as a string (scraped text, or HTML with ``text/html``)."""
    return analyze(RawDocument(id=id, origin=id, body=text.encode("utf-8"), media_type=media_type), pipeline)


def analyze_many(sources: Iterable[str | Path], pipeline: Pipeline | None = None) -> Iterator[Analysis | Failure]:
    """Each article found in ``sources`` (files, folders, URLs), or a Failure per bad input."""
    return (pipeline or default_pipeline()).run_many(read_sources(sources))


__all__ = ["Failure", "analyze", "analyze_many", "analyze_text", "default_pipeline"]
