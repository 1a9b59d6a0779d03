from __future__ import annotations

import pytest

from warta.annotate.entities import actors_in, entity_at, link_entities
from warta.annotate.segment import segment
from warta.pipeline import Pipeline
from warta.types import Analysis, Article, Entity, Span

PIPELINE = Pipeline([segment, link_entities])


def analyse(*paragraphs: str) -> Analysis:
    return PIPELINE.annotate(Analysis(Article.from_paragraphs("t", "t", list(paragraphs))))


def entity_named(analysis: Analysis, name: str) -> Entity:
    found = [e for e in analysis.entities if e.name == name]
    assert found, f"{name!r} not among {[e.name for e in analysis.entities]}"
    return found[0]


def linked(analysis: Analysis, surface: str) -> Entity:
    """The entity of the first mention written exactly as ``surface``."""
    by_id = {e.id: e for e in analysis.entities}
    for mention in analysis.mentions:
        if mention.text == surface:
            return by_id[mention.entity_id]
    raise AssertionError(f"no mention {surface!r} in {[m.text for m in analysis.mentions]}")


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "actor"),
    [
        ("Beijing menolak tuduhan Washington soal spionase.", "Beijing", "China", "CHN"),
        ("Beijing menolak tuduhan Washington soal spionase.", "Washington", "United States", "USA"),
        ("Moskow membalas sanksi terbaru dari Uni Eropa.", "Moskow", "Russia", "RUS"),
        ("Kyiv meminta tambahan sistem pertahanan udara.", "Kyiv", "Ukraine", "UKR"),
        ("Gedung Putih belum menanggapi laporan tersebut.", "Gedung Putih", "White House", "USA"),
        ("Juru bicara Kremlin menyebut pertemuan itu produktif.", "Kremlin", "Moscow Kremlin", "RUS"),
    ],
)
def test_entities_capitals_and_seats_act_for_their_state(sentence: str, surface: str, name: str, actor: str) -> None:
    entity = linked(analyse(sentence), surface)
    assert (entity.name, entity.actor) == (name, actor)


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Pertemuan para menteri digelar di Seoul pada Selasa.", "Seoul", "Seoul"),
        ("Delegasi itu menginap di kota Beijing selama tiga hari.", "Beijing", "Beijing"),
    ],
)
def test_entities_capital_after_locative_is_a_place(sentence: str, surface: str, name: str) -> None:
    entity = linked(analyse(sentence), surface)
    assert (entity.name, entity.type, entity.actor) == (name, "LOC", None)


@pytest.mark.parametrize(
    ("sentence", "person", "actor", "sector"),
    [
        ("Menteri Pertahanan Filipina Gilberto Reyes mengunjungi Manila Bay.", "Gilberto Reyes", "PHL", "government"),
        ("Juru bicara Kementerian Luar Negeri Tiongkok Lin Jian menolak tuduhan itu.", "Lin Jian", "CHN", "government"),
        ("Duta Besar Jepang untuk Indonesia Masami Tanaka hadir dalam acara itu.", "Masami Tanaka", "JPN", "diplomacy"),
        ("Utusan Khusus Uni Eropa untuk Myanmar Hans Vogel tiba di Yangon.", "Hans Vogel", "EU", "diplomacy"),
        ("Panglima militer Thailand Jenderal Somchai Kittirat membantah kabar kudeta.", "Somchai Kittirat", "THA",
         "military"),
    ],
)
def test_entities_titles_give_unknown_people_their_actor(sentence: str, person: str, actor: str, sector: str) -> None:
    entity = entity_named(analyse(sentence), person)
    assert (entity.type, entity.actor, entity.sector) == ("PER", actor, sector)
    assert entity.id.startswith("unk:")


def test_entities_portfolio_after_untuk_is_not_the_actor() -> None:
    analysis = analyse("Perwakilan Khusus Australia untuk Iran Peter Collins menyerukan dialog.")
    assert entity_named(analysis, "Peter Collins").actor == "AUS"


