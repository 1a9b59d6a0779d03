"""Briefing sentences: proper English for every event type, quotes, and valid, cited output."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from newsroom import HARD_ARMS, analyses
from storefixtures import add_all

from warta.corpus.views import stories
from warta.report import briefing
from warta.report.briefing import brief
from warta.store import Store

GOLDEN = Path(__file__).resolve().parent / "golden"
ACTORS = {"PRK": "North Korea", "RUS": "Russia", "USA": "United States", "UKR": "Ukraine"}
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
DANGLING = re.compile(r"\b(?:with|to|of|for|from|on|against|towards),? (?:according|\()|\b(?:with|to|of|for|on)\.$")


def _event(kind: str, target: str | None, date: str | None = "2024-11-04", polarity: str = "positive",
           outlets: int = 2) -> dict[str, Any]:
    return {"type": kind, "source": "PRK", "target": target, "date": date, "polarity": polarity, "outlets": outlets,
            "sources": [{"label": "tempo_a:s3"}, {"label": "kompas_b:s1"}]}


@pytest.mark.parametrize("kind", TYPES)
@pytest.mark.parametrize("target", ["UKR", None])
def test_briefing_every_event_type_reads_as_a_sentence(kind: str, target: str | None) -> None:
    line = briefing.happening(_event(kind, target), ACTORS)
    assert line.text.startswith("On 2024-11-04, North Korea (PRK) ")
    assert line.text.endswith(", according to 2 independent outlets.")
    assert not DANGLING.search(line.text), line.text
    assert ("Ukraine (UKR)" in line.text) == (target is not None)
    assert line.citations == ("tempo_a:s3", "kompas_b:s1")


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (_event("AID", "RUS"), "On 2024-11-04, North Korea (PRK) provided aid to Russia (RUS), "
                               "according to 2 independent outlets."),
        (_event("AGREE", None, outlets=1), "On 2024-11-04, North Korea (PRK) announced an agreement, "
                                           "according to 1 independent outlet."),
        (_event("ACCUSE", "USA", date=None), "North Korea (PRK) accused the United States (USA), "
                                             "according to 2 independent outlets (no date given)."),
        (_event("ASSAULT", "UKR", polarity="threatened"),
         "On 2024-11-04, North Korea (PRK) threatened to attack Ukraine (UKR), according to 2 independent outlets."),
        (_event("SANCTION", None, polarity="threatened"),
         "On 2024-11-04, North Korea (PRK) threatened to impose sanctions, according to 2 independent outlets."),
        (_event("MEDIATE", "UKR"), "On 2024-11-04, North Korea (PRK) took an action coded MEDIATE towards "
                                   "Ukraine (UKR), according to 2 independent outlets."),
    ],
)
def test_briefing_event_sentences(event: dict[str, Any], expected: str) -> None:
    assert briefing.happening(event, ACTORS).text == expected


def _quote(text: str, direct: bool, speaker: str | None = "Maria Zakharova",
           actor: str | None = "RUS") -> dict[str, Any]:
    return {"speaker": speaker, "actor": actor, "text": text, "direct": direct, "date": "2024-11-05",
            "label": "cnn_c:s4"}


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (_quote("Tuduhan itu tidak berdasar,", True),
         "Maria Zakharova, speaking for Russia (RUS), said: “Tuduhan itu tidak berdasar.”"),
        (_quote("Moskow tidak menerima senjata dari Pyongyang", False),
         "Maria Zakharova, speaking for Russia (RUS), said, as paraphrased by the outlet: "
         "“Moskow tidak menerima senjata dari Pyongyang.”"),
        (_quote("Kami akan membalas!", True, speaker="Rusia"),
         "Rusia, speaking for Russia (RUS), said: “Kami akan membalas!”"),
        (_quote("Situasi terkendali.", True, speaker="Russia"), "Russia said: “Situasi terkendali.”"),
        (_quote("Kapal itu membawa amunisi.", False, speaker=None, actor=None),
         "An unnamed source said, as paraphrased by the outlet: “Kapal itu membawa amunisi.”"),
        (_quote("Tidak ada pengiriman.", True, speaker="White House", actor="USA"),
         "The White House, speaking for the United States (USA), said: “Tidak ada pengiriman.”"),
    ],
)
def test_briefing_quote_sentences(quote: dict[str, Any], expected: str) -> None:
    line = briefing.saying(quote, ACTORS)
    assert (line.text, line.citations) == (expected, ("cnn_c:s4",))


def _arms(store: Store) -> str:
    add_all(store, analyses(HARD_ARMS))
    (only,) = stories(store)
    return str(only["id"])


def test_briefing_golden_markdown(store: Store) -> None:
    """Checked by reading: the copy counts once, the undated aid claim says so, every line cites."""
    expected = (GOLDEN / "arms_story_brief.md").read_text(encoding="utf-8")
    assert brief(_arms(store), "md", store) + "\n" == expected


class _Checker(HTMLParser):
    VOID = frozenset({"meta", "br", "hr", "img", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.items: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append(tag)
        if tag == "li":
            self.items.append("")

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data: str) -> None:
        if "li" in self.open:
            self.items[-1] += data


def test_briefing_html_is_well_formed_and_escaped(store: Store) -> None:
    story_id = _arms(store)
    checker = _Checker()
    checker.feed(brief(story_id, "html", store))
    checker.close()
    assert (checker.errors, checker.open) == ([], [])
    markdown = [line[2:] for line in brief(story_id, "md", store).splitlines() if line.startswith("- ")]
    assert checker.items == markdown  # the same sentences, each with its citations


def test_briefing_html_escapes_markup_in_quotes() -> None:
    story = {"id": "st_x", "title": "Korut <kirim> & \"bantah\""}
    parts = [briefing.Section("Who said what", (briefing.Line("Juru bicara said: “<b>tidak</b> & bohong.”",
                                                                ("kompas_b:s2",)),))]
    page = briefing.render_html(story, parts)
    assert "<b>" not in page
    assert "&lt;b&gt;tidak&lt;/b&gt; &amp; bohong" in page
    assert "<title>Korut &lt;kirim&gt; &amp; &quot;bantah&quot;</title>" in page


def test_briefing_json_matches_markdown(store: Store) -> None:
    story_id = _arms(store)
    data = json.loads(brief(story_id, "json", store))
    sentences = [s for section in data["sections"] for s in section["sentences"]]
    markdown = [line[2:] for line in brief(story_id, "md", store).splitlines() if line.startswith("- ")]
    assert [f"{s['text']} [{'; '.join(s['citations'])}]" for s in sentences] == markdown
    assert all(s["citations"] for s in sentences)
