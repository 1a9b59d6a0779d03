# Types of warta's compiled core (src/warta/_native.c); each function has a pure-Python twin.
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from warta.types import Sentence, Span, Token

def best_paths(
    emissions: npt.NDArray[np.float64],
    lengths: Sequence[int],
    transitions: npt.NDArray[np.float64],
    labels: tuple[str, ...],
) -> list[list[str]]: ...
def scan(
    text: str, offset: int, span_type: type[Span], token_type: type[Token]
) -> tuple[tuple[Token, ...], list[int]]: ...
def words(text: str) -> tuple[list[int], list[int], list[str]]: ...
def word_rows(
    out: npt.NDArray[np.float64],
    weights: npt.NDArray[np.float64],
    keys: list[int],
    shown: list[int],
    per: int,
    own: list[int],
    starts: list[int],
) -> None: ...
def capitalised(texts: list[str]) -> list[int]: ...
def beyond(texts: list[str], allowed: str) -> list[int]: ...
def score_words(
    out: npt.NDArray[np.float64],
    weights: npt.NDArray[np.float64],
    words: list[str],
    tables: tuple[object, ...],
) -> list[tuple[str | None, str | None]]: ...

# timeseg
def lead_starts(text: str, words: tuple[str, ...]) -> list[int]: ...
def sentences(
    text: str,
    abbreviations: frozenset[str],
    span_type: type[Span],
    token_type: type[Token],
    sentence_type: type[Sentence],
) -> tuple[Sentence, ...]: ...

# gates
def start_candidates(
    texts: list[str], allowed: str, plain: frozenset[str], known: dict[str, bool]
) -> tuple[list[int], list[int]]: ...
def name_starts(texts: list[str], stopwords: frozenset[str]) -> list[int]: ...

# ner9
def window_rows(
    stretches: list[tuple[Sequence[str], int, int]], reach: int, known: dict[str, int]
) -> tuple[bytes, list[str]]: ...
def row_emissions(
    out: npt.NDArray[np.float64],
    table: npt.NDArray[np.float64],
    stretches: list[tuple[Sequence[str], int, int]],
    reach: int,
    rows: bytes,
    learnt: int,
    offsets: tuple[int, ...],
    bigrams: list[tuple[str | None, str | None]],
    attributes: dict[str, int],
    weights: npt.NDArray[np.float64],
    first: npt.NDArray[np.float64],
) -> None: ...

# link9
def phrase_leads(text: str, leads: frozenset[bytes], filter: bytes) -> list[int]: ...
def gazetteer_walk(
    texts: list[str],
    starts: list[int],
    run_ends: list[int],
    pieces: dict[str, tuple[tuple[int, int, str, str], ...]],
    pieces_of: Callable[[str], tuple[tuple[int, int, str, str], ...]],
    longest: Mapping[str, int],
    lower_first: frozenset[str],
    prefixes: Mapping[tuple[str, ...], Any],
) -> list[tuple[int, int, int, int, Any]]: ...

# events9
def word_filter(sets: tuple[frozenset[str], ...]) -> bytes: ...
def marked_words(
    text: str, sets: tuple[frozenset[str], ...], filter: bytes
) -> tuple[list[int], list[int], list[str], tuple[list[int], ...]]: ...

# text10
def langid_visits(text: bytes, nextmove: Any, rowbase: Any, output: Any) -> dict[int, int] | None: ...
def langid_rows(table: Any, width: int, features: dict[int, int]) -> bytes: ...

# ner10
def name_extents(sentences: list[Sequence[str]]) -> list[tuple[int, int]]: ...
def names_from_paths(
    paths: list[Sequence[str]], extents: list[tuple[int, int]], labels: dict[str, str]
) -> list[list[tuple[int, int, str]]]: ...
def sentences_to_tag(
    sentences: Sequence[Sentence],
    stopwords: frozenset[str],
    claimed_starts: list[int],
    claimed_reach: list[int],
    may_open: Callable[[str], bool],
) -> list[tuple[tuple[Token, ...], list[str]]]: ...

# ner10b
def cuts_kept(
    text: str,
    starts: list[int],
    ends: list[int],
    labels: list[str],
    tables: tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...], frozenset[str], frozenset[str]],
) -> list[bool]: ...
