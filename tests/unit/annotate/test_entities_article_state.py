"""Names whose state the text leaves unsaid, generic heads put in English, treaties' acronyms,
described bodies, ranks after a place and shortened given names (sentences written for warta)."""

from __future__ import annotations

import pytest
from tests.unit.annotate.test_entities import analyse, linked

from warta.types import Analysis


def names(analysis: Analysis) -> set[str]:
    return {e.name for e in analysis.entities}


_MALAYSIA = (
    "KUALA LUMPUR, KOMPAS.com - Krisis politik di Malaysia memanas setelah Partai Harapan Baru "
    "dan Partai Sejahtera Rakyat menarik dukungan. Pemerintah Malaysia menyebut Partai Amanah "
    "Bersatu masih setia. Oposisi Malaysia menuntut pemilu dini, sementara Singapura memantau."
)


@pytest.mark.parametrize(
    ("paragraphs", "surface", "name", "actor"),
    [
        (
            (
                "BANGKOK - Krisis politik Thailand makin dalam. Partai Pheu Chai menarik diri dari "
                "koalisi, sementara Partai Kla Tham bertahan. Pemerintah Thailand belum bersikap.",
            ),
            "Partai Pheu Chai",
            "Pheu Chai Party",
            "THA",
        ),
        (
            (
                "Pemilu Jepang dimenangi Partai Demokrat Liberal. Pemerintah Jepang menyatakan "
                "koalisi tetap solid, dan oposisi Jepang menerima hasilnya.",
            ),
            "Partai Demokrat Liberal",
            "Partai Demokrat Liberal",
            "JPN",
        ),
    ],
)
def test_entities_article_state_parties_act_for_the_article_state(
    paragraphs: tuple[str, ...], surface: str, name: str, actor: str
) -> None:
    entity = linked(analyse(*paragraphs), surface)
    assert (entity.name, entity.type, entity.actor) == (name, "ORG", actor)


def test_entities_article_state_no_state_when_two_are_named_as_often() -> None:
    analysis = analyse("Partai Kla Tham dari Kamboja dan Thailand bertemu. Kamboja dan Thailand sepakat.")
    assert linked(analysis, "Partai Kla Tham").actor is None


def test_entities_article_state_bracketed_acronym_names_the_party_elsewhere() -> None:
    analysis = analyse(
        "Krisis Thailand memanas. Partai Pheu Chai (PPC) menarik diri dari koalisi Thailand.",
        "PPC menyatakan Thailand butuh pemilu baru.",
    )
    assert linked(analysis, "PPC").name == "Pheu Chai Party"


@pytest.mark.parametrize(
    ("paragraphs", "surface", "actor"),
    [
        # An article about Iran alone: a bare "Presiden" is Iran's.
        (
            (
                "TEHERAN - Iran kembali menuding Israel. Iran menyebut serangan itu terencana.",
                "Saat itu, Presiden Hassan Rouhanzadeh menuding Israel berada di balik ledakan di Iran.",
            ),
            "Hassan Rouhanzadeh",
            "IRN",
        ),
        # An Indonesian report: a bare minister's title is Indonesia's.
        (
            (
                "Indonesia dan Belgia memperluas kerja sama dagang. Ekspor Indonesia naik.",
                "Kerja sama itu dirintis mantan Menteri Perdagangan Rahmat Santosa pada 2016 di Indonesia.",
            ),
            "Rahmat Santosa",
            "IDN",
        ),
    ],
)
def test_entities_article_state_bare_state_offices_act_for_the_article_state(
    paragraphs: tuple[str, ...], surface: str, actor: str
) -> None:
    assert linked(analyse(*paragraphs), surface).actor == actor


def test_entities_article_state_foreign_state_not_given_when_indonesia_is_named() -> None:
    analysis = analyse(
        "Iran kembali menuding Israel. Iran dan Israel saling serang, Indonesia mengecam.",
        "Presiden Hassan Rouhanzadeh menuding Israel berada di balik ledakan itu.",
    )
    assert linked(analysis, "Hassan Rouhanzadeh").actor is None


def test_entities_article_state_leaders_of_groups_get_no_state() -> None:
    analysis = analyse(
        "Yaman kembali diguncang serangan. Yaman menuding Israel.",
        "Pemimpin Abdul Karim al-Hamdani menyebut Yaman tidak akan mundur.",
    )
    assert linked(analysis, "Abdul Karim al-Hamdani").actor is None


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        (
            "Ia dipindahkan ke Lapas Perempuan Kelas IIA Pondok Bambu pekan lalu.",
            "Lapas Perempuan Kelas IIA Pondok Bambu",
            "Pondok Bambu Prison",
        ),
        (
            "Rombongan mendarat di Bandara Internasional Minangkabau pada Senin.",
            "Bandara Internasional Minangkabau",
            "Minangkabau International Airport",
        ),
        (
            "Mahasiswa Universitas Islam Negeri Sunan Kalijaga menggelar aksi.",
            "Universitas Islam Negeri Sunan Kalijaga",
            "Universitas Islam Negeri Sunan Kalijaga",
        ),
    ],
)
def test_entities_article_state_generic_heads_in_english(sentence: str, surface: str, name: str) -> None:
    entity = linked(analyse(sentence), surface)
    assert (entity.name, entity.type) == (name, "LOC" if "Universitas" not in surface else "ORG")


@pytest.mark.parametrize(
    ("sentence", "gone"),
    [
        ('"FTA Asean-Kanada tinggal selangkah," ujar Menteri Perdagangan Budi Santoso di Jakarta.', "FTA"),
        ("Perundingan IA-CEPA rampung setelah lima tahun, kata pejabat Kemendag di Jakarta.", "IA-CEPA"),
        ("Junta menjerat aktivis dengan Official Secrets Act warisan era kolonial.", "Official Secrets Act"),
        ("Pertemuan Komisi Bersama Indonesia-Vietnam digelar di Hanoi pada Mei.", "Komisi Bersama"),
    ],
)
def test_entities_article_state_treaties_and_described_bodies_are_not_entities(sentence: str, gone: str) -> None:
    analysis = analyse(sentence)
    assert not any(gone in m.text for m in analysis.mentions), [m.text for m in analysis.mentions]


def test_entities_article_state_rank_after_a_place_opens_the_person() -> None:
    analysis = analyse(
        "Hadir pula Asisten Kepala Staf Operasi, Markas Angkatan Darat Brigjen Rosli Bin Ahmad, dalam acara itu."
    )
    person = linked(analysis, "Rosli Bin Ahmad")
    assert person.type == "PER"
    assert not any(m.text.endswith("Brigjen") for m in analysis.mentions)


def test_entities_article_state_shortened_given_name_is_the_same_person() -> None:
    analysis = analyse(
        "Deputi Bidang Koordinasi Perdagangan Kementerian Koordinator Bidang Perekonomian Andrianus "
        "Wibisono mengatakan tarif itu berlaku pekan depan.",
        '"Kami sudah siap," kata Andri di Jakarta.',
    )
    assert linked(analysis, "Andri").name == "Andrianus Wibisono"


def test_entities_article_state_short_name_of_two_people_stays_apart() -> None:
    analysis = analyse(
        "Ekonom Andrianto Halim menilai tarif itu keliru.",
        "Sementara itu, Andriansyah Putra dari Indef menilai sebaliknya.",
        '"Itu keliru," kata Andri.',
    )
    assert linked(analysis, "Andri").name == "Andri"
