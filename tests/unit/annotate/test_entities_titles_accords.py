"""A sentence-initial "Dan" that is a first name, honorifics and title fields that are no names,
and accords named after a city (full pipeline)."""

from __future__ import annotations

import pytest

from warta import analyze_text
from warta.types import Entity

_TITLE = "Judul berita\n\n"


def entities_of(body: str) -> dict[str, Entity]:
    return {e.name: e for e in analyze_text(_TITLE + body).entities}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Jepang memperluas armada lautnya. Dan Kowalski, profesor hubungan internasional di "
            "Universitas Sophia, mengatakan bahwa kawasan itu menikmati masa damai selama puluhan tahun.",
            "Dan Kowalski",
        ),
        (
            "Dan Morrison, peneliti senior di Universitas Melbourne, mengatakan bahwa situasi memburuk.",
            "Dan Morrison",
        ),
    ],
)
def test_entities_sentence_initial_dan_before_name_and_role_is_a_first_name(body: str, name: str) -> None:
    found = entities_of(body)
    assert name in found
    assert found[name].type == "PER"
    assert name.split()[1] not in found


def test_entities_conjunction_dan_stays_a_conjunction() -> None:
    found = entities_of("Korea Selatan menambah anggaran. Dan Jepang juga menambah anggaran pertahanannya tahun ini.")
    assert not any(name.startswith("Dan ") for name in found)


def test_entities_honorific_after_title_is_not_a_person() -> None:
    body = (
        '"Senang berjumpa dengan Duta Besar Prancis untuk Indonesia, Ibu Claire Dubois, di akhir pekan ini," '
        "tulis Kementerian Sekretariat Negara."
    )
    found = entities_of(body)
    assert "Ibu" not in found
    assert found["Claire Dubois"].actor == "FRA"


@pytest.mark.parametrize(
    ("body", "not_a_name"),
    [
        (
            "Budi Santoso, Direktur Advokasi di kelompok hak asasi manusia KontraS, menyamakan komentar itu "
            "dengan komentar seorang preman.",
            "Advokasi",
        ),
        ("Kepala Bidang Komunikasi Publik Kementerian Kesehatan mengatakan vaksin sudah tiba.", "Bidang"),
        ("Menteri Koordinator Bidang Perekonomian menyebut inflasi terkendali.", "Koordinator"),
    ],
)
def test_entities_title_field_words_are_not_people(body: str, not_a_name: str) -> None:
    assert not any(name.startswith(not_a_name) for name in entities_of(body))


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Harapan itu tumbuh sejak penandatanganan Kesepakatan Oslo pada 1993 oleh kedua pihak.", "Norway"),
        ("Pemerintah berkomitmen pada target Perjanjian Paris untuk menekan emisi karbon.", "France"),
    ],
)
def test_entities_accord_named_after_a_capital_is_not_its_state(body: str, state: str) -> None:
    assert state not in entities_of(body)


def test_entities_deal_between_two_capitals_keeps_the_states() -> None:
    found = entities_of("Kesepakatan Beijing dan Tokyo soal perikanan gagal diperpanjang pekan lalu.")
    assert {"China", "Japan"} <= set(found)
