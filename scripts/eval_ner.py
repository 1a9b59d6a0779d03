"""Entity-level P/R/F1 (exact span and type) of the committed NER model.

    .venv/bin/python scripts/eval_ner.py [--data DIR] [--model a.npz [b.npz ...]] [--crf-weight W] [--dev-only]

Scores NERGrit test (the figure the README states), NERGrit dev and idner-news-2k test, per
type and overall, running the model exactly as warta does at run time
(:func:`warta.annotate.ner.recognise`). ``--model`` scores candidate neural models instead
(averaged, mixed with the shipped CRF's log marginals times ``--crf-weight``); ``--dev-only``
keeps the test sets unread while choosing between candidates.
"""

from __future__ import annotations

import argparse
import functools
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


def run(
    data: Path, models: list[Path] | None = None, mix: tuple[float, float] = (0.0, 1.0), dev_only: bool = False
) -> dict[str, dict[str, dict[str, float]]]:
    recognise = ner.recognise
    if models:
        tag = ner.neural_tagger([m.read_bytes() for m in models], *mix)
        recognise = functools.partial(ner.recognise_with, tag)
    results = {}
    for name, corpus, split in SETS:
        if dev_only and split != "dev":
            continue
        sentences = ner_data.load(data, corpus, split)
        predicted = [tags_of(len(words), recognise(words)) for words, _ in sentences]
        results[name] = ner_data.score([tags for _, tags in sentences], predicted)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ner_data.DEFAULT_DATA)
    parser.add_argument(
        "--model", type=Path, nargs="+", help="candidate neural models (.npz) instead of the shipped one"
    )
    parser.add_argument("--crf-weight", type=float, default=0.0, help="with --model: weight of the CRF's log marginals")
    parser.add_argument("--confident", type=float, default=1.0, help="with --model: keep the CRF's tags this sure")
    parser.add_argument("--dev-only", action="store_true", help="score NERGrit dev only")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    info = ner.model_info()
    for name, scores in run(args.data, args.model, (args.crf_weight, args.confident), args.dev_only).items():
        print(ner_data.format_scores(name, scores))
    shipped = f"{info['name']} {info['version']}, {info['size_bytes']} bytes, loaded in {info['load_seconds']}s"
    print(f"model {' + '.join(map(str, args.model)) + f' (crf weight {args.crf_weight})' if args.model else shipped}")
    print(f"evaluated in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
