"""Datelines ("Jakarta, IDN Times - ", "KONTAN.CO.ID - JAKARTA/SEOUL. ", "SEOUL - ") and outlets.

A dateline opens an article's first paragraph: it names the place the story was filed from,
often the outlet, or both. :func:`split_dateline` cuts it off and reads both; the outlets
table (``resources/extract/outlets.tsv``) turns a spelling or domain into the outlet's
common name ("KOMPAS.com" -> "Kompas").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

from warta.resources import read_text


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    spellings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline cut from the start of a line: place, outlet name, and the text after it.

    ``strong`` is False for a bare title-case place ("Jakarta - "), which only counts near the
    top of an article.
    """

    place: str | None
    outlet: str | None
    rest: str
    strong: bool = True


@cache
def outlets() -> tuple[Outlet, ...]:
    rows = []
    for line in read_text("extract", "outlets.tsv").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, domains, spellings = [*line.split("\t"), "", ""][:3]
        rows.append(Outlet(name, _items(domains), (name, *_items(spellings))))
    return tuple(rows)


def _items(column: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in column.split(",") if item.strip())


@cache
def _by_spelling() -> dict[str, str]:
    table = {spelling: outlet.name for outlet in outlets() for spelling in outlet.spellings}
    # Domains are case-insensitive ("Kompas.com", "KOMPAS.COM"): index them casefolded.
    table.update({domain.casefold(): outlet.name for outlet in outlets() for domain in outlet.domains})
    return table


def outlet_name(token: str) -> str | None:
    """The common name for an outlet spelling or domain, e.g. "REPUBLIKA.CO.ID" -> "Republika"."""
    token = token.strip(" *.:")
    if len(token) > _longest_spelling():  # casefolding never shortens: no lookup can succeed
        return None
    table = _by_spelling()
    return table.get(token) or table.get(token.casefold())


@cache
def _longest_spelling() -> int:
    return max(map(len, _by_spelling()), default=0)


def outlet_for_url(url: str | None) -> str | None:
    """The outlet whose domain serves ``url`` ("https://news.detik.com/..." -> "Detik")."""
    return _outlet_for_host(_host(url)) if url else None


# Articles come from a few hundred hosts: each is looked up once.
@lru_cache(maxsize=4096)
def _outlet_for_host(host: str) -> str | None:
    # The host and each parent domain ("news.detik.com", "detik.com", "com") looked up in a
    # table, instead of testing every outlet's domains; the first outlet in the table wins.
    labels = host.split(".")
    by_domain = _by_domain()
    found = [by_domain[domain] for domain in (".".join(labels[i:]) for i in range(len(labels))) if domain in by_domain]
    return outlets()[min(found)].name if found else None


# A plain web address's host, read without urlsplit, which costs more than the rest of the lookup.
_PLAIN_HOST = re.compile(r"https?://([A-Za-z0-9.-]+)(?=[/?#]|\Z)")


def _host(url: str) -> str:
    plain = _PLAIN_HOST.match(url)
    return plain.group(1).lower() if plain else (urlsplit(url).hostname or "").casefold()


@cache
def _by_domain() -> dict[str, int]:
    """Each domain in the table, with the position of the first outlet serving it."""
    table: dict[str, int] = {}
    for position, outlet in enumerate(outlets()):
        for domain in outlet.domains:
            table.setdefault(domain, position)
    return table


@cache
def _mention_regex() -> re.Pattern[str]:
    spellings = sorted({s for outlet in outlets() for s in outlet.spellings if len(s) > 3}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, spellings)) + r")(?![\w])")


def mentioned_outlet(line: str) -> str | None:
    """The first table outlet named in a boilerplate line ("IDN Times Community adalah ...")."""
    match = _mention_regex().search(line)
    return outlet_name(match.group()) if match else None


# An outlet token: a table spelling or anything shaped like a news domain ("RIAU24.COM").
_DOMAIN = r"[A-Za-z][A-Za-z0-9-]*\.(?:com|COM|co\.id|CO\.ID|id|ID|net|NET|co|CO|tv|TV)"
_DOMAIN_RE = re.compile(_DOMAIN)
_CAPS_PLACE = r"[A-Z][A-Z.'-]{2,}(?:[ /][A-Z][A-Z.'-]+){0,3}"
_ANY_PLACE = r"[A-Z][A-Za-z.'-]+(?:[ /][A-Z][A-Za-z.'-]+){0,3}"
_DASH = r"\s*(?:-{1,3}|–|—)\s*"


