"""The LLM event coder over a real HTTP request/response cycle (httpx.MockTransport, no network)."""

from __future__ import annotations

import json

import httpx
import pytest
from event_helpers import build

from warta.annotate.coders import EventCoder, RuleCoder, coder_names, get_coder
from warta.annotate.llm_coder import LlmCoder, events_from_answer
from warta.errors import ConfigError, UnknownImplementation

TEXT = "Filipina mengecam China atas insiden di Laut China Selatan."


def _coder(answer: str, seen: list[httpx.Request]) -> LlmCoder:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"choices": [{"message": {"role": "assistant", "content": answer}}]})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    return LlmCoder("http://llm.test/v1", "tiny-model", "secret", client=client)


def test_events_llm_request_and_verbatim_evidence() -> None:
    answer = json.dumps({"events": [
        {"type": "ACCUSE", "source": "PHL", "target": "CHN", "date": None,
         "evidence": "Filipina mengecam China", "trigger": "mengecam"},
        {"type": "ASSAULT", "source": "CHN", "target": "PHL", "evidence": "China menembak kapal Filipina"},
    ]})  # fmt: skip
    seen: list[httpx.Request] = []
    analysis = _coder(answer, seen).annotate(build(TEXT))
    assert [(e.type, e.source, e.target) for e in analysis.events] == [("ACCUSE", "PHL", "CHN")]
    assert analysis.events[0].trigger.of(analysis.text) == "mengecam"
    assert [p.code for p in analysis.problems] == ["llm-evidence"]  # invented evidence is dropped
    request = seen[0]
    assert request.url == "http://llm.test/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer secret"
    body = json.loads(request.content)
    assert body["model"] == "tiny-model"
    assert body["messages"][-1]["content"] == TEXT


@pytest.mark.parametrize("answer", ["maaf, saya tidak bisa", "[1, 2", '{"events": "none"}'])
def test_events_llm_bad_answer_is_a_problem(answer: str) -> None:
    events, problems = events_from_answer(TEXT, answer)
    assert events == ()
    assert [p.code for p in problems] == ["llm-answer"]


def test_events_llm_unknown_type_is_dropped() -> None:
    answer = '[{"type": "PRAISE", "source": "PHL", "evidence": "Filipina mengecam China"}]'
    events, problems = events_from_answer(TEXT, answer)
    assert events == ()
    assert problems[0].code == "llm-event"


def test_events_llm_needs_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARTA_LLM_BASE_URL", raising=False)
    monkeypatch.delenv("WARTA_LLM_MODEL", raising=False)
    with pytest.raises(ConfigError, match="WARTA_LLM_BASE_URL"):
        get_coder("events.llm.v1")


def test_events_coders_registry() -> None:
    assert {"events.rules.v1", "events.llm.v1"} <= set(coder_names())
    coder = get_coder()
    assert isinstance(coder, RuleCoder)
    assert isinstance(coder, EventCoder)
    assert [(e.type, e.source) for e in coder.code(build(TEXT))] == [("ACCUSE", "PHL")]
    with pytest.raises(UnknownImplementation, match=r"known: events\.llm\.v1, events\.rules\.v1"):
        get_coder("events.magic.v9")
