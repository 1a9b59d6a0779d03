"""The per-article pipeline: extraction, then annotation stages in a checked order.

A stage is any callable ``Analysis -> Analysis`` with a ``name`` and the layers it
``requires`` and ``provides``. :class:`Pipeline` checks at construction that every required
layer is provided by an earlier stage, so a misordered pipeline fails before it runs.
Everything here is pure: no store, no network.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, runtime_checkable

from warta.errors import PipelineOrderError, WartaError
from warta.extract import extract
from warta.registry import stages as stage_registry
from warta.types import Analysis, Failure, RawDocument

# The layer extraction provides; every stage may rely on it.
BASE_LAYERS = frozenset({"article"})

DEFAULT_STAGES: tuple[str, ...] = (
    "segment.rules.v1",
    "entities.rules.v1",
    "time.rules.v1",
    "quotes.rules.v1",
    "events.rules.v1",
)


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, analysis: Analysis) -> Analysis: ...


@dataclass(frozen=True, slots=True)
class FunctionStage:
    """A plain function wearing the :class:`Stage` interface."""

    name: str
    function: Callable[[Analysis], Analysis]
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    version: str = "1"

    def __call__(self, analysis: Analysis) -> Analysis:
        return self.function(analysis)


def stage(
    name: str, *, requires: Sequence[str] = (), provides: Sequence[str] = ()
) -> Callable[[Callable[[Analysis], Analysis]], FunctionStage]:
    """Register a function as the stage ``name`` (for example ``"quotes.rules.v1"``)."""

    def decorate(function: Callable[[Analysis], Analysis]) -> FunctionStage:
        wrapped = FunctionStage(name, function, tuple(requires), tuple(provides))
        stage_registry.register(name)(wrapped)
        return wrapped

    return decorate


def check_order(stages: Sequence[Stage]) -> None:
    available = set(BASE_LAYERS)
    for position, item in enumerate(stages):
        missing = [layer for layer in item.requires if layer not in available]
        if missing:
            providers = [s.name for s in stages[position + 1 :] if set(missing) & set(s.provides)]
            hint = f"; move {', '.join(providers)} before it" if providers else ""
            raise PipelineOrderError("pipeline", f"stage {item.name!r} needs {', '.join(missing)}{hint}")
        available.update(item.provides)


class Pipeline:
    """Ordered stages; ``Pipeline()`` builds the default one from the registry."""

    def __init__(self, stages: Iterable[Stage | str] | None = None) -> None:
        chosen = DEFAULT_STAGES if stages is None else stages
        self.stages: tuple[Stage, ...] = tuple(_resolve(item) for item in chosen)
        check_order(self.stages)

    def annotate(self, analysis: Analysis) -> Analysis:
        provenance = dict(analysis.provenance)
        for item in self.stages:
            analysis = item(analysis)
            for layer in item.provides:
                provenance[layer] = item.name
        return replace(analysis, provenance=provenance)

    def __call__(self, raw: RawDocument) -> Analysis:
        return self.annotate(Analysis(article=extract(raw), provenance={"article": "extract.v1"}))

    def run_many(self, documents: Iterable[RawDocument | Failure]) -> Iterator[Analysis | Failure]:
        """Analyse each document; a bad one becomes a :class:`Failure` and the rest go on."""
        # Every article makes thousands of small objects (tokens, spans) that live until its
        # analysis is done; at the default gen-0 threshold (700) the collector runs several
        # times per article for nothing (measured: ~7% of analysis time).
        threshold = gc.get_threshold()
        gc.set_threshold(20_000, *threshold[1:])
        try:
            for document in documents:
                if isinstance(document, Failure):
                    yield document
                    continue
                try:
                    yield self(document)
                except WartaError as error:
                    yield Failure(document.origin, error)
                except Exception as error:  # a bug on one article must not end the batch
                    yield Failure(document.origin, error)
        finally:
            gc.set_threshold(*threshold)


def _resolve(item: Stage | str) -> Stage:
    if isinstance(item, str):
        found = stage_registry.get(item)
        assert isinstance(found, Stage), f"registry entry {item!r} is not a stage"
        return found
    return item
