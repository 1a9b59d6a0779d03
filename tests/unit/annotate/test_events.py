"""Event coding on sentences written for these tests: types, voices, coordination, status, dates."""

from __future__ import annotations

import pytest
from event_helpers import build, triples

from warta.annotate.events import code_all, code_events, code_events_rules


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Indonesia dan Vietnam sepakat mempercepat perundingan batas laut.", ("AGREE", "IDN", "VNM")),
        ("Presiden Prancis mengunjungi Indonesia pekan lalu.", ("CONSULT", "FRA", "IDN")),
        ("Pemerintah Jerman mendukung keanggotaan penuh Palestina di PBB.", ("SUPPORT", "DEU", "PSE")),
        ("Pemerintah Jepang meminta maaf kepada Korea Selatan atas insiden itu.", ("CONCEDE", "JPN", "KOR")),
        ("Australia dan Indonesia menggelar latihan bersama di Laut Arafura.", ("COOPERATE", "AUS", "IDN")),
        ("Jerman mengirim tank Leopard ke Ukraina.", ("AID", "DEU", "UKR")),
        ("Israel menarik pasukannya dari Gaza.", ("RETREAT", "ISR", None)),
        ("Pemerintah Filipina mendesak China menghentikan manuver kapalnya.", ("REQUEST", "PHL", "CHN")),
        ("Kemlu Malaysia mengecam Israel atas serangan ke Rafah.", ("ACCUSE", "MYS", "ISR")),
        ("Israel menolak usulan gencatan senjata dari Mesir.", ("REJECT", "ISR", "EGY")),
        ("Iran mengancam Israel dengan pembalasan besar.", ("THREATEN", "IRN", "ISR")),
        ("Ribuan warga Indonesia berunjuk rasa di Jakarta.", ("PROTEST", "IDN", None)),
        ("Uni Eropa menjatuhkan sanksi baru terhadap Iran.", ("SANCTION", "EU", "IRN")),
        ("Rusia mengerahkan ribuan tentara ke perbatasan.", ("MOBILIZE", "RUS", None)),
        ("Polisi Myanmar menangkap dua wartawan Jepang.", ("COERCE", "MMR", "JPN")),
        ("Israel menyerang kamp pengungsi Palestina di Rafah.", ("ASSAULT", "ISR", "PSE")),
    ],
)
def test_events_each_plover_type(sentence: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triples(build(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Filipina mengecam China.", {("ACCUSE", "PHL", "CHN")}),  # active
        ("China dikecam Filipina.", {("ACCUSE", "PHL", "CHN")}),  # di- passive, bare agent
        ("China dikecam oleh Filipina.", {("ACCUSE", "PHL", "CHN")}),  # di- passive, oleh
        ("Malaysia melayangkan kecaman terhadap Israel.", {("ACCUSE", "MYS", "ISR")}),  # light verb + noun
        ("Kecaman Turki terhadap Israel makin keras.", {("ACCUSE", "TUR", "ISR")}),  # nominalisation
    ],
)
def test_events_voices(sentence: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert triples(build(sentence)) == expected


def test_events_coordinated_sources_give_one_event_each() -> None:
    found = triples(build("Amerika Serikat, Jepang, dan Australia mengecam Iran."))
    assert found == {("ACCUSE", "USA", "IRN"), ("ACCUSE", "JPN", "IRN"), ("ACCUSE", "AUS", "IRN")}


def test_events_coordinated_targets_give_one_event_each() -> None:
    found = triples(build("Uni Eropa mengecam Iran dan Rusia karena pengiriman drone."))
    assert found == {("ACCUSE", "EU", "IRN"), ("ACCUSE", "EU", "RUS")}


def test_events_meeting_gives_every_pair() -> None:
    found = triples(build("Indonesia, Malaysia dan Singapura berunding di Batam."))
    assert found == {("CONSULT", "IDN", "MYS"), ("CONSULT", "IDN", "SGP"), ("CONSULT", "MYS", "SGP")}


def test_events_quote_first_person_is_the_speaker() -> None:
    paragraphs = ['"Kami mendesak Israel segera menghentikan serangan," kata juru bicara itu.']
    analysis = build(paragraphs, quotes=[("Kami mendesak Israel segera menghentikan serangan,", "TUR")])
    assert triples(analysis) == {("REQUEST", "TUR", "ISR")}


def test_events_signers_named_in_next_sentence() -> None:
    paragraphs = [
        "Pada Senin, negara-negara tersebut mengecam Iran atas serangan drone itu.",
        "Pernyataan itu ditandatangani Jerman, Prancis dan Inggris.",
    ]
    found = triples(build(paragraphs))
    assert {("ACCUSE", "DEU", "IRN"), ("ACCUSE", "FRA", "IRN"), ("ACCUSE", "GBR", "IRN")} <= found


def test_events_reported_speech_source_is_the_reported_actor() -> None:
    found = triples(build("Menlu Retno mengatakan bahwa Malaysia mendesak Myanmar membebaskan tahanan politik."))
    assert ("REQUEST", "MYS", "MMR") in found
    assert not any(t[1] == "IDN" and t[0] == "REQUEST" for t in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jepang tidak mengecam Rusia.",
        "Jepang belum mengirim senjata ke Ukraina.",
        "Jika Iran menyerang Israel, perang besar akan pecah.",
        "Seandainya China menginvasi Taiwan, Jepang akan terseret.",
        "Apakah Jerman akan mengirim tank ke Ukraina?",
        "Rusia dapat menyerang Ukraina dari utara.",
    ],
)
def test_events_unreal_events_are_not_reported(sentence: str) -> None:
    assert triples(build(sentence)) == set()


@pytest.mark.parametrize(
    ("sentence", "reality"),
    [
        ("Jepang tidak mengecam Rusia.", "negated"),
        ("Jika Iran menyerang Israel, perang besar akan pecah.", "hypothetical"),
        ("Apakah Jerman akan mengirim tank ke Ukraina?", "question"),
    ],
)
def test_events_code_all_keeps_the_reason(sentence: str, reality: str) -> None:
    assert reality in {r for _, r in code_all(build(sentence))}


def test_events_future_is_announced() -> None:
    events = code_events_rules(build("Jerman akan mengirim tank ke Ukraina."))
    assert [(e.type, e.status) for e in events] == [("AID", "announced")]


def test_events_denial_is_reject_and_denied_event_disputed() -> None:
    events = code_events_rules(build("Rusia membantah telah mengirim senjata ke Iran."))
    statuses = {(e.type, e.source, e.target, e.status) for e in events}
    assert ("REJECT", "RUS", None, "happened") in statuses
    assert ("AID", "RUS", "IRN", "disputed") in statuses


def test_events_accusation_content_is_not_a_separate_event() -> None:
    assert triples(build("Ukraina menuduh Iran memasok drone ke Rusia.")) == {("ACCUSE", "UKR", "IRN")}


def test_events_demanded_action_is_not_a_separate_event() -> None:
    assert triples(build("Turki mendesak Israel menarik pasukannya dari Gaza.")) == {("REQUEST", "TUR", "ISR")}


@pytest.mark.parametrize(
    ("paragraphs", "timexes", "published", "expected"),
    [
        (["Pada Senin (6/5/2024), Filipina mengecam China."], [("Senin (6/5/2024)", "2024-05-06")], None, "2024-05-06"),
        (["Filipina mengecam China.", "Manila juga memprotes Beijing, Selasa (7/5/2024)."],
         [("Selasa (7/5/2024)", "2024-05-07")], None, "2024-05-07"),
        (["Israel menyerang Iran."], [], "2024-05-08T10:00:00+07:00", "2024-05-08"),
        (["Laporan itu beredar luas.", "Israel menyerang Iran."], [], "2024-05-08T10:00:00+07:00", None),
    ],
)
def test_events_dates(paragraphs: list[str], timexes: list[tuple[str, str]], published: str | None,
                      expected: str | None) -> None:
    events = code_events_rules(build(paragraphs, timexes=timexes, published=published))
    assert events
    assert events[0].date == expected


def test_events_statement_takes_earlier_date_of_its_paragraph() -> None:
    paragraph = "Pada Kamis (2/5/2024), Mesir mengecam Israel. Mesir juga mendesak Israel membuka perbatasan."
    events = code_events_rules(build([paragraph], timexes=[("Kamis (2/5/2024)", "2024-05-02")]))
    assert {(e.type, e.date) for e in events} == {("ACCUSE", "2024-05-02"), ("REQUEST", "2024-05-02")}


def test_events_subheading_is_skipped() -> None:
    paragraphs = ["2. Uni Eropa jatuhkan sanksi pada Iran", "Uni Eropa menjatuhkan sanksi baru terhadap Iran."]
    events = code_events_rules(build(paragraphs))
    assert [(e.type, e.source, e.target) for e in events] == [("SANCTION", "EU", "IRN")]


def test_events_spans_point_at_their_words() -> None:
    analysis = build("Filipina mengecam China atas insiden di Laut China Selatan.")
    (event,) = code_events_rules(analysis)
    assert event.trigger.of(analysis.text) == "mengecam"
    assert "Filipina mengecam China" in event.evidence.of(analysis.text)
    assert event.by == "events.rules.v1"


def test_events_stage_fills_events_layer() -> None:
    analysis = code_events(build("Filipina mengecam China."))
    assert [(e.type, e.source, e.target) for e in analysis.events] == [("ACCUSE", "PHL", "CHN")]
    assert code_events.provides == ("events",)
