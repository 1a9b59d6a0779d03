"""Who is paired with whom: one (source, target) per actor pair of a trigger's roles.

Subjects act on each target; mutual acts (meetings, agreements) pair every participant once, or
both ways for acts done to each other at once; a verb's (or a light verb's noun's) partners
"dengan A, B, dan C" each meet the subject, not each other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from itertools import combinations, permutations

from warta.annotate.event_args import Unit, words
from warta.annotate.event_cues import cue_sections, cues
from warta.annotate.event_frames import Roles
from warta.annotate.event_lexicon import TriggerMatch

# Done together by the actors named as subject ("kedua presiden menjanjikan ..."): one event per pair.
_JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Settled by each subject with the partner named after the verb ("UEA, Bahrain, dan Maroko sepakat membuka
# lembaran baru dengan Israel"): the subjects agreed with the partner, not with each other.
_EACH_WITH_PARTNER = frozenset({"AGREE"})
_PARTNER_REACH = 6  # "dengan Menteri Luar Negeri Republik Singapura": words between the marker and the partner's name


@cache
def _round_table() -> frozenset[str]:
    return frozenset(cue_sections()["arguments"]["round_table"])


def _distinct(found: Sequence[Unit]) -> list[tuple[str, Unit]]:
    return list({a: (a, u) for u in found for a in u.actors}.values())


def pairs(
    roles: Roles, entry_type: str, no_target: str | None, verbal: bool = True, both_ways: bool = False,
    light: bool = False, with_partner: bool = False,
) -> Iterator[tuple[str, str | None, Unit, Unit | None]]:
    sources, targets = _distinct(roles.sources), _distinct(roles.targets)
    if roles.mutual:
        # "A bersama B menandatangani ... warga B": a co-subject named again later is no partner of its own
        targets = [t for t in targets if t[0] not in {a for a, _ in sources}]
    if roles.reciprocal and len(sources) > 1:
        for (a, ua), (b, ub) in permutations(sources, 2):
            yield a, b, ua, ub
        return
    if verbal and roles.mutual and sources and targets:
        # a light verb's noun was coded both ways with its partners before it paired them with the subject
        each_way = both_ways and (light or with_partner)
        yield from _with_partners(sources, targets, each_way, entry_type not in _EACH_WITH_PARTNER)
        return
    joint = roles.mutual or (not targets and len(sources) > 1 and entry_type in _JOINT_TYPES)
    if joint and not (roles.each and not targets):
        everyone = list({a: (a, u) for a, u in sources + targets}.values())
        if len(everyone) == 1 and (entry_type == "CONSULT" or no_target):
            yield everyone[0][0], None, everyone[0][1], None
        for (a, ua), (b, ub) in (permutations if both_ways else combinations)(everyone, 2):
            yield a, b, ua, ub
        return
    for source, unit in sources:
        if not targets:
            yield source, None, unit, None
        for target, target_unit in targets:
            if target != source:
                yield source, target, unit, target_unit


def _with_partners(
    sources: list[tuple[str, Unit]], targets: list[tuple[str, Unit]], both_ways: bool = False, joint: bool = True
) -> Iterator[tuple[str, str | None, Unit, Unit | None]]:
    """"bertemu dengan Menlu A, B, C dan D": each listed partner meets the subject, not each other.

    Joint subjects ("A dan B bertemu dengan C") did it together, so they are paired too (``joint``);
    subjects who each settle with the same partner ("UEA, Bahrain, dan Maroko sepakat membuka lembaran
    baru dengan Israel") agreed with it, not with each other. A meeting noun's partners ("pertemuan
    dengan rekan-rekannya dari X dan Y") still form one round table, so this holds for verbs only. An
    act done to each other at once ("sepakat", signing) is coded both ways.
    """
    if joint:
        for (a, ua), (b, ub) in (permutations if both_ways else combinations)(sources, 2):
            yield a, b, ua, ub
    for source, unit in sources:
        for target, target_unit in targets:
            if target != source:
                yield source, target, unit, target_unit
                if both_ways:
                    yield target, source, target_unit, unit


def partnered(text: str, targets: Sequence[Unit]) -> bool:
    """"menandatangani perjanjian dengan Singapura": every target is a partner ("dengan", "bersama"), who signed
    too, not the object of what was agreed ("sepakat untuk memberikan Filipina pesawat patroli")."""
    markers = _partner_words()
    return bool(targets) and all(
        markers.intersection(words(text[max(0, u.span.start - 60) : u.span.start])[-_PARTNER_REACH:]) for u in targets
    )


@cache
def _partner_words() -> frozenset[str]:
    return frozenset(cue_sections()["arguments"]["partner_words"])


def light_verb_object(text: str, match: TriggerMatch) -> bool:
    """"mengadakan pembicaraan bilateral dengan A, B, dan C": a noun that is a light verb's object acts as the verb.

    Its partners each meet the subject, as with "bertemu dengan A, B, dan C".
    """
    before = [w for w in words(text[max(0, match.span.start - 40) : match.span.start]) if w not in cues().adverbs]
    after = words(text[match.span.end : match.span.end + 30])[:2]
    round_table = _round_table().intersection(after)
    return bool(before) and before[-1] in cues().light_verbs and not round_table
