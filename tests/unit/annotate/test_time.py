"""Time expressions on Indonesian news sentences written for these tests.

Expected values were worked out with a calendar: 14 March 2024 is a Thursday in ISO week
2024-W11 (11-17 March); 6 March 2024 is a Wednesday.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate.time import find_timexes, infer_published, scan, tag_times
from warta.annotate.timex_families import _FAMILIES, _family
from warta.annotate.timex_master import master
from warta.registry import stages
from warta.types import Analysis, Article

THURSDAY = date(2024, 3, 14)


def values(text: str, anchor: date | None = THURSDAY, source: str | None = "published") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, anchor, source)]


def codes(text: str, anchor: date | None = THURSDAY) -> list[str]:
    return [p.code for p in scan(text, anchor, "published")[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Presiden tiba di Jakarta pada Sabtu (9/3/2024) pagi.", [("Sabtu (9/3/2024)", "2024-03-09")]),
        ("Kejadian itu berlangsung Senin (11/3) malam, kata polisi.", [("Senin (11/3)", "2024-03-11")]),
        ("Kesepakatan ditandatangani (12/3) di Jenewa.", [("12/3", "2024-03-12")]),
        ("Laporan itu dirilis pada 9/11/2023 oleh kementerian.", [("9/11/2023", "2023-11-09")]),
        ("Kedua menteri bertemu di Tokyo, Jumat, 8 Maret 2024.", [("Jumat, 8 Maret 2024", "2024-03-08")]),
        ("Kedua menteri bertemu pada 5 Februari 2024 di Tokyo.", [("5 Februari 2024", "2024-02-05")]),
        ("KTT ASEAN-Australia digelar 20 Maret di Melbourne.", [("20 Maret", "2024-03-20")]),
        ("Perjanjian itu berakhir 30 Desember, kata juru bicara.", [("30 Desember", "2023-12-30")]),
        ("Sidang lanjutan digelar 18 Maret mendatang.", [("18 Maret mendatang", "2024-03-18")]),
        ("Tarif baru berlaku mulai 1 Januari tahun depan.", [("1 Januari tahun depan", "2025-01-01")]),
        ("Pameran berlangsung pada 29-31 Mei 2024 di Jakarta.", [("29-31 Mei 2024", "2024-05")]),
        ("Rusia menginvasi Ukraina pada Februari 2022.", [("Februari 2022", "2022-02")]),
        ("Harga beras naik sejak awal Maret 2023.", [("awal Maret 2023", "2023-03")]),
    ],
)
def test_time_absolute_and_day_month_forms(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Uji coba rudal gagal pada Januari dan Februari.", [("Januari", "2024-01"), ("Februari", "2024-02")]),
        ("Pemilu lokal dijadwalkan digelar bulan Mei.", [("bulan Mei", "2024-05")]),
        ("Kedua negara menandatangani pakta pada Juni.", [("Juni", "2023-06")]),
        ("Pada pertengahan Oktober, kapal itu bersandar di Vladivostok.", [("pertengahan Oktober", "2023-10")]),
        ("Banjir melanda pada awal Maret.", [("awal Maret", "2024-03")]),
        ("Ia terpilih pada bulan Desember lalu.", [("bulan Desember lalu", "2023-12")]),
        ("Ekspor naik sepanjang Januari hingga Februari 2023.", [("Januari", "2023-01"), ("Februari 2023", "2023-02")]),
        ("Anggaran itu disahkan pada Agustus tahun lalu.", [("Agustus tahun lalu", "2023-08")]),
    ],
)
def test_time_bare_months_take_the_anchor_year_unless_far_ahead(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Menlu Retno bertemu mitranya pada Selasa.", [("Selasa", "2024-03-12")]),
        ("Pernyataan itu disampaikan pada hari Kamis.", [("hari Kamis", "2024-03-14")]),
        ("Kapal itu tiba di Busan pada Jumat.", [("Jumat", "2024-03-08")]),
        ("Dalam pernyataan terpisah pada Minggu, Kremlin membantah.", [("Minggu", "2024-03-10")]),
        ("Kunjungan itu dilakukan Senin lalu.", [("Senin lalu", "2024-03-11")]),
        ("Rapat serupa digelar Kamis lalu.", [("Kamis lalu", "2024-03-07")]),
        ("Parlemen akan memungut suara Rabu depan.", [("Rabu depan", "2024-03-20")]),
        ("Menteri itu dijadwalkan tiba di Seoul pada Sabtu.", [("Sabtu", "2024-03-16")]),
    ],
)
def test_time_weekdays_with_publication_anchor(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Para menteri G7 bertemu pekan lalu di Tokyo.", [("pekan lalu", "2024-W10")]),
        ("Ia berkunjung ke Beijing sepekan lalu.", [("sepekan lalu", "2024-W10")]),
        ("Unjuk rasa pecah pada akhir pekan lalu.", [("akhir pekan lalu", "2024-W10")]),
        ("Hal itu diumumkan minggu lalu oleh Gedung Putih.", [("minggu lalu", "2024-W10")]),
        ("Minggu lalu, Pyongyang meluncurkan rudal balistik.", [("Minggu lalu", "2024-W10")]),
        ("Lavrov bakal mengunjungi Pyongyang pada minggu ini.", [("minggu ini", "2024-W11")]),
        ("Delegasi itu bertolak pekan depan.", [("pekan depan", "2024-W12")]),
        ("Latihan militer digelar dua pekan lalu.", [("dua pekan lalu", "2024-W09")]),
        ("Harga minyak turun bulan lalu.", [("bulan lalu", "2024-02")]),
        ("Sanksi baru berlaku bulan depan.", [("bulan depan", "2024-04")]),
        ("Pakta itu mulai berlaku awal bulan ini.", [("awal bulan ini", "2024-03")]),
        ("Korut gagal dua kali tahun ini.", [("tahun ini", "2024")]),
        ("Rudal itu diluncurkan tahun lalu.", [("tahun lalu", "2023")]),
        ("Pasukan merebut wilayah itu awal tahun ini.", [("awal tahun ini", "2024")]),
        ("Pemilu digelar tahun depan.", [("tahun depan", "2025")]),
        ("Proyek itu rampung pada akhir tahun.", [("akhir tahun", "2024")]),
        ("Kesepakatan itu diteken 3 tahun lalu.", [("3 tahun lalu", "2021")]),
        ("Hubungan kedua negara membaik sejak 2014.", [("2014", "2014")]),
        ("Data itu dikumpulkan pada tahun 2019.", [("tahun 2019", "2019")]),
        ("Kapal itu ditahan pada 2022 dan 2023.", [("2022", "2022"), ("2023", "2023")]),
        ("Ia mengatakan kemarin bahwa perundingan buntu.", [("kemarin", "2024-03-13")]),
        ("Hari ini, parlemen menggelar sidang darurat.", [("Hari ini", "2024-03-14")]),
        ("Hasil pemungutan suara diumumkan besok.", [("besok", "2024-03-15")]),
        ("Kapal itu tenggelam dua hari lalu.", [("dua hari lalu", "2024-03-12")]),
        ("Tersangka baru keluar sepuluh hari lalu.", [("sepuluh hari lalu", "2024-03-04")]),
    ],
)
def test_time_relative_expressions(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "granularity"),
    [
        ("pekan lalu", "week"),
        ("bulan lalu", "month"),
        ("tahun lalu", "year"),
        ("pada Selasa", "day"),
        ("29-31 Mei 2024", "month"),
    ],
)
def test_time_granularity_is_recorded(sentence: str, granularity: str) -> None:
    assert [t.granularity for t in find_timexes(sentence, THURSDAY, "published")] == [granularity]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kunjungan dua hari Menlu AS ke Seoul berakhir.",
        "Inflasi naik 2,5 persen dan harga naik Rp 2.023 per liter.",
        "Sebanyak 2019 orang mengungsi akibat banjir.",
        "Jemaah memadati masjid untuk salat Jumat di pusat kota.",
        "Banjir merendam kawasan Pasar Minggu, Jakarta Selatan.",
        "Aturan itu tertuang dalam UU Nomor 1 Tahun 2023 tentang KUHP.",
        "Pasar dibuka setiap Senin dan Kamis.",
        "Musik pop tahun 1990-an kembali digemari.",
        "April Jasmine mengatakan kepada wartawan bahwa ia siap.",
        "Ia dirawat selama tiga minggu di rumah sakit.",
        "Skor akhir pertandingan itu 3-1 untuk tuan rumah.",
        "Wanita berusia 30 tahun ini ditangkap polisi.",
        "Korsel dan Jepang sepakat, lalu AS menyusul.",
        "Saya tidak mau lagi seperti kemarin-kemarin.",
    ],
)
def test_time_rejects_non_dates(sentence: str) -> None:
    assert values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Surat itu bertanggal 31/02/2024.", "timex.invalid_date"),
        ("Dokumen itu diteken Rabu (31/2).", "timex.invalid_date"),
        ("Kunjungan terakhirnya dua setengah tahun lalu.", "timex.vague"),
        ("Harga turun 2,5 tahun lalu.", "timex.vague"),
        ("Kapal itu tenggelam beberapa hari lalu.", "timex.vague"),
        ("Pernyataan itu dirilis Kamis (27/5/2026) malam.", "timex.weekday_mismatch"),
    ],
)
def test_time_doubtful_expressions_become_problems(sentence: str, code: str) -> None:
    assert code in codes(sentence)
    assert all(t.value for t in find_timexes(sentence, THURSDAY, "published"))


def test_time_weekday_mismatch_keeps_the_stated_date() -> None:
    assert values("Pernyataan itu dirilis Kamis (27/5/2026) malam.") == [("Kamis (27/5/2026)", "2026-05-27")]


def test_time_unbalanced_parenthesis_still_reads_the_date() -> None:
    assert values("Hal itu disampaikan Kamis (26/10/2023 di Jakarta.", None, None) == [
        ("Kamis (26/10/2023", "2023-10-26")
    ]


def test_time_relative_without_any_anchor_is_a_problem() -> None:
    timexes, problems = scan("Para menteri bertemu pekan lalu.", None, None)
    assert timexes == ()
    assert [p.code for p in problems] == ["timex.unresolved"]


ARTICLE = (
    "Pada Jumat, nelayan melaporkan kapal asing. "
    "Bulan lalu, kapal patroli kedua negara berpapasan di Laut China Selatan.\n\n"
    "Menteri Luar Negeri Filipina bertemu mitranya dari Vietnam pada Senin (26/2/2024). "
    "Keduanya membahas insiden bulan lalu.\n\n"
    "Jakarta menyambut baik pertemuan itu, kata juru bicara pada Rabu (6/3/2024). "
    "Pada Sabtu, kapal penjaga pantai kembali berjaga. Pekan lalu, Manila memanggil duta besar. "
    "Kedua menteri dijadwalkan bertemu lagi pada Jumat. Pada Senin, Beijing memprotes."
)


def test_time_text_anchor_is_nearest_preceding_explicit_date() -> None:
    found = {t.span.start: t for t in find_timexes(ARTICLE, None, None)}
    first_date = ARTICLE.index("Senin (26/2/2024)")
    second_date = ARTICLE.index("Rabu (6/3/2024)")
    by_text = [(t.text, t.value, t.anchor_source) for t in sorted(found.values(), key=lambda t: t.span.start)]
    assert by_text == [
        ("Jumat", "2024-02-23", f"text:{first_date}"),  # before any date: the first one
        # relative to now: the latest reporting date, wherever it stands
        ("Bulan lalu", "2024-02", f"text:{second_date}"),
        ("Senin (26/2/2024)", "2024-02-26", None),
        ("bulan lalu", "2024-02", f"text:{second_date}"),
        ("Rabu (6/3/2024)", "2024-03-06", None),
        ("Sabtu", "2024-03-09", f"text:{second_date}"),  # nearest either way: 3 days on, not 4 back
        ("Pekan lalu", "2024-W09", f"text:{second_date}"),
        ("Jumat", "2024-03-08", f"text:{second_date}"),  # "dijadwalkan": forward
        ("Senin", "2024-03-04", f"text:{second_date}"),
    ]


def test_time_publication_anchor_reads_bare_weekday_backwards() -> None:
    published = date(2024, 3, 6)
    assert values("Pada Sabtu, kapal penjaga pantai kembali berjaga.", published) == [("Sabtu", "2024-03-02")]


def test_time_spans_point_at_their_words() -> None:
    for timex in find_timexes(ARTICLE, None, None):
        assert timex.span.of(ARTICLE) == timex.text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("SeninKamisMeiJuni (/)0123456789,.pekanlalutahu ")), max_size=80))
def test_time_any_text_gives_valid_spans_and_no_errors(text: str) -> None:
    timexes, problems = scan(text, THURSDAY, "published")
    for timex in timexes:
        assert timex.span.of(text) == timex.text
        assert timex.value
    for problem in problems:
        assert problem.span is None or problem.span.end <= len(text)


def _article(published: str | None, paragraphs: tuple[str, ...]) -> Analysis:
    return Analysis(Article.from_paragraphs("t", "t", paragraphs, published=published))


def test_time_stage_uses_publication_date() -> None:
    result = tag_times(_article("2024-03-14T10:15:00+07:00", ("Kremlin membantah tuduhan itu pada Selasa.",)))
    assert [(t.value, t.anchor, t.anchor_source) for t in result.timexes] == [("2024-03-12", "2024-03-14", "published")]
    assert result.published_inferred is None


def test_time_stage_infers_publication_from_reporting_dates() -> None:
    paragraphs = (
        "Ekspo dagang akan digelar pada 20 Maret 2024 di Surabaya.",
        "Hal itu disampaikan Menteri Perdagangan di Jakarta, Senin (11/3/2024).",
        "Sebelumnya, kementerian menggelar rapat pada Jumat (8/3/2024).",
    )
    result = tag_times(_article(None, paragraphs))
    assert result.published_inferred == "2024-03-11"  # the scheduled 20 March is not a reporting date
    assert infer_published(result.timexes) == "2024-03-11"


def test_time_stage_is_registered() -> None:
    assert stages.get("time.rules.v1") is tag_times
    assert tag_times.provides == ("timexes", "published_inferred")


def test_time_seed_gold_bodies_reach_target_f1(shared_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("score", shared_dir / "eval" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    predictions = {}
    for path in sorted((shared_dir / "gold" / "seeds").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        result = tag_times(_article(gold["published"], tuple(gold["body"])))
        predictions[gold["id"]] = {"timexes": [{"value": t.value} for t in result.timexes]}
    assert scorer.score(predictions, shared_dir / "gold" / "seeds")["timexes"]["f1"] >= 0.9


# 30 May 2025 is a Friday; 9 June 2025 a Monday; 19 June 2025 a Thursday (a Friday in 2026).
LATE_MAY = date(2025, 5, 30)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Harga minyak goreng sudah naik sejak awal Mei lalu.", [("awal Mei lalu", "2025-05")]),
        ("Gencatan senjata itu disepakati pada Maret lalu.", [("Maret lalu", "2025-03")]),
        ("Pemilu sela digelar pada Juni lalu.", [("Juni lalu", "2024-06")]),
    ],
)
def test_time_month_lalu_up_to_the_anchor_month_is_this_year(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence, LATE_MAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Forum investasi itu akan berlangsung 17-20 Juni mendatang di Bali.", [("17-20 Juni mendatang", "2025-06")]),
        ("Latihan gabungan digelar pada 3-7 Maret 2025 di Natuna.", [("3-7 Maret 2025", "2025-03")]),
    ],
)
def test_time_day_range_within_a_month_is_the_month(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence, LATE_MAY) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Delegasi kedua negara akan bertemu pada Senin pekan depan.", [("Senin pekan depan", "2025-06-02")]),
        ("Rapat kabinet digelar Kamis minggu lalu di Istana.", [("Kamis minggu lalu", "2025-05-22")]),
        ("Menlu dijadwalkan tiba pada hari Rabu pekan ini.", [("hari Rabu pekan ini", "2025-05-28")]),
    ],
)
def test_time_weekday_of_a_named_week_is_one_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence, LATE_MAY) == expected


def test_time_relative_to_now_anchors_on_the_latest_reporting_date() -> None:
    text = (
        "Serangan drone menghantam depot bahan bakar pada Kamis (24/7/2025). "
        "Pemerintah setempat menyebut kerusakan parah, kata juru bicara, Sabtu (26/7/2025). "
        "Evakuasi warga sekitar sudah dimulai dua hari lalu, tambahnya."
    )
    found = {t.text: (t.value, t.anchor) for t in find_timexes(text, None, None)}
    assert found["dua hari lalu"] == ("2025-07-24", "2025-07-26")


def test_time_weekday_anchor_still_uses_the_nearest_date_before() -> None:
    text = "Sidang dibuka Senin (2/6/2025). Pada Rabu, hakim memanggil saksi. Vonis dibacakan, Jumat (13/6/2025)."
    found = {t.text: t.value for t in find_timexes(text, None, None)}
    assert found["Rabu"] == "2025-06-04"


@pytest.mark.parametrize(
    ("sentence", "expected", "code"),
    [
        ("Presiden menerima kunjungan itu pada Kamis (19/6/2026).", "2025-06-19", "timex.year_corrected"),
        ("KTT itu ditutup pada Senin, 9 Juni 2026.", "2025-06-09", "timex.year_corrected"),
    ],
)
def test_time_weekday_fitting_only_the_year_before_corrects_the_year(sentence: str, expected: str, code: str) -> None:
    timexes, problems = scan(sentence, None, None)
    assert [t.value for t in timexes] == [expected]
    assert [p.code for p in problems] == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rusia menginvasi Ukraina lebih dari tiga tahun lalu.",
        "Kapal itu terakhir terlihat sekitar dua pekan lalu di Selat Malaka.",
        "Perundingan dimulai hampir setahun lalu.",
    ],
)
def test_time_inexact_counts_ago_are_omitted(sentence: str) -> None:
    assert values(sentence, LATE_MAY) == []
    assert "timex.vague" in codes(sentence, LATE_MAY)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Tarif impor baru berlaku mulai Rabu (4/6/2025), kata Menteri Perdagangan, Senin (2/6/2025).",
                "Pengusaha meminta penundaan.",
            ),
            "2025-06-02",
        ),
        (
            (
                "Hal itu disampaikan juru bicara Kemlu di Jakarta, Jumat (6/6/2025).",
                "Kedua menteri akan bertemu pada Selasa (10/6/2025) di Tokyo.",
            ),
            "2025-06-06",
        ),
        (
            ("Pernyataan itu disampaikan Jumat (30/5/2025).", "Pertemuan lanjutan digelar Senin pekan depan."),
            "2025-05-30",
        ),
    ],
)
def test_time_inferred_publication_skips_scheduled_dates(paragraphs: tuple[str, ...], expected: str) -> None:
    assert tag_times(_article(None, paragraphs)).published_inferred == expected


def test_time_year_confirmed_elsewhere_keeps_it_and_blames_the_weekday() -> None:
    # 25 July 2025 is a Friday; 26 July 2025 a Saturday (a Friday in 2024).
    text = "Kapal itu ditahan pada Jumat (25/7/2025). Kru dibebaskan, kata pejabat pelabuhan, Jumat (26/7/2025)."
    timexes, problems = scan(text, None, None)
    assert [t.value for t in timexes] == ["2025-07-25", "2025-07-26"]
    assert [p.code for p in problems] == ["timex.weekday_mismatch"]


@pytest.mark.parametrize(
    "text",
    [
        "Serangan itu terjadi Selasa (10/6/2026). Gencatan senjata disepakati pada 12 Juni 2026.",
        "Serangan itu terjadi Selasa (10/6/2026) malam.",
    ],
)
def test_time_year_written_elsewhere_or_near_publication_is_kept(text: str) -> None:
    # 10 June 2026 is a Wednesday, 10 June 2025 a Tuesday: the year as written stands all the same.
    anchor = date(2026, 6, 11) if "malam" in text else None
    timexes, problems = scan(text, anchor, "published" if anchor else None)
    assert timexes[0].value == "2026-06-10"
    assert "timex.weekday_mismatch" in [p.code for p in problems]


# Calendar: 26 May is a Tuesday in 2026 and a Monday in 2025; 25 December is a Wednesday in
# 2024 and a Thursday in 2025; 10 October 2025 is a Friday.
@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("Hasil seleksi diumumkan panitia Selasa (26/5) malam.", date(2025, 10, 10), "2026-05-26"),
        ("Rapat pleno digelar Senin (26/5) di gedung DPRD.", date(2025, 10, 10), "2025-05-26"),
        ("Misa Natal digelar Rabu (25/12) pagi di katedral.", date(2025, 7, 1), "2024-12-25"),
        ("Misa Natal digelar Kamis (25/12) pagi di katedral.", date(2025, 7, 1), "2025-12-25"),
        ("Kebakaran terjadi Jumat (26/5) dini hari.", date(2025, 10, 10), "2025-05-26"),
    ],
)
def test_time_weekday_day_month_takes_the_year_the_weekday_fits(sentence: str, anchor: date, expected: str) -> None:
    assert [v for _, v in values(sentence, anchor)] == [expected]


def test_time_weekday_day_month_after_a_background_date_fits_the_weekday() -> None:
    text = "Proyek itu diresmikan pada 10 Oktober 2025. Evaluasi pertamanya diumumkan Selasa (26/5) sore."
    assert values(text, None, None)[-1] == ("Selasa (26/5)", "2026-05-26")


FAMILY_SENTENCES = [
    ("Pertemuan digelar pada 2023-11-09 di Jakarta.", "K"),
    ("Ia tiba di Bandara Soekarno-Hatta, Sabtu (11/11/2023) malam.", "A"),
    ("Sidang dilanjutkan (14/3) dengan agenda pembuktian.", "B"),
    ("Pemilu digelar serentak 14 Februari 2024 di seluruh Indonesia.", "C"),
    ("Inflasi pada Maret 2024 tercatat 3,05 persen.", "D"),
    ("Harga cabai naik sejak awal Mei lalu.", "E"),
    ("Proyek itu dimulai pada 2019 dan molor.", "F"),
    ("Banjir serupa terjadi dua tahun lalu.", "H"),
    ("Presiden akan berangkat ke Tokyo pada Selasa.", "I"),
    ("Ekspor turun tajam bulan lalu.", "G"),
    ("Hasil rapat diumumkan kemarin sore.", "J"),
]


@pytest.mark.parametrize(("sentence", "family"), FAMILY_SENTENCES)
def test_time_family_of_a_match_is_the_group_that_matched(sentence: str, family: str) -> None:
    found = list(master().finditer(sentence))
    assert [_family(match) for match in found] == [family]
    # the fast answer (the last group closed) names the same family as trying each in turn
    assert [next(name for name in _FAMILIES if match.start(name) >= 0) for match in found] == [family]


def test_time_weekday_date_with_a_mistyped_year_keeps_both_years() -> None:
    # 19 June 2026 is a Friday; 19 June 2025 a Thursday: the year was typed ahead.
    timexes, problems = scan("Rapat digelar Kamis (19/6/2026) di Jakarta.", None, None)
    assert [t.value for t in timexes] == ["2025-06-19"]
    assert [p.code for p in problems] == ["timex.year_corrected"]
