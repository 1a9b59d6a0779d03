"""Round 6 event rules: rights are not acts, reciprocal acts, and triggers for promises, backing and urging."""

from __future__ import annotations

from dataclasses import replace

import pytest
from event_helpers import build, triples

from warta.types import Analysis, Entity, Mention, Span

Triple = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel berhak menyerang Iran bila diserang lebih dulu, kata seorang pejabat senior.",
        "Pejabat itu menyebut Rusia boleh menyerang Ukraina kapan saja.",
    ],
)
def test_events_a_right_to_act_is_not_an_act(sentence: str) -> None:
    assert not {t for t in triples(build(sentence)) if t[0] == "ASSAULT"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rusia dan Ukraina saling menuduh melanggar gencatan senjata di Zaporizhzhia.",
         {("ACCUSE", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS")}),
        ("Thailand dan Kamboja saling menyerang di wilayah perbatasan sejak Kamis.",
         {("ASSAULT", "THA", "KHM"), ("ASSAULT", "KHM", "THA")}),
    ],
)  # fmt: skip
def test_events_reciprocal_act_goes_both_ways(sentence: str, expected: set[Triple]) -> None:
    found = triples(build(sentence))
    assert expected <= found
    assert not {t for t in found if t[2] is None}


def test_events_reciprocal_word_keeps_a_named_target() -> None:
    found = triples(build("Rusia dan Ukraina saling menyerang Iran."))
    assert {t for t in found if t[0] == "ASSAULT"} == {("ASSAULT", "RUS", "IRN"), ("ASSAULT", "UKR", "IRN")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jepang bersedia mengirim bantuan ke Filipina.", ("AGREE", "JPN", "PHL")),
        ("Jepang memastikan akan mengirim bantuan beras ke Filipina bulan depan.", ("AGREE", "JPN", "PHL")),
        ("Indonesia dan Malaysia mencapai kesepakatan soal batas laut di Sulawesi.", ("AGREE", "IDN", "MYS")),
        ("Indonesia menegaskan solusi dua negara sebagai jalan damai bagi Palestina.", ("SUPPORT", "IDN", "PSE")),
        ("Uni Eropa mendorong reformasi PBB dalam sidang di New York.", ("REQUEST", "EU", "UN")),
        ("Menteri Luar Negeri Retno Marsudi disambut oleh Wang Yi di Beijing.", ("CONSULT", "CHN", "IDN")),
    ],
)
def test_events_round6_triggers(sentence: str, expected: Triple) -> None:
    assert expected in triples(build(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Jepang memastikan bantuan sudah tiba di Filipina.",  # an assurance about the past: no promise
        "Bank sentral mendorong pertumbuhan ekonomi Indonesia.",  # urging growth is no request to anyone
    ],
)
def test_events_round6_triggers_need_their_cue(sentence: str) -> None:
    assert not {t for t in triples(build(sentence)) if t[0] in ("AGREE", "REQUEST")}


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("Menteri Luar Negeri Retno Marsudi bertemu dengan Menlu Wong, Penny Wong, Sergey Lavrov dan Wang Yi "
         "di sela pertemuan tahunan di Jakarta.", {"SGP", "AUS", "RUS", "CHN"}),
        ("Indonesia bertemu dengan Jepang, Korea Selatan, dan Australia di Jakarta, Selasa.", {"JPN", "KOR", "AUS"}),
    ],
)  # fmt: skip
def test_events_listed_partners_meet_the_subject_only(sentence: str, partners: set[str]) -> None:
    found = {t for t in triples(build(sentence)) if t[0] == "CONSULT"}
    assert found == {("CONSULT", "IDN", p) for p in partners}


def _with_place(sentence: str, name: str, actor: str, role: str | None) -> Analysis:
    """``build`` plus a named place held by ``actor``, as the entity stage gives it (LOC, or a name used as scene)."""
    analysis = build(sentence)
    start = analysis.text.index(name)
    entity = Entity("loc1", name, "LOC", actor)
    mention = Mention(Span(start, start + len(name)), name, "LOC", "loc1", role)
    mentions = tuple(sorted((*analysis.mentions, mention), key=lambda m: m.span.start))
    return replace(analysis, entities=(*analysis.entities, entity), mentions=mentions)


@pytest.mark.parametrize(
    ("sentence", "place", "role", "expected"),
    [
        ("Serangan udara Israel menghantam wilayah Tepi Barat pada Minggu dini hari.", "Tepi Barat", "place",
         ("ASSAULT", "ISR", "PSE")),
        ("Pasukan Israel kembali menggempur kamp pengungsi Nur Syams, Selasa.", "Nur Syams", None,
         ("ASSAULT", "ISR", "PSE")),
    ],
)  # fmt: skip
def test_events_struck_place_stands_for_its_state(
    sentence: str, place: str, role: str | None, expected: Triple
) -> None:
    found = {t for t in triples(_with_place(sentence, place, "PSE", role)) if t[0] == expected[0]}
    assert found == {expected}


def test_events_struck_place_does_not_replace_a_named_state() -> None:
    sentence = "Israel menyerang Iran dari wilayah Tepi Barat, kata militer."
    found = {t for t in triples(_with_place(sentence, "Tepi Barat", "PSE", "place")) if t[0] == "ASSAULT"}
    assert found == {("ASSAULT", "ISR", "IRN")}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Israel menyerang Iran pada Senin malam.",
          "Serangan udara besar-besaran Israel ke fasilitas nuklir itu menewaskan puluhan orang."],
         {("ASSAULT", "ISR", "IRN")}),
        # another source's strike named with a demonstrative is its own event
        (["Israel menyerang Iran pada Senin malam.", "Serangan udara Rusia ke Kyiv itu menewaskan puluhan orang."],
         {("ASSAULT", "ISR", "IRN"), ("ASSAULT", "RUS", "UKR")}),
    ],
)  # fmt: skip
def test_events_demonstrative_subject_restates_the_event(paragraphs: list[str], expected: set[Triple]) -> None:
    assert {t for t in triples(build(paragraphs)) if t[0] == "ASSAULT"} == expected
