"""Which day dates an event: the bounds of its own clause, the lead of a page without paragraph
breaks, the day a statement was made, the occasion a sentence goes back to, and no backstory day
for a statement."""

from __future__ import annotations

import pytest

from warta import analyze_text
from warta.types import Analysis


def _dates(analysis: Analysis) -> dict[tuple[str, str | None, str | None], str | None]:
    return {(e.type, e.source, e.target): e.date for e in analysis.events}


def _analyze(paragraphs: list[str]) -> Analysis:
    return analyze_text("\n\n".join(paragraphs), id="t")


@pytest.mark.parametrize(
    ("backstory", "kind"),
    [
        ("Kapal China juga menembakkan meriam air ke kapal Filipina pada Agustus tahun lalu.", "ASSAULT"),
        ("China menggempur kapal Filipina pada tahun 2023 lalu.", "ASSAULT"),
        ("Pada bulan April, China menyerang kapal Filipina di perairan itu.", "ASSAULT"),
    ],
)
def test_event_dates_month_or_year_in_clause_bounds_the_day(backstory: str, kind: str) -> None:
    analysis = _analyze([
        "Pemerintah Filipina mengecam manuver kapal penjaga pantai China di Laut China Selatan, Senin (3/3/2025). "
        + backstory
    ])
    dates = _dates(analysis)
    assert dates[("ACCUSE", "PHL", "CHN")] == "2025-03-03"
    assert dates[(kind, "CHN", "PHL")] is None


def test_event_dates_month_consistent_with_lead_day_keeps_it() -> None:
    analysis = _analyze([
        "Pemerintah Filipina mengecam manuver kapal penjaga pantai China, Senin (3/3/2025). "
        "China menggempur kapal Filipina di perairan itu bulan ini."
    ])
    assert _dates(analysis)[("ASSAULT", "CHN", "PHL")] == "2025-03-03"


def test_event_dates_month_describing_the_subject_is_no_bound() -> None:
    analysis = _analyze([
        "Pemerintah Filipina mengecam manuver kapal penjaga pantai China, Senin (3/3/2025). "
        "Menteri Luar Negeri Filipina, yang dilantik pada Juli tahun lalu, berjanji memperkuat pertahanan "
        "bersama dengan Jepang."
    ])
    assert _dates(analysis)[("AGREE", "PHL", "JPN")] == "2025-03-03"


_COLLAPSED = (
    "Pemerintah Rusia mengecam Ukraina atas serangan drone ke kilang minyak di Krasnodar, Jumat (6/6/2025). "
    "Kilang tersebut merupakan salah satu yang terbesar di wilayah selatan Rusia. "
    "Api sempat membakar dua tangki penyimpanan sebelum berhasil dipadamkan. "
    "Otoritas setempat menyebut tidak ada korban jiwa dalam insiden itu. "
    "Menurut para analis, harga bahan bakar di kawasan itu diperkirakan naik. "
    "Perang di Ukraina kini memasuki tahun keempat. "
    "Pasukan Rusia menggempur Ukraina timur dengan artileri berat. "
    "Kyiv belum memberikan tanggapan atas laporan tersebut."
)


def test_event_dates_page_without_paragraph_breaks_leads_only_with_its_opening() -> None:
    dates = _dates(_analyze([_COLLAPSED]))
    assert dates[("ACCUSE", "RUS", "UKR")] == "2025-06-06"
    assert dates[("ASSAULT", "RUS", "UKR")] is None  # told seven sentences later: not the lead's day


def test_event_dates_real_lead_paragraph_still_dates_its_events() -> None:
    first, *rest = _COLLAPSED.split(". ")
    attack = "Pasukan Rusia menggempur Ukraina timur dengan artileri berat"
    rest = [sentence for sentence in rest if sentence != attack]
    dates = _dates(_analyze([f"{first}. {attack}.", ". ".join(rest)]))
    assert dates[("ASSAULT", "RUS", "UKR")] == "2025-06-06"


@pytest.mark.parametrize(
    "said",
    [
        "Dirangkum detikcom, Jumat (6/6/2025), hal itu disampaikan juru bicara Kremlin dalam jumpa pers "
        "hari Rabu (4/6).",
        "Seperti dilansir Reuters, Jumat (6/6/2025), pernyataan itu diungkapkan juru bicara Kremlin pada Rabu (4/6).",
    ],
)
def test_event_dates_lead_takes_the_day_the_statement_was_made(said: str) -> None:
    analysis = _analyze([
        "Pemerintah Rusia mengecam Ukraina atas serangan drone ke kilang minyak di Krasnodar. " + said,
        "Kilang tersebut merupakan salah satu yang terbesar di wilayah selatan Rusia.",
    ])
    assert _dates(analysis)[("ACCUSE", "RUS", "UKR")] == "2025-06-04"


