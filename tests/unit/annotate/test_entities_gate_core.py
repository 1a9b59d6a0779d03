"""The compiled choice of the sentences the recogniser is run on agrees with its Python twin."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate.entity_recognised import _Claimed, _sentences_to_tag, _sentences_to_tag_twin, recogniser
from warta.annotate.segment import sentences
from warta.types import Span

try:
    from warta import _native
except ImportError:  # built without the compiled core: nothing to compare
    _native = None  # type: ignore[assignment]

pytestmark = [
    pytest.mark.skipif(recogniser() is None, reason="no statistical recogniser installed"),
    pytest.mark.skipif(_native is None, reason="built without the compiled core"),
]

_ARTICLE = (
    "Menurut dia, harga beras naik lagi pekan ini. Harga cabai juga naik di pasar. "
    "Sutarjo mengatakan harga beras naik lagi pekan ini. Namun pedagang di Pasar Minggu menolak. "
    "Kepala Dinas Perdagangan Kota Bogor, Ani Suryani, meninjau Pasar Bogor pada Senin pagi. "
    "Pedagang lain, Rudi, mengaku pasrah. Sementara itu harga bawang merah turun. "
    "PT Pangan Sejahtera Tbk menambah pasokan dari Brebes dan Nganjuk."
)


def _claimed(text: str, words: tuple[str, ...]) -> _Claimed:
    return _Claimed([Span(text.index(w), text.index(w) + len(w)) for w in words])


@pytest.mark.parametrize(
    "claimed",
    [(), ("Pasar Minggu",), ("Ani Suryani", "Kota Bogor", "Brebes"), ("Sutarjo", "Rudi", "PT Pangan Sejahtera Tbk")],
)
def test_entities_gate_core_and_twin_choose_the_same_sentences(claimed: tuple[str, ...]) -> None:
    found = sentences(_ARTICLE)
    spans = _claimed(_ARTICLE, claimed)
    core = _sentences_to_tag(found, spans)
    assert core == _sentences_to_tag_twin(found, spans)
    assert core  # the written article holds new names


def test_entities_gate_core_reads_a_tuple_of_sentences_and_none() -> None:
    found = tuple(sentences(_ARTICLE))
    assert _sentences_to_tag(found, _Claimed([])) == _sentences_to_tag_twin(found, _Claimed([]))
    assert _sentences_to_tag((), _Claimed([])) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_ARTICLE)), st.integers(0, 30)), max_size=12))
def test_entities_gate_core_and_twin_agree_on_any_claims(bounds: list[tuple[int, int]]) -> None:
    found = sentences(_ARTICLE)
    spans = _Claimed([Span(start, start + length) for start, length in bounds])
    assert _sentences_to_tag(found, spans) == _sentences_to_tag_twin(found, spans)
