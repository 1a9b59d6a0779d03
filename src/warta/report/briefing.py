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


@dataclass(frozen=True, slots=True)
class Phrases:
    """The English phrases of ``resources/corpus/phrases.toml``."""

    events: dict[str, dict[str, list[str]]]
    fallback: dict[str, list[str]]
    unnamed: str
    definite: frozenset[str]
    quotes: dict[str, str]


@cache
def phrases() -> Phrases:
    data = tomllib.loads(read_text("corpus", "phrases.toml"))
    return Phrases(data["events"], data["fallback"], data["actors"]["unnamed"],
                   frozenset(data["actors"]["definite"]), data["quotes"])


def _name(code: str | None, actors: dict[str, str]) -> str:
    """An actor in running text: "the United States (USA)", "Japan (JPN)", "an unnamed party"."""
    if code is None:
        return phrases().unnamed
    name = actors.get(code)
    if not name or name == code:
        return code
    article = "the " if name in phrases().definite else ""
    return f"{article}{name} ({code})"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _series(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def deed(kind: str, source: str | None, target: str | None, actors: dict[str, str], form: str = "did") -> str:
    """The clause for one deed, from its source: "North Korea (PRK) provided aid to Russia (RUS)";
    ``form`` "to" gives the infinitive ("attack Ukraine (UKR)") for "threatened to ..."."""
    table = phrases().events.get(kind, phrases().fallback)[form]
    template = table[0] if target else table[1]
    return template.format(target=_name(target, actors), type=kind)


def _clause(event: dict[str, Any], actors: dict[str, str]) -> str:
    subject = _name(event["source"], actors)
    if event["polarity"] == "threatened":
        return f"{subject} threatened to {deed(event['type'], event['source'], event['target'], actors, 'to')}"
    return f"{subject} {deed(event['type'], event['source'], event['target'], actors)}"


def overview(story: dict[str, Any]) -> Section:
    first, last = story["first_day"], story["last_day"]
    span = f", dated {first}" if first == last else f", dated {first} to {last}"
    text = (f"This story gathers {_plural(story['articles'], 'article')}: "
            f"{_plural(story['reports'], 'independent report')} from {_plural(story['outlets'], 'outlet')}"
            f"{span if first else ''}.")
    return Section("Overview", (Line(text, tuple(story["article_ids"])),))


def happening(event: dict[str, Any], actors: dict[str, str]) -> Line:
    """One fused event as a sentence with its corroboration and its sources' citations."""
    clause = _clause(event, actors)
    support = f"according to {_plural(event['outlets'], 'independent outlet')}"
    text = f"On {event['date']}, {clause}, {support}." if event["date"] else (
        f"{_capital(clause)}, {support} (no date given).")
    return Line(text, tuple(s["label"] for s in event["sources"]))


def happenings(story: dict[str, Any]) -> Section:
    events = [e for e in story["events"] if e["polarity"] != "negative" and e["sources"]][:MAX_EVENTS]
    return Section("What happened", tuple(happening(e, story["actors"]) for e in events))


def _words(text: str) -> str:
    """The quoted words, without the comma or colon that led back into the reporter's sentence."""
    words = text.strip().rstrip(",;:").rstrip()
    return words if words.endswith((".", "!", "?", "…")) else f"{words}."


def _speaker(quote: dict[str, Any], actors: dict[str, str]) -> str:
    speaker = quote["speaker"] or phrases().quotes["unnamed"]
    speaker = f"the {speaker}" if speaker in phrases().definite else speaker
    actor = actors.get(quote["actor"] or "", quote["actor"])
    if not quote["actor"] or (actor and actor.casefold() in speaker.casefold()):
        return speaker
    return phrases().quotes["for_actor"].format(speaker=speaker, actor=_name(quote["actor"], actors))


def saying(quote: dict[str, Any], actors: dict[str, str]) -> Line:
    """One quote as a sentence: direct words as said, indirect ones marked as the outlet's."""
    template = phrases().quotes["direct" if quote["direct"] else "indirect"]
    text = template.format(speaker=_speaker(quote, actors), text=_words(quote["text"]))
    return Line(_capital(text), (quote["label"],))


def sayings(story: dict[str, Any]) -> Section:
    quotes = sorted(story["quotes"], key=lambda q: (not q["direct"], q["date"] or "", q["label"]))[:MAX_QUOTES]
    return Section("Who said what", tuple(saying(q, story["actors"]) for q in quotes))


def dispute(claim: dict[str, Any], actors: dict[str, str]) -> Line:
    """A disputed claim: the deed, who asserts it and who denies it, citing every position."""
    what = f"{_name(claim['source'], actors)} {deed(claim['type'], claim['source'], claim['target'], actors)}"
    asserted = _series([_name(a, actors) for a in claim["asserting"]] or ["the reporting outlets"])
    denied = _series([_name(a, actors) for a in claim["denying"]])
    cites = tuple(dict.fromkeys(p["label"] for p in claim["positions"]))
    return Line(f"The claim that {what} is asserted by {asserted} and denied by {denied}.", cites)


def disputes(story: dict[str, Any]) -> Section:
    lines = [dispute(c, story["actors"]) for c in story["claims"] if c["disputed"]]
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
