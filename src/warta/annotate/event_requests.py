"""Answers to a request pointed back to: "Uni Eropa menyetujui permintaan tersebut" agrees with the requester.

An agreement or a refusal whose object is a request noun with a demonstrative ("permintaan tersebut",
"usulan itu") names no party: the target is who made the latest request told a few sentences before,
preferring one addressed to the one who answers. Words are in ``cues.toml`` (``[arguments]``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.event_args import Context, Unit, words
from warta.annotate.event_cues import cue_sections
from warta.annotate.event_lexicon import TriggerMatch
from warta.types import Span

_SENTENCES_BACK = 3  # how far back the request answered may have been told
_OBJECT_WORDS = 4  # "menyetujui sepenuhnya permintaan tersebut": words between the verb and the pointer


@dataclass(frozen=True, slots=True)
class Request:
    sentence: int  # index of the sentence that told it
    source: str
    target: str | None


@dataclass(frozen=True, slots=True)
class _Words:
    objects: frozenset[str]
    pointers: frozenset[str]
    types: frozenset[str]


@cache
def _words() -> _Words:
    section = cue_sections()["arguments"]
    return _Words(
        frozenset(section["request_objects"]),
        frozenset(section["request_pointers"]),
        frozenset(section["request_types"]),
    )


def answers_request(text: str, match: TriggerMatch, clause: Span) -> bool:
    """Whether the trigger agrees to or refuses a request pointed back to, right after it or (passive) right before."""
    listed = _words()
    if match.entry.type not in listed.types:
        return False
    after = words(text[match.span.end : clause.end])[: _OBJECT_WORDS + 1]
    before = words(text[clause.start : match.span.start])[-_OBJECT_WORDS - 1 :]
    return _pointed(after, listed) or (match.voice == "passive" and _pointed(before, listed))


def _pointed(found: Sequence[str], listed: _Words) -> bool:
    """ "permintaan tersebut": a request noun with a pointer right after it (one word, its owner's "-nya", aside)."""
    for index, word in enumerate(found):
        if word in listed.objects:
            return any(w in listed.pointers for w in found[index + 1 : index + 3])
    return False


def requester(
    ctx: Context, match: TriggerMatch, requests: Sequence[Request], sources: Sequence[str]
) -> tuple[Unit, ...]:
    """The maker of the latest request before ``match``, other than the answerer, addressed to it if any was."""
    here = ctx.sentence_of(match.span.start)
    recent = [r for r in requests if 0 <= here - r.sentence <= _SENTENCES_BACK and r.source not in sources]
    addressed = [r for r in recent if r.target in sources]
    chosen = (addressed or recent)[-1] if addressed or recent else None
    return (Unit(match.span, (chosen.source,), None, "requester"),) if chosen else ()
