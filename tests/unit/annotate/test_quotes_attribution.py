"""Speakers named through titles, surnames and statements; short attributed phrases and split
quotes, read through the whole pipeline (entity stage included)."""

from __future__ import annotations

import pytest

from warta import analyze_text
from warta.types import Quote


def quotes_of(text: str) -> list[Quote]:
    return [q for q in analyze_text(text).quotes if q.direct]


def quote_with(text: str, words: str) -> Quote:
    found = [q for q in quotes_of(text) if words in q.text]
    assert found, f"no quote with {words!r} in {[q.text for q in quotes_of(text)]}"
    return found[0]


def test_quotes_person_apposed_after_title_and_body_is_the_speaker() -> None:
    text = (
        'Peneliti Oxford House, Samir Al-Hakimi, menyebut serangan itu sebagai "unjuk kekuatan" '
        "kelompok tersebut di kawasan.\n\n"
        '"Mereka masih menyimpan banyak rudal dan bisa menyerang kapan saja," ujar Hakimi.'
    )
    assert quote_with(text, "unjuk kekuatan").speaker == "Samir Al-Hakimi"
    assert quote_with(text, "banyak rudal").speaker == "Samir Al-Hakimi"


def test_quotes_official_after_title_chain_is_the_speaker() -> None:
    text = (
        '"Kami tetap menahan diri selama gencatan senjata," kata Juru Bicara Komando Selatan '
        "Amerika Serikat Laura Jenkins dalam sebuah pernyataan."
    )
    quote = quote_with(text, "menahan diri")
    assert (quote.speaker, quote.actor) == ("Laura Jenkins", "USA")


@pytest.mark.parametrize(
    ("attribution", "speaker", "actor"),
    [
        ("bunyi pernyataan resmi Pemerintah Vietnam.", "Vietnam", "VNM"),
        ("tulis pernyataan tertulis pemerintah Jepang.", "Japan", "JPN"),
    ],
)
def test_quotes_statement_of_a_government_is_said_by_its_state(attribution: str, speaker: str, actor: str) -> None:
    text = f'Ketegangan di perbatasan meningkat.\n\n"Semua pihak harus menahan diri dan berunding," {attribution}'
    quote = quote_with(text, "menahan diri")
    assert (quote.speaker, quote.actor) == (speaker, actor)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "Kementerian Luar Negeri Jepang menyebut keputusan itu merupakan langkah yang "
            '"tidak dapat diterima" oleh Tokyo.',
            "tidak dapat diterima",
            "Japanese Ministry of Foreign Affairs",
        ),
        (
            'Kementerian Luar Negeri Jepang menyebut dicabutnya izin itu merupakan keputusan yang "tidak masuk akal".',
            "tidak masuk akal",
            "Japanese Ministry of Foreign Affairs",
        ),
        (
            'Pada saat itu, PBB mengutip "laporan yang dapat dipercaya" mengenai penyiksaan tahanan.',
            "laporan yang dapat dipercaya",
            "United Nations",
        ),
    ],
)
def test_quotes_short_phrase_after_speech_verb_and_copula_is_a_quote(sentence: str, words: str, speaker: str) -> None:
    assert quote_with(sentence, words).speaker == speaker


def test_quotes_first_half_of_a_quote_split_by_narration_takes_the_later_speaker() -> None:
    text = (
        'Operasi itu dilakukan "untuk melindungi warga kami dari ancaman," tetapi pihak militer '
        '"tetap menahan diri selama gencatan senjata," kata Juru Bicara Komando Selatan Amerika '
        "Serikat Laura Jenkins."
    )
    first, second = quote_with(text, "melindungi warga"), quote_with(text, "tetap menahan diri")
    assert first.speaker == second.speaker == "Laura Jenkins"


def test_quotes_quoted_title_between_narration_is_not_a_split_quote() -> None:
    text = 'Film "Badai Pasti Berlalu" diputar ulang, tetapi penonton "sangat antusias," kata Budi Santoso.'
    assert not [q for q in quotes_of(text) if "Badai" in q.text]


def test_quotes_phrase_urged_by_a_plural_subject_with_an_adverb() -> None:
    text = (
        "Di tengah perundingan itu, menteri-menteri garis keras Jepang secara terbuka mendesak "
        'Perdana Menteri untuk kembali pada kebijakan "pertahanan aktif di kawasan tersebut."'
    )
    quote = quote_with(text, "pertahanan aktif")
    assert (quote.speaker, quote.actor) == ("Japan", "JPN")
