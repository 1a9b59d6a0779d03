"""A story's timeline: its dated fused events and its quotes, in date order, each cited."""

from __future__ import annotations

from typing import Any

from warta.corpus.views import story as load_story
from warta.store.repository import Store

KIND_ORDER = {"event": 0, "quote": 1}


def timeline_entries(story: dict[str, Any]) -> list[dict[str, Any]]:
    """Dated events (every report of one fused event cited) and quotes (dated by their article)."""
    entries = [
        {"date": e["date"], "kind": "event", "type": e["type"], "source": e["source"], "target": e["target"],
         "polarity": e["polarity"], "outlets": e["outlets"],
         "text": e["sources"][0]["evidence"] if e["sources"] else "",
         "citations": [s["label"] for s in e["sources"]]}
        for e in story["events"] if e["date"]
    ]
    entries += [
        {"date": q["date"], "kind": "quote", "speaker": q["speaker"], "actor": q["actor"], "text": q["text"],
         "citations": [q["label"]]}
        for q in story["quotes"] if q["date"]
    ]
    return sorted(entries, key=lambda e: (e["date"], KIND_ORDER[e["kind"]], e["citations"]))


def timeline(story_id: str, db: str | Store | None = None) -> list[dict[str, Any]]:
    """The timeline of story ``story_id``; raises StoreError for an unknown id."""
    return timeline_entries(load_story(story_id, db))
