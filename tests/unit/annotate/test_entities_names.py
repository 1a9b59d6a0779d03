"""Names no list knows typed by the words around them; bodies and sources named by pattern."""

from __future__ import annotations

import pytest
from entity_helpers import analyse, named, needs_recogniser


@needs_recogniser
@pytest.mark.parametrize(
    ("sentence", "name", "type_"),
    [
        ("Laporan itu pertama kali dimuat majalah Der Spiegel pada Jumat.", "Der Spiegel", "ORG"),
        ("Kontrak itu dimenangi perusahaan teknologi Jerman, Hensoldt Systems, tahun lalu.", "Hensoldt Systems", "ORG"),
        ("Menurut harian Swiss Neue Zuercher Zeitung, perundingan itu buntu.", "Neue Zuercher Zeitung", "ORG"),
        ("Korban tewas dalam serangan di Beit Lahia bertambah menjadi 20 orang, kata Hamas.", "Beit Lahia", "LOC"),
    ],
)
def test_entities_unknown_names_typed_by_their_head(sentence: str, name: str, type_: str) -> None:
    assert named(analyse(sentence), name).type == type_


@needs_recogniser
@pytest.mark.parametrize(
    ("sentence", "name", "type_"),
    [
        ("Pesawat kargo itu tertahan di Bandara Ostende selama dua hari.", "Ostende Airport", "LOC"),
        ("Para pemimpin bertemu di Istana Bellevue, Berlin, pada Senin.", "Bellevue Palace", "LOC"),
        ("Ribuan jemaah salat Jumat di Masjid Faisal di Islamabad.", "Faisal Mosque", "LOC"),
        ("Bandara Zurich sempat ditutup karena kabut tebal.", "Zurich Airport", "LOC"),
    ],
)
def test_entities_indonesian_generic_becomes_english(sentence: str, name: str, type_: str) -> None:
    assert named(analyse(sentence), name).type == type_


@needs_recogniser
@pytest.mark.parametrize("outlet", ["Genf.news", "Watson.ch"])
def test_entities_domain_name_is_not_split_at_the_dot(outlet: str) -> None:
    analysis = analyse(f"Menurut {outlet}, kontrak itu bernilai jutaan franc.")
    assert named(analysis, outlet).type == "ORG"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Perundingan lanjutan akan digelar di Jenewa bulan depan.", "Geneva"),
        ("Kapal tanker itu berlayar dari pelabuhan di Teluk menuju Asia.", "Persian Gulf"),
        ("Delegasi itu tiba di Den Haag untuk sidang Mahkamah Internasional.", "The Hague"),
    ],
)
def test_entities_indonesian_spellings_of_foreign_places(sentence: str, name: str) -> None:
    assert named(analyse(sentence), name).type == "LOC"


@pytest.mark.parametrize(
    ("sentence", "name", "actor"),
    [
        ("Kementerian Kesehatan Malaysia melaporkan lonjakan kasus.", "Malaysian Ministry of Health", "MYS"),
        ("Departemen Perdagangan AS memperluas daftar hitam ekspor.", "United States Department of Commerce", "USA"),
        ("Dua warga sipil tewas ditembak pasukan Israel di dekat pos pemeriksaan.", "Israel Defense Forces", "ISR"),
        ("Tentara Rusia mengklaim merebut sebuah desa di timur.", "Russian Armed Forces", "RUS"),
    ],
)
def test_entities_bodies_named_after_their_state(sentence: str, name: str, actor: str) -> None:
    entity = named(analyse(sentence), name)
    assert (entity.type, entity.actor) == ("ORG", actor)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kesepakatan itu diteken di Kuala Lumpur, dilansir Antara, Jumat.",
        "Pertemuan berlangsung tertutup, sebagaimana dikutip dari Antara.",
        "Menurut laporan Antara, korban bertambah menjadi 12 orang.",
    ],
)
def test_entities_antara_after_citing_verb_is_the_agency(sentence: str) -> None:
    assert named(analyse(sentence), "Antara").type == "ORG"


@pytest.mark.parametrize(
    "sentence",
    [
        "Antara lain yang hadir adalah para duta besar negara sahabat.",
        "Jarak antara kedua kota itu sekitar 40 kilometer.",
    ],
)
def test_entities_antara_as_a_word_is_no_agency(sentence: str) -> None:
    assert "Antara" not in [e.name for e in analyse(sentence).entities]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Wawancara itu dimuat surat kabar berbahasa Prancis di Brussel.", "France"),
        ("Dokumen itu hanya tersedia dalam bahasa Jerman.", "Germany"),
    ],
)
def test_entities_state_name_after_bahasa_is_a_language(sentence: str, language: str) -> None:
    assert language not in [e.name for e in analyse(sentence).entities]


def test_entities_party_acronym_and_full_name_are_one_entity() -> None:
    analysis = analyse("Politikus CDU itu mengkritik koalisi.", "Uni Demokratik Kristen (CDU) menolak usulan tersebut.")
    assert [e.name for e in analysis.entities].count("Christian Democratic Union of Germany") == 1
    assert "CDU" not in [e.name for e in analysis.entities]
