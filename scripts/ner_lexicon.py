"""Word classes for the NER model, learned from unlabelled text (used by train_ner.py).

For every word seen often enough in the bulk news corpus (plus the unlabelled words of the
training sets) it records:

* ``a``/``b``/``c`` cluster ids: k-means at three granularities over word vectors from a
  positive-PMI co-occurrence matrix (two words left and right, position-specific), reduced by
  randomised SVD. Words that fill the same slots ("Menteri X", "di X") share clusters, so the
  CRF can generalise from a name it saw to one it did not.
* ``cap``: how often the word is capitalised when it is not sentence-initial (binned): names
  are almost always capitalised, common words rarely.
* ``f``: log2 frequency bin.

Deterministic: fixed seeds, sorted vocabulary.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.utils.extmath import randomized_svd

TOKEN = re.compile(
    r"\d+(?:[.,:/]\d+)*%?|(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*|\S",
)
# A capital after one of these does not tell whether the word is a name.
_OPENERS = frozenset(".!?:;\"“”‘’'(-—–")
CLUSTER_SIZES = (64, 256, 1024)
MIN_COUNT = 2
CLUSTER_VOCAB = 80_000
CONTEXTS = 3_000
DIMS = 100
SEED = 13


def bulk_lines(path: Path) -> Iterator[str]:
    """Title and paragraphs of every article in a JSON Lines file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("title"):
                yield str(record["title"])
            yield from str(record.get("text", "")).splitlines()


def tokenise(lines: Iterable[str]) -> Iterator[list[str]]:
    for line in lines:
        tokens = TOKEN.findall(line)
        if tokens:
            yield tokens


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def count(sentences: Iterable[list[str]]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(frequency, mid-sentence occurrences, mid-sentence capitalised), lower-cased keys."""
    freq: Counter[str] = Counter()
    mid: Counter[str] = Counter()
    caps: Counter[str] = Counter()
    for tokens in sentences:
        previous = "."
        for tok in tokens:
            low = tok.lower()
            freq[low] += 1
            if previous not in _OPENERS and tok[:1].isalpha():
                mid[low] += 1
                caps[low] += _is_capital(tok)
            previous = tok
    return freq, mid, caps


def _cap_bin(mid: int, caps: int) -> str:
    if mid < 3:
        return "cap=?"
    ratio = caps / mid
    return "cap=" + str(sum(ratio >= edge for edge in (0.05, 0.3, 0.7, 0.95)))


def cooccurrence(sentences: list[list[str]], vocab: dict[str, int], contexts: dict[str, int]) -> sparse.csr_matrix:
    """Word x (offset, context word) counts for offsets -2, -1, +1, +2."""
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    n_ctx = len(contexts)
    for tokens in sentences:
        low = [t.lower() for t in tokens]
        w = np.array([vocab.get(t, -1) for t in low])
        c = np.array([contexts.get(t, -1) for t in low])
        for k, d in enumerate((-2, -1, 1, 2)):
            if len(low) <= abs(d):
                continue
            a, b = (w[-d:], c[:d]) if d < 0 else (w[:-d], c[d:])
            keep = (a >= 0) & (b >= 0)
            rows.append(a[keep])
            cols.append(b[keep] + k * n_ctx)
    r = np.concatenate(rows)
    col = np.concatenate(cols)
    data = np.ones(len(r), dtype=np.float64)
    return sparse.csr_matrix((data, (r, col)), shape=(len(vocab), 4 * n_ctx))


def ppmi(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Positive PMI with context-distribution smoothing (alpha 0.75)."""
    coo = matrix.tocoo()
    total = matrix.sum()
    row_sum = np.asarray(matrix.sum(axis=1)).ravel()
    col_sum = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    pmi = np.log((coo.data / total) / ((row_sum[coo.row] / total) * col_p[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)


def clusters(sentences: list[list[str]], freq: Counter[str]) -> dict[str, tuple[int, ...]]:
    """Cluster ids at each of CLUSTER_SIZES for the CLUSTER_VOCAB most frequent words."""
    ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    vocab = {w: i for i, (w, n) in enumerate(ranked[:CLUSTER_VOCAB]) if n >= MIN_COUNT}
    contexts = {w: i for i, (w, _) in enumerate(ranked[:CONTEXTS])}
    weights = ppmi(cooccurrence(sentences, vocab, contexts))
    u, s, _ = randomized_svd(weights, n_components=DIMS, random_state=SEED)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    labels = [KMeans(k, n_init=1, random_state=SEED).fit_predict(vectors) for k in CLUSTER_SIZES]
    words = sorted(vocab, key=vocab.__getitem__)
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(words)}


def lexicon_rows(
    freq: Counter[str], mid: Counter[str], caps: Counter[str], ids: dict[str, tuple[int, ...]]
) -> list[str]:
    """One TSV row per word: the word, its cluster ids (coarse first), cap bin, frequency bin."""
    rows = []
    names = ("a", "b", "c", "d")[: len(CLUSTER_SIZES)]
    for word in sorted(w for w, n in freq.items() if n >= MIN_COUNT):
        if "\t" in word or not any(ch.isalnum() for ch in word):
            continue
        cl = ids.get(word)
        cluster = [f"{n}={v}" for n, v in zip(names, cl, strict=True)] if cl else [f"{n}=?" for n in names]
        fbin = "f=" + str(min(int(math.log2(freq[word])), 14))
        rows.append("\t".join([word, *cluster, _cap_bin(mid[word], caps[word]), fbin]))
    return rows


def build(bulk: Path, extra: list[list[str]], out: Path) -> int:
    """Write the gzipped lexicon TSV to ``out``; returns the number of words."""
    sentences = list(tokenise(bulk_lines(bulk))) + extra
    freq, mid, caps = count(sentences)
    ids = clusters(sentences, freq)
    rows = lexicon_rows(freq, mid, caps, ids)
    # mtime=0 keeps the gzip bytes identical across runs.
    out.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode("utf-8"), mtime=0))
    return len(rows)
