"""Titles with a field before their body ("Kepala Intelijen Militer X"), lists of a minister
and an intergovernmental official, armed forces and state news agencies of Gulf states, and
heads of state described rather than named (full pipeline on written articles)."""

from __future__ import annotations

import pytest

from warta import analyze_text
from warta.types import Entity, Quote

_TITLE = "Judul berita\n\n"


def entities_of(body: str) -> dict[str, Entity]:
    return {e.name: e for e in analyze_text(_TITLE + body).entities}


def quotes_of(body: str) -> list[Quote]:
    return list(analyze_text(_TITLE + body).quotes)


@pytest.mark.parametrize(
    ("body", "name", "actor"),
    [
        (
            "Mayor Jenderal Avi Kohen, Kepala Intelijen Militer Israel, menegaskan bahwa pihaknya "
            "siap menghadapi ancaman baru di perbatasan utara.",
            "Avi Kohen",
            "ISR",
        ),
        (
            "Brigadir Jenderal Omar Haddad, Kepala Keamanan Angkatan Bersenjata Yordania, mengatakan "
            "patroli di perbatasan diperketat sejak Senin.",
            "Omar Haddad",
            "JOR",
        ),
    ],
)
def test_entities_appositive_title_with_field_gives_the_state(body: str, name: str, actor: str) -> None:
    found = entities_of(body)
    assert found[name].type == "PER"
    assert found[name].actor == actor


@pytest.mark.parametrize("field", ["Intelijen", "Perdagangan"])
def test_entities_title_field_is_no_person(field: str) -> None:
    body = (
        f"Komisioner {field} Uni Eropa Maros Sefcovic juga menjanjikan perlakuan khusus bagi "
        "produk kelapa sawit dari Indonesia."
    )
    found = entities_of(body)
    assert field not in found
    assert found["Maros Sefcovic"].actor == "EU"


def test_entities_minister_listed_with_igo_official_keeps_no_igo_actor() -> None:
    body = (
        "Perundingan itu diluncurkan pada 2016 oleh Menteri Perdagangan Andi Wijaya dan Komisioner "
        "Perdagangan Uni Eropa Anna Berg di Brussel."
    )
    found = entities_of(body)
    assert found["Anna Berg"].actor == "EU"
    assert found["Andi Wijaya"].actor != "EU"


def test_entities_ministers_listed_together_still_share_their_state() -> None:
    body = (
        "Menteri Keuangan AS Janet Moore dan Menteri Perdagangan Paul Hart bertemu delegasi "
        "China di Jenewa, Swiss, pada Sabtu."
    )
    assert entities_of(body)["Paul Hart"].actor == "USA"


@pytest.mark.parametrize(
    ("body", "name", "actor"),
    [
        ("Militer Kuwait mengatakan sistem pertahanan udara diaktifkan pada Kamis pagi.", "Kuwait Armed Forces", "KWT"),
        ("Militer Qatar menyatakan dua drone berhasil dicegat di atas Doha.", "Qatar Armed Forces", "QAT"),
        ("Kantor berita KUNA melaporkan sirene terdengar di seluruh negeri.", "Kuwait News Agency", "KWT"),
        (
            "Garda Revolusi mengatakan pangkalan itu menjadi sasaran, menurut stasiun televisi IRIB.",
            "Islamic Republic of Iran Broadcasting",
            "IRN",
        ),
        ("Angkatan Darat Kerajaan Thailand menyatakan tetap setia pada konstitusi.", "Royal Thai Army", "THA"),
    ],
)
def test_entities_gulf_forces_and_state_media_act_for_their_state(body: str, name: str, actor: str) -> None:
    found = entities_of(body)
    assert found[name].type == "ORG"
    assert found[name].actor == actor


_HEAD_OF_STATE = (
    "SOLO, KOMPAS.com - Presiden Prabowo Subianto bertemu Presiden ke-7 RI Joko Widodo di Solo, "
    "Minggu (20/7/2025).\n\n"
    "Prabowo juga bercerita soal pertemuannya dengan Presiden AS Donald Trump di Washington.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Kita buka pasar baru di Afrika dan Amerika Latin," ujar Kepala Negara melanjutkan.',
        '"Kita buka pasar baru di Afrika dan Amerika Latin," kata Kepala Negara.',
        'Kepala Negara mengatakan, "Kita buka pasar baru di Afrika dan Amerika Latin."',
    ],
)
def test_speakers_kepala_negara_is_the_articles_own_president(paragraph: str) -> None:
    quotes = quotes_of(_HEAD_OF_STATE + paragraph)
    assert [(q.speaker, q.actor) for q in quotes] == [("Prabowo Subianto", "IDN")]


def test_speakers_kepala_pemerintahan_is_the_prime_minister() -> None:
    body = (
        "BANGKOK, KOMPAS.com - Perdana Menteri Thailand Somchai Rattanakorn menggelar rapat kabinet "
        "darurat pada Kamis (19/6/2025).\n\n"
        '"Kami tidak akan mundur," ujar kepala pemerintahan itu kepada wartawan.'
    )
    quotes = quotes_of(body)
    assert [(q.speaker, q.actor) for q in quotes] == [("Somchai Rattanakorn", "THA")]


def test_speakers_kepala_negara_without_any_president_stays_unresolved_words() -> None:
    body = '"Kami akan hadir di forum itu," kata Kepala Negara kepada wartawan.'
    quotes = quotes_of(body)
    assert [q.speaker for q in quotes] == ["Kepala Negara"]


@pytest.mark.parametrize("lead", ["demikian isi pernyataan tersebut", "demikian bunyi pernyataan itu"])
def test_speakers_content_of_a_statement_is_said_by_its_issuer(lead: str) -> None:
    body = (
        "BANGKOK, KOMPAS.com - Militer Thailand pada Kamis merilis pernyataan yang menegaskan "
        "komitmen pada prinsip demokrasi.\n\n"
        f'"Angkatan bersenjata tetap setia pada konstitusi dan rakyat," {lead}.'
    )
    quotes = quotes_of(body)
    assert [(q.speaker, q.actor) for q in quotes] == [("Royal Thai Armed Forces", "THA")]
