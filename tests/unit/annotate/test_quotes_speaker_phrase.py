"""Speakers named after a cue verb in domestic news: forms of address with a full stop, ranks
before an apposed name, aides named after their principal, social-media handles, and police
officers' state (sentences written for warta in the style of Detik and Kompas)."""

from __future__ import annotations

import pytest
from tests.unit.annotate.test_quotes_attribution import quote_with


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"Lemak perut perlu diwaspadai," kata dr. Maya Saraswati, SpGK, dari RS Harapan Kita.',
            "Lemak",
            "Maya Saraswati",
        ),
        (
            '"Vaksin ini aman," ujar Prof. Bambang Hartono dalam webinar, Selasa (12/5/2026).',
            "Vaksin",
            "Bambang Hartono",
        ),
        (
            'Dokter jantung dr Wulan Anggraini menjelaskan risikonya. "Jangan tunda pemeriksaan," kata dr. Wulan.',
            "Jangan",
            "Wulan Anggraini",
        ),
    ],
)
def test_quote_speaker_after_shortened_form_of_address(text: str, words: str, speaker: str) -> None:
    assert quote_with(text, words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"Pelaku sudah kami tahan," ujar Kasat Reskrim Polres Kudus, AKP Dimas Prakoso, di Mapolres Kudus.',
            "Pelaku",
            "Dimas Prakoso",
        ),
        (
            '"Arus lalu lintas padat," kata Kanit Lantas Polsek Tebet , Iptu Heri Gunawan, Senin (4/5/2026).',
            "Arus",
            "Heri Gunawan",
        ),
    ],
)
def test_quote_speaker_apposed_after_a_rank_is_the_officer_of_indonesia(text: str, words: str, speaker: str) -> None:
    quote = quote_with(text, words)
    assert (quote.speaker, quote.actor) == (speaker, "IDN")


def test_quote_speaker_police_officer_in_a_report_about_a_foreign_victim_is_indonesian() -> None:
    text = (
        "Seorang warga negara Korea Selatan ditemukan tewas di apartemennya di Cikarang. "
        "Kapolres Metro Bekasi Kombes Rina Marlina membenarkan temuan itu. "
        '"Dugaan sementara korban dibunuh," jelas Rina.'
    )
    quote = quote_with(text, "Dugaan")
    assert (quote.speaker, quote.actor) == ("Rina Marlina", "IDN")


def test_quote_speaker_minister_in_a_domestic_report_is_indonesian() -> None:
    text = (
        "Menteri Perdagangan Budi Santosa memanggil pengelola lokapasar pekan depan. "
        '"Ekosistemnya harus sehat," kata Budi di kantornya, Jakarta Pusat.'
    )
    quote = quote_with(text, "Ekosistemnya")
    assert (quote.speaker, quote.actor) == ("Budi Santosa", "IDN")


def test_quote_speaker_aide_named_after_the_principal_speaks() -> None:
    text = (
        '"Beliau sudah pulih," ujar Sekretaris Pribadi Bupati Sleman Harda Kiswaya, Lestari Wulandari, Rabu (6/5/2026).'
    )
    assert quote_with(text, "Beliau").speaker == "Lestari Wulandari"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"Jalan ini rusak sejak Lebaran," tulis akun TikTok @warga_bekasi88 seperti dilihat Senin (4/5).',
            "Jalan",
            "@warga_bekasi88",
        ),
        (
            '"Tolong segera diperbaiki," tulis akun Instagram @info.cibubur. '
            '"Sudah tiga kali ada yang jatuh," lanjut akun tersebut.',
            "Sudah",
            "@info.cibubur",
        ),
    ],
)
def test_quote_speaker_social_media_account_is_its_handle(text: str, words: str, speaker: str) -> None:
    assert quote_with(text, words).speaker == speaker
