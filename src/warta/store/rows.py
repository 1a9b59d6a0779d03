"""An analysis turned into the rows the store writes: plain, picklable, computed in workers.

Everything expensive per article (serialising the analysis, the MinHash signature, story
features, sentence numbers for citations) happens here, in the worker that analysed the
article, so the writing process only inserts.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from warta.corpus import dedup, stories
from warta.serialize import analysis_dict
from warta.types import Analysis, Article, RawDocument, Span

Row = dict[str, Any]
UNREAL = frozenset({"question"})  # a question reports no deed


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """One article ready to store: its document key and a row list per table."""

    hash: str
    id: str
    origin: str
    media_type: str
    article: Row
    tables: dict[str, list[Row]] = field(default_factory=dict)


def content_hash(document_id: str, body: bytes) -> str:
    """The document key: the same id with the same bytes is the same document."""
    digest = hashlib.sha256(document_id.encode("utf-8"))
    digest.update(b"\0")
    digest.update(body)
    return digest.hexdigest()


def document_key(raw: RawDocument) -> str:
    return content_hash(raw.id, raw.body)


class _Locator:
    """1-based sentence and paragraph numbers of a character offset, for citations."""

    def __init__(self, analysis: Analysis) -> None:
        self._sentences = [s.span.start for s in analysis.sentences]
        self._paragraphs = [p.start for p in analysis.article.paragraphs]

    def sentence(self, span: Span) -> int | None:
        return bisect.bisect_right(self._sentences, span.start) or None if self._sentences else None

    def paragraph(self, span: Span) -> int | None:
        return bisect.bisect_right(self._paragraphs, span.start) or None if self._paragraphs else None


def article_day(analysis: Analysis) -> str | None:
    value = analysis.article.published or analysis.published_inferred
    return value[:10] if value and len(value) >= 10 else None


def sentence_dyads(analysis: Analysis) -> dict[tuple[str, str], float]:
    """Pairs of different actors named in one sentence, summed over sentences.

    A sentence naming n actors gives each pair 1/(n-1): each actor carries weight one per
    sentence, so a list of ten signatories adds up to as much as one sentence naming two.
    """
    actor_of = {e.id: e.actor for e in analysis.entities}
    pairs: dict[tuple[str, str], float] = {}
    mentions = sorted(analysis.mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in mentions]
    for sentence in analysis.sentences:
        lo = bisect.bisect_left(starts, sentence.span.start)
        hi = bisect.bisect_left(starts, sentence.span.end)
        inside = (actor_of.get(m.entity_id) for m in mentions[lo:hi] if sentence.span.contains(m.span))
        actors = sorted({a for a in inside if a})
        for i, left in enumerate(actors):
            for right in actors[i + 1 :]:
                pairs[(left, right)] = pairs.get((left, right), 0.0) + 1.0 / (len(actors) - 1)
    return pairs


def named_entities(analysis: Analysis) -> list[stories.Named]:
    """Each entity with how often the body names it and whether the headline does."""
    counts = Counter(m.entity_id for m in analysis.mentions)
    surfaces: dict[str, set[str]] = {}
    for mention in analysis.mentions:
        surfaces.setdefault(mention.entity_id or "", set()).add(mention.text.casefold())
    title = (analysis.article.title or "").casefold()
    return [
        stories.Named(e.name, e.actor, e.type, counts.get(e.id, 1),
                      any(_in_title(s, title) for s in surfaces.get(e.id, ())))
        for e in {e.id: e for e in analysis.entities}.values()
    ]


def _in_title(surface: str, title: str) -> bool:
    return len(surface) > 1 and re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", title) is not None


def event_weights(analysis: Analysis) -> list[tuple[str, str | None, str | None, float]]:
    """Each reported deed with weight 1/n, n the events coded from the same words: a joint
    statement of ten signers is one deed's worth of evidence, not ten."""
    real = [e for e in analysis.events if e.status not in UNREAL]
    shares = Counter((e.type, e.evidence) for e in real)
    return [(e.type, e.source, e.target, 1.0 / shares[(e.type, e.evidence)]) for e in real]


