"""The event stage's per-article shortcuts agree with the plain tests they stand in for."""

from __future__ import annotations

import re

import pytest

from warta.annotate.event_anaphora import anaphor_firsts
from warta.annotate.event_args import Context, Unit, _posts, envoy_firsts, first_words, words
from warta.annotate.event_background import _background, _habitual
from warta.annotate.event_clauses import _attributions, _may_name_examples, barriers_in, object_cues
from warta.annotate.event_cues import barrier_words
from warta.annotate.event_cues import cues as event_cues
from warta.annotate.event_dates import _CLAUSE_CHARS, _CLAUSE_END, _NO_SUBJECT, _WORD, _backstory
from warta.annotate.event_lexicon import (
    _WITH_BEFORE,
    _WITH_WINDOW,
    LexEntry,
    _with_pattern,
    _with_satisfied,
    lexicon,
    may_contain,
    may_cut_word,
    text_words,
)
from warta.annotate.event_lexicon import _WORD as _LEX_WORD
from warta.annotate.event_retold import _HEADING, _HEADING_MAX_WORDS, _heading_paragraph
from warta.annotate.event_titles import title_firsts
from warta.annotate.event_topics import sports_in, sports_words
from warta.annotate.event_wars import may_name_war, may_name_war_in
from warta.types import Span, TimeExpr

TEXTS = [
    "Timnas Indonesia menjamu Bahrain di Stadion Utama. Pelatih timnas memuji skuad dan suporter usai laga.",
    "Atlet-atlet bulu tangkis meraih medali di kejuaraan dunia; ganda putra dan ganda putri juara, kata pelatih.",
    "Klub-klub liga bersaing di turnamen. Pebulu tangkis kita lolos ke perempat final dan semifinal piala.",
    "Menteri Luar Negeri mengecam serangan Israel ke Rafah. Negara-negara Arab, seperti Mesir dan Yordania, "
    "menyerukan gencatan senjata.",
    "Perang Rusia-Ukraina memasuki tahun ketiga; konflik itu belum reda, ujar juru bicara Kremlin.",
    "Sepak bola: PSSI dan FIFA membahas gol-gol di laga tunda. Pertandingan Olimpiade digelar di stadion baru.",
    "Harga cabai naik 12,5% menjadi Rp 85.000 per kg di pasar-pasar tradisional.",
    "Erdoğan menegaskan Türkiye mendukung Palestina. İSTANBUL — KONFLİK itu belum reda.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_event_topics_sports_in_equals_sports_words(text: str) -> None:
    read = text_words(text)
    assert sports_in(read) == sports_words(read.folded)


def test_event_topics_sports_in_counts_a_match_report() -> None:
    assert sports_in(text_words(" ".join(TEXTS[:3])))
    assert not sports_in(text_words(TEXTS[3]))


@pytest.mark.parametrize("text", TEXTS)
def test_event_wars_may_name_war_in_equals_the_sentence_test(text: str) -> None:
    folded = text_words(text).casefolded
    for start in range(0, len(text), 7):
        for end in (start + 15, start + 60, len(text)):
            span = Span(start, min(end, len(text)))
            assert may_name_war_in(text, folded, span) == may_name_war(span.of(text))


@pytest.mark.parametrize("text", TEXTS)
def test_event_clauses_example_heads_never_hide_an_example(text: str) -> None:
    ctx = Context(text, (), (Span(0, len(text)),), (), words=text_words(text))
    for start in range(0, len(text), 5):
        if object_cues().examples.search(text, start, len(text)) is not None:
            assert _may_name_examples(ctx, start, len(text))


def test_event_args_words_gives_a_new_list_each_time() -> None:
    first = words("mengecam serangan Israel, kata dia")
    first.append("x")
    assert words("mengecam serangan Israel, kata dia") == ["mengecam", "serangan", "israel", ",", "kata", "dia"]



@pytest.mark.parametrize("text", TEXTS)
def test_event_lexiconmay_cut_word_never_misses_a_word_cut(text: str) -> None:
    read = text_words(text)
    for position in range(len(text) + 1):
        cut = any(start < position < end for start, end in zip(read.starts, read.ends, strict=True))
        if cut:
            assert may_cut_word(read.casefolded or text, position)


@pytest.mark.parametrize("text", TEXTS)
def test_event_lexicon_starting_each_equals_starting_each_set(text: str) -> None:
    read = text_words(text)
    sets = (anaphor_firsts(), title_firsts(), frozenset({"konflik", "perang", "itu"}))
    assert read.starting_each(*sets) == tuple(read.starting(words) for words in sets)


BARRIER_TEXTS = [
    "Israel menyerang Gaza karena Hamas menembakkan roket; namun, setelah itu Mesir menengahi.",
    "Saat ini kesepakatan sementara berlaku, sementara Iran menolak KARENA sanksi; Karenanya AS diam.",
    "Meskipun ditekan, ia bertahan sejak saat itu: walau-walau, usai_rapat dan seusai rapat, agar damai.",
    "Pemerintah sementara Suriah bertemu, padahal sebelumnya tidak; İSTANBUL ſebab KETİKA itu ramai.",
]


@pytest.mark.parametrize("text", BARRIER_TEXTS + TEXTS)
def test_event_clauses_barriers_in_equal_the_barrier_scan(text: str) -> None:
    read = text_words(text)
    firsts = barrier_words()
    assert firsts is not None
    ctx = Context(text, (), (Span(0, len(text)),), (), words=read, barrier_starts=tuple(read.starting(firsts)))
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 2):
            expected = tuple(m.span() for m in event_cues().barriers.finditer(text, start, end))
            assert barriers_in(ctx, start, end) == expected, (start, end)


