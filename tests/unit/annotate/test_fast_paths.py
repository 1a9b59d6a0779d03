"""Each fast path gives exactly what the plain code it replaces gives, on Indonesian news text."""

from __future__ import annotations

import pytest

from warta.annotate.event_retold import headings, is_heading
from warta.annotate.found import Found, taken_spans, uncovered, uncovered_by, unknown_entity
from warta.annotate.gazetteer import gazetteer, units
from warta.annotate.segment import sentences, tokens
from warta.types import PARAGRAPH_SEPARATOR, Article, Span, Token

NEWS = [
    "Menlu AS Antony Blinken bertemu Menteri Luar Negeri Korsel Cho Tae-yul di Seoul, Senin (4/11/2024).",
    "Kerja sama Rusia-Korut makin erat setelah Pyongyang mengirim pasukan ke Kursk, kata pejabat NATO.",
    "Pejabat Rusianya menolak berkomentar, sementara AS-nya bungkam soal sanksi DK PBB.",
    "Uni Eropa (UE) dan ASEAN menyerukan gencatan senjata di Laut China Selatan.",
    "Harga cabai di Pasar Induk Kramat Jati naik 12,5% menjadi Rp 85.000 per kg, kata pedagang.",
    "Presiden Prabowo Subianto menerima kunjungan PM Jepang Shigeru Ishiba di Istana Merdeka, Jakarta.",
    "Yōko Kamikawa dan Recep Tayyip Erdoğan-nya? Nama dengan aksen juga harus ditemukan.",
    "",
]


@pytest.mark.parametrize("text", NEWS)
def test_gazetteer_find_in_equals_find_over_units(text: str) -> None:
    gaz = gazetteer()
    for sentence in sentences(text) or ():
        slow = gaz.find(units(sentence.tokens, gaz.known_units))
        assert gaz.find_in(sentence.tokens) == slow
    assert gaz.find_in(()) == []


def test_gazetteer_find_in_finds_names_through_clitics_and_compounds() -> None:
    text = NEWS[2]
    hits = [(h.span.of(text), h.entry.name) for s in sentences(text) for h in gazetteer().find_in(s.tokens)]
    assert ("Rusia", "Russia") in hits
    assert ("AS", "United States") in hits
    assert ("DK PBB", "United Nations Security Council") in hits


@pytest.mark.parametrize("text", NEWS)
@pytest.mark.parametrize("offset", [0, 7, 1200])
def test_segment_tokens_equal_dataclass_construction(text: str, offset: int) -> None:
    built = tokens(text, offset)
    plain = tuple(Token(Span(t.span.start, t.span.end), t.text) for t in built)
    assert built == plain
    assert all(type(t) is Token and type(t.span) is Span for t in built)
    assert "".join(t.text for t in built) == "".join(text.split())
    assert all(text[t.span.start - offset : t.span.end - offset] == t.text for t in built)


def test_segment_sentence_tokens_equal_tokens_of_the_sliced_sentence() -> None:
    text = PARAGRAPH_SEPARATOR.join(NEWS[:6])
    for sentence in sentences(text):
        assert sentence.tokens == tokens(sentence.span.of(text), sentence.span.start)


def test_segment_tokens_with_a_negative_offset_still_check_spans() -> None:
    with pytest.raises(ValueError, match="bad span"):
        tokens("Jakarta", -3)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["1. Uni Eropa siapkan sanksi baru", "Brussel menyiapkan paket sanksi. Paket itu diumumkan Senin.",
         "Reaksi Moskow", "Kremlin menyebut langkah itu bermusuhan."],
        ["Menlu RI bertemu Menlu Jepang di Tokyo. Keduanya membahas perdagangan."],
        ["Tanpa titik di sini", "Juga tanpa titik", "Kalimat biasa yang panjang sekali, dengan koma. Lalu lagi."],
    ],
)
def test_events_headings_equal_is_heading(paragraphs: list[str]) -> None:
    article = Article.from_paragraphs("a", "test", paragraphs)
    spans = [s.span for s in sentences(article.text)] + [Span(0, len(article.text))]
    expected = [is_heading(article.text, s, article.paragraphs) for s in spans]
    assert headings(article.text, spans, article.paragraphs) == expected
    assert any(expected[:-1]) == any(not p.endswith(".") for p in paragraphs)


def test_found_uncovered_by_equals_uncovered() -> None:
    text = "Menlu AS Antony Blinken dan Menlu China Wang Yi bertemu di Beijing."
    found = [Found(Span(start, end), text[start:end], unknown_entity(text[start:end], "PER"))
             for start, end in [(28, 33), (6, 8), (59, 66)]]
    spans = [t.span for t in tokens(text)]
    assert uncovered_by(taken_spans(found), spans) == uncovered(found, spans)
    assert uncovered(found, spans).count(False) == 3
