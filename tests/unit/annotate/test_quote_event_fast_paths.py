"""The quote and event stages' fast paths give exactly what the plain code they replace gives."""

from __future__ import annotations

import re

import pytest
from event_helpers import build
from quote_helpers import with_mentions

from warta.annotate.event_anaphora import _anaphor_matches
from warta.annotate.event_args import _WORDS, Context, context, words
from warta.annotate.event_clauses import clause_of
from warta.annotate.event_cues import cues as event_cues
from warta.annotate.event_lexicon import _WORD, find_triggers, may_contain, sentence_triggers, text_words
from warta.annotate.event_wars import _cues as war_cues
from warta.annotate.event_wars import may_name_war
from warta.annotate.quote_cues import cues as quote_cues
from warta.annotate.quotes import _indirect_words
from warta.annotate.segment import sentences
from warta.annotate.speakers import SpeakerContext
from warta.types import Analysis, Article, Span

NEWS = [
    "Korea Utara kembali menembakkan rudal balistik ke Laut Jepang, kata Kepala Staf Gabungan Korea Selatan.",
    "Menteri Luar Negeri Retno Marsudi mengecam serangan Israel ke Rafah. Ia mendesak PBB bertindak.",
    "Kedua negara sepakat memperkuat kerja sama. Mereka juga menandatangani nota kesepahaman di Jakarta.",
    "Perang Rusia-Ukraina memasuki tahun ketiga; negara-negara tersebut menyerukan gencatan senjata.",
    "KEMENTERIAN LUAR NEGERI CHINA MENGATAKAN bahwa Beijing menolak tuduhan itu, ujar juru bicara.",
    "Presiden Joko Widodo menerima kunjungan PM Albanese di Istana Bogor, Senin (4/11/2024).",
    "Kata-kata keras Lavrov_ dibalas Kyiv -- sekutu-sekutunya di Eropa bungkam, lapor Antara.",
    "Erdoğan menegaskan Türkiye mendukung Palestina. İSTANBUL — KONFLİK itu belum reda, menurut dia.",
    "Harga cabai di Pasar Induk Kramat Jati naik 12,5% menjadi Rp 85.000 per kg.",
    "Wartawan bertanya soal sanksi. DİA menolak berkomentar, sementara MEREKA bungkam.",  # typed on a Turkish keyboard
    "",
]


@pytest.mark.parametrize("text", NEWS)
def test_event_lexicon_text_words_equal_word_matches(text: str) -> None:
    words = text_words(text)
    plain = list(_WORD.finditer(text))
    assert list(words.starts) == [m.start() for m in plain]
    assert list(words.ends) == [m.end() for m in plain]
    assert list(words.folded) == [m.group().casefold() for m in plain]
    assert list(words.foreign) == [m.start() for m in plain if not m.group().casefold().isascii()]


@pytest.mark.parametrize("text", NEWS)
def test_event_lexicon_find_triggers_with_words_equals_reading_each_sentence(text: str) -> None:
    words = text_words(text)
    for sentence in sentences(text):
        start, end = sentence.span.start, sentence.span.end
        assert list(find_triggers(text, start, end, words)) == list(find_triggers(text, start, end))


@pytest.mark.parametrize("text", NEWS)
def test_event_lexicon_sentence_triggers_equal_find_triggers_per_sentence(text: str) -> None:
    # the segmenter's sentences, then bounds that cut words ("mengecam" at 9) and an empty stretch
    cut = min(9, len(text))
    spans = [s.span for s in sentences(text)] + [Span(0, cut), Span(cut // 3, len(text)), Span(0, 0)]
    skip = [i % 3 == 1 for i in range(len(spans))]
    expected = [[] if s else list(find_triggers(text, p.start, p.end)) for p, s in zip(spans, skip, strict=True)]
    assert sentence_triggers(text, spans, text_words(text), skip) == expected


@pytest.mark.parametrize("text", NEWS)
def test_event_args_words_equal_casefolded_matches(text: str) -> None:
    assert words(text) == [w.casefold() for w in _WORDS.findall(text)]


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, 20), (3, 40), (0, 9), (14, 60), (5, 6)],
)
def test_event_lexicon_find_triggers_with_a_bound_inside_a_word_reads_that_stretch(start: int, end: int) -> None:
    text = "Israel mengecam keras serangan yang menewaskan warga sipil di Gaza."
    words = text_words(text)
    assert list(find_triggers(text, start, end, words)) == list(find_triggers(text, start, end))


