"""Statistical recogniser for names no gazetteer knows: people, organisations, places.

Two model kinds share this interface; ``ner_model.json`` names the one that ships:

* ``warta-ner-neural`` (:mod:`warta.annotate.ner_neural`): char-CNN + word vectors + word
  classes -> BiLSTM -> CRF, run with numpy from ``ner_neural.npz``; trained by
  ``scripts/train_ner_neural.py``.
* ``warta-ner-crf``: a linear-chain CRF (python-crfsuite) over hand-made token features plus
  the same word classes; trained by ``scripts/train_ner.py``.

Both read the word classes learned from unlabelled Indonesian news (k-means clusters of
co-occurrence vectors at three granularities, how often a word is capitalised inside a
sentence, its frequency) and the hand-written cue words; everything ships as package data in
``warta/resources/models`` and is loaded once. The CRF's feature function
:func:`sentence_features` is shared by training and run time, so the two cannot drift apart.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import compress, count, repeat
from operator import ne

import numpy as np
import numpy.typing as npt
import pycrfsuite

from warta.annotate import ner_neural
from warta.annotate.ner_crf import Decoder, LinearChain, ScoredWord, ScoredWords, Scores, Stretch, marginals
from warta.annotate.spelling import capitalised

try:
    from warta import _native
except ImportError:  # built without the compiled core: _WordScorer.many_twin scores the words
    _native = None  # type: ignore[assignment]

MODEL_FILE = "ner_crf.model"
LEXICON_FILE = "ner_lexicon.tsv.gz"
CUES_FILE = "ner_cues.tsv"
META_FILE = "ner_model.json"  # the accurate model: neural members, CRF weight, scores
# The fast CRF alone is the default; WARTA_NER=accurate switches to the neural ensemble, which
# scores ~2.5 points higher on NERGrit but tags ~5x slower (see resources/models/README.md).
MODEL_ENV = "WARTA_NER"
ACCURATE = "accurate"
CRF_META_FILE = "ner_crf.json"  # the CRF's training record

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
    if word.isascii() and word.isalpha():  # most words: one of three shapes, no loop
        if word.islower():
            return "x"
        if word.isupper():
            return "X"
        if word[1:].islower() and word[0].isupper():
            return "Xx"
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
    ``_WINDOW[k]`` sees of it, already prefixed; ``bi_head``/``bi_tail``: its halves of the
    word-bigram attribute. A sentence is so assembled from ready-made strings, with one
    concatenation per token (the bigram) instead of ~40.
    """

    key: str
    own: tuple[str, ...]
    near: tuple[tuple[str, ...], ...]
    bi_head: str
    bi_tail: str


_PREFIXES = tuple(f"{d:+d}" for d in _WINDOW)
_PAD = tuple((prefix + "pad",) for prefix in _PREFIXES)
# What a position beyond either end of the sentence shows its neighbours.
_EDGE = _Word("w=<s>", (), _PAD, "bi=w=<s>", "")
_REACH = max(map(abs, _WINDOW))


def _word_features(word: str, lexicon: Lexicon) -> _Word:
    low = word.lower()
    classes = lexicon.classes.get(low, ("c?",))
    key = "w=" + low
    shown = (key, "k=" + _case(word), "q=" + lexicon.cues.get(low, "-"), *classes[:2])
    affixes = ("p2=" + low[:2], "p3=" + low[:3], "p4=" + low[:4], "x2=" + low[-2:], "x3=" + low[-3:], "x4=" + low[-4:])
    own = ("b", *shown, "s=" + _shape(word), *affixes, *classes[2:])
    near = tuple(tuple([prefix + f for f in shown]) for prefix in _PREFIXES)
    return _Word(key, own, near, "bi=" + key, "|" + key)


