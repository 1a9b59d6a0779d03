"""Extract: RawDocument to Article (headline, outlet, dates, byline, clean body)."""

from __future__ import annotations

from warta.errors import UnsupportedFormat
from warta.extract.language import with_language
from warta.ingest.decode import decode_text
from warta.types import Article, RawDocument


def extract(raw: RawDocument) -> Article:
    """The clean article in ``raw``; raises an InputError when it holds none."""
    if raw.media_type == "text/plain":
        from warta.extract.text import extract_plain_text

        article = extract_plain_text(raw, decode_text(raw.body, raw.origin))
    elif raw.media_type == "text/html":
        from warta.extract.html import extract_html

        article = extract_html(raw, decode_text(raw.body, raw.origin))
    else:
        raise UnsupportedFormat(raw.origin, f"no extractor for {raw.media_type}")
    return with_language(article)


__all__ = ["extract"]
