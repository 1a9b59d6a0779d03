"""Event coding patterns of unseen news: new lexicon rows, blockers, fronted clauses, re-mentions, clause targets."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta.annotate.event_lexicon import find_triggers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Presiden Indonesia menyampaikan rasa terima kasihnya kepada Rusia.", ("SUPPORT", "IDN", "RUS")),
        ("Menlu Jepang mengucapkan terima kasih kepada Filipina atas bantuan evakuasi.", ("SUPPORT", "JPN", "PHL")),
        ("Pemerintah Malaysia mengapresiasi Singapura atas bantuan pemadaman.", ("SUPPORT", "MYS", "SGP")),
        ("Menlu Kanada menyampaikan penghargaan kepada Indonesia atas peran mediasinya.", ("SUPPORT", "CAN", "IDN")),
        ("ASEAN resmi menerima Vietnam menjadi anggota penuh.", ("SUPPORT", "ASEAN", "VNM")),
        ("Jerman mempertanyakan serangan Israel di Rafah.", ("ACCUSE", "DEU", "ISR")),
        ("Filipina mempertanyakan tuduhan dari China soal kapal nelayan itu.", ("REJECT", "PHL", "CHN")),
        ("Pemerintah Amerika Serikat mencabut visa sejumlah mahasiswa asal China.", ("COERCE", "USA", "CHN")),
        ("Perdana Menteri Malaysia menghadiri pertemuan Dewan Keamanan PBB di New York.", ("CONSULT", "MYS", "UN")),
        ("Jepang menyampaikan permintaan maaf kepada Korea Selatan atas insiden itu.", ("CONCEDE", "JPN", "KOR")),
    ],
)
def test_events_generalisation_new_lexicon_rows(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(build(sentence))


@pytest.mark.parametrize(
    ("sentence", "blocked"),
    [
        ("Rusia melontarkan serangan verbal terhadap Ukraina.", "serangan"),
        ("Jepang menyampaikan permintaan maaf kepada Korea Selatan.", "permintaan"),
    ],
)
def test_events_generalisation_blocker_words_stop_a_row(sentence: str, blocked: str) -> None:
    fired = [sentence[m.span.start : m.span.end] for m in find_triggers(sentence)]
    assert blocked not in fired
    assert not {t for t in triples(build(sentence)) if t[0] in ("ASSAULT", "REQUEST")}


def test_events_generalisation_blockers_leave_other_uses() -> None:
    assert ("ASSAULT", "RUS", "UKR") in triples(build("Rusia melancarkan serangan rudal terhadap Ukraina."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Menanggapi eskalasi serangan Israel, Kementerian Luar Negeri Singapura menyerukan gencatan senjata segera.",
        "Terkait operasi militer Israel, Kementerian Luar Negeri Singapura menyerukan gencatan senjata segera.",
    ],
)
def test_events_generalisation_fronted_clause_is_no_agent(sentence: str) -> None:
    requests = {t for t in triples(build(sentence)) if t[0] == "REQUEST"}
    assert requests == {("REQUEST", "SGP", None)}


def test_events_generalisation_fronted_words_only_at_sentence_start() -> None:
    found = triples(build("Pemerintah Iran, terkait sanksi itu, mengecam Israel."))
    assert ("ACCUSE", "IRN", "ISR") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Beijing melayangkan protes keras setelah Washington memperketat ekspor cip.", ("ACCUSE", "CHN", "USA")),
        ("Menlu Jerman menyerukan agar perundingan antara Israel dan Hamas segera dimulai.", ("REQUEST", "DEU", "ISR")),
        ("Kemlu RI mendesak supaya Myanmar membebaskan tahanan politik.", ("REQUEST", "IDN", "MMR")),
    ],
)
def test_events_generalisation_target_from_following_clause(sentence: str, expected: tuple[str, str, str]) -> None:
    found = triples(build(sentence.replace("Kemlu RI", "Indonesia")))
    assert expected in found
    assert (expected[0], expected[1], None) not in found


@pytest.mark.parametrize("demonstrative", ["itu", "tersebut"])
def test_events_generalisation_event_noun_with_demonstrative_refers_back(demonstrative: str) -> None:
    analysis = build([
        "Ukraina meminta tambahan rudal pertahanan udara kepada Amerika Serikat pada Senin.",
        f"Permintaan Ukraina {demonstrative} datang setelah serangan besar Rusia ke Kyiv.",
    ])
    requests = {t for t in triples(analysis) if t[0] == "REQUEST"}
    assert requests == {("REQUEST", "UKR", "USA")}


def test_events_generalisation_first_event_noun_with_demonstrative_is_kept() -> None:
    found = triples(build("Permintaan Ukraina itu kepada Amerika Serikat ditolak."))
    assert ("REQUEST", "UKR", "USA") in found


@pytest.mark.parametrize(
    ("scheduled", "value"),
    [("Senin pekan depan", "2025-06-16"), ("mulai 1 Juli", "2025-07-01"), ("sejak 27 Mei", "2025-05-27")],
)
def test_events_generalisation_statement_never_inherits_scheduled_day(scheduled: str, value: str) -> None:
    from warta.annotate.events import code_events_rules

    paragraph = (f"Kedua negara akan bertemu di Jenewa {scheduled}, kata pejabat itu. "
                 "China juga mengecam Amerika Serikat atas pembatasan ekspor cip.")
    analysis = build(paragraph, timexes=[(scheduled.removeprefix("mulai ").removeprefix("sejak "), value)],
                     published="2025-06-12")
    accuse = [e for e in code_events_rules(analysis) if e.type == "ACCUSE"]
    assert [(e.source, e.target, e.date) for e in accuse] == [("CHN", "USA", "2025-06-12")]
