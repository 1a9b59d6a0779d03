"""Indonesian state bodies, bare ministries, Indonesian titles and badly cut names (entity stage)."""

from __future__ import annotations

import pytest
from entity_helpers import analyse, named, needs_recogniser


def _mentioned(text: str) -> dict[str, tuple[str, str | None]]:
    analysis = analyse(text)
    by_id = {e.id: e for e in analysis.entities}
    return {m.text: (by_id[m.entity_id].name, by_id[m.entity_id].actor) for m in analysis.mentions}


@pytest.mark.parametrize(
    ("text", "surface", "name", "actor"),
    [
        (
            "Berkas perkara itu sudah dilimpahkan ke Kejaksaan Agung (Kejagung) pekan lalu.",
            "Kejagung",
            "Attorney General's Office of Indonesia",
            "IDN",
        ),
        (
            "Kejagung menetapkan tiga tersangka baru dalam kasus impor gula.",
            "Kejagung",
            "Attorney General's Office of Indonesia",
            "IDN",
        ),
        ("Mahkamah Agung (MA) menolak kasasi yang diajukan terdakwa.", "MA", "Supreme Court of Indonesia", "IDN"),
        (
            "Rancangan undang-undang itu akan dibahas DPR bersama pemerintah.",
            "DPR",
            "House of Representatives (Indonesia)",
            "IDN",
        ),
        ("Ketua umum partai itu menemui pimpinan MPR di Senayan.", "MPR", "People's Consultative Assembly", "IDN"),
        ("MUI mengeluarkan fatwa baru soal produk pangan impor.", "MUI", "Indonesian Ulema Council", None),
        ("PBNU dan PP Muhammadiyah menyerukan agar warga tetap tenang.", "PP Muhammadiyah", "Muhammadiyah", None),
        (
            "Laporan itu diserahkan kepada Badan Pemeriksa Keuangan untuk diaudit.",
            "Badan Pemeriksa Keuangan",
            "Audit Board of Indonesia",
            "IDN",
        ),
        (
            "Kader Partai Gerindra di daerah diminta bersiap menghadapi pilkada.",
            "Partai Gerindra",
            "Gerindra Party",
            "IDN",
        ),
        (
            "Narapidana itu dipindahkan atas koordinasi Direktorat Jenderal Pemasyarakatan.",
            "Direktorat Jenderal Pemasyarakatan",
            "Directorate General of Corrections",
            "IDN",
        ),
        ("Ia mantan komandan Pasukan Quds yang tewas dalam serangan drone.", "Pasukan Quds", "Quds Force", "IRN"),
    ],
)
def test_entities_indonesian_state_bodies_linked(text: str, surface: str, name: str, actor: str | None) -> None:
    assert _mentioned(text)[surface] == (name, actor)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # No state anywhere near: an Indonesian outlet's own foreign ministry.
        (
            "Bentrokan terjadi di perbatasan Laos dan Vietnam. Kemenlu memastikan tidak ada warga Indonesia yang "
            "menjadi korban.",
            "Kemenlu",
            "Indonesian Ministry of Foreign Affairs",
        ),
        (
            "Kementerian Luar Negeri Jepang memanggil dubes China. Di Jakarta, Wakil Ketua DPR Budi Santoso mendesak "
            "pemerintah bersikap. Ia berharap Kementerian Luar Negeri ikut menengahi.",
            "Kementerian Luar Negeri",
            "Indonesian Ministry of Foreign Affairs",
        ),
        # The same kind of ministry named with its state just before: that one.
        (
            "Kementerian Luar Negeri Jepang memanggil duta besar China pada Senin. Kementerian Luar Negeri juga "
            "menyampaikan protes tertulis.",
            "Kementerian Luar Negeri",
            "Japanese Ministry of Foreign Affairs",
        ),
    ],
)
def test_entities_indonesian_bare_ministry_is_home_unless_named_before(text: str, surface: str, name: str) -> None:
    analysis = analyse(text)
    by_id = {e.id: e for e in analysis.entities}
    bare = [m for m in analysis.mentions if m.text == surface]
    assert by_id[bare[-1].entity_id].name == name


@needs_recogniser
@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        (
            "Menurut Menko Perekonomian Budi Santoso Wibowo, perundingan itu hampir rampung.",
            "Budi Santoso Wibowo",
            "IDN",
        ),
        (
            "Penandatanganan dilakukan Menko Kumham Imipas Rizal Ardiansyah Putra dan Menlu Inggris David "
            "Lammy di Jakarta.",
            "Rizal Ardiansyah Putra",
            "IDN",
        ),
        (
            "Diketahui, Direktur Jenderal Perlindungan WNI Kemenlu Agus Setiawan Nugroho menyebutkan bahwa korban "
            "dipulangkan.",
            "Agus Setiawan Nugroho",
            "IDN",
        ),
        (
            "Wakil Ketua DPR sekaligus Ketua Harian Partai Golkar Rudi Hartono Sitompul berharap konflik itu mereda.",
            "Rudi Hartono Sitompul",
            "IDN",
        ),
        (
            "Saat berkunjung ke Moskow, kepala staf militer India, Marsekal Lapangan Raghav Sharma, bertemu pejabat "
            "Rusia.",
            "Raghav Sharma",
            "IND",
        ),
        (
            "Presiden Bulgaria, Stefan Dan, dalam pernyataan terpisah mengatakan bahwa insiden itu serius.",
            "Stefan Dan",
            "BGR",
        ),
    ],
)
def test_entities_indonesian_titled_people_placed(text: str, name: str, actor: str) -> None:
    person = named(analyse(text), name)
    assert (person.type, person.actor) == ("PER", actor)


