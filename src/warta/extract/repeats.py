"""Repeated paragraphs: scrapes often hold a block, or the whole body, pasted twice."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Punctuation, quotes and dashes become spaces, so "“X,” kata dia" and "\"X\", kata dia" are one key.
_PUNCTUATION = re.compile(r"[\s!-/:-@\[-`{-~“”‘’„«»–—…]+")

# Short lines ("Persyaratan:", "Video") may legitimately recur; only longer ones count as repeats.
MIN_REPEAT_WORDS = 4
# Two paragraphs that agree on this many leading characters and on their word count are one
# paragraph; comparing a prefix keeps the key cheap on very long lines.
KEY_CHARS = 240


def paragraph_key(text: str) -> str:
    """A paragraph's words only: quotes, dashes and spacing differences do not make it new."""
    words = _PUNCTUATION.sub(" ", text[:KEY_CHARS].casefold()).strip()
    return f"{words} #{len(text.split())}" if len(text) > KEY_CHARS else words


def drop_repeats(paragraphs: Iterable[str], seen: Iterable[str] = ()) -> list[str]:
    """The paragraphs without any that repeats an earlier one (or one of ``seen``)."""
    known = {paragraph_key(text) for text in seen}
    kept: list[str] = []
    for paragraph in paragraphs:
        key = paragraph_key(paragraph)
        if key in known and paragraph.count(" ") >= MIN_REPEAT_WORDS - 1:
            continue
        known.add(key)
        kept.append(paragraph)
    return kept
