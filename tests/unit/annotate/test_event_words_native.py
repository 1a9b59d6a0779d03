"""The compiled word scanner (warta._native.words) against the event lexicon's word regex and its
pure-Python twin, and text_words with and without it."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import event_lexicon
from warta.annotate.event_lexicon import _WORD, TextWords, _words_with_clitics, text_words, words_from_split

pytestmark = pytest.mark.skipif(event_lexicon._native is None, reason="the compiled core was not built")

Words = tuple[list[int], list[int], list[str]]


def _scanned(text: str) -> Words:
    assert event_lexicon._native is not None
    return event_lexicon._native.words(text)


def _regex(text: str) -> Words:
    found = list(_WORD.finditer(text))
    return [m.start() for m in found], [m.end() for m in found], [m.group() for m in found]


def _plain_text_words(text: str) -> TextWords:
    """What text_words means, spelled out word by word from the regex."""
    starts, ends, found = _regex(text)
    folded = [w.casefold() for w in found]
    table = _words_with_clitics()
    hits = [i for i, w in enumerate(folded) if w in table]
    return TextWords(starts, ends, folded, hits, [s for s, w in zip(starts, folded, strict=True) if not w.isascii()])


def _without_core(text: str) -> TextWords:
    saved, event_lexicon._native = event_lexicon._native, None
    try:
        return text_words(text)
    finally:
        event_lexicon._native = saved


def _assert_twins(text: str) -> None:
    scanned = _scanned(text)
    assert scanned == _regex(text)
    assert scanned == words_from_split(text)
    compiled, plain = text_words(text), _without_core(text)
    expected = _plain_text_words(text)
    for field in ("starts", "ends", "folded", "hits", "foreign"):
        assert getattr(compiled, field) == getattr(expected, field), field
        assert getattr(plain, field) == getattr(expected, field), field


# Where the word class or the case folding turns: letters of several scripts, digits decimal in
# other scripts ('٣', '߃') or not decimal ('²', '½'), '_' (a \w that is no word character),
# '-' and what is not a hyphen ('‐', '–'), combining marks (no letters), U+0345 (a mark that
# folds to a letter), characters that fold to more than one ('ß', 'ﬁ', 'İ', 'ŉ', 'ΐ'), to ASCII
# (U+212A, the Kelvin sign) or to themselves ('ı'), characters of 1, 2 and 4 bytes in a str.
_TURNING = list("aZzéßжЖαλΣςعب中ก\u0915_0159٣߃²½Ⅻ-‐–.'’%,:/ \t\n\u00a0\u2028\u3000\u0301\u093f\u0345ﬁﬂİıŉΐ\u212a😀𝐀𝟗")
_LEXICON = ["mengecam", "serangan", "Serangannya", "MENOLAK", "kecam", "bantuan", "sanksi", "yang", "Rusia-Ukraina"]
_PIECES = [*_LEXICON, " ", "-", "_", "ß", "İ", "\u0345", "ﬁ", "é", "\u212a", "٣"]
_TEXTS = st.one_of(
    st.text(alphabet=st.sampled_from(_TURNING), max_size=40),
    st.lists(st.sampled_from(_PIECES), max_size=12).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.text(max_size=30),  # lone surrogates too: a str may hold them
)


@settings(max_examples=1500, deadline=None)
@given(text=_TEXTS)
def test_event_words_scan_finds_the_regex_words(text: str) -> None:
    _assert_twins(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perang Rusia-Ukraina", ["perang", "rusia-ukraina"]),
        ("negara-negara--nya", ["negara-negara", "nya"]),
        ("a- -b a--b", ["a", "b", "a", "b"]),
        ("x_y _z_", ["x", "y", "z"]),  # "_" is a \w but no word character
        ("COVID-19 ٣٣ x² ²x", ["covid-19", "٣٣", "x²", "²x"]),
        ("e\u0301 a\u0345b", ["e", "a", "b"]),  # combining marks end a word
        ("Straße ditutup", ["strasse", "ditutup"]),  # folds longer, to ASCII
        ("ﬁrma baru", ["firma", "baru"]),
        ("İSTANBUL menolak", ["i̇stanbul", "menolak"]),
        ("MENGECAM Serangannya", ["mengecam", "serangannya"]),
        ("\u212aelvin", ["kelvin"]),  # the Kelvin sign folds to ASCII
        ("😀a-😀", ["a"]),
        ("", []),
        (" -_ ", []),
    ],
)
def test_event_words_of_written_cases(text: str, expected: list[str]) -> None:
    assert text_words(text).folded == expected
    _assert_twins(text)


def test_event_words_fallback_splits_a_text_that_folds_longer_to_ascii_as_unicode() -> None:
    # a text whose folding is longer and ASCII ("ß" -> "ss") is split as it stands, not as ASCII
    words = _without_core("Straße ditutup")
    assert (words.starts, words.ends, words.folded) == ([0, 7], [6, 14], ["strasse", "ditutup"])


def test_event_words_texts_are_strings() -> None:
    starts, ends, found = _scanned("kata ٣٣ 😀 x-y")
    assert (starts, ends, found) == ([0, 5, 10], [4, 7, 13], ["kata", "٣٣", "x-y"])
    assert all(type(w) is str for w in found)
    assert [w.isascii() for w in found] == [True, False, True]


def test_event_words_scan_equals_the_regex_on_news(shared_dir: Path) -> None:
    with (shared_dir / "corpus" / "bulk" / "articles.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line).get("text") or "" for line in islice(lines, 200)]
    assert sum(map(len, texts)) > 100_000
    assert sum(len(text_words(text).hits) for text in texts) > 100
    for text in texts:
        _assert_twins(text)


def test_event_words_scan_refuses_bad_input() -> None:
    assert event_lexicon._native is not None
    words = event_lexicon._native.words
    with pytest.raises(TypeError, match="str"):
        words(b"kata")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        words(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        words()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        words("a", "b")  # type: ignore[call-arg]
