"""Quotations attributed by "menurut" after the quote, lower-case fragments finishing a
reported clause, comparisons, relative clauses, apposed subjects, words quoted as words,
buildings that hold an office's name and misspelt surnames (full pipeline)."""

from __future__ import annotations

import pytest

from warta import analyze_text
from warta.annotate.speaker_descriptions import one_edit_apart
from warta.types import Quote

_TITLE = "Judul berita\n\n"


def quotes_of(body: str) -> list[Quote]:
    return [q for q in analyze_text(_TITLE + body).quotes if q.direct]


def speaker_of(body: str, words: str) -> str | None:
    found = [q for q in quotes_of(body) if words in q.text]
    assert found, f"no quote with {words!r} in {[q.text for q in quotes_of(body)]}"
    return found[0].speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Presiden Joko Widodo berbicara di Istana. Namun, tuntutan Jokowi membuat posisi partai sulit. "
            'Para pengamat sepakat bahwa "dampaknya akan sangat luas," menurut analis politik Hartono Wibisono. '
            '"Partai-partai oposisi akan membingkai kebijakan itu sebagai pengkhianatan," katanya.',
            "dampaknya",
            "Hartono Wibisono",
        ),
        (
            "Presiden Joko Widodo berbicara di Istana. Namun, tuntutan Jokowi membuat posisi partai sulit. "
            'Para pengamat sepakat bahwa "dampaknya akan sangat luas," menurut analis politik Hartono Wibisono. '
            '"Partai-partai oposisi akan membingkai kebijakan itu sebagai pengkhianatan," katanya.',
            "Partai-partai oposisi",
            "Hartono Wibisono",
        ),
        (
            '"Kami akan menunggu hasil pemilu," menurut peneliti senior Lembaga Survei Indonesia, Dewi Kartika.',
            "menunggu hasil",
            "Dewi Kartika",
        ),
    ],
)
def test_quotes_menurut_after_a_quote_attributes_it_and_its_nya_followers(body: str, words: str, speaker: str) -> None:
    assert speaker_of(body, words) == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Menteri Luar Negeri Retno Marsudi menegaskan bahwa Malaysia dan Singapura harus segera "
            'meneken perjanjian itu, "dan semua negara lain harus menyusul."',
            "semua negara lain",
            "Retno Marsudi",
        ),
        (
            "Sri Mulyani, ekonom dan mantan pejabat Bank Dunia, mengatakan kepada Kompas bahwa Indonesia "
            'hanya dapat menyetujuinya "jika seluruh utang dihapus dan bunga diturunkan secara bertahap."',
            "seluruh utang",
            "Sri Mulyani",
        ),
    ],
)
def test_quotes_lower_case_fragment_finishes_the_reported_clause(body: str, words: str, speaker: str) -> None:
    assert speaker_of(body, words) == speaker


@pytest.mark.parametrize(
    "body",
    [
        # A label set by another verb is not what the speaker said.
        "Militer Filipina pada hari Senin mengatakan bahwa mereka siaga setelah China menetapkan 1 Mei "
        'sebagai "hari kekuatan laut nasional" untuk menandai peluncuran kapal induk.',
        # A quoted name used as a word is no quotation.
        'Ia diduga salah ucap dan mengatakan "Malaysia" alih-alih "Singapura".',
    ],
)
def test_quotes_labels_and_words_as_words_are_not_quotes(body: str) -> None:
    assert quotes_of(body) == []


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Budi Santoso, Direktur Advokasi di kelompok hak asasi manusia KontraS yang berbasis di Jakarta, "
            'menyamakan komentar menteri itu dengan komentar seorang "bos mafia".',
            "bos mafia",
            "Budi Santoso",
        ),
        (
            "Pernyataan keras kemudian datang dari Canberra, yang menyebut rencana itu sebagai "
            '"mimpi kosong" dan menolak tekanan.',
            "mimpi kosong",
            "Australia",
        ),
    ],
)
def test_quotes_phrase_speaker_from_apposition_or_relative_clause(body: str, words: str, speaker: str) -> None:
    assert speaker_of(body, words) == speaker


def test_quotes_restrictive_relative_clause_is_not_the_subject() -> None:
    body = (
        'Aktivis politik Rudi Hartanto menyebut langkah Jepang hanya "simbolis".\n\n'
        "Namun, ia mengapresiasi pernyataan Kishida yang menyerukan digelarnya pemilihan umum di wilayah itu.\n\n"
        '"Seruan itu membawa harapan," ujarnya.'
    )
    assert speaker_of(body, "Seruan itu") == "Rudi Hartanto"


def test_quotes_building_is_never_the_speaker() -> None:
    body = (
        "Menteri Sekretaris Negara Pratikno menerima Duta Besar Prancis di Gedung Kabinet Negara, "
        "Jakarta Pusat, Sabtu (14/6/2025).\n\n"
        '"Senang berjumpa dengan Duta Besar Prancis untuk Indonesia," tulis Kabinet melalui akun Instagramnya.'
    )
    assert speaker_of(body, "Senang berjumpa") != "Gedung Kabinet Negara"


@pytest.mark.parametrize(
    ("written", "speaker"),
    [("Libermen", "Avigdor Liberman"), ("Libermann", "Avigdor Liberman"), ("Avigdar", "Avigdor Liberman")],
)
def test_quotes_misspelt_surname_is_the_known_person(written: str, speaker: str) -> None:
    body = (
        "Mantan menteri pertahanan Israel, Avigdor Liberman, memperingatkan soal ancaman itu.\n\n"
        f'"Semua tetangga kita terobsesi dengan perang balas dendam," tutur {written}.'
    )
    assert speaker_of(body, "tetangga kita") == speaker


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Liberman", "Libermen", True),
        ("Liberman", "Libermann", True),
        ("Liberman", "Liberma", True),
        ("Liberman", "Liberman", False),
        ("Liberman", "Lieberrman", False),
        ("Sanjaya", "Sanjaja", True),
        ("abcdef", "abcfed", False),
    ],
)
def test_quotes_one_edit_apart(a: str, b: str, expected: bool) -> None:
    assert one_edit_apart(a, b) is expected


def test_quotes_one_word_variants_of_a_name_are_not_corrected_to_each_other() -> None:
    body = (
        "Sore itu warung milik Sukarna ramai pembeli. Sembari melayani pembeli, Sukarnya bercerita.\n\n"
        '"Ini warung sudah berdiri sejak tahun 2019," ujar Sukarna kepada wartawan.'
    )
    assert speaker_of(body, "warung sudah berdiri") == "Sukarna"
