"""Full per-article analysis throughput (every stage) and peak memory over the bulk corpus.

    .venv/bin/python benchmarks/bench_analysis.py [PATH] [--limit N]

PATH defaults to ../shared/corpus/bulk/articles.jsonl. Prints articles/s, events/article
and the peak traced memory. Target: at least 200 articles/s on one core.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
import tracemalloc
from collections import Counter
from itertools import islice
from pathlib import Path

from warta import Pipeline, analyze_many
from warta.types import Analysis

STAGES = ["segment.rules.v1", "entities.rules.v1", "time.rules.v1", "quotes.rules.v1", "events.rules.v1"]
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--memory", action="store_true", help="also trace peak memory (slows the run)")
    args = parser.parse_args()
    pipeline = Pipeline(STAGES)
    # Warm up: load every resource and model once, outside the timing.
    next(iter(analyze_many([args.path], pipeline)), None)
    if args.memory:
        tracemalloc.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    done = failed = events = 0
    types: Counter[str] = Counter()
    for result in islice(analyze_many([args.path], pipeline), args.limit):
        if not isinstance(result, Analysis):
            failed += 1
            continue
        done += 1
        events += len(result.events)
        types.update(e.type for e in result.events)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"articles: {done} analysed, {failed} failed, in {elapsed:.1f} s wall, {cpu:.1f} s CPU")
    # Per CPU-second is the figure to compare between runs: wall time also counts other processes.
    print(f"throughput: {done / elapsed:.1f} articles/s wall, {done / cpu:.1f} per CPU-second, one core "
          f"(load average {os.getloadavg()[0]:.1f}; stages: {', '.join(STAGES)})")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print(f"events: {events} ({events / max(done, 1):.2f} per article); top types: {types.most_common(6)}")
    if args.memory:
        _, peak = tracemalloc.get_traced_memory()
        print(f"peak traced memory: {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
