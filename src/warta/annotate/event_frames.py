"""Source and target of one trigger, by voice and frame.

- active ("X mengecam Y"): source = the group left of the trigger in its clause, target = the
  first group after it (frame ``subj>obj``) or after a preposition (``subj>prep``);
- di-/ter- passive ("Y dikecam (oleh) X"): target left, source right;
- event noun ("kecaman X terhadap Y", "pertemuan antara X dan Y"): source right after the noun
  (or after "oleh"/"dari"), else the subject of a light verb ("X melakukan kunjungan ke Y");
- ``mutual`` frames (meetings, cooperation): every pair of the participants on both sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from warta.annotate.event_args import (
    Context,
    Unit,
    actors_of,
    barrier_between,
    coordinated_predicate,
    group,
    is_state,
    preceding_word,
    reporting_between,
    words,
)
from warta.annotate.event_cues import cue_sections, cues
from warta.annotate.event_lexicon import TriggerMatch
from warta.types import Span

_GENITIVE_WORDS = 4  # "kunjungan para menteri perdagangan mereka": words between a noun and its agent
_PASSIVE_AGENT_WORDS = 3  # "dibom jet tempur Israel"
_OBJECT_WORDS = 14
_PARTNER_PREP_WORDS = 2  # "pertemuan bilateral dengan X": words before the preposition
_PARTNER_WORDS = 6  # "dengan rekan-rekannya dari X", "dengan Menteri Luar Negeri X"
_OPENING_WORDS = 4  # "Para pemimpin ketiga negara": words before a sentence's subject
_JOINT_WORDS = frozenset({"antara", "bersama"})  # words introducing both sides of a joint act


@dataclass(frozen=True, slots=True)
class Roles:
    sources: tuple[Unit, ...]
    targets: tuple[Unit, ...]
    mutual: bool = False
    reciprocal: bool = False  # "A dan B saling menyerang": every participant acts on every other, both ways


_MAIN_VERB = re.compile(r"\b(?:me|ber)[a-z]{4,}")


def clause_of(ctx: Context, span: Span) -> Span:
    """The clause around ``span``: its sentence cut at the nearest barrier words on either side."""
    sentence = ctx.sentences[ctx.sentence_of(span.start)]
    start, end = sentence.start, sentence.end
    attributions, fronted = _openers(ctx.text, sentence.start, sentence.end)
    for attribution in attributions:
        if attribution <= span.start:
            start = attribution
    if fronted is not None and fronted <= span.start:
        start = max(start, fronted)
    for match in cues().barriers.finditer(ctx.text, start, sentence.end):
        if match.end() <= span.start:
            start = match.end()
        elif match.start() >= span.end:
            end = match.start()
            break
    return Span(start, max(end, span.end))


@lru_cache(maxsize=16)
def _openers(text: str, start: int, end: int) -> tuple[tuple[int, ...], int | None]:
    """Where attributions (", kata X,") and a fronted phrase end in the sentence ``text[start:end]``.

    The same for every trigger of the sentence: remembered for the sentence at hand.
    """
    attributions = tuple(start + m.end() for m in cues().attribution.finditer(text[start:end]))
    fronted = cues().fronted.match(text, start, end)
    return attributions, fronted.end() if fronted else None


def _left_units(ctx: Context, position: int, floor: int) -> list[tuple[int, Unit]]:
    return [(i, u) for i, u in enumerate(ctx.units) if floor <= u.span.start and u.span.end <= position][::-1]


def _right_units(ctx: Context, position: int, ceiling: int) -> list[tuple[int, Unit]]:
    return [(i, u) for i, u in enumerate(ctx.units) if position <= u.span.start and u.span.end <= ceiling]


# A non-restrictive relative clause set off by commas ("Filipina, yang ... dengan kapal China,
# meminta ..."): the names inside it describe the subject, they do not act.
_RELATIVE = re.compile(r",\s+yang\s[^,.;]*,")


def _in_relative_clause(text: str, unit: Unit, start: int, end: int) -> bool:
    return any(m.start() < unit.span.start and unit.span.end < m.end() for m in _RELATIVE.finditer(text, start, end))


def subject(ctx: Context, trigger: Span, clause: Span, across_reporting: bool = False) -> list[Unit]:
    """The coordinated group acting as subject: the nearest group left of ``trigger`` in its
    clause, passing over names inside a relative clause set off by commas; for a verb joined to an
    earlier one ("menyerang Israel dan menutup ..."), the earlier verb's subject."""
    sentence = ctx.sentences[ctx.sentence_of(trigger.start)]
    earlier = coordinated_predicate(ctx.text, trigger.start, sentence.start)
    if earlier is not None:
        verb = Span(earlier, earlier)
        return subject(ctx, verb, clause_of(ctx, verb), across_reporting)
    c = cues()
    for index, unit in _left_units(ctx, trigger.start, clause.start):
        if not across_reporting and reporting_between(ctx.text, unit.span.end, trigger.start):
            return []
        if _in_relative_clause(ctx.text, unit, clause.start, trigger.start):
            continue
        word = preceding_word(ctx.text, unit.span.start)
        if word in c.target_preps or word in c.locative or word in c.agent_preps:
            continue
        # "Menanggapi serangan X, Kemlu Y ...": a name before the clause is never part of its subject
        return [u for u in group(list(ctx.units), index, ctx.text, -1) if u.span.start >= clause.start]
    return []


