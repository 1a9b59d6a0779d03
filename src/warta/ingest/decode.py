"""Bytes to text: BOMs, UTF-8, and the legacy encodings Indonesian sites still serve."""

from __future__ import annotations

from warta.errors import EncodingError, UnsupportedFormat

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def looks_binary(body: bytes) -> bool:
    """NUL bytes outside a UTF-16 text mean the input is not text at all."""
    head = body[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def decode_text(body: bytes, source: str) -> str:
    if looks_binary(body):
        raise UnsupportedFormat(source, "binary data, not text, HTML, JSON Lines, WARC or a feed")
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            try:
                return body[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                reason = f"starts with a {encoding} byte-order mark but is not {encoding}: {err.reason}"
                raise EncodingError(source, reason) from None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # cp1252 is the usual culprit for non-UTF-8 news text (curly quotes as 0x93/0x94);
        # it leaves only five bytes undefined, so a failure here means truly mixed bytes.
        return body.decode("cp1252")
    except UnicodeDecodeError as err:
        reason = f"neither UTF-8 nor cp1252 (byte 0x{body[err.start]:02x} at offset {err.start})"
        raise EncodingError(source, reason) from None
