"""Round 6 event rules: rights are not acts, reciprocal acts, and triggers for promises, backing and urging."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

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