def _object(
    ctx: Context, start: int, clause: Span, prep_only: bool, exclude: tuple[str, ...], comma_ends: bool = False
) -> list[Unit]:
    c = cues()
    examples = _examples(ctx, start, clause) if not prep_only else []
    if examples:
        return examples
    skipped_to = start  # the end of a group that names a topic or a relative clause's agent
    for index, unit in _right_units(ctx, start, clause.end):
        gap = words(ctx.text[start : unit.span.start])
        if len(gap) > _OBJECT_WORDS or (comma_ends and "," in gap):
            return []
        if unit.span.start < skipped_to:
            continue
        if _not_an_object(ctx.text, unit):
            skipped_to = group(list(ctx.units), index, ctx.text, 1)[-1].span.end
            continue
        word = preceding_word(ctx.text, unit.span.start)
        # "bertemu dengan mitranya dari Vietnam": the preposition may stand a few words back
        if word == "di" or word in c.transit or (
            prep_only and not c.target_preps.intersection(words(ctx.text[start : unit.span.start]))
        ):
            continue
        if unit.anaphor and set(unit.actors) <= set(exclude):
            continue
        return group(list(ctx.units), index, ctx.text, 1)
    return []


def _examples(ctx: Context, start: int, clause: Span) -> list[Unit]:
    """"menyerang negara-negara yang membela X, seperti A, B, dan C": the group after the examples' introducer."""
    found = _object_cues().examples.search(ctx.text, start, clause.end)
    if found is None or len(words(ctx.text[start : found.end()])) > _OBJECT_WORDS:
        return []
    if any(start <= u.span.start < found.start() for u in ctx.units):
        return []  # an object named before the plural head
    first = next((i for i, u in enumerate(ctx.units) if found.end() <= u.span.start < clause.end), None)
    if first is None or ctx.text[found.end() : ctx.units[first].span.start].strip():
        return []
    return group(list(ctx.units), first, ctx.text, 1)


def _not_an_object(text: str, unit: Unit) -> bool:
    """A name that is a topic ("terkait Taiwan") or the backer in a relative clause ("kelompok yang didukung X").

    Neither is what the verb acts on: talks "terkait X" are about X, not with it, and "yang
    didukung (oleh) X" only describes the object by who backs it (an organiser, "konferensi
    yang diselenggarakan oleh X", is a party, so only backing verbs count).
    """
    before = words(text[max(0, unit.span.start - 40) : unit.span.start])[-3:]
    if before and before[-1] in _object_cues().topics:
        return True
    if before and before[-1] in cues().agent_preps:
        before = before[:-1]
    return len(before) >= 2 and before[-2] == "yang" and before[-1] in _object_cues().backers


