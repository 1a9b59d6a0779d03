"""Bodies named after their state: ministries ("Kementerian Luar Negeri Korea Utara",
"Kemlu RI") and armed forces ("Militer Korsel mengatakan ...", "pasukan Israel").

A ministry head followed by a state (or a capital standing for it) becomes that state's
ministry, named "<adjective> Ministry of X" unless ``ministry_names.tsv`` gives the state's
own title. A head with no state is, in an Indonesian outlet, Indonesia's own ministry
("Kemenlu", "Kementerian Luar Negeri" with no country): only the same kind of ministry named
with its state in the same sentence or the one before ("Kementerian Luar Negeri China ...
Kementerian Luar Negeri juga ..."), or earlier anywhere when pointed back to ("kementerian
itu"), makes it a foreign one. In an article where nothing acts for Indonesia (a foreign
affair), it is the one such ministry named, else the ministry of the state named most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.found import Found, covered, ordered, slug, starting_at
from warta.annotate.gazetteer import HOME_STATE, Gazetteer
from warta.annotate.phrases import WordPhrases, word_phrases
from warta.resources import tsv_rows, word_list
from warta.types import Entity, Span

_SPACE = re.compile(r"\s*")
# "militer X" is the armed forces when it is the subject: capitalised (a sentence or clause
# start), right after a speaker title or "pihak" ("pihak militer X", the side as a party);
# "pejabat militer AS" is an official, not the body.
_MILITARY = re.compile(r"\b(?:[Mm]iliter|Angkatan Bersenjata|[Pp]asukan|[Tt]entara)\s+")
_MILITARY_WORDS = ("militer", "Militer", "Angkatan Bersenjata", "pasukan", "Pasukan", "tentara", "Tentara")
# "pasukan Israel", "tentara Rusia" always name the state's forces, wherever they stand.
_TROOPS = ("pasukan", "tentara")
# "Kedutaan Besar China di Washington": the city the office sits in.
_SEAT = re.compile(r"\s+di\s+")
# "Kantor Presiden Ukraina Volodymyr Zelensky" is the president's office named with its holder:
# the title and name are left to the roles step.
_OFFICE_SECTOR = {"presidency": "government"}
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
# "kementerian itu", "kemenlu negara tersebut": a bare head pointing back to one named before.
_POINTED_BACK = re.compile(r"\s+(?:negara\s+)?(?:itu|tersebut)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MinistryKind:
    kind: str
    english: str
    heads: tuple[str, ...]


def _rows(name: str) -> list[list[str]]:
    return tsv_rows("entities", name)


@cache
def ministry_kinds() -> tuple[MinistryKind, ...]:
    rows = _rows("ministries.tsv")
    return tuple(MinistryKind(kind, english, tuple(heads.split("|"))) for kind, english, heads in rows)


@cache
def _own_names() -> Mapping[tuple[str, str], str]:
    return {(alpha3, kind): name for alpha3, kind, name in _rows("ministry_names.tsv")}


@cache
def _head_phrases() -> WordPhrases:
    return word_phrases(h for k in ministry_kinds() for h in k.heads)


@cache
def _kind_of_head() -> Mapping[str, MinistryKind]:
    return {head: kind for kind in ministry_kinds() for head in kind.heads}


def ministry(kind: MinistryKind, alpha3: str, gazetteer: Gazetteer) -> Entity:
    """The entity for ``alpha3``'s ministry of ``kind``, reusing a gazetteer entry when one exists."""
    own = _own_names().get((alpha3, kind.kind))
    if own is not None:
        for entry in gazetteer.entries.values():
            if entry.name == own:
                return entry.entity()
    state = gazetteer.entries[f"gpe:{alpha3}"]
    name = own or (f"{state.adjective} {kind.english}" if state.adjective else f"{kind.english} ({state.name})")
    return Entity(f"org:{kind.kind}-ministry-{alpha3.lower()}", name, "ORG", alpha3, None, "government")


def _state_after(found: Sequence[Found], text: str, position: int) -> Found | None:
    item = starting_at(found, _SPACE.match(text, position).end())  # type: ignore[union-attr]
    return item if item is not None and item.entity.type == "GPE" and item.entity.actor else None


def ministries(found: Sequence[Found], text: str, gazetteer: Gazetteer, sentences: Sequence[Span] = ()) -> list[Found]:
    """Mentions with each "ministry head + state" joined into one ministry mention
    (``sentences``: the article's sentence spans, for what a bare head refers back to)."""
    out = list(found)
    pending: list[tuple[Span, MinistryKind]] = []
    for start, end in _head_phrases().spans(text):
        kind = _kind_of_head()[text[start:end].casefold()]
        if covered(out, Span(start, end)):
            continue
        state = _state_after(out, text, end)
        if state is None:
            pending.append((Span(start, end), kind))
            continue
        out.remove(state)
        span = Span(start, state.span.end)
        entity = ministry(kind, state.entity.actor or "", gazetteer)
        out.append(Found(span, span.of(text), entity, f"ministry:{kind.kind}"))
    return ordered(out + _unqualified(out, pending, text, gazetteer, sentences))


