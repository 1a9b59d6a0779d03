"""Unit rules of plain-text extraction: dates, datelines, bylines, boilerplate, repeats, Markdown, hints."""

from __future__ import annotations

import pytest

from warta.errors import EmptyArticle
from warta.extract.boilerplate import classify, glued_sentence
from warta.extract.byline import read_byline
from warta.extract.dateline import outlet_for_url, split_dateline
from warta.extract.markdown import markdown_lines, plain
from warta.extract.published import find_stamp, parse_published
from warta.extract.repeats import drop_repeats
from warta.extract.text import extract_lines, extract_plain_text
from warta.types import RawDocument


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamis, 09 November 2023 - 15:04 WIB", "2023-11-09T15:04:00+07:00"),
        ("19 Dec 2024, 14:32", "2024-12-19T14:32:00+07:00"),
        ("Senin, 4 Maret 2024 | 10:15 WIB", "2024-03-04T10:15:00+07:00"),
        ("04/03/2024, 10:15 WIB", "2024-03-04T10:15:00+07:00"),
        ("Rabu, 6 Maret 2024 08:30 WITA", "2024-03-06T08:30:00+08:00"),
        ("Sabtu, 9 Maret 2024 pukul 19.45 WIT", "2024-03-09T19:45:00+09:00"),
        ("Jumat, 29 Mei 2026 22:02 WIB", "2026-05-29T22:02:00+07:00"),
        ("2024-03-04T10:15:00+07:00", "2024-03-04T10:15:00+07:00"),
        ("Mon, 04 Mar 2024 03:15:00 +0000", "2024-03-04T03:15:00+00:00"),
        ("17 Agustus 2024", "2024-08-17"),
        ("March 4, 2024", "2024-03-04"),
        ("tanpa tanggal", None),
        ("31 Februari 2024", None),
    ],
)
def test_published_parses_outlet_forms(text: str, expected: str | None) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize(
    ("line", "prefix", "iso"),
    [
        ("Amastya 19 Dec 2024, 14:32", "Amastya", "2024-12-19T14:32:00+07:00"),
        ("Liputan6.com Diperbarui 04 Mar 2024, 10:15 WIB", "Liputan6.com Diperbarui", "2024-03-04T10:15:00+07:00"),
        ("Selasa, 12 Maret 2024 - 08:10 WIB", "", "2024-03-12T08:10:00+07:00"),
    ],
)
def test_published_finds_stamp_lines(line: str, prefix: str, iso: str) -> None:
    stamp = find_stamp(line)
    assert stamp is not None
    assert (stamp.prefix, stamp.iso) == (prefix, iso)


@pytest.mark.parametrize(
    "line",
    ["Presiden mengatakan kunjungan itu berlangsung pada 4 Maret 2024", "Perundingan dimulai lagi. Pada 4 Maret 2024"],
)
def test_published_sentence_ending_in_date_is_no_stamp(line: str) -> None:
    assert find_stamp(line) is None


@pytest.mark.parametrize(
    ("line", "place", "outlet", "rest"),
    [
        ("Jakarta, CNN Indonesia -- Menteri Luar Negeri tiba", "Jakarta", "CNN Indonesia", "Menteri Luar Negeri tiba"),
        ("Canberra (ANTARA) - Indonesia dan Australia", "Canberra", "Antara", "Indonesia dan Australia"),
        ("Liputan6.com, Brussels - Para pemimpin", "Brussels", "Liputan6", "Para pemimpin"),
        ("REPUBLIKA.CO.ID, RIYADH -- Organisasi Kerja Sama", "Riyadh", "Republika", "Organisasi Kerja Sama"),
        ("TEMPO.CO, Jakarta - Kementerian", "Jakarta", "Tempo", "Kementerian"),
        ("KONTAN.CO.ID - JAKARTA/TOKYO. Pemerintah", "Jakarta/Tokyo", "Kontan", "Pemerintah"),
        ("WASHINGTON, KOMPAS.COM -- Senat", "Washington", "Kompas", "Senat"),
        ("NEW YORK - Sekretaris Jenderal", "New York", None, "Sekretaris Jenderal"),
        ("KOMPAS.com - Tidak semua negara", None, "Kompas", "Tidak semua negara"),
    ],
)
def test_dateline_splits_place_and_outlet(line: str, place: str | None, outlet: str | None, rest: str) -> None:
    dateline = split_dateline(line)
    assert dateline is not None
    assert (dateline.place, dateline.outlet, dateline.rest) == (place, outlet, rest)


@pytest.mark.parametrize("line", ["Presiden Joko Widodo menerima kunjungan", "BACA JUGA - Rusia"])
def test_dateline_absent_in_ordinary_lines(line: str) -> None:
    assert split_dateline(line) is None


