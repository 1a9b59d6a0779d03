"""Per-token spelling tests (warta.annotate.spelling): the compiled core against the pure-Python
twins and against what the tests mean, spelled out character by character."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import spelling
from warta.annotate.segment import tokens

needs_core = pytest.mark.skipif(spelling._native is None, reason="the compiled core was not built")

_NEWS = (
    "Menlu AS Antony Blinken bertemu PM Jepang di Tokyo, Senin (11/3/2024). "
    "Éric Zemmour dan Ōsaka-nya; pro-Rusia, 1.350 orang, 45%, ǅemal, Ⅻ, ² dan ½. "
    "Kim Jong-un: \u201cKorut tak gentar\u201d \u2014 kata KCNA."
)
_TEXTS = [t.text for t in tokens(_NEWS)]


def test_spelling_capitalised_reads_first_letters_of_news_tokens() -> None:
    found = [_TEXTS[i] for i in spelling.capitalised(_TEXTS)]
    assert found[:7] == ["Menlu", "AS", "Antony", "Blinken", "PM", "Jepang", "Tokyo"]
    assert {"Éric", "Ōsaka-nya", "Ⅻ"} <= set(found)
    # a title-case digraph is not upper case, nor is a digit or a quote mark
    assert not {"ǅemal", "1.350", "\u201c", "pro-Rusia"} & set(found)


def test_spelling_beyond_finds_texts_outside_plain_lower_case() -> None:
    plain = "abcdefghijklmnopqrstuvwxyz0123456789.,()%/:"
    found = [_TEXTS[i] for i in spelling.beyond(_TEXTS, plain)]
    assert not {"bertemu", "1.350", "(", "45%"} & set(found)
    assert {"Menlu", "pro-Rusia", "Ōsaka-nya", "\u201c", "\u2014"} <= set(found)


def test_spelling_beyond_refuses_a_non_ascii_allowed_set() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        spelling.beyond(["kata"], "abcé")


@needs_core
@pytest.mark.parametrize("texts", [[], [""], ["", "A"], _TEXTS, ["Ä", "ä", "İ", "ı", "ſ", "\U0001d400", "\ud800"]])
def test_spelling_core_and_twins_agree_on_written_cases(texts: list[str]) -> None:
    assert spelling.capitalised(texts) == spelling.capitalised_twin(texts)
    for allowed in ("", "abc", "abcdefghijklmnopqrstuvwxyz", "".join(map(chr, range(128)))):
        assert spelling.beyond(texts, allowed) == spelling.beyond_twin(texts, allowed)


@needs_core
@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=6)), st.text(st.characters(max_codepoint=127), max_size=20))
def test_spelling_core_and_twins_agree_on_any_text(texts: list[str], allowed: str) -> None:
    assert spelling.capitalised(texts) == spelling.capitalised_twin(texts)
    assert spelling.capitalised(texts) == [i for i, t in enumerate(texts) if t[:1].isupper()]
    assert spelling.beyond(texts, allowed) == spelling.beyond_twin(texts, allowed)
    assert spelling.beyond(texts, allowed) == [i for i, t in enumerate(texts) if any(c not in allowed for c in t)]


@needs_core
def test_spelling_core_refuses_what_is_not_a_list_of_str() -> None:
    assert spelling._native is not None
    with pytest.raises(TypeError, match="list"):
        spelling._native.capitalised(("A",))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        spelling._native.capitalised(["A", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="str"):
        spelling._native.beyond(["a", None], "a")  # type: ignore[list-item]
    with pytest.raises(ValueError, match="ASCII"):
        spelling._native.beyond(["a"], "é")


_ARTICLE = (
    "Presiden Prabowo Subianto menerima Menlu Sugiono di Istana Merdeka, Jakarta, pada Senin. "
    "Pada pertemuan itu, pada akhirnya Menlu melaporkan hasil kunjungan ke Korea-Selatan dan AS-nya. "
    "Namun namun Ketua DPR Puan Maharani tak hadir; Wakil Ketua Sufmi Dasco Ahmad mewakilinya. "
    "Éric Zemmour, İstanbul, Ōsaka, ǅemal dan Ⅻ juga disebut. Menurut menurut BMKG, hujan turun."
)
_ARTICLE_TEXTS = [t.text for t in tokens(_ARTICLE)]
_STOPWORDS = frozenset({"presiden", "ketua", "wakil", "senin"})


def test_spelling_name_starts_keeps_capitalised_words_not_written_lower() -> None:
    found = [_ARTICLE_TEXTS[i] for i in spelling.name_starts(_ARTICLE_TEXTS, _STOPWORDS)]
    assert {"Prabowo", "Subianto", "Menlu", "Sugiono", "Istana", "DPR", "Puan", "Éric", "İstanbul"} <= set(found)
    # stopwords, and words the article also writes in lower case, are common words
    assert not {"Presiden", "Ketua", "Wakil", "Senin", "Pada", "Namun", "Menurut", "pada"} & set(found)


def test_spelling_start_candidates_splits_plain_and_cached_spellings() -> None:
    allowed = "abcdefghijklmnopqrstuvwxyz"
    known = {"Jakarta": True, "Menlu": False, "AS-nya": True}
    starts, unknown = spelling.start_candidates(_ARTICLE_TEXTS, allowed, frozenset({"pada", "hujan"}), known)
    assert [_ARTICLE_TEXTS[i] for i in starts] == ["Jakarta", "pada", "pada", "AS-nya", "hujan"]
    assert "Menlu" not in {_ARTICLE_TEXTS[i] for i in unknown}
    assert {"Presiden", "Korea-Selatan", ",", "Éric"} <= {_ARTICLE_TEXTS[i] for i in unknown}
    with pytest.raises(ValueError, match="ASCII"):
        spelling.start_candidates(["kata"], "abcé", frozenset(), {})


@needs_core
@pytest.mark.parametrize(
    "texts", [[], [""], ["", "A", "a"], _TEXTS, _ARTICLE_TEXTS, ["Ä", "ä", "İ", "i̇", "ſ", "\ud800"]]
)
def test_spelling_core_and_twins_agree_on_gates(texts: list[str]) -> None:
    assert spelling.name_starts(texts, _STOPWORDS) == spelling.name_starts_twin(texts, _STOPWORDS)
    known = {text: len(text) % 2 == 0 for text in texts[::2]}
    plain = frozenset(texts[1::3])
    for allowed in ("", "abcdefghijklmnopqrstuvwxyz", "".join(map(chr, range(128)))):
        core = spelling.start_candidates(texts, allowed, plain, known)
        assert core == spelling.start_candidates_twin(texts, allowed, plain, known)
