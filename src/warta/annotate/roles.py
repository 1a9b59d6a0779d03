"""Titles and affiliations: who a person is, which state they act for, in which sector.

Indonesian news introduces people as TITLE [AFFILIATION] [untuk PORTFOLIO] NAME:
"Menteri Pertahanan Filipina <name>", "jubir Gedung Putih <name>", "Utusan Khusus Uni Eropa
untuk Myanmar <name>". The affiliation (a state, a capital
standing for it, a body) gives the actor; "untuk X" is the portfolio, not the actor.
Names come from the statistical recogniser when it found one there, else from the run of
capitalised words after the title. Title phrases live in ``resources/entities/titles.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from warta.annotate.found import Found, covered, starting_at, unknown_entity
from warta.annotate.phrases import longest_first
from warta.resources import read_text, word_list
from warta.types import Entity, Span

_ACTING_TYPES = frozenset({"GPE", "ORG", "IGO"})
_PORTFOLIO = re.compile(r"\s*(?:untuk|urusan)\s+")
_FROM = re.compile(r"\s*dari\s+")
_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,?\s*")
_MODIFIERS = re.compile(r"\s*(?:senior|tinggi|khusus|resmi|militer|pemerintah|pertahanan)\b", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|van|von|der|de|al|el))*")
_CONNECTORS = frozenset({"bin", "binti", "van", "von", "der", "de", "al", "el"})
_MAX_NAME_WORDS = 4


@dataclass(frozen=True, slots=True)
class Title:
    phrase: str
    sector: str | None


@cache
def titles() -> Mapping[str, Title]:
    rows = (line.split("\t") for line in read_text("entities", "titles.tsv").splitlines() if line and line[0] != "#")
    return {cells[0]: Title(cells[0], cells[1] if len(cells) > 1 and cells[1] else None) for cells in rows}


@cache
def _title_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + longest_first(titles(), ignore_case=True) + r")(?!\w)", re.IGNORECASE)


@cache
def name_stopwords() -> frozenset[str]:
    return word_list("entities", "name_stopwords.txt")


def _skip(pattern: re.Pattern[str], text: str, position: int) -> int:
    match = pattern.match(text, position)
    return match.end() if match else position


def _affiliation(found: Sequence[Found], text: str, position: int) -> tuple[Found | None, int, bool]:
    """The body or state right after a title, the position after it (and any portfolio)."""
    military = False
    while (modifier := _MODIFIERS.match(text, position)) is not None:
        military = military or modifier.group().strip().casefold() == "militer"
        position = modifier.end()
    after_from = _skip(_FROM, text, position)
    head = starting_at(found, _skip(re.compile(r"\s*"), text, after_from))
    if head is None or head.entity.type not in _ACTING_TYPES:
        return None, position, military
    position = head.span.end
    portfolio = _skip(_PORTFOLIO, text, position)
    if portfolio != position and (target := starting_at(found, portfolio)) is not None:
        position = target.span.end
    return head, position, military


def _name_words(text: str, start: int, found: Sequence[Found]) -> Span | None:
    """The capitalised run at ``start`` that can be a person's name, or None."""
    match = _NAME.match(text, start)
    if match is None or (match.group().split()[0].isupper() and len(match.group().split()[0]) > 1):
        return None
    words: list[str] = []
    end = start
    for word in re.finditer(r"\S+", match.group()):
        bare = word.group().rstrip(".")
        if bare.casefold() in name_stopwords() or len(words) == _MAX_NAME_WORDS:
            break
        if covered(found, Span(start + word.start(), start + word.end())):
            break
        words.append(bare)
        end = start + word.start() + len(bare)
    while words and words[-1] in _CONNECTORS:
        words.pop()
    return Span(start, end) if words and end > start else None


def _after_more_titles(text: str, position: int) -> int:
    """Past ranks and titles stacked before the name ("... Thailand Jenderal Somchai")."""
    while (more := _title_pattern().match(text, position)) is not None and text[position].isupper():
        position = _skip(_GAP, text, more.end())
    return position


def _sector(title: Title, affiliation: Found | None, military: bool) -> str:
    if military:
        return "military"
    if title.sector:
        return title.sector
    return (affiliation.entity.sector if affiliation else None) or "government"


def _person(entity: Entity, affiliation: Found | None, sector: str) -> Entity:
    """An unknown person takes the affiliation's actor; a known one keeps the gazetteer's."""
    if not entity.id.startswith("unk:"):
        return entity
    actor = entity.actor or (affiliation.entity.actor if affiliation else None)
    return replace(entity, type="PER", actor=actor, sector=entity.sector or sector)


def titled_people(found: Sequence[Found], text: str) -> list[Found]:
    """Mentions with each titled person's role and actor filled in (new names added)."""
    out = list(found)
    for match in _title_pattern().finditer(text):
        if covered(out, Span(match.start(), match.end())):
            continue
        title = titles()[match.group().casefold()]
        affiliation, position, military = _affiliation(out, text, match.end())
        position = _after_more_titles(text, _skip(_GAP, text, position))
        sector = _sector(title, affiliation, military)
        named = starting_at(out, position)
        if named is not None and named.entity.type == "PER":
            out[out.index(named)] = replace(named, entity=_person(named.entity, affiliation, sector), role=title.phrase)
            continue
        if named is None and (span := _name_words(text, position, out)) is not None:
            entity = _person(unknown_entity(span.of(text), "PER"), affiliation, sector)
            out.append(Found(span, span.of(text), entity, "title", title.phrase))
    return out
