"""Round 3 event rules: background is not news, venues are not parties, partners pair with the subject,
restated acts are coded once, and common diplomatic triggers (solidarity, welcome, recognition, retaliation,
negotiation, offers, passive signings)."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta.annotate.events import code_events_rules

Triple = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Indonesia dan Vietnam memiliki hubungan ekonomi yang erat sejak lama.",
        "Kedua negara itu, Malaysia dan Singapura, menjalin hubungan yang erat.",
        "Malaysia dan Singapura memiliki beberapa perjanjian kerja sama di bidang energi.",
        "Jepang mempunyai kemitraan strategis dengan Filipina.",
    ],
)
def test_events_background_standing_relation_is_not_an_event(sentence: str) -> None:
    assert not {t for t in triples(build(sentence)) if t[0] in ("AGREE", "COOPERATE", "SUPPORT")}


def test_events_background_had_complaint_is_still_an_accusation() -> None:
    found = triples(build("Jerman mengatakan memiliki keprihatinan mendalam atas serangan Rusia ke Ukraina."))
    assert ("ACCUSE", "DEU", "RUS") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Filipina mengumumkan pembelian 20 jet tempur dan rudal dari Prancis.",
        "Anggaran pertahanan Jepang mencakup pengadaan rudal jelajah dan bom dari AS.",
        "Vietnam menandatangani kontrak pembelian bom pintar dari Israel senilai 200 juta dolar.",
    ],
)
def test_events_background_weapons_as_goods_are_no_assault(sentence: str) -> None:
    assert not {t for t in triples(build(sentence)) if t[0] == "ASSAULT"}


def test_events_background_bombing_verb_stays_an_assault() -> None:
    found = triples(build("Setelah pembelian jet baru, Israel membom Iran pada Selasa malam."))
    assert ("ASSAULT", "ISR", "IRN") in found


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Rusia berulang kali menyerang Ukraina di masa lalu.", False),
        ("Pada masa lalu, Jepang pernah mengirim pasukan ke Kamboja.", False),
        ("Rusia menyerang Ukraina lagi pada Minggu dini hari.", True),
    ],
)
def test_events_background_habitual_past_is_not_reported(sentence: str, kept: bool) -> None:
    assert bool(triples(build(sentence))) is kept


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Di sela KTT ASEAN, Prancis bertemu Malaysia.", {("CONSULT", "FRA", "MYS")}),
        ("Di sela-sela sidang Majelis Umum PBB, Turki bertemu dengan Mesir.", {("CONSULT", "TUR", "EGY")}),
        ("Dalam forum ASEAN, Filipina mengecam China.", {("ACCUSE", "PHL", "CHN")}),
        ("Menjelang KTT NATO, Rusia menembakkan rudal ke Ukraina.", {("ASSAULT", "RUS", "UKR")}),
    ],
)  # fmt: skip
def test_events_background_venue_body_is_no_participant(sentence: str, expected: set[Triple]) -> None:
    assert triples(build(sentence)) == expected


def test_events_background_body_as_partner_still_counts() -> None:
    assert ("CONSULT", "IDN", "ASEAN") in triples(build("Indonesia bertemu dengan ASEAN di Jakarta."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Presiden Prancis mengadakan pembicaraan bilateral dengan para pemimpin Jepang, Kanada, dan Italia di Roma.",
         {("CONSULT", "FRA", "JPN"), ("CONSULT", "FRA", "CAN"), ("CONSULT", "FRA", "ITA")}),
        ("Menlu Indonesia melakukan pertemuan dengan Menlu Malaysia dan Menlu Thailand di Bangkok.",
         {("CONSULT", "IDN", "MYS"), ("CONSULT", "IDN", "THA")}),
    ],
)  # fmt: skip
def test_events_light_verb_meeting_pairs_subject_with_each_partner(sentence: str, expected: set[Triple]) -> None:
    assert triples(build(sentence)) == expected


def test_events_light_verb_trilateral_meeting_is_a_round_table() -> None:
    found = triples(build("Presiden Prancis mengadakan pertemuan trilateral dengan Jepang dan Kanada."))
    assert {("CONSULT", "FRA", "JPN"), ("CONSULT", "FRA", "CAN"), ("CONSULT", "JPN", "CAN")} <= found


def test_events_light_verb_agreement_with_partner_goes_both_ways() -> None:
    found = triples(build("Presiden Indonesia menyampaikan kesepakatannya dengan Presiden Prancis soal stabilitas."))
    assert {("AGREE", "IDN", "FRA"), ("AGREE", "FRA", "IDN")} <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pemerintah Malaysia menyatakan solidaritasnya dengan rakyat Palestina.", ("SUPPORT", "MYS", "PSE")),
        ("Turki menyampaikan solidaritas terhadap Mesir setelah banjir besar.", ("SUPPORT", "TUR", "EGY")),
        ("Kementerian Luar Negeri Vietnam menyambut baik keputusan Filipina.", ("SUPPORT", "VNM", "PHL")),
        ("Kamboja menyambut gembira tawaran Thailand untuk berdamai.", ("SUPPORT", "KHM", "THA")),
        ("Italia secara resmi mengakui Palestina sebagai negara merdeka.", ("SUPPORT", "ITA", "PSE")),
        ("Prancis akan mengakui negara Palestina pada sidang bulan depan.", ("AGREE", "FRA", "PSE")),
        ("Iran membalas serangan Israel dengan puluhan drone.", ("ASSAULT", "IRN", "ISR")),
        ("Jerman memasok Ukraina dengan sistem pertahanan udara.", ("AID", "DEU", "UKR")),
        ("Thailand bernegosiasi dengan Kamboja soal sengketa perbatasan.", ("CONSULT", "THA", "KHM")),
        ("Turki menawarkan perundingan damai kepada Rusia.", ("AGREE", "TUR", "RUS")),
        ("China menawarkan pertemuan dengan Jepang di Beijing.", ("AGREE", "CHN", "JPN")),
        ("Perjanjian itu ditandatangani pada Senin antara Malaysia dan Thailand.", ("SUPPORT", "MYS", "THA")),
    ],
)  # fmt: skip
def test_events_round3_diplomatic_triggers(sentence: str, expected: Triple) -> None:
    assert expected in triples(build(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel mengakui telah menyerang Iran.",
        "Iran bernegosiasi dalam posisi sulit, kata pengamat.",
    ],
)
def test_events_round3_triggers_do_not_overfire(sentence: str) -> None:
    found = triples(build(sentence))
    assert not {t for t in found if t[0] in ("SUPPORT", "CONSULT")}


def test_events_offered_meeting_is_not_also_a_meeting() -> None:
    assert not {t for t in triples(build("China menawarkan pertemuan dengan Jepang.")) if t[0] == "CONSULT"}


def test_events_passive_signing_names_only_the_first_pair_after_antara() -> None:
    found = triples(build("Perjanjian itu ditandatangani antara Israel dan Mesir, serta Israel dan Turki."))
    assert ("SUPPORT", "ISR", "EGY") in found
    assert not {t for t in found if "TUR" in t}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the threat named again as its sentence's topic is the one already coded
        (["Presiden AS mengancam akan menyerang Iran.", "Ancaman AS muncul setelah perundingan gagal."], 1),
        # a dated noun is told as its own act
        (["Israel menyerang Iran pada Senin.", "Serangan Israel ke Iran pada Rabu menewaskan 20 orang."], 2),
    ],
)  # fmt: skip
def test_events_restated_topic_noun_is_coded_once(text: list[str], count: int) -> None:
    timexes = [("pada Senin", "2025-06-02"), ("pada Rabu", "2025-06-04")] if count == 2 else []
    events = code_events_rules(build(text, timexes=timexes))
    kinds = [e for e in events if e.type in ("THREATEN", "ASSAULT")]
    assert len(kinds) == count