def test_event_dates_lead_without_said_day_takes_its_first_day() -> None:
    analysis = _analyze([
        "Pemerintah Rusia mengecam Ukraina atas serangan drone ke kilang minyak, seperti dilansir Reuters, "
        "Jumat (6/6/2025). Kilang itu diserang pada Rabu (4/6) dini hari.",
    ])
    assert _dates(analysis)[("ACCUSE", "RUS", "UKR")] == "2025-06-06"


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Dalam pertemuan tersebut, Anwar memuji kepemimpinan Indonesia di ASEAN.", ("SUPPORT", "MYS", "IDN")),
        ("Pada kesempatan itu, Prabowo juga mengundang Anwar menghadiri peringatan kemerdekaan di Jakarta.",
         ("AGREE", "IDN", "MYS")),
    ],
)
def test_event_dates_occasion_told_before_gives_its_day(sentence: str, event: tuple[str, str, str]) -> None:
    analysis = _analyze([
        "Hubungan Indonesia dan Malaysia terus menguat dalam beberapa tahun terakhir.",
        "Kedua negara memiliki sejarah panjang di bidang perdagangan dan pendidikan.",
        "Banyak warga Indonesia bekerja di sektor perkebunan.",
        "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka, Jakarta, "
        "pada Selasa (10/6/2025).",
        sentence,
    ])
    assert _dates(analysis)[event] == "2025-06-10"


def test_event_dates_without_occasion_opener_no_day_is_guessed() -> None:
    analysis = _analyze([
        "Hubungan Indonesia dan Malaysia terus menguat dalam beberapa tahun terakhir.",
        "Kedua negara memiliki sejarah panjang di bidang perdagangan dan pendidikan.",
        "Banyak warga Indonesia bekerja di sektor perkebunan.",
        "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta pada Selasa (10/6/2025).",
        "Malaysia pernah menyerang kapal nelayan Indonesia di Selat Malaka.",
    ])
    assert _dates(analysis)[("ASSAULT", "MYS", "IDN")] is None


def test_event_dates_statement_skips_backstory_day_years_before_the_lead() -> None:
    analysis = _analyze([
        "Militer Israel menyerang kamp pengungsi di Khan Younis, Senin (9/6/2025).",
        "Kelompok itu dikenal luas setelah serangan ke Israel pada 7 Oktober 2023, yang memicu perang di Gaza. "
        "Juru bicara Hamas mengecam serangan terbaru Israel. "
        "Hamas juga menuding Amerika Serikat melindungi Israel di Dewan Keamanan PBB.",
    ])
    dates = _dates(analysis)
    assert dates[("ACCUSE", "PSE", "ISR")] == "2025-06-09"
    assert dates[("ACCUSE", "PSE", "USA")] == "2025-06-09"


def test_event_dates_day_ending_a_span_dates_no_event() -> None:
    analysis = _analyze([
        "Perang Azerbaijan-Armenia masih berkecamuk hingga Sabtu (14/9/2024). "
        "Artileri kedua pihak terus saling bombardir sejak dimulai pada Kamis (12/9/2024).",
        "Ribuan warga mengungsi dari desa-desa di perbatasan.",
    ])
    dates = _dates(analysis)
    assert dates[("ASSAULT", "AZE", "ARM")] == "2024-09-12"
    assert dates[("ASSAULT", "ARM", "AZE")] == "2024-09-12"


def test_event_dates_statement_prefers_a_named_day_to_the_day_it_was_quoted() -> None:
    analysis = _analyze([
        "Kanselir Jerman Olaf Scholz bertemu Presiden Prabowo di Berlin, Kamis kemarin. "
        "Pertemuan berlangsung tertutup. "
        '"Kami senang dengan kemajuan ini," ujar Scholz, dikutip dari kanal YouTube Sekretariat Presiden, '
        "Jumat (13/6/2025). Scholz juga menegaskan komitmennya untuk memperkuat kerja sama dengan Indonesia. "
        "Kedua negara telah menjalin hubungan diplomatik sejak 1952. Perdagangan kedua negara terus tumbuh. "
        "Nilai investasi Jerman juga meningkat.",
    ])
    assert _dates(analysis)[("AGREE", "DEU", "IDN")] == "2025-06-12"
