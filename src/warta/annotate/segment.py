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
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import repeat

from warta.pipeline import stage
from warta.resources import word_list
from warta.types import Analysis, Sentence, Span, Token

_TOKEN = re.compile(
    r"""
    \d+(?:[.,:/]\d+)*%?               # 1.350  2,5  10:30  11/11/2023  45%
    | (?:[^\W\d_]\.){2,}               # a.n.  S.H.  (dotted abbreviations)
    | [^\W_]+(?:[-'’][^\W_]+)*         # words, reduplications, hyphenated names
    | \S                               # any other mark on its own
    """,
    re.VERBOSE,
)

# A candidate end: terminal punctuation, closing quotes/brackets, then whitespace.
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+[\"“‘(\[]?[A-Z0-9\u00C0-\u00DE]")
_WORD_OPENERS = (" ", "\n", "\t", '"', "“", "(")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


def _abbreviations() -> frozenset[str]:
    return word_list("segment", "abbreviations.txt")


# Every token of every article is built here, and building them through the dataclass
# __init__ (two Python frames per token, plus the span check) costs several times the regex.
# Regex offsets plus a non-negative offset always make a valid span, so the objects are
# made and their slots filled by C-level map() calls, with no Python frame per token.
_new = object.__new__
_set_start, _set_end = Span.__dict__["start"].__set__, Span.__dict__["end"].__set__  # slot descriptors
_set_span, _set_text = Token.__dict__["span"].__set__, Token.__dict__["text"].__set__
_consume: Callable[[Iterable[object]], None] = deque[object](maxlen=0).extend


def tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokens of ``text``; spans are shifted by ``offset`` into the enclosing text."""
    if offset < 0:  # may make a bad span: let Span check it
        return tuple(Token(Span(m.start() + offset, m.end() + offset), m.group()) for m in _TOKEN.finditer(text))
    return _built(list(_TOKEN.finditer(text)), offset)


def _built(matches: list[re.Match[str]], offset: int) -> tuple[Token, ...]:
    starts: Iterable[int] = map(re.Match.start, matches)
    ends: Iterable[int] = map(re.Match.end, matches)
    if offset:
        starts, ends = map(offset.__add__, starts), map(offset.__add__, ends)
    spans = list(map(_new, repeat(Span, len(matches))))
    _consume(map(_set_start, spans, starts))
    _consume(map(_set_end, spans, ends))
    built = list(map(_new, repeat(Token, len(matches))))
    _consume(map(_set_span, built, spans))
    _consume(map(_set_text, built, map(re.Match.group, matches)))
    return tuple(built)


def _is_abbreviation(before: str) -> bool:
    word = before.rstrip(".").casefold()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Joko W. Widodo"
    return word in _abbreviations() and word not in word_list("segment", "final_abbreviations.txt")


def _word_before(paragraph: str, end: int) -> str:
    # rfind, not a `...$` regex search: that would rescan the paragraph from its start at every dot.
    start = max(paragraph.rfind(opener, 0, end) for opener in _WORD_OPENERS) + 1
    return paragraph[start:end]


def _sentence_ends(paragraph: str) -> Iterator[int]:
    for match in _END.finditer(paragraph):
        if not _NEXT_START.match(paragraph, match.end()):
            continue
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
            lead = len(chunk) - len(chunk.lstrip())
            yield Span(offset + start + lead, offset + start + lead + len(stripped))
        start = end


def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences (with their tokens) of a clean article text."""
    found = []
    for para in _PARAGRAPH.finditer(text):
        for span in _paragraph_sentences(para.group(), para.start()):
            # Matching inside the whole text gives the same tokens as in the sliced sentence
            # (the token pattern looks at nothing outside its match), already offset.
            found.append(Sentence(span, _built(list(_TOKEN.finditer(text, span.start, span.end)), 0)))
    return tuple(found)


@stage("segment.rules.v1", provides=("sentences",))
def segment(analysis: Analysis) -> Analysis:
    return replace(analysis, sentences=sentences(analysis.text))
