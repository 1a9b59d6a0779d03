"""The gate of the recogniser's title and rank cuts: the compiled core agrees with its Python
twin, and a name it keeps is one the cuts leave as it is."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate.entity_recognised import (
    _after_inner_rank,
    _cut_tables,
    _cuts_kept_twin,
    _without_address,
    _without_title,
    _without_trailing_rank,
)
from warta.types import Span

try:
    from warta import _native
except ImportError:  # built without the compiled core: only the twin's soundness is checked
    _native = None  # type: ignore[assignment]

_TEXT = (
    "Presiden Bambang Sutrisno bertemu PM Mark Wilson di Istana Merdeka, Jakarta. "
    "Kapolres Makassar Kombes Budi Santoso mengatakan, pelaku sudah ditangkap. "
    "Menko Polhukam Hadi Wibowo hadir bersama Dr Sri Lestari dan Prof. Ani Rahmawati. "
    "Markas Tentera Udara Brigjen Ahmad Fauzi berada di Medan. "
    "Sementara itu, Wakil Ketua DPR Rudi Hartono menolak usul Partai Buruh. "
    "Direktur Utama PT Kereta Api Indonesia (Persero) Dewi Anggraini meninjau Stasiun Gambir. "
    "Kata Ibu Siti, harga beras di Pasar Minggu naik lagi; Bapak Joko al-Habsyi setuju. "
    "Ketua Umum PSSI Erick Tanjung bertemu pelatih Shin Tae-yong di Gelora Bung Karno."
)
_LABELS = ("PER", "ORG", "LOC", "MISC")


def _cut(start: int, end: int, label: str, text: str) -> tuple[Span, str]:
    """What _titles_cut does to one name without the gate."""
    span, label = _without_title(Span(start, end), label, text)
    span = _after_inner_rank(_without_trailing_rank(span, label, text), label, text)
    return (_without_address(span, text) if label == "PER" else span), label


def _names(text: str, longest: int = 4) -> list[tuple[int, int]]:
    """Every run of one to ``longest`` words of ``text`` (what the recogniser may return)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    return [(words[i][0], words[j][1]) for i in range(len(words)) for j in range(i, min(len(words), i + longest))]


def _check(text: str, names: list[tuple[int, int]]) -> None:
    for label in _LABELS:
        starts, ends, labels = [s for s, _ in names], [e for _, e in names], [label] * len(names)
        kept = _cuts_kept_twin(text, starts, ends, labels)
        if _native is not None:
            assert _native.cuts_kept(text, starts, ends, labels, _cut_tables()) == kept
        for (start, end), keep in zip(names, kept, strict=True):
            if keep:
                assert _cut(start, end, label, text) == (Span(start, end), label), text[start:end]


def test_entities_cut_gate_agrees_and_keeps_only_names_the_cuts_keep() -> None:
    names = _names(_TEXT)
    _check(_TEXT, names)
    kept = _cuts_kept_twin(_TEXT, [s for s, _ in names], [e for _, e in names], ["PER"] * len(names))
    assert any(kept)
    assert not all(kept)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Presiden Bambang Sutrisno", "PER"),
        ("Dr Sri Lestari", "PER"),
        ("Makassar Kombes Budi Santoso", "PER"),
        ("Markas Tentera Udara Brigjen", "ORG"),
        ("Polhukam Hadi Wibowo", "PER"),
    ],
)
def test_entities_cut_gate_lets_the_cuts_see_titles_ranks_and_address(name: str, label: str) -> None:
    start = _TEXT.index(name)
    starts, ends = [start], [start + len(name)]
    assert _cuts_kept_twin(_TEXT, starts, ends, [label]) == [False]
    if _native is not None:
        assert _native.cuts_kept(_TEXT, starts, ends, [label], _cut_tables()) == [False]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Presiden",
                "Kombes",
                "Brigjen",
                "Dr",
                "Prof.",
                "Menko",
                "Ani",
                "al-Habsyi",
                "Ég",
                "ÖZ",
                "dan",
                "kata",
                "PT",
                "Tbk",
                "-",
                ",",
                "Ketua",
                "Umum",
                "x_Y",
                "2024",
                "Wakil",
            ]
        ),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from([" ", "  ", ". "]),
)
def test_entities_cut_gate_agrees_on_any_words(words: list[str], gap: str) -> None:
    text = gap.join(words)
    _check(text, [(s, e) for s, e in _names(text, 5) if s < e])