@dataclass(frozen=True, slots=True)
class _ObjectCues:
    topics: frozenset[str]
    backers: frozenset[str]  # "yang didukung X": verbs of a relative clause naming who backs the object
    stance: re.Pattern[str]  # the words between a subject and a partner sharing its stance
    stance_link: re.Pattern[str]  # the words between that partner and the verb
    undergone: frozenset[str]  # "X menjadi sasaran serangan Y": the subject undergoes the noun's act
    examples: re.Pattern[str]  # "negara-negara yang membela X, seperti A dan B": a plural object, then its examples


@cache
def _object_cues() -> _ObjectCues:
    section = cue_sections()["arguments"]
    stance = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in section["stance"])
    adverbs = "|".join(map(re.escape, section["adverbs"]))
    links = "|".join(map(re.escape, section["stance_links"]))
    return _ObjectCues(
        frozenset(section["topic_preps"]),
        frozenset(section["backer_verbs"]),
        re.compile(rf"\s*(?:(?:{adverbs})\s+)*(?:{stance})\s+dengan\s+", re.IGNORECASE),
        re.compile(rf"\s*,?\s*(?:(?:{links})\s+)*", re.IGNORECASE),
        frozenset(section["undergone"]),
        _examples_pattern(section["plural_objects"], section["examples"]),
    )


def _examples_pattern(heads: list[str], introducers: list[str]) -> re.Pattern[str]:
    def alternatives(items: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))

    return re.compile(
        rf"\s*(?:{alternatives(heads)})(?![\w-])[^.;:]*?,?\s*(?:{alternatives(introducers)})\s+", re.IGNORECASE
    )


def _agent_after(ctx: Context, start: int, clause: Span, limit: int) -> tuple[list[Unit], int]:
    """A unit right after ``start`` (optionally after "oleh"/"dari"), within ``limit`` words."""
    c = cues()
    for index, unit in _right_units(ctx, start, clause.end):
        gap = words(ctx.text[start : unit.span.start])
        agent_at = next((i for i, w in enumerate(gap[:3]) if w in c.agent_preps), None)
        if agent_at is not None:
            gap = gap[:agent_at] + gap[agent_at + 1 :]
        if len(gap) > limit or any(w in c.target_preps or w in c.locative or w == "," for w in gap):
            return [], start
        run = group(list(ctx.units), index, ctx.text, 1)
        return run, run[-1].span.end
    return [], start


def roles(ctx: Context, match: TriggerMatch, clause: Span) -> Roles:
    if match.entry.frame == "verdict":
        return _verdict(ctx, match, clause)
    if match.voice == "passive":
        return _passive(ctx, match, clause)
    if match.voice == "noun":
        return _noun(ctx, match, clause)
    return _active(ctx, match, clause)


def _targets(ctx: Context, match: TriggerMatch, start: int, clause: Span, sources: list[Unit]) -> list[Unit]:
    frame = match.entry.frame
    if frame == "subj":
        return []
    prep_only = frame == "subj>prep" or (frame == "mutual" and match.voice == "noun")
    # "memberikan bantuan langsung, dengan ...": a noun phrase ends at a comma, a verb's object may not
    return _object(ctx, start, clause, prep_only, actors_of(sources), comma_ends=match.voice == "noun")


def _active(ctx: Context, match: TriggerMatch, clause: Span) -> Roles:
    sources = subject(ctx, match.span, clause)
    if not sources:
        sources = _reporter_subject(ctx, match, clause)
    if not sources:
        sources = _adjunct_subject(ctx, match, clause)
    sources = [*sources, *_stance_partners(ctx, match, sources)]
    targets = _targets(ctx, match, match.span.end, clause, sources)
    if targets and _inside_object(ctx, match, targets[0]):
        targets = []
    if not targets and preceding_word(ctx.text, match.span.start) in cues().reciprocal:
        return Roles(tuple(sources), (), reciprocal=True)
    return Roles(tuple(sources), tuple(targets), match.entry.frame == "mutual")


