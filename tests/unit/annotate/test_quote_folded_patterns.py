"""The flag-free twins of the quote stage's case-insensitive patterns, run over the case-folded
text, match exactly where those patterns match in the text."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest
from quote_helpers import with_mentions

from warta.annotate.quote_cues import WordPatterns
from warta.annotate.quote_cues import cues as quote_cues
from warta.annotate.segment import sentences
from warta.annotate.speakers import SpeakerContext
from warta.types import Analysis, Article

NEWS = [
    '"Kami tidak akan mundur," kata Juru Bicara Kementerian Luar Negeri, Senin. Menurut Menteri, itu sah.',
    "Perdana Menteri Anwar Ibrahim MENGATAKAN bahwa Malaysia netral; Jubir-nya menegaskan hal itu.",
    "Kantor Berita Antara melaporkan, seperti dilansir media lokal “SBS”, bahwa pemerintah Pro-Rusia menilai",
    "«Cukup,» ujarnya. Sementara itu, Ketua Dewan Keamanan mengatakan: rapat ditunda, tegasnya - kata dia.",
    "Kepala Staf menyampaikan, dalam pernyataan tertulis, bahwa Direktorat Jenderal ikut; Kemlu juga.",
    "Menteri-menteri berkata, “Kami siap” — ujar\nMereka. Televisi milik negara menyiarkan siaran pers itu.",
    "Menurut Sekretaris Kabinet (Seskab), Istana menegaſkan Badan Pangan akan dibentuk, ujar Dubes.",  # long s
    "Pejabat senior AS itu menyebutKan, Kementerian menampik: rilis resmi Kedubes tiba 3 hari kemudian.",
]


def _context(text: str) -> SpeakerContext:
    article = Article.from_paragraphs("t", "t", [text])
    analysis = with_mentions(Analysis(article=article, sentences=sentences(article.text)))
    return SpeakerContext(analysis, cues=quote_cues())


def _found(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group().casefold()) for m in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("text", NEWS)
@pytest.mark.parametrize("name", [f.name for f in fields(WordPatterns)])
def test_quote_cues_folded_twins_match_where_the_patterns_match(text: str, name: str) -> None:
    ctx, cues = _context(text), quote_cues()
    assert ctx.folded is not None
    assert cues.folded is not None
    assert ctx.scan == (ctx.folded, cues.folded)
    plain, twin = getattr(cues.plain, name), getattr(cues.folded, name)
    for start in range(0, len(text), 3):
        for end in (start + 9, start + 40, len(text)):
            assert _found(twin, ctx.folded, start, end) == _found(plain, text, start, end)
            found, expected = twin.match(ctx.folded, start, end), plain.match(text, start, end)
            assert (found and found.span()) == (expected and expected.span())
            piece = slice(start, end)  # a slice has no text before it: a word start at its edge
            assert _found(twin, ctx.folded[piece], 0, end) == _found(plain, text[piece], 0, end)


def test_quote_cues_verb_like_finds_lower_case_predicates_only() -> None:
    verb_like = quote_cues().verb_like
    text = "Menteri-menteri mengatakan, Dia berpendapat: ter-lambat; MENDESAK di-Jakarta tedeng x-melapor bertemu"
    plain = re.compile(r"(?<![\w-])(?:me|be|di|te)[a-z]{3,}(?:-[a-z]+)?(?![\w-])")
    for start in range(len(text)):
        assert [m.span() for m in verb_like.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


@pytest.mark.parametrize(
    "text",
    [
        "İlham Aliyev mengatakan bahwa Azerbaijan netral.",  # İ is i to the regex, two letters folded
        "Pengamat MENILAI ı itu tepat.",
        "Karl-Marx-Straße mengatakan",  # ß folds to two letters: offsets move
        "Kata \u0345mengatakan itu",  # folds into a letter: a word start moves
    ],
)
def test_speakers_text_folded_otherwise_is_read_with_the_case_insensitive_patterns(text: str) -> None:
    ctx = _context(text)
    assert ctx.folded is None
    assert ctx.scan == (text, quote_cues().plain)


@pytest.mark.parametrize("text", NEWS)
def test_quote_cues_folded_outlet_before_matches_before_every_offset(text: str) -> None:
    """As ``outlet_ids`` reads it: the words ending where a name may start."""
    ctx, cues = _context(text), quote_cues()
    assert ctx.folded is not None
    assert cues.folded is not None
    for end in range(len(text) + 1):
        start = max(0, end - 60)
        found = cues.folded.outlet_before.search(ctx.folded, start, end)
        expected = cues.outlet_before.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())
