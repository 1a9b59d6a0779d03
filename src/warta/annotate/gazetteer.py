"""The shipped gazetteer: loading it once, and finding its names in a sentence's tokens.

Matching works on *units*: the segmenter's tokens, with a clitic ("AS-nya", "Rusianya") cut
off and unknown hyphenated compounds ("Rusia-Korut") split, so that names written glued to
a suffix or to each other are still found. The longest alias wins. Case rules keep common
words out: an all-capitals alias ("AS", "PBB") matches only in capitals, a one-word alias
only when capitalised, and a longer alias needs at least one capitalised word in the text
("semenanjung Korea" matches, "dewan keamanan" alone does not).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.segment import tokens as split_tokens
from warta.resources import read_text
from warta.types import Entity, EntityType, Span, Token

CLITICS = ("nya", "lah", "pun", "kah")
_EXACT, _CAPITAL, _ANY = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row."""

    id: str
    name: str
    type: EntityType
    actor: str | None
    wikidata: str | None
    sector: str | None
    kind: str
    stands_for: str | None
    adjective: str
    office: str

    def entity(self) -> Entity:
        return Entity(self.id, self.name, self.type, self.actor, self.wikidata, self.sector)


@dataclass(frozen=True, slots=True)
class Unit:
    """A matchable piece of a token: its span, surface and normalised key."""

    span: Span
    text: str
    key: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A gazetteer name found in text: the units ``[first, end)`` and the entry they name."""

    first: int
    end: int
    span: Span
    entry: Entry


@dataclass(frozen=True, slots=True)
class _Alias:
    entry_id: str
    surface: tuple[str, ...]
    modes: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: Mapping[str, Entry]
    aliases: Mapping[tuple[str, ...], _Alias]
    longest: Mapping[str, int]  # first unit key -> longest alias starting with it
    known_units: frozenset[str]

    def find(self, units: Sequence[Unit]) -> list[Hit]:
        """Longest gazetteer names in ``units``, left to right, not overlapping."""
        hits: list[Hit] = []
        keys = [u.key for u in units]
        i = 0
        while i < len(units):
            hit = self._longest_at(units, keys, i)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.end
        return hits

    def _longest_at(self, units: Sequence[Unit], keys: list[str], i: int) -> Hit | None:
        for n in range(min(self.longest.get(keys[i], 0), len(units) - i), 0, -1):
            alias = self.aliases.get(tuple(keys[i : i + n]))
            if alias is not None and _case_ok(alias, units[i : i + n]):
                return Hit(i, i + n, Span(units[i].span.start, units[i + n - 1].span.end), self.entries[alias.entry_id])
        return None

    def by_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind]


def normalise(text: str) -> str:
    """Case- and accent-free key: ``Yōko`` -> ``yoko``."""
    low = text.casefold()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _case_ok(alias: _Alias, units: Sequence[Unit]) -> bool:
    for mode, want, unit in zip(alias.modes, alias.surface, units, strict=True):
        if mode == _EXACT and unit.text != want:
            return False
        if mode == _CAPITAL and not unit.text[:1].isupper():
            return False
    return len(units) == 1 or any(u.text[:1].isupper() for u in units)


def _modes(surface: tuple[str, ...]) -> tuple[int, ...]:
    def mode(word: str) -> int:
        if len(word) > 1 and word.isupper():
            return _EXACT
        return _CAPITAL if len(surface) == 1 else _ANY

    return tuple(mode(word) for word in surface)


def units(tokens: Sequence[Token], known: frozenset[str]) -> list[Unit]:
    """Matchable units of a token sequence (see the module docstring)."""
    out: list[Unit] = []
    for token in tokens:
        out.extend(_token_units(token, known))
    return out


def _token_units(token: Token, known: frozenset[str]) -> list[Unit]:
    key = normalise(token.text)
    if key in known or not key[:1].isalpha():
        return [Unit(token.span, token.text, key)]
    for clitic in CLITICS:
        stem = key.removesuffix("-" + clitic) if "-" in key else key.removesuffix(clitic)
        if stem != key and stem in known:
            return [Unit(Span(token.span.start, token.span.start + len(stem)), token.text[: len(stem)], stem)]
    if "-" not in key:
        return [Unit(token.span, token.text, key)]
    return _split_hyphenated(token)


def _split_hyphenated(token: Token) -> list[Unit]:
    parts, offset = [], 0
    for part in token.text.split("-"):
        if part:
            start = token.span.start + offset
            parts.append(Unit(Span(start, start + len(part)), part, normalise(part)))
        offset += len(part) + 1
    return parts


def _entry(cells: dict[str, str]) -> Entry:
    return Entry(
        id=cells["id"], name=cells["name"], type=cells["type"],  # type: ignore[arg-type]
        actor=cells["actor"] or None, wikidata=cells["wikidata"] or None, sector=cells["sector"] or None,
        kind=cells["kind"], stands_for=cells["stands_for"] or None,
        adjective=cells["adjective"], office=cells["office"],
    )


def parse(tsv: str) -> Gazetteer:
    """A gazetteer from the text of ``gazetteer.tsv``."""
    lines = [line for line in tsv.splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    entries: dict[str, Entry] = {}
    raw: list[tuple[str, tuple[str, ...]]] = []
    for line in lines[1:]:
        cells = dict(zip(header, line.split("\t"), strict=True))
        entries[cells["id"]] = _entry(cells)
        raw.extend((cells["id"], tuple(t.text for t in split_tokens(a))) for a in cells["aliases"].split("|") if a)
    return _index(entries, raw)


def _index(entries: dict[str, Entry], raw: list[tuple[str, tuple[str, ...]]]) -> Gazetteer:
    aliases: dict[tuple[str, ...], _Alias] = {}
    longest: dict[str, int] = {}
    for entry_id, surface in raw:
        key = tuple(normalise(word) for word in surface)
        aliases.setdefault(key, _Alias(entry_id, surface, _modes(surface)))
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    known = frozenset(word for key in aliases for word in key)
    return Gazetteer(entries, aliases, longest, known)


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer (loaded once per process)."""
    return parse(read_text("gazetteer", "gazetteer.tsv"))
