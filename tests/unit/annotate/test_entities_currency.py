"""A state's name inside a currency's name ("dolar AS") is not the state acting."""

from __future__ import annotations

import pytest

from warta import analyze_text


@pytest.mark.parametrize(
    ("sentence", "event", "absent"),
    [
        (
            "Para menteri keuangan G20 sepakat menyalurkan pinjaman senilai 3 miliar dolar AS kepada Sri Lanka.",
            ("AGREE", "G20", "LKA"),
            "United States",
        ),
        (
            "Korea Selatan mengirim bantuan kemanusiaan senilai 5 juta dolar Singapura ke Myanmar, Selasa (4/3).",
            ("AID", "KOR", "MMR"),
            "Singapore",
        ),
    ],
)
def test_entities_currency_state_is_not_an_actor(sentence: str, event: tuple[str, str, str], absent: str) -> None:
    analysis = analyze_text(sentence)
    assert event in {(e.type, e.source, e.target) for e in analysis.events}
    assert absent not in {e.name for e in analysis.entities}


def test_entities_currency_state_elsewhere_still_counts() -> None:
    analysis = analyze_text("AS menjatuhkan sanksi kepada bank Rusia yang bertransaksi dalam dolar AS.")
    assert ("SANCTION", "USA", "RUS") in {(e.type, e.source, e.target) for e in analysis.events}
    assert "United States" in {e.name for e in analysis.entities}
