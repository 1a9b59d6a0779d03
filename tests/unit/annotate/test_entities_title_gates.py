"""The cheap tests that spare the recogniser's names a title search (entity_recognised): each
may only say "no title here" where the full search finds none."""

from __future__ import annotations

import re

from warta.annotate import entity_recognised as er
from warta.annotate.roles import title_pattern, titles
from warta.types import Span

_TEXT = (
    "Menko Kumham Imipas Yusril Ihza Mahendra bertemu Kapolri Jenderal Listyo Sigit Prabowo, kata "
    "Wakil Ketua DPR Sufmi Dasco Ahmad. Marsekal Lapangan Hadi Tjahjanto dan Dato' Seri Anwar Ibrahim "
    "hadir; Kapolda Metro Jaya Irjen Karyoto, Danjen Kopassus Mayjen Djon Afriandi, (Wamen) Budi "
    "Gunadi serta Menteri ATR/BPN Nusron Wahid dan Menpan-RB Rini juga datang, ujar Presiden Direktur "
    "Bank Mandiri Darmawan Junaidi. Kasad-nya Jenderal Maruli Simanjuntak ke Ōsaka, Brigjen Ahmad."
)


def _words() -> list[int]:
    """Every position after a space, a bracket or the text's start: where a name may begin."""
    return [m.start() for m in re.finditer(r"(?<![\w-])\w", _TEXT)]


def _title_into_unspared(span: Span, text: str) -> re.Match[str] | None:
    for word in er._WORDS_BEFORE.finditer(text, max(0, span.start - er._TITLE_REACH), span.start):
        title = er._title_at(text, word.start(), span.end)
        if title is not None and span.start < title.end() < span.end:
            return title
    return None


def test_entities_titles_are_ascii_so_lower_folds_as_re_does() -> None:
    assert all(title.isascii() for title in titles())


def test_entities_title_reach_gate_spares_only_fruitless_searches() -> None:
    reached = 0
    for start in _words():
        for end in range(start + 1, min(len(_TEXT), start + 40) + 1):
            span = Span(start, end)
            title = _title_into_unspared(span, _TEXT)
            spared = er._title_into(span, _TEXT)
            assert (title and title.span()) == (spared and spared.span())
            reached += title is not None
    assert reached  # the text holds titles reaching into a name


def test_entities_rank_gate_drops_only_titles_that_are_not_ranks() -> None:
    ranks = 0
    for start in _words():
        title = title_pattern().match(_TEXT, start)
        rank = er._rank_at(_TEXT, start, len(_TEXT))
        if title is not None and titles()[title.group().casefold()].sector in er._RANKED:
            assert rank is not None
            assert rank.span() == title.span()
            ranks += 1
        elif rank is not None:
            assert title is not None
            assert rank.span() == title.span()
    assert ranks >= 4  # Jenderal, Irjen, Mayjen, Brigjen
