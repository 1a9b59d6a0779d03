"""Visits told with "berkunjung", hosts "menjamu" their guests, diplomacy with listed partners, and an
attack with its own attacker and target named inside a condemnation (PLOVER codes it besides the
condemnation)."""

from __future__ import annotations

import pytest

from warta import analyze_text


def _triples(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in analyze_text(text, id="t").events}


def _undirected(triples: set[tuple[str, str | None, str | None]]) -> set[frozenset[str | None]]:
    return {frozenset((s, t)) for kind, s, t in triples if kind == "CONSULT"}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Perdana Menteri Jepang berkunjung ke Hanoi pada Selasa untuk membahas kerja sama maritim.", {"JPN", "VNM"}),
        ("Presiden Korea Selatan berkunjung ke Manila, Kamis (5/6/2025).", {"KOR", "PHL"}),
        ("Saat berkunjung ke Beijing pekan ini, Menlu Pakistan Ishaq Dar bertemu Menlu China Wang Yi.",
         {"PAK", "CHN"}),
    ],
)
def test_events_berkunjung_ke_names_the_host(sentence: str, pair: set[str]) -> None:
    assert frozenset(pair) in _undirected(_triples(sentence))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Presiden Vietnam menjamu Perdana Menteri Jepang di Hanoi, Selasa (3/6/2025).", {"VNM", "JPN"}),
        ("Kanselir Jerman menjamu Presiden Prancis dalam makan malam kenegaraan di Berlin.", {"DEU", "FRA"}),
    ],
)
def test_events_hosting_a_guest_is_a_meeting(sentence: str, pair: set[str]) -> None:
    assert frozenset(pair) in _undirected(_triples(sentence))


def test_events_diplomacy_with_listed_partners_meets_each() -> None:
    text = "Menteri Luar Negeri Sugiono juga melakukan diplomasi dengan Menlu Mesir, Yordania, dan Qatar di Kairo."
    found = _undirected(_triples(text))
    assert {frozenset(("IDN", x)) for x in ("EGY", "JOR", "QAT")} <= found
    assert frozenset(("EGY", "JOR")) not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Menlu juga melakukan diplomasi dengan Menlu Mesir, Yordania, dan Qatar.",
        "Delegasi itu juga menggelar pertemuan dengan Menlu Mesir, Yordania, dan Qatar.",
    ],
)
def test_events_listed_partners_of_an_unknown_subject_are_not_paired(sentence: str) -> None:
    # the names after "dengan" each met the (unresolved) subject, never one another
    assert not _undirected(_triples(sentence))


@pytest.mark.parametrize(
    ("sentence", "condemnation", "attack"),
    [
        ("Mesir mengutuk serangan udara Israel ke Jalur Gaza pada Minggu dini hari.",
         ("ACCUSE", "EGY", "ISR"), ("ASSAULT", "ISR", "PSE")),
        ("Kanselir Jerman menyuarakan kritik tajam terhadap operasi militer Israel di Jalur Gaza.",
         ("ACCUSE", "DEU", "ISR"), ("ASSAULT", "ISR", "PSE")),
        ("Kementerian Luar Negeri Polandia mengecam serangan Rusia terhadap Kharkiv, Senin (2/6/2025).",
         ("ACCUSE", "POL", "RUS"), ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_events_named_attack_inside_a_condemnation_is_coded_too(
    sentence: str, condemnation: tuple[str, str, str], attack: tuple[str, str, str]
) -> None:
    found = _triples(sentence)
    assert condemnation in found
    assert attack in found


@pytest.mark.parametrize(
    "sentence",
    [
        # no attacker named right after the noun: only the condemnation
        "Kemlu RI mengecam serangan terhadap konvoi bantuan kemanusiaan di Jalur Gaza.",
        # attacker named but no target: nothing to code beside the condemnation
        "Iran mengecam tindakan militer Israel dan Amerika Serikat.",
        # an attack deeper in a demand's content is the demand's aside, not its object
        "Uni Eropa mendesak Belarus menghentikan dukungan untuk perang agresi Rusia terhadap Ukraina.",
        # a threatened attack is not a reported one
        "Filipina khawatir akan ancaman serangan China terhadap kapal-kapal nelayannya.",
    ],
)
def test_events_attack_named_without_attacker_and_target_is_not_coded(sentence: str) -> None:
    assert not {t for t in _triples(sentence) if t[0] == "ASSAULT"}
