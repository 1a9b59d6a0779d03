from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from warta.errors import EmptyArticle, TooLarge, UnreadableFile, UnsupportedFormat
from warta.ingest import read_sources
from warta.ingest.files import documents_from_file
from warta.types import Failure, RawDocument


def _kinds(items: list[RawDocument | Failure]) -> list[str]:
    return [f"{i.id}:{i.media_type}" if isinstance(i, RawDocument) else f"FAIL:{type(i.error).__name__}" for i in items]


def test_read_sources_folder_in_name_order_going_on_past_bad_files(
    tmp_path: Path, antara_text: str, html_page: Callable[[str], bytes]
) -> None:
    (tmp_path / "a_antara.txt").write_text(antara_text, encoding="utf-8")
    (tmp_path / "b_kosong.txt").write_bytes(b"  \n\n")
    (tmp_path / "c_kompas.html").write_bytes(html_page("kompas_menlu_jepang.html"))
    (tmp_path / "d_foto.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e_utf16.txt").write_text(antara_text, encoding="utf-16")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "z.txt").write_text(antara_text, encoding="utf-8")
    items = list(read_sources([tmp_path]))
    assert _kinds(items) == [
        "a_antara:text/plain",
        "FAIL:EmptyArticle",
        "c_kompas:text/html",
        "FAIL:UnsupportedFormat",
        "e_utf16:text/plain",
    ]
    assert isinstance(items[1], Failure)
    assert str(items[1].error) == f"{tmp_path / 'b_kosong.txt'}: [E104] file is empty"
    assert "a JPEG image" in str(items[3].error)  # type: ignore[union-attr]


def test_read_sources_html_by_content_not_suffix(tmp_path: Path, html_page: Callable[[str], bytes]) -> None:
    path = tmp_path / "halaman_tersimpan"
    path.write_bytes(html_page("cnn_asean_laut_china_selatan.html"))
    (document,) = read_sources([path])
    assert isinstance(document, RawDocument)
    assert document.media_type == "text/html"


def test_read_sources_gzipped_html_is_opened(tmp_path: Path, html_page: Callable[[str], bytes]) -> None:
    path = tmp_path / "detik.html.gz"
    path.write_bytes(gzip.compress(html_page("detik_dk_pbb_gaza.html")))
    (document,) = read_sources([path])
    assert isinstance(document, RawDocument)
    assert (document.id, document.media_type) == ("detik", "text/html")
    assert document.body.startswith(b"<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("make", "error", "reason"),
    [
        (lambda p: p / "tidak-ada.txt", UnreadableFile, "no such file or folder"),
        (lambda p: (p / "kosong").mkdir() or p / "kosong", UnreadableFile, "folder holds no files"),
        (lambda p: (p / "rusak.gz").write_bytes(b"\x1f\x8b\x08\x00rusak") and p / "rusak.gz", UnreadableFile, ""),
        (lambda p: (p / "laporan.pdf").write_bytes(b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n") and p / "laporan.pdf",
         UnsupportedFormat, "a PDF document"),
    ],
    ids=["missing", "empty-folder", "broken-gzip", "pdf"],
)
def test_read_sources_bad_path_is_one_failure_naming_it(
    tmp_path: Path, make: Callable[[Path], Path], error: type, reason: str
) -> None:
    path = make(tmp_path)
    (failure,) = read_sources([path])
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, error)
    assert str(failure.error).startswith(f"{path}: [E10")
    assert reason in str(failure.error)


def test_read_sources_file_over_the_size_limit_is_refused(tmp_path: Path, antara_text: str) -> None:
    path = tmp_path / "panjang.txt"
    path.write_text(antara_text * 50, encoding="utf-8")
    (failure,) = documents_from_file(path, max_bytes=10_000)
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, TooLarge)
    assert "over the 10,000-byte limit" in str(failure.error)


def test_read_sources_keeps_input_order_across_files_and_folders(tmp_path: Path, antara_text: str) -> None:
    for name in ("satu", "dua"):
        (tmp_path / f"{name}.txt").write_text(antara_text, encoding="utf-8")
    items = list(read_sources([tmp_path / "satu.txt", tmp_path / "hilang.txt", tmp_path / "dua.txt"]))
    assert [getattr(i, "id", None) for i in items] == ["satu", None, "dua"]
    assert isinstance(items[1], Failure)
    assert isinstance(items[1].error, UnreadableFile)


def test_read_sources_empty_file_is_empty_article(tmp_path: Path) -> None:
    (tmp_path / "nol.txt").write_bytes(b"")
    (failure,) = read_sources([tmp_path / "nol.txt"])
    assert isinstance(failure, Failure)
    assert isinstance(failure.error, EmptyArticle)
