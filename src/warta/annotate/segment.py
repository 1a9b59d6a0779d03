"""Sentences and tokens for Indonesian news text.

Tokens: words (hyphenated reduplications and names such as ``negara-negara`` and
``Jong-un`` stay whole), numbers with thousands dots or decimal commas (``1.350``,
``2,5``), dotted abbreviations (``a.n.``, ``S.H.``), and each other punctuation mark alone.

Sentences end at ``.``, ``!`` or ``?`` (with any closing quote or bracket that follows)
when the next word starts a new sentence, unless the dot closes a known abbreviation or a
single initial (``Joko W. Widodo``). A paragraph break always ends a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from itertools import accumulate, repeat

from warta.pipeline import stage
from warta.resources import word_list
from warta.types import Analysis, Sentence, Span, Token

try:
    from warta import _native
except ImportError:  # built without a C compiler: the Python twins below run instead
    _native = None  # type: ignore[assignment]

# The compiled core finds the tokens with a scanner written by hand for this pattern
# (warta._native.scan): change the two together; tests/unit/annotate/test_segment_native.py
# compares them. The regex itself runs where the core was not built, written for the regex
# engine's speed: a letter is tested once for both the abbreviation and the word branch, and
# the possessive "*+" repeats (never backtracked into: nothing follows them) skip the engine's
# costly general repeat. What matches is the same as
# "\d+... | (?:L\.){2,} | [^\W_]+(?:[-'’][^\W_]+)* | \S".
_TOKEN = re.compile(
    r"""
    [^\W\d_](?:                        # a letter, then either
        \.[^\W\d_]\.(?:[^\W\d_]\.)*+     # a.n.  S.H.  (dotted abbreviations)
        | [^\W_]*+(?:[-'’][^\W_]+)*+    # words, reduplications, hyphenated names
    )
    | \d+(?:[.,:/]\d+)*+%?              # 1.350  2,5  10:30  11/11/2023  45%
    | \S                               # any other mark on its own
    """,
    re.VERBOSE,
)

# A candidate end: terminal punctuation, closing quotes/brackets, then whitespace and a word
# that may start a sentence. Written "[.!?][.!?]*", not "[.!?]+", so that the pattern opens
# with a character set, which lets `re` skip straight to the next mark.
_END = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9\u00C0-\u00DE])")
# What may stand right before a word, besides a space.
_WORD_OPENERS = ("\n", "\t", '"', "“", "(")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


def _abbreviations() -> frozenset[str]:
    return word_list("segment", "abbreviations.txt")


# The token pattern as one group: split() gives [gap, token, gap, token, ..., gap] as plain
# strings, so no Match object is made per token, and the gaps' lengths give every offset.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})", re.VERBOSE)

# Without the compiled core every token of every article is built here, and building them
# through the dataclass __init__ (two Python frames per token, plus the span check) costs
# several times the regex. Regex offsets plus a non-negative offset always make a valid span,
# so the objects are made and their slots filled by C-level map() calls, with no Python frame
# per token.
_new = object.__new__
_set_start, _set_end = Span.__dict__["start"].__set__, Span.__dict__["end"].__set__  # slot descriptors
_set_span, _set_text = Token.__dict__["span"].__set__, Token.__dict__["text"].__set__
_set_sentence_span, _set_tokens = Sentence.__dict__["span"].__set__, Sentence.__dict__["tokens"].__set__
_consume: Callable[[Iterable[object]], None] = deque[object](maxlen=0).extend


def tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of ``text``; spans are shifted by ``offset`` into the enclosing text."""
    if offset < 0:  # may make a bad span: let Span check it
        return tuple(Token(Span(m.start() + offset, m.end() + offset), m.group()) for m in _TOKEN.finditer(text))
    return _tokens_and_starts(text, offset)[0]


def _tokens_and_starts(text: str, offset: int) -> tuple[tuple[Token, ...], list[int]]:
    """The tokens of ``text`` (``offset`` >= 0) and their start offsets, found and built by the
    compiled core where the build made it (the same objects, several times faster)."""
    if _native is not None:
        return _native.scan(text, offset, Span, Token)
    return tokens_from_parts(_TOKEN_SPLIT.split(text), offset)


def tokens_from_parts(parts: list[str], offset: int) -> tuple[tuple[Token, ...], list[int]]:
    """Tokens and starts from the token pattern's split of a text (gap, token, gap, ..., gap):
    with the split, the pure-Python twin of ``warta._native.scan``."""
    bounds = list(accumulate(map(len, parts), initial=offset))
    starts = bounds[1:-1:2]
    return _built(starts, bounds[2::2], parts[1::2]), starts


def _built(starts: list[int], ends: list[int], texts: list[str]) -> tuple[Token, ...]:
    count = len(texts)
    spans = list(map(_new, repeat(Span, count)))
    _consume(map(_set_start, spans, starts))
    _consume(map(_set_end, spans, ends))
    built = list(map(_new, repeat(Token, count)))
    _consume(map(_set_span, built, spans))
    _consume(map(_set_text, built, texts))
    return tuple(built)


@cache
def _non_final_abbreviations() -> frozenset[str]:
    return _abbreviations() - word_list("segment", "final_abbreviations.txt")


def _valid_span(start: int, end: int) -> Span:
    """A span whose bounds are known to be valid, made the way :func:`_built` makes them."""
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


def _sentence(span: Span, tokens: tuple[Token, ...]) -> Sentence:
    sentence = _new(Sentence)
    _set_sentence_span(sentence, span)
    _set_tokens(sentence, tokens)
    return sentence


def _is_abbreviation(before: str) -> bool:
    word = before.rstrip(".").casefold()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Joko W. Widodo"
    return word in _non_final_abbreviations()


def _word_before(paragraph: str, end: int) -> str:
    # rfind, not a `...$` regex search: that would rescan the paragraph from its start at every dot.
    # The other openers are looked for only after the last space: most are absent from a
    # paragraph, and an unbounded rfind for them would scan all of it back at every dot.
    space = paragraph.rfind(" ", 0, end)
    start = max(space, *map(paragraph.rfind, _WORD_OPENERS, repeat(space + 1), repeat(end))) + 1
    return paragraph[start:end]


def _sentence_ends(paragraph: str) -> Iterator[int]:
    for match in _END.finditer(paragraph):
        if match.group().startswith(".") and match.group().count(".") == 1:
            before = _word_before(paragraph, match.start())
            if before and _is_abbreviation(before):
                continue
        yield match.end()


def _paragraph_sentences(paragraph: str, offset: int) -> Iterator[Span]:
    start = 0
    for end in [*_sentence_ends(paragraph), len(paragraph)]:
        chunk = paragraph[start:end]
        stripped = chunk.strip()
        if stripped:
            first = offset + start + len(chunk) - len(chunk.lstrip())  # offset >= 0: a valid span
            yield _valid_span(first, first + len(stripped))
        start = end


def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences (with their tokens) of a clean article text."""
    if _native is not None:  # the same sentences, with no Python work per sentence, dot or token
        return _native.sentences(text, _non_final_abbreviations(), Span, Token, Sentence)
    spans = [span for para in _PARAGRAPH.finditer(text) for span in _paragraph_sentences(para.group(), para.start())]
    # Tokenising the whole text once gives each sentence the same tokens as its own slice: a
    # sentence starts and ends next to whitespace (or the text's edge), which no token
    # crosses, and the token pattern looks at nothing outside its match.
    every, starts = tokens_from_parts(_TOKEN_SPLIT.split(text), 0)
    found = []
    last = 0
    for span in spans:
        first = bisect_left(starts, span.start, last)
        last = bisect_left(starts, span.end, first)
        found.append(_sentence(span, every[first:last]))
    return tuple(found)


@stage("segment.rules.v1", provides=("sentences",))
def segment(analysis: Analysis) -> Analysis:
    return replace(analysis, sentences=sentences(analysis.text))
