"""Institutions named by a generic head, deal lists, Arabic names, aides and short outlet forms."""

from __future__ import annotations

import pytest
from entity_helpers import analyse, named, needs_recogniser

from warta.types import Analysis


def names(analysis: Analysis) -> set[str]:
    return {e.name for e in analysis.entities}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Menurut data Pusat Kajian Maritim Nusantara, kapal itu berlayar tanpa izin.",
            "Pusat Kajian Maritim Nusantara",
        ),
        (
            "Peneliti di Institut Kajian Kebijakan untuk Asia Timur menilai langkah itu berisiko.",
            "Institut Kajian Kebijakan untuk Asia Timur",
        ),
        ("Hal itu disampaikan Badan Antariksa Nasional dalam keterangan tertulis.", "Badan Antariksa Nasional"),
        ("Ia mengajar di Universitas Hokkaido Gakuen Jepang sejak 2010.", "Hokkaido Gakuen University"),
        ("Bantuan disalurkan melalui Yayasan Peduli Rafah yang berbasis di Kairo.", "Yayasan Peduli Rafah"),
        ("Kajian itu diterbitkan Pusat Studi Strategis Aden pekan lalu.", "Pusat Studi Strategis Aden"),
    ],
)
def test_entities_generic_headed_institution_is_one_organisation(sentence: str, name: str) -> None:
    analysis = analyse(sentence)
    assert named(analysis, name).type == "ORG"
    assert not any(e.type == "PER" for e in analysis.entities)


def test_entities_place_inside_an_institution_name_is_not_its_own_mention() -> None:
    analysis = analyse("Peneliti Institut Washington untuk Studi Pasifik, Laura Benning, menilai ketegangan itu.")
    assert "United States" not in names(analysis)


@pytest.mark.parametrize(
    ("sentence", "body", "person", "actor"),
    [
        (
            "Hal itu dikatakan Juru Bicara Komando Selatan Amerika Serikat Laura Jenkins dalam pernyataan.",
            "Komando Selatan",
            "Laura Jenkins",
            "USA",
        ),
        (
            "Kepala Badan Penanggulangan Darurat Filipina Ramon Dizon meninjau lokasi banjir.",
            "Badan Penanggulangan Darurat",
            "Ramon Dizon",
            "PHL",
        ),
    ],
)
def test_entities_state_after_a_state_body_gives_actor_to_body_and_official(
    sentence: str, body: str, person: str, actor: str
) -> None:
    analysis = analyse(sentence)
    assert named(analysis, body).actor == actor
    assert named(analysis, person).type == "PER"
    assert named(analysis, person).actor == actor


def test_entities_two_bodies_joined_by_dan_stay_two() -> None:
    analysis = analyse("Badan Pangan Daerah dan Komisi Pengawas Harga menggelar rapat bersama.")
    assert {"Badan Pangan Daerah", "Komisi Pengawas Harga"} <= names(analysis)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Komandan kelompok itu, Khalid al-Rashidi, tewas dalam serangan.", "Khalid al-Rashidi"),
        ("Pemimpin politik Houthi, Yusuf al-Madani, berbicara kepada wartawan.", "Yusuf al-Madani"),
    ],
)
@needs_recogniser
def test_entities_arabic_name_with_article_is_one_person(sentence: str, name: str) -> None:
    assert named(analyse(sentence), name).type == "PER"


@needs_recogniser
def test_entities_surname_after_arabic_article_links_back() -> None:
    analysis = analyse(
        "Peneliti Oxford House, Samir Al-Hakimi, menilai serangan itu terencana.",
        "Menurut Hakimi, kelompok itu masih memiliki banyak rudal.",
    )
    samir = named(analysis, "Samir Al-Hakimi")
    later = [m for m in analysis.mentions if m.text == "Hakimi"]
    assert later
    assert later[0].entity_id == samir.id
    assert named(analysis, "Oxford House").type == "ORG"


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Para menteri menyepakati Rencana Lima Tahun untuk kawasan itu.", "Lima"),
        ("Pidato itu disampaikan di hadapan Presiden Republik Ceko dan delegasinya.", "Republik"),
    ],
)
def test_entities_title_case_words_are_not_names(sentence: str, absent: str) -> None:
    assert absent not in names(analyse(sentence))


def test_entities_number_word_city_still_found_as_place() -> None:
    assert named(analyse("KTT APEC tahun itu digelar di Lima, Peru."), "Lima").type == "LOC"


@needs_recogniser
def test_entities_aide_after_principal_acts_for_principal_side() -> None:
    analysis = analyse("Dalam tanggapannya, juru bicara Guterres, Farhan Haqqi, mengatakan pintu tetap terbuka.")
    aide = named(analysis, "Farhan Haqqi")
    assert (aide.type, aide.actor) == ("PER", "UN")
    guterres = next(m for m in analysis.mentions if m.text == "Guterres")
    assert guterres.role is None