def _stance_partners(ctx: Context, match: TriggerMatch, sources: list[Unit]) -> list[Unit]:
    """"X berbagi pendapat yang sama dengan Y untuk mendesak Z": Y, who shares X's stance, acts too.

    The partner's name is read past "dengan" (where :func:`subject` skips it), and only when a
    phrase of agreement stands before it and nothing but a linking word after it.
    """
    if not sources:
        return []
    start, cue = sources[-1].span.end, _object_cues()
    first = ctx.units.index(sources[0]) if sources[0] in ctx.units else 0
    if first > 0 and cue.stance.fullmatch(ctx.text, ctx.units[first - 1].span.end, sources[0].span.start):
        # "X sejalan dengan Y dan Z untuk mengecam ...": the partners were taken for the subject; X joins them
        return group(list(ctx.units), first - 1, ctx.text, -1)
    inside = [(i, u) for i, u in enumerate(ctx.units) if start <= u.span.start and u.span.end <= match.span.start]
    if not inside or not cue.stance.fullmatch(ctx.text, start, inside[0][1].span.start):
        return []
    partners = group(list(ctx.units), inside[0][0], ctx.text, 1)
    linked = cue.stance_link.fullmatch(ctx.text, partners[-1].span.end, match.span.start)
    return partners if linked else []


def _inside_object(ctx: Context, match: TriggerMatch, target: Unit) -> bool:
    """"menolak segala bentuk pengusiran paksa terhadap warga Y": Y belongs to the object's own noun phrase.

    The verb rejects (condemns, supports) the expelling, whose victim Y is; only an actor named
    before the preposition ("mengecam serangan Israel terhadap Y") would be the target.
    """
    c = cues()
    if match.entry.type not in c.inner_types:
        return False
    gap = words(ctx.text[match.span.end : target.span.start])
    at = next((i for i, w in enumerate(gap) if w in c.inner_preps), None)
    return at is not None and any(w not in c.adverbs for w in gap[:at])


def _verdict(ctx: Context, match: TriggerMatch, clause: Span) -> Roles:
    """"X menegaskan serangan Y tidak dapat dibenarkan": X (or the quote's speaker) judges the conduct of Y.

    The judged actor is the nearest one before the words in their clause; the judge is the
    subject before that, across the reporting verb, else the speaker of the quote around them.
    """
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    judged = [u for _, u in _left_units(ctx, match.span.start, clause.start)][:1]
    before = judged[0].span if judged else match.span
    judges = subject(ctx, before, Span(sentence.start, clause.end), across_reporting=True)
    quote = ctx.quote_at(match.span)
    if not judges and quote is not None and quote.actor:
        judges = [Unit(quote.span, (quote.actor,), None, "first_person")]
    return Roles(tuple(judges), tuple(judged))


def _adjunct_subject(ctx: Context, match: TriggerMatch, clause: Span) -> list[Unit]:
    """"Rusia mengerahkan pasukan setelah menyerang Ukraina", "Usai menyerang Ukraina, Rusia ...": a verb right
    after a temporal connective, with no subject of its own, is done by the subject of the main clause."""
    opening = [w for w in words(ctx.text[clause.start : match.span.start]) if w not in cues().adverbs]
    if clause.start == 0 or opening:
        return []
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    before = words(ctx.text[max(sentence.start, clause.start - 12) : clause.start])[-1:]
    if not before or before[0] not in cues().adjunct_connectives:
        return []
    if not words(ctx.text[sentence.start : clause.start])[:-1]:  # fronted: the subject follows the phrase's comma
        return _main_clause_subject(ctx, match.span.end, sentence)
    main = Span(sentence.start, clause.start)
    verbs = [m.start() for m in _MAIN_VERB.finditer(ctx.text, main.start, main.end)]
    if not verbs:  # "Duta Besar X, saat menghadiri ...": the subject stands right before the connective
        return subject(ctx, Span(clause.start, clause.start), main)
    verb = Span(verbs[-1], verbs[-1])
    return subject(ctx, verb, clause_of(ctx, verb))


def _reporter_subject(ctx: Context, match: TriggerMatch, clause: Span) -> list[Unit]:
    """"X menegaskan akan mengirim ...": with no subject of its own, a verb shares the reporter's."""
    between = words(ctx.text[clause.start : match.span.start])
    if between and any(w in cues().reporting for w in between[-4:]):
        return subject(ctx, match.span, clause, across_reporting=True)
    # "X mengatakan, rencana itu mudah dijalankan, dan mendesak Y ...": a predicate joined after the
    # reported clause is the reporter's own
    joined = [w for w in between if w not in cues().adverbs][-1:]
    if joined and joined[0] in cues().coordinators and reporting_between(ctx.text, clause.start, match.span.start):
        return subject(ctx, match.span, clause, across_reporting=True)
    return []


