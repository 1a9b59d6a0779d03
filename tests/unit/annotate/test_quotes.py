from __future__ import annotations

import pytest
from quote_helpers import analyse, direct, indirect, said

from warta.types import Span


@pytest.mark.parametrize(
    ("paragraph", "speaker", "actor"),
    [
        ("“Kami siap berunding kapan saja,” kata Menteri Luar Negeri Filipina Enrique Manalo di Manila.",
         "Enrique Manalo", "PHL"),
        ('"Kami siap berunding kapan saja," ujar Manalo kepada wartawan, Senin (4/3/2024).', "Enrique Manalo", "PHL"),
        ("“Kami siap berunding kapan saja,” kata juru bicara Kementerian Luar Negeri China, Mao Ning.",
         "Mao Ning", "CHN"),
        ("“Kami siap berunding kapan saja,” kata Gedung Putih dalam keterangannya.", "White House", "USA"),
        ("Mao Ning mengatakan, “Kami siap berunding kapan saja.”", "Mao Ning", "CHN"),
        ("Menurut Emmanuel Macron, “Kami siap berunding kapan saja.”", "Emmanuel Macron", "FRA"),
    ],
)
def test_quotes_named_speaker_after_or_before_the_quote(paragraph: str, speaker: str, actor: str) -> None:
    assert said(analyse(paragraph)) == [(direct(analyse(paragraph))[0].text, speaker, actor)]
    assert direct(analyse(paragraph))[0].text.startswith("Kami siap berunding kapan saja")


def test_quotes_split_by_an_attribution_keep_one_speaker() -> None:
    result = analyse(
        "“Kami tidak akan mundur dari perundingan ini,” kata Menteri Luar Negeri Filipina Enrique Manalo, "
        "“tetapi kami juga tidak akan menyerahkan wilayah kami.”"
    )
    assert said(result) == [
        ("Kami tidak akan mundur dari perundingan ini,", "Enrique Manalo", "PHL"),
        ("tetapi kami juga tidak akan menyerahkan wilayah kami.", "Enrique Manalo", "PHL"),
    ]


def test_quotes_spanning_paragraphs_are_one_quote_of_the_pronoun_speaker() -> None:
    result = analyse(
        "Perdana Menteri Malaysia Anwar Ibrahim menyampaikan pidato di hadapan parlemen pada Senin.",
        "“Kita harus memastikan bahwa kawasan ini tetap damai dan bebas dari persaingan kekuatan besar.",
        "“Malaysia akan terus berbicara dengan semua pihak, termasuk Beijing dan Washington,” ujarnya.",
    )
    quotes = direct(result)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Kita harus memastikan")
    assert quotes[0].text.endswith("termasuk Beijing dan Washington,")
    assert (quotes[0].speaker, quotes[0].actor) == ("Anwar Ibrahim", "MYS")
    assert quotes[0].span.of(result.text) == quotes[0].text


