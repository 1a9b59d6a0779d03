"""Per-token spelling tests over all of an article's token texts at once.

Entity linking asks of every token whether its first letter is a capital, and whether it is
plain lower-case ASCII. Caching such answers by spelling costs more than computing them: a
lookup into a dictionary of tens of thousands of spellings misses the processor's caches, a
test of a few letters does not. The compiled core (``warta._native``) runs the tests where
the build made it; the pure-Python twins below give the same answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import itemgetter

try:
    from warta import _native
except ImportError:  # built without the compiled core: the twins below
    _native = None  # type: ignore[assignment]

_FIRST = itemgetter(slice(0, 1))


def capitalised(texts: Sequence[str]) -> list[int]:
    """The indices of the texts whose first character is upper case (``text[:1].isupper()``)."""
    if _native is not None and isinstance(texts, list):
        return _native.capitalised(texts)
    return capitalised_twin(texts)


def capitalised_twin(texts: Sequence[str]) -> list[int]:
    return list(compress(range(len(texts)), map(str.isupper, map(_FIRST, texts))))


def beyond(texts: Sequence[str], allowed: str) -> list[int]:
    """The indices of the texts holding a character not in ``allowed`` (ASCII characters)."""
    if not allowed.isascii():
        raise ValueError("allowed must hold ASCII characters only")
    if _native is not None and isinstance(texts, list):
        return _native.beyond(texts, allowed)
    return beyond_twin(texts, allowed)


def beyond_twin(texts: Sequence[str], allowed: str) -> list[int]:
    # What strip() leaves of a text is empty exactly when every character is an allowed one.
    return list(compress(range(len(texts)), map(str.strip, texts, repeat(allowed))))


def start_candidates(
    texts: Sequence[str], allowed: str, plain: frozenset[str], known: dict[str, bool]
) -> tuple[list[int], list[int]]:
    """Where a gazetteer name may start, in one pass over an article's token texts.

    ``starts``: the indices of the texts made only of ``allowed`` (ASCII) characters that
    ``plain`` holds, and of the other texts ``known`` maps to True; ``unknown``: the indices of
    the other texts ``known`` lacks (the caller learns them).
    """
    if not allowed.isascii():
        raise ValueError("allowed must hold ASCII characters only")
    if _native is not None and isinstance(texts, list):
        return _native.start_candidates(texts, allowed, plain, known)
    return start_candidates_twin(texts, allowed, plain, known)


def start_candidates_twin(
    texts: Sequence[str], allowed: str, plain: frozenset[str], known: dict[str, bool]
) -> tuple[list[int], list[int]]:
    others = beyond_twin(texts, allowed)
    is_other = [False] * len(texts)
    for i in others:
        is_other[i] = True
    starts, unknown = [], []
    for i, text in enumerate(texts):
        if not is_other[i]:
            if text in plain:
                starts.append(i)
        elif (value := known.get(text)) is None:
            unknown.append(i)
        elif value:
            starts.append(i)
    return starts, unknown


def name_starts(texts: Sequence[str], stopwords: frozenset[str]) -> list[int]:
    """The indices of the capitalised texts (``text[:1].isupper()``) that may be part of a name:
    their lower case is not in ``stopwords``, and the texts do not also hold that lower case
    (beginning with a lower-case letter: the article writes the word in lower case elsewhere)."""
    if _native is not None and isinstance(texts, list):
        return _native.name_starts(texts, stopwords)
    return name_starts_twin(texts, stopwords)


def name_starts_twin(texts: Sequence[str], stopwords: frozenset[str]) -> list[int]:
    present = set(texts)
    out = []
    for i in capitalised_twin(texts):
        low = texts[i].lower()
        if low not in stopwords and not (low[:1].islower() and low in present):
            out.append(i)
    return out
