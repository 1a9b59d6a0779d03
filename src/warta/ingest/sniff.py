"""Tell a file's format from its first bytes, with the suffix only as a tie-breaker."""

from __future__ import annotations

import re

from warta.ingest.decode import looks_binary
from warta.errors import UnsupportedFormat

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|div|p)\b", re.I | re.S)


def sniff_media_type(body: bytes, name: str, source: str) -> str:
    if looks_binary(body):
        raise UnsupportedFormat(source, "binary data, not text, HTML, JSON Lines, WARC or a feed")
    if _HTML_START.match(body[:2048]):
        return "text/html"
    return "text/plain"
