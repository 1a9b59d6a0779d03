"""The shortcuts extraction takes for speed give what the plain rules give, on Indonesian news."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.extract.boilerplate import (
    CREDIT_TAIL_CHARS,
    MAX_CAPTION_WORDS,
    _is_menu_row,
    boilerplate_data,
    classify,
    more_words_than,
)
from warta.extract.dateline import DASH_WITHIN_PIECES, _forms, outlet_for_url, outlets, split_dateline
from warta.extract.language import identify
from warta.extract.markdown import _EMPHASIS, _LINK
from warta.extract.published import parse_published
from warta.extract.repeats import KEY_CHARS, _prefix_key, drop_repeats
from warta.extract.text import _TRAILING_SIGNOFF, _without_trailing_signoff, split_lines
from warta.extract.trailing import SIGNOFF_TAIL_CHARS, _cut_signoff, _signoff
from warta.ingest.decode import binary_reason

LEAD = (
    "Menteri Luar Negeri Sugiono bertemu mitranya dari Malaysia di Kuala Lumpur pada Selasa untuk membahas "
    "perbatasan kedua negara, kerja sama penanganan pekerja migran, serta rencana latihan bersama angkatan laut "
    "yang tertunda sejak tahun lalu karena cuaca buruk di Selat Malaka"
)


def _plain_outlet_for_url(url: str) -> str | None:
    """The rule as first written: every outlet's domains tested against the host."""
    host = (urlsplit(url).hostname or "").casefold()
    for outlet in outlets():
        if any(host == domain or host.endswith("." + domain) for domain in outlet.domains):
            return outlet.name
    return None


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://news.detik.com/berita/d-7301234/kpk-periksa-saksi", "Detik"),
        ("https://WWW.KOMPAS.COM/global/read/2024/03/04/sanksi", "Kompas"),
        ("https://user@nasional.kompas.com:443/read/x", "Kompas"),
        ("https://www.kompas.tv/nasional/123/banjir", "Kompas TV"),
        ("https://notdetik.com/berita/x", None),
        ("ftp://detik.com/arsip", "Detik"),
        ("bukan alamat", None),
    ],
)
def test_dateline_outlet_for_url_equals_scanning_every_outlet(url: str, outlet: str | None) -> None:
    assert outlet_for_url(url) == outlet
    assert outlet_for_url(url) == _plain_outlet_for_url(url)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("Jakarta", 0),
        ("Jakarta", 1),
        ("  Presiden  Prabowo\tberangkat ke\nTokyo ", 4),
        ("  Presiden  Prabowo\tberangkat ke\nTokyo ", 5),
        ("Harga cabai naik lagi", 3),
    ],
)
def test_boilerplate_more_words_than_equals_counting_the_split(text: str, count: int) -> None:
    assert more_words_than(text, count) == (len(text.split()) > count)


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("BACA JUGA :", "related"),
        ("Bagikan", "share"),
        ("Presiden Prabowo tiba di Tokyo.", None),
        (LEAD * 3, None),
        ("Bagikan " + LEAD, None),
    ],
)
def test_boilerplate_classify_phrases_and_long_lines(line: str, family: str | None) -> None:
    assert classify(line) == family


def test_repeats_long_paragraphs_sharing_their_opening_are_both_kept() -> None:
    first = LEAD + ", kata juru bicara kementerian."
    second = LEAD + ", menurut keterangan resmi yang diterima wartawan pada Rabu pagi."
    assert drop_repeats([first, second]) == [first, second]


def test_repeats_long_paragraph_pasted_again_is_dropped_whatever_its_quotes() -> None:
    quoted = "“" + LEAD + ",” kata juru bicara kementerian."
    straight = '"' + LEAD + '," kata juru bicara kementerian.'
    after = "Pertemuan berikutnya dijadwalkan berlangsung di Jakarta."
    assert drop_repeats([quoted, after, straight]) == [quoted, after]
    assert drop_repeats([straight], seen=[quoted]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue, 12 Mar 2024 01:10:00 GMT", "2024-03-12T01:10:00+00:00"),
        ("12 Jun 2024 08:00", "2024-06-12T08:00:00+07:00"),
        ("Minggu, 9 Juni 2024 - 08:00 WIB", "2024-06-09T08:00:00+07:00"),
        ("2024-06-09", "2024-06-09"),
        ("Jumat pekan lalu", None),
    ],
)
def test_published_machine_and_printed_forms_still_parse(text: str, expected: str | None) -> None:
    assert parse_published(text) == expected


@pytest.mark.parametrize(
    ("body", "binary"),
    [
        (b"Warga mengungsi ke balai desa.\r\n\tBantuan tiba sore hari.\f" * 40, False),
        (b"Warga mengungsi\x01\x02\x03\x1b\x7f ke balai desa." * 40, True),
    ],
)
def test_decode_counts_control_characters(body: bytes, binary: bool) -> None:
    assert (binary_reason(body) == "binary data") is binary