def _passive(ctx: Context, match: TriggerMatch, clause: Span) -> Roles:
    sources, _ = _agent_after(ctx, match.span.end, clause, _PASSIVE_AGENT_WORDS)
    if not sources and match.entry.frame == "mutual":
        sources = _sides_between(ctx, match, clause)
    targets = subject(ctx, match.span, clause)
    if targets and _relative_head_missing(ctx.text, match, targets[-1]):
        targets = []
    return Roles(tuple(sources), tuple(targets), match.entry.frame == "mutual")


def _sides_between(ctx: Context, match: TriggerMatch, clause: Span) -> list[Unit]:
    """"Perjanjian itu ditandatangani pada Senin antara A dan B": the sides named after "antara" act together."""
    after = [i for i, u in enumerate(ctx.units) if match.span.end <= u.span.start and u.span.end <= clause.end][:1]
    if not after:
        return []
    gap = words(ctx.text[match.span.end : ctx.units[after[0]].span.start])
    if "antara" not in gap or len(gap) > _PARTNER_WORDS:
        return []
    # "antara A dan B, serta A dan C": each "antara" names two sides; the pairs after the first are left alone
    found = group(list(ctx.units), after[0], ctx.text, 1)[:2]
    return found if len(actors_of(found)) > 1 else []


def _relative_head_missing(text: str, match: TriggerMatch, nearest: Unit) -> bool:
    """"markas kelompok yang didukung X": a relative passive acts on the noun right before "yang".

    When that noun is not a name, the verb's target is unnamed; an actor further back is the
    subject of the main clause, not the one backed (attacked, funded) by X.
    """
    between = words(text[nearest.span.end : match.span.start])
    return bool(between) and between[-1] == "yang" and len(between) > 1


def _noun(ctx: Context, match: TriggerMatch, clause: Span) -> Roles:
    lead = _lead_words(ctx, match, clause)
    if lead and lead[-1] in _object_cues().undergone:
        if len(lead) > 1 and lead[-2] in cues().future:
            # "Y akan menerima bantuan dari X": an expectation told of Y, neither X's act nor X's pledge
            return Roles((), ())
        undergone = _undergone(ctx, match, clause)
        if undergone is not None:
            return undergone
    sources, after = _agent_after(ctx, match.span.end, clause, _GENITIVE_WORDS)
    if any(w in cues().light_verbs for w in lead) and _forum_after(ctx, match.span.end, sources):
        # "X menggunakan hak veto PBB": a body named bare after the noun is where the light verb's
        # subject acts, and the object of the act
        light = subject(ctx, match.span, clause, across_reporting=True)
        if light:
            sources, after = light, match.span.end
    elif not sources and any(w in cues().light_verbs for w in lead):
        sources = subject(ctx, match.span, clause, across_reporting=True) or _governing_subject(ctx, clause)
    if not sources and match.clitic == "nya":
        sources = subject(ctx, match.span, clause, across_reporting=True) or _reporter_possessor(ctx, match, clause)
    if not sources:
        return _setting_roles(ctx, match, clause, lead)
    if match.entry.frame == "mutual" and len(actors_of(sources)) > 1:
        # "inisiatif bersama X dan Y untuk Z": both sides are named; only "dengan/antara" adds a party
        return Roles(tuple(sources), tuple(_partners(ctx, after, clause, actors_of(sources))), True)
    targets = _targets(ctx, match, after, clause, sources)
    return Roles(tuple(sources), tuple(targets), match.entry.frame == "mutual")


