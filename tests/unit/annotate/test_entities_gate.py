"""Which sentences the recogniser is run on: those holding a capitalised word no earlier step
explained. A sentence's first word counts only when news text capitalises it mid-sentence too."""

from __future__ import annotations

import pytest

from warta.annotate import ner
from warta.annotate.entity_recognised import _may_hold_new_name, recogniser
from warta.annotate.segment import tokens
from warta.types import Token

pytestmark = pytest.mark.skipif(recogniser() is None, reason="no statistical recogniser installed")


@pytest.mark.parametrize(
    ("word", "lower"),
    [("Menurut", True), ("Sementara", True), ("Namun", True), ("Jakarta", False), ("Jokowi", False)],
)
def test_entities_gate_common_sentence_openers(word: str, lower: bool) -> None:
    assert ner.mostly_lower_case(word) is lower


@pytest.mark.parametrize(
    ("sentence", "unexplained", "tagged"),
    [
        # Only the opener is unexplained, and it is a common word: nothing left to find.
        ("Menurut dia, harga beras naik lagi pekan ini.", ("Menurut",), False),
        # A capitalised word inside the sentence that no step explained: tag it.
        ("Menurut Sutarjo, harga beras naik lagi pekan ini.", ("Menurut", "Sutarjo"), True),
        # An opener that is itself a name ("Sutarjo") still counts.
        ("Sutarjo mengatakan harga beras naik lagi pekan ini.", ("Sutarjo",), True),
        ("Harga beras naik lagi pekan ini.", (), False),
    ],
)
def test_entities_gate_sentence_choice(sentence: str, unexplained: tuple[str, ...], tagged: bool) -> None:
    words: tuple[Token, ...] = tokens(sentence)
    assert _may_hold_new_name([t.text in unexplained for t in words], words[0].text) is tagged
