"""Mentions corrected by the words around them: number words that count ("Lima orang"),
weapons the recogniser took for names, states named for their language or currency, the news
agency the writer cites, and "Dan" as a first name or surname rather than a conjunction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from warta.annotate.found import Found, covered, ordered, unknown_entity
from warta.annotate.gazetteer import Gazetteer
from warta.annotate.phrases import last_words, longest_first, may_end_with
from warta.resources import tsv_rows, word_list
from warta.types import Span

_CAPITALISED_AFTER = re.compile(r" [A-Z]")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?] )\b[A-Z][\w-]* $")
_LANGUAGE = re.compile(r"(?<!\w)(?:ber)?bahasa\s+$", re.I)
# Who the writer cites: "dilansir Antara", "dikutip dari *Antara*", "menurut laporan Antara".
_SOURCE = re.compile(
    r"(?:dilansir|dikutip|mengutip|melansir|menurut|laporan|sumber)"
    r"(?:\s+(?:dari|laporan|kantor berita))?\s+\W?(Antara)\b"
)
_DAN = "Dan "
_DAN_SURNAME_WORD = " Dan"
_DAN_SURNAME = re.compile(r" Dan(?=[,;)]|\.\s|\s+[a-z])")
_SENTENCE_END = '.!?\n"”'
# ", profesor ...", ", analis ...": a role in apposition, written in lower case.
_APPOSITION = re.compile(r",\s+[a-z]")
# How far before a name "rudal balistik jarak menengah bernama" may start.
_CALLED_REACH = 70


@cache
def _counted_after() -> re.Pattern[str]:
    nouns = "|".join(sorted(word_list("entities", "counted_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"\s+(?:{nouns})\b", re.I)


def without_counts(found: Sequence[Found], text: str) -> list[Found]:
    """ "Lima orang tewas": a number word before a counted noun is a count, not a city; inside
    a title-case name ("Konsensus Lima Poin", "Rencana Lima Tahun") it is that name's number."""
    numbers, after = word_list("entities", "number_words.txt"), _counted_after()
    return [
        f
        for f in found
        if f.text.casefold() not in numbers or not (after.match(text, f.span.end) or _in_title_case(f.span, text))
    ]


def _in_title_case(span: Span, text: str) -> bool:
    return bool(
        _CAPITALISED_AFTER.match(text, span.end)
        and _CAPITALISED_BEFORE.search(text, max(0, span.start - 30), span.start)
    )


def _dan_first_name(item: Found, text: str) -> bool:
    """Whether "Dan " right before a recognised person opens its sentence while a lower-case
    apposition follows the name ("Dan Pinkston, profesor ..."): then it is a first name."""
    start = item.span.start - len(_DAN)
    if item.entity.type != "PER" or not item.kind.startswith("ner:") or text[start : item.span.start] != _DAN:
        return False
    before = text[:start].rstrip(" *_")
    return (not before or before[-1] in _SENTENCE_END) and _APPOSITION.match(text, item.span.end) is not None


def conjunction_first_names(found: Sequence[Found], text: str) -> list[Found]:
    """Recognised people preceded by a sentence-initial "Dan" that is a first name, widened to
    hold it; a recognised name followed by a capitalised "Dan" that closes it ("..., Nicusor Dan,
    mengatakan") holds it as its surname (the conjunction is written "dan" inside a sentence)."""
    if _DAN not in text and _DAN_SURNAME_WORD not in text:
        return list(found)
    out = []
    for item in found:
        if _dan_first_name(item, text):
            span = Span(item.span.start - len(_DAN), item.span.end)
            item = Found(span, span.of(text), unknown_entity(span.of(text), "PER"), item.kind)
        elif item.kind.startswith("ner:") and (surname := _DAN_SURNAME.match(text, item.span.end)) is not None:
            span = Span(item.span.start, surname.end())
            item = Found(span, span.of(text), unknown_entity(span.of(text), "PER"), item.kind)
        out.append(item)
    return out


