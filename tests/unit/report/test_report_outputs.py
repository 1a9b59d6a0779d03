from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from newsroom import ALL, ARMS_STORY, analyses
from storefixtures import add_all

from warta.corpus.views import stories
from warta.report.briefing import brief
from warta.report.export import export
from warta.report.timeline import timeline
from warta.store import Store

CITATION = re.compile(r"\[[^\]]*\b\w+:(?:s|p)\d+[^\]]*\]$|\[(?:[\w]+(?:; )?)+\]$")


def _arms(store: Store) -> str:
    add_all(store, analyses(ALL))
    return next(s["id"] for s in stories(store) if "antara_kecam_pasokan" in s["article_ids"])


def test_timeline_is_in_date_order_with_citations(store: Store) -> None:
    entries = timeline(_arms(store), store)
    dates = [e["date"] for e in entries]
    assert dates == sorted(dates)
    assert dates[0] == "2023-10-26"
    assert {e["kind"] for e in entries} == {"event", "quote"}
    assert all(e["citations"] for e in entries)
    peskov = next(e for e in entries if e["kind"] == "quote")
    assert (peskov["speaker"], peskov["date"], peskov["citations"]) == ("Dmitry Peskov", "2023-10-28",
                                                                        ["kompas_kremlin_bantah:s2"])


def test_briefing_markdown_every_sentence_cites(store: Store) -> None:
    text = brief(_arms(store), "md", store)
    bullets = [line for line in text.splitlines() if line.startswith("- ")]
    assert bullets
    assert all(CITATION.search(line) for line in bullets), [b for b in bullets if not CITATION.search(b)]
    assert "## What is disputed" in text
    disputed = text.split("## What is disputed")[1]
    assert "The claim that North Korea (PRK) provided aid to Russia (RUS)" in disputed
    assert "asserted by Japan (JPN), South Korea (KOR) and the United States (USA)" in disputed
    assert "denied by North Korea (PRK) and Russia (RUS)." in disputed


def test_briefing_json_sentences_carry_citations(store: Store) -> None:
    data = json.loads(brief(_arms(store), "json", store))
    headings = [s["heading"] for s in data["sections"]]
    assert headings == ["Overview", "What happened", "Who said what", "What is disputed"]
    sentences = [s for section in data["sections"] for s in section["sentences"]]
    assert all(s["citations"] for s in sentences)
    ids = {spec.id for spec in ARMS_STORY}
    assert all(c.split(":")[0] in ids for s in sentences for c in s["citations"])


def test_briefing_html_escapes_and_cites(store: Store) -> None:
    page = brief(_arms(store), "html", store)
    assert page.startswith("<!doctype html>")
    items = re.findall(r"<li>(.*?)</li>", page)
    assert items
    assert all("<cite>" in item for item in items)
    assert "“Tuduhan itu tidak berdasar" in page


def test_briefing_unknown_story_is_a_store_error(store: Store) -> None:
    from warta.errors import StoreError

    with pytest.raises(StoreError, match="no story"):
        brief("st_tidakada", "md", store)


def test_export_jsonl_keeps_analysis_ids(store: Store, tmp_path: Path) -> None:
    add_all(store, analyses(ALL))
    path = tmp_path / "out.jsonl"
    assert export("jsonl", path, store) == 5
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in records} == {spec.id for spec in ALL}
    copy = next(r for r in records if r["id"] == "okezone_kecam_pasokan")
    assert copy["copy_of"] == "antara_kecam_pasokan"
    assert copy["story_id"] == next(r["story_id"] for r in records if r["id"] == "antara_kecam_pasokan")


EVENTS = sum(len(s.events) for s in ALL)


@pytest.mark.parametrize(("table", "rows"), [("articles", 5), ("events", EVENTS), ("stories", 2)])
def test_export_csv_and_parquet_agree(store: Store, tmp_path: Path, table: str, rows: int) -> None:
    add_all(store, analyses(ALL))
    assert export("csv", tmp_path / "t.csv", store, table) == rows
    assert export("parquet", tmp_path / "t.parquet", store, table) == rows
    with (tmp_path / "t.csv").open(encoding="utf-8") as handle:
        from_csv = list(csv.DictReader(handle))
    from_parquet = pq.read_table(tmp_path / "t.parquet").to_pylist()
    assert len(from_csv) == len(from_parquet) == rows
    assert [r["id" if table != "events" else "article_id"] for r in from_csv] == [
        str(r["id" if table != "events" else "article_id"]) for r in from_parquet]
