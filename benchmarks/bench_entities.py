"""Entity-stage throughput over the bulk corpus, and the recogniser's load time and memory.

    python benchmarks/bench_entities.py [--limit N] [--bulk PATH]

Prints articles per second for segmentation alone, and for segmentation plus entities
(target: the full per-article analysis stays above 200 articles/s on one core).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from bulk import BULK, bulk_articles

from warta.annotate.entities import link_entities, recogniser
from warta.annotate.gazetteer import gazetteer
from warta.annotate.segment import segment
from warta.types import Analysis, Article


def load_costs() -> None:
    tracemalloc.start()
    started = time.perf_counter()
    gazetteer()
    loaded_gazetteer = time.perf_counter()
    model = recogniser()
    done = time.perf_counter()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"gazetteer load {loaded_gazetteer - started:.3f}s; recogniser load {done - loaded_gazetteer:.3f}s "
          f"({'present' if model else 'absent'}); peak memory while loading {peak / 2**20:.1f} MiB")


def throughput(items: list[Article], with_entities: bool) -> float:
    started = time.perf_counter()
    for article in items:
        analysis = segment(Analysis(article))
        if with_entities:
            link_entities(analysis)
    return len(items) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--bulk", type=Path, default=BULK)
    args = parser.parse_args()
    load_costs()
    items = bulk_articles(args.bulk, args.limit)
    segment_only = throughput(items, with_entities=False)
    both = throughput(items, with_entities=True)
    print(f"{len(items)} articles: segment {segment_only:.0f}/s; segment+entities {both:.0f}/s")


if __name__ == "__main__":
    main()
