from __future__ import annotations

import pytest
from newsroom import ARMS_COPY, ARMS_DENIAL, ARMS_JOINT, MISSILE_FOLLOWUP, MISSILE_LAUNCH, build

from warta.corpus import dedup


def _text(spec: object) -> str:
    return build(spec).text  # type: ignore[arg-type]


def test_dedup_syndicated_copy_is_near_duplicate() -> None:
    original, copy = dedup.signature_bytes(_text(ARMS_JOINT)), dedup.signature_bytes(_text(ARMS_COPY))
    assert dedup.similarity(original, copy) >= dedup.THRESHOLD


@pytest.mark.parametrize(
    ("left", "right"),
    [(ARMS_JOINT, ARMS_DENIAL), (MISSILE_LAUNCH, MISSILE_FOLLOWUP), (ARMS_JOINT, MISSILE_LAUNCH)],
)
def test_dedup_independent_reports_are_not_duplicates(left: object, right: object) -> None:
    similarity = dedup.similarity(dedup.signature_bytes(_text(left)), dedup.signature_bytes(_text(right)))
    assert similarity < 0.3


def test_dedup_near_duplicates_names_copy_and_original() -> None:
    texts = [(s.id, _text(s)) for s in (ARMS_JOINT, MISSILE_LAUNCH, ARMS_COPY, ARMS_DENIAL)]
    found = dedup.near_duplicates(texts)
    assert [(copy, original) for copy, original, _ in found] == [("okezone_kecam_pasokan", "antara_kecam_pasokan")]


def test_dedup_copy_shares_an_lsh_band() -> None:
    original = set(dedup.band_keys(dedup.signature_bytes(_text(ARMS_JOINT))))
    copy = set(dedup.band_keys(dedup.signature_bytes(_text(ARMS_COPY))))
    unrelated = set(dedup.band_keys(dedup.signature_bytes(_text(MISSILE_LAUNCH))))
    assert original & copy
    assert not original & unrelated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korea Utara", {b"korea utara"}),
        ("", set()),
        ("Satu dua tiga empat lima enam", {b"satu dua tiga empat lima", b"dua tiga empat lima enam"}),
    ],
)
def test_dedup_shingles_are_word_five_grams(text: str, expected: set[bytes]) -> None:
    assert dedup.shingles(text) == expected
