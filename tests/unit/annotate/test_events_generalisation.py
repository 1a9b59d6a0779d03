"""Event coding patterns of unseen news: new lexicon rows, blockers, fronted clauses, re-mentions, clause targets."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta.annotate.event_args import context
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
        "Menanggapi eskalasi serangan Israel, Kementerian Luar Negeri Singapura mendesak Israel menghentikan serangan.",
        "Terkait operasi militer Israel, Kementerian Luar Negeri Singapura mendesak Israel menghentikan serangan.",
    ],
)
def test_events_generalisation_fronted_clause_is_no_agent(sentence: str) -> None:
    requests = {t for t in triples(build(sentence)) if t[0] == "REQUEST"}
    assert requests == {("REQUEST", "SGP", "ISR")}


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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jerman menolak keras segala bentuk pengusiran paksa terhadap warga Palestina.", ("REJECT", "DEU", None)),
        ("Prancis menolak gagasan embargo senjata terhadap Israel.", ("REJECT", "FRA", None)),
        ("Jepang menolak pemberian bantuan senjata kepada Ukraina.", ("REJECT", "JPN", None)),
        ("Indonesia mengecam serangan Israel terhadap warga Palestina.", ("ACCUSE", "IDN", "ISR")),
        ("Prancis mengecam keras terhadap Israel.", ("ACCUSE", "FRA", "ISR")),
    ],
)
def test_events_generalisation_inner_object_prep_is_no_target(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    found = {t for t in triples(build(sentence)) if t[0] == expected[0]}
    assert found == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Wakil Tetap Kamboja untuk PBB, Sok Heng, menuduh Thailand melanggar gencatan senjata.",
        "Utusan khusus Kamboja untuk PBB menuduh Thailand melanggar gencatan senjata.",
    ],
)
def test_events_generalisation_envoy_post_is_no_party(sentence: str) -> None:
    analysis = build(sentence)
    assert "UN" not in {a for u in context(analysis).units for a in u.actors}
    assert ("ACCUSE", "KHM", "THA") in triples(analysis)


@pytest.mark.parametrize("pronoun", ["kedua belah pihak", "kedua pihak", "kedua negara"])
def test_events_generalisation_both_sides_of_a_war(pronoun: str) -> None:
    text = (
        "Perang Thailand-Kamboja pecah sejak Kamis dan menewaskan puluhan orang. "
        "Korban terus bertambah di wilayah perbatasan. "
        f"Sekjen PBB menyerukan {pronoun} untuk menahan diri."
    )
    found = {t for t in triples(build(text)) if t[0] == "REQUEST"}
    assert found == {("REQUEST", "UN", "THA"), ("REQUEST", "UN", "KHM")}


def test_events_generalisation_first_person_singular_in_quote() -> None:
    quote = "Saya sudah berbicara dengan Presiden Iran melalui telepon,"
    text = f'Pemerintah Malaysia menggelar konferensi pers. "{quote}" ujar Perdana Menteri Malaysia.'
    assert ("CONSULT", "MYS", "IRN") in triples(build(text, quotes=[(quote, "MYS")]))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Menteri Luar Negeri Retno Marsudi ditemui Menlu Wong di Jakarta.", {("CONSULT", "SGP", "IDN")}),
        ("Menlu Wong ditemui wartawan di Jakarta usai rapat kabinet.", set()),
    ],
)
def test_events_generalisation_met_by_passive(sentence: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert {t for t in triples(build(sentence)) if t[0] == "CONSULT"} == expected


@pytest.mark.parametrize(
    ("text", "quotes", "expected"),
    [
        ("Malaysia menegaskan serangan Israel itu tidak dapat dibenarkan.", [], ("ACCUSE", "MYS", "ISR")),
        ("Jepang menilai uji coba rudal Korea Utara tidak dapat diterima.", [], ("ACCUSE", "JPN", "PRK")),
        (
            '"Serangan Israel terhadap warga sipil tidak bisa dibenarkan," kata Menlu Wong.',
            [("Serangan Israel terhadap warga sipil tidak bisa dibenarkan,", "SGP")],
            ("ACCUSE", "SGP", "ISR"),
        ),
        (
            "Inggris dan Kanada dalam pernyataan bersama menekankan, blokade Israel atas Gaza melanggar hukum "
            "internasional.",
            [],
            ("ACCUSE", "CAN", "ISR"),
        ),
    ],
)
def test_events_generalisation_verdicts_accuse(
    text: str, quotes: list[tuple[str, str | None]], expected: tuple[str, str, str]
) -> None:
    assert expected in triples(build(text, quotes=quotes))


def test_events_generalisation_plain_acceptance_is_no_verdict() -> None:
    assert not {t for t in triples(build("Filipina menerima bantuan beras dari Jepang.")) if t[0] == "ACCUSE"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kamboja membantah tuduhan dari Thailand yang menyebut Kamboja sebagai penyerang.", ("ACCUSE", "THA", "KHM")),
        (
            "Presiden Prancis melakukan percakapan panjang melalui telepon dengan Presiden Iran.",
            ("CONSULT", "FRA", "IRN"),
        ),
        (
            "Jerman mengumumkan sanksi baru sehari setelah melakukan percakapan telepon dengan Presiden Turki.",
            ("CONSULT", "DEU", "TUR"),
        ),
    ],
)
def test_events_generalisation_event_nouns_with_their_parties(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(build(sentence))
