from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from newsroom import ALL, write_files
from typer.testing import CliRunner

from warta.cli.brief import brief_command
from warta.cli.export import export_command
from warta.cli.ingest import ingest_command
from warta.cli.stories import stories_command, story_command, timeline_command

app = typer.Typer()
for name, command in [("ingest", ingest_command), ("stories", stories_command), ("story", story_command),
                      ("timeline", timeline_command), ("brief", brief_command), ("export", export_command)]:
    app.command(name)(command)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "berita"
    target.mkdir()
    write_files(target)
    (target / "kosong.txt").write_text("   \n")
    return target


def test_cli_store_ingest_stories_brief_export(db_url: str, folder: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(folder), "--db", db_url, "--workers", "0"])
    assert first.exit_code == 1  # the empty file failed; the rest are stored
    assert "kosong.txt" in first.output
    assert "5 article(s) stored" in first.output
    again = runner.invoke(app, ["ingest", str(folder), "--db", db_url, "--workers", "0"])
    assert "0 article(s) stored, 5 already stored" in again.output
    listed = runner.invoke(app, ["stories", "--db", db_url, "--format", "json"])
    assert listed.exit_code == 0
    found = json.loads(listed.output)
    assert sorted(i for s in found for i in s["article_ids"]) == sorted(spec.id for spec in ALL)
    story_id = found[0]["id"]
    assert json.loads(runner.invoke(app, ["story", story_id, "--db", db_url]).output)["id"] == story_id
    assert runner.invoke(app, ["timeline", story_id, "--db", db_url]).exit_code == 0
    briefing = runner.invoke(app, ["brief", story_id, "--db", db_url, "--format", "md"])
    assert briefing.exit_code == 0
    assert briefing.output.startswith("# ")
    out = tmp_path / "semua.parquet"
    assert runner.invoke(app, ["export", "--db", db_url, "--format", "parquet", "--output", str(out)]).exit_code == 0
    assert out.stat().st_size > 0


def test_cli_store_unknown_story_is_one_clean_line(db_url: str) -> None:
    result = CliRunner().invoke(app, ["brief", "st_tidakada", "--db", db_url])
    assert result.exit_code == 1
    assert "st_tidakada: [E301] no story with this id" in result.output
    assert "Traceback" not in result.output


def test_cli_store_progress_bar_shows_total_and_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from rich.console import Console

    from warta.cli import batch

    screen = io.StringIO()
    monkeypatch.setattr(batch, "stderr", Console(file=screen, force_terminal=True, width=120))
    report = batch.BatchReport()
    done = list(batch.run_batch(iter(["kompas_a", "detik_b", "tempo_c"]), report, label="ingesting", total=3))
    assert (done, report.done) == (["kompas_a", "detik_b", "tempo_c"], 3)
    shown = screen.getvalue()
    assert "3/3" in shown
    assert "articles/s" in shown
