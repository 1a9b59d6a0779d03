"""Benchmark the NER model: load time, memory, tokens per second over bulk news text.

    .venv/bin/python benchmarks/bench_ner.py [--articles 500] [--bulk ../shared/corpus/bulk/articles.jsonl]

Throughput tags each article's sentences in one call (``ner.recognise_many``, warta's own
decoder) and, in the same run, sentence by sentence with python-crfsuite's tagger over the
same model and features (the alternative a user would pick); the tags are compared.
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.annotate import ner

REPO = Path(__file__).resolve().parents[1]
_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*%?|(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*|\S")
# Rough sentence split: good enough to feed the tagger sentence-sized inputs.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")


Article = list[list[str]]


def articles(path: Path, limit: int) -> list[Article]:
    """Tokenised sentences of the first ``limit`` articles."""
    out: list[Article] = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n >= limit:
                break
            text = json.loads(line).get("text", "")
            out.append([_TOKEN.findall(s) for s in _SENTENCE_END.split(text) if s.strip()])
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


def measure_throughput(batch: list[Article], recognise: Callable[[Article], list[ner.Names]]) -> dict[str, Any]:
    started, cpu = time.perf_counter(), time.process_time()
    found = [recognise(article) for article in batch]
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    tokens = sum(len(t) for article in batch for t in article)
    return {
        "found": found,
        "sentences": sum(map(len, batch)),
        "tokens": tokens,
        "names": sum(len(names) for article in found for names in article),
        "tokens_per_s": tokens / seconds,
        "tokens_per_cpu_s": tokens / cpu_seconds,
    }


def crfsuite_per_sentence() -> Callable[[Article], list[ner.Names]]:
    tag = ner.crfsuite_tagger()
    return lambda article: [ner.recognise_with(tag, tokens) for tokens in article]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bulk", type=Path, default=REPO.parent / "shared/corpus/bulk/articles.jsonl")
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    batch = articles(args.bulk, args.articles)
    load = measure_load()
    info = ner.model_info()
    print(f"model {info['name']} {info['version']}: {int(str(info['size_bytes'])) / 1e6:.1f} MB on disk")
    print(
        f"load {load['load_s']:.3f}s, python peak {load['python_peak_mb']:.1f} MB, rss +{load['rss_delta_mb']:.1f} MB"
    )
    cold = measure_throughput(batch, ner.recognise_many)
    warm = measure_throughput(batch, ner.recognise_many)
    runs = [("warta, first pass", cold), ("warta, second pass", warm)]
    if info["name"] == "warta-ner-crf":
        reference = measure_throughput(batch, crfsuite_per_sentence())
        runs.append(("crfsuite tagger", reference))
    for name, run in runs:
        print(
            f"{name}: {run['sentences']:.0f} sentences, {run['tokens']:.0f} tokens, "
            f"{run['names']:.0f} names, {run['tokens_per_s']:,.0f} tokens/s, {run['tokens_per_cpu_s']:,.0f} per CPU s"
        )
    if info["name"] == "warta-ner-crf":
        same = reference["found"] == cold["found"]
        print(
            f"warta/crfsuite: {cold['tokens_per_cpu_s'] / reference['tokens_per_cpu_s']:.1f}x (first pass), "
            f"{warm['tokens_per_cpu_s'] / reference['tokens_per_cpu_s']:.1f}x (second); identical names: {same}"
        )
    per_article = warm["tokens"] / max(args.articles, 1)
    print(
        f"about {warm['tokens_per_cpu_s'] / per_article:,.0f} articles per CPU second for NER alone"
        f" if every sentence were tagged ({per_article:.0f} tokens/article)"
    )


if __name__ == "__main__":
    main()
