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
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, is_, itemgetter

from warta.annotate.segment import tokens as split_tokens
from warta.annotate.spelling import beyond, start_candidates
from warta.resources import read_text
from warta.types import Entity, EntityType, Span, Token

try:
    from warta import _native
except ImportError:  # built without the compiled core: the twin (Gazetteer._walk_twin)
    _native = None  # type: ignore[assignment]

CLITICS = ("nya", "lah", "pun", "kah")
# warta reads Indonesian outlets: a body, office or government they name without its state is this one's.
HOME_STATE = "IDN"
# A unit relative to its token: (start, end, surface, key).
_Piece = tuple[int, int, str, str]
_PIECE_CACHE_SIZE = 200_000
_TEXT, _START, _KEY = attrgetter("text"), attrgetter("span.start"), itemgetter(3)
_EXACT, _CAPITAL, _ANY = 0, 1, 2
_NOT_PREFIX = object()
# A plain spelling (lower-case ASCII, no hyphen) is one unit whose key is itself.
_PLAIN = "".join(chr(c) for c in range(128) if not ("A" <= chr(c) <= "Z" or chr(c) == "-"))


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


# A name the walk found: (token, start in it, last token, end in it, alias).
_Walked = tuple[int, int, int, int, _Alias]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: Mapping[str, Entry]
    aliases: Mapping[tuple[str, ...], _Alias]
    longest: Mapping[str, int]  # first unit key -> longest alias starting with it
    known_units: frozenset[str]
    lower_first: frozenset[str]  # first unit keys of aliases whose first word need not be capitalised
    prefixes: Mapping[tuple[str, ...], _Alias | None]  # every beginning of an alias key -> its alias, if whole
    plain_starts: frozenset[str] = frozenset()  # the plain spellings a name may start with (_plain_starts)
    # token spelling -> its units (news vocabulary repeats, so each spelling is split once)
    _pieces: dict[str, tuple[_Piece, ...]] = field(default_factory=dict, compare=False, repr=False)
    _kinds: dict[str, tuple[Entry, ...]] = field(default_factory=dict, compare=False, repr=False)
    _entities: dict[str, Entity] = field(default_factory=dict, compare=False, repr=False)
    # token spelling -> whether one of its units may start a name (filled with _pieces)
    _starts: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

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

    def find_in(self, tokens: Sequence[Token]) -> list[Hit]:
        """``find(units(tokens, known_units))`` without building a Unit for every token.

        Entity linking runs this on every sentence, so the per-token work is done by C-level
        map() calls over cached splits; Python code only runs where an alias may start.
        """
        per_token = self._split(tokens)
        pieces = list(chain.from_iterable(per_token))
        may_start = list(map(self.longest.__contains__, map(_KEY, pieces)))
        if not any(may_start):
            return []
        starts = list(map(_START, tokens))
        if len(pieces) != len(tokens):  # a token split in several units: each unit keeps its token's offset
            starts = [start for start, split in zip(starts, per_token, strict=True) for _ in split]
        hits: list[Hit] = []
        end = 0
        for i in compress(range(len(pieces)), may_start):
            if i >= end and (hit := self._longest_in(starts, pieces, i)) is not None:
                hits.append(hit)
                end = hit.end
        return hits

    def find_in_runs(self, runs: Sequence[Sequence[Token]]) -> list[tuple[Span, Entry]]:
        """The names :meth:`find_in` finds in each run of tokens (a sentence), all runs at once.

        The per-token work is C-level calls over the article (see :meth:`_start_tokens`), and
        the walk from the few tokens where a name may start one compiled call (:meth:`_walk`).
        A name never crosses from one run into the next.
        """
        tokens = list(chain.from_iterable(runs))
        texts = list(map(_TEXT, tokens))
        run_ends = list(accumulate(map(len, runs)))  # where each run's tokens end
        return [
            (Span(tokens[t].span.start + start, tokens[k].span.start + end), self.entries[alias.entry_id])
            for t, start, k, end, alias in self._walk(texts, self._start_tokens(texts), run_ends)
        ]

    def _walk(self, texts: list[str], starts: list[int], run_ends: list[int]) -> list[_Walked]:
        """The longest names from the tokens ``starts`` on, left to right, not overlapping, each
        as (token, start in it, last token, end in it, alias): :meth:`_walk_twin`, compiled
        where built (its dictionary lookups and tuples without a bytecode loop around them)."""
        if _native is not None:
            return _native.gazetteer_walk(
                texts, starts, run_ends, self._pieces, self._pieces_of, self.longest, self.lower_first, self.prefixes
            )
        return self._walk_twin(texts, starts, run_ends)

    def _walk_twin(self, texts: list[str], starts: list[int], run_ends: list[int]) -> list[_Walked]:
        """:meth:`_walk` in Python."""
        found: list[_Walked] = []
        end, limit = (0, 0), 0  # (token, unit) after the last name; the end of the current run
        for t in starts:
            if t >= limit:
                limit = run_ends[bisect_right(run_ends, t)]
            for j, piece in enumerate(self._pieces_of(texts[t])):
                if (t, j) >= end and self._may_begin(piece) and (hit := self._name_at(texts, t, j, limit)):
                    end, walked = hit
                    found.append(walked)
        return found

    def _start_tokens(self, texts: list[str]) -> list[int]:
        """The indices of the tokens where a name may start, in order.

        A plain spelling (most of the text) is answered from the small set of those that may;
        only the others are looked up in the cache by spelling, which is large and so slow to
        reach (a lookup misses the processor's caches). One pass over the texts does both
        (:func:`spelling.start_candidates`, compiled): a map() step per text cost more.
        """
        starts, unknown = start_candidates(texts, _PLAIN, self.plain_starts, self._starts)
        if not unknown:
            return starts
        spellings = list(map(texts.__getitem__, unknown))
        self._learn(spellings, [None] * len(spellings))
        return sorted(chain(starts, compress(unknown, map(self._starts.__getitem__, spellings))))

    def _pieces_of(self, text: str) -> tuple[_Piece, ...]:
        """The units of a token spelled ``text``, from the cache by spelling."""
        split = self._pieces.get(text)
        if split is None:
            split = self._pieces[text] = _pieces(text, self.known_units)
        return split

    def _name_at(self, texts: list[str], t: int, j: int, limit: int) -> tuple[tuple[int, int], _Walked] | None:
        """The longest name at unit ``j`` of token ``t`` (ending by token ``limit``): the
        (token, unit) right after it, and the name as :meth:`_walk` gives it."""
        units: list[tuple[int, int, _Piece]] = []  # (token, unit in token, piece)
        surfaces: list[str] = []  # each unit's surface, for the case rules (no list built per alias)
        keys: list[str] = []
        matches: list[_Alias] = []  # the aliases the units read so far spell, shortest first
        pieces_of, prefixes = self._pieces_of, self.prefixes
        for k in range(t, limit):  # the units from unit j of token t on (loops, not a generator: hot)
            split = pieces_of(texts[k])
            for u in range(j if k == t else 0, len(split)):
                keys.append(split[u][3])
                alias = prefixes.get(tuple(keys), _NOT_PREFIX)
                if alias is _NOT_PREFIX:  # no alias begins so: none can be longer
                    return _longest_match(units, surfaces, matches)
                units.append((k, u, split[u]))
                surfaces.append(split[u][2])
                if alias is not None:
                    matches.append(alias)  # type: ignore[arg-type]
        return _longest_match(units, surfaces, matches)

    def _learn(self, texts: list[str], cached: Sequence[object]) -> None:
        """Split and cache the spellings in ``texts`` not seen yet (None in ``cached``)."""
        unseen = set(compress(texts, map(is_, cached, repeat(None))))
        if len(self._pieces) > _PIECE_CACHE_SIZE:
            self._pieces.clear()  # bounded memory on endless corpora; a refill is cheap
            self._starts.clear()
            unseen = set(texts)
        split, starts, known, may_begin = self._pieces, self._starts, self.known_units, self._may_begin
        for text in unseen:  # some fifty new spellings an article: names bound locally
            pieces = split[text] = _pieces(text, known)
            starts[text] = may_begin(pieces[0]) if len(pieces) == 1 else any(map(may_begin, pieces))

    def _may_begin(self, piece: _Piece) -> bool:
        """Whether a name may begin with this unit: its key begins an alias, and it is
        capitalised unless such an alias may begin otherwise ("semenanjung Korea", "3M")."""
        return piece[3] in self.longest and (piece[2][:1].isupper() or piece[3] in self.lower_first)

    def _split(self, tokens: Sequence[Token]) -> list[tuple[_Piece, ...]]:
        """The units of each token, from the cache of splits by spelling."""
        texts = list(map(_TEXT, tokens))
        per_token = list(map(self._pieces.get, texts))
        if None in per_token:
            self._learn(texts, per_token)
            per_token = list(map(self._pieces.__getitem__, texts))
        return per_token  # type: ignore[return-value]

    def _longest_in(self, offsets: list[int], pieces: list[_Piece], i: int) -> Hit | None:
        keys = [p[3] for p in pieces[i : i + self.longest[pieces[i][3]]]]
        for n in range(len(keys), 0, -1):
            alias = self.aliases.get(tuple(keys[:n]))
            if alias is not None and _case_ok_texts(alias, [p[2] for p in pieces[i : i + n]]):
                last = i + n - 1
                span = Span(offsets[i] + pieces[i][0], offsets[last] + pieces[last][1])
                return Hit(i, i + n, span, self.entries[alias.entry_id])
        return None

    def entity_of(self, entry: Entry) -> Entity:
        """``entry.entity()``, built once per entry (an Entity is immutable, so it is shared)."""
        entity = self._entities.get(entry.id)
        if entity is None:
            entity = self._entities[entry.id] = entry.entity()
        return entity

    def is_state(self, actor: str | None) -> bool:
        """Whether ``actor`` is a state's code (a listed country), not an intergovernmental body's."""
        return actor is not None and f"gpe:{actor}" in self.entries

    def by_kind(self, kind: str) -> list[Entry]:
        if kind not in self._kinds:
            self._kinds[kind] = tuple(e for e in self.entries.values() if e.kind == kind)
        return list(self._kinds[kind])


