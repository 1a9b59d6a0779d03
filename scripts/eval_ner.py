"""Entity-level P/R/F1 (exact span and type) of the committed NER model.

    .venv/bin/python scripts/eval_ner.py [--data ../shared/data]

Scores NERGrit test (the figure the README states), NERGrit dev and idner-news-2k test, per
type and overall, running the model exactly as warta does at run time
(:func:`warta.annotate.ner.recognise`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_data

from warta.annotate import ner

SETS = (("NERGrit test", "nergrit", "test"), ("NERGrit dev", "nergrit", "dev"), ("idner test", "idner", "test"))


def tags_of(n: int, found: list[tuple[int, int, str]]) -> list[str]:
    """IOB tags for ``n`` tokens from recognised spans."""
    tags = ["O"] * n
    for start, end, label in found:
        tags[start] = "B-" + label
        for i in range(start + 1, end):
            tags[i] = "I-" + label
    return tags


def run(data: Path) -> dict[str, dict[str, dict[str, float]]]:
    results = {}
    for name, corpus, split in SETS:
        sentences = ner_data.load(data, corpus, split)
        predicted = [tags_of(len(words), ner.recognise(words)) for words, _ in sentences]
        results[name] = ner_data.score([tags for _, tags in sentences], predicted)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ner_data.DEFAULT_DATA)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    info = ner.model_info()
    for name, scores in run(args.data).items():
        print(ner_data.format_scores(name, scores))
    print(f"model {info['name']} {info['version']}, {info['size_bytes']} bytes, loaded in {info['load_seconds']}s")
    print(f"evaluated in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
