"""Names inside a relative clause set off by commas describe the subject; they do not act."""

from __future__ import annotations

import pytest

from warta import analyze_text


@pytest.mark.parametrize(
    ("sentence", "expected", "wrong_source"),
    [
        (
            "Vietnam, yang berulang kali bersitegang dengan kapal penjaga pantai China, meminta ASEAN bersikap tegas.",
            ("REQUEST", "VNM", "ASEAN"),
            "CHN",
        ),
        (
            "Polandia, yang berbatasan langsung dengan Belarus, mengecam Rusia atas serangan drone itu.",
            ("ACCUSE", "POL", "RUS"),
            "BLR",
        ),
    ],
)
def test_event_relative_clause_names_are_not_the_subject(
    sentence: str, expected: tuple[str, str, str], wrong_source: str
) -> None:
    events = {(e.type, e.source, e.target) for e in analyze_text(sentence).events}
    assert expected in events
    assert all(source != wrong_source for _, source, _ in events)