def sentence_features(
    tokens: Sequence[str], lexicon: Lexicon, start: int = 0, end: int | None = None
) -> list[list[str]]:
    """CRF attributes for tokens ``start..end`` of one sentence (context from all of it).

    Row i: the word's own attributes, each window neighbour's (``_WINDOW`` order, padding
    past the ends), the bigram with the previous word (``<s>`` at the start), and ``first``
    on the sentence's first token.
    """
    cached = _cached_word_features(lexicon)
    stop = len(tokens) if end is None else end
    # Only the tagged stretch and _REACH words either side are looked up; ``words[j]`` is
    # token ``low + j - _REACH``, edges padded so every window offset indexes directly.
    low, high = max(0, start - _REACH), min(len(tokens), stop + _REACH)
    words = [_EDGE] * (_REACH - start + low) + [cached(tok) for tok in tokens[low:high]]
    words += [_EDGE] * (_REACH + stop - high)
    offsets = list(enumerate(_WINDOW))
    rows: list[list[str]] = []
    for j in range(_REACH, _REACH + stop - start):
        word = words[j]
        row = list(word.own)
        for k, d in offsets:
            row += words[j + d].near[k]
        row.append(words[j - 1].bi_head + word.bi_tail)
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
    start, label, last = -1, "", -1
    # Only the tags other than "O" are visited (C-level maps find them): most tags are "O", and
    # an "O" only closes the span open before it, which is known from where the next tag is.
    for i in compress(count(), map(ne, tags, repeat("O"))):
        if start >= 0 and i > last + 1:
            spans.append((start, last + 1, label))
            start = -1
        prefix, _, kind = tags[i].partition("-")
        kind = _LABELS.get(kind, kind)
        if start >= 0 and (prefix != "I" or kind != label):
            spans.append((start, i, label))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, kind
        last = i
    if start >= 0:
        spans.append((start, last + 1, label))
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


# Tags tokens[start:end] of a sentence (the whole sentence is context).
_RangeTagger = Callable[[Sequence[str], int, int], list[str]]
# Tags many stretches at once (the CRF decodes a whole article's sentences together).
_BatchTagger = Callable[[Sequence[Stretch]], list[list[str]]]


@dataclass(frozen=True, slots=True)
class _Loaded:
    tag: _BatchTagger
    lexicon: Lexicon
    info: dict[str, object]


def _one_by_one(tag: _RangeTagger) -> _BatchTagger:
    return lambda stretches: [tag(*stretch) for stretch in stretches]


def _crf_decoder(model_bytes: bytes, lexicon: Lexicon) -> Decoder:
    """The CRF decoded by :mod:`warta.annotate.ner_crf` over per-word cached scores; same
    model, same features as crfsuite's own tagger (tests compare the two)."""
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model_bytes)
    chain = LinearChain.from_tagger(tagger)
    scorer = _WordScorer(chain, lexicon)
    return Decoder(chain, scorer.many, scorer.edge(), _WINDOW)


