"""Whole-article extraction on scrapes written in the styles of Indonesian outlets.

Each ``tests/data/text/NAME.txt`` (or ``.md``) sits beside ``NAME.json`` with the fields an
analyst records from it, written by reading the article, not by running warta.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warta.extract.text import extract_plain_text
from warta.types import Article, RawDocument

DATA = Path(__file__).resolve().parents[2] / "data" / "text"
CASES = sorted(path for path in DATA.iterdir() if path.suffix in {".txt", ".md"})
FIELDS = ("title", "publisher", "published", "dateline", "authors", "editors", "body")


def _extract(path: Path) -> Article:
    raw = RawDocument(id=path.stem, origin=str(path), body=path.read_bytes(), media_type="text/plain")
    return extract_plain_text(raw, path.read_text(encoding="utf-8"))


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _actual(article: Article, field: str) -> Any:
    value = getattr(article, field)
    return list(value) if isinstance(value, tuple | list) else value


def test_text_outlet_cases_cover_eight_outlets() -> None:
    outlets = {_expected(path)["publisher"] for path in CASES} - {None}
    assert len(outlets) >= 8, outlets


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("path", CASES, ids=lambda path: path.stem)
def test_text_extracts_outlet_article(path: Path, field: str) -> None:
    assert _actual(_extract(path), field) == _expected(path)[field]
