"""Line-level classification of the page furniture a copy-paste scrape leaves in an article.

Each line is either article text (``None``) or one family of boilerplate: menus, ads,
share and comment prompts, related-article links, embeds, photo captions and credits, topic
lists, outlet disclaimers and sign-offs. Phrases and patterns live in
``resources/extract/boilerplate.toml``; each family compiles to one regex, so a line costs a
handful of regex calls.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from warta.resources import read_text

# Families checked in this order: related links before captions (a link may end with a credit).
_PATTERN_ORDER = ("related", "embed", "signoff", "tags", "disclaimer", "share", "caption")

# Captions and credits are short; a long line ending in "(KOMPAS.com/...)" is still article text.
MAX_CAPTION_WORDS = 45
# A credit ends its caption: only this many trailing characters are searched for one.
CREDIT_TAIL_CHARS = 120

_SEPARATED = re.compile(r"\s*[|·•>»/]\s*")
_SEPARATOR = re.compile(r"[|·•>»/]")
_QUOTE_START = re.compile(r"[\"“‘']")


@cache
def _data() -> dict[str, Any]:
    return tomllib.loads(read_text("extract", "boilerplate.toml"))


def boilerplate_data() -> dict[str, Any]:
    """The parsed ``boilerplate.toml`` (read once), for the modules that apply its other sections."""
    return _data()


@cache
def _exact() -> dict[str, str]:
    return {phrase.casefold(): family for family, phrases in _data()["exact"].items() for phrase in phrases}


@cache
def _longest_exact() -> int:
    return max(map(len, _exact()), default=0)


def more_words_than(text: str, count: int) -> bool:
    """Whether ``text`` holds more than ``count`` words, without splitting all of a long text."""
    return len(text.split(maxsplit=count)) > count


@cache
def ends_body_families() -> frozenset[str]:
    return frozenset(_data()["ends_body"])


@cache
def _minor_words() -> frozenset[str]:
    return frozenset(_data()["headline"]["minor_words"])


def classify(line: str) -> str | None:
    """The boilerplate family of a stripped line, or None when it is article text."""
    key = line.rstrip(" :")
    # Casefolding never shortens a string: a line longer than every phrase is none of them.
    family = _exact().get(key.casefold()) if len(key) <= _longest_exact() else None
    if family is not None:
        return family
    if _is_menu_row(line):
        return "menu"
    found = _families().match(line)
    if found is not None and found.lastgroup != "caption":
        return found.lastgroup
    # A caption opens like one (the last alternative) or ends in a photo credit; the words are
    # counted (a split) last, as most lines are neither and long ones are article text.
    if found is None and not _ends_in_credit(line):
        return None
    return None if more_words_than(line, MAX_CAPTION_WORDS) else "caption"


@cache
def _families() -> re.Pattern[str]:
    """Every family's patterns in one alternation, one named group per family, in checking order.

    Alternatives are tried in order at the start of the line, so the group that matches is the
    first family whose patterns match, as one regex per family would say, for one call instead of seven.
    """
    families = _data()["patterns"]
    groups = (f"(?P<{family}>{'|'.join(f'(?:{p})' for p in families[family])})" for family in _PATTERN_ORDER)
    return re.compile("|".join(groups))


def _ends_in_credit(line: str) -> bool:
    tail = line[-CREDIT_TAIL_CHARS:]
    # Every credit holds a "/" or a ")" (test_boilerplate_credits_hold_a_slash_or_a_parenthesis):
    # testing for both spares most lines four searches.
    if "/" not in tail and ")" not in tail:
        return False
    return any(regex.search(tail) for regex in _credits())


@cache
def _credits() -> tuple[re.Pattern[str], ...]:
    # Kept apart (not one alternation) so each keeps its literal first character for fast search.
    return tuple(re.compile(source) for source in _data()["patterns"]["credit"])


def _is_menu_row(line: str) -> bool:
    """A row of navigation words: "Home | Internasional | Asia", "Beranda > Dunia > Eropa"."""
    # Without a separator there is one part: the search spares casefolding and splitting the line.
    if len(line) > 150 or _SEPARATOR.search(line) is None:
        return False
    parts = [part for part in _SEPARATED.split(line.casefold()) if part]
    if len(parts) < 2 or any(len(part.split()) > 3 for part in parts):
        return False
    known = sum(_exact().get(part) == "menu" for part in parts)
    return _exact().get(parts[0]) == "menu" and 2 * known >= len(parts)


@cache
def _related_label() -> re.Pattern[str]:
    return re.compile(r"(?:" + "|".join(_data()["patterns"]["related"]) + r")\s*:?\s*")


def glued_sentence(line: str) -> str | None:
    """The real sentence glued after a related-article headline, or None when there is none.

    "Baca Juga: Rusia Tegaskan Tidak Melanggar Sanksi Seperti yang diberitakan ..." gives
    "Seperti yang diberitakan ...": the headline is Title Case, and the sentence starts at the
    first capitalised word followed by a lowercase content word (or by two lowercase words).
    """
    label = _related_label().match(line)
    if label is None:
        return None
    words = line[label.end() :].split()
    start = _sentence_start(words)
    return None if start is None else " ".join(words[_subject_start(words, start) :])


def _sentence_start(words: list[str]) -> int | None:
    minor = _minor_words()
    for index in range(1, len(words) - 1):
        if not _capitalised(words[index]):
            continue
        following = words[index + 1]
        if not _lowercase(following):
            continue
        after = words[index + 2] if index + 2 < len(words) else ""
        if following.casefold() not in minor or _lowercase(after):
            return index
    return None


# How many capitalised words a sentence's opening name may span ("Kementerian Luar Negeri China").
MAX_SUBJECT_WORDS = 5


@cache
def _sentence_starters() -> frozenset[str]:
    return frozenset(_data()["headline"]["sentence_starters"])


def _subject_start(words: list[str], start: int) -> int:
    """Move the split back to a subject opener when the sentence starts with a multi-word name."""
    starters = _sentence_starters()
    for index in range(start, max(0, start - MAX_SUBJECT_WORDS), -1):
        if index < start and not _capitalised(words[index]):
            break
        if words[index] in starters:
            return index if index > 0 else start
    return start


def _capitalised(word: str) -> bool:
    word = _QUOTE_START.sub("", word)
    return bool(word) and word[0].isupper()


def _lowercase(word: str) -> bool:
    return bool(word) and word[0].islower() and word[0].isalpha()
