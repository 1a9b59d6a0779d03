"""Honour a charset stated outside the document (an HTTP header) by re-encoding to UTF-8.

Valid UTF-8 is kept as it is even when a header claims otherwise: servers often label
UTF-8 pages ``ISO-8859-1`` by default, and a non-UTF-8 text is almost never valid UTF-8.
"""

from __future__ import annotations

import codecs
import re

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def charset_of(content_type: str | None) -> str | None:
    """The codec a ``Content-Type`` value names, when Python knows it."""
    found = _CHARSET.search(content_type or "")
    if not found:
        return None
    try:
        return codecs.lookup(found.group(1)).name
    except LookupError:
        return None


def to_utf8(body: bytes, content_type: str | None) -> bytes:
    charset = charset_of(content_type)
    if charset is None or charset == "utf-8" or body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return body
    try:
        body.decode("utf-8")
        return body
    except UnicodeDecodeError:
        pass
    try:
        return body.decode(charset).encode("utf-8")
    except UnicodeDecodeError:
        # The header is wrong too; leave the bytes for decode_text's own repair.
        return body