def _unqualified(
    found: Sequence[Found],
    pending: Sequence[tuple[Span, MinistryKind]],
    text: str,
    gazetteer: Gazetteer,
    sentences: Sequence[Span],
) -> list[Found]:
    if not pending:
        return []
    home = any(f.entity.actor == HOME_STATE for f in found)
    states = Counter(f.entity.actor for f in found if f.entity.type == "GPE" and f.entity.actor)
    # An article where nothing acts for Indonesia reports a foreign affair: its main state.
    fallback = HOME_STATE if home or not states else states.most_common(1)[0][0]
    out = []
    for span, kind in pending:
        named = [f for f in found if f.kind == f"ministry:{kind.kind}"]
        entity = _referred_ministry(named, span, text, sentences, home)
        if entity is None and f"gpe:{fallback}" in gazetteer.entries:
            entity = ministry(kind, fallback or HOME_STATE, gazetteer)
        if entity is not None:
            out.append(Found(span, span.of(text), entity, f"ministry:{kind.kind}"))
    return out


def _referred_ministry(
    named: Sequence[Found], span: Span, text: str, sentences: Sequence[Span], home: bool
) -> Entity | None:
    """The ministry named with its state that a bare head refers back to, or None (Indonesia's)."""
    if not named:
        return None
    window = _window(span, sentences)
    near = [f for f in named if window.contains(f.span)]
    if near:
        return min(near, key=lambda f: abs(f.span.start - span.start)).entity
    before = [f for f in named if f.span.end <= span.start]
    if before and _POINTED_BACK.match(text, span.end):
        return before[-1].entity
    foreign = {f.entity.id: f.entity for f in named}
    return next(iter(foreign.values())) if not home and len(foreign) == 1 else None


def _window(span: Span, sentences: Sequence[Span]) -> Span:
    """The sentence holding ``span`` and the one before it (``span`` itself without sentences)."""
    index = next((i for i, s in enumerate(sentences) if s.contains(span)), None)
    if index is None:
        return span
    return Span(sentences[max(0, index - 1)].start, sentences[index].end)


# id(gazetteer) -> (that gazetteer, its armed forces by state): built once, not per article.
_FORCES: dict[int, tuple[Gazetteer, Mapping[str | None, Entity]]] = {}


def _forces(gazetteer: Gazetteer) -> Mapping[str | None, Entity]:
    cached = _FORCES.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        forces: dict[str | None, Entity] = {e.actor: e.entity() for e in gazetteer.by_kind("armed_forces") if e.actor}
        cached = _FORCES[id(gazetteer)] = (gazetteer, forces)
    return cached[1]


def armed_forces(found: Sequence[Found], text: str, gazetteer: Gazetteer) -> list[Found]:
    """Mentions with "Militer X" (X a state, as a subject) joined into X's armed forces."""
    out = list(found)
    # Most articles name no armed forces: substring tests (of what _MILITARY needs) spare the scan.
    if not any(word in text for word in _MILITARY_WORDS):
        return ordered(out)
    forces = _forces(gazetteer)
    for match in _MILITARY.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        subject = (
            text[match.start()].isupper()
            or match.group().strip().casefold() in _TROOPS
            or before.endswith(("juru bicara ", "jubir ", "bahwa ", ", ", "pihak "))
        )
        state = _state_after(out, text, match.end())
        if not subject or state is None or state.entity.actor not in forces:
            continue
        out.remove(state)
        span = Span(match.start(), state.span.end)
        out.append(Found(span, span.of(text), forces[state.entity.actor], "armed_forces"))
    return ordered(out)


@dataclass(frozen=True, slots=True)
class StateOffice:
    kind: str
    template: str
    heads: tuple[str, ...]


@cache
def state_offices() -> tuple[StateOffice, ...]:
    rows = _rows("state_offices.tsv")
    return tuple(StateOffice(kind, template, tuple(heads.split("|"))) for kind, template, heads in rows)


@cache
def _office_phrases() -> WordPhrases:
    return word_phrases(h for o in state_offices() for h in o.heads)


@cache
def _office_of_head() -> Mapping[str, StateOffice]:
    return {head: office for office in state_offices() for head in office.heads}


@cache
def _definite_states() -> frozenset[str]:
    return word_list("entities", "definite_states.txt")


def _state_name(name: str) -> str:
    return f"the {name}" if name.casefold() in _definite_states() else name


def _seat_after(found: Sequence[Found], text: str, position: int) -> Found | None:
    seat = _SEAT.match(text, position)
    item = starting_at(found, seat.end()) if seat else None
    return item if item is not None and item.entity.type in ("LOC", "GPE") else None


def _office_entity(office: StateOffice, state: Entity, seat: Found | None) -> Entity:
    name = office.template.format(state=_state_name(state.name))
    if seat is not None and office.kind != "presidency":
        name = f"{name}, {seat.entity.name}"
    return Entity(f"org:{slug(name)}", name, "ORG", state.actor, None, _OFFICE_SECTOR.get(office.kind, "diplomacy"))


def state_offices_named(found: Sequence[Found], text: str) -> list[Found]:
    """Mentions with each "office head + state [di city]" joined into that state's office."""
    out = list(found)
    present = any(word in text for word in ("edutaan", "edubes", "onsulat", "onjen", "residen"))
    for start, end in _office_phrases().spans(text) if present else ():
        office = _office_of_head()[text[start:end].casefold()]
        state = None if covered(out, Span(start, end)) else _state_after(out, text, end)
        if state is None or (office.kind == "presidency" and _NAME_NEXT.match(text, state.span.end)):
            continue
        seat = _seat_after(out, text, state.span.end) if office.kind != "presidency" else None
        for item in (state, seat) if seat else (state,):
            out.remove(item)
        span = Span(start, (seat or state).span.end)
        out.append(Found(span, span.of(text), _office_entity(office, state.entity, seat), f"office:{office.kind}"))
    return ordered(out)
