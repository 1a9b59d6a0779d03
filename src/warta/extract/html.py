"""HTML page to Article: trafilatura finds the main text, warta's rules do the rest.

trafilatura removes the page furniture it recognises (menus, footers, related-article
boxes), but on Indonesian pages it keeps "Baca juga" links, captions, sign-offs and the
dateline, and it misses most dates and bylines. So its paragraphs go through the same
line rules as scraped text (:func:`warta.extract.text.extract_lines`), with the metadata
the page states (:mod:`warta.extract.html_meta`) as hints. A fragment without page
structure (a feed entry's content, a JSON Lines ``html`` field) is already the article and
is split into its block elements directly.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from warta.errors import EmptyArticle
from warta.extract.html_meta import clean, html_hints
from warta.types import Article, RawDocument

# trafilatura logs each rejected page at ERROR level; without a handler Python would print
# those to stderr beside warta's own one-line error, so route them nowhere by default.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.S)
_PAGE_MARKERS = re.compile(r"<(?:html|head|body)\b", re.I)
# A page whose text outside links is shorter than this holds no article (a 404 page, an index).
MIN_ARTICLE_CHARS = 150
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td")


def parse_html(raw: RawDocument, html: str) -> lxml_html.HtmlElement:
    """The page as an lxml tree; raises EmptyArticle for markup with nothing in it."""
    try:
        return lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError) as err:
        raise EmptyArticle(raw.origin, f"HTML holds no content ({err})") from None


def main_text_lines(tree: lxml_html.HtmlElement, url: str | None) -> list[str]:
    """The article's paragraphs as trafilatura finds them, one per line."""
    document = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, include_tables=False, with_metadata=False, deduplicate=False
    )
    text = getattr(document, "text", None) or ""
    return [line for line in (clean(line) for line in text.splitlines()) if line]


def fragment_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Text of each block element of an HTML fragment, outermost blocks only, in order."""
    lines: list[str] = []
    for element in tree.iter(*_BLOCKS):
        if any(ancestor.tag in _BLOCKS for ancestor in element.iterancestors()):
            continue
        text = clean(element.text_content())
        if text:
            lines.append(text)
    if not lines:
        body = tree.find("body")
        lines = [clean(line) for line in (body if body is not None else tree).text_content().splitlines()]
    return [line for line in lines if line]


def _without_title(lines: list[str], title: str | None) -> list[str]:
    """trafilatura sometimes keeps the <h1>; it is the title, not the first paragraph."""
    if title and lines and lines[0].casefold() == title.casefold():
        return lines[1:]
    return lines


def _without_links(lines: list[str], tree: lxml_html.HtmlElement) -> list[str]:
    """Lines that are wholly the text of one link are menus and related headlines, not prose."""
    anchors = {clean(a.text_content()).casefold() for a in tree.iter("a")}
    return [line for line in lines if line.casefold() not in anchors]


def merged_hints(page: Mapping[str, str], raw: RawDocument) -> dict[str, str]:
    """Page metadata overridden by what the container (JSON Lines record, feed entry) stated."""
    hints = dict(page)
    hints.update({key: value for key, value in raw.hints.items() if value})
    if raw.url and "url" not in raw.hints:
        hints["url"] = raw.url
    return hints


def extract_html(raw: RawDocument, html: str) -> Article:
    """The clean article in an HTML page or fragment; raises EmptyArticle when there is none."""
    from warta.extract.text import extract_lines

    tree = parse_html(raw, html)
    hints = merged_hints(html_hints(tree, raw.url or raw.hints.get("url")), raw)
    if _PAGE_MARKERS.search(html[:4096]):
        lines = main_text_lines(tree, hints.get("url"))
        where = "the HTML page"
    else:
        lines = fragment_lines(tree)
        where = "the HTML fragment"
    lines = _without_links(_without_title(lines, hints.get("title")), tree)
    if sum(map(len, lines)) < MIN_ARTICLE_CHARS:
        raise EmptyArticle(
            raw.origin,
            f"no article text found in {where}: {sum(map(len, lines))} characters of prose outside links and menus "
            f"(of {_visible_chars(tree):,} characters of text)",
        )
    return extract_lines(raw, lines, hints)


def _visible_chars(tree: lxml_html.HtmlElement) -> int:
    body = tree.find("body")
    return len(clean((body if body is not None else tree).text_content()))
