"""The bulk corpus as the benchmarks read it (imported by the bench_*.py scripts)."""

from __future__ import annotations

import json
from pathlib import Path

from warta.types import Article

BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk" / "articles.jsonl"


def bulk_articles(path: Path, limit: int) -> list[Article]:
    """Up to ``limit`` articles of a JSON Lines file, each record's text split into paragraphs."""
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            paragraphs = [p for p in str(record.get("text") or "").split("\n") if p.strip()]
            if paragraphs:
                out.append(Article.from_paragraphs(str(record["id"]), "bulk", paragraphs))
            if len(out) >= limit:
                break
    return out