@pytest.mark.parametrize(
    ("url", "outlet"),
    [("https://news.detik.com/internasional/d-1/x", "Detik"), ("https://www.kompas.id/baca/x", "Kompas"),
     ("https://example.org/berita", None)],
)
def test_dateline_outlet_from_url(url: str, outlet: str | None) -> None:
    assert outlet_for_url(url) == outlet


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("Penulis: Ardi Priyatno Utomo | Editor: Bayu Galih", ("Ardi Priyatno Utomo",), ("Bayu Galih",)),
        ("Rep: Kamran Dikarma/ Red: Nur Aini", ("Kamran Dikarma",), ("Nur Aini",)),
        ("Reporter: Dewi Lestari, Bima Saputra; Editor: Rina", ("Dewi Lestari", "Bima Saputra"), ("Rina",)),
        ("Penyunting: Maria Ulfa", (), ("Maria Ulfa",)),
        ("Sinta Dewi Photo Verified Writer Sinta Dewi", ("Sinta Dewi",), ()),
        ("Laporan Wartawan Tribunnews.com, Taufik Ismail", ("Taufik Ismail",), ()),
        ("Rahmad Fauzan - detikNews", ("Rahmad Fauzan",), ()),
        ("Editor: Tim Redaksi", (), ()),
    ],
)
def test_byline_reads_names(line: str, authors: tuple[str, ...], editors: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.authors, byline.editors) == (authors, editors)


@pytest.mark.parametrize(
    "line", ["Pilihan Editor: Jepang Pantau Latihan Militer", "Oleh karena itu, pemerintah menunda kunjungan."]
)
def test_byline_ignores_look_alikes(line: str) -> None:
    assert classify(line) is not None or read_byline(line) is None


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Menu", "menu"),
        ("Beranda > Internasional > Asia", "menu"),
        ("ADVERTISEMENT", "ad"),
        ("SCROLL TO CONTINUE WITH CONTENT", "ad"),
        ("Baca Juga: Jepang Kirim Bantuan ke Filipina", "related"),
        ("[Gambas:Video CNN]", "embed"),
        ("Tentara Korsel berjaga di perbatasan. (REUTERS/Kim Hong-Ji)", "caption"),
        ("Menlu RI di Canberra. ANTARA FOTO/Desca Lidya Natalia/aa.", "caption"),
        ("Pemimpin junta Myanmar /AFP", "caption"),
        ("Ilustrasi bendera ASEAN. (Foto: Dok. Kemlu RI)", "caption"),
        ("REUTERS | AL JAZEERA", "caption"),
        ("Bagikan", "share"),
        ("tulis komentar anda", "share"),
        ("Follow Berita Okezone di Google News", "share"),
        ("Tag: Taiwan, Tiongkok", "tags"),
        ("Topik:", "tags"),
        ("Copyright © ANTARA 2024", "disclaimer"),
        ("IDN Times Community adalah media yang menyediakan platform untuk menulis.", "disclaimer"),
        ("Artikel ini pernah tayang di VOA Indonesia dengan judul Junta Tunda Pemilu.", "disclaimer"),
        ("Artikel ini telah tayang di Tribunnews.com dengan judul Menlu Bertemu Mitranya.", "disclaimer"),
        ("(ian)", "signoff"),
        ("(***)", "signoff"),
        ("(rds/bac)", "signoff"),
        ("Berita Terkini Lainnya", "end"),
        ("null", "junk"),
        ("Jalur Prestasi Akademik dan Nonakademik (SMP/SMA/SMK)", None),
        ("1. Washington konfirmasi pengiriman bantuan ke Kyiv", None),
        ("Presiden tiba di Canberra, Kamis (7/3/2024).", None),
    ],
)
def test_boilerplate_classifies_families(line: str, family: str | None) -> None:
    assert classify(line) == family


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("Baca Juga: Uni Eropa Pertimbangkan Sanksi Baru Terhadap Iran Diplomat Barat menyambut baik langkah itu.",
         "Diplomat Barat menyambut baik langkah itu."),
        ("Baca juga: Jepang dan Filipina Sepakati Pakta Akses Timbal Balik Kementerian Luar Negeri China menyatakan"
         " keberatan.", "Kementerian Luar Negeri China menyatakan keberatan."),
        ("Baca Juga: Filipina Protes China Seperti yang dilaporkan sebelumnya, kapal itu rusak.",
         "Seperti yang dilaporkan sebelumnya, kapal itu rusak."),
        ("Baca Juga: Korsel Tutup Kedutaan di Seluruh Eropa, Apa Alasannya?", None),
        ("Baca juga: Thailand Siapkan Koridor Kemanusiaan di Perbatasan Myanmar", None),
    ],
)
def test_boilerplate_keeps_sentence_glued_to_related_headline(line: str, sentence: str | None) -> None:
    assert glued_sentence(line) == sentence


def test_repeats_drop_block_pasted_twice() -> None:
    block = ["Para menteri bertemu di Riyadh.", "Mereka menyerukan gencatan senjata segera di Gaza.", "Tamat"]
    assert drop_repeats(block + block[:2]) == block