def test_language_curly_and_straight_quotes_give_the_same_call() -> None:
    text = LEAD + '. "Kami ingin masalah ini selesai tahun ini," ujar dia kepada wartawan di Jakarta.'
    curly = text.replace('"', "“", 1).replace('"', "”", 1)
    assert identify(text) == identify(curly) == ("id", 1.0)


# The paragraph key's definition as one regular expression: runs of spaces and punctuation
# become one space. The key is made with translate() and split(), which must agree.
_KEY_BY_REGEX = re.compile(r"[\s!-/:-@\[-`{-~“”‘’„«»–—…]+")


_EDGES = "aZ é1 _\t\n\x1c\x85\u2003\u200b-.,:;\"'()[]{}~`@!?/“”‘’„«»–—…ẞß"


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(alphabet=st.sampled_from(list(_EDGES)), max_size=300), st.text(max_size=300)))
def test_repeats_prefix_key_equals_the_regex_definition(text: str) -> None:
    assert _prefix_key(text) == _KEY_BY_REGEX.sub(" ", text[:KEY_CHARS].casefold()).strip()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("“Kami menolak,” kata Menlu\u00a0Retno di Jakarta.", "kami menolak kata menlu retno di jakarta"),
        ('"Kami menolak", kata Menlu Retno -- di Jakarta...', "kami menolak kata menlu retno di jakarta"),
        ("Harga naik 2,5% (Rp 1.350/kg) — BPS", "harga naik 2 5 rp 1 350 kg bps"),
    ],
)
def test_repeats_prefix_key_keeps_words_only(text: str, key: str) -> None:
    assert _prefix_key(text) == key


@pytest.mark.parametrize(
    "paragraph",
    [
        LEAD + ". (ant/dep)",
        LEAD + ".   (***)  ",
        LEAD + ". (kompas)",
        LEAD + " (Antara)",
        "(ant)",
        "   (ant/dep)",
        LEAD + ". (abcde/abcde / abcde/ abcde)",
        LEAD + ". (abcde/abcde/abcde/abcde/abcde)",
        LEAD + ", kata dia (tidak sah)",
    ],
)
def test_text_trailing_signoff_search_of_the_tail_equals_the_whole_paragraph(paragraph: str) -> None:
    assert _without_trailing_signoff(paragraph) == _TRAILING_SIGNOFF.sub("", paragraph)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *()/ \t\n\u00a0.")), max_size=80))
def test_text_trailing_signoff_agrees_on_any_text(paragraph: str) -> None:
    assert _without_trailing_signoff(paragraph) == _TRAILING_SIGNOFF.sub("", paragraph)


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Baca Juga: Harga Beras Naik Jelang Lebaran", "related"),
        ("Simak Video: Banjir Rendam Permukiman di Bekasi", "embed"),
        ("(ant/dep)", "signoff"),
        ("Tags: banjir, bekasi", "tags"),
        ("Copyright 2025 Kompas", "disclaimer"),
        ("Ikuti kami di Google News", "share"),
        ("Foto: Warga mengungsi ke balai desa", "caption"),
        ("Warga mengungsi ke balai desa. (ANTARA/Rina Sari)", "caption"),
        ("Warga mengungsi ke balai desa. FOTO/Rina Sari/ant", "caption"),
        ("Warga mengungsi ke balai desa (29/5/2026) malam.", None),
        ("Foto: " + LEAD, "caption"),
        ("Foto: " + LEAD * 2, None),
        (LEAD * 2 + " (ANTARA/Rina Sari)", None),
        ("Beranda > Nasional > Hukum", "menu"),
        ("Jakarta / Bandung", None),
    ],
)
def test_boilerplate_one_alternation_gives_each_family(line: str, family: str | None) -> None:
    assert classify(line) == family
    assert classify(line) == _classify_family_by_family(line)


def _classify_family_by_family(line: str) -> str | None:
    """The rule as first written: one regex per family, in order, then the credits."""
    if _is_menu_row(line):
        return "menu"
    patterns = boilerplate_data()["patterns"]
    for family in ("related", "embed", "signoff", "tags", "disclaimer", "share", "caption"):
        if family == "caption" and more_words_than(line, MAX_CAPTION_WORDS):
            return None
        if re.match("|".join(f"(?:{p})" for p in patterns[family]), line):
            return family
    tail = line[-CREDIT_TAIL_CHARS:]
    return "caption" if any(re.search(source, tail) for source in patterns["credit"]) else None


def test_boilerplate_credits_hold_a_slash_or_a_parenthesis() -> None:
    # _ends_in_credit skips the search of a tail holding neither.
    assert all(re.search(r"(?<!\\)/|\\\)", source) for source in boilerplate_data()["patterns"]["credit"])