def normalise(text: str) -> str:
    """Case- and accent-free key: ``Yōko`` -> ``yoko``."""
    low = text.casefold()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _longest_match(
    units: list[tuple[int, int, _Piece]], surfaces: list[str], matches: list[_Alias]
) -> tuple[tuple[int, int], _Walked] | None:
    """The longest of ``matches`` (aliases spelled by the first units) whose case fits: the
    (token, unit) right after it, and the name as :meth:`Gazetteer._walk` gives it."""
    for alias in reversed(matches):
        n = len(alias.surface)
        if _case_ok_texts(alias, surfaces[:n]):
            (first_token, _, first), (last_token, last_unit, last) = units[0], units[n - 1]
            return (last_token, last_unit + 1), (first_token, first[0], last_token, last[1], alias)
    return None


def _case_ok(alias: _Alias, units: Sequence[Unit]) -> bool:
    return _case_ok_texts(alias, [u.text for u in units])


def _case_ok_texts(alias: _Alias, texts: Sequence[str]) -> bool:
    for mode, want, text in zip(alias.modes, alias.surface, texts, strict=True):
        if mode == _EXACT and text != want:
            return False
        if mode == _CAPITAL and not text[:1].isupper():
            return False
    return len(texts) == 1 or any(t[:1].isupper() for t in texts)