def test_entities_known_person_keeps_gazetteer_actor_and_gets_role() -> None:
    analysis = analyse("Menlu Rusia Sergei Lavrov bertemu mitranya dari Turki di Ankara.")
    lavrov = linked(analysis, "Sergei Lavrov")
    assert (lavrov.name, lavrov.actor) == ("Sergei Lavrov", "RUS")
    assert [m.role for m in analysis.mentions if m.text == "Sergei Lavrov"] == ["menlu"]


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "actor"),
    [
        ("Kementerian Luar Negeri Malaysia memanggil duta besar itu.", "Kementerian Luar Negeri Malaysia",
         "Malaysian Ministry of Foreign Affairs", "MYS"),
        ("Kemlu RI memastikan seluruh WNI dalam keadaan aman.", "Kemlu RI", "Indonesian Ministry of Foreign Affairs",
         "IDN"),
        ("Kementerian Pertahanan Jepang melaporkan peluncuran rudal.", "Kementerian Pertahanan Jepang",
         "Japanese Ministry of Defence", "JPN"),
        ("Kementerian Luar Negeri AS menyetujui penjualan senjata itu.", "Kementerian Luar Negeri AS",
         "United States Department of State", "USA"),
    ],
)
def test_entities_ministries_are_named_after_their_state(sentence: str, surface: str, name: str, actor: str) -> None:
    entity = linked(analyse(sentence), surface)
    assert (entity.name, entity.type, entity.actor) == (name, "ORG", actor)


def test_entities_unqualified_ministry_takes_the_articles_state() -> None:
    analysis = analyse(
        "Iran menolak tuduhan itu. Teheran menyebut laporan tersebut palsu.",
        "Seorang juru bicara kementerian luar negeri mengatakan Iran tidak akan mundur.",
    )
    assert linked(analysis, "kementerian luar negeri").name == "Iranian Ministry of Foreign Affairs"


def test_entities_bare_kementerian_refers_to_the_last_ministry() -> None:
    analysis = analyse(
        "Kementerian Luar Negeri Singapura mengecam serangan itu.",
        "“Kami menyerukan semua pihak menahan diri,” kata Kementerian dalam pernyataannya.",
    )
    assert linked(analysis, "Kementerian").name == "Singaporean Ministry of Foreign Affairs"


@pytest.mark.parametrize(
    ("sentence", "name", "present"),
    [
        ("Militer Filipina mengatakan kapal itu memasuki perairannya.", "Armed Forces of the Philippines", True),
        ("Seorang pejabat militer Filipina mengatakan kapal itu mundur.", "Armed Forces of the Philippines", False),
    ],
)
def test_entities_military_as_subject_is_the_armed_forces(sentence: str, name: str, present: bool) -> None:
    assert (name in [e.name for e in analyse(sentence).entities]) is present


def test_entities_later_surname_refers_to_earlier_full_name() -> None:
    analysis = analyse(
        "Perdana Menteri Selandia Baru Christopher Luxon tiba di Jakarta.",
        "Luxon mengatakan kedua negara akan memperluas perdagangan.",
    )
    people = [e for e in analysis.entities if e.type == "PER"]
    assert [p.name for p in people] == ["Christopher Luxon"]
    assert linked(analysis, "Luxon").name == "Christopher Luxon"
    assert people[0].actor == "NZL"


def test_entities_surname_goes_to_the_most_recent_holder() -> None:
    analysis = analyse(
        "Presiden Korea Selatan Yoon Suk Yeol menerima Kim Jong Un dalam mimpi politiknya.",
        "Kim kemudian menuding Seoul memprovokasi.",
    )
    assert linked(analysis, "Kim").name == "Kim Jong Un"


def test_entities_sang_menteri_refers_to_the_last_minister() -> None:
    analysis = analyse(
        "Menteri Luar Negeri India Subrahmanyam Jaishankar tiba di Tokyo.",
        "Dalam kunjungan itu, sang menteri bertemu mitranya.",
    )
    assert linked(analysis, "sang menteri").name == "Subrahmanyam Jaishankar"


def test_entities_mistyped_name_follows_its_acronym() -> None:
    analysis = analyse("Menlu Jepang, Amerika Selatan (AS) dan Korsel menggelar pertemuan.")
    assert linked(analysis, "Amerika Selatan").name == "United States"
    assert "South America" not in [e.name for e in analysis.entities]


def test_entities_each_entity_listed_once_with_all_mentions() -> None:
    analysis = analyse("Korut menembakkan rudal. Korea Utara menyebutnya uji coba.", "DPRK tidak berkomentar lagi.")
    assert [e.name for e in analysis.entities] == ["North Korea"]
    assert [m.text for m in analysis.mentions] == ["Korut", "Korea Utara", "DPRK"]


def test_entities_mention_spans_point_at_their_text() -> None:
    analysis = analyse("Kepala IAEA Rafael Grossi memperingatkan Iran.", "Grossi juga menemui pejabat Teheran.")
    for mention in analysis.mentions:
        assert mention.span.of(analysis.text) == mention.text


