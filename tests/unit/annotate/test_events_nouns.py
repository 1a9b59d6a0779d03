"""Events named by nouns with their arguments: wars named by a hyphen pair of sides."""

from __future__ import annotations

import pytest
from event_helpers import build, triples


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Ribuan warga mengungsi akibat perang Rusia-Ukraina yang tak kunjung usai.", "RUS", "UKR"),
        ("Konflik perbatasan Thailand-Kamboja menewaskan sedikitnya 30 orang.", "THA", "KHM"),
        ("Harga minyak melonjak setelah pecahnya perang Israel-Iran pekan lalu.", "ISR", "IRN"),
    ],
)
def test_events_nouns_war_pair_is_assault_both_ways(sentence: str, first: str, second: str) -> None:
    found = triples(build(sentence))
    assert ("ASSAULT", first, second) in found
    assert ("ASSAULT", second, first) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Perang dagang Amerika Serikat-China memukul ekspor Indonesia.",
        "Hubungan Jepang-Korea Selatan membaik tahun ini.",
        "Perang melawan narkoba digencarkan Filipina.",
        "Menlu Jepang menyerukan solusi damai bagi konflik Israel-Palestina.",
        "Mesir menjadi penengah untuk mengakhiri perang Amerika Serikat-Israel melawan Iran.",
    ],
)
def test_events_nouns_no_war_without_fighting_pair(sentence: str) -> None:
    assert not [t for t in triples(build(sentence)) if t[0] == "ASSAULT"]


def test_events_nouns_war_takes_its_own_start_date() -> None:
    analysis = build(
        "Dewan Keamanan PBB bersidang menyusul pecahnya perang Thailand-Kamboja sejak Kamis (24/7/2025).",
        timexes=[("Kamis (24/7/2025)", "2025-07-24")],
    )
    from warta.annotate.events import code_events_rules

    dates = {(e.source, e.target): e.date for e in code_events_rules(analysis) if e.type == "ASSAULT"}
    assert dates == {("THA", "KHM"): "2025-07-24", ("KHM", "THA"): "2025-07-24"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Forum itu merupakan inisiatif bersama Indonesia dan Australia.", ("COOPERATE", "IDN", "AUS")),
        ("Kerja sama di berbagai bidang antara Jepang dan Filipina terus menguat.", ("COOPERATE", "JPN", "PHL")),
        ("Konferensi itu inisiatif bersama Prancis dan Mesir untuk rakyat Palestina.", ("COOPERATE", "FRA", "EGY")),
    ],
)
def test_events_nouns_joint_act_naming_both_sides(sentence: str, expected: tuple[str, str, str]) -> None:
    assert triples(build(sentence)) == {expected}


def test_events_nouns_war_named_again_is_the_same_war() -> None:
    analysis = build(
        [
            "Perang Rusia-Ukraina memasuki tahun ketiga.",
            "Ribuan warga mengungsi dari wilayah perang Rusia-Ukraina.",
        ]
    )
    from warta.annotate.events import code_events_rules

    assert len([e for e in code_events_rules(analysis) if e.type == "ASSAULT"]) == 2


def test_events_nouns_joint_noun_with_one_side_is_not_coded() -> None:
    assert not triples(build("Forum itu merupakan inisiatif bersama Indonesia."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Amerika Serikat memberlakukan tarif impor 25 persen terhadap Kanada.", ("SANCTION", "USA", "CAN")),
        ("Washington mengenakan tarif tambahan atas produk Vietnam.", ("SANCTION", "USA", "VNM")),
    ],
)
def test_events_nouns_tariffs_are_sanctions(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(build(sentence))


def test_events_nouns_tariff_row_needs_a_tariff() -> None:
    found = triples(build("Jepang memberlakukan aturan visa baru bagi warga Vietnam."))
    assert not [t for t in found if t[0] == "SANCTION"]