def test_event_lexicon_text_words_inside_refuses_bounds_that_cut_a_word() -> None:
    text = "Rusia mengecam sanksi baru."
    words = text_words(text)
    assert words.inside(0, len(text)) == (0, 4)
    assert words.inside(6, 14) == (1, 2)  # exactly "mengecam"
    assert words.inside(8, len(text)) is None  # starts inside "mengecam"
    assert words.inside(0, 10) is None  # ends inside "mengecam"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perang dagang AS-China kembali memanas.", True),
        ("KONFLIK perbatasan Thailand-Kamboja pecah lagi.", True),
        ("Kedua menteri bertemu di sela KTT ASEAN.", False),
        ("Warga İstanbul berunjuk rasa di depan konsulat.", True),  # dotted İ: regex folding differs
        ("", False),
    ],
)
def test_event_lexicon_may_contain_is_never_false_where_the_regex_matches(text: str, expected: bool) -> None:
    nouns = war_cues().noun_words
    assert may_contain(text, nouns) is expected
    if war_cues().nouns.search(text):
        assert may_contain(text, nouns)


def test_event_lexicon_may_contain_keeps_the_turkish_i_that_regex_case_folding_matches() -> None:
    text = "Pertemuan di Ankara membahas KONFLİK Suriah."
    assert re.search("konflik", text, re.IGNORECASE)  # İ matches i under regex case folding
    assert "konflik" not in text.casefold()  # but str.casefold makes it "i̇"
    assert may_contain(text, ("konflik",))


@pytest.mark.parametrize("text", NEWS)
def test_event_anaphora_matches_equal_the_regex_over_the_whole_text(text: str) -> None:
    ctx = context(build(text))
    assert [m.span() for m in _anaphor_matches(ctx)] == [m.span() for m in event_cues().anaphor.finditer(text)]


@pytest.mark.parametrize("text", NEWS)
def test_event_wars_no_war_noun_means_no_sentence_names_one(text: str) -> None:
    analysis = build(text)
    found = [m for s in analysis.sentences for m in war_cues().nouns.finditer(text, s.span.start, s.span.end)]
    if found:
        assert may_name_war(text)
    assert may_name_war(NEWS[3])
    assert not may_name_war(NEWS[8])


def test_event_args_sentence_of_equals_a_scan_in_order_and_out_of_order() -> None:
    text = NEWS[1] + " " + NEWS[2]
    ctx = context(build(text))
    plain = Context(ctx.text, ctx.units, ctx.sentences, ctx.quotes)  # no starts: the linear scan
    shuffled = Context(ctx.text, ctx.units, ctx.sentences[::-1], ctx.quotes)
    assert ctx.starts
    assert not plain.starts
    for position in range(len(text) + 2):
        assert ctx.sentence_of(position) == plain.sentence_of(position)
        assert shuffled.sentence_of(position) == next(
            (i for i, s in enumerate(shuffled.sentences) if s.start <= position < s.end), len(shuffled.sentences) - 1
        )


