"""The entity stage: mentions linked to entities, each entity with its actor and sector.

Steps, each a pure function over a list of :class:`~warta.annotate.found.Found`:

1. gazetteer names (longest match, case rules, clitics) in every sentence;
2. capitals as their state or as a place (:mod:`metonymy`);
3. "Name (ACRONYM)": the acronym decides when the two disagree;
4. ministries and armed forces named after their state (:mod:`bodies`);
5. names no list knows, from the statistical recogniser when it is installed;
6. titles and affiliations give people their role, actor and sector (:mod:`roles`);
7. short later mentions refer back (:mod:`coref`).

Unknown names become entities of their own (id ``unk:<slug>``, the surface as the name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from warta.annotate.bodies import armed_forces, ministries
from warta.annotate.coref import resolve_coreference
from warta.annotate.found import Found, covered, ordered, taken_spans, uncovered_by, unknown_entity
from warta.annotate.gazetteer import Gazetteer, gazetteer
from warta.annotate.metonymy import resolve_capitals
from warta.annotate.roles import name_stopwords, titled_people
from warta.pipeline import stage
from warta.resources import word_list
from warta.types import Analysis, Entity, Mention, Sentence, Span

Recogniser = Callable[[Sequence[str]], list[tuple[int, int, str]]]

_PARENTHESIS = re.compile(r"\s*\(\s*")
# "KIA (tewas dalam aksi)": an acronym glossed in lower case is a term, not a name.
_GLOSS = re.compile(r"\s*\(\s*[a-z]")
_NER_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
# A recognised name must look like one: every word capitalised (or a name particle).
_NAME_WORD = re.compile(r"^(?:[A-Z\u00C0-\u00DE][\w'’.-]*|bin|binti|van|von|der|de|al|el|la|of|the|dan)$")


@cache
def recogniser() -> Recogniser | None:
    """The trained recogniser, or None while no model ships (the gazetteer still works)."""
    try:
        from warta.annotate import ner

        ner.recognise(["Jakarta"])
    except (ImportError, OSError):
        return None
    return ner.recognise


def gazetteer_mentions(sentences: Sequence[Sentence], gaz: Gazetteer) -> list[Found]:
    found = []
    for sentence in sentences:
        for hit in gaz.find_in(sentence.tokens):
            found.append(Found(hit.span, "", hit.entry.entity(), hit.entry.kind))
    return found


def _with_text(found: Sequence[Found], text: str) -> list[Found]:
    # The constructor, not dataclasses.replace: this runs for every mention and replace is slow.
    return [Found(f.span, f.span.of(text), f.entity, f.kind, f.role) for f in found]


def acronym_decides(found: Sequence[Found], text: str) -> list[Found]:
    """In "Name (ACR)" the acronym is the writer's anchor: a mistyped name takes its entity."""
    out = list(found)
    for first, second in pairwise(found):
        gap = _PARENTHESIS.fullmatch(text, first.span.end, second.span.start)
        if gap and second.text.isupper() and first.entity.id != second.entity.id:
            out[out.index(first)] = replace(first, entity=second.entity, kind=second.kind)
    return out


def recognised_names(found: Sequence[Found], sentences: Sequence[Sentence], text: str) -> list[Found]:
    """Names the recogniser finds where no earlier step found anything."""
    recognise = recogniser()
    if recognise is None:
        return list(found)
    out = list(found)
    common = name_stopwords() | {t.text for s in sentences for t in s.tokens if t.text[:1].islower()}
    taken = taken_spans(found)
    for sentence in sentences:
        tokens = sentence.tokens
        if not _may_hold_new_name(sentence, taken, common):
            continue
        for first, end, label in recognise([t.text for t in tokens]):
            span = Span(tokens[first].span.start, tokens[end - 1].span.end)
            surface = span.of(text)
            if label in _NER_TYPES and not covered(found, span) and _looks_like_name(surface, text, span):
                out.append(Found(span, surface, unknown_entity(surface, _NER_TYPES[label]), f"ner:{label}"))
    return ordered(out)


def _may_hold_new_name(sentence: Sentence, taken: Sequence[Span], common: frozenset[str]) -> bool:
    """Whether a sentence has a capitalised word no step claimed that can be part of a name.

    The recogniser is the costliest step. A word the article also writes in lower case
    ("Pada", "Namun") or a day or month name is a common word, so a sentence with nothing
    else capitalised has no name left to find.
    """
    capitalised = [t for t in sentence.tokens if t.text[:1].isupper() and t.text.lower() not in common]
    return any(uncovered_by(taken, [t.span for t in capitalised]))


@cache
def _not_names() -> frozenset[str]:
    return word_list("entities", "not_names.txt")


def _looks_like_name(surface: str, text: str, span: Span) -> bool:
    words = surface.split()
    if not words or len(surface) < 2 or not words[0][:1].isupper() or surface.casefold() in _not_names():
        return False
    if surface.isupper() and _GLOSS.match(text, span.end):
        return False
    return all(_NAME_WORD.match(w) for w in words)


def link(analysis: Analysis) -> list[Found]:
    """All linked mentions of an article, in text order."""
    gaz, text, sentences = gazetteer(), analysis.text, analysis.sentences
    found = _with_text(ordered(gazetteer_mentions(sentences, gaz)), text)
    found = resolve_capitals(found, text, gaz)
    found = acronym_decides(found, text)
    found = armed_forces(ministries(found, text, gaz), text, gaz)
    found = recognised_names(found, sentences, text)
    found = ordered(titled_people(found, text))
    return resolve_coreference(found, text, sentences)


def _entities(found: Sequence[Found]) -> tuple[Entity, ...]:
    """Each entity once, in order of first mention; an actor learned later is kept."""
    chosen: dict[str, Entity] = {}
    for item in found:
        known = chosen.get(item.entity.id)
        if known is None or (known.actor is None and item.entity.actor is not None):
            chosen[item.entity.id] = item.entity
    return tuple(chosen.values())


def _mentions(found: Sequence[Found], entities: Sequence[Entity]) -> tuple[Mention, ...]:
    types = {e.id: e.type for e in entities}
    return tuple(Mention(f.span, f.text, types[f.entity.id], f.entity.id, f.role) for f in found)


@stage("entities.rules.v1", requires=("sentences",), provides=("entities",))
def link_entities(analysis: Analysis) -> Analysis:
    found = link(analysis)
    entities = _entities(found)
    return replace(analysis, entities=entities, mentions=_mentions(found, entities))


def entity_at(analysis: Analysis, span: Span) -> Entity | None:
    """The entity of the first mention that overlaps ``span`` (or covers it, for an empty one)."""
    by_id = {e.id: e for e in analysis.entities}
    for mention in analysis.mentions:
        if mention.span.overlaps(span) or mention.span.contains(span):
            return by_id.get(mention.entity_id)
    return None


def actors_in(analysis: Analysis, span: Span) -> list[str]:
    """Actor codes of the mentions inside ``span``, in text order (repeats kept)."""
    by_id = {e.id: e for e in analysis.entities}
    actors = []
    for mention in analysis.mentions:
        entity = by_id.get(mention.entity_id)
        if span.contains(mention.span) and entity is not None and entity.actor:
            actors.append(entity.actor)
    return actors
