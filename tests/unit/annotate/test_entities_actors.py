"""People's states carried across lists, appositions and regions; state offices; place roles;
weapon systems (entities round 3)."""

from __future__ import annotations

import pytest
from tests.unit.annotate.test_entities import analyse, entity_named, linked

from warta.annotate.metonymy import PLACE
from warta.types import Analysis


def role_of(analysis: Analysis, surface: str) -> str | None:
    for mention in analysis.mentions:
        if mention.text == surface:
            return mention.role
    raise AssertionError(f"no mention {surface!r} in {[m.text for m in analysis.mentions]}")


@pytest.mark.parametrize(
    ("sentence", "person", "actor"),
    [
        # the delegation the person leads names the state, even with the other side's delegation near
        ("Pejabat tinggi kedua negara akan bertemu dengan delegasi Jepang di Seoul, dengan Menteri Keuangan "
         "Arthur Pennington memimpin delegasi Kanada.", "Arthur Pennington", "CAN"),
        # a title with no state next to a titled person with one, joined by "dan"
        ("Menteri Perdagangan Harold Whitfield dan Perwakilan Dagang AS Marcus Delaney tiba di Jenewa.",
         "Harold Whitfield", "USA"),
        # "didampingi oleh" joins the list the same way
        ("Menteri Luar Negeri Jerman Katrin Vogel didampingi oleh Menteri Ekonomi Stefan Brandt.",
         "Stefan Brandt", "DEU"),
        # the government named in the sentence before
        ("Pemerintah Australia mengumumkan paket bantuan baru. Menteri Pertahanan Richard Marley "
         "mengatakan paket itu dikirim bulan depan.", "Richard Marley", "AUS"),
    ],
)
def test_entities_actors_titled_people_inherit_the_state_of_their_list(sentence: str, person: str, actor: str) -> None:
    assert entity_named(analyse(sentence), person).actor == actor


def test_entities_actors_state_is_not_guessed_from_another_persons_title() -> None:
    analysis = analyse("Presiden AS Donald Trump bertemu Menteri Keuangan Budi Hartanto di Jakarta.")
    assert entity_named(analysis, "Budi Hartanto").actor is None


@pytest.mark.parametrize(
    ("sentence", "person", "actor", "role"),
    [
        ("Kritik keras datang dari Jonas Albrecht, Komisaris Pemerintah Jerman untuk Urusan Migrasi.",
         "Jonas Albrecht", "DEU", "komisaris"),
        ("Tuduhan itu dibantah Zhao Minghui, juru bicara Kementerian Luar Negeri China, dalam jumpa pers.",
         "Zhao Minghui", "CHN", "juru bicara"),
    ],
)
def test_entities_actors_title_after_the_name_gives_its_state(
    sentence: str, person: str, actor: str, role: str
) -> None:
    analysis = analyse(sentence)
    assert entity_named(analysis, person).actor == actor
    assert role_of(analysis, person) == role


def test_entities_actors_apposed_title_of_the_next_person_is_not_taken() -> None:
    analysis = analyse("Hadir pula Thomas Keller, Menteri Luar Negeri China Wang Lei, dan para duta besar.")
    assert entity_named(analysis, "Thomas Keller").actor is None
    assert entity_named(analysis, "Wang Lei").actor == "CHN"


@pytest.mark.parametrize(
    ("sentence", "person", "actor"),
    [
        ("Rencana itu ditolak Perdana Menteri Skotlandia Ewan Mcleod pada Selasa.", "Ewan Mcleod", "GBR"),
        ("Kebijakan itu diumumkan Menteri Kesehatan Flanders Pieter Janssens.", "Pieter Janssens", "BEL"),
    ],
)
def test_entities_actors_region_gives_its_parent_state(sentence: str, person: str, actor: str) -> None:
    assert entity_named(analyse(sentence), person).actor == actor


def test_entities_actors_contested_region_gives_no_state() -> None:
    analysis = analyse("Gubernur Donetsk Andriy Melnyk menyebut serangan itu brutal.")
    assert entity_named(analysis, "Andriy Melnyk").actor is None


