"""Page furniture glued to the end of an article's last paragraph.

Scrapes that flatten an article into one paragraph keep what followed it on the page on the
same line: a related-article headline after " : " ("... kata dia. : Judul Artikel Lain") and
the sign-off of a translated story ("Artikel ini pertama kali terbit dalam bahasa Inggris
Diadaptasi oleh A Editor: B"). :func:`cut_trailer` cuts both and reads the names the
sign-off states. The patterns live in ``resources/extract/boilerplate.toml`` (``[trailing]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.extract.boilerplate import boilerplate_data, more_words_than
from warta.extract.byline import Byline, split_names

# A related headline is short and never ends a sentence with a full stop.
MAX_RESIDUE_WORDS = 25
# What stays before a residue is a paragraph of article text, not a "Label : value" line.
MIN_WORDS_BEFORE_RESIDUE = 12
# Only the end of a long paragraph is searched for a sign-off.
SIGNOFF_TAIL_CHARS = 400

# Names in a sign-off: capitalised words joined by spaces, commas or "dan".
_NAMES = r"[A-Z][\w'’.-]*(?:(?:\s*,\s*|\s+dan\s+|\s+)[A-Z][\w'’.-]*)*"
_HEADLINE_START = re.compile(r"[\"“'‘#(\[]?[A-Z0-9]")


@dataclass(frozen=True, slots=True)
class Trailer:
    """A last paragraph without its glued furniture, and the names its sign-off states."""

    text: str
    byline: Byline | None = None


@cache
def _residue() -> re.Pattern[str]:
    return re.compile(boilerplate_data()["trailing"]["residue"])


@cache
def _signoff() -> re.Pattern[str]:
    """Origin note, adapters and editors, each optional but at least one, ending the paragraph
    after a sentence end; a bare "Editor: A" needs that sentence end too."""
    data = boilerplate_data()["trailing"]
    origin, adapters, editors = data["origin"], data["adapters"], data["editors"]
    body = (
        rf"(?=\S)(?:{origin}\s*)?(?:{adapters}\s*(?P<adapters>{_NAMES})\s*)?"
        rf"(?:{editors}\s*(?P<editors>{_NAMES}))?"
    )
    return re.compile(rf"(?:(?<=[.!?\"”’)])\s+|^)(?P<signoff>{body})\s*$")


def _cut_residue(text: str) -> str:
    if " : " not in text[-200:]:
        return text
    found = _residue().search(text, max(0, len(text) - 200))
    if found is None:
        return text
    headline = found["headline"].strip()
    before = text[: found.start()]
    if headline.endswith(".") or more_words_than(headline, MAX_RESIDUE_WORDS) or not _HEADLINE_START.match(headline):
        return text
    return before.rstrip() if more_words_than(before, MIN_WORDS_BEFORE_RESIDUE - 1) else text


# Every sign-off holds one of these: the origin note "pertama kali", the adapters' " oleh", an
# editors' label (test_trailing_signoff_words_stand_in_every_part checks them against the
# patterns). A tail without any is spared the search, which tries every position.
_SIGNOFF_WORDS = ("pertama kali", " oleh", "Editor", "Penyunting", "Redaktur")


def _cut_signoff(text: str) -> Trailer:
    start = max(0, len(text) - SIGNOFF_TAIL_CHARS)
    tail = text[start:]
    if not any(word in tail for word in _SIGNOFF_WORDS):
        return Trailer(text)
    found = _signoff().search(text, start)
    if found is None:
        return Trailer(text)
    authors = split_names(found["adapters"] or "")
    editors = split_names(found["editors"] or "")
    byline = Byline(authors, editors) if authors or editors else None
    return Trailer(text[: found.start()].rstrip(), byline)


def cut_trailer(paragraph: str) -> Trailer:
    """``paragraph`` without a glued related headline and translation sign-off; the sign-off's
    adapters are read as authors (the adapted text is theirs) and its editors as editors."""
    return _cut_signoff(_cut_residue(paragraph))