def test_quotes_paragraph_of_only_a_quote_continues_the_previous_speaker() -> None:
    result = analyse(
        "“Kami menolak segala bentuk intervensi asing,” kata juru bicara Kementerian Luar Negeri China Mao Ning.",
        "“Urusan Taiwan adalah urusan dalam negeri China dan tidak boleh dicampuri.”",
    )
    assert [(q.speaker, q.actor) for q in direct(result)] == [("Mao Ning", "CHN"), ("Mao Ning", "CHN")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Menteri Pertahanan Australia Richard Marles tiba di Jakarta pada Selasa.",
          "“Kerja sama ini penting bagi stabilitas kawasan,” tuturnya."), "Richard Marles"),
        (("Menteri Pertahanan Australia Richard Marles tiba di Jakarta pada Selasa.",
          "“Kerja sama ini penting bagi stabilitas kawasan,” kata dia."), "Richard Marles"),
        (("Richard Marles dan Retno Marsudi mengatakan kedua negara akan memperluas latihan bersama.",
          "“Kerja sama ini penting bagi stabilitas kawasan,” katanya."), "Richard Marles"),
        (("Anwar Ibrahim bertemu Richard Marles di Kuala Lumpur. Anwar mengatakan pertemuan itu produktif.",
          "“Kerja sama ini penting bagi stabilitas kawasan,” imbuhnya."), "Anwar Ibrahim"),
    ],
)
def test_quotes_pronoun_speaker_is_the_latest_person_who_spoke_or_acted(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert direct(analyse(*paragraphs))[-1].speaker == speaker


def test_quotes_indirect_pronoun_subject_resolves_to_the_person_before() -> None:
    result = analyse(
        "Menteri Pertahanan Australia Richard Marles tiba di Jakarta pada Selasa. "
        "Ia mengatakan kedua negara akan memperluas latihan militer bersama tahun depan."
    )
    assert said(result, direct_only=False) == [
        ("kedua negara akan memperluas latihan militer bersama tahun depan", "Richard Marles", "AUS"),
    ]


def test_quotes_joint_statement_speaks_for_its_signers() -> None:
    result = analyse(
        "Menteri luar negeri Indonesia, Malaysia dan Singapura mengeluarkan pernyataan bersama pada Kamis.",
        "“Kami menyerukan gencatan senjata segera di Gaza dan akses kemanusiaan tanpa hambatan,” "
        "bunyi pernyataan tersebut.",
    )
    expected = [("joint statement of Indonesia, Malaysia and Singapore", None)]
    assert [(q.speaker, q.actor) for q in direct(result)] == expected


def test_quotes_statement_cited_later_finds_the_sentence_that_introduced_it() -> None:
    result = analyse(
        "Para menteri luar negeri Australia, Jepang dan Amerika Serikat menandatangani pernyataan tersebut di Tokyo.",
        "Pertemuan itu berlangsung selama dua jam.",
        "“Kami menentang setiap upaya sepihak untuk mengubah status quo dengan kekerasan,” tulis pernyataan itu.",
    )
    assert [(q.speaker, q.actor) for q in direct(result)] == [
        ("joint statement of Australia, Japan and United States", None)
    ]


@pytest.mark.parametrize(
    ("intro", "speaker", "actor"),
    [
        ("Kementerian Luar Negeri Jepang merilis pernyataan pada Rabu malam.",
         "Ministry of Foreign Affairs of Japan", "JPN"),
        ("Dalam sebuah pernyataan, Kremlin mengatakan pihaknya tidak menerima undangan resmi.",
         "Moscow Kremlin", "RUS"),
        ("Pernyataan Gedung Putih itu dirilis beberapa jam setelah peluncuran.", "White House", "USA"),
    ],
)
def test_quotes_single_issuer_statement_is_its_issuer(intro: str, speaker: str, actor: str) -> None:
    result = analyse(intro, "“Peluncuran rudal itu melanggar hukum internasional,” tulis pernyataan itu.")
    assert [(q.speaker, q.actor) for q in direct(result)] == [(speaker, actor)]


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "actor"),
    [
        (("Kementerian Pertahanan Korea Selatan menggelar konferensi pers di Seoul pada Senin.",
          "“Kami memantau setiap pergerakan di perbatasan,” kata Kementerian pada hari yang sama."),
         "Ministry of National Defense", "KOR"),
        (("Juru bicara Kementerian Luar Negeri China menanggapi pertanyaan wartawan pada Selasa.",
          "“Kami mendesak semua pihak menahan diri,” kata juru bicara itu."),
         "Ministry of Foreign Affairs of China", "CHN"),
    ],
)
def test_quotes_office_speaker_is_the_entity_named_with_that_head(
    paragraphs: tuple[str, ...], speaker: str, actor: str
) -> None:
    assert [(q.speaker, q.actor) for q in direct(analyse(*paragraphs))] == [(speaker, actor)]


def test_quotes_state_speaking_right_after_its_office_is_that_office() -> None:
    result = analyse(
        "Kementerian Luar Negeri Rusia membalas kritik tersebut pada Jumat malam.",
        "Rusia mengatakan, “Sanksi ini tidak akan mengubah kebijakan kami sedikit pun.”",
    )
    assert [(q.speaker, q.actor) for q in direct(result)] == [("Ministry of Foreign Affairs of Russia", "RUS")]


def test_quotes_state_speaking_far_from_its_office_stays_the_state() -> None:
    result = analyse(
        "Kementerian Luar Negeri Rusia membalas kritik tersebut pada Jumat malam.",
        "Sementara itu, harga minyak dunia naik tipis pada perdagangan Senin.",
        "Para analis memperkirakan kenaikan itu berlanjut hingga akhir pekan.",
        "Rusia mengatakan, “Sanksi ini tidak akan mengubah kebijakan kami sedikit pun.”",
    )
    assert [(q.speaker, q.actor) for q in direct(result)] == [("Russia", "RUS")]


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        ("Menteri Luar Negeri Inggris David Lammy menyebut serangan itu “tidak dapat diterima”.",
         "tidak dapat diterima", "David Lammy"),
        ("Beijing mengecam latihan militer tersebut sebagai “provokasi yang berbahaya”.",
         "provokasi yang berbahaya", "China"),
    ],
)
def test_quotes_short_phrase_attributed_by_a_speech_verb(paragraph: str, text: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in direct(analyse(paragraph))] == [(text, speaker)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Korea Selatan menetapkan 1 Oktober sebagai “Hari Angkatan Bersenjata” sejak 1956.",
        'Film dokumenter "Suara dari Perbatasan" ditonton jutaan orang di Malaysia.',
        "Kapal induk “USS Ronald Reagan” berlabuh di pelabuhan itu pada Minggu.",
    ],
)
def test_quotes_quoted_titles_without_a_speech_verb_are_not_quotes(paragraph: str) -> None:
    assert direct(analyse(paragraph)) == []