def test_entities_news_agencies_have_no_actor_but_state_media_do() -> None:
    analysis = analyse("Kantor berita Xinhua melaporkan hal itu, seperti dikutip Reuters dan AFP.")
    actors = {e.name: e.actor for e in analysis.entities}
    assert actors == {"Xinhua News Agency": "CHN", "Reuters": None, "Agence France-Presse": None}


def test_entities_entity_at_and_actors_in() -> None:
    analysis = analyse("Menlu AS bertemu Menlu Rusia di Jenewa.")
    text = analysis.text
    start = text.index("Rusia")
    assert entity_at(analysis, Span(start, start + 5)).name == "Russia"  # type: ignore[union-attr]
    assert entity_at(analysis, Span(0, 4)) is None
    assert actors_in(analysis, Span(0, len(text))) == ["USA", "RUS"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lima orang tewas dalam serangan udara di kamp pengungsi itu.",
        "Lima tentara terluka setelah kendaraan mereka menginjak ranjau.",
        "Pertemuan itu berlangsung lima hari di ibu kota.",
        "Lima warga sipil ditahan aparat keamanan pada Selasa malam.",
    ],
)
def test_entities_number_word_before_counted_noun_is_not_a_city(sentence: str) -> None:
    assert [e.name for e in analyse(sentence).entities if e.name == "Lima"] == []


def test_entities_city_named_like_a_number_is_still_found() -> None:
    analysis = analyse("Para menteri APEC berkumpul di Lima pada Kamis untuk membahas perdagangan.")
    assert "Lima" in [m.text for m in analysis.mentions]


@pytest.mark.parametrize(
    ("sentence", "surface", "actor"),
    [
        ("Menhan Malaysia Dato Seri Azman Rahim Yusof tiba di Jakarta pada Senin.", "Azman Rahim Yusof", "MYS"),
        ("Kepala Pusat Penerangan TNI Brigjen TNI Hendra Wicaksono membenarkan kabar itu.", "Hendra Wicaksono", "IDN"),
    ],
)
def test_entities_honorifics_and_ranks_stay_out_of_names(sentence: str, surface: str, actor: str) -> None:
    entity = linked(analyse(sentence), surface)
    assert (entity.type, entity.actor) == ("PER", actor)


@pytest.mark.parametrize(("surface", "actor"), [("Pertamina", "IDN"), ("Rosneft", "RUS")])
def test_entities_state_energy_firms_are_organisations_of_their_state(surface: str, actor: str) -> None:
    entity = linked(analyse("Pertamina dan Rosneft menyepakati kerja sama pembangunan kilang baru."), surface)
    assert (entity.type, entity.actor) == ("ORG", actor)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Kepala Negara Prabowo Subianto menerima tamu di Istana Merdeka.", "Negara"),
        ("Ketua Protokol Istana, Budi Santoso, menyambut rombongan di bandara.", "Protokol"),
        ("Asisten Ketua Staf Operasi TNI AU hadir dalam upacara itu.", "Staf"),
        ("Sekretaris Jenderal Markas Besar TNI hadir dalam rapat tersebut.", "Markas"),
    ],
)
def test_entities_title_words_are_never_names_by_themselves(sentence: str, word: str) -> None:
    analysis = analyse(sentence)
    assert [m.text for m in analysis.mentions if m.text.split()[0] == word] == []


def test_entities_title_word_does_not_hide_the_name_after_it() -> None:
    analysis = analyse("Kepala Negara Prabowo Subianto menerima tamu di Istana Merdeka.")
    assert linked(analysis, "Prabowo Subianto").type == "PER"


def test_entities_acronym_in_brackets_is_an_alias_of_the_long_name() -> None:
    analysis = analyse(
        "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 12 korban jiwa.",
        "Menurut BNPB, jumlah korban masih bisa bertambah.",
    )
    long_name = linked(analysis, "Badan Nasional Penanggulangan Bencana")
    assert [m.entity_id for m in analysis.mentions if m.text == "BNPB"] == [long_name.id, long_name.id]
    assert [e.name for e in analysis.entities].count("BNPB") == 0


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Sekretaris Kabinet (Seskab) Andi Wirawan mengatakan rapat digelar tertutup.", "Andi Wirawan"),
        ("Mensesneg Agus Pratama menyampaikan hal itu kepada wartawan.", "Agus Pratama"),
    ],
)
def test_entities_indonesian_office_without_state_gives_indonesia(sentence: str, surface: str) -> None:
    entity = linked(analyse(sentence), surface)
    assert (entity.type, entity.actor) == ("PER", "IDN")
