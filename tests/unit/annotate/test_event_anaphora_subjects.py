"""Pronoun subjects, the sides of a conflict, and a deal's mediator (event anaphora and objects)."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

Triple = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a person named inside the previous sentence's object or possessive is not who "Ia" continues
        ("Juru bicara Kementerian Luar Negeri China, Wang Yi, angkat bicara soal ancaman Sergey Lavrov terhadap "
         "Jepang. Ia menyatakan dukungan kepada Jepang.", ("SUPPORT", "CHN", "JPN"), ("SUPPORT", "RUS", "JPN")),
        ("Wang Yi menanggapi pernyataan Sergey Lavrov di Beijing, Selasa. Dia kemudian mengecam Jepang.",
         ("ACCUSE", "CHN", "JPN"), ("ACCUSE", "RUS", "JPN")),
        # a sentence opening with the pronoun is passed over to the subject it continues
        ("Penny Wong bertemu Sergey Lavrov di Jakarta. Ia lalu terbang ke Manila. Ia juga mengecam Korea Utara.",
         ("ACCUSE", "AUS", "PRK"), ("ACCUSE", "RUS", "PRK")),
        # a fronted phrase is not the clause's subject
        ("Usai bertemu Sergey Lavrov, Wang Yi menyampaikan keterangan pers. Ia menuduh Jepang memicu ketegangan.",
         ("ACCUSE", "CHN", "JPN"), ("ACCUSE", "RUS", "JPN")),
    ],
)  # fmt: skip
def test_event_anaphora_pronoun_continues_previous_subject(text: str, expected: Triple, wrong: Triple) -> None:
    found = triples(build(text))
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the previous sentence's person is an object: the latest person named stays the referent
        ("Serangan itu dikecam Sergey Lavrov. Ia menuduh Ukraina berbohong.", ("ACCUSE", "RUS", "UKR")),
        ("Kecaman terhadap Wang Yi disampaikan Sergey Lavrov di Moskow. Dia menuduh Jepang memicu ketegangan.",
         ("ACCUSE", "RUS", "JPN")),
    ],
)
def test_event_anaphora_pronoun_after_object_takes_latest_person(text: str, expected: Triple) -> None:
    assert expected in triples(build(text))


@pytest.mark.parametrize(
    ("text", "sides", "reporter"),
    [
        ("Thailand memulai perang selama lima hari dengan Kamboja pada Juli. Ribuan warga mengungsi. Pekan lalu, "
         "Malaysia mengumumkan bahwa kedua belah pihak sepakat melakukan gencatan senjata.", ("THA", "KHM"), "MYS"),
        ("Rusia masih memikirkan balas dendam setelah perang dengan Ukraina. Pengamat menilai situasi rawan. "
         "Turki menyebut kedua pihak sepakat untuk berunding di Istanbul.", ("RUS", "UKR"), "TUR"),
        ("Perang Israel-Iran menewaskan ratusan orang. Amerika Serikat mengatakan kedua belah pihak sepakat "
         "menghentikan serangan.", ("ISR", "IRN"), "USA"),
    ],
)  # fmt: skip
def test_event_anaphora_both_sides_are_the_conflict_not_the_reporter(
    text: str, sides: tuple[str, str], reporter: str
) -> None:
    agreed = {t for t in triples(build(text)) if t[0] == "AGREE"}
    a, b = sides
    assert {("AGREE", a, b), ("AGREE", b, a)} <= agreed
    assert not {t for t in agreed if reporter in t}


def test_event_anaphora_both_sides_prefer_a_pair_just_named() -> None:
    text = (
        "Perang Rusia-Ukraina memasuki tahun keempat. Indonesia dan Malaysia bertemu di Jakarta. "
        "Kedua pihak sepakat memperkuat patroli bersama."
    )
    agreed = {t for t in triples(build(text)) if t[0] == "AGREE"}
    assert agreed == {("AGREE", "IDN", "MYS"), ("AGREE", "MYS", "IDN")}


@pytest.mark.parametrize(
    "text",
    [
        "Thailand dan Kamboja menyepakati gencatan senjata yang ditengahi Malaysia.",
        "Thailand dan Kamboja menyepakati gencatan senjata yang ditengahi oleh Malaysia dan Amerika Serikat, Senin.",
    ],
)
def test_event_frames_mediator_is_not_a_party_to_the_deal(text: str) -> None:
    agreed = {t for t in triples(build(text)) if t[0] == "AGREE"}
    assert agreed == {("AGREE", "THA", "KHM"), ("AGREE", "KHM", "THA")}
