"""Lexicon rows found missing on unseen articles: a rebuke ("menegur") is disapproval, and an
aggression or a military action told by a noun ("agresi", "tindakan/aksi militer") is an attack."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

Triple = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kementerian Luar Negeri Jepang menegur Korea Utara atas uji coba rudal pekan lalu.",
            ("ACCUSE", "JPN", "PRK"),
        ),
        (
            "Pemerintah Vietnam secara terbuka menegur Tiongkok terkait pembangunan pulau buatan.",
            ("ACCUSE", "VNM", "CHN"),
        ),
        ("Duta besar Australia ditegur Beijing setelah pernyataannya soal Taiwan.", ("ACCUSE", "CHN", "AUS")),
        ("Filipina mendapat teguran keras dari China soal patroli di Beting Scarborough.", ("ACCUSE", "CHN", "PHL")),
    ],
)
def test_events_rebuke_is_disapproval(text: str, expected: Triple) -> None:
    assert expected in triples(build(text))


@pytest.mark.parametrize(
    "text",
    [
        "Presiden menegur menteri yang dinilai lamban menangani banjir di Kalimantan.",
        "Direksi BUMN itu menerima surat teguran keras dari kementerian pekan lalu.",
    ],
)
def test_events_rebuke_without_a_named_target_is_dropped(text: str) -> None:
    assert not {t for t in triples(build(text)) if t[0] == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agresi militer Rusia ke Ukraina telah menewaskan ribuan warga sipil.", {("ASSAULT", "RUS", "UKR")}),
        ("Agresi Israel terhadap Palestina harus segera dihentikan, kata Menlu Turki.", {("ASSAULT", "ISR", "PSE")}),
        (
            "Tindakan militer Israel dan Amerika Serikat terhadap Iran memicu kemarahan warga di Teheran.",
            {("ASSAULT", "ISR", "IRN"), ("ASSAULT", "USA", "IRN")},
        ),
        ("Aksi militer Rusia terhadap Ukraina memicu lonjakan harga gandum dunia.", {("ASSAULT", "RUS", "UKR")}),
    ],
)
def test_events_aggression_noun_is_an_attack(text: str, expected: set[Triple]) -> None:
    assert expected <= triples(build(text))


@pytest.mark.parametrize(
    "text",
    [
        "Jepang dan Amerika Serikat menggelar aksi militer gabungan di perairan Okinawa.",  # a joint exercise
        "Amerika Serikat tidak menutup kemungkinan mengambil tindakan militer terhadap Iran.",  # not carried out
        "Sejak awal laga, Jepang tampil agresif dan menekan pertahanan Korea Selatan.",  # the adjective
    ],
)
def test_events_aggression_noun_not_an_attack(text: str) -> None:
    assert not {t for t in triples(build(text)) if t[0] == "ASSAULT"}
