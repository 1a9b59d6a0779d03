from __future__ import annotations

import pytest
from newsroom import ARMS_DENIAL, ARMS_JOINT, MISSILE_FOLLOWUP, Spec, build

from warta.corpus.claims import find_claims, is_denial
from warta.corpus.records import EventRecord, QuoteRecord
from warta.store.rows import article_rows, content_hash


def records(*specs: Spec) -> tuple[list[EventRecord], list[QuoteRecord]]:
    """The records the store would hand to find_claims for these articles."""
    events, quotes = [], []
    for spec in specs:
        analysis = build(spec)
        rows = article_rows(content_hash(spec.id, b""), spec.id, "text/plain", analysis)
        for row in rows.tables["events"]:
            events.append(EventRecord(rows.hash, spec.id, spec.publisher, row["n"], row["type"], row["source"],
                                      row["target"], row["date"], row["status"], row["evidence"], row["start"],
                                      row["end"], row["sentence"], row["paragraph"],
                                      frozenset(row["mention_actors"].split())))
        for row in rows.tables["quotes"]:
            quotes.append(QuoteRecord(rows.hash, spec.id, spec.publisher, row["n"], row["text"], row["speaker"],
                                      row["actor"], row["direct"], row["cue"], spec.published[:10],
                                      row["sentence"], row["paragraph"]))
    return events, quotes


def test_claims_arms_transfer_is_disputed_with_both_sides() -> None:
    claims = find_claims(*records(ARMS_JOINT, ARMS_DENIAL))
    aid = next(c for c in claims if (c.type, c.source, c.target) == ("AID", "PRK", "RUS"))
    assert aid.disputed
    assert aid.actors("assert") == ("JPN", "KOR", "USA")
    assert aid.actors("deny") == ("PRK", "RUS")
    assert {p.kind for p in aid.positions if p.actor == "RUS"} == {"event", "quote"}


def test_claims_undenied_assertion_is_not_disputed() -> None:
    claims = find_claims(*records(ARMS_JOINT))
    aid = next(c for c in claims if c.type == "AID")
    assert not aid.disputed
    assert aid.actors("deny") == ()


def test_claims_events_nobody_takes_a_position_on_are_not_claims() -> None:
    assert find_claims(*records(MISSILE_FOLLOWUP)) == []


def test_claims_positions_cite_article_and_sentence() -> None:
    aid = find_claims(*records(ARMS_JOINT, ARMS_DENIAL))[0]
    seoul = next(p for p in aid.positions if p.actor == "KOR")
    assert seoul.citation.label() == "antara_kecam_pasokan:s3"


@pytest.mark.parametrize(
    ("quoted", "cue", "expected"),
    [
        ("Tuduhan itu tidak berdasar.", "kata", True),
        ("Itu semua hoaks yang disebarkan Barat.", "ujar", True),
        ("Kami akan terus memperkuat kerja sama dengan Moskow.", "kata", False),
        ("Laporan itu keliru.", "membantah", True),
        ("Kami tidak berdasarkan apa pun pada rumor.", "kata", False),
    ],
)
def test_claims_denial_cues(quoted: str, cue: str, expected: bool) -> None:
    quote = QuoteRecord("h", "a", "Kompas", 0, quoted, "Juru bicara", "RUS", True, cue, None, 1, 1)
    assert is_denial(quote) is expected


def _event(article: str, n: int, kind: str, source: str, target: str, evidence: str) -> EventRecord:
    return EventRecord(f"h-{article}", article, "Antara", n, kind, source, target, "2024-03-01", "happened",
                       evidence, 0, len(evidence), n, n, frozenset({source, target}))


@pytest.mark.parametrize(
    ("rejection", "disputed"),
    [
        ("Korea Utara menolak seruan AS untuk menghentikan pengiriman senjata ke Rusia.", False),
        ("Korea Utara membantah adanya pengiriman senjata ke Rusia.", True),
    ],
)
def test_claims_only_a_rejection_worded_as_denial_disputes(rejection: str, disputed: bool) -> None:
    events = [
        _event("a", 1, "AID", "PRK", "RUS", "Korea Utara mengirim senjata ke Rusia, kata pejabat AS."),
        _event("a", 2, "ACCUSE", "USA", "PRK", "AS menuduh Korea Utara memasok senjata ke Rusia."),
        _event("a", 3, "REJECT", "PRK", "USA", rejection),
    ]
    aid = next(c for c in find_claims(events, []) if c.type == "AID")
    assert aid.disputed is disputed
