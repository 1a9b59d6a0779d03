"""The trie regex of literal phrases must match exactly what a flat longest-first alternation matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import phrases
from warta.annotate.phrases import last_words, longest_first, may_end_with, word_phrases

TITLES = [
    "menteri",
    "menteri luar negeri",
    "menteri pertahanan",
    "menlu",
    "wakil menteri",
    "wakil presiden",
    "presiden",
    "juru bicara",
    "jubir",
    "duta besar",
    "dubes",
    "perdana menteri",
]
ANAPHORS = ["kedua pihak", "kedua belah pihak", "keduanya", "mereka", "negara-negara tersebut", "negara-negara itu"]


def flat(phrases: list[str], space: str | None = None) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    escaped = (re.escape(p) for p in ordered)
    return "|".join(e.replace(r"\ ", space) for e in escaped) if space else "|".join(escaped)


def spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<!\w)(?:" + pattern + r")(?!\w)", text, flags)]


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Luar Negeri Retno Marsudi bertemu Menteri Pertahanan Jepang di Tokyo.",
        "Wakil Presiden dan Perdana Menteri Malaysia hadir, sementara Menlu AS absen.",
        "Juru bicara Kementerian Luar Negeri, yang juga dubes, menolak berkomentar.",
        "MENTERI LUAR NEGERI RI DAN DUTA BESAR JEPANG MENANDATANGANI NOTA KESEPAHAMAN.",
        "Para menterinya menyebut menteri luar negerinya akan datang pekan depan.",  # no whole-word title there
    ],
)
def test_phrases_longest_first_matches_like_flat_alternation(text: str) -> None:
    assert spans(longest_first(TITLES, ignore_case=True), text, re.IGNORECASE) == spans(
        flat(TITLES), text, re.IGNORECASE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menteri Luar Negeri Sugiono tiba.", ["Menteri Luar Negeri"]),
        ("Pernyataan menteri luar negerinya dikutip.", ["menteri"]),  # falls back past "luar negeri-nya"
        ("Perdana Menteri Anwar dan Wakil Menteri Keuangan hadir.", ["Perdana Menteri", "Wakil Menteri"]),
    ],
)
def test_phrases_longest_first_prefers_the_longest_whole_phrase(text: str, expected: list[str]) -> None:
    pattern = r"(?<!\w)(?:" + longest_first(TITLES, ignore_case=True) + r")(?!\w)"
    assert [m.group() for m in re.finditer(pattern, text, re.IGNORECASE)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kedua  belah\npihak sepakat, dan keduanya menandatangani perjanjian itu.",
        "Negara-negara tersebut menolak, mereka menyebut kedua pihak keliru.",
        "Kedua pihaknya belum menjawab; negara-negara itu diam.",
    ],
)
def test_phrases_longest_first_spaces_stand_for_any_whitespace(text: str) -> None:
    fast = spans(longest_first(ANAPHORS, ignore_case=True, space=r"\s+"), text, re.IGNORECASE)
    assert fast == spans(flat(ANAPHORS, space=r"\s+"), text, re.IGNORECASE)
    assert fast  # every sentence names at least one of them


def test_phrases_longest_first_folds_case_variants_into_one_branch() -> None:
    # "AS" (the United States) and "as sekutu" differ only in case: a branch picked for its
    # case must not hide the longer phrase.
    phrases = ["AS", "as sekutu", "a"]
    text = "Kapal AS sekutu berlabuh."
    pattern = longest_first(phrases, ignore_case=True)
    assert spans(pattern, text, re.IGNORECASE) == spans(flat(phrases), text, re.IGNORECASE) == [(6, 15)]


def test_phrases_longest_first_of_nothing_matches_nothing() -> None:
    assert re.search(longest_first([]), "apa saja") is None


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(st.text(alphabet="abAB -", min_size=1, max_size=5), min_size=1, max_size=8),
    text=st.text(alphabet="abAB -.", max_size=40),
)
def test_phrases_longest_first_equals_flat_alternation_on_any_text(phrases: list[str], text: str) -> None:
    for flags, fold in ((0, False), (re.IGNORECASE, True)):
        assert spans(longest_first(phrases, ignore_case=fold), text, flags) == spans(flat(phrases), text, flags)
        pattern = longest_first(phrases, ignore_case=fold)
        assert [m.span() for m in re.finditer(pattern, text, flags)] == [
            m.span() for m in re.finditer(flat(phrases), text, flags)
        ]


def folded_spans(phrases: list[str], text: str) -> list[tuple[int, int]]:
    """What :func:`word_phrases` must find: the plain case-folding whole-word search."""
    return spans(flat(phrases), text, re.IGNORECASE)


# More than six first letters (the scan jumps between words) and fewer (it jumps between letters).
MINISTRIES = ["kementerian luar negeri", "kemlu", "kemenlu", "departemen pertahanan", "dephan", "deplu"]


@pytest.mark.parametrize("phrases", [TITLES, MINISTRIES, ANAPHORS])
@pytest.mark.parametrize(
    "text",
    [
        "Menteri Luar Negeri Retno Marsudi bertemu Menteri Pertahanan Jepang di Tokyo.",
        "JUBIR KEMLU: Duta Besar RI untuk Jepang dipanggil ke Kementerian Luar Negeri.",
        "Para menterinya menyebut kemenlu-nya belum menerima nota dari Dephan (Deplu).",
        "“Presiden sudah tahu,” kata juru bicara Kemenlu, sementara wakil presiden diam.",
        "Menteri İçişleri Turki dan Perdana Menteri Yunani bertemu di İstanbul.",  # lower() lengthens "İ"
        "Menteri Luar Negerı (ejaan ı) dan Duta Beſar menghadiri rapat.",  # only re folds ı and ſ
        "Dubes_menteri, Menteri_Luar dan 2menteri bukan jabatan; kedua pihak sepakat.",
        "",
    ],
)
def test_phrases_word_phrases_find_what_the_folding_search_finds(phrases: list[str], text: str) -> None:
    assert word_phrases(phrases).spans(text) == folded_spans(phrases, text)


def test_phrases_word_phrases_find_titles_in_a_news_paragraph() -> None:
    text = "Wakil Presiden Gibran menerima Perdana Menteri Malaysia; Menlu AS absen."
    found = [text[start:end] for start, end in word_phrases(TITLES).spans(text)]
    assert found == ["Wakil Presiden", "Perdana Menteri", "Menlu"]


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(st.text(alphabet="abcdefgAB -'", min_size=1, max_size=5), min_size=1, max_size=10),
    text=st.text(alphabet="abcdefgAB -.'_é\u0131\u017f\u0130\n", max_size=40),
)
def test_phrases_word_phrases_equal_the_folding_search_on_any_text(phrases: list[str], text: str) -> None:
    assert word_phrases(phrases).spans(text) == folded_spans(phrases, text)


PLACE_WORDS = ["di", "kota", "negara bagian", "sebelah barat", "kawasan"]
WINDOW_WORDS = [
    "di",
    "Di",
    "kota",
    "KOTA",
    "negara",
    "bagian",
    "barat",
    "sebelah",
    "jadi",
    "kawasan",
    "Jakarta",
    ",",
    "(",
    "\n",
    "  ",
]


@pytest.mark.parametrize(
    ("window", "ends"),
    [
        ("Banjir besar melanda sejumlah rumah warga di ", True),
        ("Gubernur negara bagian ", True),
        ("Ia menyebut serangan itu terjadi di sebelah barat ", True),
        ("Presiden menjadi ", False),  # "menjadi" ends in "di" yet is no place word
        ("Warga kota itu mengatakan ", False),
    ],
)
def test_phrases_may_end_with_place_words(window: str, ends: bool) -> None:
    pattern = re.compile(r"(?<!\w)(?:" + longest_first(PLACE_WORDS, ignore_case=True) + r")\s+$", re.I)
    assert bool(pattern.search(window)) is ends
    if ends:  # a necessary test: it never refuses a window the pattern matches
        assert may_end_with(window, last_words(PLACE_WORDS))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WINDOW_WORDS), max_size=8).map(" ".join))
def test_phrases_may_end_with_never_refuses_a_match(window: str) -> None:
    pattern = re.compile(r"(?<!\w)(?:" + longest_first(PLACE_WORDS, ignore_case=True) + r")\s+$", re.I)
    if pattern.search(window):
        assert may_end_with(window, last_words(PLACE_WORDS))


# Many first words over many first letters: ASCII texts are searched only where a phrase's leading word stands.
OFFICES = [
    *TITLES,
    "gubernur",
    "bupati",
    "wali kota",
    "kepala staf",
    "kapolri",
    "kapolda",
    "jaksa agung",
    "hakim",
    "ketua umum",
    "sekretaris jenderal",
    "sekjen",
    "raja",
    "ratu",
    "sultan",
    "emir",
    "kanselir",
    "laksamana",
    "letnan jenderal",
    "mayor jenderal",
    "kolonel",
    "brigjen",
    "irjen",
    "kombes",
    "dato' seri",
    "dato'",
    "wakil ketua",
    "anggota dewan",
]


def test_phrases_word_phrases_search_many_phrases_only_at_their_leading_words() -> None:
    finder = word_phrases(OFFICES)
    assert {"dato", "wali", "menteri"} <= finder.leads
    texts = [
        "Gubernur Jawa Barat dan Wali Kota Bandung menyambut Dato' Seri Anwar, sementara Kapolda diam.",
        "Wakil Ketua DPR menyebut Jaksa Agung (Kejagung) dan wakil-menteri-nya; ex-kapolri, kapolri_baru, 2kombes.",
        "Sekjen PBB bertemu Raja Yordania. Ratu, Sultan, Emir dan Kanselir Jerman hadir; Laksamana, Kolonel.",
        "Brigjen Irjen Kombes: Menteri Luar Negeri  dan Menteri Luar-Negeri serta menteri luar negerinya.",
        "Presiden Presiden presiden. Perdana Menteri Wakil Presiden wakil presidennya",
        "tidak ada jabatan di sini, hanya kata-kata biasa.",
    ]
    for text in texts:
        assert finder.spans(text) == folded_spans(OFFICES, text), text


@settings(max_examples=300, deadline=None)
@given(
    extra=st.lists(st.text(alphabet="abcdefghijk -'_", min_size=1, max_size=6), max_size=6),
    text=st.text(alphabet="abcdefghijkAB -.'_\n", max_size=60).map(lambda t: t + " raja gubernur wali kota"),
)
def test_phrases_word_phrases_at_leading_words_equal_the_folding_search(extra: list[str], text: str) -> None:
    phrases = [*OFFICES, *extra]
    assert word_phrases(phrases).spans(text) == folded_spans(phrases, text)


# The leads' offsets: the compiled pass (if built) and its Python twin.
LEAD_TEXTS = [
    "Gubernur Jawa Barat dan Wali Kota Bandung menyambut Dato' Seri Anwar, sementara Kapolda diam.",
    "Wakil Ketua DPR menyebut Jaksa Agung (Kejagung) dan wakil-menteri-nya; ex-kapolri, kapolri_baru, 2kombes.",
    'MENTERI Luar Negeri berkata: "Menteri menteri menteriNya" -- RAJA,raja;Raja.\nSultan\tEmir',
    "",
    "tidak ada jabatan di sini, hanya kata-kata biasa.",
]


def test_phrases_lead_offsets_compiled_equals_twin() -> None:
    leads = word_phrases(OFFICES).lead_bytes
    for text in LEAD_TEXTS:
        want = phrases.lead_offsets_twin(text, leads)
        assert phrases.lead_offsets(text, leads) == want, text


def test_phrases_lead_offsets_twin_finds_whole_words() -> None:
    leads = frozenset({b"menteri", b"raja", b"wali"})
    text = "Menteri, menterinya dan RAJA_x; raja-Wali kota"
    assert phrases.lead_offsets_twin(text, leads) == [0, 32, 37]
    assert phrases.lead_offsets(text, leads) == [0, 32, 37]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="abdegiklmnrtuwAGMRW _-'.,1", max_size=80))
def test_phrases_lead_offsets_compiled_equals_twin_on_any_text(text: str) -> None:
    leads = word_phrases(OFFICES).lead_bytes | {b"a", b"ma", b"1"}
    assert phrases.lead_offsets(text, leads) == phrases.lead_offsets_twin(text, leads)


def test_phrases_word_phrases_at_leading_words_without_the_compiled_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phrases, "_native", None)
    finder = word_phrases(OFFICES)
    for text in LEAD_TEXTS:
        assert finder.spans(text) == folded_spans(OFFICES, text), text