def _needs_capital(alias: _Alias) -> bool:
    """Whether the alias's first word only matches capitalised (a one-word name, "AS")."""
    return alias.modes[0] == _CAPITAL or (alias.modes[0] == _EXACT and alias.surface[0][:1].isupper())


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
    base = token.span.start
    return [Unit(Span(base + start, base + end), text, key) for start, end, text, key in _pieces(token.text, known)]


def _pieces(text: str, known: frozenset[str]) -> tuple[_Piece, ...]:
    """The units of a token spelled ``text``, offsets relative to the token."""
    key = normalise(text)
    if key in known or not key[:1].isalpha():
        return ((0, len(text), text, key),)
    for clitic in CLITICS if key.endswith(CLITICS) else ():  # most words end in no clitic
        stem = key.removesuffix("-" + clitic) if "-" in key else key.removesuffix(clitic)
        if stem != key and stem in known:
            return ((0, len(stem), text[: len(stem)], stem),)
    if "-" not in key:
        return ((0, len(text), text, key),)
    return _split_hyphenated(text)


def _split_hyphenated(text: str) -> tuple[_Piece, ...]:
    parts, offset = [], 0
    for part in text.split("-"):
        if part:
            parts.append((offset, offset + len(part), part, normalise(part)))
        offset += len(part) + 1
    return tuple(parts)


def _entry(cells: dict[str, str]) -> Entry:
    return Entry(
        id=cells["id"],
        name=cells["name"],
        type=cells["type"],  # type: ignore[arg-type]
        actor=cells["actor"] or None,
        wikidata=cells["wikidata"] or None,
        sector=cells["sector"] or None,
        kind=cells["kind"],
        stands_for=cells["stands_for"] or None,
        adjective=cells["adjective"],
        office=cells["office"],
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
    lower_first = frozenset(key[0] for key, alias in aliases.items() if not _needs_capital(alias))
    prefixes: dict[tuple[str, ...], _Alias | None] = {key[:n]: None for key in aliases for n in range(1, len(key))}
    prefixes.update(aliases)
    found = Gazetteer(entries, aliases, longest, known, lower_first, prefixes)
    return replace(found, plain_starts=_plain_starts(found))


def _plain_starts(found: Gazetteer) -> frozenset[str]:
    """The plain spellings a name may start with. A plain spelling is one unit, keyed by
    itself or by its stem before a clitic, and a lower-case unit only begins an alias that
    may begin in lower case: so every such spelling is one of those aliases' first words,
    bare or with a clitic."""
    firsts = [key for key in found.lower_first if key in found.longest]
    spellings = sorted({*firsts, *(key + clitic for key in firsts for clitic in CLITICS)})
    plain = set(spellings).difference(map(spellings.__getitem__, beyond(spellings, _PLAIN)))
    return frozenset(s for s in plain if any(map(found._may_begin, _pieces(s, found.known_units))))


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer (loaded once per process)."""
    return parse(read_text("gazetteer", "gazetteer.tsv"))
