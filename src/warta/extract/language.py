"""Language identification with py3langid, which ships its own model (no download).

The model costs about half of scraped-text extraction, and most of what warta reads is
plainly Indonesian: when function words are a large share of the sample and some word is
spelled the Indonesian way, the text is Indonesian without asking the model (whose answer
on such text is Indonesian, or Malay, which the spelling overrules anyway). Such a call
reports confidence 1.0; every other text goes to the model.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import fields
from functools import cache, lru_cache
from itertools import islice
from operator import attrgetter
from typing import Any

import numpy as np

from warta.resources import word_list
from warta.types import Article

try:
    from warta import _native
except ImportError:  # built without a C compiler: py3langid walks its DFA in Python
    _native = None  # type: ignore[assignment]

# Texts shorter than this are too little evidence for a language call.
MIN_CHARS = 40
# langid's cost grows with length; 800 characters of body already decide the language of news text.
SAMPLE_CHARS = 800
# One word spelled the Indonesian way outweighs langid's Malay guess on a short sample.
MARKERS_FOR_INDONESIAN = 1
# Without the model: at least this many words, this share of them Indonesian function words
# (news prose: 0.15 to 0.25; English, Javanese or Sundanese prose: well under 0.1).
CLEAR_WORDS = 40
CLEAR_SHARE = 0.12
_WORD = re.compile(r"[^\W\d_]+")
# The same words in ASCII text are its runs of letters, lowered: with every other byte made a space
# by a byte table, bytes.split() finds them in a third of the time a regex takes, and the sample
# need not be casefolded first. They come as bytes, and the word lists are looked up as bytes.
_LETTERS_LOWERED = bytes(c if 97 <= c <= 122 else c + 32 if 65 <= c <= 90 else 32 for c in range(256))


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    kind = LanguageIdentifier if _native is None else _with_compiled_walk(LanguageIdentifier)
    return kind.from_model_file(MODEL_FILE, norm_probs=True)


def _with_compiled_walk(base: Any) -> Any:
    """py3langid's identifier with the DFA walk of ``_raw_score`` (``visit_counts``, a Python step
    per byte of the sample) done by :func:`warta._native.langid_visits`, which counts the same
    features in the same first-seen order: py3langid's own scoring then sums them in the same
    order, so every language and confidence is the same (tests/unit/extract/test_language_native.py
    pins this against py3langid 0.4.0, whose ``_raw_score`` and ``_sparse_score`` it follows)."""

    class CompiledWalk(base):  # type: ignore[misc]
        __slots__ = ("_tables",)

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # The DFA's tables as flat 4-byte arrays, which the compiled walk reads in place; a
            # py3langid whose model is laid out otherwise keeps its own walk and scoring.
            self._tables = _dfa_tables(self) if _follows_layout(self) else None

        def _raw_score(self, text: bytes) -> Any:
            visits = _native.langid_visits(text, *self._tables) if self._tables is not None else None
            if visits is None:
                return super()._raw_score(text)  # py3langid's answer for a text without features
            return _sparse_score(visits, self.nb_ptc, self.nb_pc)

    return CompiledWalk


def _follows_layout(identifier: Any) -> bool:
    """Whether the loaded model is laid out as py3langid 0.4 lays it out (the compiled walk
    and :func:`_sparse_score` read its private tables)."""
    table = getattr(identifier, "nb_ptc", None)
    return (
        all(hasattr(identifier, name) for name in ("tk_nextmove", "_rowbase", "tk_output", "nb_pc"))
        and isinstance(table, np.ndarray)
        and table.dtype == np.float16
        and table.ndim == 2
    )


def _dfa_tables(identifier: Any) -> tuple[array[int], array[int], array[int]]:
    moves = identifier.tk_nextmove
    # py3langid 0.4 keeps its transition table as an array of 4-byte items already: read in place,
    # a copy would hold 39 MB more
    if not (isinstance(moves, array) and moves.typecode in "Ii"):
        moves = array("I", moves)
    return moves, array("I", identifier._rowbase), array("i", identifier.tk_output)


def _sparse_score(visits: dict[int, int], table: Any, prior: Any) -> Any:
    """py3langid's ``_sparse_score``, ``log1p(counts) @ table[features] + prior``, with the rows
    of the float16 table made float32 by the compiled core: numpy's cast of the halves, element by
    element, cost more than the rest of the sum. numpy multiplies float32 rows either way, so the
    scores are the same."""
    width = table.shape[1]
    rows = np.frombuffer(_native.langid_rows(table, width, visits), dtype=np.float32).reshape(len(visits), width)
    counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
    return np.log1p(counts) @ rows + prior


def identify(text: str) -> tuple[str | None, float | None]:
    if len(text.strip()) < MIN_CHARS:
        return None, None
    sample = text[:SAMPLE_CHARS]
    identifier = _identifier()  # loaded on the first call either way, not in the middle of a batch
    ascii_only = sample.isascii()
    words = _ascii_words(sample) if ascii_only else _WORD.findall(sample.casefold())
    marked = _has_marker(words, _listed("indonesian_markers.txt", ascii_only))
    if marked and _clearly_indonesian(words, _listed("function_words.txt", ascii_only)):
        return "id", 1.0
    language, probability = identifier.classify(sample)
    if language == "ms" and marked:
        return "id", round(float(probability), 3)
    return str(language), round(float(probability), 3)


def _ascii_words(text: str) -> list[bytes]:
    """The words of ASCII text, casefolded, as :data:`_WORD` finds them, in bytes."""
    return text.encode().translate(_LETTERS_LOWERED).split()


@cache
def _listed(name: str, as_bytes: bool) -> AbstractSet[object]:
    """A language word list, as bytes for the words :func:`_ascii_words` gives."""
    words = word_list("language", name)
    return frozenset(word.encode() for word in words) if as_bytes else words


def _has_marker(words: Sequence[object], markers: AbstractSet[object]) -> bool:
    # Whether at least MARKERS_FOR_INDONESIAN words are markers; for one, isdisjoint() answers in
    # C and stops at the first marker, where counting looks every word up.
    if MARKERS_FOR_INDONESIAN == 1:
        return not markers.isdisjoint(words)
    return _count(words, markers) >= MARKERS_FOR_INDONESIAN


def _count(words: Sequence[object], listed: AbstractSet[object]) -> int:
    return sum(map(listed.__contains__, words))  # map, not a generator: no Python frame per word


def _clearly_indonesian(words: Sequence[object], function_words: AbstractSet[object]) -> bool:
    if len(words) < CLEAR_WORDS:
        return False
    needed = math.ceil(CLEAR_SHARE * len(words))  # a count reaches the share when it reaches this
    # Stops at the needed-th function word instead of counting all of them.
    return next(islice(filter(function_words.__contains__, words), needed - 1, None), None) is not None


def with_language(article: Article) -> Article:
    language, confidence = identify(" ".join(filter(None, [article.title, article.text])))
    # The other fields read in one C call and passed by position: dataclasses.replace() walks
    # the fields in Python and costs several times as much.
    values: tuple[Any, ...] = (*_OTHER_FIELDS(article), language, confidence)
    return Article(*values)


_FIELD_NAMES = [f.name for f in fields(Article)]
# The language fields come last in Article, so every other field goes before them by position.
assert _FIELD_NAMES[-2:] == ["language", "language_confidence"]
_OTHER_FIELDS = attrgetter(*_FIELD_NAMES[:-2])
