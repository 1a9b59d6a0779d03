"""Every CLI command has help text and a row in the README's command table."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.main import get_command

from warta.cli.app import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_cli_docs_lists_the_expected_commands() -> None:
    expected = {"analyze", "entities", "quotes", "events", "ingest", "stories", "story", "timeline", "brief", "export"}
    assert expected <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_docs_command_has_help(name: str) -> None:
    command = get_command(app).commands[name]  # type: ignore[attr-defined]
    assert command.help
    assert len(command.help.split()) >= 4


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_docs_command_is_in_readme(name: str) -> None:
    assert f"| `warta {name}" in README, f"README's command table lacks `warta {name}`"


def test_cli_docs_readme_starts_with_the_two_commands() -> None:
    block = README.split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.split("#", 1)[0].strip() for line in block.strip().splitlines()]
    assert commands == ["bash scripts/demo", "bash scripts/test"]