def test_entities_actors_bracketed_title_abbreviation_is_skipped() -> None:
    analysis = analyse(
        "Perdana Menteri (PM) Malaysia Farid Rahman menyatakan keprihatinan. PM Rahman juga menemui wartawan."
    )
    assert entity_named(analysis, "Farid Rahman").actor == "MYS"
    assert "PM" not in {m.text for m in analysis.mentions}


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "actor", "sector"),
    [
        ("Hingga kini Kedutaan Besar Korea Selatan di Jakarta belum memberikan tanggapan.",
         "Kedutaan Besar Korea Selatan di Jakarta", "Embassy of South Korea, Jakarta", "KOR", "diplomacy"),
        ("Kedubes AS di Kyiv ditutup sementara karena serangan drone.",
         "Kedubes AS di Kyiv", "Embassy of the United States, Kyiv", "USA", "diplomacy"),
        ("Juru bicara kedutaan Rusia menolak tuduhan itu.", "kedutaan Rusia", "Embassy of Russia", "RUS", "diplomacy"),
        ("Seorang pejabat di kepresidenan Prancis mengatakan pertemuan itu batal.",
         "kepresidenan Prancis", "Office of the President of France", "FRA", "government"),
        ("Kantor Presiden Korea Selatan menyatakan akan menunda kunjungan itu.",
         "Kantor Presiden Korea Selatan", "Office of the President of South Korea", "KOR", "government"),
    ],
)
def test_entities_actors_embassies_and_presidencies_are_the_states_offices(
    sentence: str, surface: str, name: str, actor: str, sector: str
) -> None:
    entity = linked(analyse(sentence), surface)
    assert (entity.name, entity.type, entity.actor, entity.sector) == (name, "ORG", actor, sector)


def test_entities_actors_president_named_after_kantor_presiden_stays_a_person() -> None:
    analysis = analyse("Kantor Presiden Ukraina Volodymyr Zelensky menolak berkomentar.")
    assert linked(analysis, "Volodymyr Zelensky").type == "PER"
    assert not any(e.name.startswith("Office of") for e in analysis.entities)


def test_entities_actors_sekretariat_presiden_is_indonesias() -> None:
    entity = linked(analyse("Video pertemuan itu diunggah kanal resmi Sekretariat Presiden."), "Sekretariat Presiden")
    assert (entity.type, entity.actor) == ("ORG", "IDN")


@pytest.mark.parametrize(
    ("sentence", "surface", "role"),
    [
        ("Kedua menteri bertemu di Jenewa, Swiss, pada Senin.", "Jenewa", PLACE),
        ("Kedua menteri bertemu di Jenewa, Swiss, pada Senin.", "Swiss", PLACE),
        ("Pesawat itu mendarat di Brussel, Belgia.", "Belgia", PLACE),
        ("Ledakan terdengar di dekat Rafah sejak pagi.", "Rafah", PLACE),
        # a clause's subject after the place phrase acts
        ("Dalam konferensi pers di Jakarta, Indonesia menegaskan dukungannya.", "Indonesia", None),
        # the receiving state of "ke" is a party, not a place
        ("AS mengirim tambahan senjata ke Ukraina.", "Ukraina", None),
        ("Rusia menuduh Ukraina melanggar gencatan senjata.", "Rusia", None),
    ],
)
def test_entities_actors_locative_mentions_get_the_place_role(sentence: str, surface: str, role: str | None) -> None:
    assert role_of(analyse(sentence), surface) == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraina meminta tambahan rudal Patriot PAC-3 dari sekutunya.",
        "Kyiv berharap segera menerima HIMARS dan ATACMS tambahan.",
        "Israel mengandalkan Iron Dome untuk menangkis serangan itu.",
        "Belanda mengirim jet tempur F-16 ke Ukraina.",
    ],
)
def test_entities_actors_weapon_systems_are_not_entities(sentence: str) -> None:
    names = {e.name for e in analyse(sentence).entities}
    assert not names & {"Patriot PAC-3", "Patriot", "HIMARS", "ATACMS", "Iron Dome", "F-16"}, names
