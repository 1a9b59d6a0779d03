"""Neural name tagger, numpy inference: char-CNN + word vectors + word classes -> BiLSTM -> CRF.

(A dilated token CNN can stand in for the BiLSTM: :func:`cnn`; the shipped model uses the LSTM.)

Every input of a token is a function of the token string alone (its lower-cased word vector,
a CNN over its characters, its casing class, its cue class and its cluster / capitalisation /
frequency classes from :class:`warta.annotate.ner.Lexicon`), so a token's input vector is
computed once per distinct word and memoised. The LSTM runs both directions in one loop of
small matmuls; decoding is Viterbi over the CRF's transition scores.

Trained with PyTorch by ``scripts/train_ner_neural.py`` (a dev-only tool); the weights ship as
one ``.npz`` and this module needs numpy only. :func:`token_slots` is the one definition of the
categorical inputs, shared with training so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float32]

# Categorical inputs per token, in the order of the model's slot embeddings.
SLOTS = ("case", "cue", "a", "b", "c", "cap", "f")
# Longest character run the CNN looks at: the start and end of a word carry its affixes.
MAX_CHARS = 24
UNK = 0
_CACHE_LIMIT = 60_000  # distinct words memoised (about 1 KB each)


def case_class(word: str) -> str:
    """Casing of a token: ``UP`` acronym, ``INIT`` one capital, ``TITLE``, ``DIGIT``, ``LOW``, ``PUNCT``."""
    if word.isupper() and any(c.isalpha() for c in word):
        return "UP" if len(word) > 1 else "INIT"
    if word[:1].isupper():
        return "MIXED" if any(c.isupper() for c in word[1:]) else "TITLE"
    if word[:1].isdigit():
        return "DIGIT"
    return "LOW" if word[:1].isalpha() else "PUNCT"


def token_slots(word: str, classes: Mapping[str, tuple[str, ...]], cues: Mapping[str, str]) -> tuple[str, ...]:
    """The categorical values of ``word`` for each of :data:`SLOTS` (strings, vocabularies map them)."""
    low = word.lower()
    lex = classes.get(low, ("a=?", "b=?", "c=?", "cap=?", "f=?"))
    return (case_class(word), cues.get(low, "-"), *lex[:5])


def char_ids(word: str, chars: Mapping[str, int]) -> list[int]:
    """Character ids with begin (1) and end (2) markers; long words keep their head and tail."""
    if len(word) > MAX_CHARS:
        half = MAX_CHARS // 2
        word = word[:half] + word[-half:]
    return [1, *(chars.get(ch, UNK) for ch in word), 2]


@dataclass(frozen=True, slots=True, eq=False)
class Weights:
    """The exported parameters (float32) and the vocabularies that index them."""

    words: Mapping[str, int]
    chars: Mapping[str, int]
    slots: tuple[Mapping[str, int], ...]
    tags: tuple[str, ...]
    arrays: Mapping[str, Array]


def _vocab(items: Sequence[str]) -> dict[str, int]:
    return {item: i for i, item in enumerate(items)}


def _gate_rows(hidden: int) -> npt.NDArray[np.intp]:
    """PyTorch's gate blocks (i, f, g, o) reordered to (i, f, o, g): sigmoids first, then tanh."""
    i, f, g, o = (np.arange(k * hidden, (k + 1) * hidden) for k in range(4))
    return np.concatenate([i, f, o, g])


def fused_lstm(w_ih: Array, w_hh: Array, bias: Array) -> dict[str, Array]:
    """Both LSTM directions as one recurrence of width 2H, gates interleaved per direction.

    Gate columns are [i_fwd, i_bwd, f_fwd, f_bwd, o_fwd, o_bwd, g_fwd, g_bwd]; the i, f, o
    columns are halved so that one ``tanh`` over all gates gives the sigmoids as
    ``0.5 * tanh(x / 2) + 0.5``. ``in_fwd``/``in_bwd`` (D, 8H) project a token into the
    forward/backward columns, ``rec`` (2H, 8H) is the block-diagonal recurrent matrix.
    """
    hidden = w_hh.shape[2]
    rows = _gate_rows(hidden)
    scale = np.where(np.arange(4 * hidden) < 3 * hidden, 0.5, 1.0).astype(np.float32)
    in_cols = np.zeros((2, w_ih.shape[2], 8 * hidden), dtype=np.float32)
    rec = np.zeros((2 * hidden, 8 * hidden), dtype=np.float32)
    b = np.zeros(8 * hidden, dtype=np.float32)
    for z in range(2):
        cols = (np.arange(4)[:, None] * 2 * hidden + z * hidden + np.arange(hidden)).ravel()
        in_cols[z][:, cols] = (w_ih[z][rows] * scale[:, None]).T
        rec[z * hidden : (z + 1) * hidden, cols] = (w_hh[z][rows] * scale[:, None]).T
        b[cols] = bias[z][rows] * scale
    return {"lstm_in_fwd": in_cols[0], "lstm_in_bwd": in_cols[1], "lstm_rec": rec, "lstm_bias": b}


