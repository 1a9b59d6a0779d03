"""Names in Indonesian domestic news: police ranks and commands, Jakarta's cities, bodies and
companies whose name ends in "Indonesia", places inside longer names, degrees and forms of
address around a name (sentences written for warta in the style of Detik, Kompas, Antara)."""

from __future__ import annotations

import pytest
from tests.unit.annotate.test_entities import analyse, entity_named

from warta.types import Analysis


def names(analysis: Analysis) -> set[str]:
    return {e.name for e in analysis.entities}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Banjir merendam permukiman di Kampung Melayu, Jakarta Timur, sejak Sabtu pagi.", "East Jakarta"),
        ("Polisi menutup Jalan Fatmawati, Jakarta Selatan (Jaksel), karena pipa air bocor.", "South Jakarta"),
        ("Warga Cengkareng, Jakbar, mengeluhkan bau sampah dari tempat penampungan.", "West Jakarta"),
        ("Rapat digelar di Balai Kota, Jakarta Pusat, Senin (4/5/2026).", "Central Jakarta"),
    ],
)
def test_entities_domestic_jakarta_cities_are_their_own_places(sentence: str, name: str) -> None:
    analysis = analyse(sentence)
    assert entity_named(analysis, name).type == "LOC"
    assert "Jakarta" not in names(analysis)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # An article about a foreign victim still has Indonesian police speaking.
        ("Kapolres Metro Depok Kombes Rina Marlina menyebut korban adalah warga negara Jepang.", "Rina Marlina"),
        ("Kasat Reskrim Polres Kudus AKP Dimas Prakoso memastikan pelaku sudah ditahan.", "Dimas Prakoso"),
        ("Pelaku ditangkap tim yang dipimpin Iptu Wahyu Saputro di Cikarang.", "Wahyu Saputro"),
        ("Kapolrestabes Medan Kombes Teguh Santoso memimpin apel pagi itu.", "Teguh Santoso"),
        ("Kanit II Satreskrim Ipda Yoga Pradana memeriksa lima saksi.", "Yoga Pradana"),
    ],
)
def test_entities_domestic_police_ranks_act_for_indonesia(sentence: str, person: str) -> None:
    analysis = analyse(sentence)
    assert entity_named(analysis, person).actor == "IDN"
    assert not any(person in n and n != person for n in names(analysis))  # no command or rank in the name


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Laporan itu diterima Polda Jawa Timur pada Rabu malam.", "Polda Jawa Timur"),
        ("Sidang perdana digelar di Pengadilan Negeri Bandung pekan depan.", "Pengadilan Negeri Bandung"),
        ("Pemkot Surabaya menyiapkan 20 posko mudik.", "Pemkot Surabaya"),
    ],
)
def test_entities_domestic_commands_courts_and_local_governments_act_for_indonesia(sentence: str, body: str) -> None:
    entity = entity_named(analyse(sentence), body)
    assert (entity.type, entity.actor) == ("ORG", "IDN")


def test_entities_domestic_officer_in_a_report_naming_no_other_state_is_indonesias() -> None:
    analysis = analyse("Menteri Pertanian Andi Wijaya meninjau panen raya di Karawang, Jawa Barat, Kamis (7/5/2026).")
    assert entity_named(analysis, "Andi Wijaya").actor == "IDN"


@pytest.mark.parametrize(
    "sentence",
    [
        "Koordinator acara, Raja Ahmad Fauzi, membuka lomba perahu di Tanjungpinang.",
        "Gubernur Luhansk Sergiy Haidai menyebut serangan itu brutal.",
    ],
)
def test_entities_domestic_offices_indonesia_lacks_or_placed_elsewhere_get_no_state(sentence: str) -> None:
    people = [e for e in analyse(sentence).entities if e.type == "PER"]
    assert people
    assert all(p.actor is None for p in people)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Pengurus Besar Panahan Indonesia (PB PI) menggelar seleksi atlet.", "Pengurus Besar Panahan Indonesia"),
        ("Ketua Komite Paralimpiade Indonesia hadir dalam pembukaan.", "Komite Paralimpiade Indonesia"),
        ("PT Sinar Bahari Indonesia membuka kantor cabang di Medan.", "Sinar Bahari Indonesia"),
    ],
)
def test_entities_domestic_names_ending_in_indonesia_are_not_the_state(sentence: str, name: str) -> None:
    analysis = analyse(sentence)
    assert entity_named(analysis, name).type == "ORG"
    assert "Indonesia" not in names(analysis)


