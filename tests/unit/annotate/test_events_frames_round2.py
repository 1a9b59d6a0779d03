"""Targets and coordination read from context: replies, agentless accusations, shared stances, topics, wars."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

Triple = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Filipina menuduh China merusak terumbu karang di Laut China Selatan.",
          "China membantah tuduhan tersebut."], ("REJECT", "CHN", "PHL")),
        (["Jepang menuding Rusia melanggar wilayah udaranya.", "Rusia langsung menepisnya."], ("REJECT", "RUS", "JPN")),
        (["Vietnam membantah tuduhan itu dan mengancam akan membalas tudingan Kamboja."], ("REJECT", "VNM", "KHM")),
    ],
)  # fmt: skip
def test_events_frames_reply_targets_the_accuser(paragraphs: list[str], expected: Triple) -> None:
    assert expected in triples(build(paragraphs))


def test_events_frames_denied_fact_has_no_accuser_target() -> None:
    found = triples(build(["Amerika Serikat menuduh Korea Utara memasok senjata.",
                           "Korea Utara dan Rusia membantah adanya kesepakatan senjata."]))  # fmt: skip
    assert ("REJECT", "PRK", None) in found
    assert ("REJECT", "PRK", "USA") not in found


def test_events_frames_agentless_passive_accusation_takes_the_accuser() -> None:
    found = triples(build(["Australia menuduh China mengintimidasi kapal nelayan.",
                           "China juga dituduh menghalangi patroli udara di kawasan itu."]))  # fmt: skip
    assert ("ACCUSE", "AUS", "CHN") in found


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Jerman berbagi pendapat yang sama dengan Turki untuk mendesak Israel membuka perbatasan.", {"DEU", "TUR"}),
        ("Australia sependapat dengan Jepang dalam menolak klaim China.", {"AUS", "JPN"}),
        ("Filipina sejalan dengan Vietnam dan Malaysia untuk mengecam China.", {"PHL", "VNM", "MYS"}),
        ("Baik Mesir maupun Turki mengecam Israel.", {"EGY", "TUR"}),
    ],
)
def test_events_frames_shared_stance_partner_acts_too(sentence: str, sources: set[str]) -> None:
    kind = {"mendesak": "REQUEST", "menolak": "REJECT", "mengecam": "ACCUSE"}
    expected = next(v for k, v in kind.items() if k in sentence)
    assert {s for t, s, _ in triples(build(sentence)) if t == expected} == sources


def test_events_frames_meeting_partner_does_not_join_the_subject() -> None:
    found = triples(build("Australia bertemu dengan Jepang untuk mendesak China."))
    assert ("REQUEST", "AUS", "CHN") in found
    assert ("REQUEST", "JPN", "CHN") not in found


@pytest.mark.parametrize(
    ("sentence", "kind", "absent"),
    [
        ("Jepang mengumumkan pembicaraan lebih lanjut antara dua negara terkait Tiongkok.", "CONSULT", "CHN"),
        ("Jepang membahas soal Tiongkok dengan Filipina.", "CONSULT", "CHN"),
        ("Rusia menyerang markas kelompok yang didukung Prancis di Suriah.", "ASSAULT", "FRA"),
        ("Turki mengecam milisi yang didanai oleh Iran.", "ACCUSE", "IRN"),
    ],
)
def test_events_frames_topic_or_backer_is_never_the_target(sentence: str, kind: str, absent: str) -> None:
    assert not [t for t in triples(build(sentence)) if t[0] == kind and t[2] == absent]


def test_events_frames_topic_skipped_object_after_it_kept() -> None:
    assert ("CONSULT", "JPN", "PHL") in triples(build("Jepang membahas soal Tiongkok dengan Filipina."))


def test_events_frames_relative_passive_never_reaches_the_main_subject() -> None:
    found = triples(build("Rusia menyerang markas kelompok yang didukung Prancis di Suriah."))
    assert ("SUPPORT", "FRA", "RUS") not in found


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Jepang akan mengawasi penandatanganan kesepakatan Thailand-Kamboja di sela KTT ASEAN.",
          "Sebelumnya, Amerika Serikat mengancam akan menjatuhkan sanksi bagi kedua negara."], {"THA", "KHM"}),
        (["Perdana Menteri India bertemu Presiden Prancis di New Delhi.",
          "Sekjen PBB memuji kedua negara."], {"IND", "FRA"}),
    ],
)  # fmt: skip
def test_events_frames_two_states_are_the_last_pair_of_states(paragraphs: list[str], expected: set[str]) -> None:
    found = triples(build(paragraphs))
    targets = {t for kind, s, t in found if s in ("USA", "UN") and kind in ("THREATEN", "SUPPORT")}
    assert targets == expected


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Ribuan warga tewas dalam perang berdarah selama 12 hari antara Iran dan Israel.", ("IRN", "ISR")),
        ("Pertempuran sengit antara Thailand dan Kamboja menewaskan 30 orang.", ("THA", "KHM")),
        ("Perang antara Rusia dan Ukraina memasuki tahun ketiga.", ("RUS", "UKR")),
    ],
)
def test_events_frames_war_between_two_sides_both_ways(sentence: str, sides: tuple[str, str]) -> None:
    found = triples(build(sentence))
    assert ("ASSAULT", sides[0], sides[1]) in found
    assert ("ASSAULT", sides[1], sides[0]) in found


@pytest.mark.parametrize(
    "sentence",
    ["Perang dagang antara Amerika Serikat dan China memukul ekspor.",
     "Menlu menyerukan solusi bagi konflik antara Israel dan Palestina."],
)  # fmt: skip
def test_events_frames_no_war_for_trade_or_topic(sentence: str) -> None:
    assert not [t for t in triples(build(sentence)) if t[0] == "ASSAULT"]