def _flat_convs(arrays: Mapping[str, Array]) -> dict[str, Array]:
    """Each token convolution (out, in, 3) as one (3 * in, out) matrix over stacked neighbours."""
    flat: dict[str, Array] = {}
    for k in range(len(arrays["cnn_dilations"])):
        kernel = arrays[f"cnn_w_{k}"]
        flat[f"cnn_flat_{k}"] = np.ascontiguousarray(kernel.transpose(2, 1, 0).reshape(-1, kernel.shape[0]))
    return flat


def load_weights(data: Mapping[str, Any]) -> Weights:
    """:class:`Weights` from the arrays of an ``.npz`` (vocabularies are string arrays)."""
    arrays = {k: np.asarray(v, dtype=np.float32) for k, v in data.items() if not k.startswith("vocab_")}
    if "lstm_w_ih" in arrays:
        arrays.update(fused_lstm(arrays["lstm_w_ih"], arrays["lstm_w_hh"], arrays["lstm_b"]))
    else:
        arrays.update(_flat_convs(arrays))
    slots = tuple(_vocab([str(s) for s in data[f"vocab_slot_{name}"]]) for name in SLOTS)
    return Weights(
        words=_vocab([str(s) for s in data["vocab_words"]]),
        chars=_vocab([str(s) for s in data["vocab_chars"]]),
        slots=slots,
        tags=tuple(str(s) for s in data["vocab_tags"]),
        arrays=arrays,
    )


def word_input(word: str, w: Weights, classes: Mapping[str, tuple[str, ...]], cues: Mapping[str, str]) -> Array:
    """The model's input vector for one token: word vector, char CNN, slot embeddings."""
    row: Array = word_inputs([word], w, classes, cues)[0]
    return row


def _char_features_many(words: Sequence[str], w: Weights) -> Array:
    """:func:`_char_features` of each word; words of one length go through the CNN together."""
    ids = [char_ids(word, w.chars) for word in words]
    kernel = w.arrays["conv_w"]  # (F, Dc, k)
    width = kernel.shape[2]
    pad = width // 2
    flat_kernel = kernel.reshape(kernel.shape[0], -1).T
    out = np.empty((len(words), kernel.shape[0]), dtype=np.float32)
    by_length: dict[int, list[int]] = {}
    for i, word_ids in enumerate(ids):
        by_length.setdefault(len(word_ids), []).append(i)
    for length, group in by_length.items():
        emb = np.pad(w.arrays["char_emb"][[ids[i] for i in group]], ((0, 0), (pad, pad), (0, 0)))  # (G, L+2p, Dc)
        windows = np.stack([emb[:, i : i + length] for i in range(width)], axis=3)  # (G, L, Dc, k)
        conv = windows.reshape(len(group), length, -1) @ flat_kernel + w.arrays["conv_b"]
        out[group] = conv.max(axis=1)
    return out


def word_inputs(
    words: Sequence[str], w: Weights, classes: Mapping[str, tuple[str, ...]], cues: Mapping[str, str]
) -> Array:
    """:func:`word_input` of each word, one row per word, computed together."""
    slots = [token_slots(word, classes, cues) for word in words]
    parts = [w.arrays["word_emb"][[w.words.get(word.lower(), UNK) for word in words]], _char_features_many(words, w)]
    for k, name in enumerate(SLOTS):
        parts.append(w.arrays[f"slot_emb_{name}"][[w.slots[k].get(values[k], UNK) for values in slots]])
    return np.concatenate(parts, axis=1).astype(np.float32)


