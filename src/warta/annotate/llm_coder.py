"""A second event coder: a chat model behind an OpenAI-compatible endpoint ("events.llm.v1").

Off by default and never used unless chosen (``get_coder("events.llm.v1")``). Configuration
comes from the environment: ``WARTA_LLM_BASE_URL`` (e.g. ``http://localhost:8000/v1``),
``WARTA_LLM_MODEL`` and optionally ``WARTA_LLM_API_KEY``. The model's answer goes through the
same types as the rule coder's; an event whose evidence is not found verbatim in the article
is dropped and recorded as a :class:`~warta.types.Problem`, so nothing is reported that cannot
be traced to its words.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from typing import Any

from warta.annotate.event_lexicon import PLOVER_TYPES
from warta.errors import ConfigError, MissingExtra
from warta.types import Analysis, Event, Problem, Span

NAME = "events.llm.v1"
_TIMEOUT = 60.0
_PROMPT = (
    "You code international political events in an Indonesian news article in PLOVER. "
    "Answer with JSON only: {\"events\": [{\"type\": one of " + ", ".join(PLOVER_TYPES) + ", "
    "\"source\": ISO 3166-1 alpha-3 code or UN/EU/G7/NATO/ASEAN, \"target\": a code or null, "
    "\"date\": \"YYYY-MM-DD\" or null, \"evidence\": the exact words of the article that report it, "
    "\"trigger\": the word inside the evidence that names the event}]}. One event per (source, target) "
    "pair; leave out hypothetical, negated and merely alleged events."
)


@dataclass(frozen=True, slots=True)
class LlmCoder:
    base_url: str
    model: str
    api_key: str | None = None
    client: Any = field(default=None, compare=False)  # an httpx.Client; a MockTransport one in tests
    name: str = NAME

    @classmethod
    def from_env(cls) -> LlmCoder:
        base_url, model = os.environ.get("WARTA_LLM_BASE_URL"), os.environ.get("WARTA_LLM_MODEL")
        if not base_url or not model:
            raise ConfigError(NAME, "set WARTA_LLM_BASE_URL and WARTA_LLM_MODEL to use the LLM event coder")
        return cls(base_url.rstrip("/"), model, os.environ.get("WARTA_LLM_API_KEY"))

    def code(self, analysis: Analysis) -> tuple[Event, ...]:
        return self.code_with_problems(analysis)[0]

    def code_with_problems(self, analysis: Analysis) -> tuple[tuple[Event, ...], tuple[Problem, ...]]:
        return events_from_answer(analysis.text, self._ask(analysis.text))

    def annotate(self, analysis: Analysis) -> Analysis:
        events, problems = self.code_with_problems(analysis)
        return replace(analysis, events=events, problems=analysis.problems + problems)

    def _ask(self, text: str) -> str:
        try:
            import httpx
        except ModuleNotFoundError:  # pragma: no cover - httpx is a core dependency today
            raise MissingExtra(NAME, "the LLM coder needs httpx: pip install 'warta[llm]'") from None
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        payload = {
            "model": self.model,
            "temperature": 0,
            "messages": [{"role": "system", "content": _PROMPT}, {"role": "user", "content": text}],
        }
        client = self.client or httpx.Client(timeout=_TIMEOUT)
        response = client.post(f"{self.base_url}/chat/completions", json=payload, headers=headers)
        response.raise_for_status()
        return str(response.json()["choices"][0]["message"]["content"])


def _problem(code: str, message: str) -> Problem:
    return Problem(NAME, code, message)


def _parse(answer: str) -> list[dict[str, Any]] | None:
    body = answer.strip().removeprefix("```json").removeprefix("```").removesuffix("```")
    try:
        data = json.loads(body)
    except json.JSONDecodeError:
        return None
    items = data.get("events") if isinstance(data, dict) else data
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else None


def _event(text: str, item: dict[str, Any]) -> Event | Problem:
    evidence, kind = str(item.get("evidence") or ""), str(item.get("type") or "").upper()
    start = text.find(evidence) if evidence else -1
    if start < 0:
        return _problem("llm-evidence", f"evidence not in the text, event dropped: {evidence[:80]!r}")
    if kind not in PLOVER_TYPES or not item.get("source"):
        return _problem("llm-event", f"not a PLOVER event with a source, dropped: {item!r}"[:200])
    span = Span(start, start + len(evidence))
    trigger_at = evidence.find(str(item.get("trigger") or "\0"))
    trigger = Span(start + trigger_at, start + trigger_at + len(str(item["trigger"]))) if trigger_at >= 0 else span
    return Event(kind, None, str(item["source"]), item.get("target") or None, item.get("date") or None,
                 "happened", span, trigger, 0.5, by=NAME)


def events_from_answer(text: str, answer: str) -> tuple[tuple[Event, ...], tuple[Problem, ...]]:
    """Events a model answered for ``text``, keeping only those whose evidence is verbatim in it."""
    items = _parse(answer)
    if items is None:
        return (), (_problem("llm-answer", "the model's answer is not the JSON asked for"),)
    results = [_event(text, item) for item in items]
    return (tuple(r for r in results if isinstance(r, Event)), tuple(r for r in results if isinstance(r, Problem)))
