"""Full per-article analysis throughput (every stage) and peak memory over the bulk corpus.

    .venv/bin/python benchmarks/bench_analysis.py [PATH] [--limit N] [--repeat R] [--memory] [--stages]

PATH defaults to ../shared/corpus/bulk/articles.jsonl. Prints articles per CPU-second for each
of R passes over the articles and the best and median of them, events per article and the
peak RSS. Every pass starts cold: the name recogniser's word table (which fills as new words
come) is dropped and the model reloaded before it, outside the timing. On a machine shared
with other work a pass is slowed by whatever else runs, never sped up, so the best pass is
the closest to the code's own cost. Before and after the passes, a fixed pure-Python loop
(no warta code) is timed and printed: on a shared machine it shows how fast the core was
during the run, so runs made in different spells can be read side by side. ``--stages`` adds
one more pass that times text extraction and each stage on its own, to show where the time goes.
Target: at least 200 articles/s on one core.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
import tracemalloc
from collections import Counter
from itertools import islice
from pathlib import Path

from warta import Pipeline, analyze_many
from warta.annotate import ner
from warta.extract import extract
from warta.ingest import read_sources
from warta.types import Analysis, Failure

STAGES = ["segment.rules.v1", "entities.rules.v1", "time.rules.v1", "quotes.rules.v1", "events.rules.v1"]
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk" / "articles.jsonl"


def one_pass(path: Path, pipeline: Pipeline, limit: int | None) -> tuple[int, int, float, Counter[str]]:
    """Articles analysed, failures, CPU seconds and event types of one cold pass."""
    ner.reset()
    next(iter(analyze_many([path], pipeline)), None)  # load every resource and model, untimed
    started = time.process_time()
    done = failed = 0
    types: Counter[str] = Counter()
    for result in islice(analyze_many([path], pipeline), limit):
        if not isinstance(result, Analysis):
            failed += 1
            continue
        done += 1
        types.update(e.type for e in result.events)
    return done, failed, time.process_time() - started, types


def stage_costs(path: Path, pipeline: Pipeline, limit: int | None) -> dict[str, float]:
    """CPU milliseconds per article of text extraction and of each stage, over one cold pass."""
    ner.reset()
    documents = [d for d in islice(read_sources([path]), limit) if not isinstance(d, Failure)]
    pipeline(documents[0])  # load every resource and model, untimed
    costs = dict.fromkeys(["extract", *(stage.name for stage in pipeline.stages)], 0.0)
    for document in documents:
        started = time.process_time()
        analysis = Analysis(article=extract(document))
        costs["extract"] += time.process_time() - started
        for stage in pipeline.stages:
            started = time.process_time()
            analysis = stage(analysis)
            costs[stage.name] += time.process_time() - started
    return {name: 1000 * cpu / max(len(documents), 1) for name, cpu in costs.items()}


def reference_seconds() -> float:
    """CPU seconds of a fixed pure-Python loop (dict, string and branch work, as analysis does),
    best of three: the machine's own speed at the time of the run."""
    words = ("Menteri Luar Negeri Amerika Serikat mengecam Korea Utara pada Senin " * 50).split()
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        counts: dict[str, int] = {}
        total = 0
        for i in range(200_000):
            word = words[i % len(words)]
            counts[word] = counts.get(word, 0) + 1
            if word[0].isupper() and word.endswith("a"):
                total += len(word)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3, help="cold passes over the articles (default 3)")
    parser.add_argument("--memory", action="store_true", help="also trace peak memory (slows the run)")
    parser.add_argument("--stages", action="store_true", help="also time extraction and each stage apart")
    args = parser.parse_args()
    pipeline = Pipeline(STAGES)
    if args.memory:
        tracemalloc.start()
    before = reference_seconds()
    rates = []
    for number in range(1, args.repeat + 1):
        done, failed, cpu, types = one_pass(args.path, pipeline, args.limit)
        rates.append(done / cpu)
        print(f"pass {number}: {done} articles ({failed} failed) in {cpu:.1f} CPU s: {done / cpu:.1f} per CPU-second")
    events = sum(types.values())
    print(
        f"throughput: best {max(rates):.1f}, median {statistics.median(rates):.1f} articles per CPU-second, one core "
        f"(load average {os.getloadavg()[0]:.1f}; stages: {', '.join(STAGES)})"
    )
    print(
        f"machine reference: a fixed pure-Python loop took {before * 1000:.0f} ms before the passes and "
        f"{reference_seconds() * 1000:.0f} ms after (lower is a faster core)"
    )
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print(f"events: {events} ({events / max(done, 1):.2f} per article); top types: {types.most_common(6)}")
    if args.memory:
        _, peak = tracemalloc.get_traced_memory()
        print(f"peak traced memory: {peak / 2**20:.1f} MiB")
    if args.stages:
        costs = stage_costs(args.path, pipeline, args.limit)
        total = sum(costs.values())
        for name, cost in costs.items():
            print(f"  {name:20s} {cost:6.2f} ms/article ({cost / total:4.0%})")
        print(f"  {'all':20s} {total:6.2f} ms/article")


if __name__ == "__main__":
    main()
