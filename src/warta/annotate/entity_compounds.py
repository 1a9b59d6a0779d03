"""Places written inside a longer name: "New York Post" is a newspaper, "George Washington
University" a school, "Real Madrid" and "Manchester United" clubs, not the places they hold.

Words that close or open such a name around a place live in
``resources/entities/place_compounds.tsv``. The name runs over the capitalised words next to
that word (the place's own mention is replaced by an organisation of the whole name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from warta.annotate.found import Found, unknown_entity
from warta.resources import read_text
from warta.types import Span

_PLACES = frozenset({"GPE", "LOC"})
_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w'’-]*) $")
_MAX_WORDS_BEFORE = 2
_BEFORE_REACH = 40


@cache
def _compound_words() -> dict[str, frozenset[str]]:
    rows = [line.split("\t") for line in read_text("entities", "place_compounds.tsv").splitlines()]
    return {cells[0]: frozenset(cells[1].split("|")) for cells in rows if len(cells) > 1 and cells[0][0] != "#"}


def _name_span(item: Found, text: str) -> Span | None:
    """The whole name around a place that one of the compound words shows is part of a name."""
    words = _compound_words()
    after = _NEXT_WORD.match(text, item.span.end)
    if after is not None and after.group(1) in words["after"]:
        start = item.span.start
        for _ in range(_MAX_WORDS_BEFORE):  # "George Washington University": the given name too
            before = _PREVIOUS_WORD.search(text, max(0, start - _BEFORE_REACH), start)
            if before is None or _opens_sentence(text, before.start(1)):
                break
            start = before.start(1)
        return Span(start, after.end(1))
    reach = max(0, item.span.start - _BEFORE_REACH)
    if not text[reach : item.span.start].endswith(_opening_ends()):
        return None  # the cheap test: no opening word ends the window, so the search would find none
    before = _PREVIOUS_WORD.search(text, reach, item.span.start)
    if before is not None and before.group(1) in words["before"]:
        return Span(before.start(1), item.span.end)
    return None


@cache
def _opening_ends() -> tuple[str, ...]:
    """How a window ends when a word that opens a name is its last (``_PREVIOUS_WORD``'s
    ``" $"`` also matches before a final newline)."""
    return tuple(word + end for word in sorted(_compound_words()["before"]) for end in (" ", " \n"))


def _opens_sentence(text: str, position: int) -> bool:
    """Whether the word at ``position`` opens a sentence (capitalised for that reason alone)."""
    head = text[max(0, position - 2) : position]
    return position == 0 or head.endswith("\n") or head.rstrip(" ")[-1:] in {".", "!", "?", '"', "“", "”", ":"}


def places_in_names(found: Sequence[Found], text: str) -> list[Found]:
    """``found`` with each place inside a longer name replaced by that name, an organisation."""
    out = []
    for item in found:
        span = _name_span(item, text) if item.entity.type in _PLACES else None
        if span is None or any(other is not item and span.overlaps(other.span) for other in _neighbours(found, item)):
            out.append(item)
            continue
        out.append(Found(span, span.of(text), unknown_entity(span.of(text), "ORG"), "compound"))
    return out


def _neighbours(found: Sequence[Found], item: Found) -> list[Found]:
    index = found.index(item)
    return list(found[max(0, index - 1) : index + 2])
