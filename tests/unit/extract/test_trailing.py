"""Furniture glued to the end of a one-paragraph scrape, and other page furniture of Kompas
Markdown scrapes: sentences written for these tests in the style of Detik, DW Indonesia and Kompas."""

from __future__ import annotations

import pytest

from warta.extract.boilerplate import boilerplate_data
from warta.extract.byline import read_byline
from warta.extract.markdown import markdown_lines
from warta.extract.text import extract_lines, extract_plain_text
from warta.extract.trailing import _SIGNOFF_WORDS, cut_trailer
from warta.types import RawDocument

QUOTE = '"Warga di bantaran sungai diminta tetap tenang dan mengikuti arahan petugas," ujar Kapolres Sleman.'
MARKET = "Indeks saham ditutup menguat 0,45 persen ke level 7.120 pada akhir perdagangan sesi kedua hari itu."
RUN = "Pendaftaran peserta lari ditutup sepekan sebelum acara, info lengkap ada di akun instagram panitia @larisenja"
LAST = "Pemerintah Jerman berjanji menambah bantuan kemanusiaan bagi warga Sudan yang mengungsi ke Chad."


@pytest.mark.parametrize(
    ("tail", "authors", "editors"),
    [
        (
            " Artikel ini pertama kali terbit dalam bahasa Inggris"
            " Diadaptasi oleh Sekar Ayu Wulandari Editor: Bonifasius Tarigan",
            ("Sekar Ayu Wulandari",),
            ("Bonifasius Tarigan",),
        ),
        (
            " Artikel ini terbit pertama kali dalam Bahasa Jerman Diadaptasi oleh Yohanes Kurnia Editor: Laras Pratiwi",
            ("Yohanes Kurnia",),
            ("Laras Pratiwi",),
        ),
        (
            " Laporan ini pertama kali terbit dalam bahasa Inggris Disadur oleh Fadli Ramadhan Editor: Hesti Anggraini",
            ("Fadli Ramadhan",),
            ("Hesti Anggraini",),
        ),
        (
            " Diadaptasi oleh: Made Suarjana Editor: Nadia Putri, Gilang Mahesa",
            ("Made Suarjana",),
            ("Nadia Putri", "Gilang Mahesa"),
        ),
        (" Editor: Widya Kusumawardhani", (), ("Widya Kusumawardhani",)),
    ],
)
def test_trailing_cuts_translation_signoff_and_reads_its_names(
    tail: str, authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    trailer = cut_trailer(LAST + tail)
    assert trailer.text == LAST
    assert trailer.byline is not None
    assert (trailer.byline.authors, trailer.byline.editors) == (authors, editors)


def test_trailing_cuts_a_signoff_that_is_the_whole_paragraph() -> None:
    trailer = cut_trailer(
        "Artikel ini pertama kali terbit dalam bahasa Inggris Diadaptasi oleh Rina Hapsari Editor: Agus Salim"
    )
    assert trailer.text == ""
    assert trailer.byline is not None
    assert trailer.byline.editors == ("Agus Salim",)


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        (QUOTE + " : Banjir Lahar Dingin Rendam Tiga Desa di Lereng Merapi", QUOTE),
        (MARKET + " : Apa Penyebab Rupiah Melemah Hari Ini?", MARKET),
        (RUN + " : 5 Fakta Lomba Lari Senja di Candi Prambanan (dns/afr)", RUN),
    ],
)
def test_trailing_cuts_related_headline_residue(paragraph: str, kept: str) -> None:
    assert cut_trailer(paragraph).text == kept


@pytest.mark.parametrize(
    "paragraph",
    [
        LAST,
        "Susunan pengurus baru : Ketua Umum Bambang Wiryawan",  # a "Label : value" line, not a residue
        "Komposisi dewan komisaris yang baru disahkan dalam rapat umum pemegang saham tahunan perseroan"
        " kemarin sore di Jakarta : Dr. H. Andi Mallarangeng, S.H., M.H.",
        "Ia pernah bekerja sebagai editor di sebuah penerbit buku anak sebelum terjun ke dunia politik.",
        "Menurut dia, Editor: kata itu tertulis di pintu ruang redaksi yang kini kosong karena semua libur.",
    ],
)
def test_trailing_keeps_ordinary_endings(paragraph: str) -> None:
    trailer = cut_trailer(paragraph)
    assert (trailer.text, trailer.byline) == (paragraph, None)


def _raw(hints: dict[str, str] | None = None) -> RawDocument:
    return RawDocument(id="x", origin="x.txt", body=b"", media_type="text/plain", hints=hints or {})


