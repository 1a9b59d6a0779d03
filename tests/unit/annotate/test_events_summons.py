"""Summoning a state's envoy to complain is ACCUSE by the summoning state against the envoy's
state (PLOVER.md); calling in anyone else is no event."""

from __future__ import annotations

import pytest

from warta import analyze_text


def _triples(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in analyze_text(text, id="t").events}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kementerian Luar Negeri Kenya memanggil Duta Besar Uganda di Nairobi, Senin (3/6/2024).",
            ("ACCUSE", "KEN", "UGA"),
        ),
        ("Pemerintah Peru memanggil Dubes Meksiko setelah pernyataan presidennya.", ("ACCUSE", "PER", "MEX")),
        (
            "Duta Besar Jepang dipanggil Kementerian Luar Negeri Korea Selatan, Rabu (5/6/2024).",
            ("ACCUSE", "KOR", "JPN"),
        ),
        ("Kemlu RI memanggil Kuasa Usaha Kedutaan Besar Australia di Jakarta.", ("ACCUSE", "IDN", "AUS")),
    ],
)
def test_events_summoning_an_envoy_is_an_accusation(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelatih timnas memanggil 25 pemain untuk laga melawan Vietnam.",
        "Presiden memanggil para menteri ke Istana untuk membahas anggaran.",
    ],
)
def test_events_calling_in_others_is_no_event(sentence: str) -> None:
    assert not {t for t in _triples(sentence) if t[0] == "ACCUSE"}