def test_repeats_ignore_quote_style() -> None:
    assert drop_repeats(["“Kami menolak,” kata dia pada Senin.", '"Kami menolak," kata dia pada Senin.']) == [
        "“Kami menolak,” kata dia pada Senin."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('\\"Kami siap,\\" ujar dia.', '"Kami siap," ujar dia.'),
        ("lulusan baru (*fresh graduate*)", "lulusan baru (fresh graduate)"),
        ("**JAKARTA, KOMPAS.com** - Presiden", "JAKARTA, KOMPAS.com - Presiden"),
        ("akun \\@kemlu_ri dan [laman resmi](https://kemlu.go.id)", "akun @kemlu_ri dan laman resmi"),
        ("Kepala Departemen\\*", "Kepala Departemen*"),
    ],
)
def test_markdown_plain_removes_markup(text: str, expected: str) -> None:
    assert plain(text) == expected


def test_markdown_reads_table_and_drops_appendix() -> None:
    page = markdown_lines(
        ["# Judul Berita", "Ringkasan.", "| Field | Value |", "|---|---|", "| author | Dian Sari |",
         "| editor | Nur Aini |", "**JAKARTA, KOMPAS.com** - Isi berita.", "## Subjudul", "![foto](x.jpg)",
         "\\[img.2\\]", "---", "## Ringkasan", "Ringkasan mesin."]
    )
    assert page.lines == ("JAKARTA, KOMPAS.com - Isi berita.", "Subjudul")
    hints = (page.hints["title"], page.hints["authors"], page.hints["editors"])
    assert hints == ("Judul Berita", "Dian Sari", "Nur Aini")


def test_markdown_table_cell_keeps_an_escaped_pipe() -> None:
    # A digest's title joins two headlines with a pipe, escaped in the table's cell.
    page = markdown_lines(
        ["# [POPULER DUNIA] Banjir Landa Pakistan \\| Jepang Gelar Pemilu Sela", "| Field | Value |", "|---|---|",
         "| title | [POPULER DUNIA] Banjir Landa Pakistan \\| Jepang Gelar Pemilu Sela |", "| author | Dian Sari |",
         "**JAKARTA, KOMPAS.com** - Isi berita."]
    )
    assert page.hints["title"] == "[POPULER DUNIA] Banjir Landa Pakistan | Jepang Gelar Pemilu Sela"
    assert page.hints["authors"] == "Dian Sari"


def test_markdown_drops_related_link_lists_and_line_break_backslashes() -> None:
    page = markdown_lines(
        ["# Judul Berita", "| Field | Value |", "|---|---|", "| author | Dian Sari |",
         "**JAKARTA, KOMPAS.com** - Isi berita tentang perundingan.",
         '- **[Menlu Bertemu Mitra dari Malaysia](http://www.kompas.com/global/read/1){target="_self"}**',
         "[Baca selengkapnya di laman resmi](https://kemlu.go.id/berita)",
         "\\[video.1\\]\\", "Perundingan berlanjut pekan depan, kata juru bicara."]
    )
    assert page.lines == ("JAKARTA, KOMPAS.com - Isi berita tentang perundingan.",
                          "Perundingan berlanjut pekan depan, kata juru bicara.")


def _raw(hints: dict[str, str] | None = None) -> RawDocument:
    return RawDocument(id="x", origin="x.txt", body=b"", media_type="text/plain", hints=hints or {})


def test_text_hints_win_over_guessing() -> None:
    lines = ["Warga antre bantuan di Rafah sejak pagi, kata petugas setempat kepada wartawan."]
    hints = {"title": "Warga Gaza Antre Bantuan", "published": "Jumat, 29 Mei 2026 22:02 WIB",
             "url": "https://news.detik.com/internasional/d-1/warga-gaza"}
    article = extract_lines(_raw(hints), lines)
    assert (article.title, article.published, article.publisher) == (
        "Warga Gaza Antre Bantuan", "2026-05-29T22:02:00+07:00", "Detik")
    assert article.body == lines


def test_text_explicit_hints_beat_raw_hints() -> None:
    article = extract_lines(_raw({"title": "Lama"}), ["Isi berita yang cukup panjang untuk dibaca."], {"title": "Baru"})
    assert article.title == "Baru"


@pytest.mark.parametrize("text", ["", "ADVERTISEMENT\nBagikan\n(***)", "Menu\nHome\nnull"])
def test_text_raises_empty_article_without_body(text: str) -> None:
    with pytest.raises(EmptyArticle):
        extract_plain_text(_raw(), text)


def test_text_body_without_headline_or_dateline_keeps_first_sentence() -> None:
    text = "Pemerintah Jepang mengumumkan paket bantuan baru untuk Filipina.\nBantuan itu berupa kapal patroli."
    article = extract_plain_text(_raw(), text)
    assert article.title is None
    assert article.body[0].startswith("Pemerintah Jepang")


def test_text_weak_dateline_opens_body_when_headline_is_a_hint() -> None:
    lines = ["Jakarta - Pemerintah Indonesia mendesak kedua pihak menahan diri dan kembali ke meja perundingan.",
             "Desakan itu disampaikan juru bicara Kementerian Luar Negeri dalam jumpa pers mingguan."]
    article = extract_lines(_raw({"title": "RI Desak Kedua Pihak Menahan Diri"}), lines)
    assert article.dateline == "Jakarta"
    assert article.body[0].startswith("Pemerintah Indonesia mendesak")
