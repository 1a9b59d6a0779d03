"""Whether an event happened: negation, denial, modality, conditions and questions.

Statuses (``warta.types.EventStatus``): ``happened``; ``announced`` (akan, berencana: planned or
promised); ``negated`` (tidak, belum); ``question`` (the sentence asks); ``disputed`` (the
content of a denial: "membantah telah mengirim senjata"). Conditional and speculative events
(jika, seandainya; dapat, mungkin) are ``hypothetical``, which is not an EventStatus: the coder
drops them, because the article does not report them as having happened.
"""

from __future__ import annotations

from typing import Literal

from warta.annotate.event_args import words
from warta.annotate.event_cues import cues
from warta.types import EventStatus, Span

Reality = EventStatus | Literal["hypothetical"]

_NEGATION_REACH = 3  # "tidak secara khusus menyebutkan", "belum akan mengirim"
_MODAL_REACH = 4  # "akan segera menjatuhkan", "berencana untuk mengirim"


def status(text: str, trigger: Span, clause: Span, sentence: Span) -> Reality:
    c = cues()
    before = words(text[clause.start : trigger.start])
    near = before[-_NEGATION_REACH:]
    if c.conditional.search(text, sentence.start, trigger.start):
        return "hypothetical"
    if any(w in c.speculative for w in before[-2:]):
        return "hypothetical"
    if any(w in c.negation for w in near):
        return "negated"
    if text[sentence.start : sentence.end].rstrip("\"”’' ").endswith("?"):
        return "question"
    if any(w in c.future for w in before[-_MODAL_REACH:]):
        return "announced"
    return "happened"


def reportable(reality: Reality) -> bool:
    """Events the analysis lists: what the article reports as done, announced or contested."""
    return reality in ("happened", "announced", "disputed", "denied")
