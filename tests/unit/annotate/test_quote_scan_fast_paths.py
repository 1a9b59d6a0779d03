"""The quote stage's cheaper scans give exactly what the plain regex scans they replace give."""

from __future__ import annotations

import re

import pytest
from quote_helpers import with_mentions

from warta.annotate.quote_cues import cues as quote_cues
from warta.annotate.quote_marks import _mark_positions, quoted_spans
from warta.annotate.quotes import _WORDS, _has_words, _indirect_words
from warta.annotate.segment import sentences
from warta.annotate.speaker_relays import relay_spans
from warta.annotate.speaker_subjects import _last_word
from warta.annotate.speakers import SpeakerContext
from warta.types import Analysis, Article, Span

REPORT = [
    "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia siap menjadi tuan rumah perundingan.",
    "“Kami menyampaikan sikap yang sama,” ujarnya. Juru bicara Kemlu menegaskan hal itu.",
    "Pengamat menilai langkah itu tepat. Wakil Presiden mengatakan,",
    "pemerintah akan mengumumkan hasilnya pekan depan.",
]


def _context(paragraphs: list[str]) -> SpeakerContext:
    article = Article.from_paragraphs("t", "t", paragraphs)
    analysis = with_mentions(Analysis(article=article, sentences=sentences(article.text)))
    return SpeakerContext(analysis, cues=quote_cues())


@pytest.mark.parametrize("skip", [frozenset(), frozenset({0}), frozenset({1, 2}), frozenset({0, 2, 4}), frozenset({5})])
def test_quotes_indirect_words_outside_skipped_sentences_equal_the_regex(skip: frozenset[int]) -> None:
    ctx, cues = _context(REPORT), quote_cues()
    expected = [
        m.span()
        for m in cues.before_word.finditer(ctx.text)
        if m.group().casefold() in cues.indirect_verbs and ctx.sentence_index(m.start()) not in skip
    ]
    assert [m.span() for m in _indirect_words(ctx, skip)] == expected
    assert len(ctx.sentences) >= 5  # the skip sets above name real sentences


def test_quotes_indirect_words_skip_drops_the_verbs_of_skipped_sentences_only() -> None:
    ctx = _context(REPORT)
    first = ctx.sentence_index(ctx.text.index("mengatakan"))
    words = [m.group() for m in _indirect_words(ctx, frozenset({first}))]
    assert "mengatakan" in words  # the Wakil Presiden's, in a later sentence
    assert words.count("mengatakan") == 1
    assert "menegaskan" in words
    assert "menilai" in words
    assert "ujarnya" not in words  # a verb of direct speech only


MARKED = [
    'Ia berkata, "Kami siap." Lalu “kami pergi,” katanya.',
    "«Non,» ujarnya. „Ja“ kata dia, dan \"lagi\".",
    "Tanpa tanda kutip sama sekali.",
    "",
    '""“”',
]


@pytest.mark.parametrize("text", MARKED)
def test_quote_marks_positions_equal_the_regex_scan(text: str) -> None:
    assert _mark_positions(text) == [m.start() for m in re.finditer(r"[\"“”„«»]", text)]


def test_quote_marks_text_without_marks_has_no_spans() -> None:
    text = "Presiden Joko Widodo menerima kunjungan PM Albanese di Istana Bogor."
    assert quoted_spans(text, (Span(0, len(text)),)) == ((), ())


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("kerja sama maritim", 3),
        ("kerja sama", 3),
        ("  ,  kerja-sama, maritim!", 3),
        ("Indonesia", 1),
        ("", 1),
        ("... ", 1),
        ("satu dua tiga empat", 4),
        ("tahun 2024 ini", 3),
    ],
)
def test_quotes_has_words_equals_counting_all_words(text: str, count: int) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            region = Span(start, end)
            assert _has_words(text, region, count) is (len(_WORDS.findall(text[start:end])) >= count)


@pytest.mark.parametrize(
    ("text", "relays"),
    [
        ("Serangan itu menewaskan tiga orang, seperti dilansir AFP, Senin.", 1),
        ("Dikutip dari Reuters, pemerintah membantah laporan itu.", 1),
        ("Pemerintah menyangkal tuduhan itu dalam jumpa pers di Jakarta.", 0),
        ("SEPERTI DILANSIR AFP, pasukan mundur.", 0),  # relay verbs are matched as written or capitalised
        ("Korban dilaporkan tewas. Dilansir Reuters, serangan berlanjut; seperti dikutip dari Antara, pula.", 2),
        ("Dilaporkan Tiga orang hilang, seperti diwartakan kantor berita Yonhap.", 1),
    ],
)
def test_speaker_relays_folded_precheck_keeps_every_relay(text: str, relays: int) -> None:
    cues = quote_cues()
    found = relay_spans(text, cues, text.casefold())
    assert found == relay_spans(text, cues)
    assert len(found[0]) == relays


@pytest.mark.parametrize(
    "text",
    [
        "Raed Jarrar, direktur advokasi kelompok itu, juga ",
        "Menteri Luar Negeri Retno Marsudi ",
        "Pemerintah, kemudian  juga\n",
        "juga kembali ",
        "",
        "   ",
        "AS, Juga",
    ],
)
def test_speakers_last_word_equals_splitting_every_word(text: str) -> None:
    adverbs = quote_cues().adverbs
    words = text.rstrip().split()
    while words and words[-1].casefold() in adverbs:
        words.pop()
    assert _last_word(text, adverbs) == (words[-1] if words else None)
