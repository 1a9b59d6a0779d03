"""Event coding rules that find events told indirectly: allies, settings, counted groups, attempts."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta.annotate.events import code_events_rules

Triple = tuple[str, str | None, str | None]


def _count(paragraphs: list[str], wanted: Triple) -> int:
    """How many events of ``wanted`` (in either direction: meetings have no direction) are coded."""
    pair = {wanted[1], wanted[2]}
    return sum(e.type == wanted[0] and {e.source, e.target} == pair for e in code_events_rules(build(paragraphs)))


def test_events_allies_are_the_list_naming_the_state() -> None:
    paragraphs = [
        "Iran pada Jumat mengecam Amerika Serikat dan sekutunya atas sanksi baru di sektor minyak.",
        "Sanksi itu diumumkan bersama oleh Amerika Serikat, Inggris, Prancis dan Jerman pekan lalu.",
    ]
    found = triples(build(paragraphs))
    expected = {("ACCUSE", "IRN", a) for a in ("USA", "GBR", "FRA", "DEU")}
    assert expected <= found


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["China mengecam Amerika Serikat dan sekutunya atas patroli di Selat Taiwan."],  # no list names the US
        ["Rusia dan Amerika Serikat berunding di Jenewa.", "Rusia mengecam Amerika Serikat dan sekutunya."],  # a pair
    ],
)
def test_events_allies_without_a_list_stay_unresolved(paragraphs: list[str]) -> None:
    accuser = "CHN" if paragraphs[-1].startswith("China") else "RUS"
    found = triples(build(paragraphs))
    assert {t for t in found if t[0] == "ACCUSE"} == {("ACCUSE", accuser, "USA")}


def test_events_commitment_to_protect_allies() -> None:
    paragraphs = [
        "Jepang, Australia dan Amerika Serikat menggelar latihan bersama di Laut Filipina.",
        "Menteri Pertahanan AS menegaskan kembali komitmen Amerika Serikat untuk melindungi sekutu-sekutunya.",
    ]
    found = triples(build(paragraphs))
    assert {("AGREE", "USA", "JPN"), ("AGREE", "USA", "AUS")} <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a temporal connective: the main clause's subject met the partner named in the phrase
        ("Usai pertemuan dengan Menlu Wong, Retno mengatakan kedua negara sepakat memperluas patroli.",
         {("CONSULT", "IDN", "SGP")}),
        # three-way: "rekan-rekannya dari X dan Y" after the meeting noun
        ("Seusai pertemuan dengan rekan-rekannya dari Malaysia dan Singapura di Batam, Retno memberikan keterangan.",
         {("CONSULT", "IDN", "MYS"), ("CONSULT", "IDN", "SGP"), ("CONSULT", "MYS", "SGP")}),
        # a setting at the end of the sentence: the sentence's subject
        ("Sergey Lavrov menegaskan dukungan bagi Iran pada pertemuan dengan Menlu Wong di Singapura.",
         {("CONSULT", "RUS", "SGP")}),
    ],
)
def test_events_meeting_noun_as_setting_takes_the_clause_subject(sentence: str, expected: set[Triple]) -> None:
    found = {t for t in triples(build(sentence)) if t[0] == "CONSULT"}
    assert _undirected(found) == _undirected(expected)


def _undirected(found: set[Triple]) -> set[tuple[str, ...]]:
    return {(kind, *sorted((source or "", target or ""))) for kind, source, target in found}


def test_events_attack_as_setting_names_no_attacker() -> None:
    sentence = "Menyusul serangan di perbatasan, Thailand menutup seluruh pos lintas batas dengan Kamboja."
    assert not {t for t in triples(build(sentence)) if t[0] == "ASSAULT"}


def test_events_meeting_between_two_sides_is_reported() -> None:
    sentence = "Kemlu menyebut pertemuan puncak bulan lalu antara Presiden Indonesia dan Presiden Vietnam lancar."
    assert ("CONSULT", "IDN", "VNM") in triples(build(sentence))


def test_events_meeting_with_its_own_place_is_a_new_meeting() -> None:
    paragraphs = [
        "Menlu Indonesia bertemu Menlu Vietnam di Hanoi pada Senin.",
        "Keduanya sebelumnya telah menggelar pertemuan di Jakarta pada bulan Maret.",
        "Pertemuan itu membahas batas zona ekonomi eksklusif.",
    ]
    assert _count(paragraphs, ("CONSULT", "IDN", "VNM")) == 2


def test_events_counted_group_is_the_list_of_that_many() -> None:
    paragraphs = [
        '"Ketiga negara kita sudah meningkatkan respons bersama terhadap ancaman di laut," ujarnya.',
        "Jepang, Filipina dan Amerika Serikat mengecam manuver kapal China di perairan itu.",
    ]
    found = triples(build(paragraphs, quotes=[("Ketiga negara kita sudah meningkatkan respons bersama", None)]))
    cooperation = _undirected({t for t in found if t[0] == "COOPERATE"})
    assert cooperation == {("COOPERATE", "JPN", "PHL"), ("COOPERATE", "JPN", "USA"), ("COOPERATE", "PHL", "USA")}


def test_events_numbered_coalition_without_a_list_is_the_bloc() -> None:
    paragraphs = [
        "Iran menyerukan pembubaran G7 menyusul pertemuan para menteri luar negeri mereka di Roma.",
        "Ketujuh negara industri tersebut mengecam Iran dan Rusia atas pengiriman drone.",
    ]
    found = triples(build(paragraphs))
    assert {("ACCUSE", "G7", "IRN"), ("ACCUSE", "G7", "RUS")} <= found
    assert ("ACCUSE", "IRN", "RUS") not in found


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Kapal penjaga pantai China kembali memasuki perairan Filipina.",
          "Negara tersebut juga mengerahkan puluhan kapal milisi ke perairan itu."], ("MOBILIZE", "CHN", None)),
        (["Kamboja memutus hubungan dengan Thailand seraya menuduh negara tetangganya itu menembak warga sipil."],
         ("ACCUSE", "KHM", "THA")),
    ],
)
def test_events_state_noun_with_demonstrative_is_the_last_state(paragraphs: list[str], expected: Triple) -> None:
    assert expected in triples(build(paragraphs))


def test_events_singular_pronoun_prefers_the_last_person() -> None:
    paragraphs = ["Wang Yi menegaskan kembali hubungan yang lebih erat dengan Rusia.", "Ia juga mengecam Filipina."]
    assert ("ACCUSE", "CHN", "PHL") in triples(build(paragraphs))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Indonesia dan Australia meningkatkan respons bersama terhadap penyelundupan manusia.",
         {("COOPERATE", "IDN", "AUS")}),
        ("Thailand dan Kamboja membuka hotline militer untuk mencegah bentrokan di perbatasan.",
         {("COOPERATE", "THA", "KHM")}),
        ("Militer Filipina dalam keadaan siaga setelah kapal China memasuki perairannya.", {("MOBILIZE", "PHL", None)}),
    ],
)
def test_events_joint_response_hotline_and_alert(sentence: str, expected: set[Triple]) -> None:
    assert expected <= triples(build(sentence))


@pytest.mark.parametrize(
    ("sentence", "attempts"),
    [
        ("Iran meluncurkan satelit militer setelah dua kali gagal tahun lalu.", 2),
        ("Iran bersiap meluncurkan roket pembawa satelit setelah upaya yang gagal pada Mei dan Agustus.", 2),
        ("Iran meluncurkan roket pembawa satelit, setelah menuai tiga kali kegagalan.", 3),
        ("Iran meluncurkan roket pembawa satelit yang sempat gagal.", 1),
        ("Iran meluncurkan rudal balistik ke arah laut.", 0),
        ("Upaya diplomasi Iran gagal dua kali.", 0),  # no launch: nothing was attempted that the rule knows
    ],
)
def test_events_failed_attempts_beside_a_launch(sentence: str, attempts: int) -> None:
    timexes = [("Mei", "2024-05"), ("Agustus", "2024-08")] if "Mei" in sentence else []
    analysis = build(sentence, timexes=timexes)
    launches = [e for e in code_events_rules(analysis) if e.type == "MOBILIZE" and e.source == "IRN"]
    failures = [e for e in launches if e.trigger.of(analysis.text).casefold() in ("gagal", "kegagalan")]
    assert len(failures) == attempts
    assert all(e.target is None and e.date is None for e in failures)


def test_events_veto_is_cast_by_the_light_verbs_subject() -> None:
    sentence = "Rusia menggunakan hak veto PBB untuk menolak rancangan resolusi gencatan senjata."
    found = triples(build(sentence))
    assert ("REJECT", "RUS", "UN") in found
    assert not {t for t in found if t[1] == "UN"}


def test_events_state_after_a_noun_stays_its_agent() -> None:
    sentence = "Retno menegaskan dukungan Indonesia terhadap Palestina."
    assert ("SUPPORT", "IDN", "PSE") in triples(build(sentence))


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        # a verb after "protes keras," is a new predicate, not the protest's content
        ("Kemlu Iran menyampaikan protes keras, mengecam dan menolak tuduhan Israel.",
         ("REJECT", "IRN", "ISR"), None),
        # a noun right after a verb is its object
        ("Jerman mengkritik dukungan Iran untuk Rusia.", ("ACCUSE", "DEU", "IRN"), ("SUPPORT", "IRN", "RUS")),
        # what follows the content of a demand is content too
        ("Turki mendesak Rusia menghentikan serangan ke Ukraina, termasuk dengan menarik pasukannya.",
         ("REQUEST", "TUR", "RUS"), ("RETREAT", "RUS", None)),
        # a light verb joined by "dan" opens a new predicate
        ("Jepang mengecam Rusia dan menegaskan kembali komitmen Jepang untuk membantu Ukraina.",
         ("AGREE", "JPN", "UKR"), None),
    ],
)
def test_events_governed_content(sentence: str, present: Triple, absent: Triple | None) -> None:
    found = triples(build(sentence))
    assert present in found
    assert absent is None or absent not in found


def test_events_possessive_after_bahwa_is_the_reporters() -> None:
    sentence = "Vietnam menegaskan bahwa hubungannya dengan Rusia akan semakin erat."
    assert ("AGREE", "VNM", "RUS") in triples(build(sentence))


def test_events_untargeted_repeat_in_a_sentence_is_dropped() -> None:
    sentence = "Kemlu Malaysia menyampaikan keprihatinan mendalam, mengecam keras Israel atas serangan itu."
    found = {t for t in triples(build(sentence)) if t[0] == "ACCUSE"}
    assert found == {("ACCUSE", "MYS", "ISR")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the members of the body named before decide as the body
        (
            ["Uni Eropa membahas usulan Jerman soal keanggotaan Ukraina. Prancis dan Italia ikut berbicara.",
             "Usulan itu dengan cepat ditolak negara-negara anggota."],
            {("REJECT", "EU", None)},
        ),
        # no body named: the members are the states listed nearby
        (
            ["Prancis, Jerman, dan Italia membahas usulan itu.", "Usulan itu ditolak negara-negara anggota."],
            {("REJECT", "FRA", None), ("REJECT", "DEU", None), ("REJECT", "ITA", None)},
        ),
    ],
)  # fmt: skip
def test_events_members_of_a_named_body_act_as_the_body(text: list[str], expected: set[tuple[str, str, None]]) -> None:
    assert {t for t in triples(build(text)) if t[0] == "REJECT"} == expected
