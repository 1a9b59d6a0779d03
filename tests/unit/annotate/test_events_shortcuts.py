"""The events stage's shortcuts code what the full reading codes."""

from __future__ import annotations

import pytest
from tests.unit.annotate.event_helpers import build

from warta.annotate import events
from warta.annotate.event_args import context, sentence_spans
from warta.annotate.event_clauses import clause_of
from warta.annotate.event_frames import roles
from warta.annotate.event_lexicon import sentence_triggers, text_words
from warta.annotate.event_retold import headings
from warta.types import Analysis, Span

_TEXTS = [
    [
        "Serangan udara kembali menghantam kamp pengungsi pada Senin malam. Warga mengecam serangan itu.",
        "Israel menyerang Gaza pada Selasa. Pemerintah setempat membantah tuduhan tersebut.",
    ],
    [
        "Para menteri bertemu di Jakarta untuk membahas kerja sama perdagangan.",
        "Menteri Luar Negeri Retno Marsudi bertemu dengan Wang Yi di Beijing.",
        "Pertemuan itu membahas bantuan kemanusiaan dan penandatanganan kesepakatan baru.",
    ],
    [
        "Amerika Serikat mengenakan tarif 25 persen terhadap China. Tarif itu juga dikenakan pada baja impor.",
        "Pihak berwenang menolak permintaan itu dan mengancam akan menutup perbatasan.",
    ],
    [
        "Rusia dan Ukraina terus berperang sejak Februari. Perundingan damai belum menemui hasil.",
        "Upaya mediasi terus dilakukan, sementara serangan rudal menghantam wilayah Kyiv.",
        "Pasukan itu kembali menyerang desa di perbatasan dan menahan puluhan warga.",
    ],
]


def _coded(analysis: Analysis) -> tuple[object, ...]:
    return events.code_all(analysis)


@pytest.mark.parametrize("paragraphs", _TEXTS)
def test_events_unitless_skip_codes_what_the_full_reading_codes(
    paragraphs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis = build(paragraphs)
    fast = _coded(analysis)
    monkeypatch.setattr(events, "_holds_no_unit", lambda art, sentence: False)
    monkeypatch.setattr(events, "_may_pair", lambda found: True)
    assert _coded(analysis) == fast


@pytest.mark.parametrize("paragraphs", _TEXTS)
def test_events_unitless_trigger_finds_no_actor(paragraphs: list[str]) -> None:
    analysis = build(paragraphs)
    words = text_words(analysis.text, events._marks())
    art = events._Article(analysis, words, sentence_spans(analysis), False)
    triggers = sentence_triggers(analysis.text, art.ctx.sentences, words, [False] * len(art.ctx.sentences))
    skipped = [m for found in triggers for m in found if not events._acts_unnamed(m) and events._unitless(art, m)]
    assert skipped  # the texts hold triggers in sentences naming no actor
    for match in skipped:
        found = roles(art.ctx, match, clause_of(art.ctx, match.span))
        assert not found.sources
        assert not found.targets


_ANAPHORS = [
    "Menteri Luar Negeri Retno Marsudi tiba di Beijing pada Senin. Ia disambut hangat oleh Wang Yi.",
    "Korea Utara kembali menembakkan rudal. Negara itu mengancam Jepang dan Korea Selatan.",
    "Rusia dan Ukraina bertemu di Turki. Kedua negara sepakat menukar tawanan. Mereka juga membahas gencatan senjata.",
    "Wang Yi bertemu Penny Wong di Canberra. Dia menegaskan dukungan China. Keduanya membahas perdagangan.",
]


@pytest.mark.parametrize("text", _ANAPHORS)
def test_events_context_resolves_the_read_sentences_alone_as_all(text: str) -> None:
    analysis = build(text)
    sentences = sentence_spans(analysis)
    full = context(analysis, None, sentences)
    reads: list[tuple[Span, ...]] = [(), sentences[:1], sentences[1:], sentences[::2]]
    for read in reads:
        part = context(analysis, None, sentences, read)
        for sentence in read:
            inside = [u for u in full.units if sentence.start <= u.span.start < sentence.end]
            assert [u for u in part.units if sentence.start <= u.span.start < sentence.end] == inside
    assert any(u.anaphor for u in full.units)  # the texts hold anaphors to leave unresolved


def test_events_headings_of_wanted_sentences_alone_as_all() -> None:
    analysis = build([
        "Kunjungan ke Beijing",
        "Retno bertemu dengan Wang Yi di Beijing pada Senin. Keduanya membahas perdagangan.",
        "Sikap Jakarta",
        "Indonesia menolak klaim itu. Pemerintah menyerukan dialog.",
    ])
    sentences = sentence_spans(analysis)
    full = headings(analysis.text, sentences, analysis.article.paragraphs)
    assert any(full)  # the text holds subheadings
    for step in (1, 2, 3):
        wanted = [i % step == 0 for i in range(len(sentences))]
        part = headings(analysis.text, sentences, analysis.article.paragraphs, wanted)
        assert part == [f and w for f, w in zip(full, wanted, strict=True)]