def _undergone(ctx: Context, match: TriggerMatch, clause: Span) -> Roles | None:
    """"X menjadi sasaran serangan udara Y", "X mendapat dukungan penuh dari Y": Y acts on X.

    The noun's agent follows it; the one who undergoes the act is the clause's subject, or,
    when the phrase is fronted ("Meski mendapat dukungan dari Y, X ..."), the main clause's.
    """
    agents, _ = _agent_after(ctx, match.span.end, clause, _GENITIVE_WORDS)
    if not agents:
        return None
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    undergoers = subject(ctx, match.span, clause)
    if not undergoers:  # "dari Y, X ...": the comma splits what the coordination joined
        undergoers = _main_clause_subject(ctx, match.span.end, sentence)
        agents = [u for u in agents if u not in undergoers]
    undergoers = [u for u in undergoers if not set(u.actors) & set(actors_of(agents))]
    return Roles(tuple(agents), tuple(undergoers)) if undergoers and agents else None


def _governing_subject(ctx: Context, clause: Span) -> list[Unit]:
    """"X menyampaikan ... setelah melakukan percakapan dengan Y": a subjectless clause after a connective is X's."""
    sentence = ctx.sentences[ctx.sentence_of(clause.start)]
    if preceding_word(ctx.text, clause.start) not in cues().temporal:
        return []
    return subject(ctx, Span(clause.start, clause.start), Span(sentence.start, clause.start), across_reporting=True)


def _setting_roles(ctx: Context, match: TriggerMatch, clause: Span, lead: list[str]) -> Roles:
    """Participants of a meeting framed as a setting: the clause's subject and a partner "dengan X".

    Without a partner named right after the noun, only a subject of several actors makes a
    meeting ("Para pemimpin ketiga negara ... pada pertemuan puncak"): a lone participant of
    "dalam pertemuan itu" says nothing about whom it met.
    """
    sources = _setting_subject(ctx, match, lead)
    if not sources:  # "pertemuan antara X dan Y": the participants follow the noun
        return Roles((), tuple(_targets(ctx, match, match.span.end, clause, [])), match.entry.frame == "mutual")
    partners = _partners(ctx, match.span.end, clause, actors_of(sources))
    if not partners and len(actors_of(sources)) < 2:
        return Roles((), (), match.entry.frame == "mutual")
    return Roles(tuple(sources), tuple(partners), match.entry.frame == "mutual")


def _partners(ctx: Context, start: int, clause: Span, exclude: tuple[str, ...]) -> list[Unit]:
    """"pertemuan (bilateral) dengan X", "pembicaraan antara X dan Y": the group named right after a meeting noun."""
    found = _object(ctx, start, clause, True, exclude, comma_ends=True)
    if not found:
        return []
    gap = words(ctx.text[start : found[0].span.start])
    introduced = any(w in ("dengan", "antara") for w in gap[:_PARTNER_PREP_WORDS])
    return found if introduced and len(gap) <= _PARTNER_WORDS else []


def _forum_after(ctx: Context, start: int, agents: list[Unit]) -> bool:
    """Whether the name after an event noun is a bare intergovernmental body ("hak veto PBB").

    A state there is the noun's agent ("dukungan Singapura terhadap ..."), and so is anyone
    introduced by "oleh"/"dari".
    """
    if not agents or cues().agent_preps.intersection(words(ctx.text[start : agents[0].span.start])):
        return False
    return not any(is_state(a) for a in actors_of(agents))


def _lead_words(ctx: Context, match: TriggerMatch, clause: Span) -> list[str]:
    """The three words before an event noun: in its clause, or for a meeting in its sentence.

    A meeting noun is read with the connective that opens its phrase ("usai pertemuan dengan
    X, ..."), which the clause leaves out; for other nouns such a phrase names the cause of the
    main clause ("menyusul serangan X, Israel membalas"), not its agent.
    """
    start = clause.start
    if match.entry.type in cues().setting_types:
        start = ctx.sentences[ctx.sentence_of(match.span.start)].start
    return words(ctx.text[max(start, match.span.start - 60) : match.span.start])[-3:]


def _reporter_possessor(ctx: Context, match: TriggerMatch, clause: Span) -> list[Unit]:
    """"X menegaskan bahwa hubungannya dengan Y ...": "-nya" opening a reported clause is the reporter's."""
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    if ctx.text[clause.start : match.span.start].strip() or preceding_word(ctx.text, clause.start) != "bahwa":
        return []
    return subject(ctx, match.span, Span(sentence.start, clause.end), across_reporting=True)


