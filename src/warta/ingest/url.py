"""http(s) URLs: fetch with timeouts and a size limit, then read the body like a file.

The fetched body is sniffed like a file, so a URL may name an article page, a feed, a JSON
Lines dump or a WARC. Every failure (unreachable host, timeout, HTTP 404/500, too large)
becomes a FetchError or TooLarge naming the URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from warta.errors import FetchError, TooLarge
from warta.ingest.charset import to_utf8

MAX_FETCH_BYTES = 20 * 1024 * 1024
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
USER_AGENT = "warta/0.1 (Indonesian news analysis; +https://pypi.org/project/warta/)"
_URL = re.compile(r"^https?://", re.I)


def is_url(source: object) -> bool:
    return isinstance(source, str) and _URL.match(source) is not None


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body with where it finally came from (after redirects)."""

    url: str
    final_url: str
    body: bytes
    content_type: str
    fetched_at: datetime


@dataclass(frozen=True, slots=True)
class FetchLimits:
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    max_bytes: int = MAX_FETCH_BYTES


def fetch(url: str, limits: FetchLimits = FetchLimits(), client: httpx.Client | None = None) -> Fetched:
    """GET ``url`` following redirects; raises FetchError or TooLarge naming the URL."""
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    own = client is None
    http = client or httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT})
    try:
        return _get(http, url, limits, timeout)
    except httpx.TimeoutException as err:
        raise FetchError(url, f"timed out ({type(err).__name__}) after {_limit_for(err, limits)} s") from None
    except httpx.ConnectError as err:
        raise FetchError(url, f"cannot connect: {err or 'connection refused'}") from None
    except httpx.TooManyRedirects:
        raise FetchError(url, "too many redirects") from None
    except (httpx.HTTPError, httpx.InvalidURL) as err:
        raise FetchError(url, f"{type(err).__name__}: {err}") from None
    finally:
        if own:
            http.close()


def _limit_for(err: httpx.TimeoutException, limits: FetchLimits) -> float:
    return limits.connect_timeout if isinstance(err, httpx.ConnectTimeout) else limits.read_timeout


def _get(http: httpx.Client, url: str, limits: FetchLimits, timeout: httpx.Timeout) -> Fetched:
    with http.stream("GET", url, timeout=timeout) as response:
        if response.status_code >= 400:
            raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
        declared = int(response.headers.get("Content-Length", "0") or 0)
        if declared > limits.max_bytes:
            raise TooLarge(url, f"{declared:,} bytes is over the {limits.max_bytes:,}-byte limit")
        body = _read_limited(response, url, limits.max_bytes)
        content_type = response.headers.get("Content-Type", "")
        return Fetched(url, str(response.url), to_utf8(body, content_type), content_type, datetime.now(UTC))


def _read_limited(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise TooLarge(url, f"body is over the {max_bytes:,}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def name_of(url: str) -> str:
    """The URL's path, for suffix tie-breaks when sniffing (``/rss.xml``, ``/dump.jsonl``)."""
    return urlsplit(url).path or "/"