def bilstm(x: Array, w: Weights) -> Array:
    """Both directions of a one-layer LSTM over ``x`` (n, D): (n, 2H), forward half first."""
    return bilstm_many([x], w)[0]


def bilstm_many(xs: Sequence[Array], w: Weights) -> list[Array]:
    """:func:`bilstm` of each sequence, all run in one loop (one step per position of the
    longest; a step multiplies only the sequences that have not ended)."""
    order = sorted(range(len(xs)), key=lambda b: -len(xs[b]))
    lengths = [len(xs[b]) for b in order]
    n, dim = lengths[0], xs[0].shape[1]
    rec = w.arrays["lstm_rec"]
    two_h, half = rec.shape[0], rec.shape[0] // 2
    # Longest first, each forwards and reversed, left-aligned: at step t the first
    # active[t] rows are the sequences still running.
    forwards = np.zeros((n, len(xs), dim), dtype=np.float32)
    backwards = np.zeros((n, len(xs), dim), dtype=np.float32)
    for row, b in enumerate(order):
        forwards[: len(xs[b]), row] = xs[b]
        backwards[: len(xs[b]), row] = xs[b][::-1]
    gates_in = forwards @ w.arrays["lstm_in_fwd"] + backwards @ w.arrays["lstm_in_bwd"] + w.arrays["lstm_bias"]
    active = np.searchsorted(-np.array(lengths), -np.arange(n), side="left")  # rows with length > t
    out = np.zeros((n + 1, len(xs), two_h), dtype=np.float32)
    c = np.zeros((len(xs), two_h), dtype=np.float32)
    act = np.empty((len(xs), 4 * two_h), dtype=np.float32)
    # In-place ufuncs on preallocated views: with small batches, allocation is the cost.
    for t in range(n):
        k = int(active[t])
        step, cell = act[:k], c[:k]
        in_gate, forget, out_gate = step[:, :two_h], step[:, two_h : 2 * two_h], step[:, 2 * two_h : 3 * two_h]
        np.matmul(out[t, :k], rec, out=step)
        np.add(step, gates_in[t, :k], out=step)
        np.tanh(step, out=step)
        np.multiply(step[:, : 3 * two_h], 0.5, out=step[:, : 3 * two_h])
        np.add(step[:, : 3 * two_h], 0.5, out=step[:, : 3 * two_h])
        np.multiply(forget, cell, out=cell)
        np.multiply(in_gate, step[:, 3 * two_h :], out=in_gate)
        np.add(cell, in_gate, out=cell)
        np.tanh(cell, out=out[t + 1, :k])
        np.multiply(out[t + 1, :k], out_gate, out=out[t + 1, :k])
    encoded: list[Array] = [np.empty(0, dtype=np.float32)] * len(xs)
    for row, (b, m) in enumerate(zip(order, lengths, strict=True)):
        encoded[b] = np.concatenate([out[1 : m + 1, row, :half], out[m:0:-1, row, half:]], axis=1)
    return encoded


def cnn(x: Array, w: Weights) -> Array:
    """Dilated width-3 ReLU convolutions over the tokens, zero padding at the sentence edges."""
    h = x
    for k, dilation in enumerate(w.arrays["cnn_dilations"].astype(int)):
        padded = np.pad(h, ((dilation, dilation), (0, 0)))
        stacked = np.concatenate([padded[: len(h)], h, padded[2 * dilation :]], axis=1)
        h = np.maximum(stacked @ w.arrays[f"cnn_flat_{k}"] + w.arrays[f"cnn_b_{k}"], 0.0)
    return h


def emissions(x: Array, w: Weights) -> Array:
    """Per-token tag scores (n, T) for input vectors ``x`` (n, D)."""
    encoded = bilstm(x, w) if "lstm_rec" in w.arrays else cnn(x, w)
    scores: Array = encoded @ w.arrays["out_w"].T + w.arrays["out_b"]
    return scores


