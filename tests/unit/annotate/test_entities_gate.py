"""Which sentences the recogniser is run on: those holding a capitalised word no earlier step
explained. A sentence's first word counts only when news text capitalises it mid-sentence too."""

from __future__ import annotations

from itertools import accumulate

import pytest

from warta.annotate import ner
from warta.annotate.entity_recognised import _sentences_holding, recogniser
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
    texts = [t.text for t in words]
    new = [i for i, text in enumerate(texts) if text in unexplained]
    assert (_sentences_holding(new, [len(texts)], texts) == [0]) is tagged


def test_entities_gate_sentences_of_an_article() -> None:
    sentences = [
        "Menurut dia, harga beras naik lagi pekan ini.",
        "Harga cabai juga naik.",
        "Sutarjo mengatakan harga beras naik lagi pekan ini.",
        "Namun pedagang di Pasar Minggu menolak.",
    ]
    texts = [t.text for sentence in sentences for t in tokens(sentence)]
    ends = list(accumulate(len(tokens(sentence)) for sentence in sentences))
    new = [i for i, text in enumerate(texts) if text in {"Menurut", "Harga", "Sutarjo", "Namun", "Pasar", "Minggu"}]
    assert _sentences_holding(new, ends, texts) == [2, 3]
