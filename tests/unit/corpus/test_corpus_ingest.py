from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from newsroom import ALL, ARMS_STORY, MISSILE_STORY, stub_pipeline, write_files

from warta.corpus.ingest import ingest
from warta.corpus.views import stories
from warta.pipeline import Pipeline
from warta.store import Store

HERE = Path(__file__).resolve().parent
EVENTS = sum(len(spec.events) for spec in ALL)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "berita"
    target.mkdir()
    write_files(target)
    return target


def _pipeline() -> Pipeline:
    pipeline = stub_pipeline()
    assert isinstance(pipeline, Pipeline)
    return pipeline


def _groups(store: Store) -> list[list[str]]:
    return sorted(sorted(s["article_ids"]) for s in stories(store))


def test_ingest_twice_gives_the_same_counts(store: Store, folder: Path) -> None:
    first = ingest([folder], db=store, workers=0, pipeline=_pipeline(), batch_size=2)
    counts = store.counts()
    second = ingest([folder], db=store, workers=0, pipeline=_pipeline(), batch_size=2)
    assert (first.stored, first.skipped, second.stored, second.skipped) == (5, 0, 0, 5)
    assert store.counts() == counts
    assert (counts["articles"], counts["events"], counts["duplicates"]) == (5, EVENTS, 1)
    assert _groups(store) == sorted(sorted(s.id for s in group) for group in (ARMS_STORY, MISSILE_STORY))


def test_ingest_with_two_worker_processes(store: Store, folder: Path) -> None:
    report = ingest([folder], db=store, workers=2, pipeline=_pipeline(), batch_size=2)
    assert (report.stored, report.failures) == (5, [])
    assert store.counts()["events"] == EVENTS


def test_ingest_goes_on_past_a_failing_article(store: Store, folder: Path) -> None:
    body = ("Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia di Istana Bogor pada Senin pagi. "
            "Kedua pemimpin membahas perbatasan darat dan perlindungan pekerja migran Indonesia di Malaysia.")
    (folder / "rusak_di_tengah.txt").write_text(f"Jokowi terima PM Malaysia di Bogor\n\n{body}\n\n{body}\n")
    report = ingest([folder], db=store, workers=0, pipeline=_pipeline(), batch_size=2)
    assert report.stored == 5
    assert [f.source for f in report.failures] == [str(folder / "rusak_di_tengah.txt")]
    assert "annotator crashed" in str(report.failures[0].error)


KILLER = """
import os, signal, sys
sys.path.insert(0, {here!r})
from newsroom import stub_pipeline
from warta.corpus.ingest import ingest
seen = []
def progress(item):
    seen.append(item)
    if len(seen) == 3:
        os.kill(os.getpid(), signal.SIGKILL)
ingest([{folder!r}], db={url!r}, workers=0, pipeline=stub_pipeline(), batch_size=2, progress=progress)
"""


def test_ingest_killed_midway_resumes(db_url: str, folder: Path) -> None:
    script = KILLER.format(here=str(HERE), folder=str(folder), url=db_url)
    killed = subprocess.run([sys.executable, "-c", script], env=os.environ.copy(), timeout=120, check=False)
    assert killed.returncode == -9
    with Store(db_url) as store:
        partial = store.counts()
        assert 2 <= partial["articles"] < 5
        assert partial["documents"] == partial["articles"]  # no document without its article
        report = ingest([folder], db=store, workers=0, pipeline=_pipeline(), batch_size=2)
        assert report.stored == 5 - partial["articles"]
        assert report.skipped == partial["articles"]
        counts = store.counts()
        assert (counts["articles"], counts["events"], counts["duplicates"]) == (5, EVENTS, 1)
        assert store.pending() == []
        assert _groups(store) == sorted(sorted(s.id for s in group) for group in (ARMS_STORY, MISSILE_STORY))


def _jsonl(path: Path, records: int, gzipped: bool = False) -> Path:
    import gzip
    import json

    lines = [json.dumps({"id": f"antara_{n}", "title": "Harga beras naik", "text": "Harga beras di pasar induk "
                         "Cipinang naik dua ribu rupiah per kilogram pekan ini."}) for n in range(records)]
    body = ("\n".join([*lines[:1], "", *lines[1:]]) + "\n").encode("utf-8")  # a blank line is no record
    path.write_bytes(gzip.compress(body) if gzipped else body)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp, folder: [folder], 5),
        (lambda tmp, folder: [_jsonl(tmp / "dump.jsonl", 3)], 3),
        (lambda tmp, folder: [_jsonl(tmp / "dump.jsonl.gz", 4, gzipped=True), folder], 9),
        (lambda tmp, folder: [tmp / "tidak_ada.txt", folder], 6),  # a missing input is one failure
        (lambda tmp, folder: ["https://www.antaranews.com/rss/terkini.xml", folder], None),  # a feed: unknown
    ],
    ids=["folder", "jsonl", "gzipped-jsonl", "missing", "url"],
)
def test_ingest_counts_inputs_for_the_progress_bar(tmp_path: Path, folder: Path, make: Any,
                                                  expected: int | None) -> None:
    from warta.corpus.ingest import count_inputs

    assert count_inputs(make(tmp_path, folder)) == expected