def _setting_subject(ctx: Context, match: TriggerMatch, lead: list[str]) -> list[Unit]:
    """The agent of a bare event noun framed as the time or setting of the main clause.

    "Usai pertemuan dengan X, Menlu Y mengatakan ...": the main clause's subject after the comma;
    "Y mengatakan ... pada pertemuan dengan X": the sentence's subject.
    """
    c = cues()
    meeting = match.entry.type in c.setting_types
    if not lead or not (lead[-1] in c.temporal or (meeting and lead[-1] in c.setting)):
        return []
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    found = _main_clause_subject(ctx, match.span.end, sentence)
    # Only a meeting is the setting of whatever its sentence reports; "tewas dalam serangan" names no attacker
    return found or (_sentence_subject(ctx, sentence, match.span) if meeting else [])


def _main_clause_subject(ctx: Context, start: int, sentence: Span) -> list[Unit]:
    """"Usai pertemuan dengan X, Menlu Retno ...": the first group after the comma closing the phrase."""
    comma = ctx.text.find(",", start, sentence.end)
    if comma < 0:
        return []
    for index, unit in _right_units(ctx, comma, sentence.end):
        if len(words(ctx.text[comma : unit.span.start])) <= 2:
            return group(list(ctx.units), index, ctx.text, 1)
        return []
    return []


def _sentence_subject(ctx: Context, sentence: Span, trigger: Span) -> list[Unit]:
    """The group opening the sentence ("Para pemimpin ketiga negara mengumumkan ..."), if one does."""
    c = cues()
    for index, unit in _right_units(ctx, sentence.start, trigger.start):
        opening = words(ctx.text[sentence.start : unit.span.start])
        if len(opening) > _OPENING_WORDS or (opening and opening[-1] in c.target_preps | c.locative | c.agent_preps):
            return []
        return group(list(ctx.units), index, ctx.text, 1)
    return []


def noun_licensed(ctx: Context, match: TriggerMatch, clause: Span, found: Roles) -> bool:
    """Whether an event noun reports an event rather than naming one inside another claim.

    It does after a light verb ("melakukan kunjungan"), after a temporal connective ("usai
    pertemuan") or a setting ("pada pertemuan"), with "-nya", as a meeting "antara X dan Y",
    or standing first in its clause ("Serangan Rusia ke Kyiv ...") with its agent named.
    """
    c = cues()
    lead = _lead_words(ctx, match, clause)
    if any(w in c.light_verbs for w in lead) or (lead and lead[-1] in c.temporal | _object_cues().undergone):
        return True
    if lead and lead[-1] in c.setting and match.entry.type in c.setting_types:
        return True
    if match.clitic == "nya" or _meeting_between(ctx, match, found) or (found.sources and claimed_by(ctx.text, match)):
        return True
    before = words(ctx.text[clause.start : match.span.start])
    opening = [w for w in before if w not in ("sebuah", "suatu", "para", "itu", ",")]
    return bool(found.sources) and len(opening) <= 1 and not barrier_between(ctx.text, clause.start, match.span.start)


def claimed_by(text: str, match: TriggerMatch) -> bool:
    """"tuduhan dari X yang menyebut Y ...": an accusation with its author named is X's own act.

    Even as the object of another verb ("Y membantah tuduhan dari X"), X is reported accusing.
    """
    following = words(text[match.span.end : match.span.end + 20])[:1]
    authored = bool(following) and following[0] in cues().agent_preps
    return match.voice == "noun" and match.entry.type == "ACCUSE" and authored


def _meeting_between(ctx: Context, match: TriggerMatch, found: Roles) -> bool:
    """"pertemuan puncak bulan lalu antara X dan Y", "inisiatif bersama X dan Y": a joint act named with both sides.

    Meetings, cooperation and joint initiatives alike: a noun of a mutual frame that names its
    two sides itself reports them acting together.
    """
    if not found.mutual:
        return False
    after = words(ctx.text[match.span.end : match.span.end + 60])[:_GENITIVE_WORDS + 1]
    return bool(_JOINT_WORDS.intersection(after)) and len(actors_of([*found.sources, *found.targets])) > 1
