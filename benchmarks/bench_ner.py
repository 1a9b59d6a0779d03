"""Benchmark the NER model: load time, memory, tokens per second over bulk news text.

    .venv/bin/python benchmarks/bench_ner.py [--articles 500] [--bulk ../shared/corpus/bulk/articles.jsonl]

Load time and memory are measured on the first call (the model is cached afterwards):
Python allocations with tracemalloc, the whole process (including crfsuite's C heap and the
numpy weights) with the ru_maxrss delta. Throughput tags every sentence of the first N
articles; tokens/s is given per wall-clock second and per CPU second of this process (the
second is steadier on a machine shared with other work). OpenBLAS is held to one thread:
the neural tagger's matrix-vector products are far too small to gain from threads, and
spinning BLAS threads on a busy machine make them many times slower.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads (see above)

import argparse
import json
import re
import resource
import time
import tracemalloc
from pathlib import Path

from warta.annotate import ner

REPO = Path(__file__).resolve().parents[1]
_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*%?|(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*|\S")
# Rough sentence split: good enough to feed the tagger sentence-sized inputs.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")


def sentences(path: Path, limit: int) -> list[list[str]]:
    out: list[list[str]] = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n >= limit:
                break
            text = json.loads(line).get("text", "")
            out.extend(_TOKEN.findall(s) for s in _SENTENCE_END.split(text) if s.strip())
    return out


def measure_load() -> dict[str, float]:
    """Memory of a first load (traced), then the time of a load without tracing."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    ner.model_info()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ner._load.cache_clear()  # tracemalloc slows loading several-fold: time a clean load
    started = time.perf_counter()
    ner.model_info()
    seconds = time.perf_counter() - started
    return {"load_s": seconds, "python_peak_mb": peak / 1e6, "rss_delta_mb": (rss_after - rss_before) / 1e3}


def measure_throughput(batch: list[list[str]]) -> dict[str, float]:
    started, cpu = time.perf_counter(), time.process_time()
    names = sum(len(ner.recognise(tokens)) for tokens in batch)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    tokens = sum(len(t) for t in batch)
    return {
        "sentences": len(batch),
        "tokens": tokens,
        "names": names,
        "tokens_per_s": tokens / seconds,
        "tokens_per_cpu_s": tokens / cpu_seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bulk", type=Path, default=REPO.parent / "shared/corpus/bulk/articles.jsonl")
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    batch = sentences(args.bulk, args.articles)
    load = measure_load()
    info = ner.model_info()
    print(f"model {info['name']} {info['version']}: {int(str(info['size_bytes'])) / 1e6:.1f} MB on disk")
    print(
        f"load {load['load_s']:.3f}s, python peak {load['python_peak_mb']:.1f} MB, rss +{load['rss_delta_mb']:.1f} MB"
    )
    cold = measure_throughput(batch)
    warm = measure_throughput(batch)
    for name, run in (("first pass", cold), ("second pass", warm)):
        print(
            f"{name}: {run['sentences']:.0f} sentences, {run['tokens']:.0f} tokens, "
            f"{run['names']:.0f} names, {run['tokens_per_s']:,.0f} tokens/s, {run['tokens_per_cpu_s']:,.0f} per CPU s"
        )
    per_article = warm["tokens"] / max(args.articles, 1)
    print(
        f"about {warm['tokens_per_cpu_s'] / per_article:,.0f} articles per CPU second for NER alone"
        f" if every sentence were tagged ({per_article:.0f} tokens/article)"
    )


if __name__ == "__main__":
    main()
