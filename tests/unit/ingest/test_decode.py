from __future__ import annotations

import pytest

from warta.errors import EncodingError, UnsupportedFormat
from warta.ingest.decode import binary_reason, decode_text

KALIMAT = "Menlu RI menyebut “dialog” adalah jalan terbaik—bukan sanksi—bagi Myanmar."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (KALIMAT.encode("utf-8"), KALIMAT),
        (b"\xef\xbb\xbf" + KALIMAT.encode("utf-8"), KALIMAT),
        (KALIMAT.encode("utf-16"), KALIMAT),  # with a byte-order mark
        (b"\xfe\xff" + KALIMAT.encode("utf-16-be"), KALIMAT),
        (KALIMAT.encode("utf-16-le"), KALIMAT),  # no byte-order mark: told by the NUL pattern
        (KALIMAT.encode("cp1252"), KALIMAT),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-bare", "cp1252"],
)
def test_decode_reads_the_encodings_outlets_serve(body: bytes, expected: str) -> None:
    assert decode_text(body, "berita.txt") == expected


def test_decode_repairs_a_utf8_file_with_one_cp1252_line() -> None:
    utf8 = "Jakarta – Presiden menerima Dubes Korea Selatan di Istana Merdeka.\n".encode()
    cp1252 = "“Hubungan kita sangat erat,” ujarnya.\n".encode("cp1252")
    assert decode_text(utf8 + cp1252, "campur.txt") == (
        "Jakarta – Presiden menerima Dubes Korea Selatan di Istana Merdeka.\n“Hubungan kita sangat erat,” ujarnya.\n"
    )


def test_decode_follows_a_declared_charset_in_html() -> None:
    page = '<html><head><meta charset="iso-8859-15"></head><body><p>Prix: 5 €</p></body></html>'
    assert "5 €" in decode_text(page.encode("iso-8859-15"), "halaman.html")


def test_decode_names_the_line_with_undecodable_bytes() -> None:
    body = b"Baris pertama baik.\n" + b"Baris kedua \x81\xc3 rusak.\n"
    with pytest.raises(EncodingError, match=r"rusak\.txt: \[E103\] line 2 is neither UTF-8 nor cp1252"):
        decode_text(body, "rusak.txt")


def test_decode_rejects_a_bom_that_lies() -> None:
    with pytest.raises(EncodingError, match="byte-order mark"):
        decode_text(b"\xff\xfe" + b"\x00\xd8a\x00", "bohong.txt")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (bytes(range(256)) * 4, "binary data"),
    ],
    ids=["pdf", "png", "zip", "random"],
)
def test_decode_refuses_binary_input_saying_what_it_is(body: bytes, reason: str) -> None:
    assert (binary_reason(body) or "").startswith(reason)
    with pytest.raises(UnsupportedFormat, match=reason):
        decode_text(body, "lampiran.bin")
