from __future__ import annotations

from pathlib import Path

import pytest

from warta.errors import BrokenRecord, EmptyArticle
from warta.ingest import read_sources
from warta.ingest.feed import iso_datetime
from warta.types import Failure, RawDocument

FULL_BODY = (
    "<p>Jakarta (ANTARA) - Pemerintah Indonesia menyambut baik kesepakatan gencatan senjata antara "
    "kedua pihak yang bertikai di Sudan dan mendesak agar akses bantuan kemanusiaan segera dibuka.</p>"
    "<p>Juru bicara Kementerian Luar Negeri mengatakan Indonesia siap mengirimkan bantuan obat-obatan "
    "dan bahan pangan melalui jalur yang disepakati bersama Perserikatan Bangsa-Bangsa.</p>"
    "<p>&quot;Kami berharap kesepakatan ini dihormati oleh semua pihak sehingga warga sipil dapat "
    "kembali menjalani kehidupan dengan aman,&quot; ujarnya di Jakarta, Senin.</p>"
    "<p>Baca juga: Indonesia kirim tim evakuasi WNI dari Khartoum</p>"
)

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>ANTARA News - Dunia</title>
  <link>https://www.antaranews.com/dunia</link>
  <description>Berita dunia terkini</description>
  <item>
    <title>RI sambut gencatan senjata di Sudan</title>
    <link>https://www.antaranews.com/berita/4012345/ri-sambut-gencatan-senjata-di-sudan</link>
    <pubDate>Mon, 11 Mar 2024 14:05:00 +0700</pubDate>
    <dc:creator>Aria Cindyara</dc:creator>
    <description>Pemerintah Indonesia menyambut baik kesepakatan gencatan senjata di Sudan.</description>
    <content:encoded><![CDATA[{FULL_BODY}]]></content:encoded>
  </item>
  <item>
    <title>Menlu bertolak ke Brussel untuk pertemuan ASEAN-UE</title>
    <link>https://www.antaranews.com/berita/4012399/menlu-bertolak-ke-brussel</link>
    <pubDate>Mon, 11 Mar 2024 16:40:00 +0700</pubDate>
    <description>Menteri Luar Negeri bertolak ke Brussel, Belgia, untuk menghadiri
      pertemuan tingkat menteri ASEAN-Uni Eropa.</description>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Tempo Internasional</title>
  <id>tag:tempo.co,2024:internasional</id>
  <updated>2024-03-12T09:00:00+07:00</updated>
  <entry>
    <title>Indonesia Kecam Serangan ke Kamp Pengungsi di Rafah</title>
    <id>tag:tempo.co,2024:1843210</id>
    <link rel="alternate" href="https://dunia.tempo.co/read/1843210/indonesia-kecam-serangan-ke-kamp-pengungsi-di-rafah"/>
    <published>2024-03-12T08:30:00+07:00</published>
    <author><name>Daniel Ahmad Fajri</name></author>
    <summary>Indonesia mengecam serangan ke kamp pengungsi.</summary>
    <content type="html"><![CDATA[{FULL_BODY.replace("Jakarta (ANTARA)", "TEMPO.CO, Jakarta")}]]></content>
  </entry>
</feed>
"""


def _read(tmp_path: Path, name: str, text: str) -> list[RawDocument | Failure]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(read_sources([path]))


def test_feed_rss_full_entry_becomes_an_article_with_hints(tmp_path: Path) -> None:
    items = _read(tmp_path, "dunia.xml", RSS)
    document = items[0]
    assert isinstance(document, RawDocument)
    assert document.id == "ri-sambut-gencatan-senjata-di-sudan"
    assert document.media_type == "text/html"
    assert document.url == "https://www.antaranews.com/berita/4012345/ri-sambut-gencatan-senjata-di-sudan"
    assert dict(document.hints) == {
        "title": "RI sambut gencatan senjata di Sudan",
        "url": document.url,
        "published": "2024-03-11T14:05:00+07:00",
        "authors": "Aria Cindyara",
    }
    assert "bantuan obat-obatan" in document.body.decode()


def test_feed_teaser_only_entry_is_reported_with_its_link(tmp_path: Path) -> None:
    failure = _read(tmp_path, "dunia.xml", RSS)[1]
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, EmptyArticle)
    message = str(failure.error)
    assert "dunia.xml#2" in message
    assert "summary" in message
    assert "https://www.antaranews.com/berita/4012399/menlu-bertolak-ke-brussel" in message


def test_feed_atom_content_becomes_an_article(tmp_path: Path) -> None:
    (document,) = _read(tmp_path, "tempo.atom", ATOM)
    assert isinstance(document, RawDocument)
    assert document.id == "indonesia-kecam-serangan-ke-kamp-pengungsi-di-rafah"
    assert document.hints["published"] == "2024-03-12T08:30:00+07:00"
    assert document.hints["authors"] == "Daniel Ahmad Fajri"
    assert "TEMPO.CO, Jakarta" in document.body.decode()


@pytest.mark.parametrize(
    "text",
    [
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kosong</title></channel></rss>',
        '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Putus',
    ],
    ids=["no-entries", "broken-xml"],
)
def test_feed_without_entries_is_a_broken_record(tmp_path: Path, text: str) -> None:
    failure = _read(tmp_path, "rusak.rss", text)[-1]
    assert isinstance(failure, Failure)
    assert failure.source.endswith("rusak.rss")
    assert isinstance(failure.error, BrokenRecord)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mon, 11 Mar 2024 14:05:00 +0700", "2024-03-11T14:05:00+07:00"),
        ("2024-03-12T08:30:00+07:00", "2024-03-12T08:30:00+07:00"),
        ("2024-03-12T01:30:00Z", "2024-03-12T01:30:00+00:00"),
        ("kemarin sore", None),
        (None, None),
    ],
)
def test_feed_dates_keep_their_offset(value: str | None, expected: str | None) -> None:
    assert iso_datetime(value) == expected
