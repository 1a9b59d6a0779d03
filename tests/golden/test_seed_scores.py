"""The seed scorecard as a gate: scores may rise, never fall below the pinned floors."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from warta import analysis_dict, analyze_many

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_scores(shared_dir: Path) -> dict[str, dict[str, float]]:
    predictions = {}
    for result in analyze_many([shared_dir / "corpus" / "seeds"]):
        record = analysis_dict(result)  # type: ignore[arg-type]
        predictions[record["id"]] = record
    return _scorer(shared_dir).score(predictions, shared_dir / "gold" / "seeds")  # type: ignore[no-any-return]


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_seed_score_at_or_above_floor(seed_scores: dict[str, dict[str, float]], metric: str) -> None:
    result = seed_scores[metric]
    value = result.get("f1", result.get("acc"))
    assert value is not None, f"{metric}: {result}"
    assert value >= FLOORS[metric], f"{metric}: {result}"
