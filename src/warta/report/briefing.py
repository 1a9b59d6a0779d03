"""Briefings on one story: what happened, who said what, what is disputed.

The briefing is built once as sections of sentences, each with the citations it rests on
(``article_id:sN``: article and 1-based sentence), then rendered as Markdown, HTML or JSON.
No sentence is emitted without at least one citation.
"""

from __future__ import annotations

import html
import json
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta.corpus.views import story as load_story
from warta.resources import read_text
from warta.store.repository import Store

MAX_EVENTS = 30
MAX_QUOTES = 20
FORMATS = ("md", "html", "json")


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    citations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    lines: tuple[Line, ...]


@cache
def _verbs() -> dict[str, str]:
    return dict(tomllib.loads(read_text("corpus", "phrases.toml"))["verbs"])


def _name(code: str | None, actors: dict[str, str]) -> str:
    if code is None:
        return "an unnamed party"
    name = actors.get(code)
    return f"{name} ({code})" if name and name != code else code


def _deed(kind: str, source: str | None, target: str | None, actors: dict[str, str]) -> str:
    verb = _verbs().get(kind, kind.lower())
    object_ = f" {_name(target, actors)}" if target else ""
    return f"{_name(source, actors)} {verb}{object_}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def overview(story: dict[str, Any]) -> Section:
    first, last = story["first_day"], story["last_day"]
    span = first if first == last else f"{first} to {last}"
    when = f", dated {span}" if story["first_day"] else ""
    text = (f"This story gathers {story['articles']} article(s), {story['reports']} independent report(s) "
            f"from {story['outlets']} outlet(s){when}.")
    return Section("Overview", (Line(text, tuple(story["article_ids"])),))


def happenings(story: dict[str, Any]) -> Section:
    actors = story["actors"]
    lines = []
    for event in [e for e in story["events"] if e["polarity"] != "negative" and e["sources"]][:MAX_EVENTS]:
        deed = _deed(event["type"], event["source"], event["target"], actors)
        if event["polarity"] == "threatened":
            deed = f"{_name(event['source'], actors)} threatened action ({event['type']})" + (
                f" against {_name(event['target'], actors)}" if event["target"] else "")
        when = f"On {event['date']}, {deed}" if event["date"] else f"{_capital(deed)} (date not stated)"
        support = f"according to {event['outlets']} independent outlet(s)"
        lines.append(Line(f"{when}, {support}.", tuple(s["label"] for s in event["sources"])))
    return Section("What happened", tuple(lines))


def sayings(story: dict[str, Any]) -> Section:
    actors = story["actors"]
    quotes = sorted(story["quotes"], key=lambda q: (not q["direct"], q["date"] or "", q["label"]))[:MAX_QUOTES]
    lines = []
    for quote in quotes:
        speaker = quote["speaker"] or "An unnamed source"
        side = f" for {_name(quote['actor'], actors)}" if quote["actor"] else ""
        verb = "said" if quote["direct"] else "said, in substance,"
        lines.append(Line(f"{speaker}{side} {verb}: “{quote['text']}”", (quote["label"],)))
    return Section("Who said what", tuple(lines))


def disputes(story: dict[str, Any]) -> Section:
    actors = story["actors"]
    lines = []
    for claim in [c for c in story["claims"] if c["disputed"]]:
        deed = _deed(claim["type"], claim["source"], claim["target"], actors)
        asserted = ", ".join(_name(a, actors) for a in claim["asserting"]) or "the reporting outlets"
        denied = ", ".join(_name(a, actors) for a in claim["denying"])
        cites = tuple(dict.fromkeys(p["label"] for p in claim["positions"]))
        lines.append(Line(f"That {deed} is asserted by {asserted} and denied by {denied}.", cites))
    if not lines:
        lines.append(Line("None of the parties named in these reports denies a claim made in them.",
                          tuple(story["article_ids"])))
    return Section("What is disputed", tuple(lines))


def sections(story: dict[str, Any]) -> list[Section]:
    return [overview(story), happenings(story), sayings(story), disputes(story)]


def render_markdown(story: dict[str, Any], parts: list[Section]) -> str:
    out = [f"# {story['title'] or story['id']}", "", f"Story `{story['id']}`", ""]
    for part in parts:
        out += [f"## {part.heading}", ""]
        out += [f"- {line.text} [{'; '.join(line.citations)}]" for line in part.lines] or ["- (nothing reported)"]
        out.append("")
    return "\n".join(out)


def render_html(story: dict[str, Any], parts: list[Section]) -> str:
    title = html.escape(story["title"] or story["id"])
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{title}</title></head><body>",
           f"<h1>{title}</h1>", f"<p>Story <code>{html.escape(story['id'])}</code></p>"]
    for part in parts:
        out.append(f"<h2>{html.escape(part.heading)}</h2><ul>")
        for line in part.lines:
            cites = "; ".join(f'<cite>{html.escape(c)}</cite>' for c in line.citations)
            out.append(f"<li>{html.escape(line.text)} [{cites}]</li>")
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def render_json(story: dict[str, Any], parts: list[Section]) -> str:
    data = {
        "id": story["id"], "title": story["title"],
        "sections": [{"heading": p.heading, "sentences": [{"text": line.text, "citations": list(line.citations)}
                                                          for line in p.lines]} for p in parts],
        "claims": story["claims"],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


RENDERERS = {"md": render_markdown, "html": render_html, "json": render_json}


def brief(story_id: str, format: str = "md", db: str | Store | None = None) -> str:
    """The briefing on story ``story_id`` as ``md``, ``html`` or ``json`` text."""
    if format not in RENDERERS:
        raise ValueError(f"unknown briefing format {format!r}; use one of {', '.join(FORMATS)}")
    data = load_story(story_id, db)
    return RENDERERS[format](data, sections(data))
