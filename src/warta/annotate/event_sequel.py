"""The day of an event given by the sentence right after it, which tells the same act again.

Indonesian news often reports an act first and dates it in the next sentence, pointing back to it:
"Sebelumnya, A bersama B menandatangani kesepakatan ... . Penandatanganan dilakukan ... di Jakarta pada
21 Oktober 2025." (the act's own noun), "Prabowo menyatakan bahwa ... . Hal tersebut disampaikan Prabowo
... pada Rabu (28/5/2025)." (a statement pointed back to and said on that day). The event, with no day
in its own sentence, happened on the day that sentence names.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from warta.annotate.event_args import Context, words
from warta.annotate.event_cues import cue_sections, cues
from warta.annotate.event_dates import VERBAL_TYPES
from warta.annotate.event_lexicon import TriggerMatch
from warta.annotate.morphology import surface_forms, voice
from warta.types import Span, TimeExpr

_OPENING_WORDS = 3  # "Adapun penandatanganan ...": words before the act's noun
_SAID_WORDS = 6  # "Hal tersebut disampaikan ...": words before the verb of saying


def sequel_date(ctx: Context, match: TriggerMatch, timexes: Sequence[TimeExpr]) -> str | None:
    """The day named in the next sentence when it opens by telling ``match``'s act again, else None."""
    here = ctx.sentence_of(match.span.start)
    if here + 1 >= len(ctx.sentences):
        return None
    following = ctx.sentences[here + 1]
    days = [t for t in timexes if following.contains(t.span)]
    if not days or not _tells_again(ctx, match, following):
        return None
    return days[0].value


def _tells_again(ctx: Context, match: TriggerMatch, sentence: Span) -> bool:
    opening = words(ctx.text[sentence.start : min(sentence.end, sentence.start + 80)])
    if match.entry.type in VERBAL_TYPES and _said_again(opening):
        return True
    nouns = _nouns(match.entry.root, match.entry.forms)
    return any(w in nouns for w in opening[: _OPENING_WORDS + 1])


@cache
def _nouns(root: str, forms: str) -> frozenset[str]:
    """The one-word noun forms of a row ("penandatanganan" of "tanda tangan"), whatever words they need nearby."""
    return frozenset(
        f for f, template in surface_forms(root, forms).items() if voice(template) == "noun" and " " not in f
    )


def _said_again(opening: Sequence[str]) -> bool:
    """ "Hal tersebut disampaikan ...", "Pernyataan itu diungkapkan ...": a statement pointed back to, then said."""
    if not opening or opening[0] not in _statement_nouns():
        return False
    said = cues().said_on_words
    return any(w in said for w in opening[1:_SAID_WORDS])


@cache
def _statement_nouns() -> frozenset[str]:
    return frozenset(cue_sections()["dates"]["statement_nouns"])
