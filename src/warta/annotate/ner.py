"""Statistical recogniser for names no gazetteer knows: people, organisations, places.

A linear-chain CRF (python-crfsuite) over hand-made token features plus word classes
learned from unlabelled Indonesian news (k-means clusters of co-occurrence vectors at three
granularities, how often a word is capitalised inside a sentence, its frequency). Trained by
``scripts/train_ner.py`` from NERGrit and idner-news-2k; the model, its lexicon and its cue
words ship as package data in ``warta/resources/models`` and are loaded once.

The feature function :func:`sentence_features` is shared by training and run time, so the
two cannot drift apart.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pycrfsuite

MODEL_FILE = "ner_crf.model"
LEXICON_FILE = "ner_lexicon.tsv.gz"
CUES_FILE = "ner_cues.tsv"
META_FILE = "ner_model.json"

_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANISATION": "ORG", "LOC": "LOC", "PLACE": "LOC"}
# Words whose features are looked at from the neighbouring positions; a narrow window keeps
# the feature count (and so the per-token cost) down.
_WINDOW = (-2, -1, 1, 2)


# eq=False: compared and hashed by identity, so a lexicon can key the feature cache.
@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Word-level knowledge learned outside the labelled data.

    ``classes`` maps a lower-cased word to its ready-made feature strings (cluster ids,
    capitalisation ratio bin, frequency bin); ``cues`` maps a lower-cased cue word (a title,
    an organisation or place head word, a reporting verb) to its class.
    """

    classes: Mapping[str, tuple[str, ...]]
    cues: Mapping[str, str]