# Any token shaped like an outlet name ("IDN Times", "KONTAN.CO.ID", "detikNews"); the table
# decides afterwards, which is much faster than an alternation of every spelling.
_OUT = r"(?P<out>[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z]+){0,2}(?: [A-Z][A-Za-z0-9]*(?:\.[A-Za-z]+){0,2})?)"


@cache
def _forms() -> tuple[tuple[re.Pattern[str], bool, bool], ...]:
    """Each dateline form, whether it is strong, and whether it holds a dash (all but the bare domain)."""
    out = _OUT
    place, caps = f"(?P<place>{_ANY_PLACE})", f"(?P<place>{_CAPS_PLACE})"
    sources = [
        (rf"{place},\s*{out}{_DASH}", True),  # Jakarta, IDN Times -
        (rf"{place}\s*\(\s*{out}\s*\){_DASH}", True),  # Jakarta (ANTARA) -
        (rf"{out},\s*{place}{_DASH}", True),  # Liputan6.com, Jakarta -
        (rf"{out}{_DASH}{caps}[.,]\s+", True),  # KONTAN.CO.ID - JAKARTA/SEOUL.
        (rf"{out}{_DASH}", True),  # KOMPAS.com -
        (rf"(?P<out>{_DOMAIN})\s+(?=[A-Z\"“])", True),  # RIAU24.COM Korea Utara ...
        (rf"{caps}{_DASH}(?=[A-Z0-9\"“'‘(])", True),  # SEOUL -
        (rf"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?){_DASH}(?=[A-Z0-9\"“])", False),  # Jakarta -
    ]
    return tuple((re.compile(source), strong, _DASH in source) for source, strong in sources)


# Before its dash a dateline holds at most eight whitespace-separated pieces: a place of four
# words, "(", an outlet of two words, ")" (the longest form, "Jakarta ( ANTARA ) -").
DASH_WITHIN_PIECES = 9


def split_dateline(line: str) -> Dateline | None:
    """The dateline that opens ``line``, or None when the line does not start with one."""
    # Most lines have no dash among their first words: the forms with one (seven of eight, each
    # a backtracking match of capitalised words) cannot match them and are not tried.
    head = " ".join(line.split(maxsplit=DASH_WITHIN_PIECES)[:DASH_WITHIN_PIECES])
    dash_near_start = "-" in head or "–" in head or "—" in head
    for regex, strong, has_dash in _forms():
        if has_dash and not dash_near_start:
            continue
        match = regex.match(line)
        if match is None:
            continue
        groups = match.groupdict()
        outlet = _outlet_of(groups.get("out"))
        place = groups.get("place")
        if groups.get("out") and outlet_name(groups["out"]) is None and not _DOMAIN_RE.fullmatch(groups["out"]):
            continue
        if place is not None and not _plausible_place(place):
            continue
        return Dateline(place_name(place) if place else None, outlet, line[match.end() :].strip(), strong)
    return None


def _outlet_of(token: str | None) -> str | None:
    if token is None:
        return None
    known = outlet_name(token)
    if known is not None:
        return known
    # An unknown news domain: its name without the web suffix, as the dateline spells it.
    return re.sub(r"\.(?:com|co\.id|id|net|co|tv)$", "", token, flags=re.IGNORECASE)


# All-caps words that open sentences or headings but are not places.
_NOT_PLACES = frozenset({"BACA", "JUGA", "FOTO", "VIDEO", "UPDATE", "BREAKING", "NEWS", "EKSKLUSIF", "INFOGRAFIS"})


def _plausible_place(place: str) -> bool:
    words = re.split(r"[ /]", place)
    return not any(word.upper() in _NOT_PLACES for word in words) and len(place) >= 2


def place_name(place: str) -> str:
    """A dateline place in title case: "JAKARTA/SEOUL" -> "Jakarta/Seoul"; mixed case is kept."""
    if not place.isupper():
        return place
    return re.sub(r"[A-Z][A-Z'.]*", lambda word: word.group().capitalize(), place)
