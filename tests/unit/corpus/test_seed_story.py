"""The five seed articles (four outlets, fourteen months) are one story, however they arrive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from warta.corpus.ingest import ingest
from warta.corpus.views import stories, story
from warta.report.timeline import timeline
from warta.store import Store, schema

SEED_IDS = ["000_24cb354df05b24f4", "001_192deba87b185abf", "002_0d9dec0f2dc91fb3", "003_be7c9fe0555141bb",
            "004_5e428bb4d1a64142"]


@pytest.fixture(scope="module")
def seeds(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture(scope="module")
def twice(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    """The seeds folder ingested twice; the counts after the first ingest."""
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'warta.db'}")
    ingest([seeds], db=store, workers=0)
    first = store.counts()
    ingest([seeds], db=store, workers=0)
    yield store, first
    store.close()


def _story(store: Store) -> dict[str, Any]:
    (only,) = stories(store)
    return story(only["id"], store)


def test_seed_story_is_one_story_of_five(twice: tuple[Store, dict[str, int]]) -> None:
    store, _ = twice
    (only,) = stories(store)
    assert (only["articles"], sorted(only["article_ids"])) == (5, SEED_IDS)


def test_seed_story_second_ingest_changes_no_count(twice: tuple[Store, dict[str, int]]) -> None:
    store, first = twice
    assert store.counts() == first
    assert first["articles"] == 5


def test_seed_story_timeline_is_in_date_order(twice: tuple[Store, dict[str, int]]) -> None:
    store, _ = twice
    entries = timeline(_story(store)["id"], store)
    dates = [entry["date"] for entry in entries]
    assert len(dates) >= 5
    assert dates == sorted(dates)
    assert dates[0][:4] == "2023"  # from the first reports...
    assert dates[-1][:4] == "2024"  # ...to the follow-up
    assert all(entry["citations"] for entry in entries)


def test_seed_story_arms_claim_is_disputed(twice: tuple[Store, dict[str, int]]) -> None:
    store, _ = twice
    claims = _story(store)["claims"]
    aid = next(c for c in claims if (c["type"], c["source"], c["target"]) == ("AID", "PRK", "RUS"))
    assert aid["disputed"]
    assert "USA" in aid["asserting"]
    assert "RUS" in aid["denying"]


def test_seed_story_merged_ids_still_resolve(twice: tuple[Store, dict[str, int]]) -> None:
    store, _ = twice
    with store.engine.connect() as connection:
        aliases = connection.execute(select(schema.story_aliases.c.old_id)).scalars().all()
    current = _story(store)["id"]
    assert all(story(old, store)["id"] == current for old in aliases)


def test_seed_story_one_file_at_a_time_in_reverse(seeds: Path, tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'warta.db'}") as store:
        for path in sorted(seeds.glob("*.txt"), reverse=True):
            ingest([path], db=store, workers=0)
        assert [s["articles"] for s in stories(store)] == [5]
