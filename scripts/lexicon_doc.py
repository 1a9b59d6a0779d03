"""Write docs/lexicon.md from the event lexicon (src/warta/resources/events/lexicon.tsv)."""

from __future__ import annotations

from pathlib import Path

from warta.annotate.event_lexicon import lexicon_markdown

if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "docs" / "lexicon.md"
    target.write_text(lexicon_markdown(), encoding="utf-8")
    print(f"wrote {target}")
