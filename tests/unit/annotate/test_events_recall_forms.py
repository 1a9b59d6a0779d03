"""Recall on unseen wording: killings, strafing, talks named by a noun, closing a passage, aid
sent to a territory, a noun of support after "menunjukkan", and verbs joined by "dan" that share
their subject."""

from __future__ import annotations

import pytest

from warta import analyze_text


def _triples(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in analyze_text(text, id="t").events}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Serangan udara Israel menewaskan tiga jurnalis Palestina di Khan Younis.", ("ASSAULT", "ISR", "PSE")),
        ("Militer Israel mengklaim telah menewaskan seorang komandan Hamas di Rafah.", ("ASSAULT", "ISR", "PSE")),
        ("Pasukan Israel membunuh seorang komandan Hizbullah di Lebanon selatan.", ("ASSAULT", "ISR", "LBN")),
        ("Pasukan Rusia menembaki wilayah Ukraina timur dengan artileri berat.", ("ASSAULT", "RUS", "UKR")),
        ("Negosiasi antara Thailand dan Kamboja digelar di Kuala Lumpur.", ("CONSULT", "THA", "KHM")),
        ("Hamas dan Israel sedang mengadakan negosiasi gencatan senjata di Kairo.", ("CONSULT", "PSE", "ISR")),
        ("Iran menutup Selat Hormuz bagi kapal tanker asing.", ("COERCE", "IRN", None)),
        ("Turki menutup wilayah udaranya bagi pesawat Israel.", ("COERCE", "TUR", "ISR")),
        ("Indonesia mengirim bantuan kemanusiaan ke Gaza melalui Mesir.", ("AID", "IDN", "PSE")),
        ("Jerman menunjukkan dukungan penuh terhadap Ukraina.", ("SUPPORT", "DEU", "UKR")),
        ("Korea Utara menembakkan dua rudal balistik dari pantai timurnya.", ("MOBILIZE", "PRK", None)),
        ("Hamas menembakkan puluhan roket ke Israel selatan.", ("ASSAULT", "PSE", "ISR")),
    ],
)
def test_events_recall_forms_new_rows_fire(sentence: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _triples(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wabah kolera di Yaman telah menewaskan sedikitnya 90 orang.",  # a disease kills: no actor
        "Seorang ilmuwan Rusia membunuh rekannya dengan kapak es.",  # a crime: no state struck
        "Pohon tumbang menutup akses jalan di Bogor.",  # closing a road, not a passage or frontier
        "Presiden Brasil menutup kunjungannya di Afrika Selatan dengan jamuan makan malam.",  # "Selatan" is no strait
        "Tim negosiasi Indonesia tiba di Washington.",  # a team, no talks between two parties
    ],
)
def test_events_recall_forms_no_event_without_parties(sentence: str) -> None:
    assert not _triples(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected", "wrong"),
    [
        ("Iran menyerang Israel, dan secara efektif menutup Selat Hormuz.", ("COERCE", "IRN", None),
         ("COERCE", "ISR", None)),
        ("Rusia menggempur Ukraina dan kemudian mengancam Polandia.", ("THREATEN", "RUS", "POL"),
         ("THREATEN", "UKR", "POL")),
        ("China mengepung kapal Filipina serta mengecam Jepang.", ("ACCUSE", "CHN", "JPN"), ("ACCUSE", "PHL", "JPN")),
        ("Presiden Korea Selatan menjamu Presiden Prancis di Seoul, memuji kerja sama kedua negara.",
         ("SUPPORT", "KOR", "FRA"), ("SUPPORT", "FRA", "KOR")),
        ("Korea Utara menguji rudal baru sebelum kedatangan Presiden Amerika Serikat serta menembakkan roket ke laut.",
         ("MOBILIZE", "PRK", None), ("MOBILIZE", "USA", None)),
    ],
)
def test_events_recall_forms_coordinated_verb_shares_subject(
    sentence: str, expected: tuple[str, str, str | None], wrong: tuple[str, str, str | None]
) -> None:
    found = _triples(sentence)
    assert expected in found
    assert wrong not in found


def test_events_recall_forms_pronoun_after_sequence_word_is_its_own_subject() -> None:
    found = _triples("Trump menyebut tidak ada yang akan mengendalikan Selat Hormuz, ia lalu mengancam Oman.")
    assert ("THREATEN", "USA", "OMN") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rusia mengerahkan pasukan ke perbatasan setelah menyerang Ukraina.", ("ASSAULT", "RUS", "UKR")),
        ("Korea Utara menembakkan rudal sebelum mengancam Jepang.", ("THREATEN", "PRK", "JPN")),
        ("Setelah menyerang Ukraina, Rusia mengancam Polandia.", ("ASSAULT", "RUS", "UKR")),
        ("Putra Mahkota Arab Saudi menyetujui rencana itu saat bertemu dengan Presiden Indonesia di Jeddah.",
         ("CONSULT", "SAU", "IDN")),
        ("Duta Besar Vietnam untuk PBB, saat menghadiri sidang Dewan Keamanan PBB, menyerukan dialog.",
         ("CONSULT", "VNM", "UN")),
    ],
)
def test_events_recall_forms_verb_after_temporal_connective_takes_main_subject(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _triples(sentence)


def test_events_recall_forms_connective_with_own_subject_keeps_it() -> None:
    found = _triples("Iran membalas setelah Israel menyerang Teheran.")
    assert ("ASSAULT", "ISR", "IRN") in found
    assert ("ASSAULT", "IRN", "ISR") not in found
