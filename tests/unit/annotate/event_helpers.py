"""Hand-built analyses for event tests: sentences from the real segmenter, mentions by name."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from warta.annotate.segment import sentences
from warta.types import Analysis, Article, Entity, Mention, Quote, Span, TimeExpr

# Surface forms and the actor each stands for, in the style of the entity stage's gazetteer.
ACTORS: Mapping[str, str] = {
    "Amerika Serikat": "USA", "AS": "USA", "Washington": "USA", "Gedung Putih": "USA",
    "Korea Utara": "PRK", "Korut": "PRK", "Pyongyang": "PRK", "DPRK": "PRK",
    "Korea Selatan": "KOR", "Korsel": "KOR", "Seoul": "KOR",
    "Jepang": "JPN", "Tokyo": "JPN", "Rusia": "RUS", "Moskow": "RUS", "Kremlin": "RUS",
    "Ukraina": "UKR", "Kyiv": "UKR", "China": "CHN", "Tiongkok": "CHN", "Beijing": "CHN",
    "Indonesia": "IDN", "Jakarta": "IDN", "Filipina": "PHL", "Manila": "PHL", "Vietnam": "VNM",
    "Australia": "AUS", "Prancis": "FRA", "Jerman": "DEU", "Inggris": "GBR", "Israel": "ISR",
    "Iran": "IRN", "Palestina": "PSE", "Uni Eropa": "EU", "UE": "EU", "PBB": "UN", "ASEAN": "ASEAN",
    "Malaysia": "MYS", "Singapura": "SGP", "Thailand": "THA", "Kamboja": "KHM", "India": "IND",
    "Turki": "TUR", "Mesir": "EGY", "Pakistan": "PAK", "Hamas": "PSE", "Myanmar": "MMR", "Niger": "NER",
    "Menteri Luar Negeri Retno Marsudi": "IDN", "Retno": "IDN", "Menlu Wong": "SGP",
    "Kanada": "CAN", "Italia": "ITA", "Selandia Baru": "NZL", "G7": "G7", "NATO": "NATO",
    "Sergey Lavrov": "RUS", "Wang Yi": "CHN", "Penny Wong": "AUS",
}  # fmt: skip
# Names of people: mentions of type PER, which "ia"/"dia" point back to.
PERSONS = frozenset(
    {"Menteri Luar Negeri Retno Marsudi", "Retno", "Menlu Wong", "Sergey Lavrov", "Wang Yi", "Penny Wong"}
)
_PATTERN = re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, ACTORS), key=len, reverse=True)) + r")(?!\w)")


def build(
    text: str | Sequence[str],
    timexes: Sequence[tuple[str, str]] = (),
    quotes: Sequence[tuple[str, str | None]] = (),
    published: str | None = None,
) -> Analysis:
    """An analysis of ``text`` (a paragraph or a list of them) with every known actor name as a mention.

    ``timexes``: (surface, ISO day) pairs; ``quotes``: (quoted text, speaker actor) pairs.
    """
    paragraphs = [text] if isinstance(text, str) else list(text)
    article = Article.from_paragraphs("t", "t", paragraphs, published=published)
    body = article.text
    mentions, entities = [], {}
    for match in _PATTERN.finditer(body):
        actor = ACTORS[match.group()]
        kind = "PER" if match.group() in PERSONS else "GPE"
        entities[actor] = Entity(actor, actor, kind, actor)
        mentions.append(Mention(Span(match.start(), match.end()), match.group(), kind, actor))
    times = [_timex(body, surface, value) for surface, value in timexes]
    quoted = [_quote(body, surface, actor) for surface, actor in quotes]
    return Analysis(article, sentences(body), tuple(entities.values()), tuple(mentions), tuple(times), tuple(quoted))


def _timex(body: str, surface: str, value: str) -> TimeExpr:
    start = body.index(surface)
    return TimeExpr(Span(start, start + len(surface)), surface, value, "day")


def _quote(body: str, surface: str, actor: str | None) -> Quote:
    start = body.index(surface)
    return Quote(Span(start, start + len(surface)), surface, True, actor=actor)


def triples(analysis: Analysis) -> set[tuple[str, str | None, str | None]]:
    from warta.annotate.events import code_events_rules

    return {(e.type, e.source, e.target) for e in code_events_rules(analysis)}
