"""Modality, intention types, relative clauses, restated acts and backstory dates (quality round 2)."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta.annotate.events import code_events_rules

Triple = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # stated readiness is an offer: AGREE, whatever cooperation is offered
        ("Presiden Indonesia menyatakan siap untuk mendukung keanggotaan penuh Palestina.", {("AGREE", "IDN", "PSE")}),
        ("Tokyo bersedia membantu Filipina memperkuat penjaga pantainya.", {("AGREE", "JPN", "PHL")}),
        # a signing still to come is a pledge to sign, by each party to the other
        ("Presiden Prancis dijadwalkan menyaksikan penandatanganan perjanjian damai antara Thailand dan Kamboja.",
         {("AGREE", "THA", "KHM"), ("AGREE", "KHM", "THA")}),
        # an attack announced, not yet made, is a threat
        ("Mesir mengatakan akan menyerang Turki, Iran, dan Israel jika perbatasannya dilanggar lagi.",
         {("THREATEN", "EGY", "TUR"), ("THREATEN", "EGY", "IRN"), ("THREATEN", "EGY", "ISR")}),
        ("Juru bicara militer Mesir menyebut pasukannya akan menyerang Turki dan Iran.",
         {("THREATEN", "EGY", "TUR"), ("THREATEN", "EGY", "IRN")}),
        # announced acts that are not intentions keep their type
        ("Kanada dan Jepang mengatakan mereka akan menjatuhkan sanksi baru terhadap Rusia.",
         {("SANCTION", "CAN", "RUS"), ("SANCTION", "JPN", "RUS")}),
        ("Menlu Malaysia dijadwalkan bertemu dengan Menlu Thailand di Bangkok pekan depan.",
         {("CONSULT", "MYS", "THA")}),
    ],
)  # fmt: skip
def test_event_status_intentions_take_plover_types(sentence: str, expected: set[Triple]) -> None:
    assert triples(build(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kanselir Jerman sudah lama ingin berbicara langsung dengan Presiden China.",
        "Pemerintah Filipina berharap bertemu dengan delegasi Vietnam dalam waktu dekat.",
        "Perdana Menteri Italia mendapat undangan resmi untuk menghadiri KTT G7 di Kanada.",
        "Presiden Turki diajak untuk mengunjungi Mesir oleh para pengusaha.",
    ],
)
def test_event_status_wishes_and_invitations_report_no_act(sentence: str) -> None:
    assert triples(build(sentence)) == set()


def test_event_status_invitation_by_named_inviter_is_agree() -> None:
    sentence = "Perdana Menteri Kanada mengundang Presiden Indonesia untuk menghadiri KTT G7 di Alberta."
    assert triples(build(sentence)) == {("AGREE", "CAN", "IDN")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tentara Turki menyerang milisi yang didukung Iran di perbatasan Suriah.",
        "Kapal perang Mesir mencegat kapal yang dibiayai Iran di Laut Merah.",
    ],
)
def test_event_status_relative_clause_describes(sentence: str) -> None:
    assert not {t for t in triples(build(sentence)) if t[0] in ("SUPPORT", "AID")}


def test_event_status_passive_outside_relative_clause_reports() -> None:
    assert ("SUPPORT", "TUR", "EGY") in triples(build("Langkah Mesir itu didukung Turki dan Arab Saudi."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turki meluncurkan gelombang serangan rudal ke Iran pada Senin malam.", ("ASSAULT", "TUR", "IRN")),
        ("Rusia meluncurkan serangan drone besar-besaran terhadap Ukraina.", ("ASSAULT", "RUS", "UKR")),
        # missiles launched at a state strike it; into its waters, they strike no one (a test, MOBILIZE)
        ("Iran meluncurkan puluhan rudal balistik ke Israel pada Selasa malam.", ("ASSAULT", "IRN", "ISR")),
        ("Hamas kembali meluncurkan roket ke Israel dari Jalur Gaza.", ("ASSAULT", "PSE", "ISR")),
        ("Iran menembakkan rudal ke arah Israel sebagai balasan.", ("ASSAULT", "IRN", "ISR")),
        ("Korea Utara meluncurkan rudal balistik jarak pendek ke Laut Jepang.", ("MOBILIZE", "PRK", None)),
        ("Korea Utara menembakkan dua rudal jelajah ke perairan Jepang, Kamis pagi.", ("MOBILIZE", "PRK", None)),
        ("Pyongyang meluncurkan rudal yang jatuh di lepas pantai Jepang.", ("MOBILIZE", "PRK", None)),
    ],
)
def test_event_status_launching_an_attack_is_assault(sentence: str, expected: Triple) -> None:
    assert triples(build(sentence)) == {expected}


def test_event_status_a_launch_at_no_one_keeps_the_weapons_mode() -> None:
    events = code_events_rules(build("Korea Utara menembakkan dua rudal jelajah ke perairan Jepang."))
    assert [(e.type, e.mode) for e in events] == [("MOBILIZE", "weapons")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harga minyak dunia melonjak akibat serangan Israel terhadap Iran.", {("ASSAULT", "ISR", "IRN")}),
        ("Perang meletus dengan serangan AS-Israel terhadap Iran pada akhir Februari.",
         {("ASSAULT", "USA", "IRN"), ("ASSAULT", "ISR", "IRN")}),
        ("Ribuan warga mengungsi karena gempuran Rusia ke Kyiv.", {("ASSAULT", "RUS", "UKR")}),
        # no doer named right after the noun: nothing to report
        ("Harga minyak dunia melonjak akibat serangan di Timur Tengah.", set()),
        # a threat made with an attack names no attack done
        ("Iran mengancam Israel dengan serangan balasan.", {("THREATEN", "IRN", "ISR")}),
    ],
)  # fmt: skip
def test_event_status_attack_named_as_a_cause_is_reported(sentence: str, expected: set[Triple]) -> None:
    assert triples(build(sentence)) == expected


def test_event_status_attack_restated_in_subordinate_clause_is_one_event() -> None:
    text = (
        "Militer Turki mengumumkan serangan udara terhadap Iran. Menlu Turki mengatakan perundingan masih "
        "mungkin meskipun militer Turki melancarkan serangan baru terhadap Iran."
    )
    events = [e for e in code_events_rules(build(text)) if e.type == "ASSAULT"]
    assert [(e.source, e.target) for e in events] == [("TUR", "IRN")]


def test_event_status_restated_attack_with_its_own_day_is_another_attack() -> None:
    text = "Turki menyerang Iran pada Senin. Iran membalas setelah Turki kembali menyerang Iran pada Rabu (3/2/2027)."
    analysis = build(text, timexes=[("Rabu (3/2/2027)", "2027-02-03")])
    events = [e for e in code_events_rules(analysis) if (e.type, e.source, e.target) == ("ASSAULT", "TUR", "IRN")]
    assert len(events) == 2


def test_event_dates_backstory_day_dates_only_its_clause() -> None:
    text = (
        "Militer Turki mengumumkan serangan udara terhadap Iran. Kementerian Luar Negeri Mesir mengecam Turki. "
        "Pejabat Iran mengatakan lebih dari 200 orang tewas sejak Israel memperbarui serangannya terhadap Iran "
        "pada 4 Februari 2027."
    )
    analysis = build(text, timexes=[("4 Februari 2027", "2027-02-04")])
    dates = {(e.type, e.source, e.target): e.date for e in code_events_rules(analysis)}
    assert dates[("ASSAULT", "TUR", "IRN")] is None
    assert dates[("ACCUSE", "EGY", "TUR")] is None
    assert dates[("ASSAULT", "ISR", "IRN")] == "2027-02-04"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # "sejak <day>" right after the event noun: the start of that very war
        ("Pertemuan darurat digelar setelah pecahnya perang Turki-Iran sejak Kamis (4/2/2027), yang melibatkan jet "
         "tempur.", "Kamis (4/2/2027)"),
        # "sejak dimulai pada <day>": no subject of its own, the start of the event it follows
        ("Turki dan Iran masih saling menyerang selama dua hari sejak dimulai pada Kamis (4/2/2027).",
         "Kamis (4/2/2027)"),
    ],
)  # fmt: skip
def test_event_dates_start_of_the_same_event_dates_it(text: str, surface: str) -> None:
    analysis = build(text, timexes=[(surface, "2027-02-04")])
    events = [e for e in code_events_rules(analysis) if e.type == "ASSAULT"]
    assert events
    assert all(e.date == "2027-02-04" for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Presiden AS mengancam menyerang Iran jika perundingan gagal.",
        "Korut ancam serang Korsel jika latihan militer gabungan berlanjut.",  # headline style, no "akan"
    ],
)
def test_event_status_the_content_of_a_threat_is_no_attack(sentence: str) -> None:
    assert {t[0] for t in triples(build(sentence))} == {"THREATEN"}
