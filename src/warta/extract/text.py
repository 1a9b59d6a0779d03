"""Scraped plain text to Article (placeholder rules, replaced by the line classifier)."""

from __future__ import annotations

from warta.errors import EmptyArticle
from warta.types import Article, RawDocument


def extract_plain_text(raw: RawDocument, text: str) -> Article:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise EmptyArticle(raw.origin, "no text")
    return Article.from_paragraphs(raw.id, raw.origin, lines[1:], title=lines[0], url=raw.url)