class _WordScorer:
    """Words' CRF scores, the sums :func:`_word_features`' attributes make, computed without
    building their strings where the rows can be looked up by a shorter key: a word's key at
    every window position from one table made once from the model, its prefixes and suffixes
    by their four letters, the attributes it shares with many others (case, cue, classes) by
    name. Every word of every article not seen yet passes here, so each lookup saved counts."""

    # Bounds the prefix and suffix tables on endless corpora (a few thousand entries in practice).
    _AFFIX_CAPACITY = 200_000

    def __init__(self, chain: LinearChain, lexicon: Lexicon) -> None:
        self._chain = chain
        self._lexicon = lexicon
        self._shown = _positioned_rows(chain)
        self._keyed = _keyed_rows(chain)
        self._prefixed: dict[str, list[int]] = {}
        self._suffixed: dict[str, list[int]] = {}
        self._bias = chain.row("b")
        self._heads, self._tails = _bigram_sides(chain)
        # What the compiled scorer reads, in the order of its TABLE_* fields; a cue word's and
        # each case's rows are looked up once here rather than once per word.
        self._tables = (
            lexicon.classes,
            self._keyed,
            {word: self._positions("q=" + kind) for word, kind in lexicon.cues.items()},
            self._positions("q=-"),
            tuple(self._positions("k=" + case) for case in _CASES),
            self._shown,
            _UNKNOWN_CLASSES,
            _affix_rows(chain),
            chain.row_of,
            self._bias,
            self._heads,
            self._tails,
            (None, None),
        )

    def edge(self) -> ScoredWord:
        return ScoredWord(self._chain.scores([_EDGE.own, *_EDGE.near]), _EDGE.bi_head, _EDGE.bi_tail)

    def __call__(self, word: str) -> ScoredWord:
        rows, bigrams = self.many([word])
        return ScoredWord(rows[0], *bigrams[0])

    def many(self, words: Sequence[str]) -> ScoredWords:
        """Each word's rows (see :class:`ScoredWord`), gathered for all the words at once."""
        if _native is None or not words:
            return self.many_twin(words)
        # One compiled call for all the words: the Python twin takes ~40 steps per word.
        rows: Scores = np.empty((len(words), 1 + len(_PREFIXES), len(self._chain.labels)))
        halves = _native.score_words(rows, self._chain.padded, list(words), self._tables)
        return ScoredWords(rows, halves)

    def many_twin(self, words: Sequence[str]) -> ScoredWords:
        """:meth:`many` in Python (where the compiled core is not built): the same floats."""
        cues, classes_of, keyed, row = self._lexicon.cues, self._lexicon.classes, self._keyed, self._chain.row
        if len(self._prefixed) + len(self._suffixed) > self._AFFIX_CAPACITY:
            self._prefixed.clear()
            self._suffixed.clear()
        keys: list[int] = []  # per word: its key's row at its own position, then as each neighbour sees it
        shown: list[int] = []  # per word: the other _SHOWN attributes' rows at each position
        own: list[int] = []  # per word: the rows of the attributes only its own position sees
        starts: list[int] = []
        for word in words:
            low = word.lower()
            classes = classes_of.get(low, _UNKNOWN_CLASSES)
            keys += keyed.get(low, _UNSHOWN)
            for attribute in ("k=" + _case(word), "q=" + cues.get(low, "-"), *classes[:2]):
                shown += self._positions(attribute)
            shown += _UNSHOWN * (2 - len(classes[:2]))
            starts.append(len(own))
            own += [self._bias, row("s=" + _shape(word)), *self._prefix_rows(low), *self._suffix_rows(low)]
            own += [row(c) for c in classes[2:]]
        rows = self._chain.word_sums(keys, shown, own, starts, 1 + len(_PREFIXES))
        heads, tails = self._heads, self._tails
        return ScoredWords(rows, [_bigram_halves(word.lower(), heads, tails) for word in words])

    def _positions(self, attribute: str) -> list[int]:
        """The rows of ``attribute`` at a word's own position and as each neighbour sees it."""
        return self._shown.get(attribute, _UNSHOWN)

    def _prefix_rows(self, low: str) -> list[int]:
        """The rows of the word's first two, three and four letters (one entry per four)."""
        found = self._prefixed.get(low[:4])
        if found is None:
            found = self._prefixed[low[:4]] = self._chain.rows(["p2=" + low[:2], "p3=" + low[:3], "p4=" + low[:4]])
        return found

    def _suffix_rows(self, low: str) -> list[int]:
        """The rows of the word's last two, three and four letters (one entry per four)."""
        found = self._suffixed.get(low[-4:])
        if found is None:
            found = self._suffixed[low[-4:]] = self._chain.rows(["x2=" + low[-2:], "x3=" + low[-3:], "x4=" + low[-4:]])
        return found


def _bigram_halves(low: str, heads: frozenset[str], tails: frozenset[str]) -> tuple[str | None, str | None]:
    """A word's halves of the bigram attribute "bi=w=<first>|w=<second>", None for a half no
    attribute of the model has: most words begin or end no bigram the model kept, and their
    pairs' strings need not be built and looked up at every tagged token."""
    return ("bi=w=" + low if low in heads else None), ("|w=" + low if low in tails else None)


def _bigram_sides(chain: LinearChain) -> tuple[frozenset[str], frozenset[str]]:
    """The words that begin, and those that end, a bigram attribute of the model (every way of
    cutting it at "|w=", should a word hold those characters itself)."""
    heads: set[str] = set()
    tails: set[str] = set()
    for attribute in chain.attributes:
        if attribute.startswith("bi=w="):
            pair = attribute[len("bi=w=") :]
            cut = pair.find("|w=")
            while cut >= 0:
                heads.add(pair[:cut])
                tails.add(pair[cut + len("|w=") :])
                cut = pair.find("|w=", cut + 1)
    return frozenset(heads), frozenset(tails)


def _affix_rows(chain: LinearChain) -> tuple[dict[str, int], ...]:
    """The rows of the model's "p2=" ... "x4=" attributes, one dict per kind keyed by the letters."""
    kinds = ("p2=", "p3=", "p4=", "x2=", "x3=", "x4=")
    return tuple({a[len(kind) :]: chain.row(a) for a in chain.attributes if a.startswith(kind)} for kind in kinds)


