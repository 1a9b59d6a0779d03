"""The entity stage: mentions linked to entities, each entity with its actor and sector.

Steps, each a pure function over a list of :class:`~warta.annotate.found.Found`:

1. gazetteer names (longest match, case rules, clitics) in every sentence;
2. capitals as their state or as a place (:mod:`metonymy`); places inside a longer name
   ("New York Post", "Real Madrid") as that name (:mod:`entity_compounds`); Indonesia's
   missions by their city ("KBRI Kuala Lumpur") as offices of Indonesia (:mod:`entity_missions`);
3. "Name (ACRONYM)": the acronym decides when the two disagree (:mod:`entity_acronyms`);
4. ministries and armed forces named after their state (:mod:`bodies`); institutions named by
   a generic head ("Pusat Studi ...", "Badan ...") and parties in deal lists (:mod:`institutions`);
5. names no list knows, from the statistical recogniser when it is installed
   (:mod:`entity_recognised`), typed by the words around them ("majalah X" ORG, "di X" LOC,
   "X Systems" ORG, "Bandara X" -> X Airport; :mod:`entity_heads`); counts, weapons,
   languages and "Dan" corrected by their context (:mod:`entity_context`);
6. titles and affiliations give people their role, actor and sector (:mod:`roles`); parties
   and officers named with no state act for the state the article is about (:mod:`entity_article`);
7. short later mentions refer back (:mod:`coref`).

Unknown names become entities of their own (id ``unk:<slug>``, the surface as the name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from warta.annotate.bodies import armed_forces, ministries, state_offices_named
from warta.annotate.coref import resolve_coreference
from warta.annotate.entity_acronyms import acronym_aliases, acronym_decides, defined_acronyms
from warta.annotate.entity_article import article_officers, article_parties
from warta.annotate.entity_compounds import places_in_names
from warta.annotate.entity_context import (
    Weapons,
    conjunction_first_names,
    news_sources,
    weapons,
    without_counts,
    without_weapons,
)
from warta.annotate.entity_heads import NameHeads, name_heads, typed_unknowns
from warta.annotate.entity_missions import missions
from warta.annotate.entity_recognised import Recogniser, recognised_names, recogniser
from warta.annotate.found import Found, ordered
from warta.annotate.gazetteer import Gazetteer, gazetteer
from warta.annotate.institutions import deal_parties, institution_names
from warta.annotate.metonymy import place_roles, resolve_capitals, without_treaties
from warta.annotate.roles import appositive_titles, carried_states, titled_people
from warta.pipeline import stage
from warta.types import Analysis, Entity, Mention, Sentence, Span

# The steps' public names stay importable from here, where the stage is.
__all__ = [
    "NameHeads",
    "Recogniser",
    "Weapons",
    "acronym_aliases",
    "acronym_decides",
    "actors_in",
    "conjunction_first_names",
    "defined_acronyms",
    "entity_at",
    "gazetteer_mentions",
    "link",
    "link_entities",
    "name_heads",
    "news_sources",
    "recognised_names",
    "recogniser",
    "typed_unknowns",
    "weapons",
    "without_counts",
    "without_weapons",
]


def gazetteer_mentions(sentences: Sequence[Sentence], gaz: Gazetteer, text: str = "") -> list[Found]:
    """The gazetteer's names in every sentence, in text order (their surface taken from ``text``)."""
    hits = gaz.find_in_runs([sentence.tokens for sentence in sentences])
    return [Found(span, span.of(text), gaz.entity_of(entry), entry.kind) for span, entry in hits]


def link(analysis: Analysis) -> list[Found]:
    """All linked mentions of an article, in text order."""
    gaz, text, sentences = gazetteer(), analysis.text, analysis.sentences
    found = without_counts(ordered(gazetteer_mentions(sentences, gaz, text)), text)
    found = places_in_names(resolve_capitals(missions(found, text), text, gaz), text)
    found = acronym_decides(found, text)
    found = armed_forces(ministries(found, text, gaz, [s.span for s in sentences]), text, gaz)
    found = state_offices_named(found, text)
    found = article_parties(deal_parties(institution_names(found, text, [s.span for s in sentences]), text))
    found = without_weapons(typed_unknowns(recognised_names(found, sentences, text), text), text)
    found = without_treaties(conjunction_first_names(found, text), text, gaz)
    found = defined_acronyms(acronym_aliases(found, text), text)
    found = news_sources(found, text, gaz)
    found = appositive_titles(ordered(titled_people(found, text)), text)
    found = article_officers(place_roles(carried_states(found, text, sentences), text))
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
