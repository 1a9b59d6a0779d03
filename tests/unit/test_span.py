"""Span, the offsets every stage makes: its hand-written constructor keeps a dataclass's contract."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from warta.types import Span


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4), (-3, -1)])
def test_span_refuses_bounds_out_of_order(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=f"bad span {start}..{end}"):
        Span(start, end)


def test_span_is_a_frozen_value() -> None:
    span = Span(3, 9)
    assert span == Span(start=3, end=9)
    assert hash(span) == hash(Span(3, 9))
    assert span != Span(3, 8)
    assert repr(span) == "Span(start=3, end=9)"
    assert "Jakarta tiba"[Span(0, 7).start : Span(0, 7).end] == Span(0, 7).of("Jakarta tiba") == "Jakarta"
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]


def test_span_survives_replace_and_pickle() -> None:
    assert dataclasses.replace(Span(3, 9), end=12) == Span(3, 12)
    with pytest.raises(ValueError, match="bad span"):
        dataclasses.replace(Span(3, 9), end=1)
    assert pickle.loads(pickle.dumps(Span(3, 9))) == Span(3, 9)
    assert Span(3, 9).shift(2) == Span(5, 11)