def _positioned_rows(chain: LinearChain) -> dict[str, list[int]]:
    """For every attribute the model has at some window position, its rows at the word's own
    position and as each neighbour sees it (row 0 where the model has none): made once, so
    that scoring a word never builds the prefixed strings."""
    positioned: dict[str, list[int]] = {}
    for slot, prefix in enumerate(("", *_PREFIXES)):
        for attribute in chain.attributes:
            if attribute.startswith(prefix):
                positioned.setdefault(attribute[len(prefix) :], [0] * (1 + len(_PREFIXES)))[slot] = chain.row(attribute)
    return positioned


def _keyed_rows(chain: LinearChain) -> dict[str, list[int]]:
    """For each word the model has a key attribute for ("w=", "-1w=", ...), the rows of its key
    at its own position and as each neighbour sees it (row 0 where the model has none)."""
    keyed: dict[str, list[int]] = {}
    for slot, prefix in enumerate(("", *_PREFIXES)):
        head = prefix + "w="
        for attribute in chain.attributes:
            if attribute.startswith(head):
                keyed.setdefault(attribute[len(head) :], [0] * (1 + len(_PREFIXES)))[slot] = chain.row(attribute)
    return keyed


# A word shows its neighbours its key, case, cue and up to two classes; a missing class shows
# nothing (row 0) at every position.
_SHOWN = 5
_UNSHOWN = [0] * (1 + len(_WINDOW))
# The classes of a word the lexicon lacks.
_UNKNOWN_CLASSES = ("c?",)
# The values of _case, in the order of the compiled scorer's case_of.
_CASES = ("UP", "INIT", "TITLE", "DIGIT", "LOW", "PUNCT")


# Tokens of context the neural tagger reads on each side of the stretch it tags: the LSTM runs
# one step per token, so reading the whole of a long sentence costs more than it brings.
NEURAL_MARGIN = 4
# Tokens on each side of a token the CRF is unsure of that the neural tagger re-tags with it:
# where the CRF is sure the two nearly always agree, and the LSTM is the costly part.
UNSURE_REACH = 3


def _ensemble(members: Sequence[bytes], lexicon: Lexicon) -> ner_neural.Ensemble:
    taggers = []
    for npz in members:
        with np.load(io.BytesIO(npz)) as data:
            taggers.append(ner_neural.Tagger(ner_neural.load_weights(data), lexicon.classes, lexicon.cues))
    return ner_neural.Ensemble(taggers)


def _neural_scores(ensemble: ner_neural.Ensemble, spans: Sequence[Stretch]) -> list[ner_neural.Array]:
    """The ensemble's scores of each span's tokens ``start..end``, read with NEURAL_MARGIN
    tokens of context either side; all spans go through the LSTM together."""
    reads = [(max(0, start - NEURAL_MARGIN), min(len(tokens), end + NEURAL_MARGIN)) for tokens, start, end in spans]
    scores = ensemble.scores_many([tokens[low:high] for (tokens, _, _), (low, high) in zip(spans, reads, strict=True)])
    return [s[start - low : end - low] for s, (_, start, end), (low, _) in zip(scores, spans, reads, strict=True)]


def _neural_batch_tagger(
    members: Sequence[bytes], lexicon: Lexicon, crf: bytes | None, crf_weight: float, confident: float = 1.0
) -> _BatchTagger:
    """Averaged neural members, plus ``crf_weight`` x the CRF's log marginals when ``crf`` is given.

    With a CRF, a token the CRF is at least ``confident`` sure of keeps the CRF's tag unless it
    is within UNSURE_REACH tokens of one it is less sure of: the neural members cost ten times
    more and rarely change those. The CRF's marginals of all stretches, then the neural scores
    of all unsure windows, are each computed in one batch.
    """
    ensemble = _ensemble(members, lexicon)
    if crf is None:
        return lambda stretches: [ensemble.decode(s) for s in _neural_scores(ensemble, stretches)]
    decoder = _crf_decoder(crf, lexicon)
    labels = decoder.chain.labels
    # The CRF's label columns in the ensemble's tag order; a tag the CRF lacks reads a zero column.
    columns = [labels.index(t) if t in labels else len(labels) for t in ensemble.tags]
    threshold = np.log(np.float32(confident))

    def tag(stretches: Sequence[Stretch]) -> list[list[str]]:
        if not stretches:
            return []
        emissions, lengths = decoder.emissions(stretches)
        probabilities = marginals(decoder.chain, emissions, lengths)
        padded = np.concatenate([probabilities, np.zeros((len(probabilities), 1))], axis=1)[:, columns]
        logs = np.log(padded.astype(np.float32) + np.float32(1e-9))
        out: list[list[str]] = []
        unsure: list[tuple[int, int, npt.NDArray[np.float32]]] = []  # (stretch, offset in it, its log marginals)
        spans: list[Stretch] = []
        for (tokens, start, _), own in zip(stretches, np.split(logs, np.cumsum(lengths)[:-1]), strict=True):
            for low, high in _unsure_windows(own.max(axis=1) < threshold):
                unsure.append((len(out), low, own[low:high]))
                spans.append((tokens, start + low, start + high))
            out.append([ensemble.tags[i] for i in own.argmax(axis=1)])
        for (k, low, own), neural in zip(unsure, _neural_scores(ensemble, spans), strict=True):
            out[k][low : low + len(own)] = ensemble.decode(neural + np.float32(crf_weight) * own)
        return out

    return tag


