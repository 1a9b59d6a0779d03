"""Article metadata from an HTML page: headline, publication time, byline, outlet, URL.

Each field has a ladder of sources, most trusted first: structured data (``<meta>``,
JSON-LD, ``<time datetime>``) and then what a reader sees near the headline (an ``<h1>``,
"Penulis: ... | Editor: ...", "Kamis, 21 Mar 2024 14:32 WIB"). The result is a dict of
extraction hints (``title``, ``published``, ``authors``, ``editors``, ``publisher``, ``url``);
a field the page does not state is absent, never guessed.
"""

from __future__ import annotations

import copy
import json
import re
import tomllib
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from warta.extract.published import parse_published
from warta.resources import read_text

_SPACE = re.compile(r"\s+")
_SLASH_DATE = re.compile(r"^(\d{4})/(\d{2})/(\d{2})")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\n|\bdan\b|\band\b)\s*")
# The visible date or byline sits near the headline; text longer than this is prose.
_MAX_STAMP_CHARS = 160
_MAX_NAME_WORDS = 5


@cache
def _config() -> dict[str, Any]:
    return tomllib.loads(read_text("html", "metadata.toml"))


@cache
def _byline_labels() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    data = tomllib.loads(read_text("extract", "bylines.toml"))
    authors, editors = data["author_labels"], data["editor_labels"]
    labels = sorted(authors + editors, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, labels)) + r")\s*:\s*([^|/•\n:]+)", re.I)
    return pattern, frozenset(a.casefold() for a in authors), frozenset(w.casefold() for w in data["not_names"])


@cache
def _outlets() -> tuple[dict[str, str], dict[str, str]]:
    """(domain -> outlet, casefolded spelling -> outlet) from the shared outlets table."""
    by_domain: dict[str, str] = {}
    by_spelling: dict[str, str] = {}
    for line in read_text("extract", "outlets.tsv").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3 or cells[0] == "name":
            continue
        for domain in filter(None, cells[1].split(",")):
            by_domain[domain.strip().casefold()] = cells[0]
        for spelling in [cells[0], *cells[2].split(",")]:
            by_spelling[spelling.strip().casefold()] = cells[0]
    return by_domain, by_spelling


def clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _meta_values(tree: lxml_html.HtmlElement, names: list[str]) -> Iterator[str]:
    """Contents of <meta> tags with one of ``names`` (name, property or itemprop), in list order."""
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().casefold()
        content = clean(meta.get("content"))
        if key and content:
            found.setdefault(key, []).append(content)
    for name in names:
        yield from found.get(name.casefold(), [])


def json_ld_articles(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """The JSON-LD objects that describe an article, in page order; broken JSON-LD is skipped."""
    wanted = set(_config()["article_types"])
    out: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        out.extend(item for item in _walk_ld(data) if wanted & set(_types(item)))
    return out


def _walk_ld(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item)
    elif isinstance(data, dict):
        yield data
        yield from _walk_ld(data.get("@graph", []))


def _types(item: dict[str, Any]) -> list[str]:
    kind = item.get("@type", [])
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)]