@pytest.mark.parametrize(
    ("sentence", "text", "speaker"),
    [
        ("Menurut Presiden Prancis Emmanuel Macron, Eropa harus memperkuat pertahanannya sendiri.",
         "Eropa harus memperkuat pertahanannya sendiri", "Emmanuel Macron"),
        ("Kanselir Jerman Olaf Scholz menegaskan bahwa Berlin akan terus mendukung Kyiv.",
         "Berlin akan terus mendukung Kyiv", "Olaf Scholz"),
        ("Iran membantah tuduhan bahwa pihaknya memasok pesawat nirawak ke Rusia.",
         "pihaknya memasok pesawat nirawak ke Rusia", "Iran"),
        ("Uji coba jalur komunikasi darurat itu telah selesai, kata Yonhap mengutip sumber anonim.",
         "Uji coba jalur komunikasi darurat itu telah selesai", "Yonhap News Agency"),
        ("Usai bertemu Penny Wong, Retno Marsudi mengatakan kedua negara sepakat memperkuat kerja sama maritim.",
         "kedua negara sepakat memperkuat kerja sama maritim", "Retno Marsudi"),
    ],
)
def test_quotes_indirect_speech_with_reporting_verbs(sentence: str, text: str, speaker: str) -> None:
    result = analyse(sentence)
    assert direct(result) == []
    assert [(q.text, q.speaker) for q in indirect(result)] == [(text, speaker)]


def test_quotes_coordinated_reporting_verb_keeps_the_sentence_subject() -> None:
    result = analyse(
        "Retno Marsudi mengecam serangan terhadap warga sipil di Gaza, dan mengatakan bahwa "
        "Indonesia akan membawa masalah itu ke ASEAN."
    )
    assert [(q.text, q.speaker) for q in indirect(result)] == [
        ("Indonesia akan membawa masalah itu ke ASEAN", "Retno Marsudi")
    ]


def test_quotes_unbalanced_mark_keeps_quote_and_records_problem() -> None:
    result = analyse(
        "Kami tidak pernah mengirim senjata ke negara mana pun,” kata juru bicara militer Myanmar Zaw Min Tun.",
        "“Tuduhan itu tidak berdasar,” ujarnya.",
    )
    assert [(q.speaker, q.actor) for q in direct(result)] == [("Zaw Min Tun", "MMR"), ("Zaw Min Tun", "MMR")]
    assert [p.code for p in result.problems] == ["unbalanced_quote"]


def test_quotes_unclosed_mark_does_not_swallow_the_next_paragraph() -> None:
    result = analyse(
        "“Kami akan membalas setiap provokasi, kata Zaw Min Tun.",
        "Sementara itu, Menteri Luar Negeri Thailand Maris Sangiampongsa menyerukan dialog.",
        "“Kekerasan tidak akan menyelesaikan masalah,” kata Maris.",
    )
    assert [p.code for p in result.problems] == ["unclosed_quote"]
    assert direct(result)[-1].text == "Kekerasan tidak akan menyelesaikan masalah,"
    assert direct(result)[-1].speaker == "Maris"


def test_quotes_inside_quotes_are_one_quote_with_a_problem() -> None:
    result = analyse("“Mereka menyebut kami “negara nakal”, padahal kami patuh pada hukum,” kata Zaw Min Tun.")
    words = "Mereka menyebut kami “negara nakal”, padahal kami patuh pada hukum,"
    assert said(result) == [(words, "Zaw Min Tun", "MMR")]
    assert [p.code for p in result.problems] == ["nested_quote"]


def test_quotes_spans_and_cues_point_into_the_text() -> None:
    result = analyse("“Kami siap berunding,” kata Mao Ning di Beijing. Mao Ning menegaskan bahwa China tak mundur.")
    for quote in result.quotes:
        assert quote.span.of(result.text) == quote.text
        assert quote.cue is not None
        assert quote.speaker_span is not None
    first = result.quotes[0]
    assert first.cue == Span(23, 27)
    assert first.cue.of(result.text) == "kata"
    assert first.speaker_span is not None
    assert first.speaker_span.of(result.text) == "Mao Ning"
    assert first.speaker_entity == "mao"


