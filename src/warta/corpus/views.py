"""Reading stories back: the list, one story in full (articles, fused events, claims, quotes).

Everything is returned as plain JSON-ready dicts with article ids (the same ids as
``warta analyze``) and 1-based sentence numbers, so every statement can be cited.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.engine import Connection

from warta.corpus.merge import resolve
from warta.corpus.records import Citation
from warta.errors import StoreError
from warta.store import schema
from warta.store.queries import actor_names, member_rows, outlet_of, quote_records
from warta.store.repository import Store

S, F, ES, E, A = schema.stories, schema.fused_events, schema.event_sources, schema.events, schema.articles
C, CP = schema.claims, schema.claim_positions


@contextmanager
def using_store(db: str | Store | None) -> Iterator[Store]:
    """The given store, or one opened (and closed afterwards) from a URL or path."""
    if isinstance(db, Store):
        yield db
        return
    store = Store.open(db)
    try:
        yield store
    finally:
        store.close()


def stories(db: str | Store | None = None) -> list[dict[str, Any]]:
    """Every story, the largest first: id, title, span, article and outlet counts."""
    with using_store(db) as store, store.engine.connect() as connection:
        heads = connection.execute(select(S).order_by(S.c.articles.desc(), S.c.first_day, S.c.id)).all()
        disputed = set(connection.scalars(select(C.c.story_id).where(C.c.disputed.is_(True))))
        return [_summary(connection, head, head.id in disputed) for head in heads]


def _summary(connection: Connection, head: Row[Any], disputed: bool) -> dict[str, Any]:
    members = member_rows(connection, head.id)
    return {
        "id": head.id,
        "title": head.title,
        "first_day": head.first_day,
        "last_day": head.last_day,
        "articles": len(members),
        "reports": len({m.original_hash or m.hash for m in members}),
        "outlets": len({outlet_of(m) for m in members}),
        "article_ids": [m.id for m in members],
        "disputed_claims": disputed,
    }


def story(story_id: str, db: str | Store | None = None) -> dict[str, Any]:
    """One story in full (also by the id of a story since merged into it); raises
    StoreError when no story has or had that id."""
    with using_store(db) as store, store.engine.connect() as connection:
        story_id = resolve(connection, story_id)  # a story merged into another goes by its id
        head = connection.execute(select(S).where(S.c.id == story_id)).first()
        if head is None:
            raise StoreError(story_id, "no story with this id; `warta stories` lists them")
        result = _summary(connection, head, False)
        result["actors"] = actor_names(connection, story_id)
        result["articles_detail"] = [_member(m) for m in member_rows(connection, story_id)]
        result["events"] = fused_events(connection, story_id)
        result["claims"] = claims(connection, story_id)
        result["disputed_claims"] = any(c["disputed"] for c in result["claims"])
        result["quotes"] = [_quote(q) for q in quote_records(connection, story_id)]
        return result


def _member(member: Row[Any]) -> dict[str, Any]:
    return {
        "id": member.id, "title": member.title, "publisher": member.publisher, "published": member.published,
        "day": member.day, "copy_of": member.original_id, "outlet": outlet_of(member),
    }


def cite(citation: Citation) -> dict[str, Any]:
    return {"article": citation.article_id, "sentence": citation.sentence, "paragraph": citation.paragraph,
            "label": citation.label()}


def fused_events(connection: Connection, story_id: str) -> list[dict[str, Any]]:
    heads = connection.execute(select(F).where(F.c.story_id == story_id)).all()
    sources = connection.execute(
        select(ES.c.fused_id, A.c.id, E.c.evidence, E.c.sentence, E.c.paragraph, E.c.status, A.c.seq, E.c.n)
        .join(E, (E.c.article_hash == ES.c.article_hash) & (E.c.n == ES.c.event_n))
        .join(A, A.c.hash == ES.c.article_hash).join(F, F.c.id == ES.c.fused_id)
        .where(F.c.story_id == story_id).order_by(A.c.seq, E.c.n)
    ).all()
    by_fused: dict[str, list[dict[str, Any]]] = {}
    for row in sources:
        by_fused.setdefault(row.fused_id, []).append(
            {"evidence": row.evidence, "status": row.status, **cite(Citation(row.id, row.sentence, row.paragraph))})
    events = [
        {"id": h.id, "type": h.type, "source": h.source, "target": h.target, "date": h.date, "polarity": h.polarity,
         "reports": h.reports, "outlets": h.outlets, "sources": by_fused.get(h.id, [])}
        for h in heads
    ]
    return sorted(events, key=lambda e: (e["date"] is None, e["date"] or "", -e["outlets"], e["type"], e["id"]))


def claims(connection: Connection, story_id: str) -> list[dict[str, Any]]:
    heads = connection.execute(select(C).where(C.c.story_id == story_id)).all()
    positions = connection.execute(
        select(CP, A.c.id.label("article_id")).join(C, C.c.id == CP.c.claim_id).join(A, A.c.hash == CP.c.article_hash)
        .where(C.c.story_id == story_id).order_by(CP.c.claim_id, CP.c.n)
    ).all()
    details = _position_details(connection, positions)
    found = []
    for head in heads:
        mine = [details[(p.claim_id, p.n)] for p in positions if p.claim_id == head.id]
        found.append({
            "id": head.id, "type": head.type, "source": head.source, "target": head.target,
            "disputed": head.disputed, "positions": mine,
            "asserting": sorted({p["actor"] for p in mine if p["stance"] == "assert" and p["actor"]}),
            "denying": sorted({p["actor"] for p in mine if p["stance"] == "deny" and p["actor"]}),
        })
    return sorted(found, key=lambda c: (not c["disputed"], c["type"], c["source"], c["target"] or ""))


def _position_details(connection: Connection, positions: Sequence[Any]) -> dict[tuple[str, int], dict[str, Any]]:
    """Each position with the words it rests on: the event's evidence or the quote."""
    details = {}
    for p in positions:
        table = E if p.kind == "event" else schema.quotes
        text_column = E.c.evidence if p.kind == "event" else schema.quotes.c.text
        row = connection.execute(
            select(text_column.label("text"), table.c.sentence, table.c.paragraph)
            .where(table.c.article_hash == p.article_hash, table.c.n == p.ref)
        ).one()
        details[(p.claim_id, p.n)] = {"stance": p.stance, "actor": p.actor, "kind": p.kind, "text": row.text,
                                      **cite(Citation(p.article_id, row.sentence, row.paragraph))}
    return details


def _quote(quote: Any) -> dict[str, Any]:
    return {"speaker": quote.speaker, "actor": quote.actor, "text": quote.text, "direct": quote.direct,
            "date": quote.date, **cite(quote.citation)}
