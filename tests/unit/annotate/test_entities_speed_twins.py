"""Faster paths of the entity step against the plain forms they replace, on Indonesian text:
each must give the same answer (the speed round keeps output byte-identical)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import entity_compounds, entity_missions, metonymy
from warta.annotate.entity_context import _language
from warta.annotate.found import Found, ordered, remade, unknown_entity, with_actor, with_type
from warta.annotate.phrases import word_phrases
from warta.annotate.roles import _common_words
from warta.types import Entity, Span

TEXTS = [
    "Menteri Pekerjaan Umum Basuki Hadimuljono meninjau pekerjaan umum di Jawa Tengah, kata kepala-sekolah.",
    "Kepala Sekolah SMA 1 menyebut kepala_sekolah dan sekolah-sekolah swasta; sekolah itu ditutup.",
    "KBRI Kuala Lumpur dan KJRI di Jeddah membantu WNI, sementara xKBRI di Tokyo bukan nama kantor.",
    "Dubes-KBRI Ankara, Kedubes RI Ankara dan Konsulat Jenderal RI di Houston menerima laporan itu.",
    "Perjanjian Paris dan kesepakatan Oslo dibahas; Protokol Kyoto\nJepang, PERJANJIAN  Roma disebut.",
    "Harga dolar AS naik; warga berbahasa Prancis dan bahasa Inggris di Real Madrid serta Universitas Indonesia.",
    "Pemain AC Milan dan Inter Milan bertemu di George Washington University, lalu ke Air Asia.",
]


def _lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case, by the pattern :func:`_common_words` once read."""
    return frozenset(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", text))


@pytest.mark.parametrize("text", TEXTS)
def test_entities_common_words_by_find_equal_the_lower_case_word_set(text: str) -> None:
    runs = {m.group() for m in re.finditer(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*", text)}
    for name in runs | {"Pekerjaan Umum", "Kepala Sekolah", "Sekolah", "Kuala Lumpur", "Inggris"}:
        expected = all(w.casefold() in _lower_words(text) for w in name.split())
        assert _common_words(name, text) == expected, name


@pytest.mark.parametrize("text", TEXTS)
def test_entities_mission_matches_equal_the_look_behind_scan(text: str) -> None:
    source = entity_missions._mission_pattern().pattern
    plain = re.compile(r"(?<![\w-])" + source)
    expected = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in entity_missions._mission_matches(text)] == expected


def _spans_after_capitals(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"(?<=\s)[A-Z]\w+", text)]


@pytest.mark.parametrize("text", TEXTS)
def test_entities_window_prechecks_never_change_an_answer(text: str) -> None:
    accord_before = re.compile(r"(?<!\w)([A-Z]\w+)\s+$")
    language = re.compile(r"(?<!\w)(?:ber)?bahasa\s+$", re.I)
    for span in _spans_after_capitals(text):
        before = accord_before.search(text, max(0, span.start - 24), span.start)
        accord = before is not None and before.group(1).casefold() in metonymy._accord_words()
        assert metonymy.names_accord(text, span) == (accord and metonymy._SECOND_PARTY.match(text, span.end) is None)
        item = Found(span, span.of(text), Entity("gpe:x", "X", "GPE", "XXX"))
        searched = language.search(text, max(0, span.start - 16), span.start)
        if searched is not None:
            assert _language(item, text)
        place = Found(span, span.of(text), Entity("loc:x", "X", "LOC"))
        words = entity_compounds._compound_words()
        previous = entity_compounds._PREVIOUS_WORD.search(text, max(0, span.start - 40), span.start)
        after = entity_compounds._NEXT_WORD.match(text, span.end)
        if (after is None or after.group(1) not in words["after"]) and previous is not None:
            opened = previous.group(1) in words["before"]
            assert (entity_compounds._name_span(place, text) is not None) == opened


def _two_sorts(found: list[Found]) -> list[Found]:
    out = sorted(found, key=lambda f: f.span.end, reverse=True)
    out.sort(key=lambda f: f.span.start)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=12))
def test_entities_ordered_equals_the_two_sorts(spans: list[tuple[int, int]]) -> None:
    text = "Presiden Joko Widodo bertemu Menteri Luar Negeri di Jakarta pada Senin."
    found = [Found(Span(s, s + n), text[s : s + n], unknown_entity(text[s : s + n], "PER")) for s, n in spans]
    assert ordered(found) == _two_sorts(found)
    assert [id(f) for f in ordered(found)] == [id(f) for f in _two_sorts(found)]


def test_entities_remade_equals_dataclasses_replace() -> None:
    person = Found(Span(0, 4), "Budi", unknown_entity("Budi", "PER"), "ner:PER", "menteri")
    known = Entity("per:x", "Budi Santoso", "PER", "IDN", "Q1", "government")
    assert remade(person, entity=known, kind="coref") == replace(person, entity=known, kind="coref")
    assert remade(person, role="place") == replace(person, role="place")
    assert with_actor(known, "MYS") == replace(known, actor="MYS")
    assert with_type(known, "ORG") == replace(known, type="ORG")


@pytest.mark.parametrize("text", TEXTS)
def test_entities_phrases_without_a_leading_word_find_nothing(text: str) -> None:
    folding = re.compile(r"(?<!\w)(?:jaksa agung|dato' seri|wali kota|kepala staf)(?!\w)", re.I)
    finder = word_phrases(["jaksa agung", "dato' seri", "wali kota", "kepala staf"])
    assert finder.spans(text) == [m.span() for m in folding.finditer(text)]
