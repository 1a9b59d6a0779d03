from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.errors import BrokenRecord, FetchError
from warta.ingest import read_sources
from warta.types import Failure, RawDocument

KOMPAS_URL = "https://internasional.kompas.com/read/2024/03/14/10150071/menlu-ri-dan-menlu-jepang-sepakat"
DETIK_URL = "https://news.detik.com/internasional/d-7254310/indonesia-desak-dk-pbb-segera-adopsi-resolusi"


def _response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK", kind: str = "text/html") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
    # Giving the length keeps warcio from spooling the payload to a temporary file.
    payload = io.BytesIO(body)
    record = writer.create_warc_record(url, "response", payload=payload, length=len(body), http_headers=headers)
    writer.write_record(record)


def build_warc(html_page: Callable[[str], bytes], gzip: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "uji-crawler/1.0"}))
    request = StatusAndHeaders("GET /read HTTP/1.1", [("Host", "internasional.kompas.com")], is_http_request=True)
    writer.write_record(writer.create_warc_record(KOMPAS_URL, "request", http_headers=request))
    _response(writer, KOMPAS_URL, html_page("kompas_menlu_jepang.html"), kind="text/html; charset=utf-8")
    _response(writer, "https://asset.kompas.com/crops/menlu.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", kind="image/jpeg")
    _response(writer, "https://www.kompas.com/tidak-ada", b"<html>Halaman tidak ditemukan</html>", "404 Not Found")
    _response(writer, DETIK_URL, html_page("detik_dk_pbb_gaza.html"))
    return buffer.getvalue()


@pytest.mark.parametrize("gzip", [False, True], ids=["plain", "gzip"])
def test_warc_html_responses_become_documents(html_page: Callable[[str], bytes], tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(build_warc(html_page, gzip))
    items = list(read_sources([path]))
    documents = [i for i in items if isinstance(i, RawDocument)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [d.id for d in documents] == [
        "menlu-ri-dan-menlu-jepang-sepakat",
        "indonesia-desak-dk-pbb-segera-adopsi-resolusi",
    ]
    assert [d.url for d in documents] == [KOMPAS_URL, DETIK_URL]
    assert all(d.media_type == "text/html" for d in documents)
    assert b"Patroli Maritim" in documents[0].body
    assert documents[0].origin == f"{path}#3 ({KOMPAS_URL})"
    # The 404 page is reported, the image and the request are passed over.
    assert len(failures) == 1
    assert isinstance(failures[0].error, FetchError)
    assert "HTTP 404" in str(failures[0].error)


@pytest.mark.parametrize("gzip", [False, True], ids=["plain", "gzip"])
def test_warc_truncated_record_is_reported_after_the_good_ones(
    html_page: Callable[[str], bytes], tmp_path: Path, gzip: bool
) -> None:
    whole = build_warc(html_page, gzip)
    path = tmp_path / "putus.warc"
    path.write_bytes(whole[: len(whole) - 1500])  # cut inside the last (detik) record
    items = list(read_sources([path]))
    assert isinstance(items[0], RawDocument)
    assert items[0].url == KOMPAS_URL
    last = items[-1]
    assert isinstance(last, Failure)
    assert isinstance(last.error, BrokenRecord)
    assert "truncated" in str(last.error)
    assert str(path) in str(last.error)
    assert not any(isinstance(i, RawDocument) and i.url == DETIK_URL for i in items)


def test_warc_without_html_pages_is_reported(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(writer.create_warcinfo_record("kosong.warc", {"software": "uji"}))
    path = tmp_path / "kosong.warc"
    path.write_bytes(buffer.getvalue())
    (failure,) = read_sources([path])
    assert isinstance(failure, Failure)
    assert "no archived HTML pages" in str(failure.error)
