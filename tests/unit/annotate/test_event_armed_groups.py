"""Armed groups act in events with the country they fight from; their entity keeps no actor."""

from __future__ import annotations

import pytest

from warta import analyze_text
from warta.annotate.event_args import armed_groups


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hamas menuduh Israel melanggar kesepakatan gencatan senjata di Rafah pada Senin malam.",
            ("ACCUSE", "PSE", "ISR"),
        ),
        ("Hizbullah menyerang pos militer Israel di dekat perbatasan, Rabu (4/2).", ("ASSAULT", "LBN", "ISR")),
        ("Amerika Serikat mengecam kelompok Houthi atas serangan terhadap kapal dagang.", ("ACCUSE", "USA", "YEM")),
    ],
)
def test_event_armed_groups_code_their_acts_with_their_country(sentence: str, expected: tuple[str, str, str]) -> None:
    analysis = analyze_text(sentence)
    assert expected in {(e.type, e.source, e.target) for e in analysis.events}


def test_event_armed_groups_entity_actor_stays_null() -> None:
    analysis = analyze_text("Hamas menuduh Israel melanggar kesepakatan gencatan senjata di Rafah pada Senin malam.")
    actors = {e.name: e.actor for e in analysis.entities}
    assert actors["Hamas"] is None
    assert actors["Israel"] == "ISR"


def test_event_armed_groups_table_names_gazetteer_entries() -> None:
    from warta.annotate.gazetteer import gazetteer

    names = {entry.name for entry in gazetteer().entries.values()}
    assert set(armed_groups()) <= names
    assert all(len(code) == 3 and code.isupper() for code in armed_groups().values())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Militer Israel melancarkan serangan udara di Jalur Gaza, Rabu (5/3).", ("ASSAULT", "ISR", "PSE")),
        ("Israel kembali menggempur wilayah Tepi Barat pada Kamis dini hari.", ("ASSAULT", "ISR", "PSE")),
    ],
)
def test_event_struck_region_stands_for_its_state(sentence: str, expected: tuple[str, str, str]) -> None:
    analysis = analyze_text(sentence)
    assert expected in {(e.type, e.source, e.target) for e in analysis.events}