@needs_recogniser
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            '"Kami akan membahas langkah berikutnya," kata Menteri Luar Negeri Bulgaria Elena Toiu. Insiden itu bukan '
            "yang pertama.",
            "Elena Toiu. Insiden",
        ),
        (
            "Saat berkunjung ke Moskow, kepala staf militer India, Marsekal Lapangan Raghav Sharma, bertemu pejabat "
            "Rusia.",
            "Raghav Sharma Square",
        ),
        (
            "Iran menggunakan rudal balistik berpemandu terbaru bernama Khalid Farhan dalam serangan ke Israel.",
            "Khalid Farhan",
        ),
        (
            "Direktur Jenderal Perlindungan WNI Kemenlu Agus Setiawan Nugroho menyebutkan korban sudah pulang.",
            "Perlindungan WNI",
        ),
        (
            "Penandatanganan dilakukan Menko Kumham Imipas Rizal Ardiansyah Putra di Jakarta.",
            "Kumham Imipas Rizal Ardiansyah Putra",
        ),
    ],
)
def test_entities_indonesian_bad_spans_not_entities(text: str, absent: str) -> None:
    assert absent not in {e.name for e in analyse(text).entities}


@needs_recogniser
def test_entities_indonesian_defined_initials_name_the_person() -> None:
    mentioned = _mentioned(
        "Keluarga menyambut pembebasan pengusaha Anton Prasetyo (AP) dari penjara di Myanmar. "
        "Menurut pengacaranya, AP sempat dijatuhi hukuman tujuh tahun."
    )
    assert mentioned["AP"] == ("Anton Prasetyo", None)


def test_entities_indonesian_agency_acronym_without_definition_stays_agency() -> None:
    assert _mentioned("Serangan itu menewaskan dua orang, menurut AP.")["AP"] == ("Associated Press", None)


@pytest.mark.parametrize(
    ("paragraphs", "absent", "present"),
    [
        # a title's portfolio the article also writes in lower case is no person's name
        (
            ["Kepala Sekolah menyebut kegiatan belajar di sekolah itu kembali normal pekan depan."],
            "Sekolah",
            None,
        ),
        (
            ["Direktur Digital perusahaan itu menjelaskan layanan digital akan diperluas tahun ini."],
            "Digital",
            None,
        ),
        # a heading's last word is no name with the next paragraph's first word
        (
            ["## 5. Israel Serang Iran, Panglima Garda Revolusi Tewas",
             "Isi laporan itu menyebut korban tewas bertambah."],
            "Tewas\n\nIsi",
            None,
        ),
        # a name holding one word the article writes in lower case stays whole
        (
            ["Wakil Ketua Komisi X DPR Lalu Hadrian Irfani meminta pemerintah bertindak. Hal itu lalu dibahas."],
            "Hadrian Irfani",
            "Lalu Hadrian Irfani",
        ),
    ],
)  # fmt: skip
def test_entities_indonesian_common_words_after_a_title_name_no_one(
    paragraphs: list[str], absent: str, present: str | None
) -> None:
    names = {e.name for e in analyse(*paragraphs).entities}
    assert absent not in names
    assert present is None or present in names


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        # a unit named after a state's body acts for that state, and so does its titled officer
        ("Kepala Pusat Penerangan TNI Mayjen Rudi Hartono menyebutkan evakuasi akan dilakukan.", "Pusat Penerangan TNI",
         "IDN"),
        ("Kepala Pusat Penerangan TNI Mayjen Rudi Hartono menyebutkan evakuasi akan dilakukan.", "Rudi Hartono", "IDN"),
        ("Ketua Komisi I DPR Utut Adianto menilai langkah itu tepat.", "Komisi I DPR", "IDN"),
        # a rank right after a state's armed force or police
        ("Kapuspen TNI Mayjen Rudi Hartono menyebut evakuasi WNI akan dilakukan lewat Baku.", "Rudi Hartono", "IDN"),
        # a name ending in the state itself is an association of its people, not the state
        ("Ikatan Dokter Anak Indonesia mendukung kebijakan itu.", "Ikatan Dokter Anak Indonesia", None),
    ],
)  # fmt: skip
def test_entities_indonesian_units_and_officers_of_a_state_body(text: str, name: str, actor: str | None) -> None:
    assert named(analyse(text), name).actor == actor
