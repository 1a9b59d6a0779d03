from __future__ import annotations

import pytest

from warta.corpus.fusion import compatible, fuse
from warta.corpus.records import EventRecord


def record(article: str, outlet: str, n: int, kind: str, source: str | None, target: str | None,
           date: str | None, status: str = "happened") -> EventRecord:
    return EventRecord(f"h_{article}", article, outlet, n, kind, source, target, date, status,
                       "Washington menuduh Pyongyang mengirim amunisi ke Rusia", 0, 10, n + 1, 1)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("2023-10-26", "2023-10-26", True),
        ("2023-10-26", "2023-10-27", True),  # outlets date by their own day
        ("2023-10", "2023-10-26", True),
        ("2023-10-26", None, True),
        ("2023-10-26", "2023-10-29", False),
        ("2023-10", "2023-11", False),
    ],
)
def test_fusion_compatible_dates(left: str | None, right: str | None, expected: bool) -> None:
    assert compatible(left, right) is expected


def test_fusion_merges_one_event_from_several_outlets() -> None:
    records = [
        record("antara_1", "Antara", 0, "ACCUSE", "USA", "PRK", "2023-10-26"),
        record("okezone_1", "Antara", 0, "ACCUSE", "USA", "PRK", "2023-10-26"),  # syndicated copy
        record("kompas_1", "Kompas", 2, "ACCUSE", "USA", "PRK", None),
        record("kompas_1", "Kompas", 0, "REJECT", "RUS", "USA", "2023-10-27"),
    ]
    fused = fuse(records, "st_x")
    accuse = next(f for f in fused if f.type == "ACCUSE")
    assert accuse.date == "2023-10-26"
    assert accuse.articles == ("antara_1", "kompas_1", "okezone_1")
    assert accuse.outlets == 2
    assert len(fused) == 2


def test_fusion_keeps_different_days_apart() -> None:
    fused = fuse([
        record("a", "Detik", 0, "ASSAULT", "PRK", None, "2023-11-22"),
        record("b", "Tempo", 0, "ASSAULT", "PRK", None, "2023-12-18"),
    ])
    assert [f.date for f in fused] == ["2023-11-22", "2023-12-18"]


def test_fusion_cooperate_is_symmetric_and_denials_stay_apart() -> None:
    fused = fuse([
        record("a", "Detik", 0, "COOPERATE", "PRK", "RUS", None),
        record("b", "Tempo", 0, "COOPERATE", "RUS", "PRK", None),
        record("c", "Kompas", 0, "COOPERATE", "RUS", "PRK", None, status="denied"),
    ])
    assert sorted((f.polarity, len(f.sources)) for f in fused) == [("asserted", 2), ("negative", 1)]


def test_fusion_ids_are_stable() -> None:
    records = [record("a", "Detik", 0, "AID", "PRK", "RUS", None), record("b", "Tempo", 1, "AID", "PRK", "RUS", None)]
    assert [f.id for f in fuse(records, "st_1")] == [f.id for f in fuse(list(reversed(records)), "st_1")]