def _shape(word: str) -> str:
    """Collapsed character classes: ``Jong-un`` -> ``Xx-x``, ``2024`` -> ``d``."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _case(word: str) -> str:
    if word.isupper() and any(c.isalpha() for c in word):
        return "UP" if len(word) > 1 else "INIT"
    if word[:1].isupper():
        return "TITLE"
    if word[:1].isdigit():
        return "DIGIT"
    return "LOW" if word[:1].isalpha() else "PUNCT"


@dataclass(frozen=True, slots=True)
class _Word:
    """A word's features, computed once per distinct word.

    ``own``: attributes at the word's own position; ``near[k]``: what a neighbour at offset
    ``_WINDOW[k]`` sees of it, already prefixed, so a sentence is assembled without building
    strings token by token.
    """

    key: str
    own: tuple[str, ...]
    near: tuple[tuple[str, ...], ...]


_PAD = tuple((f"{d:+d}pad",) for d in _WINDOW)


def _word_features(word: str, lexicon: Lexicon) -> _Word:
    low = word.lower()
    classes = lexicon.classes.get(low, ("c?",))
    key = "w=" + low
    shown = (key, "k=" + _case(word), "q=" + lexicon.cues.get(low, "-"), *classes[:2])
    affixes = ("p2=" + low[:2], "p3=" + low[:3], "p4=" + low[:4], "x2=" + low[-2:], "x3=" + low[-3:], "x4=" + low[-4:])
    own = ("b", *shown, "s=" + _shape(word), *affixes, *classes[2:])
    near = tuple(tuple(f"{d:+d}{f}" for f in shown) for d in _WINDOW)
    return _Word(key, own, near)


def sentence_features(
    tokens: Sequence[str], lexicon: Lexicon, start: int = 0, end: int | None = None
) -> list[list[str]]:
    """CRF attributes for tokens ``start..end`` of one sentence (context from all of it)."""
    cached = _cached_word_features(lexicon)
    words = [cached(tok) for tok in tokens]
    n = len(words)
    rows: list[list[str]] = []
    previous = words[start - 1].key if start else "w=<s>"
    for i in range(start, n if end is None else end):
        word = words[i]
        row = list(word.own)
        for k, d in enumerate(_WINDOW):
            j = i + d
            row.extend(words[j].near[k] if 0 <= j < n else _PAD[k])
        row.append("bi=" + previous + "|" + word.key)
        previous = word.key
        rows.append(row)
    if rows and start == 0:
        rows[0].append("first")
    return rows


@cache
def _cached_word_features(lexicon: Lexicon) -> _WordCache:
    return _WordCache(lexicon)


class _WordCache:
    """Memoised :func:`_word_features`: news repeats its words, features are per word."""

    __slots__ = ("_lexicon", "_memo")

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._memo: dict[str, _Word] = {}

    def __call__(self, word: str) -> _Word:
        hit = self._memo.get(word)
        if hit is None:
            hit = _word_features(word, self._lexicon)
            if len(self._memo) < 200_000:  # bound memory on long-running workers
                self._memo[word] = hit
        return hit


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, label) from IOB tags; a stray ``I-`` opens a new span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        kind = _LABELS.get(kind, kind)
        if start >= 0 and (prefix != "I" or kind != label):
            spans.append((start, i, label))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, kind
    return spans


def parse_lexicon(lexicon_tsv: str, cues_tsv: str) -> Lexicon:
    """Build a :class:`Lexicon` from the text of the lexicon and cue files."""
    classes: dict[str, tuple[str, ...]] = {}
    for line in lexicon_tsv.splitlines():
        word, *feats = line.split("\t")
        classes[word] = tuple(feats)
    cues: dict[str, str] = {}
    for line in cues_tsv.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            word, kind = line.split("\t")
            cues[word.lower()] = kind
    return Lexicon(classes, cues)


@dataclass(frozen=True, slots=True)
class _Loaded:
    tagger: pycrfsuite.Tagger
    # The tagger reads the model from this buffer without copying it: keep it alive.
    model_bytes: bytes
    lexicon: Lexicon
    info: dict[str, object]


@cache
def _load() -> _Loaded:
    started = time.perf_counter()
    root = files("warta.resources.models")
    model_bytes = root.joinpath(MODEL_FILE).read_bytes()
    lexicon_gz = root.joinpath(LEXICON_FILE).read_bytes()
    lexicon = parse_lexicon(
        gzip.decompress(lexicon_gz).decode("utf-8"), root.joinpath(CUES_FILE).read_text(encoding="utf-8")
    )
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model_bytes)
    meta = json.loads(root.joinpath(META_FILE).read_text(encoding="utf-8"))
    info: dict[str, object] = {
        "name": meta.get("name", "ner-crf"),
        "version": meta.get("version", "unknown"),
        "size_bytes": len(model_bytes) + len(lexicon_gz),
        "scores": meta.get("scores", {}),
        "load_seconds": round(time.perf_counter() - started, 4),
    }
    return _Loaded(tagger, model_bytes, lexicon, info)


def lexicon() -> Lexicon:
    """The shipped lexicon (cached)."""
    return _load().lexicon


def _name_extent(tokens: Sequence[str]) -> tuple[int, int]:
    """The stretch worth tagging: from just before the first capitalised token to just after
    the last. Names are capitalised (the one lower-case word a name may open with, "kota
    Pati", sits right before it); tagging only this stretch saves ~40% of the CRF's work.
    """
    capitalised = [i for i, tok in enumerate(tokens) if tok[:1].isupper()]
    if not capitalised:
        return 0, 0
    return max(0, capitalised[0] - 1), min(len(tokens), capitalised[-1] + 2)


def recognise(tokens: Sequence[str]) -> list[tuple[int, int, str]]:
    """Names in one sentence: (first token, end token exclusive, "PER" | "ORG" | "LOC")."""
    start, end = _name_extent(tokens)
    if start == end:
        return []
    model = _load()
    tags = model.tagger.tag(sentence_features(tokens, model.lexicon, start, end))
    return [(s + start, e + start, label) for s, e, label in spans_from_tags(tags)]


def model_info() -> dict[str, object]:
    """Name, version, size on disk, scores and load time of the shipped model."""
    return dict(_load().info)