# The Markdown patterns as first written, with the lookbehind before the first mark.
_LINK_BEFORE = re.compile(r"(?<!\\)\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_EMPHASIS_BEFORE = re.compile(r"(?<!\\)(?:\*{1,3}|_{2,3})")


def _assert_marks_agree(text: str) -> None:
    assert _LINK.sub(r"\1", text) == _LINK_BEFORE.sub(r"\1", text)
    assert _EMPHASIS.sub("", text) == _EMPHASIS_BEFORE.sub("", text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *_\\[]()")), max_size=60))
def test_markdown_marks_with_the_lookbehind_after_them_agree(text: str) -> None:
    _assert_marks_agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "**JAKARTA, KOMPAS.com** -- Bagi Anda lulusan *fresh graduate*, simak [lowongan](https://x.id/a) ini.",
        "Harga naik 5\\*, kata __Menteri__ di \\[Jakarta](bukan tautan).",
        "[Baca juga: Harga beras naik](https://x.id/(b)) ___Editor___",
    ],
)
def test_markdown_plain_keeps_the_same_text(text: str) -> None:
    _assert_marks_agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta, 12 Maret 2024. Presiden tiba. (Foto: Antara) dan pernyataan resmi",
        "Artikel ini pertama kali terbit dalam bahasa Inggris Diadaptasi oleh Rina Sari Editor: Budi",
        LEAD + ". Editor: Budi Santoso",
        LEAD + ". Diterjemahkan oleh Rina Sari",
        LEAD + ".",
    ],
)
def test_trailing_signoff_gate_keeps_every_cut(text: str) -> None:
    found = _signoff().search(text, max(0, len(text) - SIGNOFF_TAIL_CHARS))
    expected = text if found is None else text[: found.start()].rstrip()
    assert _cut_signoff(text).text == expected


def _dash_among_first_pieces(line: str) -> bool:
    head = line.split(maxsplit=DASH_WITHIN_PIECES)[:DASH_WITHIN_PIECES]
    return any(dash in piece for piece in head for dash in "-–—")


_DATELINE_PIECES = st.sampled_from(
    [
        "Jakarta",
        "JAKARTA",
        "Kuala",
        "Lumpur",
        "SEOUL",
        "IDN",
        "Times",
        "KOMPAS.com",
        "ANTARA",
        "Tribunnews.com",
        "(",
        ")",
        "(ANTARA)",
        ",",
        "/",
        "-",
        "–",
        "—",
        "--",
        "Presiden",
        "mengatakan",
        "Sabang-Merauke",
        "  ",
        "\t",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_DATELINE_PIECES, max_size=14).map(" ".join))
def test_dateline_forms_with_a_dash_match_only_lines_with_one_among_the_first_pieces(line: str) -> None:
    if not _dash_among_first_pieces(line):
        assert all(regex.match(line) is None for regex, _, has_dash in _forms() if has_dash)


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        ("Jakarta ( ANTARA ) - Presiden tiba di Tokyo pada Senin untuk membahas kerja sama.", "Jakarta", "Antara"),
        (
            "Kota Kuala Lumpur Barat, IDN Times - Menteri Luar Negeri bertemu mitranya pada Selasa.",
            "Kota Kuala Lumpur Barat",
            "IDN Times",
        ),
        # The longest form: its dash is the ninth piece.
        (
            "Kota Kuala Lumpur Barat ( IDN Times ) - Menteri Luar Negeri bertemu mitranya.",
            "Kota Kuala Lumpur Barat",
            "IDN Times",
        ),
        ("JAKARTA, KOMPAS.com - Harga beras naik menjelang Lebaran tahun ini.", "Jakarta", "Kompas"),
        ("SEOUL - Korea Utara kembali meluncurkan rudal balistik pada Rabu pagi.", "Seoul", None),
        ("Presiden Prabowo Subianto mengatakan anak-anak sekolah akan mendapat makan siang gratis.", None, None),
    ],
)
def test_dateline_gate_keeps_every_dateline(line: str, place: str | None, outlet: str | None) -> None:
    found = split_dateline(line)
    assert (found.place, found.outlet) == (place, outlet) if found else place is outlet is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        LEAD,
        LEAD + "\n" + LEAD,
        LEAD + "\r\n\r\n",
        "a\x0bb\x0cc\x1cd\x1de\x1ef\rg",
        "Jakarta\u2028Bandung",
        "x\x85y",
        "\n",
    ],
)
def test_text_split_lines_equals_splitlines(text: str) -> None:
    assert split_lines(text) == text.splitlines()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2030), max_size=50))
def test_text_split_lines_agrees_on_any_text(text: str) -> None:
    assert split_lines(text) == text.splitlines()
