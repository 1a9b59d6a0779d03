"""Reading the NER sets under ../shared/data and scoring entity spans (shared by train/eval).

NERGrit (IndoNLU ``token<TAB>tag``) and idner-news-2k (``token POS tag``) are read into one
label set, PER/ORG/LOC, so the two can be combined and scored alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from warta.annotate.ner import spans_from_tags

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
LABEL_MAP = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG", "PER": "PER", "LOC": "LOC", "ORG": "ORG"}

Sentence = tuple[list[str], list[str]]

SPLITS = {
    ("nergrit", "train"): "indonlu/nergrit_ner-grit/train_preprocess.txt",
    ("nergrit", "dev"): "indonlu/nergrit_ner-grit/valid_preprocess.txt",
    ("nergrit", "test"): "indonlu/nergrit_ner-grit/test_preprocess.txt",
    ("idner", "train"): "idner-news-2k/train.txt",
    ("idner", "dev"): "idner-news-2k/dev.txt",
    ("idner", "test"): "idner-news-2k/test.txt",
}


def _tag(raw: str) -> str:
    if raw == "O":
        return "O"
    prefix, _, kind = raw.partition("-")
    return f"{prefix}-{LABEL_MAP[kind]}"


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a CoNLL-like file: the first column is the token, the last the IOB tag."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t") if "\t" in line else line.split(" ")
        if not line.strip():
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        words.append(cols[0])
        tags.append(_tag(cols[-1].strip()))
    if words:
        sentences.append((words, tags))
    return sentences


def load(data: Path, corpus: str, split: str) -> list[Sentence]:
    return read_conll(data / SPLITS[(corpus, split)])


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity spans of IOB tags, conlleval-style: a stray ``I-`` starts an entity (the same
    reading warta applies to the recogniser's tags)."""
    return set(spans_from_tags(tags))


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Entity-level precision/recall/F1 (exact span and type), per type and overall."""
    counts: Counter[tuple[str, str]] = Counter()
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g, p = spans(g_tags), spans(p_tags)
        for kind_set, name in ((g, "gold"), (p, "pred"), (g & p, "tp")):
            for _, _, kind in kind_set:
                counts[(kind, name)] += 1
                counts[("ALL", name)] += 1
    kinds = sorted({k for k, _ in counts})
    return {k: _prf(counts[(k, "tp")], counts[(k, "pred")], counts[(k, "gold")]) for k in kinds}


def _prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "n": gold}


def format_scores(name: str, scores: dict[str, dict[str, float]]) -> str:
    rows = [f"{name:<16} {'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}"]
    for kind, s in scores.items():
        rows.append(f"{'':<16} {kind:<5} {s['p']:>6.3f} {s['r']:>6.3f} {s['f1']:>6.3f} {int(s['n']):>5}")
    return "\n".join(rows)
