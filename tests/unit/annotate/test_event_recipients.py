"""Untargeted events dropped when they retell a targeted act or lack the counterpart their type needs."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta.annotate.event_recipients import drop_unaddressed
from warta.types import Event, Span


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Jepang mendukung penuh upaya reformasi Dewan Keamanan yang tengah dibahas di New York.",
         ("SUPPORT", "JPN", None)),
        ("Korea Selatan memperingatkan warganya agar tidak bepergian ke wilayah perbatasan.",
         ("THREATEN", "KOR", None)),
        ("Menteri Luar Negeri Retno Marsudi membahas rencana anggaran kementerian bersama DPR.",
         ("CONSULT", "IDN", None)),
    ],
)  # fmt: skip
def test_event_recipients_stance_without_counterpart_is_no_event(text: str, dropped: tuple[str, str, None]) -> None:
    assert dropped not in triples(build(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Jepang mendukung Filipina dalam sengketa di Laut China Selatan.", ("SUPPORT", "JPN", "PHL")),
        ("Korea Utara mengancam Korea Selatan dengan serangan balasan.", ("THREATEN", "PRK", "KOR")),
        # a body's meeting among its own members needs no counterpart
        ("Para menteri luar negeri G7 menggelar pertemuan di Tokyo untuk membahas perang di Ukraina.",
         ("CONSULT", "G7", None)),
    ],
)  # fmt: skip
def test_event_recipients_keeps_addressed_acts_and_body_meetings(text: str, kept: tuple[str, str, str | None]) -> None:
    assert kept in triples(build(text))


@pytest.mark.parametrize(
    ("paragraphs", "targeted"),
    [
        (["Malaysia mengecam keras Israel atas serangan ke kamp pengungsi di Rafah.",
          "Malaysia juga mengutuk keras pembunuhan warga sipil yang sedang mengantre bantuan."],
         ("ACCUSE", "MYS", "ISR")),
        (["Turki meminta Israel segera menghentikan operasi militer di Gaza.",
          "Turki juga menyerukan gencatan senjata permanen."],
         ("REQUEST", "TUR", "ISR")),
        (["Kanada menolak tuduhan India soal pembunuhan aktivis Sikh.",
          "Kanada kembali menolak tudingan tersebut dalam sidang parlemen."],
         ("REJECT", "CAN", "IND")),
    ],
)  # fmt: skip
def test_event_recipients_retelling_without_object_is_the_same_act(
    paragraphs: list[str], targeted: tuple[str, str, str]
) -> None:
    found = triples(build(paragraphs))
    assert targeted in found
    assert (targeted[0], targeted[1], None) not in found


def test_event_recipients_recurring_launches_stay_separate() -> None:
    found = triples(build(["Korea Utara menembakkan rudal ke arah Jepang pada Senin pagi.",
                           "Korea Utara juga meluncurkan satelit mata-mata militer pada malam harinya."]))  # fmt: skip
    assert {("ASSAULT", "PRK", "JPN"), ("MOBILIZE", "PRK", None)} <= found


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Singapura menyerukan gencatan senjata segera di Gaza.", ("REQUEST", "SGP", None)),
        ("Lima warga tewas dalam serangan udara Israel, kata petugas medis.", ("ASSAULT", "ISR", None)),
        ("Israel melonggarkan sebagian blokade pada awal Mei.", ("CONCEDE", "ISR", None)),
        ("Indonesia berkomitmen mendukung perluasan pasar ekspor industri alas kaki nasional.",
         ("AGREE", "IDN", None)),
    ],
)
def test_event_recipients_acts_on_no_named_counterpart_are_no_event(text: str, dropped: tuple[str, str, None]) -> None:
    assert dropped not in triples(build(text))


def test_event_recipients_attack_with_its_target_is_kept_beside_an_untargeted_one() -> None:
    found = triples(build(["Israel menyerang Iran pada dini hari.",
                           "Israel juga melancarkan serangan udara di sepanjang perbatasan."]))  # fmt: skip
    assert found == {("ASSAULT", "ISR", "IRN")}


def _event(kind: str, source: str, target: str | None, at: int) -> Event:
    return Event(kind, None, source, target, None, "happened", Span(at, at + 10), Span(at, at + 5))


@pytest.mark.parametrize(
    ("events", "left"),
    [
        # the untargeted retelling may come first: the lead can be vague, the detail names the object
        ([_event("ACCUSE", "MYS", None, 0), _event("ACCUSE", "MYS", "ISR", 50)], [("ACCUSE", "MYS", "ISR")]),
        # another doer's untargeted act is not a retelling
        ([_event("REJECT", "MYS", "ISR", 0), _event("REJECT", "THA", None, 50)],
         [("REJECT", "MYS", "ISR"), ("REJECT", "THA", None)]),
        # launches recur: one at a neighbour and one to no one are two acts
        ([_event("MOBILIZE", "PRK", "JPN", 0), _event("MOBILIZE", "PRK", None, 50)],
         [("MOBILIZE", "PRK", "JPN"), ("MOBILIZE", "PRK", None)]),
        # a denial to no one: a foreign state's is coded, the home state's is domestic
        ([_event("REJECT", "RUS", None, 0), _event("REJECT", "IDN", None, 50)], [("REJECT", "RUS", None)]),
        # an agreement or pledge to no one is no event: in Indonesian news nearly always a domestic one
        ([_event("AGREE", "KOR", "USA", 0), _event("AGREE", "IDN", None, 50)], [("AGREE", "KOR", "USA")]),
        ([_event("SUPPORT", "ASEAN", None, 0)], []),
        ([_event("CONSULT", "ASEAN", None, 0), _event("CONSULT", "IDN", None, 50)], [("CONSULT", "ASEAN", None)]),
    ],
)  # fmt: skip
def test_event_recipients_drop_unaddressed(events: list[Event], left: list[tuple[str, str, str | None]]) -> None:
    assert [(e.type, e.source, e.target) for e in drop_unaddressed(events)] == left


def test_event_recipients_support_of_a_measure_for_someone_is_no_event() -> None:
    # the one helped stands inside the object ("bantuan kepada Ukraina"): not Japan's counterpart
    found = triples(build("Jepang mendukung pemberian bantuan kepada Ukraina."))
    assert not {t for t in found if t[0] == "SUPPORT"}
