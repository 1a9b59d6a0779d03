from __future__ import annotations

import pytest
from newsroom import ARMS_DENIAL, build

from warta.corpus import stories
from warta.store.rows import sentence_dyads


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2023-10-27", 1.0), ("2023-11-10", 1.0), (None, 1.0), ("2025-11-09", 0.5), ("2021-10-27", 0.5)],
)
def test_stories_time_factor_halves_every_two_years_outside_the_span(day: str | None, expected: float) -> None:
    assert stories.time_factor(day, "2023-10-27", "2023-11-10") == pytest.approx(expected, rel=0.01)


def test_stories_state_names_are_not_topic_words() -> None:
    features = stories.raw_features(
        "Korea Utara mengirim amunisi ke Rusia.", "Pasokan amunisi Korea Utara",
        [("North Korea", "PRK", "GPE"), ("Russia", "RUS", "GPE")], [("AID", "PRK", "RUS")],
        names=["Korea Utara", "Rusia"], dyads=[("PRK", "RUS")],
    )
    assert "w:korea" not in features
    assert "w:rusia" not in features
    assert {"w:amunisi", "w:pasokan", "e:north korea", "a:PRK", "d:PRK:RUS", "v:AID:PRK:RUS"} <= set(features)


def test_stories_dyads_pair_actors_of_one_sentence() -> None:
    pairs = sentence_dyads(build(ARMS_DENIAL))
    assert ("PRK", "RUS") in pairs  # "Korea Utara mengirim amunisi ... ke Rusia"
    assert ("RUS", "USA") in pairs  # "Amerika Serikat menuduh Korea Utara ... ke Rusia"
    assert ("PRK", "USA") in pairs
    assert ("UKR", "USA") not in pairs  # Ukraine and the US never share a sentence


def test_stories_best_story_needs_the_threshold() -> None:
    vector = {"w:rudal": 1.0, "w:balistik": 1.0}
    near = stories.StoryState("st_a", 2.0, {"w:rudal": 1.0, "w:balistik": 1.0})
    far = stories.StoryState("st_b", 4.0, {"w:amunisi": 2.0})
    assert stories.best_story(vector, [far, near], None) == ("st_a", pytest.approx(1.0))
    assert stories.best_story(vector, [far], None)[0] is None
