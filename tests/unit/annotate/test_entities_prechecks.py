"""Cheap tests that spare the entity step a regex search must never refuse a text the search
would match (they are necessary conditions: output is unchanged by them)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate.entity_heads import _type_before, _type_before_searched, name_heads
from warta.annotate.entity_recognised import _may_open_title, _title_at
from warta.annotate.roles import title_pattern

WORDS = [
    "majalah",
    "Majalah",
    "situs",
    "berita",
    "harian",
    "berbahasa",
    "Inggris",
    "Time",
    "Kompas",
    ",",
    "di",
    "kota",
    "menurut",
    "kantor",
    "laporan",
    "(",
    "Menteri",
    "Luar",
    "Negeri",
    "PM",
    "Presiden",
    "Wakil",
    "warga",
]


@pytest.mark.parametrize(
    ("window", "kind"),
    [
        ("Hal itu dilaporkan majalah berbahasa Inggris ", "ORG"),
        ("seperti dikutip harian ", "ORG"),
        ("menurut laporan situs berita Amerika, ", "ORG"),
        ("Ratusan warga mengungsi ke sebuah sekolah di ", "LOC"),
        ("Pejabat pemerintah kota ", "LOC"),
    ],
)
def test_entities_before_tests_pass_where_the_pattern_types(window: str, kind: str) -> None:
    pattern, _, test = next(row for row in name_heads().before if row[1] == kind)
    assert pattern.search(window) is not None
    assert test(window)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=9).map(" ".join), st.sampled_from(["", " ", ", ", "\n"]))
def test_entities_before_tests_never_refuse_a_match(words: str, end: str) -> None:
    window = words + end
    for pattern, kind, test in name_heads().before:
        if pattern.search(window):
            assert test(window), (kind, window)


@pytest.mark.parametrize(
    "window",
    [
        "Hal itu pertama kali dilaporkan majalah berbahasa Prancis ",
        "menurut laporan situs berita Amerika, ",
        "Ratusan warga mengungsi ke sebuah sekolah di ",
        "ujar juru bicara Kementerian Luar Negeri dalam keterangannya, ",
        "kata dia kepada wartawan di Jakarta, Senin. Sementara itu, ",
        "(majalah Tempo ",
        "seperti dikutip harian\n",
    ],
)
def test_entities_type_before_reversed_agrees_with_the_search(window: str) -> None:
    assert _type_before(window, name_heads()) == _type_before_searched(window, name_heads())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=9).map(" ".join), st.sampled_from(["", " ", ", ", "\n"]))
def test_entities_type_before_reversed_never_differs(words: str, end: str) -> None:
    window = words + end
    assert _type_before(window, name_heads()) == _type_before_searched(window, name_heads()), window


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Menteri Luar Negeri Sugiono bertemu mitranya", "Menteri Luar Negeri"),
        ("PM Anwar Ibrahim tiba di Jakarta", "PM"),
        ("Wakil Presiden Gibran hadir", "Wakil Presiden"),
        ("Warga Sugiono hadir", None),
    ],
)
def test_entities_title_at_finds_titles(text: str, title: str | None) -> None:
    match = _title_at(text, 0, len(text))
    assert (match.group() if match else None) == title


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join))
def test_entities_title_precheck_never_refuses_a_title(text: str) -> None:
    if title_pattern().match(text) is not None:
        assert _may_open_title(text[:3])
