"""HTML extraction on pages written in the layouts of Kompas, Detik, CNN Indonesia and Tempo.

Each case lists text that must reach the body and page furniture that must not, checked by
reading the pages in tests/data/html (trafilatura's own ``with``/``without`` evaluation style).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from warta.errors import EmptyArticle
from warta.extract.html import extract_html
from warta.extract.html_meta import html_hints, strip_outlet_suffix
from warta.types import Article, RawDocument

HTML_DIR = Path(__file__).resolve().parents[2] / "data" / "html"


def _extract(html: str | bytes, hints: dict[str, str] | None = None, url: str | None = None) -> Article:
    text = html.decode("utf-8") if isinstance(html, bytes) else html
    raw = RawDocument(id="uji", origin="uji.html", body=text.encode(), media_type="text/html", url=url,
                      hints=hints or {})
    return extract_html(raw, text)


PAGES = [
    pytest.param(
        "kompas_menlu_jepang.html",
        {
            "title": "Menlu RI dan Menlu Jepang Sepakat Perkuat Patroli Maritim Bersama",
            "publisher": "Kompas",
            "published": "2024-03-14T10:15:00+07:00",
            "authors": ("Dian Puspitasari",),
            "editors": ("Rahmat Hidayat",),
        },
        7,
        ["sepakat memperkuat patroli maritim bersama di perairan Laut Natuna Utara",
         "Kedua negara dijadwalkan menggelar pertemuan dua tambah dua"],
        ["Baca juga", "Jepang dan Filipina Teken Pakta", "ADVERTISEMENT", "Berita Terkait", "Terpopuler",
         "Bagikan", "Grup Telegram", "(KOMPAS.com/DIAN PUSPITASARI)", "Laut Natuna Utara\n", "Copyright",
         "KOMPAS.com -"],
        id="kompas",
    ),
    pytest.param(
        "detik_dk_pbb_gaza.html",
        {
            "title": "Indonesia Desak DK PBB Segera Adopsi Resolusi Gencatan Senjata di Gaza",
            "publisher": "Detik",
            "published": "2024-03-21T14:32:10+07:00",
            "authors": ("Rina Oktaviani",),
            "editors": (),
        },
        6,
        ["mendesak Dewan Keamanan Perserikatan Bangsa-Bangsa (DK PBB) segera mengadopsi resolusi",
         "beberapa kali memveto rancangan resolusi serupa"],
        ["Baca juga", "Mesir dan Qatar", "SCROLL TO CONTINUE", "ADVERTISEMENT", "(rdp/imk)", "Tulis komentar",
         "Berita Terpopuler", "REUTERS/Eduardo Munoz", "dk pbb"],
        id="detik",
    ),
    pytest.param(
        "cnn_asean_laut_china_selatan.html",
        {
            "title": "ASEAN Serukan China Hormati Kode Etik di Laut China Selatan",
            "publisher": "CNN Indonesia",
            "published": "2024-03-18T19:45:00+07:00",
            "authors": ("Bimo Aditya",),  # the JSON-LD author is the outlet itself, not a person
            "dateline": "Jakarta",
        },
        6,
        ["Para menteri luar negeri negara anggota ASEAN menyerukan China",
         "mendorong agar perundingan dilanjutkan tanpa prasyarat"],
        ["Jakarta, CNN Indonesia --", "Lihat Juga", "Filipina Panggil Dubes", "SCROLL TO CONTINUE", "(blq/bac)",
         "ARTIKEL TERKAIT", "TOPIK TERKAIT", "Trans Media", "Lisa Marie David"],
        id="cnn-indonesia",
    ),
    pytest.param(
        "tempo_pbb_myanmar.html",
        {
            "title": "Utusan Khusus PBB Kembali Gagal Temui Pemimpin Junta Myanmar",
            "publisher": "Tempo",
            "published": "2024-04-02T07:15:00+07:00",
            "authors": ("Sita Planasari", "Ida Rosdalina"),
            "url": "https://dunia.tempo.co/read/1851234/utusan-khusus-pbb-kembali-gagal-temui-pemimpin-junta-myanmar",
        },
        None,
        ["kembali gagal menemui pemimpin junta militer", "Konsensus Lima Poin yang disepakati pada 2021"],
        ["Pilihan Editor", "Thailand Buka Koridor", "Topik:", "Berlangganan", "Kode Etik", "tentara Myanmar berjaga"],
        id="tempo",
    ),
]


@pytest.mark.parametrize(("name", "fields", "paragraphs", "present", "absent"), PAGES)
def test_html_outlet_page_gives_metadata_and_clean_body(
    name: str, fields: dict[str, object], paragraphs: int | None, present: list[str], absent: list[str]
) -> None:
    article = _extract((HTML_DIR / name).read_bytes())
    for field, expected in fields.items():
        assert getattr(article, field) == expected, field
    if paragraphs is not None:
        assert len(article.paragraphs) == paragraphs
    for snippet in present:
        assert snippet in article.text
    for snippet in absent:
        assert snippet not in article.text + "\n"


def test_html_container_hints_win_over_page_metadata() -> None:
    page = (HTML_DIR / "kompas_menlu_jepang.html").read_bytes()
    article = _extract(page, hints={"title": "Judul dari Arsip JSON Lines", "published": "2024-03-15T08:00:00+07:00"})
    assert article.title == "Judul dari Arsip JSON Lines"
    assert article.published == "2024-03-15T08:00:00+07:00"
    assert article.authors == ("Dian Puspitasari",)


def test_html_fragment_is_split_into_its_blocks() -> None:
    fragment = (
        "<p>Jakarta (ANTARA) - Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan baru "
        "di Canberra, Kamis.</p><p>Baca juga: RI-Australia gelar latihan bersama di Darwin</p>"
        "<blockquote><p>Perjanjian itu mencakup latihan bersama, pertukaran perwira dan kerja sama industri "
        "pertahanan, kata Menteri Pertahanan dalam keterangannya.</p></blockquote>"
    )
    article = _extract(fragment, url="https://www.antaranews.com/berita/4020001/ri-australia-teken-perjanjian")
    assert article.body == [
        "Indonesia dan Australia menandatangani perjanjian kerja sama pertahanan baru di Canberra, Kamis.",
        "Perjanjian itu mencakup latihan bersama, pertukaran perwira dan kerja sama industri pertahanan, "
        "kata Menteri Pertahanan dalam keterangannya.",
    ]
    assert (article.publisher, article.dateline) == ("Antara", "Jakarta")


NAV_404 = """<html><head><title>Halaman Tidak Ditemukan - Okezone</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/bola">Bola</a> <a href="/celebrity">Celebrity</a></nav>
<h1>404</h1><p>Maaf, halaman yang Anda cari tidak ditemukan.</p><footer>Okezone.com</footer></body></html>"""
INDEX = "<html><body><h2>Berita Terkini</h2><ul>" + "".join(
    f'<li><a href="/read/{i}">Menlu RI Bertemu Mitra dari Negara Sahabat Nomor {i} di Jakarta</a></li>'
    for i in range(30)
) + "</ul></body></html>"


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (NAV_404, "no article text found in the HTML page"),
        (INDEX, "no article text found in the HTML page"),
        ("<html><head><title>Kosong</title></head><body></body></html>", "no article text found"),
        ('<?xml version="1.0" encoding="utf-8"?>\n<html><body>   </body></html>', "no article text found"),
        ("   ", "HTML holds no content"),
    ],
    ids=["404-page", "index-page", "empty-body", "xhtml-empty", "blank"],
)
def test_html_without_an_article_raises_empty_article(html: str, reason: str) -> None:
    with pytest.raises(EmptyArticle, match=reason) as caught:
        _extract(html)
    assert str(caught.value).startswith("uji.html: [E104] ")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Menlu RI Bertemu Menlu Jepang - Kompas.com", "Menlu RI Bertemu Menlu Jepang"),
        ("Utusan PBB Gagal Temui Junta | tempo.co", "Utusan PBB Gagal Temui Junta"),
        ("Harga Minyak Naik - Dunia - CNN Indonesia", "Harga Minyak Naik - Dunia"),
        ("Israel - Hamas Sepakati Jeda Kemanusiaan", "Israel - Hamas Sepakati Jeda Kemanusiaan"),
        ("Rusia | Ukraina: Perundingan Buntu", "Rusia | Ukraina: Perundingan Buntu"),
    ],
)
def test_html_title_loses_only_an_outlet_suffix(title: str, expected: str) -> None:
    assert strip_outlet_suffix(title, ["CNN Indonesia"]) == expected


def _hints(head: str, body: str = "") -> dict[str, str]:
    return html_hints(lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>"), None)


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ('<meta property="article:published_time" content="2024-05-02T09:30:00+07:00">', "",
         "2024-05-02T09:30:00+07:00"),
        ('<meta name="publishdate" content="2024/05/02 09:30:00">', "", "2024-05-02T09:30:00+07:00"),
        ('<script type="application/ld+json">'
         '{"@graph":[{"@type":"NewsArticle","datePublished":"2024-05-02T02:30:00Z"}]}</script>', "",
         "2024-05-02T02:30:00+00:00"),
        ('<meta name="date" content="2024-05-02">', '<div class="read__time">Kamis, 2 Mei 2024 | 09:30 WITA</div>',
         "2024-05-02T09:30:00+08:00"),
        ("", '<span class="tanggal">Jumat, 3 Mei 2024 - 14:05 WIT</span>', "2024-05-03T14:05:00+09:00"),
        ("", "<p>Tanpa tanggal sama sekali.</p>", None),
    ],
    ids=["og-iso", "detik-slash", "jsonld-graph", "date-then-visible-time", "visible-only", "none"],
)
def test_html_published_prefers_a_stated_time_of_day(head: str, body: str, expected: str | None) -> None:
    assert _hints(head, body).get("published") == expected


@pytest.mark.parametrize(
    ("head", "body", "authors", "editors"),
    [
        ('<meta name="author" content="Liputan6.com">',
         '<div class="read-page--header--author__name">Tanti Yulianingsih</div>',
         "Tanti Yulianingsih", None),
        ("", '<div class="credit">Reporter: Andi Saputra, Maria Ulfa | Editor: Joko Santoso</div>',
         "Andi Saputra; Maria Ulfa", "Joko Santoso"),
        ('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Arie Firdaus"},'
         '{"@type":"Organization","name":"Republika"}]}</script>', "", "Arie Firdaus", None),
        ('<meta name="author" content="Tim Redaksi">', "", None, None),
        ("", '<p class="pewarta">Pewarta: Katriana<br>Editor: Atman Ahdiat</p>', "Katriana", "Atman Ahdiat"),
    ],
    ids=["liputan6-box", "labelled", "jsonld-person-only", "desk-is-no-author", "antara-labels"],
)
def test_html_byline_names_people_not_desks(head: str, body: str, authors: str | None, editors: str | None) -> None:
    hints = _hints(head, body)
    assert (hints.get("authors"), hints.get("editors")) == (authors, editors)
