"""Joint signings and agreements: both sides sign or agree with each other; an object of the deal did nothing."""

from __future__ import annotations

import pytest
from event_helpers import build, triples


@pytest.mark.parametrize(
    ("text", "kind", "a", "b"),
    [
        ("Pemerintah Malaysia bersama Pemerintah Australia menandatangani nota kesepahaman tentang pemindahan "
         "tahanan warga negara Australia di Putrajaya, Rabu.", "SUPPORT", "MYS", "AUS"),
        ("Vietnam menandatangani perjanjian ekstradisi dengan Korea Selatan di Hanoi pada Senin.",
         "SUPPORT", "VNM", "KOR"),
        ("Menteri Luar Negeri Filipina menandatangani deklarasi bersama dengan Menteri Luar Negeri Jepang di Manila.",
         "SUPPORT", "PHL", "JPN"),
    ],
)  # fmt: skip
def test_event_pairs_signing_partner_is_coded_both_ways(text: str, kind: str, a: str, b: str) -> None:
    found = triples(build(text))
    assert (kind, a, b) in found
    assert (kind, b, a) in found


@pytest.mark.parametrize(
    ("text", "kind", "a", "b"),
    [
        ("Seoul juga sepakat untuk memberikan Vietnam dua kapal patroli bekas.", "AGREE", "KOR", "VNM"),
        ("Australia juga sepakat untuk memberikan Filipina sistem radar pertahanan pantai.", "AGREE", "AUS", "PHL"),
        ("Presiden Korea Selatan menyampaikan dirinya sepakat dengan Perdana Menteri Jepang soal stabilitas kawasan.",
         "AGREE", "KOR", "JPN"),
    ],
)
def test_event_pairs_signing_agreeing_with_a_view_or_object_is_one_way(text: str, kind: str, a: str, b: str) -> None:
    found = triples(build(text))
    assert (kind, a, b) in found
    assert (kind, b, a) not in found
