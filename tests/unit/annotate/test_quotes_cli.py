from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from warta.annotate.entities import link_entities
from warta.annotate.quotes import find_quotes
from warta.annotate.segment import segment
from warta.cli.quotes import quote_records, quotes_command
from warta.pipeline import Pipeline
from warta.types import Analysis, Article

PIPELINE = Pipeline([segment, link_entities, find_quotes])

ARTICLE = [
    "Menteri Luar Negeri Amerika Serikat Antony Blinken bertemu Menteri Luar Negeri China Wang Yi di Beijing.",
    "“Kami ingin menjaga jalur komunikasi tetap terbuka,” kata Blinken kepada wartawan.",
    "Wang Yi mengatakan bahwa Washington harus menghormati kepentingan inti China.",
]


def analysed() -> Analysis:
    return PIPELINE.annotate(Analysis(Article.from_paragraphs("a1", "a1", ARTICLE)))


def test_quotes_with_the_real_entity_stage_resolve_named_speakers() -> None:
    result = analysed()
    assert [(q.direct, q.speaker, q.actor) for q in result.quotes] == [
        (True, "Antony Blinken", "USA"),
        (False, "Wang Yi", "CHN"),
    ]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [(None, ["Antony Blinken", "Wang Yi"]), ("blinken", ["Antony Blinken"]), ("WANG", ["Wang Yi"]), ("Putin", [])],
)
def test_quotes_cli_records_filter_by_speaker_substring(speaker: str | None, expected: list[str]) -> None:
    records = list(quote_records([analysed()], speaker))
    assert [r["speaker"] for r in records] == expected
    assert all(r["article"] == "a1" for r in records)


def test_quotes_cli_command_prints_a_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "artikel.txt"
    source.write_text("\n\n".join(ARTICLE), encoding="utf-8")
    monkeypatch.setattr("warta.cli.quotes.analyze_many", lambda paths: (analysed() for _ in paths))
    app = typer.Typer()
    app.command()(quotes_command)
    result = CliRunner().invoke(app, [str(source), "--speaker", "blinken"])
    assert result.exit_code == 0, result.output
    assert "Antony Blinken" in result.output
    assert "Wang Yi" not in result.output
