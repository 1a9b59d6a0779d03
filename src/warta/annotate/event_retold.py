"""Events told again: subheadings, repeats within a sentence, and acts named again later.

A subheading restates the paragraphs under it; "pertemuan itu", "Permintaan tersebut", "Serangan
udara ... ke kamp itu" and "meskipun X melancarkan serangan terhadap Y" name an act already coded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise

from warta.annotate.event_args import words
from warta.annotate.event_cues import cues
from warta.annotate.event_lexicon import find_triggers
from warta.annotate.event_status import Reality
from warta.types import Analysis, Event, Span

# Meetings and cooperation named again by a noun ("pertemuan itu") are usually the one already coded.
BACK_REFERENCE = frozenset({"CONSULT", "COOPERATE"})
_DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
_BACK_DEMONSTRATIVES = frozenset({"itu", "tersebut"})  # "ini" also opens new referents ("Konferensi ini ...")
_DEMONSTRATIVE_REACH = 3  # "pertemuan tingkat tinggi itu"
_SETTING_CHARS = 80  # how far after a meeting noun its own place or time may stand
_OWN_PLACE = re.compile(r"\bdi\s+[A-Z]")
_OPENING_PHRASE_WORDS = 10  # "Serangan udara besar-besaran Israel ke fasilitas nuklir itu"
_PREDICATE = re.compile(r"(?:me|di|ber|ter)\w{4,}")  # the phrase has ended once a verb comes
_HEADING = re.compile(r"^(?:\d+\.\s+)?[^.!?]{1,120}$")
_HEADING_MAX_WORDS = 12
_HEADING_MAX_CHARS = 121  # the most _HEADING matches with no number first: 120 characters and a final newline


def is_heading(text: str, sentence: Span, paragraphs: Sequence[Span]) -> bool:
    """A subheading ("2. Uni Eropa siapkan sanksi baru"): a short paragraph with no full stop.

    Subheadings restate what the paragraphs under them report, so their events would be counted twice.
    """
    paragraph = next((p for p in paragraphs if p.contains(sentence)), None)
    return paragraph is not None and _heading_paragraph(paragraph.of(text))


def _heading_paragraph(body: str) -> bool:
    if len(body) > _HEADING_MAX_CHARS and not body[:1].isdigit():
        return False  # longer than _HEADING allows without a number first: most paragraphs, told without the regex
    return bool(_HEADING.match(body)) and len(body.split()) <= _HEADING_MAX_WORDS


def headings(
    text: str, sentences: Sequence[Span], paragraphs: Sequence[Span], wanted: Sequence[bool] | None = None
) -> list[bool]:
    """:func:`is_heading` for every sentence, each paragraph read once (sentences and paragraphs in order).

    ``wanted``, for each sentence whether its answer is read: False for the others, whose paragraphs are
    then not read (most sentences hold no trigger).
    """
    wanted = [True] * len(sentences) if wanted is None else wanted
    if any(a.end > b.start for a, b in pairwise(paragraphs)):  # not the extractor's layout: ask one by one
        return [w and is_heading(text, s, paragraphs) for s, w in zip(sentences, wanted, strict=True)]
    starts = [p.start for p in paragraphs]
    verdicts: dict[int, bool] = {}
    out = []
    for sentence, read in zip(sentences, wanted, strict=True):
        if not read:
            out.append(False)
            continue
        index = bisect_right(starts, sentence.start) - 1
        if index < 0 or not paragraphs[index].contains(sentence):
            out.append(False)
            continue
        if index not in verdicts:
            verdicts[index] = _heading_paragraph(paragraphs[index].of(text))
        out.append(verdicts[index])
    return out


def once_per_sentence(found: list[tuple[Event, Reality]]) -> Iterator[tuple[Event, Reality]]:
    """One event per (type, source, target) in a sentence; none without a target when one has it.

    "menyampaikan keprihatinan, mengecam dan menolak ... AS": one ACCUSE against the US, not
    also an untargeted one.
    """
    targeted = {(e.type, e.source) for e, _ in found if e.target is not None}
    seen: set[tuple[str, str | None, str | None]] = set()
    for event, reality in found:
        key = (event.type, event.source, event.target)
        if key in seen or (event.target is None and (event.type, event.source) in targeted):
            continue
        seen.add(key)
        yield event, reality


def restated(analysis: Analysis, event: Event) -> bool:
    """Whether the event's clause opens with a connective that tells a known act again, with no day of its own."""
    text = analysis.text
    opener = words(text[max(0, event.evidence.start - 15) : event.evidence.start])[-1:]
    if event.type not in cues().restating_types or not opener or opener[0] not in cues().restating:
        return False
    if "," in text[event.evidence.start : event.trigger.start]:
        return False  # "setelah pertemuan itu, X menyerang ...": the main clause, not the connective's
    return not any(event.evidence.contains(t.span) for t in analysis.timexes)


def opens_back_reference(analysis: Analysis, sentence: Span, event: Event) -> bool:
    """Whether the event is a noun opening its sentence, its phrase closed by "itu"/"tersebut".

    "Serangan udara besar-besaran ke kamp itu menewaskan ...": the subject names again what was
    told before; the demonstrative may stand far after the noun, but before the predicate.
    """
    text = analysis.text
    lead = len(words(text[sentence.start : event.trigger.start]))
    if lead > 1 or not _is_noun(analysis, event):
        return False
    for word in words(text[event.trigger.end : sentence.end])[:_OPENING_PHRASE_WORDS]:
        if word in _BACK_DEMONSTRATIVES:
            return True
        if word == "," or _PREDICATE.fullmatch(word):
            break
    # "Ancaman Trump muncul setelah ...": an undated act of a known doer, opening its sentence as the
    # topic, is the one told before ("Dalam pertemuan dengan X" is a setting, not a topic)
    return lead == 0 and not any(event.evidence.contains(t.span) for t in analysis.timexes)


def _is_noun(analysis: Analysis, event: Event) -> bool:
    found = find_triggers(analysis.text, event.trigger.start, event.trigger.end)
    return any(m.span == event.trigger and m.voice == "noun" for m in found)


def pointed_back(analysis: Analysis, event: Event) -> bool:
    """Whether an event noun is followed by "itu"/"tersebut" ("Permintaan Ukraina itu ..."): a re-mention."""
    if not _is_noun(analysis, event):
        return False
    following = words(analysis.text[event.trigger.end : event.trigger.end + 40])[:_DEMONSTRATIVE_REACH]
    return any(w in _BACK_DEMONSTRATIVES for w in following)


def repeats(analysis: Analysis, event: Event) -> bool:
    """Whether a meeting noun names a meeting already told ("pertemuan itu", "kunjungan Blinken").

    A noun naming its own place or time ("pertemuan puncak di X pada Agustus") is a meeting of
    its own, unless a demonstrative or "-nya" points back.
    """
    if not _is_noun(analysis, event):
        return False
    text, end = analysis.text, event.trigger.end
    following = words(text[end : end + 40])[:_DEMONSTRATIVE_REACH]
    if event.trigger.of(text).casefold().endswith("nya") or any(w in _DEMONSTRATIVES for w in following):
        return True
    window = Span(end, min(event.evidence.end, end + _SETTING_CHARS))
    own_time = any(window.contains(t.span) for t in analysis.timexes)
    return not (own_time or _OWN_PLACE.search(text, window.start, window.end))


__all__ = ["BACK_REFERENCE", "headings", "is_heading", "once_per_sentence", "opens_back_reference",
           "pointed_back", "repeats", "restated"]
