from __future__ import annotations

import pytest

from warta.errors import UnsupportedFormat
from warta.ingest.sniff import FEED, HTML, JSONL, PLAIN, WARC, looks_like_html, sniff_format

RSS = b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
ATOM = b'<?xml version="1.0" encoding="utf-8"?>\n<!-- generated -->\n<feed xmlns="http://www.w3.org/2005/Atom">'


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (b"Korut Luncurkan Rudal Balistik\n\nSEOUL - Korea Utara meluncurkan...", "a.txt", PLAIN),
        (b"<!DOCTYPE html>\n<html lang='id'><head>", "a.txt", HTML),  # content wins over the suffix
        (b"  <!-- cache -->\n<html><body><p>Jakarta - ...</p>", "artikel", HTML),
        (b"<div class='detail'><p>Jakarta - Menlu ...</p></div>", "potongan.dat", HTML),
        (b"<article><h1>Judul</h1>", "x.html", HTML),
        (b'{"id": "a1", "text": "Jakarta (ANTARA) - ..."}\n{"id": "a2"', "dump.txt", JSONL),
        (b'{\n"id": 1}', "dump.jsonl", JSONL),
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.dat", WARC),
        (RSS, "feed.xml", FEED),
        (ATOM, "atom", FEED),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "rss.rdf", FEED),
        ("Judul Berita\n\nJakarta – “Kami menolak,” katanya.".encode("utf-16"), "u16.txt", PLAIN),
        ("<html><body><p>Halo</p></body></html>".encode("utf-16"), "u16.html", HTML),
    ],
)
def test_sniff_tells_the_format_by_content(body: bytes, name: str, expected: str) -> None:
    assert sniff_format(body, name, name) == expected


@pytest.mark.parametrize(
    ("body", "name", "reason"),
    [
        (b'[{"id": 1, "text": "..."}]', "semua.json", "JSON array"),
        (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/">', "sitemap.xml", "neither an RSS/Atom"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "arsip.bin", "gzip-compressed"),
        (b"\x00\x01\x02\x03binary\x00", "data.bin", "binary data"),
    ],
)
def test_sniff_refuses_what_no_reader_knows(body: bytes, name: str, reason: str) -> None:
    with pytest.raises(UnsupportedFormat, match=reason):
        sniff_format(body, name, name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>Jakarta, CNN Indonesia -- Presiden...</p>", True),
        ("Jakarta, CNN Indonesia -- Presiden <b>Joko</b> ...", False),
        ("3 < 5 dan 7 > 2", False),
    ],
)
def test_sniff_looks_like_html_only_for_markup(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