@pytest.mark.parametrize(
    ("sentence", "name", "actor"),
    [
        ("Saham PT Bank Tabungan Rakyat (Persero) Tbk melemah 2%.", "Bank Tabungan Rakyat", "IDN"),
        ("Saham PT Karya Logam Abadi Tbk ditutup menguat.", "Karya Logam Abadi", None),
        ("PT Pertamina (Persero) menaikkan harga avtur.", "Pertamina", "IDN"),
    ],
)
def test_entities_domestic_companies_drop_pt_and_tbk_and_state_owned_act_for_indonesia(
    sentence: str, name: str, actor: str | None
) -> None:
    assert entity_named(analyse(sentence), name).actor == actor


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("Mengutip laporan New York Post, harga tiket naik dua kali lipat.", "New York Post", "New York City"),
        (
            "Profesor di George Washington University itu meneliti fosil.",
            "George Washington University",
            "Washington, D.C.",
        ),
        ("Bek asal Brasil itu pernah membela Real Madrid selama lima musim.", "Real Madrid", "Madrid"),
    ],
)
def test_entities_domestic_place_inside_a_longer_name_is_that_name(sentence: str, name: str, place: str) -> None:
    analysis = analyse(sentence)
    assert entity_named(analysis, name).type == "ORG"
    assert place not in names(analysis)


@pytest.mark.parametrize(
    ("sentence", "person", "not_names"),
    [
        (
            "Dokter spesialis kulit dr Ratna Dewi, SpKK, SubspDKA, menjelaskan penyebab ruam itu.",
            "Ratna Dewi",
            {"SpKK", "SubspDKA"},
        ),
        (
            "Ketua Perhimpunan Dokter Paru, Prof Dr dr Hendra Kusuma, SpP(K), menyampaikan imbauan.",
            "Hendra Kusuma",
            {"Prof Dr", "Prof"},
        ),
        ("Alhasil, kerbau itu masuk ke sungai. Pemiliknya, Darto Wiyono, kewalahan.", "Darto Wiyono", {"Alhasil"}),
    ],
)
def test_entities_domestic_degrees_and_address_forms_are_not_names(
    sentence: str, person: str, not_names: set[str]
) -> None:
    analysis = analyse(sentence)
    assert entity_named(analysis, person).type == "PER"
    assert not names(analysis) & not_names


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Ia disambut DCM KBRI Canberra Rudi Hartanto di bandara.", "KBRI Canberra", "Embassy of Indonesia, Canberra"),
        ("Kemlu berkoordinasi dengan KBRI Kairo untuk pemulangan WNI.", "KBRI Kairo", "Embassy of Indonesia, Cairo"),
        ("Jemaah yang sakit dirawat tim KJRI di Jeddah.", "KJRI di Jeddah", "Consulate General of Indonesia, Jeddah"),
    ],
)
def test_entities_domestic_missions_abroad_are_indonesian_offices(sentence: str, surface: str, name: str) -> None:
    analysis = analyse(sentence)
    entity = entity_named(analysis, name)
    assert (entity.type, entity.actor) == ("ORG", "IDN")
    assert any(m.text == surface and m.entity_id == entity.id for m in analysis.mentions)


def test_entities_domestic_diplomat_of_a_mission_acts_for_indonesia() -> None:
    analysis = analyse("Ia disambut DCM KBRI Canberra Rudi Hartanto di bandara.")
    assert entity_named(analysis, "Rudi Hartanto").actor == "IDN"
    assert "Canberra" not in names(analysis)


def test_entities_domestic_honorific_name_recognised_in_two_parts_is_one_person() -> None:
    analysis = analyse(
        "Prabowo disambut Menteri Pertahanan Malaysia, Dato Seri Mohamed Khaled Nordin, di pangkalan udara."
    )
    assert entity_named(analysis, "Mohamed Khaled Nordin").actor == "MYS"
    assert "Mohamed" not in names(analysis)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Pebalap itu menjalani operasi di Rumah Sakit Umum Valencia, Senin malam.", "Valencia Hospital"),
        ("Korban luka dirujuk ke RSUD Karanganyar untuk perawatan.", "Karanganyar Hospital"),
    ],
)
def test_entities_domestic_hospitals_are_bodies(sentence: str, name: str) -> None:
    assert entity_named(analyse(sentence), name).type == "ORG"


def test_entities_domestic_degree_after_a_recognised_name_is_cut() -> None:
    analysis = analyse("Dokter spesialis penyakit dalam dr Bayu Saputra SpPD-KGEH menjelaskan risiko itu.")
    assert entity_named(analysis, "Bayu Saputra").type == "PER"


@pytest.mark.parametrize(
    ("sentence", "code", "name"),
    [
        ("Saham PT Bank Tabungan Rakyat (Persero) Tbk (BTRK) melemah 2%.", "BTRK", "Bank Tabungan Rakyat"),
        ("Saham PT Karya Logam Abadi Tbk (KLAS) ditutup menguat.", "KLAS", "Karya Logam Abadi"),
        ("Grup itu (PT Medika Sentosa Raya Tbk.) (IDX: MSRA) membuka rumah sakit baru.", "MSRA", "Medika Sentosa Raya"),
    ],
)
def test_entities_domestic_stock_code_names_its_company(sentence: str, code: str, name: str) -> None:
    analysis = analyse(sentence)
    company = entity_named(analysis, name)
    assert any(m.text == code and m.entity_id == company.id for m in analysis.mentions)
    assert code not in names(analysis)


def test_entities_domestic_form_of_address_is_not_part_of_a_recognised_name() -> None:
    analysis = analyse("Menurut Dr Gary Tan, kondisi jantung itu bisa berkembang tanpa disadari.")
    assert entity_named(analysis, "Gary Tan").type == "PER"
