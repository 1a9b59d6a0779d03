"""Event coders behind one interface, so a second coder can replace or join the rule coder.

An :class:`EventCoder` has a ``name`` and ``code(analysis) -> tuple[Event, ...]``. The rule
coder ("events.rules.v1") is the default and needs no network; others (the LLM coder,
"events.llm.v1") register here under their own versioned names and are imported only when
asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import import_module
from typing import Protocol, runtime_checkable

from warta.errors import UnknownImplementation
from warta.types import Analysis, Event


@runtime_checkable
class EventCoder(Protocol):
    @property
    def name(self) -> str: ...

    def code(self, analysis: Analysis) -> tuple[Event, ...]: ...


@dataclass(frozen=True, slots=True)
class RuleCoder:
    """The lexicon-and-frames coder of :mod:`warta.annotate.events`."""

    name: str = "events.rules.v1"

    def code(self, analysis: Analysis) -> tuple[Event, ...]:
        from warta.annotate.events import code_events_rules

        return code_events_rules(analysis)


# Factories by name; the LLM coder is imported lazily so that httpx and settings are only
# touched when someone chooses it.
_FACTORIES: dict[str, Callable[[], EventCoder]] = {
    "events.rules.v1": lambda: RuleCoder(),
    "events.llm.v1": lambda: import_module("warta.annotate.llm_coder").LlmCoder.from_env(),
}
DEFAULT_CODER = "events.rules.v1"


def register_coder(name: str, factory: Callable[[], EventCoder]) -> None:
    _FACTORIES[name] = factory


def coder_names() -> list[str]:
    return sorted(_FACTORIES)


def get_coder(name: str = DEFAULT_CODER) -> EventCoder:
    try:
        factory = _FACTORIES[name]
    except KeyError:
        known = ", ".join(coder_names())
        raise UnknownImplementation("event coders", f"no event coder named {name!r}; known: {known}") from None
    return factory()


def code_with(coder: EventCoder, analysis: Analysis) -> Analysis:
    """``analysis`` with its events replaced by what ``coder`` finds."""
    return replace(analysis, events=coder.code(analysis))