def _plain_clause(ctx: Context, span: Span) -> Span:
    """clause_of as written before attributions were remembered per sentence."""
    c = event_cues()
    sentence = ctx.sentences[ctx.sentence_of(span.start)]
    start, end = sentence.start, sentence.end
    for match in c.attribution.finditer(ctx.text[sentence.start : sentence.end]):
        if sentence.start + match.end() <= span.start:
            start = sentence.start + match.end()
    fronted = c.fronted.match(ctx.text, sentence.start, sentence.end)
    if fronted and fronted.end() <= span.start:
        start = max(start, fronted.end())
    for match in c.barriers.finditer(ctx.text, start, sentence.end):
        if match.end() <= span.start:
            start = match.end()
        elif match.start() >= span.end:
            end = match.start()
            break
    return Span(start, max(end, span.end))


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Kemlu, Israel menyerang kamp pengungsi, kata pejabat itu, sementara Iran mengecam serangan itu.",
        "Dalam pernyataannya, AS menuduh Iran memasok drone ke Rusia, tetapi Teheran membantah tuduhan tersebut.",
        *NEWS[:4],
    ],
)
def test_event_frames_clause_of_equals_the_plain_reading(text: str) -> None:
    ctx = context(build(text))
    for word in _WORD.finditer(text):
        span = Span(word.start(), word.end())
        assert clause_of(ctx, span) == _plain_clause(ctx, span)


def _quote_context(paragraphs: list[str], reverse: bool = False) -> SpeakerContext:
    article = Article.from_paragraphs("t", "t", paragraphs)
    found = sentences(article.text)
    analysis = with_mentions(Analysis(article=article, sentences=found[::-1] if reverse else found))
    return SpeakerContext(analysis, cues=quote_cues())


QUOTE_NEWS = [
    "Menteri Luar Negeri Retno Marsudi mengatakan Indonesia siap menjadi tuan rumah perundingan.",
    "MENGATAKAN bahwa Jakarta tidak memihak, Retno Marsudi Menegaskan sikap itu kepada wartawan.",
    "Kata-kata Penny Wong, yang menyebut-nyebut Beijing, dikutip Antara; ia berkata_ dan menilai itu wajar.",
    "İlham Aliyev menyatakan dukungan. Dia menyampaikan, “Kami bersama ASEAN,” ujarnya di Singapura.",
    "Pengamat MENİLAİ langkah Retno Marsudi tepat.",  # typed on a Turkish keyboard: İ is i to the regex
    "Dari Kedutaan di Karl-Marx-Straße, Olaf Scholz mengatakan Jerman mendukung ASEAN.",  # ß folds to two letters
    "Retno Marsudi menegaſkan, dalam ejaan lama, bahwa Indonesia netral.",  # the long s folds to s
]


@pytest.mark.parametrize("text", QUOTE_NEWS)
def test_quotes_indirect_words_equal_the_regex_over_the_whole_text(text: str) -> None:
    ctx = _quote_context([text])
    cues = quote_cues()
    expected = [m.span() for m in cues.before_word.finditer(text) if m.group().casefold() in cues.indirect_verbs]
    assert [m.span() for m in _indirect_words(ctx)] == expected


@pytest.mark.parametrize("reverse", [False, True])
def test_speakers_subject_people_equal_walking_back_over_subjects(reverse: bool) -> None:
    paragraphs = [
        "Menteri Luar Negeri Australia Penny Wong tiba di Jakarta pada Senin.",
        "Kedua menteri membahas keamanan kawasan. Pemerintah Indonesia menyambut baik kunjungan itu.",
        "Retno Marsudi kemudian menggelar konferensi pers. Ia menilai hubungan kedua negara makin erat.",
        "Menurut dia, kerja sama maritim menjadi prioritas.",
    ]
    ctx, plain = _quote_context(paragraphs, reverse), _quote_context(paragraphs, reverse)
    assert ctx.ordered is not reverse
    for anchor in range(0, len(ctx.text), 7):
        walked = next(
            (
                [(position, people[0])]
                for position, group in plain.subjects_before(anchor)
                if (people := [s for s in group if s.type == "PER"])
            ),
            [],
        )
        assert ctx._subject_people(anchor) == walked
    if not reverse:
        assert ctx._subject_people(len(ctx.text))[0][1].name == "Retno Marsudi"


@pytest.mark.parametrize("text", QUOTE_NEWS)
def test_speakers_subject_regions_are_computed_once_and_unchanged(text: str) -> None:
    ctx = _quote_context([text])
    for match in quote_cues().before_word.finditer(text):
        first = ctx.subject_regions(match.start())
        assert first == ctx._subject_regions(match.start())
        assert ctx.subject_regions(match.start()) is first
