from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.errors import BrokenRecord, EmptyArticle
from warta.ingest import read_sources
from warta.ingest.jsonl import read_jsonl
from warta.types import Failure, RawDocument

DETIK = {
    "id": "detik_7f1a2b",
    "url": "https://news.detik.com/internasional/d-7301122/menlu-retno-temui-menlu-iran-di-jenewa",
    "title": "Menlu Temui Menlu Iran di Jenewa, Bahas Eskalasi di Timur Tengah",
    "published": "Selasa, 26 Mar 2024 19:35 WIB",
    "text": "Menteri Luar Negeri RI bertemu Menteri Luar Negeri Iran di sela sidang Dewan HAM PBB di Jenewa. "
    "Keduanya membahas eskalasi konflik di Timur Tengah dan situasi di Gaza.",
}


def _lines(*records: object) -> list[bytes]:
    return [(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)).encode() + b"\n" for r in records]


def test_jsonl_record_id_url_and_hints_come_through() -> None:
    (document,) = read_jsonl(_lines(DETIK), "dump.jsonl", "dump")
    assert isinstance(document, RawDocument)
    assert document.id == "detik_7f1a2b"
    assert document.origin == "dump.jsonl:1"
    assert document.url == DETIK["url"]
    assert document.media_type == "text/plain"
    assert document.body.decode() == DETIK["text"]
    assert dict(document.hints) == {"title": DETIK["title"], "url": DETIK["url"], "published": DETIK["published"]}


def test_jsonl_without_id_uses_stem_and_line_number() -> None:
    record = {"text": "Jakarta (ANTARA) - Indonesia mengirim bantuan kemanusiaan ke Sudan.", "url": None}
    items = list(read_jsonl(_lines(record, "", record), "arsip/kiriman.jsonl", "kiriman"))
    assert [d.id for d in items if isinstance(d, RawDocument)] == ["kiriman-1", "kiriman-3"]


def test_jsonl_html_field_becomes_an_html_document() -> None:
    record = {"id": 7, "html": "<p>Jakarta, CNN Indonesia -- ASEAN menggelar KTT di Laos.</p>", "title": "KTT ASEAN"}
    (document,) = read_jsonl(_lines(record), "x.jsonl", "x")
    assert isinstance(document, RawDocument)
    assert (document.id, document.media_type) == ("7", "text/html")


def test_jsonl_repeated_ids_are_made_unique() -> None:
    items = list(read_jsonl(_lines(DETIK, DETIK), "x.jsonl", "x"))
    assert [d.id for d in items if isinstance(d, RawDocument)] == ["detik_7f1a2b", "detik_7f1a2b-2"]


@pytest.mark.parametrize(
    ("line", "error", "reason"),
    [
        ('{"id": "a", "text": "Jakarta - Presiden', BrokenRecord, "not valid JSON"),
        ('["Jakarta - Presiden"]', BrokenRecord, "a JSON list where an object was expected"),
        ('{"id": "a", "judul": "tanpa isi"}', BrokenRecord, "neither a 'text' nor an 'html'"),
        ('{"id": "a", "text": "   "}', EmptyArticle, "text is empty"),
    ],
    ids=["truncated", "not-object", "no-text", "empty-text"],
)
def test_jsonl_broken_line_is_a_failure_naming_file_and_line(line: str, error: type, reason: str) -> None:
    items = list(read_jsonl(_lines(DETIK, line, {**DETIK, "id": "b"}), "korpus.jsonl", "korpus"))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Failure", "RawDocument"]
    failure = items[1]
    assert isinstance(failure, Failure)
    assert failure.source == "korpus.jsonl:2"
    assert isinstance(failure.error, error)
    assert str(failure.error).startswith("korpus.jsonl:2: [E10")
    assert reason in str(failure.error)


def test_jsonl_non_utf8_line_is_reported() -> None:
    items = list(read_jsonl([b'{"text": "caf\xe9 di Jakarta"}\n'], "x.jsonl", "x"))
    assert isinstance(items[0], Failure)
    assert "not UTF-8" in str(items[0].error)


def test_jsonl_with_only_blank_lines_is_reported() -> None:
    (failure,) = read_jsonl([b"\n", b"  \n"], "kosong.jsonl", "kosong")
    assert isinstance(failure, Failure)
    assert "holds no records" in str(failure.error)


def test_jsonl_file_is_read_through_read_sources_even_gzipped(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "berita.jsonl.gz"
    path.write_bytes(gzip.compress(b"".join(_lines(DETIK, "{broken", {"text": DETIK["text"]}))))
    items = list(read_sources([path]))
    assert [i.id if isinstance(i, RawDocument) else i.source for i in items] == [
        "detik_7f1a2b",
        f"{path}:2",
        "berita-3",
    ]


def test_jsonl_reads_the_shared_bulk_corpus_head(shared_dir: Path, tmp_path: Path) -> None:
    bulk = shared_dir / "corpus" / "bulk" / "articles.jsonl"
    head = tmp_path / "head.jsonl"
    with bulk.open("rb") as source:
        head.write_bytes(b"".join(next(source) for _ in range(50)))
    items = list(read_sources([head]))
    assert len(items) == 50
    assert all(isinstance(i, RawDocument) and i.hints.get("title") for i in items)
    with bulk.open("rb") as source:
        first = json.loads(source.readline())
    assert items[0].id == first["id"]  # type: ignore[union-attr]
