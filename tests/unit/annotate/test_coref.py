"""Coreference of bare surnames: later mentions of a person by part of the name."""

from __future__ import annotations

import pytest

from warta.annotate.coref import resolve_coreference
from warta.annotate.found import Found, unknown_entity
from warta.annotate.segment import sentences
from warta.types import Span


def person(text: str, name: str) -> Found:
    start = text.index(name)
    return Found(Span(start, start + len(name)), name, unknown_entity(name, "PER"))


@pytest.mark.parametrize(
    ("text", "name", "later"),
    [
        # ASCII only
        (
            "Menteri Luar Negeri Turki Hakan Fidan tiba di Jakarta pada Senin. Fidan akan bertemu Sugiono.",
            "Hakan Fidan",
            ["Fidan"],
        ),
        # curly quotes and a dash: characters that key as their lower case
        (
            "Hakan Fidan tiba di Jakarta – Senin pagi. “Kami siap bekerja sama,” kata Fidan. Wartawan menunggu Fidan.",
            "Hakan Fidan",
            ["Fidan", "Fidan"],
        ),
        # accented letters key otherwise ("Erdoğan" -> "erdogan")
        (
            "Presiden Recep Tayyip Erdoğan menerima tamunya di Ankara. Erdoğan menyebut kerja sama itu penting.",
            "Recep Tayyip Erdoğan",
            ["Erdoğan"],
        ),
        # a word that only begins like the name ("Kimia") is not the person
        (
            "Kim Jong Un meninjau pabrik Kimia Hamhung. Menurut KCNA, Kim puas dengan hasilnya.",
            "Kim Jong Un",
            ["Kim"],
        ),
        # the surname before the full name is not linked back
        ("Fidan, kata sumber itu, baru tiba. Hakan Fidan lalu menggelar jumpa pers.", "Hakan Fidan", []),
    ],
)
def test_coref_links_later_bare_surnames_to_the_person(text: str, name: str, later: list[str]) -> None:
    first = person(text, name)
    linked = resolve_coreference([first], text, sentences(text))
    surnames = [f for f in linked if f.kind == "coref"]
    assert [f.text for f in surnames] == later
    assert all(f.entity == first.entity and f.span.of(text) == f.text for f in surnames)
    assert all(f.span.start > first.span.start for f in surnames)
