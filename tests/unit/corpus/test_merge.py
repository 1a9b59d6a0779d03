from __future__ import annotations

import json
import math

import pytest
from newsroom import CHINA_STORY, MBG_STORY, analyses
from sqlalchemy import select
from storefixtures import add_all

from warta.corpus import merge
from warta.corpus.refresh import refresh_stories
from warta.corpus.update import Frequencies
from warta.corpus.views import stories, story
from warta.errors import StoreError
from warta.store import Store, schema


def _two_stories(store: Store) -> tuple[str, str]:
    """The meals story and the Beijing visit story, the older first."""
    add_all(store, analyses(MBG_STORY + CHINA_STORY))
    with store.engine.connect() as connection:
        rows = connection.execute(select(schema.stories.c.id).order_by(schema.stories.c.created_seq)).all()
    assert len(rows) == 2
    return rows[0].id, rows[1].id


def _absorb(store: Store, survivor: str, absorbed: str) -> None:
    with store.transaction() as connection:
        merge.absorb(connection, survivor, absorbed, 0.25)
        refresh_stories(connection, {survivor, absorbed})


def test_merge_absorbed_story_id_still_resolves(store: Store) -> None:
    older, newer = _two_stories(store)
    _absorb(store, older, newer)
    (only,) = stories(store)
    assert (only["id"], only["articles"]) == (older, 4)
    assert story(newer, store)["id"] == older  # `warta story OLD_ID` shows the story it went into
    assert sorted(a["id"] for a in story(newer, store)["articles_detail"]) == sorted(
        spec.id for spec in MBG_STORY + CHINA_STORY)


def test_merge_keeps_the_centroid_norm_exact(store: Store) -> None:
    older, newer = _two_stories(store)
    _absorb(store, older, newer)
    with store.engine.connect() as connection:
        sums: dict[str, float] = {}
        for (vector,) in connection.execute(select(schema.story_articles.c.vector)):
            for feature, weight in json.loads(vector).items():
                sums[feature] = sums.get(feature, 0.0) + weight
        stored = dict(connection.execute(select(schema.story_features.c.feature, schema.story_features.c.weight)).all())
        sq_norm = connection.scalar(select(schema.stories.c.sq_norm))
    assert stored == pytest.approx(sums)
    assert math.sqrt(sq_norm) == pytest.approx(math.sqrt(sum(w * w for w in sums.values())))


def test_merge_aliases_follow_a_second_merge(store: Store) -> None:
    older, newer = _two_stories(store)
    with store.transaction() as connection:
        connection.execute(schema.stories.insert().values(id="st_gone", articles=0, sq_norm=0.0, created_seq=99))
        connection.execute(schema.story_aliases.insert().values(old_id="st_gone", story_id=newer, score=0.3))
    _absorb(store, older, newer)
    with store.engine.connect() as connection:
        assert merge.resolve(connection, "st_gone") == older
        assert merge.resolve(connection, older) == older


def test_merge_unknown_story_is_still_an_error(store: Store) -> None:
    _two_stories(store)
    with pytest.raises(StoreError, match="no story with this id"):
        story("st_000000000000", store)


def test_merge_pass_leaves_stories_of_one_president_apart(store: Store) -> None:
    older, newer = _two_stories(store)
    with store.transaction() as connection:
        assert merge.merge_stories(connection, {older: [newer], newer: [older]}, Frequencies(connection)) == {}
