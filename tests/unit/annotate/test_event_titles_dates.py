"""Bare titles and "Pemerintah" as subjects, answers to a request pointed back to, and event days told by the
lead's continuation or by the sentence right after the event."""

from __future__ import annotations

import pytest

from warta import analyze_text
from warta.types import Event


def _events(text: str) -> tuple[Event, ...]:
    return analyze_text(text, id="t").events


def _triples(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in _events(text)}


def _dated(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(e.type, e.source, e.target, e.date) for e in _events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office alone continues its holder named before, not the minister he met
        (
            "Menteri Luar Negeri Malaysia Mohamad Hasan bertemu Menlu Vietnam di Hanoi, Senin (2/6/2025). "
            "Menlu juga melakukan diplomasi dengan Menlu Laos dan Kamboja.",
            {("CONSULT", "MYS", "LAO"), ("CONSULT", "MYS", "KHM")},
        ),
        (
            "Presiden Filipina Ferdinand Marcos Jr tiba di Tokyo pada Selasa (3/6/2025) untuk kunjungan kenegaraan. "
            "Presiden kemudian menelepon Perdana Menteri Australia.",
            {("CONSULT", "PHL", "AUS")},
        ),
        # the president who was a subject, not the vice-president named before
        (
            "Wakil Presiden AS JD Vance tiba di New Delhi. Presiden Prabowo Subianto bertemu Perdana Menteri "
            "Malaysia di Kuala Lumpur. Presiden juga menelepon Presiden Prancis.",
            {("CONSULT", "IDN", "FRA")},
        ),
        (
            "Perdana Menteri Jepang Shigeru Ishiba menerima kunjungan Presiden Korea Selatan di Tokyo. "
            "Namun, Perdana Menteri menolak tuntutan Korea Utara soal penculikan warga Jepang.",
            {("REJECT", "JPN", "PRK")},
        ),
    ],
)
def test_event_titles_bare_office_is_its_holder(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = _triples(text)
    assert expected <= found
    assert not {t for t in found if t[0] == "CONSULT" and {t[1], t[2]} <= {"VNM", "LAO", "KHM"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government named before: the bare "Pemerintah" is that one
        (
            "Juru bicara pemerintah Kamboja mengatakan perbatasan masih ditutup. "
            "Pemerintah juga menuntut Thailand menarik pasukannya dari perbatasan.",
            ("REQUEST", "KHM", "THA"),
        ),
        # none named, in an Indonesian outlet: Indonesia's
        (
            "Indonesia dan Jepang menyepakati kerja sama energi bersih di Tokyo. "
            "Pemerintah juga meminta Jepang membuka akses pasar bagi produk perikanan Indonesia.",
            ("REQUEST", "IDN", "JPN"),
        ),
    ],
)
def test_event_titles_bare_government_is_the_one_named_or_home(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        # domestic policy with no counterpart: not an act between actors
        "Pemerintah mengimbau warga agar menjauhi lokasi banjir di Bekasi.",
        "Pemerintah juga meminta seluruh operator seluler memperkuat perlindungan terhadap penipuan digital.",
        # a local authority is no state's government
        "Pemerintah setempat meminta warga Malaysia di perbatasan tetap tenang.",
        # no holder of the office named before: nobody to point back to
        "Menlu juga melakukan diplomasi dengan Menlu Mesir, Yordania, dan Qatar.",
        # a vice-president is no holder of the president's office
        "Wakil Presiden AS tiba di New Delhi, Senin. Presiden kemudian menelepon Perdana Menteri India.",
    ],
)
def test_event_titles_leave_domestic_and_unresolved_titles_uncoded(text: str) -> None:
    assert not _events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Korea Selatan meminta Jepang mencabut pembatasan ekspor bahan semikonduktor. "
            "Jepang menyetujui permintaan tersebut.",
            ("AGREE", "JPN", "KOR"),
        ),
        (
            "Filipina mendesak China menarik kapal-kapal penjaga pantainya dari Second Thomas Shoal. "
            "China menolak desakan itu.",
            ("REJECT", "CHN", "PHL"),
        ),
        # a request addressed to no one named is still what the answer agrees to
        (
            "Menteri Perdagangan Indonesia bertemu Menteri Perdagangan Jepang di Tokyo. "
            "Pemerintah juga meminta produk perikanan Indonesia dibebaskan dari bea masuk. "
            "Jepang menyetujui permintaan tersebut.",
            ("AGREE", "JPN", "IDN"),
        ),
    ],
)
def test_event_requests_answer_targets_the_requester(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_event_requests_answer_without_a_request_told_has_no_target() -> None:
    found = _triples("Jepang menyetujui permintaan tersebut.")
    assert not {t for t in found if t[2] is not None}


_LEAD = "Sedikitnya sembilan warga sipil tewas pada Minggu (8/6/2025) akibat serangan udara Rusia di Kharkiv."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the paragraph after the lead goes on with its report: the lead's day
        (
            [_LEAD, "Pasukan Rusia juga menembaki kota Sumy di timur laut Ukraina."],
            ("ASSAULT", "RUS", "UKR", "2025-06-08"),
        ),
        # a sentence set at an earlier time does not take it
        (
            [_LEAD, "Pasukan Rusia sebelumnya pernah menembaki kota Sumy di timur laut Ukraina."],
            ("ASSAULT", "RUS", "UKR", None),
        ),
        # past the next day named, the lead's report is over
        (
            [
                _LEAD,
                "Pada Jumat (6/6/2025), serangan drone menghantam Odesa.",
                "Pasukan Rusia juga menembaki kota Sumy di timur laut Ukraina.",
            ],
            ("ASSAULT", "RUS", "UKR", None),
        ),
    ],
)
def test_event_dates_lead_continuation(paragraphs: list[str], expected: tuple[str, str, str, str | None]) -> None:
    found = {e for e in _dated("\n\n".join(paragraphs)) if "Sumy" in paragraphs[-1] and e[:3] == expected[:3]}
    assert expected in found


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the act's own noun opens the next sentence, with the day
        (
            [
                "Menteri Perdagangan Vietnam berkunjung ke Manila, Kamis (5/6/2025), untuk membahas perdagangan beras.",
                "Pertemuan itu juga membahas keamanan maritim di Laut China Selatan.",
                "Sebelumnya, Vietnam dan Filipina menandatangani nota kesepahaman kerja sama maritim. "
                "Penandatanganan dilakukan di Hanoi pada 30 Januari 2024.",
            ],
            ("SUPPORT", "VNM", "PHL", "2024-01-30"),
        ),
        # a statement pointed back to and said on a day
        (
            [
                "Ulama dan akademisi menilai sikap pemerintah terhadap Palestina konsisten, Jumat (30/5/2025).",
                "Mereka berharap diplomasi terus dijalankan.",
                "Sebelumnya, Menteri Luar Negeri Retno Marsudi menyatakan bahwa Indonesia mendukung keanggotaan "
                "penuh Palestina di PBB. Hal tersebut disampaikan Retno di New York, Rabu (28/5/2025).",
            ],
            ("SUPPORT", "IDN", "PSE", "2025-05-28"),
        ),
    ],
)
def test_event_dates_next_sentence_tells_the_act_again(
    paragraphs: list[str], expected: tuple[str, str, str, str]
) -> None:
    assert expected in _dated("\n\n".join(paragraphs))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # closing the border with a state cuts crossings and trade with it: SANCTION, not COERCE
        ("Pakistan menutup perbatasannya dengan Afghanistan, Minggu (12/10/2025).", ("SANCTION", "PAK", "AFG")),
        ("Thailand telah menutup wilayah perbatasan dengan Kamboja sejak pekan lalu.", ("SANCTION", "THA", "KHM")),
        # a strait closed to shipping curbs movement
        ("Iran menutup Selat Hormuz bagi kapal-kapal tanker asing.", ("COERCE", "IRN", None)),
    ],
)
def test_event_lexicon_border_closure_is_a_sanction(sentence: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _triples(sentence)
