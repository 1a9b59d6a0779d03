"""Trade measures as SANCTION (tariffs, bans, halted exports, cut contact), their imposer and listed states;
fronted phrases as clauses of their own; scheduled days in the lead."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta.annotate.event_dates import day_timexes, lead_date
from warta.annotate.events import code_events_rules


def _sanctions(text: str | list[str]) -> set[tuple[str, str | None, str | None]]:
    return {t for t in triples(build(text)) if t[0] == "SANCTION"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Presiden Amerika Serikat menetapkan tarif 46 persen untuk produk Vietnam.", ("USA", "VNM")),
        ("Washington menerapkan tarif 25 persen terhadap baja asal Korea Selatan.", ("USA", "KOR")),
        ("Tiongkok menghentikan ekspor logam tanah jarang ke Jepang sejak pekan lalu.", ("CHN", "JPN")),
        ("Turki melarang impor unggas dari Prancis mulai bulan ini.", ("TUR", "FRA")),
        ("Amerika Serikat membatasi ekspor cip canggih ke China.", ("USA", "CHN")),
        ("Rusia mengumumkan pihaknya memutuskan semua kontak dengan Sekretaris Jenderal PBB.", ("RUS", "UN")),
        ("Produk Vietnam dikenakan tarif sebesar 46 persen oleh Amerika Serikat.", ("USA", "VNM")),
        ("Baja asal Kanada kini dikenakan bea masuk tambahan oleh Washington.", ("USA", "CAN")),
    ],
)
def test_event_sanctions_trade_measures_on_a_state(text: str, expected: tuple[str, str]) -> None:
    assert _sanctions(text) == {("SANCTION", *expected)}


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah menetapkan tarif tol baru mulai bulan depan.",
        "Presiden melarang impor pakaian bekas demi melindungi industri tekstil.",
        "Pemerintah memutuskan membuka impor beras dari Vietnam sebanyak satu juta ton.",
        "Kementerian Perdagangan menghentikan impor gula sementara waktu.",
        # a zero rate cuts nothing
        "Produk Jepang dikenakan tarif 0 persen oleh Uni Eropa.",
        "Sebagian besar produk Indonesia dikenakan tarif nol persen oleh Australia.",
        # an agentless measure with no imposer told before
        "Barang-barang Australia saat ini sudah dikenakan tarif dasar 10 persen.",
    ],
)
def test_event_sanctions_domestic_or_empty_measures_are_no_event(text: str) -> None:
    assert _sanctions(text) == set()


def test_event_sanctions_agentless_measure_takes_the_imposer_told_before() -> None:
    text = [
        "Amerika Serikat menetapkan tarif 25 persen untuk baja asal Kanada.",
        "Barang-barang Australia saat ini sudah dikenakan tarif dasar sebesar 10 persen, menurut laporan media.",
    ]
    assert _sanctions(text) == {("SANCTION", "USA", "CAN"), ("SANCTION", "USA", "AUS")}


def test_event_sanctions_imposer_told_inside_a_claim_counts() -> None:
    text = [
        "Australia menggugat Amerika Serikat di WTO terkait tarif baja yang diberlakukan Washington.",
        "Barang-barang Australia saat ini sudah dikenakan tarif dasar sebesar 10 persen.",
    ]
    assert ("SANCTION", "USA", "AUS") in _sanctions(text)


def test_event_sanctions_listed_states_are_each_hit_by_the_imposer() -> None:
    text = [
        "Washington menetapkan tarif 32 persen untuk Indonesia.",
        "Selain Indonesia, negara lain yang masuk dalam daftar tarif tinggi itu antara lain Jepang, "
        "Malaysia (25 persen); Thailand dan Kamboja (36 persen); serta Filipina dengan tarif terendah.",
    ]
    found = _sanctions(text)
    assert {t for t in found if t[2] != "IDN"} == {
        ("SANCTION", "USA", code) for code in ("JPN", "MYS", "THA", "KHM", "PHL")
    }


@pytest.mark.parametrize(
    "text",
    [
        # a list of rates, not of states
        ["Washington menetapkan tarif 32 persen untuk Indonesia.",
         "Daftar tarif tol yang baru antara lain ruas Cikampek dan ruas Cipali."],
        # states listed, but no imposer told in the article
        ["Negara lain yang masuk dalam daftar tarif tinggi antara lain Jepang dan Malaysia."],
    ],
)  # fmt: skip
def test_event_sanctions_lists_without_states_or_imposer_are_no_event(text: list[str]) -> None:
    assert {t for t in _sanctions(text) if t[2] != "IDN"} == set()


def test_event_sanctions_list_pointing_back_takes_the_lead_day() -> None:
    text = [
        "Presiden Amerika Serikat menetapkan tarif 32 persen untuk Indonesia pada Senin (7/7/2025).",
        "Menteri Perdagangan menyebut negosiasi masih berjalan.",
        "Pemerintah berharap negosiasi tuntas.",
        "Negara lain yang masuk dalam daftar tarif tinggi ini antara lain Jepang dan Malaysia.",
    ]
    events = code_events_rules(build(text, timexes=[("Senin (7/7/2025)", "2025-07-07")]))
    listed = {e.target: e.date for e in events if e.type == "SANCTION" and e.target in ("JPN", "MYS")}
    assert listed == {"JPN": "2025-07-07", "MYS": "2025-07-07"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Terkait operasi militer Israel, Kementerian Luar Negeri Singapura mendesak Israel menghentikan serangan.",
         ("REQUEST", "SGP", "ISR"), ("ASSAULT", "SGP", "ISR")),
        ("Menanggapi serangan Rusia terhadap Ukraina, Jerman mengecam Rusia.",
         ("ACCUSE", "DEU", "RUS"), ("ASSAULT", "RUS", "DEU")),
        ("Terkait serangan udara Israel, Malaysia mendesak PBB bertindak.",
         ("REQUEST", "MYS", "UN"), ("ASSAULT", "ISR", "MYS")),
    ],
)  # fmt: skip
def test_event_sanctions_fronted_phrase_is_a_clause_of_its_own(
    text: str, present: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    found = triples(build(text))
    assert present in found
    assert absent not in found


def test_event_sanctions_time_adverb_saat_ini_opens_no_clause() -> None:
    text = "Menlu Iran saat ini sedang berada di Kairo untuk melakukan pembicaraan dengan Menlu Mesir."
    assert ("CONSULT", "IRN", "EGY") in triples(build(text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the scheduled start is no day of the report; the announcement's day is
        ("Jepang masih membuka peluang negosiasi tarif yang akan mulai diberlakukan pada 1 Agustus 2025. "
         "Kebijakan ini diumumkan oleh Presiden Amerika Serikat pada Senin (7/7/2025).", "2025-07-07"),
        ("Vietnam menggelar pertemuan dengan Jepang pada Senin (7/7/2025) di Hanoi.", "2025-07-07"),
    ],
)  # fmt: skip
def test_event_sanctions_lead_day_skips_scheduled_verbs(sentence: str, expected: str) -> None:
    timexes = [(s, v) for s, v in (("1 Agustus 2025", "2025-08-01"), ("Senin (7/7/2025)", "2025-07-07"))
               if s in sentence]  # fmt: skip
    analysis = build([sentence, "Paragraf kedua tanpa tanggal."], timexes=timexes)
    assert lead_date(analysis, day_timexes(analysis.timexes)) == expected
