"""Extract: RawDocument to Article (headline, outlet, dates, byline, clean body)."""

from __future__ import annotations

from functools import cache

from warta.errors import UnsupportedFormat
from warta.extract import boilerplate, byline, dateline, language, published, trailing
from warta.extract.language import with_language
from warta.ingest.decode import decode_text
from warta.types import Article, RawDocument


def extract(raw: RawDocument) -> Article:
    """The clean article in ``raw``; raises an InputError when it holds none."""
    _load_rules()
    if raw.media_type == "text/plain":
        from warta.extract.text import extract_plain_text

        article = extract_plain_text(raw, decode_text(raw.body, raw.origin))
    elif raw.media_type == "text/html":
        from warta.extract.html import extract_html

        article = extract_html(raw, decode_text(raw.body, raw.origin))
    else:
        raise UnsupportedFormat(raw.origin, f"no extractor for {raw.media_type}")
    return with_language(article)


@cache
def _load_rules() -> None:
    """Read every table and compile every pattern the rules may use, before the first document.

    Each is otherwise made on its first use, which some rules (a sign-off, a byline) reach only
    after many documents: made in the middle of a batch, it would be timed as that document's cost.
    """
    loaders = [
        boilerplate._minor_words,
        boilerplate._credits,
        boilerplate._related_label,
        boilerplate._sentence_starters,
        byline._label_regex,
        byline._editor_labels,
        byline._author_boxes,
        byline._source_credit_regex,
        byline._not_names,
        dateline._mention_regex,
        published._stamp_regex,
        trailing._residue,
        trailing._signoff,
    ]
    for load in loaders:
        load()
    for name in ("indonesian_markers.txt", "function_words.txt"):
        for as_bytes in (False, True):
            language._listed(name, as_bytes)


__all__ = ["extract"]
