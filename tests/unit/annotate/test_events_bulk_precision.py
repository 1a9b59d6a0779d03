"""Precision on real bulk news: home law enforcement, sports reports, denied alternatives, list partners."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta import analyze_text
from warta.annotate.event_topics import sports_report


@pytest.mark.parametrize(
    "text",
    [
        "Komisi Pemberantasan Korupsi (KPK) menangkap delapan orang dalam operasi tangkap tangan di Kendari, Selasa.",
        "Penyidik Kejaksaan Agung menggeledah kantor sebuah perusahaan tambang di Jakarta Selatan.",
        "Polisi menyita uang tunai Rp 3 miliar dari rumah seorang pejabat dinas pendidikan.",
        "Direktorat Jenderal Imigrasi mendeportasi 12 warga negara asing yang terlibat judi daring.",
        "Otoritas telekomunikasi Thailand telah berulang kali memblokir aplikasi tersebut.",
    ],
)
def test_events_bulk_precision_home_law_enforcement_is_no_event(text: str) -> None:
    assert not [t for t in triples(build(text)) if t[0] == "COERCE"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Iran menutup Selat Hormuz bagi kapal tanker asing sejak pekan lalu.", ("COERCE", "IRN", None)),
        ("Kamboja menangkap 60 warga Indonesia dalam penggerebekan di Phnom Penh.", ("COERCE", "KHM", "IDN")),
    ],
)  # fmt: skip
def test_events_bulk_precision_closures_and_foreign_arrests_stay(text: str, kept: tuple[str, str, str | None]) -> None:
    assert kept in triples(build(text))


_MATCH = [
    "Timnas Indonesia menjamu Jepang di Stadion Gelora Bung Karno pada laga kualifikasi Piala Dunia.",
    "Pelatih timnas meminta para pemain tetap fokus jelang pertandingan melawan Australia.",
    "Skuad Garuda kembali bertemu Vietnam di semifinal turnamen ini, setelah mengalahkan Thailand.",
    "Suporter Indonesia di Jepang menyiapkan koreografi khusus untuk laga tersebut.",
]


def test_events_bulk_precision_sports_report_has_no_events() -> None:
    assert sports_report(" ".join(_MATCH))
    assert not triples(build(_MATCH))


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Luar Negeri Retno Marsudi bertemu Menlu Wong di Singapura untuk membahas kerja sama maritim.",
        # a single match word in political news is no sports report
        "Indonesia dan Malaysia sepakat memperkuat kerja sama perbatasan jelang laga persahabatan kedua negara.",
    ],
)
def test_events_bulk_precision_political_news_is_no_sports_report(text: str) -> None:
    assert not sports_report(text)
    assert triples(build(text))


@pytest.mark.parametrize(
    "text",
    [
        "Israel tidak pernah secara resmi mengakui ataupun menyangkal keterlibatannya dalam serangan itu.",
        "Rusia tidak mengonfirmasi maupun membantah laporan pengiriman senjata tersebut.",
    ],
)
def test_events_bulk_precision_negation_reaches_second_alternative(text: str) -> None:
    assert not [t for t in triples(build(text)) if t[0] == "REJECT"]


def test_events_bulk_precision_listed_subjects_agree_with_partner_not_each_other() -> None:
    found = triples(build("Malaysia, Singapura, dan Thailand sepakat membuka jalur perdagangan baru dengan India."))
    assert {("AGREE", "MYS", "IND"), ("AGREE", "SGP", "IND"), ("AGREE", "THA", "IND")} <= found
    assert not {("AGREE", "MYS", "SGP"), ("AGREE", "MYS", "THA"), ("AGREE", "SGP", "THA")} & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perundingan di Jenewa menghasilkan kesepakatan sementara antara Amerika Serikat dan China soal tarif.",
         {("AGREE", "USA", "CHN"), ("AGREE", "CHN", "USA")}),
        # "sementara" as "while" still closes the clause: each side attacks its own target
        ("Rusia menyerang Kyiv, sementara Ukraina menyerang Belgorod.", {("ASSAULT", "RUS", "UKR")}),
    ],
)  # fmt: skip
def test_events_bulk_precision_interim_agreement_is_no_clause_break(
    text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    assert expected <= triples(build(text))


@pytest.mark.parametrize(
    "text",
    [
        "Polda Metro Jaya mengerahkan 350 personel untuk mengamankan malam takbiran di Jakarta.",
        "TNI juga menyiagakan unsur-unsur pendukung sesuai perkembangan situasi dan kebutuhan pemerintah.",
        "Komisaris utama perusahaan BUMN itu mengundurkan diri pekan lalu.",
    ],
)
def test_events_bulk_precision_home_deployments_and_withdrawals_to_no_one_are_domestic(text: str) -> None:
    assert not [e for e in analyze_text("Judul\n\n" + text).events if e.type in ("MOBILIZE", "RETREAT")]


def test_events_bulk_precision_foreign_deployment_to_no_one_stays() -> None:
    events = analyze_text("Judul\n\nRusia mengerahkan 10.000 tentara di dekat perbatasan utaranya.").events
    assert [(e.type, e.source, e.target) for e in events] == [("MOBILIZE", "RUS", None)]