def viterbi(scores: Array, w: Weights) -> list[int]:
    """Best tag sequence under the CRF (start, transition, end scores)."""
    trans = w.arrays["crf_trans"]  # trans[i, j]: from tag i to tag j
    best = w.arrays["crf_start"] + scores[0]
    back = np.empty(scores.shape, dtype=np.intp)
    for t in range(1, scores.shape[0]):
        total = best[:, None] + trans
        back[t] = total.argmax(axis=0)
        best = total.max(axis=0) + scores[t]
    path = [int((best + w.arrays["crf_end"]).argmax())]
    for t in range(scores.shape[0] - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


class Tagger:
    """A loaded model: memoises each word's input vector, tags sentences."""

    __slots__ = ("_classes", "_cues", "_memo", "_weights")

    def __init__(self, weights: Weights, classes: Mapping[str, tuple[str, ...]], cues: Mapping[str, str]) -> None:
        self._weights = weights
        self._classes = classes
        self._cues = cues
        self._memo: dict[str, Array] = {}

    def inputs(self, tokens: Sequence[str]) -> Array:
        rows = [self._memo.get(tok) for tok in tokens]
        for i, row in enumerate(rows):
            if row is None:
                rows[i] = self._input(tokens[i])
        return np.stack(rows)  # type: ignore[arg-type]

    def _input(self, word: str) -> Array:
        row = word_input(word, self._weights, self._classes, self._cues)
        if len(self._memo) < _CACHE_LIMIT:  # bound memory on long-running workers
            self._memo[word] = row
        return row

    @property
    def weights(self) -> Weights:
        return self._weights

    def scores(self, tokens: Sequence[str]) -> Array:
        """Emission scores (n, T) for a non-empty sentence."""
        return emissions(self.inputs(tokens), self._weights)

    def scores_many(self, sequences: Sequence[Sequence[str]]) -> list[Array]:
        """:meth:`scores` of each non-empty token sequence, the LSTM run over all at once."""
        new = [word for word in dict.fromkeys(t for tokens in sequences for t in tokens) if word not in self._memo]
        rows = dict(zip(new, word_inputs(new, self._weights, self._classes, self._cues), strict=True)) if new else {}
        if len(self._memo) < _CACHE_LIMIT:  # bound memory on long-running workers
            self._memo.update(rows)
        memo = self._memo
        inputs = [np.stack([memo.get(t, rows.get(t)) for t in tokens]) for tokens in sequences]  # type: ignore[misc]
        if "lstm_rec" not in self._weights.arrays:
            return [emissions(x, self._weights) for x in inputs]
        out_w, out_b = self._weights.arrays["out_w"].T, self._weights.arrays["out_b"]
        return [encoded @ out_w + out_b for encoded in bilstm_many(inputs, self._weights)]

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB tags for one sentence."""
        if not tokens:
            return []
        return [self._weights.tags[i] for i in viterbi(self.scores(tokens), self._weights)]


_CRF_ARRAYS = ("crf_trans", "crf_start", "crf_end")


class Ensemble:
    """Taggers trained apart whose emission and transition scores are averaged."""

    __slots__ = ("_crf", "_members", "tags")

    def __init__(self, members: Sequence[Tagger]) -> None:
        self._members = tuple(members)
        self.tags = members[0].weights.tags
        if any(m.weights.tags != self.tags for m in members):
            raise ValueError("ensemble members disagree on the tag set")
        arrays = {k: np.mean([m.weights.arrays[k] for m in members], axis=0) for k in _CRF_ARRAYS}
        self._crf = Weights({}, {}, (), self.tags, arrays)

    def scores(self, tokens: Sequence[str]) -> Array:
        """Mean emission scores (n, T) of the members for a non-empty sentence."""
        total = self._members[0].scores(tokens)
        for member in self._members[1:]:
            total = total + member.scores(tokens)
        return (total / np.float32(len(self._members))).astype(np.float32)

    def scores_many(self, sequences: Sequence[Sequence[str]]) -> list[Array]:
        """:meth:`scores` of each non-empty token sequence, each member run over all at once."""
        if not sequences:
            return []
        totals = self._members[0].scores_many(sequences)
        for member in self._members[1:]:
            totals = [total + more for total, more in zip(totals, member.scores_many(sequences), strict=True)]
        return [(total / np.float32(len(self._members))).astype(np.float32) for total in totals]

    def decode(self, scores: Array) -> list[str]:
        """Best IOB tags for (possibly adjusted) emission scores."""
        return [self.tags[i] for i in viterbi(scores, self._crf)]
