from __future__ import annotations

import pytest
from newsroom import (
    ALL,
    ARMS_STORY,
    CHINA_STORY,
    HARD,
    HARD_ARMS,
    HARD_MISSILE,
    MBG_STORY,
    MISSILE_STORY,
    Spec,
    analyses,
    build,
)
from storefixtures import add_all

from warta.corpus.views import stories, story
from warta.store import Store


def _groups(store: Store) -> list[list[str]]:
    return sorted(sorted(s["article_ids"]) for s in stories(store))


def _expected(*groups: tuple[Spec, ...]) -> list[list[str]]:
    return sorted(sorted(spec.id for spec in group) for group in groups)


def test_update_two_stories_with_overlapping_actors_stay_apart(store: Store) -> None:
    add_all(store, analyses(ALL))
    assert _groups(store) == _expected(ARMS_STORY, MISSILE_STORY)


@pytest.mark.parametrize("order", [ALL, tuple(reversed(ALL))])
def test_update_one_article_at_a_time_gives_the_same_stories(store: Store, order: tuple[Spec, ...]) -> None:
    for spec in order:
        add_all(store, [build(spec)])
    assert _groups(store) == _expected(ARMS_STORY, MISSILE_STORY)


def test_update_story_ids_are_stable_as_articles_arrive(store: Store) -> None:
    add_all(store, analyses(ALL[:2]))
    early = {s["id"] for s in stories(store)}
    add_all(store, analyses(ALL[2:]))
    assert {s["id"] for s in stories(store)} == early


def test_update_syndicated_copy_is_linked_and_counted_once(store: Store) -> None:
    add_all(store, analyses(ARMS_STORY))
    (arms,) = stories(store)
    assert (arms["articles"], arms["reports"], arms["outlets"]) == (3, 2, 2)
    detail = story(arms["id"], store)
    copy = next(a for a in detail["articles_detail"] if a["id"] == "okezone_kecam_pasokan")
    assert copy["copy_of"] == "antara_kecam_pasokan"
    assert copy["outlet"] == "Antara"


def test_update_fuses_events_with_corroboration_by_outlet(store: Store) -> None:
    add_all(store, analyses(ARMS_STORY))
    detail = story(stories(store)[0]["id"], store)
    accuse = next(e for e in detail["events"] if (e["type"], e["source"], e["target"]) == ("ACCUSE", "USA", "PRK"))
    assert accuse["date"] == "2023-10-26"
    assert accuse["reports"] == 3  # Antara, its Okezone copy, Kompas
    assert accuse["outlets"] == 2
    assert {s["article"] for s in accuse["sources"]} == {s.id for s in ARMS_STORY}


def test_update_marks_the_arms_claim_disputed(store: Store) -> None:
    add_all(store, analyses(ALL))
    arms = next(s for s in stories(store) if "antara_kecam_pasokan" in s["article_ids"])
    assert arms["disputed_claims"]
    claim = story(arms["id"], store)["claims"][0]
    assert (claim["type"], claim["source"], claim["target"], claim["disputed"]) == ("AID", "PRK", "RUS", True)
    assert claim["asserting"] == ["JPN", "KOR", "USA"]
    assert claim["denying"] == ["PRK", "RUS"]
    assert all(p["label"].split(":")[0] in {s.id for s in ARMS_STORY} for p in claim["positions"])


def test_update_story_title_comes_from_its_articles(store: Store) -> None:
    add_all(store, analyses(MISSILE_STORY))
    (missile,) = stories(store)
    assert missile["title"] in {spec.title for spec in MISSILE_STORY}
    assert missile["first_day"] == "2023-11-22"
    assert missile["last_day"] == "2023-11-23"


def _hard_groups() -> list[list[str]]:
    return _expected(HARD_ARMS, HARD_MISSILE, MBG_STORY, CHINA_STORY)


@pytest.mark.parametrize("order", [HARD, tuple(reversed(HARD)), HARD[1::2] + HARD[::2]],
                         ids=["arrival", "reversed", "interleaved"])
def test_update_overlapping_actors_and_one_president_stay_apart(store: Store, order: tuple[Spec, ...]) -> None:
    for spec in order:
        add_all(store, [build(spec)])
    assert _groups(store) == _hard_groups()


def test_update_all_at_once_gives_the_same_stories(store: Store) -> None:
    add_all(store, analyses(HARD))
    assert _groups(store) == _hard_groups()