@dataclass(frozen=True, slots=True)
class Weapons:
    """Weapon nouns and names (``resources/entities/weapons.tsv``): not named entities."""

    before: re.Pattern[str]
    names: frozenset[str]
    called: re.Pattern[str]  # "rudal balistik baru bernama X": a weapon noun, then its name
    # The last words of the nouns and of the naming words: a window ending in none of them
    # cannot match (a cheap test before each search).
    before_ends: tuple[str, ...] = ()
    called_ends: tuple[str, ...] = ()


@cache
def weapons() -> Weapons:
    rows = tsv_rows("entities", "weapons.tsv")
    words = {rule: cells.split("|") for rule, cells in rows}
    nouns = longest_first(words["before"], ignore_case=True)
    before = re.compile(r"(?<!\w)(?:" + nouns + r")\s+$", re.I)
    naming = longest_first(words["called"], ignore_case=True)
    called = re.compile(r"(?<!\w)(?i:" + nouns + r")(?:\s+[a-z][\w-]*){0,3}?\s+(?:" + naming + r")\s+$")
    names = frozenset(w.casefold() for w in words["name"])
    return Weapons(before, names, called, last_words(words["before"]), last_words(words["called"]))


def _weapon(item: Found, text: str) -> bool:
    """ "rudal Patriot PAC-3", "HIMARS", "rudal baru bernama X": a weapon system the recogniser
    took for a name."""
    if not item.entity.id.startswith("unk:"):
        return False
    if _weapon_name(item.text):
        return True
    table, start = weapons(), item.span.start
    near = text[max(0, start - 40) : start]
    if may_end_with(near, table.before_ends) and table.before.search(text, max(0, start - 40), start) is not None:
        return True
    far = text[max(0, start - _CALLED_REACH) : start]
    return (
        may_end_with(far, table.called_ends)
        and table.called.search(text, max(0, start - _CALLED_REACH), start) is not None
    )


@lru_cache(maxsize=8192)  # asked of every unknown name, whose surfaces recur within and across articles
def _weapon_name(surface: str) -> bool:
    """Whether ``surface`` is a weapon's name ("HIMARS") or starts with one ("Patriot PAC-3")."""
    names, folded = weapons().names, surface.casefold()
    return folded in names or folded.split()[0] in names


def without_weapons(found: Sequence[Found], text: str) -> list[Found]:
    return [item for item in found if not _weapon(item, text)]


def _language(item: Found, text: str) -> bool:
    """ "berbahasa Prancis", "bahasa Inggris": a state's name standing for its language;
    "dolar AS", "yuan China": part of a currency's name."""
    if item.entity.type != "GPE":  # the type first: it spares most mentions the search
        return False
    before = max(0, item.span.start - 16)
    if not may_end_with(text[before : item.span.start], _language_ends()):
        return False  # the cheap test: both searches need one of these words to end the window
    return bool(_LANGUAGE.search(text, before, item.span.start) or _currency().search(text, before, item.span.start))


@cache
def _language_ends() -> tuple[str, ...]:
    return last_words(["bahasa", *word_list("entities", "currencies.txt")])


@cache
def _currency() -> re.Pattern[str]:
    words = longest_first(sorted(word_list("entities", "currencies.txt")), ignore_case=True)
    return re.compile(r"(?<!\w)(?:" + words + r")\s+$", re.I)


def news_sources(found: Sequence[Found], text: str, gaz: Gazetteer) -> list[Found]:
    """Language names dropped; "dilansir Antara" and the like name the news agency."""
    out = [item for item in found if not _language(item, text)]
    for match in _SOURCE.finditer(text) if "Antara" in text else ():
        span = Span(match.start(1), match.end(1))
        entry = gaz.entries.get("org:antara")
        if entry is not None and not covered(out, span):
            out.append(Found(span, span.of(text), entry.entity(), entry.kind))
    return ordered(out)

