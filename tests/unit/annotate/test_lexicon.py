"""The event lexicon: every row fires on its own example, and the documentation matches it."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.annotate.event_lexicon import PLOVER_TYPES, find_triggers, lexicon, lexicon_markdown

DOCS = Path(__file__).resolve().parents[3] / "docs" / "lexicon.md"


@pytest.mark.parametrize("entry", lexicon(), ids=lambda e: e.id)
def test_lexicon_examples(entry: object) -> None:
    fired = [m.entry for m in find_triggers(entry.example)]  # type: ignore[attr-defined]
    assert entry in fired, f"{entry.id} does not fire on its example"  # type: ignore[attr-defined]


def test_lexicon_covers_all_sixteen_plover_types() -> None:
    assert {e.type for e in lexicon()} == set(PLOVER_TYPES)
    assert len(PLOVER_TYPES) == 16


@pytest.mark.parametrize(
    ("sentence", "word", "kind"),
    [
        ("Menlu Kanada mengirim tank ke Polandia.", "mengirim", "AID"),
        ("Menlu Kanada mengirim surat ke Polandia.", None, None),  # "kirim" alone is no event
        ("Serangan itu dikecam Liga Arab.", "dikecam", "ACCUSE"),
        ("Kecamannya datang sehari kemudian.", "Kecamannya", "ACCUSE"),
        ("Pemerintah Jepang meminta maaf kepada Korea Selatan.", "meminta", "CONCEDE"),
        ("Pemerintah Tonga meminta bantuan air bersih.", "meminta", "REQUEST"),
    ],
)
def test_lexicon_find_triggers_prefers_specific_rows(sentence: str, word: str | None, kind: str | None) -> None:
    found = [(sentence[m.span.start : m.span.end], m.entry.type) for m in find_triggers(sentence)]
    if word is None:
        assert [f for f in found if f[0].lower().startswith("mengirim")] == []
    else:
        assert (word, kind) in found


def test_lexicon_docs_in_sync() -> None:
    assert DOCS.read_text(encoding="utf-8") == lexicon_markdown(), "run: python scripts/lexicon_doc.py"
