from __future__ import annotations

import socket
import time
from collections.abc import Callable

import pytest

from warta.errors import FetchError, TooLarge
from warta.ingest import read_sources
from warta.ingest.files import documents_from_url
from warta.ingest.url import FetchLimits, fetch
from warta.types import Failure, RawDocument

Routes = dict[str, object]
HTML = {"Content-Type": "text/html; charset=utf-8"}


def _slow(seconds: float, body: bytes) -> Callable[[], tuple[int, dict[str, str], bytes]]:
    def respond() -> tuple[int, dict[str, str], bytes]:
        time.sleep(seconds)
        return 200, HTML, body

    return respond


def test_url_page_is_fetched_and_read_like_a_file(
    web_server: tuple[str, Routes], html_page: Callable[[str], bytes]
) -> None:
    base, routes = web_server
    routes["/internasional/d-7254310/indonesia-desak-dk-pbb"] = (200, HTML, html_page("detik_dk_pbb_gaza.html"))
    url = f"{base}/internasional/d-7254310/indonesia-desak-dk-pbb"
    (document,) = read_sources([url])
    assert isinstance(document, RawDocument)
    assert (document.id, document.origin, document.url, document.media_type) == (
        "indonesia-desak-dk-pbb", url, url, "text/html")
    assert document.fetched_at is not None
    assert b"Dewan Keamanan" in document.body


def test_url_redirect_is_followed_to_the_final_url(
    web_server: tuple[str, Routes], html_page: Callable[[str], bytes]
) -> None:
    base, routes = web_server
    routes["/r/123"] = (301, {"Location": f"{base}/global/menlu-jepang.html"}, b"")
    routes["/global/menlu-jepang.html"] = (200, HTML, html_page("kompas_menlu_jepang.html"))
    (document,) = read_sources([f"{base}/r/123"])
    assert isinstance(document, RawDocument)
    assert document.id == "menlu-jepang"
    assert document.url == f"{base}/global/menlu-jepang.html"


def test_url_declared_charset_is_turned_into_utf8(web_server: tuple[str, Routes]) -> None:
    base, routes = web_server
    text = "Jakarta – “Kami menolak,” kata juru bicara Kemlu."
    routes["/lama.txt"] = (200, {"Content-Type": "text/plain; charset=windows-1252"}, text.encode("cp1252"))
    (document,) = read_sources([f"{base}/lama.txt"])
    assert isinstance(document, RawDocument)
    assert document.body.decode("utf-8") == text


@pytest.mark.parametrize(("status", "reason"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")])
def test_url_http_error_is_a_fetch_error(web_server: tuple[str, Routes], status: int, reason: str) -> None:
    base, routes = web_server
    routes["/berita"] = (status, HTML, b"<html><body>galat</body></html>")
    (failure,) = read_sources([f"{base}/berita"])
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, FetchError)
    assert str(failure.error) == f"{base}/berita: [E107] {reason}"


def test_url_unreachable_host_is_a_fetch_error() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (failure,) = read_sources([f"http://127.0.0.1:{port}/berita"])
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, FetchError)
    assert "cannot connect" in str(failure.error)


def test_url_slow_server_times_out(web_server: tuple[str, Routes]) -> None:
    base, routes = web_server
    routes["/lambat"] = _slow(2.0, b"<html><body><p>terlambat</p></body></html>")
    started = time.monotonic()
    (failure,) = documents_from_url(f"{base}/lambat", FetchLimits(connect_timeout=1.0, read_timeout=0.3))
    assert time.monotonic() - started < 1.5
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, FetchError)
    assert "timed out" in str(failure.error)


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "streamed"])
def test_url_body_over_the_limit_is_refused(web_server: tuple[str, Routes], declared: bool) -> None:
    base, routes = web_server
    body = b"<html><body>" + b"<p>kata kata kata</p>" * 2000 + b"</body></html>"
    headers = dict(HTML) if declared else {**HTML, "Content-Length": "", "Connection": "close"}
    routes["/besar"] = (200, headers, body)
    limits = FetchLimits(max_bytes=10_000)
    if declared:
        with pytest.raises(TooLarge, match="over the 10,000-byte limit"):
            fetch(f"{base}/besar", limits)
    else:
        (failure,) = documents_from_url(f"{base}/besar", limits)
        assert isinstance(failure, Failure)
        assert isinstance(failure.error, TooLarge)


def test_url_feed_is_opened_as_a_feed(web_server: tuple[str, Routes]) -> None:
    base, routes = web_server
    body = b"<p>Jakarta - " + b"Presiden menerima kunjungan Perdana Menteri Australia di Istana Bogor. " * 8 + b"</p>"
    feed = (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        b"<title>Berita</title><item><title>PM Australia ke Bogor</title>"
        b"<link>https://contoh.id/berita/pm-australia-ke-bogor</link>"
        b"<content:encoded><![CDATA[" + body + b"]]></content:encoded></item></channel></rss>"
    )
    routes["/rss"] = (200, {"Content-Type": "application/rss+xml"}, feed)
    (document,) = read_sources([f"{base}/rss"])
    assert isinstance(document, RawDocument)
    assert document.id == "pm-australia-ke-bogor"
    assert document.hints["title"] == "PM Australia ke Bogor"
