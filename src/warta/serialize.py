"""Analysis to plain JSON-ready dicts in the shape of ``gold/SCHEMA.md``, plus offsets.

The gold fields (``title`` ... ``timexes``) come first with the gold's names; everything
else (spans, mention lists, statuses) is extra and ignored by the scorer.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from warta.types import Analysis, Article, Entity, Event, Mention, Quote, Span, TimeExpr


def span_dict(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "publisher": article.publisher,
        "published": article.published,
        "dateline": article.dateline,
        "authors": list(article.authors),
        "editors": list(article.editors),
        "body": article.body,
        "language": article.language,
        "language_confidence": article.language_confidence,
        "url": article.url,
        "source": article.origin,
    }


def entity_dict(entity: Entity, mentions: list[Mention]) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "actor": entity.actor,
        "wikidata": entity.wikidata,
        "sector": entity.sector,
        "mentions": [{"text": m.text, "span": span_dict(m.span), "role": m.role} for m in mentions],
    }


def quote_dict(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "actor": quote.actor,
        "direct": quote.direct,
        "span": span_dict(quote.span),
        "cue": span_dict(quote.cue),
        "speaker_span": span_dict(quote.speaker_span),
        "speaker_entity": quote.speaker_entity,
    }


def event_dict(event: Event, text: str) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "source": event.source,
        "target": event.target,
        "date": event.date,
        "status": event.status,
        "confidence": event.confidence,
        "evidence": event.evidence.of(text),
        "evidence_span": span_dict(event.evidence),
        "trigger": event.trigger.of(text),
        "trigger_span": span_dict(event.trigger),
        "source_entity": event.source_entity,
        "target_entity": event.target_entity,
        "by": event.by,
    }


def timex_dict(timex: TimeExpr) -> dict[str, Any]:
    return {
        "text": timex.text,
        "value": timex.value,
        "granularity": timex.granularity,
        "span": span_dict(timex.span),
        "anchor": timex.anchor,
        "anchor_source": timex.anchor_source,
    }


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for mention in analysis.mentions:
        by_entity[mention.entity_id].append(mention)
    out = article_dict(analysis.article)
    out.update(
        {
            "published_inferred": analysis.published_inferred,
            "entities": [entity_dict(e, by_entity[e.id]) for e in analysis.entities],
            # The gold's "quotes" are direct quotations only; indirect speech is kept apart.
            "quotes": [quote_dict(q) for q in analysis.quotes if q.direct],
            "reported_speech": [quote_dict(q) for q in analysis.quotes if not q.direct],
            "events": [event_dict(e, analysis.text) for e in analysis.events],
            "timexes": [timex_dict(t) for t in analysis.timexes],
            "sentences": [span_dict(s.span) for s in analysis.sentences],
            "problems": [
                {"stage": p.stage, "code": p.code, "message": p.message, "span": span_dict(p.span)}
                for p in analysis.problems
            ],
            "provenance": dict(analysis.provenance),
        }
    )
    return out
