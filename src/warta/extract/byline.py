"""Authors and editors from byline lines, author boxes and timestamp labels.

Forms read: "Penulis: A | Editor: B", "Rep: A/ Red: B", "Pewarta: A", "Editor: B",
"Name Photo Verified Writer Name" (IDN Times author box), "Laporan Wartawan Tribunnews.com, A",
"A - detikNews", and the name before a timestamp ("Rina Sari 21 Jan 2025, 09:05"). Names are
kept as written. Labels and word lists live in ``resources/extract/bylines.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta.extract.dateline import mentioned_outlet, outlet_name
from warta.resources import read_text


@dataclass(frozen=True, slots=True)
class Byline:
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    outlet: str | None = None


@cache
def _data() -> dict[str, Any]:
    return tomllib.loads(read_text("extract", "bylines.toml"))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _label_regex() -> re.Pattern[str]:
    labels = _alternation(_data()["author_labels"] + _data()["editor_labels"])
    return re.compile(rf"(?:^|\s*[|/;·•,]\s*|\s+)(?P<label>{labels})\s*:\s*")


@cache
def _editor_labels() -> frozenset[str]:
    return frozenset(label.casefold() for label in _data()["editor_labels"])


@cache
def _author_boxes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(source) for source in _data()["author_box"])


_REPORT = re.compile(
    r"Laporan\s+(?:[Ww]artawan|[Rr]eporter|[Kk]oresponden|[Kk]ontributor)\s+(?P<out>[\w.]+),\s*(?P<names>.+)$"
)
_NAME_DASH_OUTLET = re.compile(r"(?P<names>[^-–|]{2,60}?)\s+[-–|]\s+(?P<out>\S+(?: \S+)?)$")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\s+dan\s+|\s+and\s+)\s*")
_PARENTHESES = re.compile(r"\s*\([^)]*\)\s*")
_NAME = re.compile(r"[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|bin|binti|van|von|de|al|el))*$")


def read_byline(line: str) -> Byline | None:
    """The names a byline, editor line or author box states, or None for any other line."""
    credit = _source_credit(line) if line.startswith("(") and line.endswith((")", ").")) else None
    if credit is not None:
        return credit
    if len(line) > 200:
        return None
    return _labelled(line) or _author_box(line) or _reported_by(line) or _name_dash_outlet(line)


def _labelled(line: str) -> Byline | None:
    if ":" not in line[:40]:
        return None
    matches = list(_label_regex().finditer(line))
    if not matches or matches[0].start() != 0:
        return None
    authors: list[str] = []
    editors: list[str] = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        names = split_names(line[match.end() : end])
        target = editors if match["label"].casefold() in _editor_labels() else authors
        target.extend(names)
    return Byline(tuple(authors), tuple(editors), mentioned_outlet(line))


@cache
def _source_credit_regex() -> re.Pattern[str]:
    return re.compile(_data()["source_credit"])


def _source_credit(line: str) -> Byline | None:
    """ "(Sumber: Kompas.com/A, B | Editor: C)": the writers and editors of the source story.

    The outlet is not the article's publisher (a compiled story may credit another outlet)."""
    match = _source_credit_regex().match(line)
    if match is None or outlet_name(match["outlet"]) is None:
        return None
    authors = split_names(match["authors"])
    return Byline(authors, split_names(match["editors"] or "")) if authors else None


def _author_box(line: str) -> Byline | None:
    if "Writer" not in line and "enulis" not in line:
        return None
    for regex in _author_boxes():
        match = regex.match(line)
        if match:
            name = match.groupdict().get("name")
            return Byline(split_names(name) if name else ())
    return None


def _reported_by(line: str) -> Byline | None:
    if not line.startswith("Laporan"):
        return None
    match = _REPORT.match(line)
    if match is None:
        return None
    return Byline(split_names(match["names"]), (), outlet_name(match["out"]))


def _name_dash_outlet(line: str) -> Byline | None:
    if len(line) > 90 or not any(mark in line for mark in (" - ", " – ", " | ")):
        return None
    match = _NAME_DASH_OUTLET.match(line)
    if match is None or outlet_name(match["out"]) is None or len(match["names"].split()) > 6:
        return None
    return Byline(split_names(match["names"]), (), outlet_name(match["out"]))


def split_names(value: str) -> tuple[str, ...]:
    """Person names in a byline value; desks and teams ("Tim Redaksi") are not persons."""
    if "(" in value:  # a note in parentheses ("(Antara)") goes; most values hold none
        value = _PARENTHESES.sub(" ", value)
    value = value.strip(" \t|/-·•:.")
    names = [name.strip(" .") for name in _NAME_SPLIT.split(value)]
    return tuple(name for name in names if _is_person(name))


def _is_person(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or any(char.isdigit() for char in name):
        return False
    if outlet_name(name) is not None or not _not_names().isdisjoint(words):
        return False
    return _NAME.match(name) is not None


@cache
def _not_names() -> frozenset[str]:
    return frozenset(_data()["not_names"])


def names_before_stamp(prefix: str) -> Byline:
    """Authors and outlet in the label before a timestamp ("Rina Sari, Jurnalis", "CNN Indonesia")."""
    outlet = mentioned_outlet(prefix) or outlet_name(prefix)
    words = [word for word in re.split(r"\s*[|·•]\s*|\s+-\s+", prefix) if word]
    kept = [part for part in words if outlet_name(part) is None and mentioned_outlet(part) is None]
    value = " ".join(kept)
    for word in _data()["stamp_words"]:
        value = re.sub(rf"(?:^|[\s,]+){re.escape(word)}\b:?", " ", value)
    return Byline(split_names(value), (), outlet)
