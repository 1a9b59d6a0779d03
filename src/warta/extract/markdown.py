"""Scrapes stored as Markdown (``# Headline``, a ``| Field | Value |`` table, ``**JAKARTA, KOMPAS.com** --``).

:func:`markdown_lines` turns such a file into the plain lines the text rules expect, plus the
metadata its table states (title, author, editor): headings lose their ``#``, emphasis and
link markup go, Markdown escapes are undone, images and ``[video.1]`` placeholders are
dropped, and so is anything after a final ``---`` rule (an appended summary or comment).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_HEADING = re.compile(r"#{1,6}\s+")
_TABLE_ROW = re.compile(r"\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"\|[\s:|-]+\|\s*$")
# Cells are split at unescaped pipes: "\|" is a pipe inside a cell ("Judul A \| Judul B").
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,})\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)\s*$")
# Media placeholders ("[img.2]", "[video.1]"), alone on a line or opening a paragraph glued to
# it or before it on the same line: "[img.2]Sengketa ...".
_LEADING_PLACEHOLDERS = re.compile(
    r"(?:\[(?:img|image|video|foto|photo|embed|baca|related|ads?)[ ._-]?\d*\]\s*)+", re.I
)
# A line that is nothing but a link (a related-articles list): "**[Judul](https://...){target="_self"}**".
_LINK_ONLY = re.compile(r"[*_]*\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?[*_]*\s*$")
_BULLET = re.compile(r"(?:[-*+•]|\d+\))\s+")
# The characters that open a rule, a bullet, a line holding only a link: most lines are spared the regex.
_RULE_MARKS = frozenset("-*_")
_BULLET_MARKS = frozenset("-*+•")
_LINK_ONLY_OPENERS = frozenset("*_[")
# Links and emphasis not escaped by a backslash. The lookbehind comes after the first mark, not
# before it, so the pattern opens with a literal that the search skips ahead to: half the time.
_LINK = re.compile(r"\[(?<!\\\[)([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_EMPHASIS = re.compile(r"\*(?<!\\\*)\*{0,2}|_(?<!\\_)_{1,2}")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!\"'@<>|~=$%&])")
_FIELD = re.compile(r"[^a-z]+")

# Table field names (letters only, lower case) and the hint each one gives.
_FIELDS = {
    "title": "title",
    "judul": "title",
    "description": "description",
    "deskripsi": "description",
    "author": "authors",
    "penulis": "authors",
    "editor": "editors",
    "penyunting": "editors",
    "url": "url",
    "shorturl": "url",
    "urlshort": "url",
    "published": "published",
    "date": "published",
    "tanggal": "published",
}


@dataclass(frozen=True, slots=True)
class MarkdownPage:
    lines: tuple[str, ...]
    hints: dict[str, str] = field(default_factory=dict)


def looks_like_markdown(lines: Sequence[str]) -> bool:
    """A first line "# Headline" or a metadata table tells a Markdown scrape from plain text."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.startswith("# "):
        return True
    return any(_TABLE_ROW.match(line.strip()) and "field" in line.casefold() for line in lines[:30])


def markdown_lines(lines: Sequence[str]) -> MarkdownPage:
    """Plain lines and table metadata of a Markdown scrape."""
    lines = _before_final_rule([line.strip() for line in lines])
    hints: dict[str, str] = {}
    table_end = _read_table(lines, hints)
    kept: list[str] = []
    for index, line in enumerate(lines):
        if not line:  # a blank line (every other line of a scrape) gives no text wherever it stands
            continue
        if line.startswith("# ") and "title" not in hints:
            hints["title"] = plain(line[2:])
            continue
        if index <= table_end and (not kept or _TABLE_ROW.match(line)):
            continue  # the standfirst and the table before the article proper
        text = _plain_line(line)
        if text:
            kept.append(text)
    return MarkdownPage(tuple(kept), hints)


def _before_final_rule(lines: list[str]) -> list[str]:
    for index in range(len(lines) - 1, -1, -1):
        if lines[index][:1] in _RULE_MARKS and _RULE.match(lines[index]):
            return lines[:index]
    return lines


def _read_table(lines: list[str], hints: dict[str, str]) -> int:
    """Fill ``hints`` from a ``| Field | Value |`` table; the index of its last row, or -1."""
    last = -1
    for index, line in enumerate(lines[:40]):
        row = _TABLE_ROW.match(line) if line[:1] == "|" else None
        if row is None or _TABLE_RULE.match(line):
            last = index if row else last
            continue
        last = index
        cells = [cell.strip() for cell in _CELL_SPLIT.split(row.group(1))]
        name = _FIELDS.get(_FIELD.sub("", cells[0].casefold()))
        if name and len(cells) > 1 and cells[1]:
            hints[name] = plain(cells[1])
    return last


def _plain_line(line: str) -> str:
    first = line[:1]  # each pattern opens with its own mark: most lines need no regex
    if (first == "!" and _IMAGE.match(line)) or (first == "|" and _TABLE_ROW.match(line)):
        return ""
    # Casefolding never shortens a string: only a line of at most four characters can be "null".
    if len(line) <= 4 and line.casefold() == "null":
        return ""
    line = _HEADING.sub("", line, count=1) if first == "#" else line
    first = line[:1]
    bullet = (first in _BULLET_MARKS or first.isdecimal()) and _BULLET.match(line)
    line = _BULLET.sub("", line, count=1) if bullet else line
    if line[:1] in _LINK_ONLY_OPENERS and _LINK_ONLY.match(line):
        return ""
    # A trailing backslash is a Markdown hard line break, not text.
    text = plain(line.removesuffix("\\").rstrip())
    placeholders = _LEADING_PLACEHOLDERS.match(text) if text.startswith("[") else None
    return text[placeholders.end() :] if placeholders else text


def plain(text: str) -> str:
    """Markdown inline markup removed: links keep their text, emphasis goes, escapes are undone."""
    # The membership tests skip the regexes on the many lines that hold no markup.
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text or "__" in text:
        text = _EMPHASIS.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text.strip()
