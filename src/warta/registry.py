"""Named, versioned implementations of each stage kind, open to other packages.

Built-ins register under names such as ``"entities.rules.v1"``; third-party packages add
their own through the ``warta.stages`` entry-point group. An unknown name is an error that
lists the names that are known.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from warta.errors import UnknownImplementation

T = TypeVar("T")

# Built-in modules that register implementations when imported; importing lazily keeps
# `import warta` cheap and avoids loading models that a command does not use.
BUILTIN_MODULES = (
    "warta.annotate.segment",
    "warta.annotate.entities",
    "warta.annotate.time",
    "warta.annotate.quotes",
    "warta.annotate.events",
)


class Registry(Generic[T]):
    def __init__(self, kind: str, entry_point_group: str) -> None:
        self.kind = kind
        self.entry_point_group = entry_point_group
        self._items: dict[str, T] = {}
        self._loaded = False

    def register(self, name: str) -> Callable[[T], T]:
        def decorate(item: T) -> T:
            self._items[name] = item
            return item

        return decorate

    def get(self, name: str) -> T:
        self._load()
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise UnknownImplementation(
                f"{self.kind} registry", f"no implementation named {name!r}; known: {known}"
            ) from None

    def names(self) -> list[str]:
        self._load()
        return sorted(self._items)

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for module in BUILTIN_MODULES:
            try:
                import_module(module)
            except ModuleNotFoundError as err:
                if err.name != module:
                    raise
        for point in entry_points(group=self.entry_point_group):
            self._items.setdefault(point.name, point.load())


stages: Registry[object] = Registry("stages", "warta.stages")
