from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.annotate.quote_marks import quoted_spans
from warta.types import Article


def spans_of(*paragraphs: str) -> tuple[list[str], list[str]]:
    article = Article.from_paragraphs("t", "t", list(paragraphs))
    found, problems = quoted_spans(article.text, article.paragraphs)
    return [q.content.of(article.text) for q in found], [p.code for p in problems]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“Kami siap berunding,” kata menteri itu.", ["Kami siap berunding,"]),
        ('"Kami siap berunding," kata menteri itu.', ["Kami siap berunding,"]),
        ("Ia menyebut rencana itu “berbahaya” dan “tidak etis”.", ["berbahaya", "tidak etis"]),
        ('Ia menyebut rencana itu "berbahaya" dan "tidak etis".', ["berbahaya", "tidak etis"]),
        ("“Kami menolak,” ujarnya, “dan kami akan membalas.”", ["Kami menolak,", "dan kami akan membalas."]),
        ("Tidak ada tanda kutip dalam kalimat ini.", []),
    ],
)
def test_quote_marks_pairs_curly_and_straight_marks(paragraph: str, expected: list[str]) -> None:
    found, problems = spans_of(paragraph)
    assert found == expected
    assert problems == []


def test_quote_marks_joins_a_quote_continued_in_the_next_paragraph() -> None:
    first = "“Kami harus memastikan kawasan ini tetap damai."
    second = "“Kami akan berbicara dengan semua pihak,” ujarnya."
    found, problems = spans_of(first, second)
    assert found == ["Kami harus memastikan kawasan ini tetap damai.\n\n“Kami akan berbicara dengan semua pihak,"]
    assert problems == []


def test_quote_marks_closing_mark_without_opening_quotes_from_paragraph_start() -> None:
    found, problems = spans_of("Kami tidak pernah mengirim senjata ke mana pun,” kata juru bicara itu.")
    assert found == ["Kami tidak pernah mengirim senjata ke mana pun,"]
    assert problems == ["unbalanced_quote"]


def test_quote_marks_unclosed_quote_ends_at_its_paragraph_and_the_rest_survives() -> None:
    found, problems = spans_of(
        "“Kami akan membalas setiap provokasi, kata komandan itu.",
        "Pemerintah belum menanggapi. “Kami memantau situasi,” kata juru bicara.",
    )
    assert found == ["Kami akan membalas setiap provokasi, kata komandan itu.", "Kami memantau situasi,"]
    assert problems == ["unclosed_quote"]


def test_quote_marks_keeps_a_quote_inside_a_quote_in_the_outer_one() -> None:
    found, problems = spans_of("“Mereka menyebut kami “negara nakal”, padahal kami patuh,” kata diplomat itu.")
    assert found == ["Mereka menyebut kami “negara nakal”, padahal kami patuh,"]
    assert problems == ["nested_quote"]


def test_quote_marks_single_quotes_stay_inside_content() -> None:
    found, problems = spans_of("“Presiden berkata ‘tidak ada kompromi’ dan itu sikap kami,” ujar menteri.")
    assert found == ["Presiden berkata ‘tidak ada kompromi’ dan itu sikap kami,"]
    assert problems == []


@given(st.lists(st.text(alphabet="ab ,.\"“”\n", max_size=40), min_size=1, max_size=4))
def test_quote_marks_spans_lie_inside_the_text(paragraphs: list[str]) -> None:
    article = Article.from_paragraphs("t", "t", paragraphs)
    found, _ = quoted_spans(article.text, article.paragraphs)
    for quoted in found:
        assert 0 <= quoted.outer.start <= quoted.content.start <= quoted.content.end <= quoted.outer.end
        assert quoted.outer.end <= len(article.text)
