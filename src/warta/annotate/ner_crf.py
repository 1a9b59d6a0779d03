"""Decoding a trained linear-chain CRF without crfsuite's per-call feature handling.

crfsuite looks up every attribute string of every token on every call (~45 per token), which
made the recogniser most of warta's per-article cost. The CRF's score is a sum of
per-attribute weights, and nearly all attributes belong to one word (its own, or what its
neighbours see of it), so each distinct word's contribution is summed once into a row of a
table; an article's emission scores are then a handful of array gathers, and the Viterbi
search runs over all its sentences at once (one numpy step per token position, not per token).
The result is the same labelling crfsuite gives (tests compare the two on the NER sets).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from operator import is_
from typing import NamedTuple, cast

import numpy as np
import numpy.typing as npt
import pycrfsuite

try:
    from warta import _native
except ImportError:  # built without a C compiler: numpy decodes instead
    _native = None  # type: ignore[assignment]

Scores = npt.NDArray[np.float64]
Indices = npt.NDArray[np.intp]
# One stretch to tag: (sentence tokens, start, end); the whole sentence is context.
Stretch = tuple[Sequence[str], int, int]


class ScoredWord(NamedTuple):
    """A word's scores (row 0: at its own position; row 1 + k: added to the token
    ``window[k]`` positions away from it) and its halves of the word-bigram attribute (None
    where the model has no bigram the word begins, or ends: no pair with it is looked up)."""

    rows: Scores
    bi_head: str | None
    bi_tail: str | None


@dataclass(frozen=True, slots=True, eq=False)
class LinearChain:
    """A CRF's labels, state-feature weights (row ``attributes[a]`` of ``weights``: attribute
    a's weight per label) and transitions (``transitions[x, y]``: label x followed by y)."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    weights: Scores
    transitions: Scores
    _padded: Scores = field(init=False, repr=False)
    _row_of: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_padded", np.concatenate([np.zeros((1, len(self.labels))), self.weights]))
        object.__setattr__(self, "_row_of", {attribute: i + 1 for attribute, i in self.attributes.items()})

    @classmethod
    def from_tagger(cls, tagger: pycrfsuite.Tagger) -> LinearChain:
        """The weights of an opened model, read from crfsuite's text dump (pycrfsuite's own
        ``info()`` reads the same dump line by line, ~20x slower)."""
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "model.txt")
            tagger.dump(path)
            with open(path, encoding="utf-8") as handle:
                dump = handle.read()
        labels = tuple(tagger.labels())
        index = {label: i for i, label in enumerate(labels)}
        state, transition = _section(dump, "STATE_FEATURES"), _section(dump, "TRANSITIONS")
        attributes: dict[str, int] = {}
        for attribute, _, _ in state:
            attributes.setdefault(attribute, len(attributes))
        weights = np.zeros((len(attributes), len(labels)))
        for attribute, label, weight in state:
            weights[attributes[attribute], index[label]] = float(weight)
        transitions = np.zeros((len(labels), len(labels)))
        for first, second, weight in transition:
            transitions[index[first], index[second]] = float(weight)
        return cls(labels, attributes, weights, transitions)

    def score(self, attributes: Iterable[str]) -> Scores:
        """Summed weights of ``attributes`` per label (unknown attributes weigh nothing)."""
        known = [i for i in map(self.attributes.get, attributes) if i is not None]
        total: Scores = self.weights[known].sum(axis=0)
        return total

    @property
    def padded(self) -> Scores:
        """The weights behind an all-zero row 0: the rows :meth:`row` numbers."""
        return self._padded

    @property
    def row_of(self) -> dict[str, int]:
        """:meth:`row` of every attribute the model has."""
        return self._row_of

    def row(self, attribute: str) -> int:
        """The row of ``attribute``'s weights in :meth:`gather` (row 0, all zero: unknown)."""
        return self._row_of.get(attribute, 0)

    def rows(self, attributes: Iterable[str]) -> list[int]:
        """:meth:`row` of each attribute."""
        get = self._row_of.get
        return [get(attribute, 0) for attribute in attributes]

    def gather(self, rows: Indices | Sequence[int]) -> Scores:
        """The weights of the attributes at ``rows`` (numbers from :meth:`row`), in their shape."""
        out: Scores = self._padded[rows]
        return out

    def word_sums(self, keys: list[int], shown: list[int], own: list[int], starts: list[int], positions: int) -> Scores:
        """Scores of words at each of ``positions`` window positions, from rows (numbers from
        :meth:`row`): word w's ``keys`` row at each position (``keys`` is word x position), plus
        the sum of its ``shown`` rows there (word x attribute x position), plus at position 0
        the sum of its ``own`` rows (from ``starts[w]`` to the next word's start)."""
        if not starts:
            return np.zeros((0, positions, len(self.labels)))
        if _native is None:
            return self.word_sums_numpy(keys, shown, own, starts, positions)
        out: Scores = np.empty((len(starts), positions, len(self.labels)))
        _native.word_rows(out, self._padded, keys, shown, len(shown) // (len(starts) * positions), own, starts)
        return out

    def word_sums_numpy(
        self, keys: list[int], shown: list[int], own: list[int], starts: list[int], positions: int
    ) -> Scores:
        """:meth:`word_sums` with numpy, the sums in the same order as ``_native.word_rows``:
        one by one, left to right (numpy's own sums change their order with the array's size)."""
        words = len(starts)
        rows = self.gather(np.array(keys).reshape(words, positions))
        near = self.gather(np.array(shown).reshape(words, -1, positions))
        rows += _in_order(near[:, k] for k in range(near.shape[1]))
        # Each word's own rows padded with row 0 (all zero) to the longest: adding zero changes no sum.
        ends = [*starts[1:], len(own)]
        width = max(end - start for start, end in zip(starts, ends, strict=True))
        padded = [own[start:end] + [0] * (width - end + start) for start, end in zip(starts, ends, strict=True)]
        mine = self.gather(np.array(padded).reshape(words, width))
        rows[:, 0] += _in_order(mine[:, j] for j in range(width))
        return rows

    def each(self, attributes: Sequence[str]) -> Scores:
        """One row per attribute: its weights (zero when unknown)."""
        return self.gather([self.row(attribute) for attribute in attributes])

    def scores(self, groups: Sequence[Sequence[str]]) -> Scores:
        """:meth:`score` of each (non-empty) group of attributes, one row per group, with one
        gather for all of them."""
        get = self.attributes.get
        # Row 0 of the padded weights is zero: unknown attributes gather it.
        known = [get(attribute, -1) + 1 for group in groups for attribute in group]
        starts = np.cumsum([0, *map(len, groups[:-1])])
        out: Scores = np.add.reduceat(self._padded[known], starts, axis=0)
        return out


# "  (0) attribute --> LABEL: weight" lines of a dump section; labels hold no spaces.
_FEATURE = re.compile(r"^  \(\d+\) (.+) --> (\S+): (\S+)$", re.M)


def _section(dump: str, name: str) -> list[tuple[str, str, str]]:
    start = dump.index(name + " = {")
    return _FEATURE.findall(dump, start, dump.index("\n}", start))


class ScoredWords(NamedTuple):
    """Several words' :class:`ScoredWord` fields: ``rows[i]`` and ``bigrams[i]`` of word i."""

    rows: Scores
    bigrams: list[tuple[str | None, str | None]]


class Decoder:
    """Tags stretches of sentences with ``chain``, word scores cached in a growing table.

    Table row ``r`` holds, for one distinct word, what it adds at its own position (column 0)
    and to the token ``window[k]`` positions away from it (column 1 + k). Row 0 is the padding
    word past either end of a sentence. ``scored`` scores a batch of new words at once: an
    article brings a few dozen words never seen before, and scoring them one numpy call at a
    time cost more than the rest of the decoding.
    """

    _CAPACITY = 200_000  # words kept; beyond it the table starts afresh

    def __init__(
        self,
        chain: LinearChain,
        scored: Callable[[Sequence[str]], ScoredWords],
        edge: ScoredWord,
        window: Sequence[int],
    ) -> None:
        self.chain = chain
        self._scored = scored
        self._window = tuple(window)
        self._reach = max(map(abs, window))
        self._table = np.zeros((1024, 1 + len(window), len(chain.labels)))
        self._rows: dict[str, int] = {}
        self._bigram: list[tuple[str | None, str | None]] = []
        self._size = 0
        self._add(ScoredWords(edge.rows[None], [(edge.bi_head, edge.bi_tail)]))
        self._first = chain.score(["first"])

    def _add(self, words: ScoredWords) -> int:
        """Appends the words' rows; returns the first one's row number."""
        first, count = self._size, len(words.bigrams)
        while first + count > len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        self._table[first : first + count] = words.rows
        self._bigram.extend(words.bigrams)
        self._size += count
        return first

    def _learn(self, tokens: Iterable[str], batch: Iterable[str]) -> None:
        """Gives every token not yet in the table a row (see :meth:`_learn_new`)."""
        new = [token for token in dict.fromkeys(tokens) if token not in self._rows]
        if new:
            self._learn_new(new, batch)

    def _learn_new(self, new: list[str], batch: Iterable[str]) -> int | None:
        """Gives the tokens ``new`` (distinct, none in the table) rows, in order; returns the
        first one's row. When they do not fit, the table starts afresh with every word of
        ``batch`` (all the words the batch being decoded reads): the words it knew are gone,
        and the batch still needs its own; then None (every row changed)."""
        afresh = len(self._rows) + len(new) > self._CAPACITY
        if afresh:
            self._table, self._size, self._bigram, self._rows = self._table[:1], 1, self._bigram[:1], {}
            new = list(dict.fromkeys(batch))
        first = self._add(self._scored(new))
        self._rows.update(zip(new, range(first, first + len(new)), strict=True))
        return None if afresh else first

    def _rows_of(self, tokens: list[str]) -> list[int]:
        """The table row of each token, learning the new ones (one lookup per token where all are known)."""
        found = list(map(self._rows.get, tokens))
        if None in found:
            self._learn(compress(tokens, map(is_, found, repeat(None))), tokens)
            return list(map(self._rows.__getitem__, tokens))
        return cast(list[int], found)  # no None left

    def tag(self, stretches: Sequence[Stretch]) -> list[list[str]]:
        """Labels for each stretch's tokens ``start..end``."""
        if not stretches:
            return []
        return viterbi(self.chain, *self.emissions(stretches))

    def emissions(self, stretches: Sequence[Stretch]) -> tuple[Scores, list[int]]:
        """The (token x label) scores of the stretches' tokens end to end, and their lengths."""
        if _native is None:
            return self.emissions_twin(stretches)
        # Two compiled passes with one lookup per window token into the (large) table of words:
        # the rows and the words to learn, then the scores (new words at their learnt rows).
        stretches = list(stretches)
        rows, new = _native.window_rows(stretches, self._reach, self._rows)
        learnt = 0
        if new:
            first = self._learn_new(new, self._window_words(stretches))
            if first is None:  # the table started afresh: every row changed
                rows, _ = _native.window_rows(stretches, self._reach, self._rows)
            else:
                learnt = first
        lengths = [end - start for _, start, end in stretches]
        out: Scores = np.empty((sum(lengths), len(self.chain.labels)))
        chain = self.chain
        _native.row_emissions(
            out,
            self._table,
            stretches,
            self._reach,
            rows,
            learnt,
            self._window,
            self._bigram,
            chain.attributes,
            chain.weights,
            self._first,
        )
        return out, lengths

    def _window_words(self, stretches: Sequence[Stretch]) -> Iterator[str]:
        """Every word the stretches' windows read (tokens reach past either end of a stretch)."""
        reach = self._reach
        for tokens, start, end in stretches:
            yield from tokens[max(0, start - reach) : min(len(tokens), end + reach)]

    def emissions_twin(self, stretches: Sequence[Stretch]) -> tuple[Scores, list[int]]:
        """:meth:`emissions` in Python and numpy: the same floats."""
        rows, positions, lengths, firsts = self._layout(stretches)
        return self._emissions(rows, positions, firsts), lengths

    def _layout(self, stretches: Sequence[Stretch]) -> tuple[list[int], list[int], list[int], list[int]]:
        """Every stretch's window of table rows (padded with row 0) laid end to end; the
        index in it of each tagged token; the stretch lengths; the index of each tagged
        token that opens its sentence."""
        reach = self._reach
        windows = [tokens[max(0, start - reach) : min(len(tokens), end + reach)] for tokens, start, end in stretches]
        known = self._rows_of(list(chain.from_iterable(windows)))
        rows: list[int] = []
        positions: list[int] = []
        firsts: list[int] = []
        taken = 0
        for (tokens, start, end), window in zip(stretches, windows, strict=True):
            if start == 0 and end > 0:
                firsts.append(len(positions))
            base = len(rows) + reach
            positions.extend(range(base, base + end - start))
            rows.extend([0] * (reach - min(start, reach)))
            rows.extend(known[taken : taken + len(window)])
            taken += len(window)
            rows.extend([0] * (reach - min(len(tokens) - end, reach)))
        lengths = [end - start for _, start, end in stretches]
        return rows, positions, lengths, firsts

    def _emissions(self, rows: list[int], positions: list[int], firsts: list[int]) -> Scores:
        out = self._emissions_numpy(np.array(rows, dtype=np.intp), np.array(positions, dtype=np.intp))
        if firsts:
            out[firsts] += self._first
        return out

    def _emissions_numpy(self, rows: Indices, positions: Indices) -> Scores:
        """The scores ``_native.row_emissions`` sums, summed with numpy in the same order."""
        table = self._table
        out: Scores = table[rows[positions], 0]
        for k, offset in enumerate(self._window):
            out += table[rows[positions + offset], 1 + k]
        attributes, bigram = self.chain.attributes, self._bigram
        hits: list[int] = []
        found: list[int] = []
        for i, (before, here) in enumerate(zip(rows[positions - 1].tolist(), rows[positions].tolist(), strict=True)):
            head, tail = bigram[before][0], bigram[here][1]
            attribute = None if head is None or tail is None else attributes.get(head + tail)
            if attribute is not None:
                hits.append(i)
                found.append(attribute)
        if hits:
            out[hits] += self.chain.weights[found]
        return out


def _in_order(terms: Iterable[Scores]) -> Scores:
    """The sum of equally shaped arrays, added one by one from the first."""
    parts = iter(terms)
    total = next(parts).copy()
    for part in parts:
        total += part
    return total


def viterbi(chain: LinearChain, emissions: Scores, lengths: Sequence[int]) -> list[list[str]]:
    """The best label sequence of each stretch; ``emissions`` holds the stretches' (token x
    label) scores end to end, ``lengths`` their lengths.

    Decoded by the compiled search of ``warta._native`` where the build made it, else by
    :func:`viterbi_numpy`; the two give the same labels.
    """
    if _native is None:
        return viterbi_numpy(chain, emissions, lengths)
    transitions = np.ascontiguousarray(chain.transitions)
    return _native.best_paths(np.ascontiguousarray(emissions), lengths, transitions, chain.labels)


def viterbi_numpy(chain: LinearChain, emissions: Scores, lengths: Sequence[int]) -> list[list[str]]:
    """:func:`viterbi` in numpy. Stretches are decoded together: shorter ones are padded, and a
    finished stretch's scores are frozen so that padding never changes its path."""
    size, longest = len(chain.labels), max(lengths, default=0)
    if longest == 0:
        return [[] for _ in lengths]
    which, where = _placement(lengths)
    batch = np.zeros((len(lengths), longest, size))
    batch[which, where] = emissions
    ending: dict[int, list[int]] = {}
    for i, n in enumerate(lengths):
        ending.setdefault(n - 1, []).append(i)
    back = np.zeros(batch.shape, dtype=np.intp)
    best = batch[:, 0].copy()
    final = best.copy()
    # candidates[s, y, x]: stretch s with label x followed by y; the previous label is the
    # last axis so that the reductions run over contiguous memory, and the winning scores are
    # picked by flat index (numpy's small-array reductions dominate the cost).
    into = np.ascontiguousarray(chain.transitions.T)[None]
    flat = np.arange(len(lengths) * size) * size
    for position in range(1, longest):
        # Padded stretches run on past their end; their last real scores were kept in final.
        if position - 1 in ending:
            final[ending[position - 1]] = best[ending[position - 1]]
        candidates = best[:, None, :] + into
        came = candidates.argmax(axis=2)
        back[:, position] = came
        best = candidates.ravel()[flat + came.ravel()].reshape(came.shape) + batch[:, position]
    final[ending[longest - 1]] = best[ending[longest - 1]]
    last = final.argmax(axis=1).tolist()
    return [_path(chain.labels, back[i], last[i], n) for i, n in enumerate(lengths)]


def marginals(chain: LinearChain, emissions: Scores, lengths: Sequence[int]) -> Scores:
    """P(label at a token | its stretch) for every token (rows as in ``emissions``), by the
    forward-backward algorithm over all stretches at once, scaled per step as crfsuite does."""
    size, longest = len(chain.labels), max(lengths, default=0)
    if longest == 0:
        return np.zeros((0, size))
    which, where = _placement(lengths)
    # exp of the scores less each token's best: the common factor cancels in the normalisation.
    batch = np.ones((len(lengths), longest, size))
    batch[which, where] = np.exp(emissions - emissions.max(axis=1, keepdims=True))
    into = np.exp(chain.transitions)
    forward = np.empty_like(batch)
    scale = np.empty((*batch.shape[:2], 1))
    alpha = batch[:, 0]
    for position in range(longest):
        if position:
            alpha = (alpha @ into) * batch[:, position]
        scale[:, position] = alpha.sum(axis=1, keepdims=True)
        alpha = forward[:, position] = alpha / scale[:, position]
    ending: dict[int, list[int]] = {}
    for i, n in enumerate(lengths):
        ending.setdefault(n - 1, []).append(i)
    backward = np.empty_like(batch)
    beta = np.ones((len(lengths), size))
    for position in range(longest - 1, -1, -1):
        if position < longest - 1:
            beta = (batch[:, position + 1] * beta / scale[:, position + 1]) @ into.T
        beta[ending.get(position, [])] = 1.0  # a stretch ending here starts its backward pass
        backward[:, position] = beta
    out: Scores = (forward * backward)[which, where]
    return out


def _placement(lengths: Sequence[int]) -> tuple[Indices, Indices]:
    """For each token of stretches laid end to end: its stretch and its position in it."""
    sizes = np.array(lengths)
    which = np.repeat(np.arange(len(lengths)), sizes)
    where = np.arange(len(which)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    return which, where


def _path(labels: Sequence[str], back: Indices, last: int, length: int) -> list[str]:
    if not length:
        return []
    path = [last]
    steps = back[:length].tolist()
    for position in range(length - 1, 0, -1):
        path.append(steps[position][path[-1]])
    return [labels[i] for i in reversed(path)]