def test_text_one_paragraph_scrape_loses_signoff_and_residue_and_gains_byline() -> None:
    text = (
        "Parlemen Eropa menyetujui aturan baru tentang kecerdasan buatan dalam pemungutan suara di Strasbourg. "
        "Aturan itu akan berlaku bertahap mulai tahun depan, kata juru bicara parlemen. "
        "Artikel ini pertama kali terbit dalam bahasa Inggris Diadaptasi oleh Theresia Manullang Editor: Arif Budiman"
    )
    article = extract_plain_text(_raw(), text)
    assert article.body[-1].endswith("kata juru bicara parlemen.")
    assert (article.authors, article.editors) == (("Theresia Manullang",), ("Arif Budiman",))


def test_text_byline_hints_win_over_signoff_names() -> None:
    sentence = "Harga cabai di pasar induk turun tajam setelah panen raya di sejumlah sentra produksi di Jawa Timur."
    article = extract_lines(
        _raw({"authors": "Nurul Hidayah", "editors": "Bayu Aji"}), [sentence + " Editor: Yudha Pratama"]
    )
    assert article.body == [sentence]
    assert (article.authors, article.editors) == (("Nurul Hidayah",), ("Bayu Aji",))


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        (
            "(Sumber: Kompas.com/Rizal Fadhilah | Editor: Sri Wahyuni, Dimas Pamungkas)",
            ("Rizal Fadhilah",),
            ("Sri Wahyuni", "Dimas Pamungkas"),
        ),
        ("(Sumber: Kompas.com/Anisa Rahmawati, Johan Sitompul)", ("Anisa Rahmawati", "Johan Sitompul"), ()),
        ("(Sumber: Tribunnews.com/Ketut Sudarsana)", ("Ketut Sudarsana",), ()),
    ],
)
def test_byline_reads_source_credit(line: str, authors: tuple[str, ...], editors: tuple[str, ...]) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.authors, byline.editors, byline.outlet) == (authors, editors, None)


@pytest.mark.parametrize("line", ["(Sumber: BPS/diolah)", "(Sumber: Kementerian Keuangan)"])
def test_byline_source_credit_needs_an_outlet_and_a_name(line: str) -> None:
    assert read_byline(line) is None


def test_text_markdown_source_credit_is_not_a_paragraph() -> None:
    lines = [
        "# Jadwal Libur Sekolah Semester Genap",
        "| Field | Value |",
        "|---|---|",
        "| author | Lusi Handayani |",
        "**KOMPAS.com** - Libur semester genap tahun ajaran ini dimulai pada akhir Juni di banyak provinsi.",
        "Dinas pendidikan daerah dapat menyesuaikan tanggalnya dengan kalender setempat.",
        "**(Sumber: Kompas.com/Rahmat Hidayat \\| Editor: Sinta Maharani)**",
    ]
    article = extract_lines(_raw(), lines)
    assert article.body[-1] == "Dinas pendidikan daerah dapat menyesuaikan tanggalnya dengan kalender setempat."
    assert article.authors == ("Lusi Handayani",)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "\\[img.3\\]Pemerintah kota menambah armada bus listrik pada tahun ini.",
            "Pemerintah kota menambah armada bus listrik pada tahun ini.",
        ),
        (
            "\\[video.1\\] Menurut data dinas, jumlah penumpang naik dua kali lipat.",
            "Menurut data dinas, jumlah penumpang naik dua kali lipat.",
        ),
        (
            "**\\[embed.2\\]**Festival itu digelar setiap tahun di alun-alun kota.",
            "Festival itu digelar setiap tahun di alun-alun kota.",
        ),
        ("\\[Kabar Terkini\\] Harga emas naik lagi pagi ini.", "[Kabar Terkini] Harga emas naik lagi pagi ini."),
    ],
)
def test_markdown_drops_media_placeholders_opening_a_paragraph(line: str, kept: str) -> None:
    page = markdown_lines(
        [
            "# Judul Berita",
            "| Field | Value |",
            "|---|---|",
            "| author | Dian Sari |",
            "**JAKARTA, KOMPAS.com** - Isi berita pertama.",
            line,
        ]
    )
    assert page.lines[-1] == kept



def test_trailing_signoff_words_stand_in_every_part() -> None:
    # _cut_signoff searches only a tail holding one of _SIGNOFF_WORDS, so each part of a sign-off
    # must hold one whichever alternative matches: a change to these patterns must keep that.
    data = boilerplate_data()["trailing"]
    verbs = "(?:terbit|tayang|dimuat|diterbitkan)"
    nouns = "(?:Artikel|Laporan|Tulisan|Berita|Naskah)"
    assert data["origin"].startswith(rf"{nouns} ini (?:(?:telah |sudah )?pertama kali {verbs}|{verbs} pertama kali)")
    assert data["adapters"].split(")", 1)[1].startswith(" oleh")
    assert data["editors"].split(")", 1)[0] == "(?:" + "|".join(_SIGNOFF_WORDS[2:])
