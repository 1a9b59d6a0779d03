"""Word vectors for the neural NER model, learned from unlabelled text (dev-only tool).

    .venv/bin/python scripts/ner_vectors.py [--out build/ner_vectors.kv]

Skip-gram (gensim Word2Vec, one worker, fixed seed) over lower-cased tokens of the bulk news
corpus (title + paragraphs), the raw sentence texts of the UD Indonesian treebanks (GSD r2.1,
CSUI, PUD: the ``# text`` lines only, no annotation) and the words of the NER training sets.
The vectors only initialise the tagger's word embeddings; the pruned, fine-tuned matrix is
what ships (see train_ner_neural.py), so this file is a build intermediate, not an artifact.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from pathlib import Path

import ner_data
import ner_lexicon
from gensim.models import Word2Vec

DIMS = 100
SEED = 11
UD_FILES = (
    "UD_Indonesian-GSD/r2.1/id-ud-train.conllu",
    "UD_Indonesian-GSD/r2.1/id-ud-dev.conllu",
    "UD_Indonesian-CSUI/id_csui-ud-train.conllu",
    "UD_Indonesian-PUD/id_pud-ud-test.conllu",
)
TRAIN_SETS = (("nergrit", "train"), ("idner", "train"), ("idner", "dev"))


def ud_lines(data: Path) -> Iterator[str]:
    for name in UD_FILES:
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                yield line[len("# text = ") :]


def corpus(data: Path, bulk: Path) -> list[list[str]]:
    lines = [*ner_lexicon.bulk_lines(bulk), *ud_lines(data)]
    sentences = [[t.lower() for t in toks] for toks in ner_lexicon.tokenise(lines)]
    for c, s in TRAIN_SETS:
        sentences += [[w.lower() for w in words] for words, _ in ner_data.load(data, c, s)]
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ner_data.DEFAULT_DATA)
    parser.add_argument("--bulk", type=Path, default=ner_data.REPO.parent / "shared/corpus/bulk/articles.jsonl")
    parser.add_argument("--out", type=Path, default=ner_data.REPO / "build" / "ner_vectors.kv")
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()
    started = time.perf_counter()
    sentences = corpus(args.data, args.bulk)
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} tokens", flush=True)
    model = Word2Vec(
        sentences, vector_size=DIMS, window=5, min_count=2, sg=1, negative=10, workers=1, seed=SEED, epochs=args.epochs
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.wv.save(str(args.out))
    print(f"{len(model.wv)} words -> {args.out} ({time.perf_counter() - started:.0f}s)")


if __name__ == "__main__":
    main()