def _neural_tagger(
    members: Sequence[bytes], lexicon: Lexicon, crf: bytes | None, crf_weight: float, confident: float = 1.0
) -> _RangeTagger:
    """:func:`_neural_batch_tagger` for one stretch at a time."""
    batch = _neural_batch_tagger(members, lexicon, crf, crf_weight, confident)
    return lambda tokens, start, end: batch([(tokens, start, end)])[0]


def _unsure_windows(unsure: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """Stretches within UNSURE_REACH tokens of a token the CRF is unsure of, merged."""
    windows: list[tuple[int, int]] = []
    for i in np.flatnonzero(unsure):
        low, high = max(0, int(i) - UNSURE_REACH), min(len(unsure), int(i) + UNSURE_REACH + 1)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def neural_tagger(members: Sequence[bytes], crf_weight: float = 0.0, confident: float = 1.0) -> _RangeTagger:
    """A range tagger for neural models' ``.npz`` bytes (averaged), with the shipped lexicon,
    mixed with the shipped CRF's log marginals when ``crf_weight`` > 0 (scripts compare
    candidate models with it)."""
    crf = files("warta.resources.models").joinpath(MODEL_FILE).read_bytes() if crf_weight else None
    return _neural_tagger(members, _load().lexicon, crf, crf_weight, confident)


def _accurate() -> bool:
    return os.environ.get(MODEL_ENV, "").strip().casefold() == ACCURATE


@cache
def _load() -> _Loaded:
    started = time.perf_counter()
    root = files("warta.resources.models")
    meta = json.loads(root.joinpath(META_FILE if _accurate() else CRF_META_FILE).read_text(encoding="utf-8"))
    lexicon_gz = root.joinpath(LEXICON_FILE).read_bytes()
    lexicon = parse_lexicon(
        gzip.decompress(lexicon_gz).decode("utf-8"), root.joinpath(CUES_FILE).read_text(encoding="utf-8")
    )
    crf_weight = float(meta.get("crf_weight", 0.0))
    neural = [root.joinpath(name).read_bytes() for name in meta.get("neural_members", [])]
    crf = root.joinpath(MODEL_FILE).read_bytes() if crf_weight or not neural else None
    if neural:
        tag = _neural_batch_tagger(neural, lexicon, crf, crf_weight, float(meta.get("confident", 1.0)))
    else:
        assert crf is not None
        tag = _crf_decoder(crf, lexicon).tag
    info: dict[str, object] = {
        "name": meta.get("name", "warta-ner-crf"),
        "version": meta.get("version", "unknown"),
        "size_bytes": sum(map(len, neural)) + len(crf or b"") + len(lexicon_gz),
        "scores": meta.get("scores", {}),
        "load_seconds": round(time.perf_counter() - started, 4),
    }
    return _Loaded(tag, lexicon, info)


def reset() -> None:
    """Drops the loaded model and its table of scored words; the next call loads afresh
    (benchmarks measure cold passes with it)."""
    _load.cache_clear()


def lexicon() -> Lexicon:
    """The shipped lexicon (cached)."""
    return _load().lexicon


def _name_extent(tokens: Sequence[str]) -> tuple[int, int]:
    """The stretch worth tagging: from just before the first capitalised token to just after
    the last. Names are capitalised (the one lower-case word a name may open with, "kota
    Pati", sits right before it); tagging only this stretch saves ~40% of the CRF's work.
    (Cutting a sentence into several stretches at long lower-case runs costs 1-3 points of
    F1 on NERGrit even with three tokens of margin, so a sentence stays one stretch.)
    """
    # One compiled pass over the sentence (spelling.capitalised) instead of a generator step a token.
    capitals = capitalised(tokens if isinstance(tokens, list) else list(tokens))
    if not capitals:
        return 0, 0
    return max(0, capitals[0] - 1), min(len(tokens), capitals[-1] + 2)


Names = list[tuple[int, int, str]]


def recognise(tokens: Sequence[str]) -> Names:
    """Names in one sentence: (first token, end token exclusive, "PER" | "ORG" | "LOC")."""
    return recognise_many([tokens])[0]


def recognise_many(sentences: Sequence[Sequence[str]]) -> list[Names]:
    """:func:`recognise` for each sentence; decoding them together is several times faster."""
    return _recognise_batch(_load().tag, sentences)


def recognise_with(tag: _RangeTagger, tokens: Sequence[str]) -> Names:
    """:func:`recognise` with a given tagger (scripts compare candidate models with it)."""
    return _recognise_batch(_one_by_one(tag), [tokens])[0]


def _recognise_batch(tag: _BatchTagger, sentences: Sequence[Sequence[str]]) -> list[Names]:
    extents = name_extents(sentences)
    stretches = [(tokens, start, end) for tokens, (start, end) in zip(sentences, extents, strict=True) if start < end]
    return names_from_paths(tag(stretches), extents)


def name_extents(sentences: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    """:func:`_name_extent` of each sentence."""
    if _native is not None and isinstance(sentences, list):
        # One compiled call for the batch: a Python call and a capitalised() call a sentence otherwise.
        return _native.name_extents(sentences)
    return name_extents_twin(sentences)


def name_extents_twin(sentences: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    return [_name_extent(tokens) for tokens in sentences]


def names_from_paths(paths: Sequence[Sequence[str]], extents: Sequence[tuple[int, int]]) -> list[Names]:
    """Each sentence's names from its extent (see :func:`_name_extent`) and, where that is not
    empty, the tags of its stretch (``paths``, in order): the spans of the tags, shifted by the
    extent's start."""
    if _native is not None and isinstance(paths, list) and isinstance(extents, list):
        # One compiled pass over the batch's tags: spans_from_tags and the shift a sentence otherwise.
        return _native.names_from_paths(paths, extents, _LABELS)
    return names_from_paths_twin(paths, extents)


def names_from_paths_twin(paths: Sequence[Sequence[str]], extents: Sequence[tuple[int, int]]) -> list[Names]:
    tagged = iter(paths)
    names = [
        [(s + start, e + start, label) for s, e, label in spans_from_tags(next(tagged))] if start < end else []
        for start, end in extents
    ]
    if next(tagged, None) is not None:
        raise ValueError("more paths than extents to tag")
    return names


def model_info() -> dict[str, object]:
    """Name, version, size on disk, scores and load time of the shipped model."""
    return dict(_load().info)


def crfsuite_tagger() -> _RangeTagger:
    """The shipped CRF run by crfsuite itself: the reference the fast decoder must match."""
    tagger = pycrfsuite.Tagger()
    model = files("warta.resources.models").joinpath(MODEL_FILE).read_bytes()
    tagger.open_inmemory(model)
    words = lexicon()

    def tag(tokens: Sequence[str], start: int, end: int) -> list[str]:
        _ = model  # crfsuite reads the buffer without copying: keep it alive
        return list(tagger.tag(sentence_features(tokens, words, start, end)))

    return tag


# Capitalisation bins (``cap=N`` in the lexicon, see scripts/ner_lexicon.py) of words that news
# text writes in lower case inside a sentence at least 70% of the time.
_MOSTLY_LOWER = frozenset({"cap=0", "cap=1"})


def mostly_lower_case(word: str) -> bool:
    """Whether Indonesian news mostly writes ``word`` in lower case mid-sentence (learned from
    the bulk corpus): capitalised at a sentence start, it is a common word, not a name."""
    return not _MOSTLY_LOWER.isdisjoint(lexicon().classes.get(word.lower(), ()))