def article_row(analysis: Analysis) -> Row:
    article: Article = analysis.article
    events = event_weights(analysis)
    names = {m.text for m in analysis.mentions}
    features = stories.raw_features(article.text, article.title, named_entities(analysis), events, names,
                                    sentence_dyads(analysis))
    return {
        "id": article.id,
        "title": article.title,
        "publisher": article.publisher,
        "published": article.published,
        "day": article_day(analysis),
        "url": article.url,
        "language": article.language,
        "text": article.text,
        "record": json.dumps(analysis_dict(analysis), ensure_ascii=False),
        "features": json.dumps(features, ensure_ascii=False, sort_keys=True),
        "minhash": dedup.signature_bytes(article.text),
    }


def entity_rows(analysis: Analysis) -> list[Row]:
    return [
        {"local_id": e.id, "name": e.name, "type": e.type, "actor": e.actor, "wikidata": e.wikidata, "sector": e.sector}
        for e in {e.id: e for e in analysis.entities}.values()
    ]


def mention_rows(analysis: Analysis) -> list[Row]:
    return [
        {"n": n, "entity_local_id": m.entity_id, "text": m.text, "type": m.type, "role": m.role,
         "start": m.span.start, "end": m.span.end}
        for n, m in enumerate(analysis.mentions)
    ]


def quote_rows(analysis: Analysis, where: _Locator) -> list[Row]:
    text = analysis.text
    return [
        {"n": n, "text": q.text, "speaker": q.speaker, "actor": q.actor, "direct": q.direct,
         "cue": q.cue.of(text) if q.cue else None, "start": q.span.start, "end": q.span.end,
         "sentence": where.sentence(q.span), "paragraph": where.paragraph(q.span)}
        for n, q in enumerate(analysis.quotes)
    ]


def _actors_within(analysis: Analysis, span: Span) -> str:
    actor_of = {e.id: e.actor for e in analysis.entities}
    found = {actor_of.get(m.entity_id) for m in analysis.mentions if span.contains(m.span)}
    return " ".join(sorted(a for a in found if a))


def event_rows(analysis: Analysis, where: _Locator) -> list[Row]:
    text = analysis.text
    return [
        {"n": n, "type": e.type, "mode": e.mode, "source": e.source, "target": e.target, "date": e.date,
         "status": e.status, "evidence": e.evidence.of(text), "trigger": e.trigger.of(text),
         "start": e.evidence.start, "end": e.evidence.end, "sentence": where.sentence(e.evidence),
         "paragraph": where.paragraph(e.evidence), "confidence": e.confidence,
         "mention_actors": _actors_within(analysis, e.evidence), "by": e.by}
        for n, e in enumerate(analysis.events)
    ]


def timex_rows(analysis: Analysis, where: _Locator) -> list[Row]:
    return [
        {"n": n, "text": t.text, "value": t.value, "granularity": t.granularity,
         "start": t.span.start, "end": t.span.end, "sentence": where.sentence(t.span)}
        for n, t in enumerate(analysis.timexes)
    ]


def article_rows(key: str, origin: str, media_type: str, analysis: Analysis) -> ArticleRows:
    """Everything the store writes for one analysed article."""
    where = _Locator(analysis)
    tables = {
        "entities": entity_rows(analysis),
        "mentions": mention_rows(analysis),
        "quotes": quote_rows(analysis, where),
        "events": event_rows(analysis, where),
        "timexes": timex_rows(analysis, where),
    }
    return ArticleRows(key, analysis.id, origin, media_type, article_row(analysis), tables)


def rows_for(raw: RawDocument, analysis: Analysis) -> ArticleRows:
    return article_rows(document_key(raw), raw.origin, raw.media_type, analysis)
