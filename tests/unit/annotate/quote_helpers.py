"""Hand-made mentions for the quote tests, so they do not depend on the entity stage.

Each surface form maps to one entity; the longest form wins where forms overlap, as a
gazetteer would do.
"""

from __future__ import annotations

import re
from dataclasses import replace

from warta.annotate.quotes import find_quotes
from warta.annotate.segment import segment
from warta.types import Analysis, Article, Entity, EntityType, Mention, Quote, Span

_ENTITIES: dict[str, tuple[str, str, EntityType, str | None]] = {
    "Enrique Manalo": ("manalo", "Enrique Manalo", "PER", "PHL"),
    "Manalo": ("manalo", "Enrique Manalo", "PER", "PHL"),
    "Filipina": ("phl", "Philippines", "GPE", "PHL"),
    "Anwar Ibrahim": ("anwar", "Anwar Ibrahim", "PER", "MYS"),
    "Anwar": ("anwar", "Anwar Ibrahim", "PER", "MYS"),
    "Malaysia": ("mys", "Malaysia", "GPE", "MYS"),
    "Beijing": ("chn", "China", "GPE", "CHN"),
    "China": ("chn", "China", "GPE", "CHN"),
    "Washington": ("usa", "United States", "GPE", "USA"),
    "Amerika Serikat": ("usa", "United States", "GPE", "USA"),
    "AS": ("usa", "United States", "GPE", "USA"),
    "Mao Ning": ("mao", "Mao Ning", "PER", "CHN"),
    "Kementerian Luar Negeri China": ("mfa_chn", "Ministry of Foreign Affairs of China", "ORG", "CHN"),
    "Richard Marles": ("marles", "Richard Marles", "PER", "AUS"),
    "Australia": ("aus", "Australia", "GPE", "AUS"),
    "Jakarta": ("jakarta", "Jakarta", "LOC", None),
    "Indonesia": ("idn", "Indonesia", "GPE", "IDN"),
    "Singapura": ("sgp", "Singapore", "GPE", "SGP"),
    "Kementerian Luar Negeri Jepang": ("mfa_jpn", "Ministry of Foreign Affairs of Japan", "ORG", "JPN"),
    "Jepang": ("jpn", "Japan", "GPE", "JPN"),
    "Tokyo": ("jpn", "Japan", "GPE", "JPN"),
    "Kremlin": ("kremlin", "Moscow Kremlin", "ORG", "RUS"),
    "Gedung Putih": ("wh", "White House", "ORG", "USA"),
    "Emmanuel Macron": ("macron", "Emmanuel Macron", "PER", "FRA"),
    "Prancis": ("fra", "France", "GPE", "FRA"),
    "Eropa": ("europe", "Europe", "LOC", None),
    "Olaf Scholz": ("scholz", "Olaf Scholz", "PER", "DEU"),
    "Jerman": ("deu", "Germany", "GPE", "DEU"),
    "Berlin": ("deu", "Germany", "GPE", "DEU"),
    "Kyiv": ("ukr", "Ukraine", "GPE", "UKR"),
    "Ukraina": ("ukr", "Ukraine", "GPE", "UKR"),
    "Iran": ("irn", "Iran", "GPE", "IRN"),
    "Rusia": ("rus", "Russia", "GPE", "RUS"),
    "Moskow": ("rus", "Russia", "GPE", "RUS"),
    "Kementerian Luar Negeri Rusia": ("mfa_rus", "Ministry of Foreign Affairs of Russia", "ORG", "RUS"),
    "Zaw Min Tun": ("zaw", "Zaw Min Tun", "PER", "MMR"),
    "Myanmar": ("mmr", "Myanmar", "GPE", "MMR"),
    "David Lammy": ("lammy", "David Lammy", "PER", "GBR"),
    "Inggris": ("gbr", "United Kingdom", "GPE", "GBR"),
    "Korea Selatan": ("kor", "South Korea", "GPE", "KOR"),
    "Kementerian Pertahanan Korea Selatan": ("mnd_kor", "Ministry of National Defense", "ORG", "KOR"),
    "Yonhap": ("yonhap", "Yonhap News Agency", "ORG", None),
    "Gaza": ("gaza", "Gaza Strip", "LOC", None),
    "Thailand": ("tha", "Thailand", "GPE", "THA"),
    "Maris Sangiampongsa": ("maris", "Maris Sangiampongsa", "PER", "THA"),
    "Penny Wong": ("wong", "Penny Wong", "PER", "AUS"),
    "Retno Marsudi": ("retno", "Retno Marsudi", "PER", "IDN"),
    "Vivian Balakrishnan": ("vivian", "Vivian Balakrishnan", "PER", "SGP"),
    "ASEAN": ("asean", "ASEAN", "IGO", "ASEAN"),
    "Antara": ("antara", "Antara", "ORG", "IDN"),
    "ABC": ("abc", "ABC", "ORG", None),
    "Korea Utara": ("prk", "North Korea", "GPE", "PRK"),
    "KCNA": ("kcna", "Korean Central News Agency", "ORG", "PRK"),
}
_SURFACE = re.compile(
    "|".join(rf"(?<!\w){re.escape(s)}(?!\w)" for s in sorted(_ENTITIES, key=len, reverse=True))
)


def with_mentions(analysis: Analysis) -> Analysis:
    mentions, entities = [], {}
    for match in _SURFACE.finditer(analysis.text):
        entity_id, name, kind, actor = _ENTITIES[match.group()]
        entities[entity_id] = Entity(entity_id, name, kind, actor)
        mentions.append(Mention(Span(*match.span()), match.group(), kind, entity_id))
    return replace(analysis, mentions=tuple(mentions), entities=tuple(entities.values()))


def analyse(*paragraphs: str) -> Analysis:
    """Segment, hand-made mentions, then the quote stage."""
    article = Article.from_paragraphs("t", "t", list(paragraphs))
    return find_quotes(with_mentions(segment(Analysis(article=article))))


def direct(analysis: Analysis) -> list[Quote]:
    return [q for q in analysis.quotes if q.direct]


def indirect(analysis: Analysis) -> list[Quote]:
    return [q for q in analysis.quotes if not q.direct]


def said(analysis: Analysis, direct_only: bool = True) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, actor) of each quotation, in order."""
    return [(q.text, q.speaker, q.actor) for q in analysis.quotes if q.direct or not direct_only]
