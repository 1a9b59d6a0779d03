"""Whether an event happened: negation, denial, modality, conditions and questions.

Statuses (``warta.types.EventStatus``): ``happened``; ``announced`` (akan, berencana: planned or
promised); ``negated`` (tidak, belum); ``question`` (the sentence asks); ``disputed`` (the
content of a denial: "membantah telah mengirim senjata"). Conditional and speculative events
(jika, seandainya; dapat, mungkin) are ``hypothetical``, which is not an EventStatus: the coder
drops them, because the article does not report them as having happened. So are wishes, hopes
and invitations to act (ingin, berharap, undangan untuk): the act is neither done nor planned.

:func:`recoded` then gives an announced act the type PLOVER gives an intention: an offer
("siap membantu") is AGREE, a signing to come is AGREE, an attack to come is THREATEN; and drops
a relative clause that describes a standing relation ("kelompok yang didukung X").
"""

from __future__ import annotations

from typing import Literal

from warta.annotate.event_args import last_words
from warta.annotate.event_cues import cues
from warta.annotate.event_lexicon import TriggerMatch, may_contain
from warta.types import EventStatus, Span

Reality = EventStatus | Literal["hypothetical"]

_NEGATION_REACH = 3  # "tidak secara khusus menyebutkan", "belum akan mengirim"
_ALTERNATIVE_REACH = 7  # a negation before the first of two alternatives: "tidak X ataupun Y"
_MODAL_REACH = 4  # "akan segera menjatuhkan", "berencana untuk mengirim"


_ABILITY_REACH = 4  # "kebebasan (lebih besar) sekarang untuk": words back to the noun of ability
_BEFORE_WORDS = max(_NEGATION_REACH, _ALTERNATIVE_REACH, _MODAL_REACH, _ABILITY_REACH, 2)  # the most read back


def status(text: str, trigger: Span, clause: Span, sentence: Span) -> Reality:
    c = cues()
    # the last words alone (no rule reads further back), from the stretch's end: a shorter regex scan
    before = last_words(text, clause.start, trigger.start, _BEFORE_WORDS)
    near = before[-_NEGATION_REACH:]
    if before[-1:] and before[-1] in c.alternatives:
        near = before[-_ALTERNATIVE_REACH:]  # "tidak pernah secara resmi mengakui ataupun menyangkal": both denied
    # a substring test in C spares the regex, tried at every character, in most sentences
    if may_contain(text[sentence.start : trigger.start], c.conditional_words) and c.conditional.search(
        text, sentence.start, trigger.start
    ):
        return "hypothetical"
    if any(w in c.speculative for w in before[-2:]):
        return "hypothetical"
    if before[-1:] == ("untuk",) and c.ability.intersection(before[-_ABILITY_REACH:-1]):
        return "hypothetical"  # "kebebasan sekarang untuk menyerang": an ability, not an act
    if any(w in c.negation for w in near):
        return "negated"
    if text[sentence.start : sentence.end].rstrip("\"”’' ").endswith("?"):
        return "question"
    modal = before[-_MODAL_REACH:]
    if any(w in c.unreported for w in modal):
        return "hypothetical"
    if any(w in c.future for w in modal):
        return "announced"
    return "happened"


def recoded(kind: str, match: TriggerMatch, reality: Reality, text: str, clause: Span) -> str | None:
    """The PLOVER type of an event of type ``kind`` given how it is told; None: no event is reported."""
    c = cues()
    before = last_words(text, clause.start, match.span.start, _BEFORE_WORDS)
    if match.voice == "passive" and kind in c.relative_types and before[-1:] and before[-1] in c.relative:
        return None  # "milisi yang didukung X": a description, not a report
    if reality != "announced":
        return kind
    if kind in c.willing_types and any(w in c.willing for w in before[-_MODAL_REACH:]):
        return "AGREE"  # "siap membantu": an offer
    if kind == "SUPPORT" and match.entry.root in c.pledge_roots:
        return "AGREE"  # "akan menandatangani": a pledge to sign
    return c.announced_as.get(kind, kind)


def reportable(reality: Reality) -> bool:
    """Events the analysis lists: what the article reports as done, announced or contested."""
    return reality in ("happened", "announced", "disputed", "denied")
