"""Bytes to text: BOMs, UTF-8, declared charsets, and the legacy encodings Indonesian sites serve.

Order of trust: a byte-order mark, then strict UTF-8 (almost every page today), then a charset
the document declares itself (``<meta charset>``, an XML declaration), then line by line UTF-8
or cp1252, which repairs files where a cp1252 editor touched a few lines of a UTF-8 file.
"""

from __future__ import annotations

import codecs
import re

from warta.errors import EncodingError, UnsupportedFormat

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Magic numbers of the binary formats people most often point a text tool at by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub, which are ZIP archives)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable program"),
)

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I
)
# Control characters other than tab, newline, form feed and carriage return.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Every byte but those: deleting them leaves the control characters, counted without a regex.
_NOT_CONTROL = bytes(byte for byte in range(256) if not _CONTROL.fullmatch(bytes([byte])))
# Text with more control characters than this share of its first bytes is not text.
_CONTROL_SHARE = 0.05
_HEAD = 4096


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of ASCII-range UTF-16 is NUL, else None."""
    sample = head[:512]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def binary_reason(body: bytes) -> str | None:
    """What the bytes are when they are not text (a PDF, an image, ...), else None."""
    head = body[:_HEAD]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return None
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if b"\x00" in head or len(head.translate(None, _NOT_CONTROL)) > _CONTROL_SHARE * len(head):
        return "binary data"
    return None


def looks_binary(body: bytes) -> bool:
    return binary_reason(body) is not None


def declared_charset(body: bytes) -> str | None:
    """The charset a page or XML file declares in its first bytes, when Python knows it."""
    found = _DECLARED.search(body[:_HEAD])
    if not found:
        return None
    name = (found.group(1) or found.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_text(body: bytes, source: str) -> str:
    """The text in ``body``; raises UnsupportedFormat for binary data, EncodingError for bad bytes."""
    reason = binary_reason(body)
    if reason:
        raise UnsupportedFormat(source, f"{reason}, not text, HTML, JSON Lines, WARC or a feed")
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return _strict(body[len(bom) :], encoding, source, "starts with a byte-order mark for")
    bare_utf16 = utf16_without_bom(body)
    if bare_utf16:
        return _strict(body, bare_utf16, source, "looks like")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    charset = declared_charset(body)
    if charset and charset != "utf-8":
        try:
            return body.decode(charset)
        except UnicodeDecodeError:
            pass
    return _line_by_line(body, source)


def _strict(body: bytes, encoding: str, source: str, claim: str) -> str:
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as err:
        raise EncodingError(source, f"{claim} {encoding} but is not valid {encoding}: {err.reason}") from None


def _line_by_line(body: bytes, source: str) -> str:
    # cp1252 is the usual non-UTF-8 culprit (curly quotes as 0x93/0x94); it leaves only five
    # bytes undefined, so a line that is neither UTF-8 nor cp1252 means truly broken bytes.
    lines = body.split(b"\n")
    decoded: list[str] = []
    for number, line in enumerate(lines, start=1):
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                decoded.append(line.decode("cp1252"))
            except UnicodeDecodeError as err:
                raise EncodingError(
                    source, f"line {number} is neither UTF-8 nor cp1252 (byte 0x{line[err.start]:02x})"
                ) from None
    return "\n".join(decoded)
