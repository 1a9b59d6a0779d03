"""The compiled token scanner (warta._native.scan) against the token regex and its pure-Python twin."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import segment
from warta.annotate.segment import _TOKEN, _TOKEN_SPLIT, tokens, tokens_from_parts
from warta.types import Span, Token

pytestmark = pytest.mark.skipif(segment._native is None, reason="the compiled core was not built")

Built = tuple[tuple[Token, ...], list[int]]


def _scanned(text: str, offset: int) -> Built:
    assert segment._native is not None
    return segment._native.scan(text, offset, Span, Token)


def _regex(text: str, offset: int) -> Built:
    """What the regex finds, built the plain way (dataclass __init__, Span's checks)."""
    found = tuple(Token(Span(m.start() + offset, m.end() + offset), m.group()) for m in _TOKEN.finditer(text))
    return found, [token.span.start for token in found]


def _assert_twins(text: str, offset: int) -> None:
    scanned = _scanned(text, offset)
    assert scanned == _regex(text, offset)
    assert scanned == tokens_from_parts(_TOKEN_SPLIT.split(text), offset)


# Characters where the pattern's classes or branches turn: letters of several scripts, digits
# that are decimal in other scripts ('٣', '߃') or alphanumeric but not decimal ('²', '½', 'Ⅻ':
# letters to the pattern), the abbreviation, word and number punctuation, spaces of all kinds
# (Python counts '\x1c' and '\x85' as spaces, not '\u200b'), combining marks (not letters) and
# characters of 1, 2 and 4 bytes in a str.
_TURNING = list(
    "aZzéßжЖαλعب中ก\u0915_0159٣߃²½Ⅻ.-'’%,:/;!?()\"“ "
    "\t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u1680\u2000\u2028\u2029\u202f\u3000\u200b\u180e"
    "\u0301\u093f\u20dd😀🇮𝐀𝟗"
)
_TEXTS = st.one_of(
    st.text(alphabet=st.sampled_from(_TURNING), max_size=40),
    st.text(alphabet=st.sampled_from("aB1.-'’%,/ "), max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.text(max_size=30),  # lone surrogates too: a str may hold them
)


@settings(max_examples=1500, deadline=None)
@given(text=_TEXTS, offset=st.integers(0, 10_000))
def test_segment_scan_finds_the_regex_tokens(text: str, offset: int) -> None:
    _assert_twins(text, offset)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a.n. Presiden", ["a.n.", "Presiden"]),
        ("Budi, S.H., M.H..", ["Budi", ",", "S.H.", ",", "M.H.", "."]),
        ("A.B.C.D.", ["A.B.C.D."]),
        ("A.B.C.D", ["A.B.C.", "D"]),  # the abbreviation stops at the last letter with a dot
        ("a.", ["a", "."]),
        ("a.b", ["a", ".", "b"]),  # the abbreviation fails part-way: the word branch
        ("a.1.", ["a", ".", "1", "."]),
        ("ab.c.", ["ab", ".", "c", "."]),
        ("1.350 ton", ["1.350", "ton"]),
        ("2,5 juta", ["2,5", "juta"]),
        ("pukul 10:30.", ["pukul", "10:30", "."]),
        ("11/11/2023", ["11/11/2023"]),
        ("45%", ["45%"]),
        ("45 %", ["45", "%"]),
        ("1.", ["1", "."]),
        ("1..2", ["1", ".", ".", "2"]),
        ("٣.٥٠٠", ["٣.٥٠٠"]),
        ("Jong-un", ["Jong-un"]),
        ("Kim's", ["Kim's"]),
        ("Kim’s", ["Kim’s"]),
        ("bolak-balik", ["bolak-balik"]),
        ("negara-negara--nya", ["negara-negara", "-", "-", "nya"]),
        ("a-", ["a", "-"]),
        ("COVID-19", ["COVID-19"]),
        ("_x", ["_", "x"]),
        ("x_y", ["x", "_", "y"]),
        ("x²", ["x²"]),
        ("²x", ["²x"]),  # '²' is no decimal digit: it starts a word
        ("e\u0301", ["e", "\u0301"]),  # a combining mark is no letter
        ("\u00a0kata\u2028lain\u3000", ["kata", "lain"]),
        ("a\u200bb", ["a", "\u200b", "b"]),  # a zero-width space is no space
        ("—katanya.", ["—", "katanya", "."]),
        ("😀😀", ["😀", "😀"]),
        ("", []),
        (" \n\t ", []),
    ],
)
def test_segment_scan_tokens_of_written_cases(text: str, expected: list[str]) -> None:
    built, starts = _scanned(text, 7)
    assert [token.text for token in built] == expected
    assert [token.span.of(" " * 7 + text) for token in built] == expected
    assert starts == [token.span.start for token in built]
    _assert_twins(text, 7)


def test_segment_scan_tokens_of_a_written_sentence() -> None:
    text = "Menlu AS a.n. Presiden tiba, Senin (11/11/2023), membawa 1.350 ton bantuan—katanya."
    built, _ = _scanned(text, 10)
    assert [t.text for t in built][:6] == ["Menlu", "AS", "a.n.", "Presiden", "tiba", ","]
    assert built == tokens(text, 10)
    _assert_twins(text, 10)


def test_segment_scan_token_texts_are_strings_of_their_own() -> None:
    text = "kata ٣٣ 😀 x"
    built, _ = _scanned(text, 0)
    assert all(type(token.text) is str for token in built)
    assert [token.text for token in built] == ["kata", "٣٣", "😀", "x"]
    assert [token.text.isascii() for token in built] == [True, False, False, True]


def test_segment_scan_equals_the_regex_on_news(shared_dir: Path) -> None:
    with (shared_dir / "corpus" / "bulk" / "articles.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line).get("text") or "" for line in islice(lines, 200)]
    assert sum(map(len, texts)) > 100_000
    for text in texts:
        _assert_twins(text, 0)


def test_segment_scan_refuses_bad_input() -> None:
    assert segment._native is not None
    scan = segment._native.scan
    with pytest.raises(ValueError, match="offset"):
        scan("a", -1, Span, Token)
    with pytest.raises(OverflowError):
        scan("ab", 2**63 - 2, Span, Token)
    with pytest.raises(TypeError, match="str"):
        scan(b"a", 0, Span, Token)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        scan("a", 0.5, Span, Token)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="slot"):
        scan("a", 0, Token, Span)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        scan("a", 0, Span)  # type: ignore[call-arg]
