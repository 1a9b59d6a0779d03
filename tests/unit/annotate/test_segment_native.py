"""The compiled token builder (warta._native.tokens) against its pure-Python twin."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import segment
from warta.annotate.segment import _TOKEN_SPLIT, tokens, tokens_from_parts
from warta.types import Span, Token

pytestmark = pytest.mark.skipif(segment._native is None, reason="the compiled core was not built")


def _both(text: str, offset: int) -> tuple[tuple[tuple[Token, ...], list[int]], tuple[tuple[Token, ...], list[int]]]:
    assert segment._native is not None
    parts = _TOKEN_SPLIT.split(text)
    return segment._native.tokens(parts, offset, Span, Token), tokens_from_parts(parts, offset)


def test_segment_compiled_tokens_are_the_tokens_of_a_written_sentence() -> None:
    text = "Menlu AS a.n. Presiden tiba, Senin (11/11/2023), membawa 1.350 ton bantuan—katanya."
    (built, starts), _ = _both(text, 10)
    assert [t.text for t in built][:6] == ["Menlu", "AS", "a.n.", "Presiden", "tiba", ","]
    assert [t.span.of(" " * 10 + text) for t in built] == [t.text for t in built]
    assert starts == [t.span.start for t in built]
    assert built == tokens(text, 10)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=80), offset=st.integers(0, 1000))
def test_segment_compiled_tokens_equal_the_python_twin(text: str, offset: int) -> None:
    compiled, plain = _both(text, offset)
    assert compiled == plain


def test_segment_compiled_tokens_equal_the_python_twin_on_news(shared_dir: Path) -> None:
    with (shared_dir / "corpus" / "bulk" / "articles.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line).get("text") or "" for line in islice(lines, 200)]
    assert sum(map(len, texts)) > 100_000
    for text in texts:
        compiled, plain = _both(text, 0)
        assert compiled == plain


def test_segment_compiled_tokens_refuse_a_malformed_split() -> None:
    assert segment._native is not None
    with pytest.raises(ValueError, match="gap, token"):
        segment._native.tokens(["", "a"], 0, Span, Token)
    with pytest.raises(ValueError, match="offset"):
        segment._native.tokens(["", "a", ""], -1, Span, Token)
    with pytest.raises(TypeError, match="strings"):
        segment._native.tokens(["", 3, ""], 0, Span, Token)  # type: ignore[list-item]
    with pytest.raises(TypeError, match="slot"):
        segment._native.tokens(["", "a", ""], 0, Token, Span)
