"""Quote-extraction throughput over the bulk corpus.

    python benchmarks/bench_quotes.py [--limit N] [--bulk PATH] [--no-entities]

Sentences and entities are computed first (untimed), so the figure is the quote stage
alone: finding quoted spans, attributions, indirect speech and speakers. Prints articles
per second and how many direct and indirect quotations were found.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bulk import BULK, bulk_articles

from warta.annotate.quotes import find_quotes
from warta.annotate.segment import segment
from warta.types import Analysis, Article


def prepared(items: list[Article], entities: bool) -> list[Analysis]:
    analyses = [segment(Analysis(article=a)) for a in items]
    if not entities:
        return analyses
    from warta.annotate.entities import link_entities

    return [link_entities(a) for a in analyses]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--bulk", type=Path, default=BULK)
    parser.add_argument("--no-entities", action="store_true", help="run on sentences only (no mentions)")
    args = parser.parse_args()
    analyses = prepared(bulk_articles(args.bulk, args.limit), not args.no_entities)
    find_quotes(analyses[0])  # load the resources outside the timed loop
    started = time.perf_counter()
    results = [find_quotes(a) for a in analyses]
    elapsed = time.perf_counter() - started
    direct = sum(q.direct for r in results for q in r.quotes)
    indirect = sum(not q.direct for r in results for q in r.quotes)
    speakers = sum(q.speaker is not None for r in results for q in r.quotes if q.direct)
    chars = sum(len(a.text) for a in analyses)
    print(f"quotes.rules.v1: {len(analyses)} articles ({chars / 1e6:.1f} M chars) in {elapsed:.2f}s = "
          f"{len(analyses) / elapsed:.0f} articles/s")
    print(f"found {direct} direct ({speakers} with a speaker) and {indirect} indirect quotations")


if __name__ == "__main__":
    main()
