"""Indonesia's missions abroad named by their city: "KBRI Kuala Lumpur", "KJRI di Jeddah",
"Kedubes RI Ankara" are offices of Indonesia's state, not the city (nor the state whose capital
it is). Heads and English forms live in ``resources/entities/missions.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache

from warta.annotate.found import Found, ordered, unknown_entity
from warta.annotate.gazetteer import HOME_STATE
from warta.annotate.phrases import longest_first
from warta.resources import read_text
from warta.types import Span

_PLACES = frozenset({"LOC", "GPE"})
# A city no list knows: one or two capitalised words.
_CITY = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w-])")


@cache
def _missions() -> Mapping[str, str]:
    rows = [line.split("\t") for line in read_text("entities", "missions.tsv").splitlines()]
    return {cells[0]: cells[1] for cells in rows if len(cells) > 1 and cells[0][0] != "#"}


@cache
def _mission_pattern() -> re.Pattern[str]:
    # The alternation first: a look-behind first makes the engine try every position of the
    # text; the word start is checked on the few matches (:func:`_mission_matches`).
    return re.compile(r"(?:" + longest_first(_missions()) + r")(?: di)? (?=[A-Z])")


def _mission_matches(text: str) -> Iterator[re.Match[str]]:
    r"""``(?<![\w-])`` + :func:`_mission_pattern`, left to right as finditer finds them: a
    match not at a word's start is dropped and the search goes on from the next character."""
    pattern, position = _mission_pattern(), 0
    while (match := pattern.search(text, position)) is not None:
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_-"):
            position = match.start() + 1
            continue
        yield match
        position = match.end()


def missions(found: Sequence[Found], text: str) -> list[Found]:
    """``found`` with each mission named by its city as one organisation acting for Indonesia."""
    if "KBRI" not in text and "KJRI" not in text and " RI" not in text and "Republik Indonesia" not in text:
        return list(found)  # the cheap test: most articles name no mission
    out = list(found)
    for match in _mission_matches(text):
        city = next((f for f in out if f.span.start == match.end() and f.entity.type in _PLACES), None)
        # A city no list knows only after "di" ("KJRI di Jeddah"): "KBRI <Name>" may open a person's name.
        words = _CITY.match(text, match.end()) if city is None and match.group().endswith(" di ") else None
        if city is None and (words is None or any(f.span.overlaps(Span(*words.span())) for f in out)):
            continue
        end, name = (city.span.end, city.entity.name) if city is not None else (words.end(), words.group())  # type: ignore[union-attr]
        span = Span(match.start(), end)
        head = match.group().removesuffix(" ").removesuffix(" di")
        entity = unknown_entity(_missions()[head].format(name), "ORG", HOME_STATE, "diplomacy")
        out = [f for f in out if not span.overlaps(f.span)] + [Found(span, span.of(text), entity, "mission")]
    return ordered(out)
