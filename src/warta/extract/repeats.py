"""Repeated paragraphs: scrapes often hold a block, or the whole body, pasted twice."""

from __future__ import annotations

from collections.abc import Iterable

# Punctuation, quotes and dashes become spaces, so "“X,” kata dia" and "\"X\", kata dia" are one key:
# ASCII punctuation (all of "!" to "/", ":" to "@", "[" to "`", "{" to "~") and typographic marks.
PUNCTUATION = "".join(map(chr, [*range(0x21, 0x30), *range(0x3A, 0x41), *range(0x5B, 0x61), *range(0x7B, 0x7F)]))
TYPOGRAPHIC = "“”‘’„«»–—…"
_ASCII_PUNCTUATION = PUNCTUATION
PUNCTUATION += TYPOGRAPHIC
_AS_SPACE = str.maketrans(dict.fromkeys(PUNCTUATION, " "))
# The same map on UTF-8 bytes for the ASCII marks (a multi-byte character never holds an ASCII
# byte); the separators 0x1C-0x1F, which str.split() treats as spaces and bytes.split() does not,
# become spaces too.
_ASCII_AS_SPACE = bytes.maketrans(
    bytes(range(0x1C, 0x20)) + _ASCII_PUNCTUATION.encode(), b" " * (4 + len(_ASCII_PUNCTUATION))
)
_TYPOGRAPHIC_AS_SPACE = str.maketrans(dict.fromkeys(TYPOGRAPHIC, " "))

# Short lines ("Persyaratan:", "Video") may legitimately recur; only longer ones count as repeats.
MIN_REPEAT_WORDS = 4
# Two paragraphs that agree on this many leading characters and on their word count are one
# paragraph; comparing a prefix keeps the key cheap on very long lines.
KEY_CHARS = 240


def paragraph_key(text: str) -> str:
    """A paragraph's words only: quotes, dashes and spacing differences do not make it new."""
    words = _prefix_key(text)
    return f"{words} #{len(text.split())}" if len(text) > KEY_CHARS else words


def _prefix_key(text: str) -> str:
    # translate() and split() instead of one regex substitution: the same words, in 60% of the time.
    # bytes.translate() is a table lookup per byte, where str.translate() on non-ASCII text looks
    # every character up in a dict: a third of the time. Typographic marks, rarer, keep str's.
    folded = text[:KEY_CHARS].casefold()
    if not folded.isascii():
        folded = folded.translate(_TYPOGRAPHIC_AS_SPACE)
    return " ".join(folded.encode().translate(_ASCII_AS_SPACE).decode().split())


def drop_repeats(paragraphs: Iterable[str], seen: Iterable[str] = ()) -> list[str]:
    """The paragraphs without any that repeats an earlier one (or one of ``seen``)."""
    # Keyed by the prefix key first: a long paragraph's words are counted (a split of the
    # whole paragraph) only when an earlier one shares its prefix, which is rare.
    known: dict[str, list[str]] = {}
    for text in seen:
        known.setdefault(_prefix_key(text), []).append(text)
    kept: list[str] = []
    for paragraph in paragraphs:
        prefix = _prefix_key(paragraph)
        earlier = known.setdefault(prefix, [])
        if _repeats(paragraph, earlier) and paragraph.count(" ") >= MIN_REPEAT_WORDS - 1:
            continue
        earlier.append(paragraph)
        kept.append(paragraph)
    return kept


def _repeats(paragraph: str, earlier: list[str]) -> bool:
    """Whether ``paragraph`` has the key of one of ``earlier`` (which share its prefix key)."""
    if not earlier:
        return False
    key = paragraph_key(paragraph)
    return any(paragraph_key(text) == key for text in earlier)
