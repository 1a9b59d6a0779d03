"""Who issued a statement: "pernyataan itu" is said by whoever issued the statement it
points back to: the possessor ("pernyataan Kemlu"), else the actors of the sentence that
introduced it, several of them making a joint statement."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from warta.annotate.speaker_index import SpeakerIndex
from warta.annotate.speaker_model import Speaker, group_speaker
from warta.types import Span

if TYPE_CHECKING:
    from warta.annotate.speakers import SpeakerContext

_LIST_GAP = re.compile(r"\s*(?:,\s*|\s(?:dan|serta)\s+|\s*\(\s*|\s*\)\s*)*(?:dan\s+|serta\s+)?", re.IGNORECASE)
# "pernyataan (bersama|resmi) (Pemerintah) X": qualifiers, then the issuer; a government's
# statement is its state's.
_POSSESSOR_GAP = re.compile(r"\s*(?:(?:bersama|resmi|tertulis)\s+)?(?:(?:pemerintah|pemerintahan)\s+)?", re.IGNORECASE)


def introduces(index: SpeakerIndex, noun: re.Match[str]) -> bool:
    """Whether a statement noun introduces a statement rather than cites one."""
    if index.inside_quote(noun.start()):
        return False
    text = index.text
    before = text[max(noun.start() - 20, 0) : noun.start()].casefold().split()
    if before and before[-1] in index.cues.after_verbs:
        return False  # "kata pernyataan itu" cites
    after = text[noun.end() : noun.end() + 12].casefold().split()
    if after and after[0].strip(",.") in index.cues.demonstratives:
        sentence = index.sentence_at(noun.start())
        return bool(index.named(Span(sentence.start, noun.start())))
    return True


def resolve_statement(ctx: SpeakerContext, noun: re.Match[str], words: Span, anchor: int) -> Speaker | None:
    """The issuer of the statement ``noun`` cites; ``words`` is the phrase naming it."""
    possessor = possessors(ctx, noun.end(), words.end)
    if possessor:
        return group_speaker(possessor, words)
    earlier = [m for m in ctx.statements if m.start() < noun.start()]
    if "bersama" in noun.group().casefold():
        earlier = [m for m in earlier if "bersama" in m.group().casefold()] or earlier
    chosen = _qualified(ctx, earlier, Span(noun.end(), words.end), anchor)
    if chosen is None:
        return None
    return issuer(ctx, chosen, anchor)


def _qualified(ctx: SpeakerContext, intros: list[re.Match[str]], qualifier: Span, anchor: int) -> re.Match[str] | None:
    named = ctx.named(qualifier)
    if not intros or not named:
        return intros[-1] if intros else None
    ids = {s.entity_id for s in named}
    for intro in reversed(intros):
        if ids & {s.entity_id for s in ctx.named(ctx.sentence_at(intro.start()))}:
            return intro
    actors = {s.actor for s in named} - {None}
    for intro in reversed(intros):
        found = issuer(ctx, intro, anchor)
        if found is not None and found.actor in actors:
            return intro
    return intros[-1]


def possessors(index: SpeakerIndex, start: int, end: int) -> list[Speaker]:
    """Entities listed right after a statement noun: "pernyataan Kemlu", "pernyataan bersama A dan B"."""
    gap = _POSSESSOR_GAP.match(index.text, start, end)
    position = gap.end() if gap else start
    found: list[Speaker] = []
    for mention in index.mentions_in(Span(start, end)):
        if mention.span.start != position:
            break
        found.append(index.of_mention(mention))
        step = _LIST_GAP.match(index.text, mention.span.end, end)
        position = step.end() if step else mention.span.end
    return [s for s in found if s.type != "LOC"]


def issuer(ctx: SpeakerContext, noun: re.Match[str], anchor: int) -> Speaker | None:
    """Whoever issued the statement introduced by ``noun``."""
    possessor = possessors(ctx, noun.end(), ctx.sentence_at(noun.start()).end)
    if possessor:
        return group_speaker(possessor, Span(*noun.span()))
    sentence = ctx.sentence_at(noun.start())
    first = ctx.first_predicate(sentence)
    if first > noun.start():
        found = _main_clause_subject(ctx, sentence, noun, anchor)
        if found is not None:
            return found
    group = ctx.named(Span(sentence.start, min(first, noun.start())))
    if not group:
        index = bisect_right(ctx.sentence_starts, sentence.start) - 1
        group = ctx.subject(index - 1) if index > 0 else []
    return group_speaker(group, Span(*noun.span())) if group else None


def _main_clause_subject(ctx: SpeakerContext, sentence: Span, noun: re.Match[str], anchor: int) -> Speaker | None:
    """ "Dalam pernyataan ..., X mengatakan": the subject after the leading phrase."""
    comma = ctx.text.find(",", noun.end(), sentence.end)
    if comma < 0:
        return None
    verbs = ctx.predicates(comma + 1, sentence.end)
    end = verbs[0].start() if verbs else sentence.end
    return ctx.resolve_region(Span(comma + 1, end), anchor)
