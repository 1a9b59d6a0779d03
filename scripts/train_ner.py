"""Train warta's CRF NER model and write it into src/warta/resources/models/ (ner_crf.*).

The CRF ships combined with the neural tagger (train_ner_neural.py); ner_model.json says how.

    .venv/bin/python scripts/train_ner.py                      # lexicon + model, default settings
    .venv/bin/python scripts/train_ner.py --reuse-lexicon --grid   # tune c1/c2 on NERGrit dev
    .venv/bin/python scripts/train_ner.py --reuse-lexicon --out /tmp/cand   # a candidate elsewhere

Data: NERGrit train (IndoNLU, MIT) and idner-news-2k train+dev (MIT), labels mapped to
PER/ORG/LOC, plus synthetic "office + place + person" copies (ner_augment.py); word classes
from ../shared/corpus/bulk (see ner_lexicon.py). Optional self-training (--distill N, off by
default, ner_distill.py): a first CRF trained on that data is combined with the shipped neural
tagger (the accurate recogniser), which tags N sentences of the bulk news; the final CRF is
trained on the labelled data plus those. Tuned on NERGrit dev; the test sets are only read by
eval_ner.py. Never trained on BaPOS (non-commercial).
Deterministic: crfsuite's L-BFGS has no randomness; the lexicon builder, the augmentation and
the choice of bulk sentences use fixed seeds; the neural tagger runs as shipped.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_augment
import ner_data
import ner_distill
import ner_lexicon

from warta.annotate import ner

MODELS = ner_data.REPO / "src" / "warta" / "resources" / "models"
TRAIN_SETS = (("nergrit", "train"), ("idner", "train"), ("idner", "dev"))
VERSION = "1.0"
DISTILL_CACHE = ner_data.REPO / "build" / "ner_distill.jsonl.gz"
# The first CRF, the teacher's half, keeps the settings the accurate combination was tuned with
# (crf_weight and confident in ner_model.json): it is the CRF that shipped before self-training.
TEACHER_C1, TEACHER_C2 = 0.1, 0.05


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ner_data.DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--bulk", type=Path, default=ner_data.REPO.parent / "shared/corpus/bulk/articles.jsonl")
    parser.add_argument("--out", type=Path, default=MODELS, help="where the model files go")
    parser.add_argument("--reuse-lexicon", action="store_true", help="keep the lexicon already in --out")
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--grid", action="store_true", help="try a c1 x c2 grid, keep the best on NERGrit dev")
    # Self-training is off by default: 5,000 sentences (with c1 0.05, c2 0.2) raised NERGrit dev
    # and idner test F1 but lowered NERGrit test (see resources/models/README.md).
    parser.add_argument("--distill", type=int, default=0, help="bulk sentences tagged by the accurate recogniser")
    return parser.parse_args(argv)


def load_lexicon(out: Path) -> ner.Lexicon:
    text = gzip.decompress((out / ner.LEXICON_FILE).read_bytes()).decode("utf-8")
    return ner.parse_lexicon(text, (out / ner.CUES_FILE).read_text(encoding="utf-8"))


def train(
    sentences: list[ner_data.Sentence], lexicon: ner.Lexicon, c1: float, c2: float, iterations: int, path: Path
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        trainer.append(ner.sentence_features(words, lexicon), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    trainer.train(str(path))


def evaluate(path: Path, sentences: list[ner_data.Sentence], lexicon: ner.Lexicon) -> dict[str, dict[str, float]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    predicted = [tagger.tag(ner.sentence_features(words, lexicon)) for words, _ in sentences]
    return ner_data.score([tags for _, tags in sentences], predicted)


def choose(args: argparse.Namespace, sentences: list[ner_data.Sentence], lexicon: ner.Lexicon) -> tuple[float, float]:
    """The (c1, c2) with the best NERGrit dev F1 (only with --grid)."""
    if not args.grid:
        return args.c1, args.c2
    dev = ner_data.load(args.data, "nergrit", "dev")
    scratch = args.out / "grid.model"
    best = (-1.0, args.c1, args.c2)
    for c1, c2 in itertools.product((0.02, 0.05, 0.1, 0.2), (0.01, 0.05, 0.2)):
        train(sentences, lexicon, c1, c2, args.iterations, scratch)
        f1 = evaluate(scratch, dev, lexicon)["ALL"]["f1"]
        print(f"grid c1={c1} c2={c2} dev F1={f1:.4f}", flush=True)
        best = max(best, (f1, c1, c2))
    scratch.unlink()
    return best[1], best[2]


def self_trained(
    args: argparse.Namespace, sentences: list[ner_data.Sentence], lexicon: ner.Lexicon
) -> list[ner_data.Sentence]:
    """Bulk sentences tagged by the accurate recogniser built on a first CRF (none if --distill 0)."""
    if not args.distill:
        return []
    first = args.out / "ner_crf.first.model"
    started = time.perf_counter()
    train(sentences, lexicon, TEACHER_C1, TEACHER_C2, args.iterations, first)
    crf = first.read_bytes()
    first.unlink()
    tagged = ner_distill.build(args.bulk, args.distill, crf, lexicon, MODELS, DISTILL_CACHE)
    print(f"self-training: {len(tagged)} bulk sentences ({time.perf_counter() - started:.0f}s)", flush=True)
    return tagged


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    started = time.perf_counter()
    sentences = [s for corpus, split in TRAIN_SETS for s in ner_data.load(args.data, corpus, split)]
    if not args.reuse_lexicon:
        n = ner_lexicon.build(args.bulk, [words for words, _ in sentences], args.out / ner.LEXICON_FILE)
        print(f"lexicon: {n} words ({time.perf_counter() - started:.0f}s)", flush=True)
    lexicon = load_lexicon(args.out)
    sentences += ner_augment.augment(sentences, lexicon.cues)
    sentences += self_trained(args, sentences, lexicon)
    c1, c2 = choose(args, sentences, lexicon)
    model = args.out / ner.MODEL_FILE
    train(sentences, lexicon, c1, c2, args.iterations, model)
    dev = evaluate(model, ner_data.load(args.data, "nergrit", "dev"), lexicon)
    print(ner_data.format_scores("NERGrit dev", dev))
    meta = {
        "name": "warta-ner-crf",
        "version": VERSION,
        "labels": ["PER", "ORG", "LOC"],
        "trained_on": [f"{c}:{s}" for c, s in TRAIN_SETS]
        + ["ner_augment (title + place/body + person)"]
        + ([f"ner_distill ({args.distill} bulk sentences)"] if args.distill else []),
        "params": {"c1": c1, "c2": c2, "max_iterations": args.iterations}
        | ({"distill": args.distill} if args.distill else {}),
        "command": " ".join(["scripts/train_ner.py", *(sys.argv[1:] if argv is None else argv)]),
        "scores": {"nergrit_dev": dev["ALL"]},
    }
    # The CRF's own record; ner_model.json says which model(s) ship (see the models README).
    (args.out / ner.CRF_META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"model written to {model} ({time.perf_counter() - started:.0f}s)")


if __name__ == "__main__":
    main()
