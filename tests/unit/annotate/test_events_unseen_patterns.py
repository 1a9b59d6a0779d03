"""Patterns of news writing found missing on unseen articles: undergone acts, mediation, two-way
agreements, wars fought in places, a reporter's coordinated demand, new trigger forms."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta.annotate.events import code_events_rules
from warta.annotate.morphology import surface_forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject undergoes the act of the noun's agent
        ("Vietnam menjadi sasaran serangan siber Tiongkok pada pekan lalu.", ("ASSAULT", "CHN", "VNM")),
        ("Filipina kembali menjadi target serangan kapal penjaga pantai China.", ("ASSAULT", "CHN", "PHL")),
        ("Ukraina mendapat dukungan penuh dari Jerman dalam perundingan itu.", ("SUPPORT", "DEU", "UKR")),
        ("Meski memperoleh dukungan dari Rusia, Iran tetap berhati-hati.", ("SUPPORT", "RUS", "IRN")),
        ("Perdana Menteri Malaysia menerima kunjungan Presiden Turki di Putrajaya.", ("CONSULT", "TUR", "MYS")),
    ],
)
def test_events_undergone_noun_acts_on_the_subject(text: str, expected: tuple[str, str, str]) -> None:
    found = triples(build(text))
    assert expected in found
    assert (expected[0], expected[2], None) not in found


def test_events_expected_receipt_is_not_reported() -> None:
    text = "Laporan itu menunjukkan bahwa Myanmar akan menerima bantuan teknis dari Rusia untuk program nuklirnya."
    assert not {t for t in triples(build(text)) if t[0] in ("AID", "SUPPORT")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mesir dan Turki menengahi perundingan antara Israel dan Hamas di Kairo.",
            {("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSE"),
             ("CONSULT", "TUR", "ISR"), ("CONSULT", "TUR", "PSE")},
        ),
        (
            ["Konflik perbatasan Thailand-Kamboja kembali pecah pada pekan lalu.",
             "Malaysia dan Singapura menengahi gencatan senjata yang berlaku sejak Senin."],
            {("CONSULT", "MYS", "THA"), ("CONSULT", "MYS", "KHM"),
             ("CONSULT", "SGP", "THA"), ("CONSULT", "SGP", "KHM")},
        ),
        ("Turki memediasi pembicaraan antara Rusia dan Ukraina soal pertukaran tawanan.",
         {("CONSULT", "TUR", "RUS"), ("CONSULT", "TUR", "UKR")}),
    ],
)
def test_events_mediators_consult_each_party(text: str | list[str], expected: set[tuple[str, str, str]]) -> None:
    found = triples(build(text))
    assert expected <= found
    assert not {t for t in found if t[0] == "CONSULT" and {t[1], t[2]} in ({"MYS", "SGP"}, {"EGY", "TUR"})}


def test_events_agreement_reached_is_coded_both_ways() -> None:
    found = triples(build("Jepang dan Filipina sepakat menandatangani perjanjian akses timbal balik di Manila."))
    both = {("AGREE", "JPN", "PHL"), ("AGREE", "PHL", "JPN"), ("SUPPORT", "JPN", "PHL"), ("SUPPORT", "PHL", "JPN")}
    assert both <= found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Ekonomi kawasan melemah akibat perang Rusia di Ukraina.", {("ASSAULT", "RUS", "UKR")}, set()),
        ("Bantuan tertahan selama perang Israel di Palestina dan Iran.",
         {("ASSAULT", "ISR", "PSE"), ("ASSAULT", "ISR", "IRN")}, {("ASSAULT", "PSE", "ISR")}),
        ("Perang dagang AS di Asia memanas.", set(), {("ASSAULT", "USA", "USA")}),
    ],
)
def test_events_war_in_places_strikes_each_place(
    text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    found = triples(build(text))
    assert expected <= found
    assert not absent & found


def test_events_coordinated_demand_after_report_is_the_reporters() -> None:
    text = ("Menteri Luar Negeri Retno Marsudi pada Selasa mengatakan, usulan itu layak dibahas, "
            "dan mendesak Myanmar untuk menghentikan kekerasan.")
    assert ("REQUEST", "IDN", "MMR") in triples(build(text))


def test_events_fronted_selain_phrase_names_no_participant() -> None:
    text = "Selain sengketa perbatasan dengan Kamboja, Thailand juga membahas kerja sama dengan Malaysia."
    found = triples(build(text))
    assert not {t for t in found if "KHM" in t}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rusia kembali membombardir Kyiv pada Minggu dini hari.", ("ASSAULT", "RUS", "UKR")),
        ("Jet tempur Rusia menghantam Ukraina pada Sabtu malam.", ("ASSAULT", "RUS", "UKR")),
        ("Amerika Serikat melancarkan pemboman terhadap Iran pada Jumat.", ("ASSAULT", "USA", "IRN")),
    ],
)
def test_events_new_assault_forms(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(build(text))


def test_morphology_monosyllable_assimilates_both_ways() -> None:
    forms = surface_forms("bom", "V peN-an")
    assert {"mengebom", "membom", "pengeboman", "pemboman"} <= set(forms)
    assert "menik" not in surface_forms("tik", "V")  # a dropping consonant keeps only menge-


def test_events_war_in_places_inside_a_prediction_is_background() -> None:
    text = "Pengiriman senjata itu akan menambah korban jiwa dalam perang Rusia di Ukraina."
    assert ("ASSAULT", "RUS", "UKR") not in triples(build(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kelompok Hamas kini memiliki kebebasan lebih besar untuk menyerang Israel.",
        "Militer Rusia punya kemampuan untuk menggempur Ukraina dari udara.",
    ],
)
def test_events_ability_to_act_is_not_an_act(text: str) -> None:
    assert not {t for t in triples(build(text)) if t[0] == "ASSAULT"}


def test_events_ability_noun_elsewhere_leaves_the_act() -> None:
    text = "Untuk menegaskan haknya, Rusia menyerang Ukraina pada Selasa."
    assert ("ASSAULT", "RUS", "UKR") in triples(build(text))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Iran mengancam akan menyerang negara-negara yang membantu Israel, seperti Inggris, Prancis, dan AS.",
         {("THREATEN", "IRN", "GBR"), ("THREATEN", "IRN", "FRA"), ("THREATEN", "IRN", "USA")},
         ("THREATEN", "IRN", "ISR")),
        ("Tiongkok mengecam beberapa negara, termasuk Jepang dan Filipina, atas latihan itu.",
         {("ACCUSE", "CHN", "JPN"), ("ACCUSE", "CHN", "PHL")}, ("ACCUSE", "CHN", None)),
    ],
)
def test_events_plural_object_takes_its_examples(
    text: str, expected: set[tuple[str, str, str]], absent: tuple[str, str, str | None]
) -> None:
    found = triples(build(text))
    assert expected <= found
    assert absent not in found


def test_events_state_anaphor_is_not_the_clause_subject() -> None:
    text = ("Otoritas Ukraina mengatakan ratusan orang tewas sejak Rusia memperbarui serangannya "
            "di bagian timur negara itu pada Maret.")
    found = triples(build(text))
    assert ("ASSAULT", "RUS", "UKR") in found
    assert ("ASSAULT", "RUS", None) not in found


def test_events_mediation_without_parties_is_not_coded() -> None:
    text = "Perjanjian itu dimediasi Prancis setelah berbulan-bulan perundingan."
    assert not {t for t in triples(build(text)) if t[0] == "CONSULT" and t[1] == "FRA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit noun with its visitor right after it reports the visit, whatever frames it
        (
            "Perjanjian itu diteken bertepatan dengan kunjungan Presiden Prancis ke Indonesia.",
            {("CONSULT", "FRA", "IDN")},
        ),
        (
            "China mengecam kunjungan Presiden Filipina ke Jepang.",
            {("ACCUSE", "CHN", "PHL"), ("CONSULT", "PHL", "JPN")},
        ),
    ],
)  # fmt: skip
def test_events_visit_noun_with_its_visitor_reports_the_visit(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(build(text)) == expected


def test_events_planned_visit_is_announced() -> None:
    events = code_events_rules(build("Rencana kunjungan Presiden Prancis ke Indonesia diumumkan pekan lalu."))
    assert [(e.type, e.source, e.target, e.status) for e in events] == [("CONSULT", "FRA", "IDN", "announced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the addressee stands before "untuk": a name in what is asked is no addressee
        ("Prancis mengajak negara-negara Eropa untuk mendukung kemerdekaan Palestina.", set()),
        ("Presiden Prancis meminta militernya untuk memblokir kapal yang mengangkut senjata ke Israel.", set()),
        # the addressee named right after the verb, or right after the connective, stays
        ("Jepang meminta China untuk menahan diri di Laut China Timur.", {("REQUEST", "JPN", "CHN")}),
        ("Indonesia mendesak agar Israel menghentikan serangan di Gaza.", {("REQUEST", "IDN", "ISR")}),
    ],
)  # fmt: skip
def test_events_name_inside_what_is_asked_is_no_addressee(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {t for t in triples(build(text)) if t[0] == "REQUEST"} == expected


def test_events_distributive_subjects_act_each_alone() -> None:
    # "semuanya": each state is willing on its own, not with the others
    each = "Malaysia, Singapura, dan Vietnam semuanya menyatakan bersedia menerima pembatasan itu."
    assert not {t for t in triples(build(each)) if t[0] == "AGREE"}
    joint = "Malaysia, Singapura, dan Vietnam menyatakan bersedia bekerja sama."
    assert ("AGREE", "MYS", "SGP") in triples(build(joint))


def test_events_fronted_visit_takes_a_titled_subject_after_the_comma() -> None:
    text = "Saat berkunjung ke Beijing pekan ini, panglima militer Pakistan mengatakan hubungan kedua negara kuat."
    assert ("CONSULT", "PAK", "CHN") in triples(build(text))