ATTRIBUTED = [
    "Menurut Menlu, Israel menyerang Gaza, kata juru bicara itu, sementara Mesir menengahi.",
    ", menurut dia, serangan itu, Menurut laporan Reuters, belum usai,,, kata X,",
    "Serangan itu, menurut_dia, tidak sah, MENURUT pejabat, dan, menurut-nya, keliru.",
    "Dilansir Antara, AS mengecam, seperti dilaporkan  AFP, dan, mengutip Reuters, berdasarkan data itu, naik.",
]


@pytest.mark.parametrize("text", ATTRIBUTED + BARRIER_TEXTS + TEXTS)
def test_event_clauses_attributions_equal_the_attribution_scan(text: str) -> None:
    for start in range(0, len(text) + 1, 4):
        sentence = text[start:]
        assert _attributions(sentence) == [m.span() for m in event_cues().attribution.finditer(sentence)]


def _backstory_by_scan(text: str, timex: TimeExpr) -> bool:
    """:func:`_backstory` without its substring test: the barrier scan alone."""
    start = max(0, timex.span.start - _CLAUSE_CHARS)
    window = _CLAUSE_END.split(text[start : timex.span.start])[-1]
    openers = list(event_cues().barriers.finditer(window))
    if not openers or openers[-1].group().casefold() not in event_cues().backstory:
        return False
    between = _WORD.findall(window, openers[-1].end())
    return len(between) >= 2 and not _NO_SUBJECT.fullmatch(between[0].casefold())


@pytest.mark.parametrize(
    "text",
    [
        "Ratusan warga tewas sejak Israel memperbarui serangannya pada 3 Maret lalu.",
        "Perang itu berkecamuk SEJAK Kamis (5/3) dan belum reda pada Jumat.",
        "Semenjak dimulai pada Jumat, gencatan senjata bertahan hingga Senin.",
        "Kedua menteri bertemu pada Senin karena sengketa itu memanas sejak 2024.",
        "Harga naik pada Selasa setelah pengumuman itu.",
    ],
)
def test_event_dates_backstory_equals_the_barrier_scan(text: str) -> None:
    for day in ("3 Maret", "Kamis", "Jumat", "Senin", "2024", "Selasa"):
        at = text.find(day)
        if at >= 0:
            timex = TimeExpr(Span(at, at + len(day)), day, "2026-03-03", "day")
            assert _backstory(text, timex) == _backstory_by_scan(text, timex)


# Texts naming the "with" words, habitual phrases and envoys the substring shortcuts look for, in several spellings.
SHORTCUT_TEXTS = [
    *TEXTS,
    "Kedua pihak menyepakati GENCATAN\nSENJATA dan pertukaran tawanan; pasukan militer ditarik dari wilayah udara.",
    "Israel berulang kali menyerangnya di masa lalu, dan pada Masa  Lampau juga mengirim tank serta hulu ledak.",
    "Duta Besar Kamboja untuk PBB mengecam serangan itu; Dubes RI untuk Perserikatan Bangsa-Bangsa (PBB) menolak.",
    "Utusan khusus PBB untuk Myanmar, Konjen AS di Surabaya, dan perwakilan tetap Uni Eropa bertemu di Jenewa.",
    "Pemerintah mengirim bantuan kemanusiaan berupa tenda dan obat-obatan, serta menjatuhkan sanksi ekonomi.",
]


def _with_plain(entry: LexEntry, text: str, span: Span, limit: int) -> bool:
    """``_with_satisfied`` without its substring shortcut."""
    if not entry.with_words:
        return True
    pattern = _with_pattern(entry.with_words)
    if entry.with_anywhere:
        return pattern.search(text, span.end, limit) is not None
    after = " ".join(_LEX_WORD.findall(text, span.end, min(limit, span.end + 120))[:_WITH_WINDOW])
    preceding = _LEX_WORD.findall(text, max(0, span.start - 80), span.start)
    back = _WITH_WINDOW if preceding and preceding[-1].casefold() == "yang" else _WITH_BEFORE
    return pattern.search(" ".join(preceding[-back:]) + " " + after) is not None