@pytest.mark.parametrize("cue", ["kata sumber tersebut", "ujar pejabat tersebut", "kata diplomat itu"])
def test_quotes_unnamed_source_phrase_is_the_speaker_just_introduced(cue: str) -> None:
    result = analyse(
        "Seorang pejabat senior di Kementerian Luar Negeri Jepang mengatakan bahwa perundingan dagang berjalan alot. "
        f"“Masih banyak perbedaan yang harus kami jembatani,” {cue}."
    )
    assert said(result) == [
        ("Masih banyak perbedaan yang harus kami jembatani,", "Ministry of Foreign Affairs of Japan", "JPN")
    ]


@pytest.mark.parametrize(
    "outlet_intro",
    [
        "“Ini langkah yang merugikan kedua negara,” kata Penny Wong kepada media lokal ABC.",
        "“Ini langkah yang merugikan kedua negara,” kata Penny Wong, dikutip kantor berita Antara.",
    ],
)
def test_quotes_outlet_relaying_a_quote_keeps_the_person_quoted(outlet_intro: str) -> None:
    outlet = "ABC" if "ABC" in outlet_intro else "Antara"
    result = analyse(
        "Menteri Luar Negeri Australia Penny Wong mengecam keputusan tarif baru Washington.",
        outlet_intro,
        f"“Kami akan terus berunding dengan mitra kami di Amerika Serikat,” tambah {outlet}.",
    )
    assert [s[1:] for s in said(result)] == [("Penny Wong", "AUS"), ("Penny Wong", "AUS")]


def test_quotes_outlet_with_no_person_before_stays_the_speaker() -> None:
    result = analyse("“Harga minyak mentah naik tajam sepanjang pekan,” tulis media lokal ABC.")
    assert [s[1:] for s in said(result)] == [("ABC", None)]


def test_quotes_indirect_counted_states_speak_jointly() -> None:
    result = analyse(
        "Presiden Amerika Serikat menjamu Presiden Korea Selatan dan Perdana Menteri Jepang di Washington. "
        "Para pemimpin ketiga negara mengumumkan komitmen untuk memperkuat latihan militer bersama."
    )
    assert [(q.speaker, q.actor) for q in indirect(result)] == [
        ("joint statement of United States, South Korea and Japan", None)
    ]


def test_quotes_indirect_plural_subject_without_count_names_no_member() -> None:
    result = analyse(
        "Perdana Menteri Malaysia Anwar Ibrahim menerima Presiden Singapura di Putrajaya. "
        "Para pejabat mengatakan bahwa kedua pihak membahas kerja sama energi."
    )
    assert [q.actor for q in indirect(result)] == [None]
    assert all(q.speaker != "Anwar Ibrahim" for q in indirect(result))


def test_quotes_indirect_menurut_state_outlet_is_the_outlet() -> None:
    result = analyse("Menurut media pemerintah Korea Utara KCNA, peluncuran satelit akan dilakukan bulan depan.")
    assert [(q.speaker, q.actor) for q in indirect(result)] == [("Korean Central News Agency", "PRK")]


@pytest.mark.parametrize(
    ("intro", "later", "speaker"),
    [
        ("Menteri Luar Negeri (Menlu) Retno Marsudi tiba di Tokyo, Senin.",
         "“Kami mendorong gencatan senjata segera,” kata Menlu.", "Retno Marsudi"),
        ("Menteri Pertahanan (Menhan) Richard Marles meninjau pangkalan itu.",
         "“Latihan bersama akan diperluas tahun depan,” ujar Menhan di sela kunjungan.", "Richard Marles"),
        ("Menteri Luar Negeri (Menlu) Retno Marsudi tiba di Tokyo, Senin.",
         "“Kami mendorong gencatan senjata segera,” kata Menhan.", "Menhan"),
    ],
)
def test_quotes_abbreviation_in_apposition_names_the_person(intro: str, later: str, speaker: str) -> None:
    analysis = analyse(intro, later)
    assert [q.speaker for q in direct(analysis)] == [speaker]


@pytest.mark.parametrize(
    "quoted",
    [
        "“Saya sudah berbicara dengan Penny Wong soal ini,” kata dia.",
        "“Penny Wong mengatakan kerja sama akan diperluas,” ujarnya.",
        "“Kami menyambut baik sikap Australia dan Penny Wong,” kata dia kepada wartawan.",
    ],
)
def test_quotes_pronoun_speaker_is_the_earlier_subject_not_a_name_inside_the_quote(quoted: str) -> None:
    analysis = analyse("Perdana Menteri Anwar Ibrahim menerima delegasi itu di Putrajaya, Selasa.", quoted)
    assert [q.speaker for q in direct(analysis)] == ["Anwar Ibrahim"]
