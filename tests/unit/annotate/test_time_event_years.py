"""A year written after the name of a recurring event is a time expression."""

from __future__ import annotations

import pytest

from warta import analyze_text


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Presiden dijadwalkan menghadiri KTT APEC 2026 di Shenzhen, China.", "2026"),
        ("Indonesia menjadi tuan rumah Piala Dunia U-17 2023 yang digelar di Surabaya.", "2023"),
        ("Partai-partai mulai bersiap menghadapi pemilu 2029.", "2029"),
        ("Atlet itu meraih medali emas di SEA Games 2025.", "2025"),
    ],
)
def test_time_event_years_are_dates(sentence: str, year: str) -> None:
    assert year in {t.value for t in analyze_text(sentence, id="t").timexes}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebanyak 2026 warga mengungsi akibat banjir.",  # a count
        "Pemerintah memaparkan Visi Indonesia Emas 2045 kepada DPR.",  # a plan's name, no event noun
        "Nomor antrean 2024 dipanggil ke loket.",
    ],
)
def test_time_event_years_not_other_numbers(sentence: str) -> None:
    assert analyze_text(sentence, id="t").timexes == ()
