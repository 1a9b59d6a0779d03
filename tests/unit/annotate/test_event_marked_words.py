"""The compiled pass that reads an article's words and tests them against a few sets at once
(warta._native.marked_words, with its bitmap from word_filter) against its pure-Python twin, and
text_words, TextWords.starting_each and sports_in with and without the sets given."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import event_lexicon
from warta.annotate.event_args import last_words, unit_firsts, words
from warta.annotate.event_lexicon import (
    TextWords,
    _indexed,
    marked_twin,
    may_contain,
    needles,
    text_words,
    union_of,
    words_from_split,
)
from warta.annotate.event_topics import sports_in, sports_marks

pytestmark = pytest.mark.skipif(event_lexicon._native is None, reason="the compiled core was not built")

_NEWS = (
    "Menteri Luar Negeri Indonesia mengecam serangan Israel ke kamp pengungsi di Jalur Gaza, Selasa (4/11/2025). "
    "Ia menyebut serangannya melanggar hukum internasional. Kedua negara sepakat menandatangani "
    "perjanjian kerja sama pertahanan, sementara Presiden Prabowo menerima kunjungan Duta Besar Jepang "
    "untuk ASEAN. Pemerintah juga meminta Dewan Keamanan PBB menjatuhkan sanksi. Timnas menjamu Bahrain "
    "dalam laga kualifikasi Piala Dunia; gol tunggal dicetak lewat tendangan bebas di babak kedua. "
    "Mereka menolak tuduhan itu dan membantah telah mengirim senjata ke Rusia-Ukraina pada 2024."
)
_PIECES = ["mengecam", "Serangannya", "mereka", "Ia", "presiden", "sementara", "duta", "gol", "laga", "yang",
           "bulu", "tangkis", " ", "-", ",", ";", "ß", "İ", "é", "\u212a", "_", "٣"]
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
)


def _marks() -> tuple[frozenset[str], ...]:
    return union_of(unit_firsts()), *sports_marks()


def _sets() -> tuple[frozenset[str], ...]:
    return (_indexed(), *_marks())


def _without_core(text: str, marks: tuple[frozenset[str], ...]) -> TextWords:
    saved, event_lexicon._native = event_lexicon._native, None
    try:
        return text_words(text, marks)
    finally:
        event_lexicon._native = saved


def _assert_twins(text: str) -> None:
    assert event_lexicon._native is not None
    sets = _sets()
    folded = text.casefold()
    native = event_lexicon._native
    starts, ends, words, marks = native.marked_words(folded, sets, native.word_filter(sets))
    assert (starts, ends, words) == words_from_split(folded)
    assert list(marks) == marked_twin(words, sets)
    compiled, plain, unmarked = text_words(text, _marks()), _without_core(text, _marks()), text_words(text)
    assert compiled == plain
    for field in ("starts", "ends", "folded", "hits", "foreign", "casefolded"):
        assert getattr(compiled, field) == getattr(unmarked, field), field
    assert compiled.starting_each(*unit_firsts()) == unmarked.starting_each(*unit_firsts())
    assert sports_in(compiled) == sports_in(unmarked) == sports_in(plain)


def test_marked_words_agree_with_the_twin_on_news() -> None:
    _assert_twins(_NEWS)
    words = text_words(_NEWS, _marks())
    union, sports, firsts = _marks()
    assert words.held_by(union)
    assert words.held_by(sports)
    assert words.hits
    assert [words.folded[i] for i in words.held_by(sports)] == [w for w in words.folded if w in sports]
    assert words.held_by(firsts) == [i for i, w in enumerate(words.folded) if w in firsts]


def test_marked_words_held_by_reads_a_set_not_given() -> None:
    words = text_words(_NEWS)
    assert words.marked == ()
    union = union_of(unit_firsts())
    assert words.held_by(union) == [i for i, w in enumerate(words.folded) if w in union]


@settings(max_examples=800, deadline=None)
@given(text=_TEXTS)
def test_marked_words_agree_with_the_twin(text: str) -> None:
    _assert_twins(text)


def test_marked_words_refuses_bad_input() -> None:
    assert event_lexicon._native is not None
    native = event_lexicon._native
    with pytest.raises(TypeError, match="str"):
        native.word_filter((frozenset({1}),))
    with pytest.raises(TypeError):
        native.word_filter([frozenset({"a"})])
    with pytest.raises(ValueError, match="filter"):
        native.marked_words("kata", (frozenset({"kata"}),), b"short")
    assert native.marked_words("Kata kata", (frozenset({"kata"}),), native.word_filter((frozenset({"kata"}),)))[3] == (
        [1],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Jikalau serangan berlanjut, kedua pihak akan bertemu.",
        "Apabila gencatan senjata gagal, pascaperang kawasan itu suram.",
        "Bentrokan di perbatasan mereda setelah pertempuran sengit.",
        "Kalau tidak ada kesepakatan, konfrontasi tak terhindarkan.",
        "Menteri menerima kunjungan delegasi dagang di Jakarta.",
        "",
    ],
)
def test_needles_answer_as_the_full_word_lists(text: str) -> None:
    lists = [
        ("jika", "jikalau", "apabila", "bila", "kalau", "andaikan"),
        ("perang", "pascaperang", "konflik", "pertempuran", "bentrokan", "konfrontasi"),
    ]
    for full in lists:
        pruned = needles(full)
        assert len(pruned) < len(full)
        assert may_contain(text, pruned) == may_contain(text, full)
    assert needles(("jika", "jikalau", "jika")) == ("jika",)
    assert needles(("perang", "pérang", "pascaperang")) == ("perang", "pérang", "pascaperang")  # not ASCII: kept


_STRETCHES = [
    "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang di Tokyo, Senin. Keduanya sepakat "
    "memperkuat kerja sama maritim. Presiden Amerika Serikat mengecam serangan Rusia terhadap Ukraina.",
    "Negara-negara anggota ASEAN, termasuk Indonesia; Malaysia, dan Filipina--tidak pernah secara resmi "
    "mengakui ataupun menyangkal kebebasan (lebih besar) sekarang untuk menyerang pos-pos perbatasan itu.",
    "İSTANBUL — Türkiye belum akan mengirim bantuan ke Straße-Gaza, kata Erdoğan, ﬁrma-ﬁrma Jerman juga.",
]


@pytest.mark.parametrize("text", _STRETCHES)
def test_last_words_equal_the_end_of_the_stretch_words(text: str) -> None:
    for start in range(0, len(text), 9):
        for end in range(start, len(text) + 1, 2):
            for count in (1, 4, 7):
                assert last_words(text, start, end, count) == tuple(words(text[start:end])[-count:])
