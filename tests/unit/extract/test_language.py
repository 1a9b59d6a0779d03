"""Language identification: clear Indonesian is decided by its words, the rest by py3langid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.extract.language import (
    _WORD,
    CLEAR_SHARE,
    CLEAR_WORDS,
    MARKERS_FOR_INDONESIAN,
    SAMPLE_CHARS,
    _ascii_words,
    _clearly_indonesian,
    _count,
    _identifier,
    identify,
)
from warta.resources import word_list

INDONESIAN = (
    "Pemerintah Indonesia menyatakan bahwa kerja sama dengan Jepang akan diperluas tahun depan. "
    "Menteri Luar Negeri mengatakan kesepakatan itu ditandatangani di Tokyo pada Senin, dan kedua negara "
    "sepakat untuk meningkatkan perdagangan serta investasi di sektor energi. Menurut dia, nilai investasi "
    "yang disepakati mencapai Rp 45 triliun dan akan dicairkan secara bertahap hingga 2027."
)
OTHERS = {
    "ms": "Kerajaan Malaysia berkata kerjasama dengan Jepun akan diperluaskan tahun hadapan. Menteri Luar berkata "
    "perjanjian itu ditandatangani di Tokyo pada hari Isnin, dan kedua-dua negara bersetuju untuk meningkatkan "
    "perdagangan serta pelaburan dalam sektor tenaga.",
    "en": "The Indonesian government said on Monday that cooperation with Japan would be expanded next year. The "
    "foreign minister said the agreement was signed in Tokyo, and both countries agreed to increase trade and "
    "investment in the energy sector.",
    "jv": "Pamarentah Indonesia ngendika yen kerja sama karo Jepang bakal ditambahi taun ngarep. Menteri Luar Negeri "
    "ngendika yen kasepakatan kuwi ditandhatangani ing Tokyo dina Senin, lan negara loro kuwi sarujuk kanggo "
    "ningkatake perdagangan.",
    "tl": "Sinabi ng pamahalaan ng Indonesia noong Lunes na palalawakin ang kooperasyon sa Japan sa susunod na taon, "
    "at nagkasundo ang dalawang bansa na dagdagan ang kalakalan at pamumuhunan.",
}


def test_language_clear_indonesian_is_decided_by_its_words() -> None:
    assert identify(INDONESIAN) == ("id", 1.0)


@pytest.mark.parametrize(("expected", "text"), sorted(OTHERS.items()))
def test_language_other_languages_go_to_the_model(expected: str, text: str) -> None:
    language, confidence = identify(text)
    assert language == expected
    assert confidence == round(_identifier().classify(text[:800])[1], 3)  # the model's own probability


@pytest.mark.parametrize("text", ["", "   ", "Jakarta, Senin."])
def test_language_too_short_is_unknown(text: str) -> None:
    assert identify(text) == (None, None)


def test_language_short_indonesian_still_asks_the_model() -> None:
    text = "Menlu RI bertemu Menlu Jepang di Tokyo pada Senin untuk membahas kerja sama."
    assert identify(text) == ("id", round(_identifier().classify(text)[1], 3))


def _shortcut(text: str) -> bool:
    words = _WORD.findall(text[:SAMPLE_CHARS].casefold())
    markers = sum(w in word_list("language", "indonesian_markers.txt") for w in words)
    return markers >= MARKERS_FOR_INDONESIAN and _clearly_indonesian(words, word_list("language", "function_words.txt"))


def test_language_shortcut_gives_what_the_model_would_on_bulk_news(shared_dir: Path) -> None:
    lines = (shared_dir / "corpus" / "bulk" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [" ".join(filter(None, [r.get("title"), r.get("text")])) for r in map(json.loads, lines[:400])]
    shortcut = [t for t in texts if _shortcut(t)]
    assert len(shortcut) > len(texts) // 2  # the shortcut is what makes extraction fast
    # With an Indonesian spelling in the sample, the model's "ms" becomes "id" too: same answer.
    assert {_identifier().classify(t[:SAMPLE_CHARS])[0] for t in shortcut} <= {"id", "ms"}
    assert all(identify(t) == ("id", 1.0) for t in shortcut)


@pytest.mark.parametrize("text", [OTHERS["ms"], OTHERS["jv"], OTHERS["en"] * 3])
def test_language_shortcut_leaves_other_languages_alone(text: str) -> None:
    assert not _shortcut(text)


@pytest.mark.parametrize(
    "text",
    [
        # Spelled the Indonesian way only in names and numbers: "miliar" (Malay "bilion"),
        # "Ukraina", "Italia", "KTT" (Malay "Sidang Kemuncak").
        "Para menteri sepakat menyalurkan dana senilai 20 miliar dolar kepada Ukraina. Kesepakatan itu "
        "dicapai dalam KTT di Roma, Italia, dan disambut baik oleh negara-negara Eropa.",
        "Parlemen Eropa menyetujui bantuan 5 triliun rupiah untuk korban gempa. Keputusan itu diumumkan "
        "di Moskow oleh utusan Tiongkok yang hadir dalam pertemuan tersebut.",
    ],
)
def test_language_indonesian_spellings_of_names_and_numbers_settle_malay(text: str) -> None:
    language, _ = identify(text)
    assert language == "id"


@pytest.mark.parametrize("text", [INDONESIAN, OTHERS["en"], "Harga BBM naik 2,5% per 1/1/2025; kata-kata_nya (lagi)!"])
def test_language_ascii_words_are_the_words_the_regex_finds(text: str) -> None:
    assert [word.decode() for word in _ascii_words(text)] == _WORD.findall(text.casefold())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_language_ascii_words_agree_on_any_ascii_text(text: str) -> None:
    assert [word.decode() for word in _ascii_words(text)] == _WORD.findall(text.casefold())


@pytest.mark.parametrize(
    "text",
    [
        INDONESIAN,
        *OTHERS.values(),
        INDONESIAN[:260],
        "dan yang di " * 10 + "Jakarta " * 60,
        "dan " * 6 + "Jakarta " * 44,
        "dan " * 5 + "Jakarta " * 45,
        "dan " * 7 + "Jakarta " * 51,
    ],
)
def test_language_clearly_indonesian_equals_counting_the_function_words(text: str) -> None:
    words = _WORD.findall(text.casefold())
    function_words = word_list("language", "function_words.txt")
    counted = len(words) >= CLEAR_WORDS and _count(words, function_words) >= CLEAR_SHARE * len(words)
    assert _clearly_indonesian(words, function_words) is counted
