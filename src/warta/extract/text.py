"""Scraped plain text (or Markdown) to a clean Article: headline, outlet, date, byline, body.

The rules follow how Indonesian outlets lay out an article page:

1. every line is classified: article text, a byline or editor line, a timestamp, or one
   family of boilerplate (:mod:`warta.extract.boilerplate`);
2. the dateline ("Jakarta, IDN Times - ", "SEOUL - ") marks where the article proper starts:
   the first text line before it is the headline, the others (standfirst, captions) go;
3. a topic list, disclaimer, author box or sign-off ends the article;
4. a related headline or translation sign-off glued to the end of the last paragraph is cut,
   and the sign-off's names are read (:mod:`warta.extract.trailing`);
5. paragraphs repeating earlier ones are dropped (:mod:`warta.extract.repeats`).

A line is a paragraph and is kept verbatim, only the dateline prefix is cut. Fields the text
does not state stay None: nothing is guessed from an outlet's style.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from warta.errors import EmptyArticle
from warta.extract.boilerplate import classify, ends_body_families, glued_sentence, more_words_than
from warta.extract.byline import Byline, names_before_stamp, read_byline, split_names
from warta.extract.dateline import Dateline, mentioned_outlet, outlet_for_url, outlet_name, split_dateline
from warta.extract.markdown import looks_like_markdown, markdown_lines
from warta.extract.published import find_stamp, parse_published
from warta.extract.repeats import drop_repeats
from warta.extract.trailing import cut_trailer
from warta.quick_init import quick_init
from warta.types import Article, RawDocument

# How far into the article a dateline is looked for, in text lines.
DATELINE_WINDOW = 8
# A bare title-case dateline ("Jakarta - ") only counts right below the headline.
WEAK_DATELINE_WINDOW = 3
# A dateline opens a paragraph: a headline "KPK - Polri Sepakat" is too short to be one.
MIN_DATELINE_REST_WORDS = 6
MAX_HEADLINE_WORDS = 30

# Families whose lines may name the outlet ("IDN Times Community adalah ..."); captions and
# related links are left out because they credit or cite other outlets.
_OUTLET_FAMILIES = frozenset({"disclaimer", "share", "end", "tags", "signoff", "ad", "menu"})
_TRAILING_SIGNOFF = re.compile(r"\s*\((?:\*{2,4}|[a-z]{2,5}(?:\s?/\s?[a-z]{2,5}){0,3})\)\s*$")
_NOT_TEXT = re.compile(r"[\W_]*")


@quick_init
@dataclass(frozen=True, slots=True)
class Line:
    """One scraped line and what it is: ``text`` (article text), ``byline``, ``stamp`` or a family."""

    text: str
    kind: str
    byline: Byline | None = None
    published: str | None = None


def extract_plain_text(raw: RawDocument, text: str) -> Article:
    """The clean article in scraped plain text (or a Markdown scrape)."""
    return extract_lines(raw, split_lines(text))


# The line breaks str.splitlines() knows that are ASCII characters.
_ASCII_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e"


def split_lines(text: str) -> list[str]:
    """``text.splitlines()``, sooner for a text of one line (half of all scrapes).

    splitlines() looks every character up in a table; an ASCII text holding none of the ASCII
    breaks (each found by a fast byte search) has no break at all.
    """
    if text.isascii() and not any(mark in text for mark in _ASCII_BREAKS):
        return [text] if text else []
    return text.splitlines()


def extract_lines(raw: RawDocument, lines: Sequence[str], hints: Mapping[str, str] | None = None) -> Article:
    """The clean article in already-split lines; ``hints`` (and ``raw.hints``) win over guessing.

    Hint keys: "title", "published", "authors" ("; "-joined), "editors", "publisher", "url".
    Raises :class:`EmptyArticle` when no article paragraph remains.
    """
    known = {**raw.hints, **(hints or {})}
    if looks_like_markdown(lines):
        page = markdown_lines(lines)
        lines, known = page.lines, {**page.hints, **known}
    stripped = (line.strip() for line in lines)  # each line stripped once, not once per test
    scanned = [scan_line(text) for text in stripped if _has_text(text)]
    layout = _layout(scanned, known.get("title"))
    scanned = _dates_in_body_are_text(scanned, layout)
    body, signoff = _body(scanned, layout, known.get("title"))
    if signoff is not None:  # names a sign-off glued to the last paragraph states
        scanned.append(Line("", "byline", signoff))
    if not body:
        raise EmptyArticle(raw.origin, "no article text left after removing boilerplate")
    url = known.get("url") or raw.url
    return Article.from_paragraphs(
        raw.id,
        raw.origin,
        body,
        title=known.get("title") or layout.title,
        publisher=_publisher(scanned, layout.dateline, known, url),
        published=_published(scanned, known.get("published")),
        dateline=layout.dateline.place if layout.dateline else None,
        authors=_names(known.get("authors"), scanned, "authors"),
        editors=_names(known.get("editors"), scanned, "editors"),
        url=url,
    )


def scan_line(text: str) -> Line:
    """What one stripped line is; a related link with a real sentence glued on becomes that sentence."""
    family = classify(text)
    if family == "related":
        sentence = glued_sentence(text)
        return Line(sentence, "text") if sentence else Line(text, family)
    if family is not None:
        return Line(text, family)
    outlet = outlet_name(text)
    if outlet is not None:  # the outlet's name alone, as a label above the byline
        return Line(text, "byline", Byline(outlet=outlet))
    byline = read_byline(text)
    if byline is not None:
        return Line(text, "byline", byline)
    stamp = find_stamp(text)
    if stamp is not None:
        return Line(text, "stamp", names_before_stamp(stamp.prefix), stamp.iso)
    return Line(text, "text")


def _has_text(line: str) -> bool:
    """Whether a line holds a letter or digit; one opening with either (most do) needs no regex."""
    return line[:1].isalnum() or not _NOT_TEXT.fullmatch(line)


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the article proper starts and ends in the scanned lines, and its headline."""

    start: int
    end: int
    title: str | None
    dateline: Dateline | None


