"""Self-training data for the CRF: bulk news sentences tagged by the accurate combination.

The accurate recogniser (neural tagger + CRF, ``WARTA_NER=accurate``) scores ~2.5 points
higher than the CRF alone but tags ~5x slower. Unlabelled news sentences tagged by it teach
the fast CRF some of what the combination knows (distillation), and bring the words and
patterns of current news that the labelled sets lack.

Sentences come from ``../shared/corpus/bulk/articles.jsonl`` (title and text), segmented and
tokenised as warta does at run time (:func:`warta.annotate.segment.sentences`). Only sentences
of reasonable length with a capitalised word past the first are kept, deduplicated, shuffled
with a fixed seed; the first ``limit`` are tagged. The teacher is the shipped neural tagger
combined with the CRF given as bytes (train_ner.py passes the CRF it has just trained on the
labelled data, so the whole chain is reproducible from the script).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import ner_data

from warta.annotate import ner
from warta.annotate.segment import sentences as segment_sentences

SEED = 5
MIN_TOKENS = 6
MAX_TOKENS = 60


def bulk_sentences(path: Path) -> Iterator[list[str]]:
    """Token texts of every sentence of every article's title and text."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for part in (str(record.get("title") or ""), str(record.get("text") or "")):
                for sentence in segment_sentences(part):
                    yield [token.text for token in sentence.tokens]


def _worth_tagging(words: Sequence[str]) -> bool:
    """Long enough to give context, short enough to be one sentence, with a possible name."""
    return MIN_TOKENS <= len(words) <= MAX_TOKENS and any(w[:1].isupper() for w in words[1:])


def sample(path: Path, limit: int) -> list[list[str]]:
    """``limit`` distinct sentences worth tagging, in a fixed pseudo-random order."""
    seen: dict[tuple[str, ...], None] = {}
    for words in bulk_sentences(path):
        if _worth_tagging(words):
            seen.setdefault(tuple(words), None)
    chosen = [list(words) for words in seen]
    random.Random(SEED).shuffle(chosen)
    return chosen[:limit]


def teacher(crf: bytes, lexicon: ner.Lexicon, models: Path) -> ner._RangeTagger:
    """The accurate combination (settings of the shipped ``ner_model.json``) over ``crf``."""
    meta = json.loads((models / ner.META_FILE).read_text(encoding="utf-8"))
    members = [(models / name).read_bytes() for name in meta["neural_members"]]
    return ner._neural_tagger(members, lexicon, crf, float(meta["crf_weight"]), float(meta["confident"]))


def tags_of(n: int, found: ner.Names) -> list[str]:
    """IOB tags for ``n`` tokens from recognised spans."""
    tags = ["O"] * n
    for start, end, label in found:
        tags[start:end] = ["B-" + label] + ["I-" + label] * (end - start - 1)
    return tags


def tag_all(sentences: list[list[str]], tag: ner._RangeTagger) -> list[ner_data.Sentence]:
    return [(words, tags_of(len(words), ner.recognise_with(tag, words))) for words in sentences]


def build(
    bulk: Path, limit: int, crf: bytes, lexicon: ner.Lexicon, models: Path, cache: Path
) -> list[ner_data.Sentence]:
    """The tagged sentences, read from ``cache`` when it was made with the same inputs."""
    key = {"limit": limit, "seed": SEED, "crf_bytes": len(crf), "crf_hash": hashlib.sha256(crf).hexdigest()[:16]}
    if cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as handle:
            head = json.loads(handle.readline())
            if head == key:
                return [(row["w"], row["t"]) for row in map(json.loads, handle)]
    tagged = tag_all(sample(bulk, limit), teacher(crf, lexicon, models))
    cache.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(cache, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(key) + "\n")
        for words, tags in tagged:
            handle.write(json.dumps({"w": words, "t": tags}, ensure_ascii=False) + "\n")
    return tagged