def test_entities_rank_after_body_does_not_hide_the_state() -> None:
    analysis = analyse("Panglima tertinggi Garda Revolusi Iran Mayor Jenderal Reza Tavakoli tewas dalam serangan itu.")
    assert named(analysis, "Reza Tavakoli").actor == "IRN"


def test_entities_deal_list_items_name_both_parties() -> None:
    analysis = analyse(
        "Kedua negara juga meneken sejumlah perjanjian bisnis antara lain:",
        "1.  MoU Badan Pangan Daerah -- Nestle",
        "2.  Pertamina -- Total Energies (energi)",
        "3.  MoU antara Bank Sejahtera & Credit Agricole -- Lazard.",
    )
    assert {"Nestle", "Total Energies", "Credit Agricole", "Lazard", "Bank Sejahtera"} <= names(analysis)
    assert named(analysis, "Nestle").type == "ORG"


def test_entities_route_list_is_not_a_deal_list() -> None:
    analysis = analyse(
        "Berikut daftar kereta tambahan pekan ini:",
        "1. KA Lodaya relasi Bandung -- Solo Balapan",
    )
    assert "Solo Balapan" not in names(analysis)


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Dikutip dari Antaranews, pertemuan itu berlangsung tertutup.", "Antaranews", "Antara"),
        ("Kepada DW, analis itu menyebut kesepakatan tersebut rapuh.", "DW", "Deutsche Welle"),
        ("Para pemimpin Group of Seven bertemu di Italia.", "Group of Seven", "G7"),
        (
            "Garda Revolusi mengklaim telah menembak jatuh dua drone.",
            "Garda Revolusi",
            "Islamic Revolutionary Guard Corps",
        ),
    ],
)
def test_entities_short_outlet_and_body_forms_are_canonical(sentence: str, surface: str, name: str) -> None:
    analysis = analyse(sentence)
    by_id = {e.id: e for e in analysis.entities}
    assert [by_id[m.entity_id].name for m in analysis.mentions if m.text == surface] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kapal kargo Nordic Star diserang drone di lepas pantai Hodeidah.",
        "Otoritas pelabuhan menahan kapal tanker Aurora Blue sejak Senin.",
    ],
)
def test_entities_ship_after_vessel_noun_is_not_an_entity(sentence: str) -> None:
    analysis = analyse(sentence)
    assert not {"Nordic Star", "Aurora Blue"} & names(analysis)
    assert not any(e.type == "PER" for e in analysis.entities)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Pengurus Persatuan Bulu Tangkis Seluruh Indonesia menggelar rapat di Bandung.",
            "Persatuan Bulu Tangkis Seluruh Indonesia",
        ),
        ("Ikatan Apoteker Muda Indonesia mengimbau warga tidak panik.", "Ikatan Apoteker Muda Indonesia"),
        ("Saham Bank Rakyat Sejahtera Tbk naik tipis pagi ini.", "Bank Rakyat Sejahtera"),
    ],
)
def test_entities_indonesian_body_keeps_its_country_in_the_name(sentence: str, name: str) -> None:
    assert named(analyse(sentence), name).type == "ORG"


def test_entities_body_name_ends_at_an_organisation_inside_it() -> None:
    analysis = analyse("Laporan itu dirilis Pusat Informasi PBB Rina Marlina di Jakarta.")
    assert "Pusat Informasi PBB" in names(analysis)
    assert "Pusat Informasi PBB Rina Marlina" not in names(analysis)


def test_entities_second_title_word_leads_to_the_affiliation() -> None:
    analysis = analyse("Direktur Eksekutif Yayasan Harapan Bangsa, Rina Kusuma, menyampaikan hal itu.")
    assert named(analysis, "Yayasan Harapan Bangsa").type == "ORG"
    rina = [m for m in analysis.mentions if m.text == "Rina Kusuma"]
    assert rina
    assert rina[0].role == "direktur"


@pytest.mark.parametrize(
    ("sentence", "person", "actor"),
    [
        ("Ketua Protokol Kemlu Malaysia Dato Faizal Bin Ramli menyambut rombongan.", "Faizal Bin Ramli", "MYS"),
        ("Kepala Staf Angkatan Bersenjata Thailand Jenderal Somchai Wongsa tiba.", "Somchai Wongsa", "THA"),
    ],
)
def test_entities_title_words_before_the_affiliation_are_skipped(sentence: str, person: str, actor: str) -> None:
    assert named(analyse(sentence), person).actor == actor
