from __future__ import annotations

import pytest

from warta.annotate.segment import sentences, tokens


def sentence_texts(text: str) -> list[str]:
    return [s.span.of(text) for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kantor itu berada di Jl. Merdeka Barat No. 12, Jakarta Pusat. Warga diminta datang pagi.",
            ["Kantor itu berada di Jl. Merdeka Barat No. 12, Jakarta Pusat.", "Warga diminta datang pagi."],
        ),
        (
            "Bantuan berupa beras, minyak, dll. yang dikirim lewat laut tiba kemarin.",
            ["Bantuan berupa beras, minyak, dll. yang dikirim lewat laut tiba kemarin."],
        ),
        (
            "Dana dikirim a.n. Yayasan Peduli Sesama. Penyaluran dimulai Senin.",
            ["Dana dikirim a.n. Yayasan Peduli Sesama.", "Penyaluran dimulai Senin."],
        ),
        (
            "Surat itu ditandatangani Joko W. Santoso kemarin. Isinya belum dibuka.",
            ["Surat itu ditandatangani Joko W. Santoso kemarin.", "Isinya belum dibuka."],
        ),
        (
            "Nilai ekspor naik menjadi Rp 1.350 triliun. Angka itu tertinggi sejak 2019.",
            ["Nilai ekspor naik menjadi Rp 1.350 triliun.", "Angka itu tertinggi sejak 2019."],
        ),
    ],
)
def test_segment_abbreviations_and_numbers_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


def test_segment_dll_can_end_a_sentence() -> None:
    text = "Bantuan berupa beras, minyak, dll. Semuanya dikirim lewat laut."
    assert sentence_texts(text) == ["Bantuan berupa beras, minyak, dll.", "Semuanya dikirim lewat laut."]


def test_segment_closing_quote_stays_with_its_sentence() -> None:
    text = "“Kami tidak akan mundur.” Pernyataan itu disampaikan di Hanoi."
    assert sentence_texts(text) == ["“Kami tidak akan mundur.”", "Pernyataan itu disampaikan di Hanoi."]


def test_segment_quote_with_question_mark() -> None:
    text = 'Ia bertanya, "Siapa yang bertanggung jawab?" Tidak ada yang menjawab.'
    assert sentence_texts(text) == ['Ia bertanya, "Siapa yang bertanggung jawab?"', "Tidak ada yang menjawab."]


def test_segment_paragraph_break_always_ends_a_sentence() -> None:
    text = "Subjudul tanpa titik\n\nParagraf berikutnya dimulai di sini."
    assert sentence_texts(text) == ["Subjudul tanpa titik", "Paragraf berikutnya dimulai di sini."]


def test_segment_lowercase_after_dot_does_not_split() -> None:
    text = "Harga naik 2,5 persen vs. bulan lalu menurut data resmi."
    assert len(sentence_texts(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("negara-negara anggota", ["negara-negara", "anggota"]),
        ("Kim Jong-un tiba", ["Kim", "Jong-un", "tiba"]),
        ("naik 1.350 atau 2,5%", ["naik", "1.350", "atau", "2,5%"]),
        ("pada 11/11/2023 pukul 10:30", ["pada", "11/11/2023", "pukul", "10:30"]),
        ("(AS)", ["(", "AS", ")"]),
        ("a.n. Budi", ["a.n.", "Budi"]),
        ("Budi Santoso, S.H., M.H. hadir", ["Budi", "Santoso", ",", "S.H.", ",", "M.H.", "hadir"]),
        ("Kantor U.S.A. tutup", ["Kantor", "U.S.A.", "tutup"]),
        ("Ketua, H. Amir", ["Ketua", ",", "H", ".", "Amir"]),
        ("pilihan a.b", ["pilihan", "a", ".", "b"]),
        ("balapan Moto3 dan jaringan 5G", ["balapan", "Moto3", "dan", "jaringan", "5", "G"]),
        ("salat Jum’at di masa pasca- pandemi", ["salat", "Jum’at", "di", "masa", "pasca", "-", "pandemi"]),
    ],
)
def test_segment_tokens(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokens(text)] == expected


def test_segment_token_spans_are_offsets_into_the_text() -> None:
    text = "Pertama.\n\nKedua kalinya, Menlu RI bicara."
    for sentence in sentences(text):
        assert sentence.span.of(text).startswith(sentence.tokens[0].text)
        for token in sentence.tokens:
            assert token.span.of(text) == token.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Surat itu ditandatangani (Prof. Budi Santoso) kemarin. Isinya menolak usulan.",
            ["Surat itu ditandatangani (Prof. Budi Santoso) kemarin.", "Isinya menolak usulan."],
        ),
        (
            "Ia menyebut “dr. Rina” sebagai saksi. Sidang ditunda.",
            ["Ia menyebut “dr. Rina” sebagai saksi.", "Sidang ditunda."],
        ),
        (
            "Acara dibuka\tKol. Agus Salim di Bandung. Warga antusias.",
            ["Acara dibuka\tKol. Agus Salim di Bandung.", "Warga antusias."],
        ),
    ],
)
def test_segment_abbreviation_after_a_bracket_quote_or_tab_does_not_end_sentence(
    text: str, expected: list[str]
) -> None:
    assert sentence_texts(text) == expected


NEWS_PARAGRAPHS = [
    "JAKARTA, KOMPAS.com - Harga beras di Pasar Induk Cipinang naik 2,5% pekan ini. Pedagang menyebut pasokan "
    "dari Jawa Tengah berkurang.",
    "“Stok kami tinggal 1.350 ton,” kata Ketua Koperasi Pedagang, H. Amir, Senin (4/3/2024).\n"
    "Ia meminta Bulog segera menyalurkan cadangan.",
    "  Sementara itu, Kementerian Perdagangan akan menggelar operasi pasar di 12 titik!   Warga diminta "
    "membawa KTP\u00a0asli.  ",
    "Pemerintah Kab. Bekasi belum berkomentar?",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n\n\n", "\r\n\r\n"])
def test_segment_sentence_tokens_are_the_tokens_of_each_sentence_alone(separator: str) -> None:
    text = separator.join(NEWS_PARAGRAPHS)
    found = sentences(text)
    assert len(found) == 7  # 2 + 2 (the single line break ends one) + 2 + 1
    for sentence in found:
        assert sentence.tokens == tokens(sentence.span.of(text), sentence.span.start)
    # every token of the text belongs to exactly one sentence
    assert [t for s in found for t in s.tokens] == list(tokens(text))