def _ld_names(value: Any, people_only: bool) -> list[str]:
    """Names in a JSON-LD author/publisher value (a string, an object, or a list of them)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(clean(item))
        elif isinstance(item, dict) and not (people_only and "Organization" in _types(item)):
            names.append(clean(item.get("name") if isinstance(item.get("name"), str) else ""))
    return [name for name in names if name]


def _ld_values(articles: list[dict[str, Any]], key: str) -> Iterator[str]:
    for item in articles:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            yield clean(value)


def _class_matches(element: lxml_html.HtmlElement, fragments: list[str]) -> bool:
    marker = f"{element.get('class', '')} {element.get('id', '')}".casefold()
    return any(fragment in marker for fragment in fragments)


def _near_headline(tree: lxml_html.HtmlElement, fragments: list[str]) -> Iterator[str]:
    """Short texts of elements whose class or id names a byline or a date, outermost first."""
    for element in tree.iter():
        if isinstance(element.tag, str) and _class_matches(element, fragments):
            text = _lines_of(element)
            if 0 < len(text) <= _MAX_STAMP_CHARS:
                yield text


def _lines_of(element: lxml_html.HtmlElement) -> str:
    """The element's text with <br> kept as a line break ("Pewarta: X<br>Editor: Y")."""
    if element.find(".//br") is not None:
        element = copy.deepcopy(element)
        for br in element.iter("br"):
            br.tail = "\n" + (br.tail or "")
    lines = (_SPACE.sub(" ", line).strip() for line in element.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def page_url(tree: lxml_html.HtmlElement, given: str | None) -> str | None:
    if given:
        return given
    for link in tree.xpath('//link[@rel="canonical"]/@href'):
        if str(link).startswith("http"):
            return str(link)
    return next((u for u in _meta_values(tree, _config()["url_meta"]) if u.startswith("http")), None)


def outlet_for(url: str | None, names: list[str]) -> str | None:
    """The outlet's common name from the URL's domain, else from a stated site name."""
    by_domain, by_spelling = _outlets()
    host = (urlsplit(url).hostname or "").casefold() if url else ""
    parts = host.split(".")
    for start in range(len(parts) - 1):
        found = by_domain.get(".".join(parts[start:]))
        if found:
            return found
    for name in names:
        found = by_spelling.get(name.casefold()) or by_spelling.get(name.casefold().removeprefix("www."))
        if found:
            return found
    return names[0] if names else None


def publisher(tree: lxml_html.HtmlElement, url: str | None, articles: list[dict[str, Any]]) -> str | None:
    stated = list(_meta_values(tree, _config()["publisher_meta"]))
    for item in articles:
        stated.extend(_ld_names(item.get("publisher"), people_only=False))
    return outlet_for(url, [name for name in stated if not name.startswith("@")])


def strip_outlet_suffix(title: str, outlet_names: list[str]) -> str:
    """``"Headline - Kompas.com"`` gives ``"Headline"`` when the tail names the outlet or a domain."""
    known = {name.casefold() for name in outlet_names if name}
    for separator in _config()["title_separators"]:
        head, found, tail = title.rpartition(separator)
        if found and head and _is_outlet_name(tail.strip(), known):
            return head.strip()
    return title


def _is_outlet_name(tail: str, known: set[str]) -> bool:
    folded = tail.casefold()
    if folded in known or folded in _outlets()[1]:
        return True
    return len(tail.split()) <= 4 and re.search(r"\.(?:com|co\.id|id|net|org)\b", folded) is not None


def headline(tree: lxml_html.HtmlElement, articles: list[dict[str, Any]], outlet_names: list[str]) -> str | None:
    """The visible <h1> when it agrees with the stated title, else the stated title itself."""
    stated = [*_ld_values(articles, "headline"), *_meta_values(tree, _config()["title_meta"])]
    stated += [clean(t.text_content()) for t in tree.iter("title")]
    stated = [strip_outlet_suffix(t, outlet_names) for t in stated if t]
    for h1 in tree.iter("h1"):
        text = clean(h1.text_content())
        if len(text.split()) >= 3 and (not stated or any(_similar(text, s) for s in stated)):
            return text
    return stated[0] if stated else None


def _similar(a: str, b: str) -> bool:
    words_a, words_b = set(a.casefold().split()), set(b.casefold().split())
    return len(words_a & words_b) >= 0.6 * min(len(words_a), len(words_b))


def published(tree: lxml_html.HtmlElement, articles: list[dict[str, Any]]) -> str | None:
    """The first stated publication time, preferring one with a time of day over a bare date."""
    first_date: str | None = None
    for candidate in _published_candidates(tree, articles):
        value = parse_published(_SLASH_DATE.sub(r"\1-\2-\3", candidate))
        if value and "T" in value:
            return value
        first_date = first_date or value
    return first_date


def _published_candidates(tree: lxml_html.HtmlElement, articles: list[dict[str, Any]]) -> Iterator[str]:
    yield from _meta_values(tree, _config()["published_meta"])
    yield from _ld_values(articles, "datePublished")
    for element in tree.xpath("//*[@itemprop='datePublished'] | //time[@datetime]"):
        yield clean(element.get("datetime") or element.get("content") or element.text_content())
    yield from _near_headline(tree, _config()["date_classes"])


def byline(
    tree: lxml_html.HtmlElement, articles: list[dict[str, Any]], not_people: list[str]
) -> tuple[list[str], list[str]]:
    """(authors, editors): labelled bylines first, then JSON-LD people, <meta> and rel=author."""
    labelled_authors, editors = _labelled(_near_headline(tree, _config()["byline_classes"]))
    excluded = {n.casefold() for n in not_people if n}
    authors = _people(labelled_authors, excluded)
    if not authors:
        stated = [name for item in articles for name in _ld_names(item.get("author"), people_only=True)]
        stated += list(_meta_values(tree, _config()["author_meta"]))
        stated += [clean(a.text_content()) for a in tree.xpath("//a[@rel='author'] | //*[@itemprop='author']")]
        authors = _people(stated, excluded)
    if not authors:
        authors = _people(list(_unlabelled(tree)), excluded)
    return authors, _people(editors, excluded)


def _labelled(texts: Iterator[str]) -> tuple[list[str], list[str]]:
    pattern, author_labels, _ = _byline_labels()
    authors: list[str] = []
    editors: list[str] = []
    for text in texts:
        for label, names in pattern.findall(text):
            (authors if label.casefold() in author_labels else editors).append(names)
    return authors, editors


def _unlabelled(tree: lxml_html.HtmlElement) -> Iterator[str]:
    """Bylines without a label ("Rina Oktaviani - detikNews"), minus the outlet after the dash."""
    for text in _near_headline(tree, ["author", "penulis", "byline", "reporter"]):
        if ":" not in text and not any(ch.isdigit() for ch in text):
            yield re.split(r"\s+[-–|]\s+", text)[0]


def _people(values: list[str], excluded: set[str]) -> list[str]:
    """Person names from byline values, without desks, outlets and duplicates, in order."""
    not_names = _byline_labels()[2]
    _, spellings = _outlets()
    out: list[str] = []
    for value in values:
        for part in _NAME_SPLIT.split(value):
            name = clean(part).strip(" .-–|")
            folded = name.casefold()
            if not _person_like(name) or folded in excluded or folded in spellings or name in out:
                continue
            if any(word.casefold() in not_names for word in name.split()):
                continue
            out.append(name)
    return out


def _person_like(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or any(ch.isdigit() for ch in name) or "." in name.replace(". ", ""):
        return False
    return name.startswith("http") is False and words[0][:1].isupper()


def html_hints(tree: lxml_html.HtmlElement, url: str | None) -> dict[str, str]:
    """Everything the page states about the article, as extraction hints."""
    articles = json_ld_articles(tree)
    found_url = page_url(tree, url)
    outlet = publisher(tree, found_url, articles)
    site_names = [outlet or "", *_meta_values(tree, _config()["publisher_meta"])]
    authors, editors = byline(tree, articles, site_names)
    hints = {
        "title": headline(tree, articles, site_names),
        "published": published(tree, articles),
        "authors": "; ".join(authors),
        "editors": "; ".join(editors),
        "publisher": outlet,
        "url": found_url,
    }
    return {key: value for key, value in hints.items() if value}
