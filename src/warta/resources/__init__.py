"""Versioned language data: word lists, gazetteer, lexicons, trained models."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


def read_text(*parts: str) -> str:
    """The text of a resource file, e.g. ``read_text("segment", "abbreviations.txt")``."""
    node = files("warta.resources")
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


@cache
def word_list(*parts: str) -> frozenset[str]:
    """Lines of a resource file, lower-cased, without comments and blank lines."""
    lines = (line.split("#", 1)[0].strip() for line in read_text(*parts).splitlines())
    return frozenset(line.casefold() for line in lines if line)


def tsv_rows(*parts: str) -> list[list[str]]:
    """The tab-separated cells of each line of a resource file, without comments and blank lines."""
    return [line.split("\t") for line in read_text(*parts).splitlines() if line and line[0] != "#"]
