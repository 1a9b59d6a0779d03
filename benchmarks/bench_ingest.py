"""Ingest benchmark: articles per second with both cores, database size, and whether the
cost per article stays flat from the first 10% of the corpus to the last 10%. The bulk file's
last tenth holds longer articles (Kompas) than its first (Detik), so the cost is also given per
1,000 characters of article text: that figure shows whether the store slows as it grows.

    .venv/bin/python benchmarks/bench_ingest.py [--limit N] [--workers 2] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from warta.corpus.ingest import Ingested, ingest
from warta.types import Failure

BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk" / "articles.jsonl"


def subset(source: Path, limit: int | None, folder: Path) -> Path:
    """The first ``limit`` records of the bulk file, as a JSON Lines file of its own."""
    if limit is None:
        return source
    target = folder / "subset.jsonl"
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for n, line in enumerate(lines):
            if n >= limit:
                break
            out.write(line)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=BULK)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", default=None, help="database path or URL (default: a fresh temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = args.db or str(folder / "bench.db")
        stamps: list[float] = []
        failures = 0

        def tick(item: Ingested | Failure) -> None:
            nonlocal failures
            failures += isinstance(item, Failure)
            stamps.append(time.perf_counter())

        started = time.perf_counter()
        report = ingest([subset(args.source, args.limit, folder)], db=db, workers=args.workers, progress=tick)
        elapsed = time.perf_counter() - started
        source = subset(args.source, args.limit, folder)
        result = summary(report.stored, failures, elapsed, stamps, started, db)
        result.update(per_thousand_chars(result, text_lengths(source)))
        print(json.dumps(result, indent=2))


def summary(
    stored: int, failures: int, elapsed: float, stamps: list[float], started: float, db: str
) -> dict[str, object]:
    gaps = [b - a for a, b in zip([started, *stamps], stamps, strict=False)]
    tenth = max(1, len(gaps) // 10)
    first, last = sum(gaps[:tenth]) / tenth, sum(gaps[-tenth:]) / tenth
    size = os.path.getsize(db) if "://" not in db and os.path.exists(db) else None
    return {
        "articles_stored": stored,
        "failures": failures,
        "seconds": round(elapsed, 2),
        "articles_per_second": round(stored / elapsed, 2) if elapsed else None,
        "db_bytes": size,
        "ms_per_article_first_10pct": round(1000 * first, 2),
        "ms_per_article_last_10pct": round(1000 * last, 2),
        "last_over_first": round(last / first, 2) if first else None,
    }


def text_lengths(source: Path) -> list[int]:
    with source.open(encoding="utf-8") as lines:
        return [len(json.loads(line).get("text") or "") for line in lines if line.strip()]


def per_thousand_chars(result: dict[str, object], lengths: list[int]) -> dict[str, object]:
    """The first/last-tenth costs divided by those tenths' mean article length."""
    tenth = max(1, len(lengths) // 10)
    first_chars, last_chars = sum(lengths[:tenth]) / tenth, sum(lengths[-tenth:]) / tenth
    first = float(str(result["ms_per_article_first_10pct"])) * 1000 / max(first_chars, 1)
    last = float(str(result["ms_per_article_last_10pct"])) * 1000 / max(last_chars, 1)
    return {
        "ms_per_1000_chars_first_10pct": round(first, 2),
        "ms_per_1000_chars_last_10pct": round(last, 2),
        "per_char_last_over_first": round(last / first, 2) if first else None,
    }


if __name__ == "__main__":
    main()
