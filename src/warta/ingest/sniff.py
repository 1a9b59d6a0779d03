"""Tell an input's format from its first bytes, with the name's suffix only as a tie-breaker.

Formats are article media types (``text/plain``, ``text/html``) or containers that hold many
articles (``jsonl``, ``warc``, ``feed``), which their own readers open.
"""

from __future__ import annotations

import re
from typing import Final

from warta.errors import UnsupportedFormat
from warta.ingest.decode import binary_reason, utf16_without_bom

PLAIN: Final = "text/plain"
HTML: Final = "text/html"
JSONL: Final = "jsonl"
WARC: Final = "warc"
FEED: Final = "feed"

SNIFF_BYTES = 8192

# Declarations, comments and processing instructions that may precede the first real tag.
_PROLOGUE = r"(?:\s|<\?xml[^>]*\?>|<\?xml-stylesheet[^>]*\?>|<!--.*?-->)*"
_FEED = re.compile(_PROLOGUE + r"<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
_HTML = re.compile(
    _PROLOGUE
    + r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|article|main|section|header|nav"
    r"|div|p|span|table|h[1-6]|figure|br|img|ul|ol|blockquote)\b",
    re.I | re.S,
)
_MARKUP = re.compile(_PROLOGUE + r"<[!?a-z]", re.I | re.S)
_JSON_OBJECT = re.compile(r'\s*\{\s*"')
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".aspx")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def head_text(body: bytes) -> str:
    """The first bytes as text, good enough to look at ASCII markup in any supported encoding."""
    head = body[:SNIFF_BYTES]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else utf16_without_bom(head)
    if encoding:
        return head.decode(encoding, "ignore")
    # latin-1 maps every byte, so markup survives whatever the real encoding is.
    return head.decode("latin-1")


def sniff_format(body: bytes, name: str, source: str) -> str:
    """One of PLAIN, HTML, JSONL, WARC or FEED; raises UnsupportedFormat for anything else."""
    reason = binary_reason(body)
    if reason:
        raise UnsupportedFormat(source, f"{reason}, not text, HTML, JSON Lines, WARC or a feed")
    text = head_text(body)
    lower = name.lower()
    if text.startswith("WARC/"):
        return WARC
    if _JSON_OBJECT.match(text) or (lower.endswith(_JSONL_SUFFIXES) and text.lstrip().startswith("{")):
        return JSONL
    if _FEED.match(text):
        return FEED
    if _HTML.match(text) or (lower.endswith(_HTML_SUFFIXES) and _MARKUP.match(text)):
        return HTML
    if lower.endswith(".json") and text.lstrip().startswith("["):
        raise UnsupportedFormat(source, "a JSON array; warta reads JSON Lines (one JSON object per line)")
    if _MARKUP.match(text) and text.lstrip().startswith("<?xml"):
        raise UnsupportedFormat(source, "an XML document that is neither an RSS/Atom feed nor XHTML")
    return PLAIN


def looks_like_html(text: str) -> bool:
    """Whether a string (a JSON Lines ``text`` field, a feed entry) is HTML markup."""
    return _HTML.match(text[:SNIFF_BYTES]) is not None
