"""quick_init: a frozen dataclass's constructor, faster, with the generated one's behaviour."""

from __future__ import annotations

import inspect
import pickle
from dataclasses import FrozenInstanceError, InitVar, dataclass, field, replace
from typing import ClassVar

import pytest

from warta.quick_init import quick_init
from warta.types import Entity, Mention, Span


def _plain_and_quick() -> tuple[type, type]:
    """The same class twice: with the generated constructor and with quick_init's."""

    def make() -> type:
        @dataclass(frozen=True, slots=True)
        class Said:
            speaker: str
            words: tuple[str, ...] = ()
            place: str | None = None
            seen: list[str] = field(default_factory=list)

        return Said

    return make(), quick_init(make())


_CALLS = [
    (("Retno",), {}),
    (("Retno", ("kami", "menolak")), {}),
    (("Retno",), {"place": "Jakarta"}),
    ((), {"speaker": "Peskov", "words": ("tidak",), "place": "Moskow", "seen": ["a"]}),
]


@pytest.mark.parametrize(("args", "kwargs"), _CALLS)
def test_quick_init_builds_what_the_generated_constructor_builds(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    plain, quick = _plain_and_quick()
    made, expected = quick(*args, **kwargs), plain(*args, **kwargs)
    assert [getattr(made, n) for n in plain.__slots__] == [getattr(expected, n) for n in plain.__slots__]


def test_quick_init_calls_a_default_factory_for_each_object() -> None:
    _, quick = _plain_and_quick()
    first, second = quick("Retno"), quick("Retno")
    assert first.seen == []
    assert first.seen is not second.seen


def test_quick_init_keeps_the_parameters_and_their_errors() -> None:
    plain, quick = _plain_and_quick()
    ours, theirs = inspect.signature(quick.__init__), inspect.signature(plain.__init__)
    assert [(p.name, p.kind) for p in ours.parameters.values()] == [
        (p.name, p.kind) for p in theirs.parameters.values()
    ]
    assert ours.parameters["place"].default is None
    with pytest.raises(TypeError, match="speaker"):
        quick()
    with pytest.raises(TypeError, match="colour"):
        quick("Retno", colour="red")
    with pytest.raises(TypeError):
        quick("a", (), None, [], "too many")


def test_quick_init_values_stay_frozen_hashable_and_picklable() -> None:
    mention = Mention(Span(10, 17), "Blinken", "PER", "gaz:Q409")
    with pytest.raises(FrozenInstanceError):
        mention.text = "Kim"  # type: ignore[misc]
    assert hash(mention) == hash(Mention(Span(10, 17), "Blinken", "PER", "gaz:Q409"))
    assert mention.role is None
    assert pickle.loads(pickle.dumps(mention)) == mention
    assert replace(mention, text="Antony Blinken").text == "Antony Blinken"
    entity = Entity("gaz:Q409", "Antony Blinken", "PER", "USA")
    assert replace(entity, actor=None).actor is None
    assert entity.sector == Entity("gaz:Q409", "Antony Blinken", "PER", "USA").sector


def test_quick_init_refuses_classes_it_cannot_serve() -> None:
    @dataclass(slots=True)
    class Mutable:
        name: str

    @dataclass(frozen=True)
    class NoSlots:
        name: str

    @dataclass(frozen=True, slots=True)
    class Checked:
        name: str

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True, slots=True)
    class KeywordOnly:
        name: str = field(kw_only=True)

    @dataclass(frozen=True, slots=True)
    class NotInit:
        name: str = field(init=False, default="x")

    @dataclass(frozen=True, slots=True)
    class WithClassVar:
        limit: ClassVar[int] = 3
        name: str

    @dataclass(frozen=True, slots=True)
    class WithInitVar:
        name: str
        raw: InitVar[str] = ""

    for cls in (Mutable, NoSlots, Checked, KeywordOnly, NotInit, WithClassVar, WithInitVar):
        with pytest.raises(TypeError, match="quick_init"):
            quick_init(cls)
