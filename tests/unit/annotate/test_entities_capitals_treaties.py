"""Capitals used as places (a move "dari A ke B", an institution's seat, an English accord
title) and treaties' titles, which name no entity (full pipeline)."""

from __future__ import annotations

import pytest

from warta import analyze_text
from warta.types import Analysis

_TITLE = "Judul berita\n\n"


def analysed(body: str) -> Analysis:
    return analyze_text(_TITLE + body)


def names(body: str) -> set[str]:
    return {e.name for e in analysed(body).entities}


def mention_names(body: str, surface: str) -> list[str]:
    """The canonical names of the entities each mention written ``surface`` is linked to."""
    analysis = analysed(body)
    by_id = {e.id: e.name for e in analysis.entities}
    return [by_id[m.entity_id] for m in analysis.mentions if m.text == surface]


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "Menurut Kim Sung-ho, dosen ilmu politik di Universitas Yonsei, Seoul. Korea Selatan "
            "menambah anggaran militernya tahun ini.",
            "Seoul",
        ),
        (
            "Pemerintah Jepang memindahkan sebagian kantornya dari Osaka ke Tokyo pada 2019.",
            "Tokyo",
        ),
        (
            "Kedutaan besar Brasil akan dipindahkan dari Beijing ke Shanghai tahun depan, kata juru bicara itu.",
            "Beijing",
        ),
    ],
)
def test_entities_capital_used_as_a_place_stays_the_city(body: str, city: str) -> None:
    linked = mention_names(body, city)
    assert linked
    assert all(name == city for name in linked)


@pytest.mark.parametrize(
    ("body", "city", "state"),
    [
        ("Pertemuan itu dihadiri delegasi Vietnam, Jepang, dan Korea Selatan. Tokyo, Seoul.", "Seoul", "South Korea"),
        ("Tokyo menolak tuduhan itu dan memanggil duta besar China.", "Tokyo", "Japan"),
        ("Sementara itu, Beijing membalas dengan tarif baru, Senin (3/3/2025).", "Beijing", "China"),
    ],
)
def test_entities_capital_acting_or_listed_still_stands_for_its_state(body: str, city: str, state: str) -> None:
    assert mention_names(body, city) == [state]


@pytest.mark.parametrize(
    ("body", "city", "state"),
    [
        ("Vietnam dan Filipina menandatangani Manila Accord tahun lalu.", "Manila", "Philippines"),
        ("Kanada kembali menegaskan komitmennya pada Paris Agreement dalam forum itu.", "Paris", "France"),
    ],
)
def test_entities_english_accord_title_does_not_make_its_city_the_state(body: str, city: str, state: str) -> None:
    assert state not in set(mention_names(body, city))


@pytest.mark.parametrize(
    ("body", "treaty_words"),
    [
        (
            "Presiden Trump meminta Maroko bergabung dengan Abraham Accords atau Perjanjian Abraham tahun ini.",
            ("Abraham",),
        ),
        (
            "Rusia tetap mendukung Traktat Non-Proliferasi Nuklir (NPT), kata Sergei Volkov. "
            "NPT berlaku sejak 1970.",
            ("Traktat", "NPT"),
        ),
        (
            "Filipina menekankan pentingnya penghormatan terhadap hukum internasional, termasuk UNCLOS.",
            ("UNCLOS",),
        ),
    ],
)
def test_entities_treaty_titles_are_not_entities(body: str, treaty_words: tuple[str, ...]) -> None:
    found = names(body)
    assert not any(word in name for name in found for word in treaty_words)


def test_entities_treaty_filter_keeps_the_parties_and_people() -> None:
    found = names("Rusia tetap mendukung Traktat Non-Proliferasi Nuklir (NPT), kata Sergei Volkov.")
    assert {"Russia", "Sergei Volkov"} <= found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the body the city is the seat of is named in the article: the city acting stands for the body
        (
            "Uni Eropa dan Indonesia merampungkan perundingan dagang. Brussel menilai kesepakatan itu "
            "membuka pasar baru bagi produk Eropa.",
            ["European Union"],
        ),
        (
            "Perundingan IEU-CEPA dibuka bertepatan dengan kunjungan Presiden Joko Widodo ke Brussel. "
            "Komisi Uni Eropa menyambut baik hasilnya.",
            ["European Union"],
        ),
        # no body named: the capital stands for its state
        ("Brussel menolak usulan Washington soal tarif baja.", ["Belgium"]),
    ],
)
def test_entities_seat_of_a_named_body_stands_for_the_body(body: str, expected: list[str]) -> None:
    assert mention_names(body, "Brussel") == expected