def _layout(lines: list[Line], title_hint: str | None) -> Layout:
    texts = [index for index, line in enumerate(lines) if line.kind == "text"]
    found = _find_dateline(lines, texts, headline_given=title_hint is not None)
    if found is not None:
        position, dateline = found
        before = texts[:position]
        title = lines[before[0]].text if before and _headline_like(lines[before[0]].text, 40) else None
        start = texts[position]
    else:
        dateline = None
        title = _leading_headline(lines, texts) if title_hint is None else None
        start = texts[0] if texts else len(lines)
        start = texts[1] if title and len(texts) > 1 else start
    return Layout(start, _body_end(lines, start), title, dateline)


def _dates_in_body_are_text(lines: list[Line], layout: Layout) -> list[Line]:
    """A date on its own line inside the article is a heading or list item, not the dateline stamp."""
    return [
        Line(line.text, "text") if line.kind == "stamp" and layout.start <= index < layout.end else line
        for index, line in enumerate(lines)
    ]


def _find_dateline(lines: list[Line], texts: list[int], headline_given: bool) -> tuple[int, Dateline] | None:
    # With the headline known from metadata (HTML, JSON Lines), the first line may open the body.
    first_weak = 0 if headline_given else 1
    for position, index in enumerate(texts[:DATELINE_WINDOW]):
        dateline = split_dateline(lines[index].text)
        if dateline is None:
            continue
        if dateline.rest and not more_words_than(dateline.rest, MIN_DATELINE_REST_WORDS - 1):
            continue
        if dateline.strong or first_weak <= position <= WEAK_DATELINE_WINDOW:
            return position, dateline
    return None


def _leading_headline(lines: list[Line], texts: list[int]) -> str | None:
    """The first text line when it reads as a headline: short, no full stop, text after it."""
    if len(texts) < 2:
        return None
    first = lines[texts[0]].text
    return first if _headline_like(first, MAX_HEADLINE_WORDS) and not first.endswith(".") else None


def _headline_like(text: str, max_words: int) -> bool:
    return not more_words_than(text, max_words) and not text.endswith((":", ","))


def _body_end(lines: list[Line], start: int) -> int:
    ends = ends_body_families()
    for index in range(start, len(lines)):
        if lines[index].kind in ends:
            return index
    return len(lines)


def _body(lines: list[Line], layout: Layout, title_hint: str | None) -> tuple[list[str], Byline | None]:
    paragraphs = [line.text for line in lines[layout.start : layout.end] if line.kind == "text"]
    # The headline and the dateline paragraph as scraped: a body pasted twice repeats both.
    seen = [text for text in (title_hint, layout.title) if text]
    if paragraphs and layout.dateline is not None:
        seen.append(paragraphs[0])
        paragraphs[0] = layout.dateline.rest
    paragraphs = [text for text in paragraphs if text]
    signoff = None
    if paragraphs:
        trailer = cut_trailer(paragraphs[-1])
        paragraphs[-1], signoff = trailer.text, trailer.byline
    if paragraphs:
        paragraphs[-1] = _without_trailing_signoff(paragraphs[-1])
    return drop_repeats([text for text in paragraphs if text], seen), signoff


# The longest sign-off :data:`_TRAILING_SIGNOFF` matches, from its "(" to its ")": "(abc/def/ghi/jkl)".
_SIGNOFF_CHARS = 32


def _without_trailing_signoff(paragraph: str) -> str:
    """``paragraph`` without a sign-off such as "(ant/dep)" ending it: :data:`_TRAILING_SIGNOFF` removed."""
    # A sign-off ends in ")": testing that first spares scanning a long last paragraph for nothing.
    end = len(paragraph.rstrip())
    if not paragraph[:end].endswith(")"):
        return paragraph
    # Its "(" stands among the last characters, so only they are searched. A match found there
    # may start inside the spaces before the sign-off; those spaces go too, as the search of the
    # whole paragraph (which starts at the first of them) would remove them.
    found = _TRAILING_SIGNOFF.search(paragraph, max(0, end - _SIGNOFF_CHARS))
    return paragraph if found is None else paragraph[: found.start()].rstrip()


def _published(lines: list[Line], hint: str | None) -> str | None:
    stated = parse_published(hint) if hint else None
    if stated:
        return stated
    return next((line.published for line in lines if line.published), None)


def _names(hint: str | None, lines: list[Line], field: str) -> tuple[str, ...]:
    if hint:
        return split_names(hint.replace(";", ","))
    names: dict[str, str] = {}
    for line in lines:
        for name in getattr(line.byline, field, ()) if line.byline else ():
            names.setdefault(name.casefold(), name)
    return tuple(names.values())


def _publisher(lines: list[Line], dateline: Dateline | None, hints: Mapping[str, str], url: str | None) -> str | None:
    if hints.get("publisher"):
        return outlet_name(hints["publisher"]) or hints["publisher"]
    if dateline is not None and dateline.outlet:
        return dateline.outlet
    for line in lines:
        if line.byline is not None and line.byline.outlet:
            return line.byline.outlet
    for line in lines:
        if line.kind in _OUTLET_FAMILIES:
            named = mentioned_outlet(line.text)
            if named:
                return named
    return outlet_for_url(url)