@pytest.mark.parametrize("text", SHORTCUT_TEXTS)
def test_event_lexicon_with_words_shortcut_equals_the_regex(text: str) -> None:
    entries = [e for e in lexicon() if e.with_words]
    for match in _LEX_WORD.finditer(text):
        span = Span(match.start(), match.end())
        for entry in entries:
            for limit in (span.end, min(len(text), span.end + 30), len(text)):
                assert _with_satisfied(entry, text, span, limit) == _with_plain(entry, text, span, limit)


def test_event_lexicon_with_words_shortcut_finds_words_across_a_line_break() -> None:
    text = SHORTCUT_TEXTS[len(TEXTS)]
    entry = next(e for e in lexicon() if "gencatan senjata" in e.with_words)
    span = Span(text.index("menyepakati"), text.index("menyepakati") + len("menyepakati"))
    assert _with_satisfied(entry, text, span, len(text)) == _with_plain(entry, text, span, len(text))


@pytest.mark.parametrize("text", SHORTCUT_TEXTS)
def test_event_background_habitual_shortcut_equals_the_regex(text: str) -> None:
    for start in range(0, len(text), 3):
        for end in (start + 20, start + 80, len(text)):
            clause = Span(start, min(end, len(text)))
            plain = _background().habitual.search(text, clause.start, clause.end) is not None
            assert _habitual(text, clause) == plain
    if "masa lalu" in text:
        assert _habitual(text, Span(0, len(text)))


def _posts_plain(units: list[Unit], text: str) -> list[Unit]:
    """``_posts`` searching for a title before every unit."""
    kept: list[Unit] = []
    sender: Unit | None = None
    post: Unit | None = None
    for unit in units:
        if sender is not None and re.fullmatch(r"\s+untuk\s+", text[sender.span.end : unit.span.start]):
            sender, post = None, unit
            continue
        if post is not None and re.fullmatch(r"\s*\(\s*", text[post.span.end : unit.span.start]):
            post = unit
            continue
        post = None
        found = event_cues().titles.search(text, max(0, unit.span.start - 60), unit.span.start)
        sender = unit if found else None
        kept.append(unit)
    return kept


@pytest.mark.parametrize("text", SHORTCUT_TEXTS)
def test_event_args_posts_shortcut_equals_the_title_search(text: str) -> None:
    units = [Unit(Span(m.start(), m.end()), (m.group(),), None) for m in re.finditer(r"\b[A-Z][\w-]*", text)]
    assert _posts(units, text, text_words(text).starting(envoy_firsts())) == _posts_plain(units, text)
    assert _posts(units, text) == _posts_plain(units, text)
    if "Kamboja untuk PBB" in text:
        assert len(_posts(units, text)) < len(units)


CONDITIONAL_TEXTS = [
    *SHORTCUT_TEXTS,
    "Jika Iran menyerang, AS akan membalas. KECUALI JIKA perundingan bilateral gagal, mereka tidak mengirim pasukan.",
    "Seandainya gencatan senjata dilanggar, Mesir manakala perlu asalkan disetujui akan mengirim bantuan.",
]


@pytest.mark.parametrize("text", CONDITIONAL_TEXTS)
def test_event_status_conditional_words_never_hide_a_condition(text: str) -> None:
    c = event_cues()
    for start in range(0, len(text), 4):
        for end in range(start, len(text) + 1, 9):
            if c.conditional.search(text, start, end) is not None:
                assert may_contain(text[start:end], c.conditional_words)
            if c.titles.search(text, start, end) is not None:
                assert may_contain(text[start:end], c.title_words)


@pytest.mark.parametrize("text", CONDITIONAL_TEXTS)
def test_event_args_first_words_equals_the_words_read_whole(text: str) -> None:
    for start in range(0, len(text), 5):
        for end in (start + 12, start + 70, len(text)):
            for count in (1, 4, 5, 50):
                assert first_words(text, start, end, count) == words(text[start:end])[:count]


HEADING_BODIES = [
    "2. Uni Eropa siapkan sanksi baru",
    "Uni Eropa siapkan sanksi baru",
    "x" * 120,
    "x" * 120 + "\n",
    "x" * 121,
    "x" * 119 + "\n\n",
    "12.   " + "y" * 120,
    "١٢. Sanksi baru",
    "Menteri Luar Negeri mengecam serangan itu dan menyerukan gencatan senjata segera di seluruh wilayah yang "
    "diduduki tanpa syarat apa pun",
    "Menteri Luar Negeri mengecam serangan itu. Ia menyerukan gencatan senjata.",
]


@pytest.mark.parametrize("body", HEADING_BODIES)
def test_event_retold_heading_length_shortcut_equals_the_regex(body: str) -> None:
    plain = bool(_HEADING.match(body)) and len(body.split()) <= _HEADING_MAX_WORDS
    assert _heading_paragraph(body) == plain
