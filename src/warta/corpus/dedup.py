"""Near-duplicate detection: MinHash signatures over word shingles of the clean body.

Syndicated copies and republished wire stories differ from the original in a byline, a
dateline, a trailing link or a trimmed paragraph; their word 5-gram sets still overlap far
more than two independent reports of the same event do. Signatures are banded for LSH
(16 bands of 8 rows: pairs above about 0.7 Jaccard collide in some band with high
probability), so finding the candidates of one article costs a few index look-ups, whatever
the size of the corpus. The store keeps the bands in a table; :func:`near_duplicates` does
the same in memory with datasketch's own LSH index.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
BANDS = 16
ROWS = 8
SHINGLE = 5
THRESHOLD = 0.7  # estimated Jaccard at or above which two bodies are one report
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Word ``size``-grams of ``text``, case-folded; a short text is its own single shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(list(shingles(text)))
    return minhash


def signature_bytes(text: str) -> bytes:
    """The MinHash signature of ``text`` as bytes, for the store."""
    return np.asarray(signature(text).hashvalues, dtype="<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def similarity(left: bytes, right: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures."""
    a, b = from_bytes(left), from_bytes(right)
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(data: bytes) -> list[tuple[int, str]]:
    """One (band, bucket) pair per LSH band: equal buckets in any band make a candidate."""
    values = from_bytes(data)
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append((band, hashlib.blake2b(chunk, digest_size=8).hexdigest()))
    return keys


def near_duplicates(
    texts: Sequence[tuple[str, str]], threshold: float = THRESHOLD
) -> list[tuple[str, str, float]]:
    """(copy id, original id, similarity) for each text that repeats an earlier one.

    ``texts`` are (id, body) pairs in arrival order; the earliest of a group is the original.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    found: list[tuple[str, str, float]] = []
    for key, body in texts:
        minhash = signature(body)
        match = _best_match(minhash, lsh.query(minhash), signatures, threshold)
        if match is not None:
            found.append((key, *match))
        signatures[key] = minhash
        lsh.insert(key, minhash)
    return found


def _best_match(
    minhash: MinHash, candidates: Iterable[str], signatures: dict[str, MinHash], threshold: float
) -> tuple[str, float] | None:
    scored = [(float(minhash.jaccard(signatures[c])), c) for c in candidates]
    scored = [(score, c) for score, c in scored if score >= threshold]
    if not scored:
        return None
    score, original = max(scored, key=lambda pair: (pair[0], -list(signatures).index(pair[1])))
    return original, score
