"""Event coding in PLOVER by rules: triggers from the lexicon, arguments by voice and frame.

For each sentence: find lexicon triggers; drop those governed by an earlier trigger in the
same clause (the content of a demand, accusation or promise is not a separate event: "menuduh
Iran memasok drone" is one ACCUSE), and event nouns that merely name an event inside
another claim; find source and target groups; read the status; expand to one
:class:`~warta.types.Event` per (source, target) pair; date it.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from warta.annotate.event_args import Context, Unit, actors_of, context, coordinated, words
from warta.annotate.event_attempts import failed_attempts
from warta.annotate.event_background import is_background
from warta.annotate.event_cues import cues
from warta.annotate.event_dates import (
    VERBAL_TYPES,
    bounded,
    coarse_timexes,
    day_timexes,
    event_date,
    lead_date,
    lead_span,
    statement_date,
)
from warta.annotate.event_frames import Roles, claimed_by, clause_of, noun_licensed, roles
from warta.annotate.event_lexicon import TriggerMatch, find_triggers
from warta.annotate.event_pairs import light_verb_object, pairs
from warta.annotate.event_recipients import drop_unaddressed
from warta.annotate.event_status import Reality, recoded, reportable, status
from warta.annotate.event_wars import may_name_war, war_sides, wars_in_places
from warta.pipeline import stage
from warta.resources import read_text
from warta.types import Analysis, Event, Quote, Span, TimeExpr

NAME = "events.rules.v1"
# Types whose "content" (what is demanded, alleged, promised, threatened) is not a separate event.
_GOVERNING = frozenset({"REQUEST", "ACCUSE", "AGREE", "THREATEN", "REJECT", "SUPPORT", "MOBILIZE"})
# A third party's claim that others cooperate or aid is an allegation, not a report.
_ALLEGEABLE = frozenset({"AID", "COOPERATE", "SUPPORT"})
_DENIAL = "deny"
# Meetings and cooperation named again by a noun ("pertemuan itu") are usually the one already coded.
_BACK_REFERENCE = frozenset({"CONSULT", "COOPERATE"})
_DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
_BACK_DEMONSTRATIVES = frozenset({"itu", "tersebut"})  # "ini" also opens new referents ("Konferensi ini ...")
_DEMONSTRATIVE_REACH = 3  # "pertemuan tingkat tinggi itu"
_SETTING_CHARS = 80  # how far after a meeting noun its own place or time may stand
_OWN_PLACE = re.compile(r"\bdi\s+[A-Z]")
_OPENING_PHRASE_WORDS = 10  # "Serangan udara besar-besaran Israel ke fasilitas nuklir itu"
_PREDICATE = re.compile(r"(?:me|di|ber|ter)\w{4,}")  # the phrase has ended once a verb comes
_HEADING = re.compile(r"^(?:\d+\.\s+)?[^.!?]{1,120}$")
_HEADING_MAX_WORDS = 12
_QUOTE_SENTENCES_BACK = 3
_STATEMENT_SENTENCES_BACK = 3  # how far back in its paragraph a statement's day may be named
_ACCUSATION_SENTENCES = 2  # how far back a denial or an agentless accusation looks for the accuser
_TARGET_CLAUSE_WORDS = 5  # "agar proses perundingan antara X": words before the clause's actor
# Clauses after a trigger whose subject is its target, when the trigger's own clause names none.
_TARGET_CLAUSES: dict[str, frozenset[str]] = {
    "ACCUSE": frozenset({"bahwa", "setelah", "karena", "sebab", "menyusul", "usai"}),
    "REQUEST": frozenset({"agar", "supaya"}),
}


class _Article:
    """Per-article inputs computed once for all of its triggers."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.ctx: Context = context(analysis)
        self.timexes: tuple[TimeExpr, ...] = day_timexes(analysis.timexes)
        self.coarse: tuple[TimeExpr, ...] = coarse_timexes(analysis.timexes)
        lead = lead_span(analysis.article.paragraphs, self.ctx.sentences, self.timexes)
        self.lead: tuple[Span, str | None] = (lead, lead_date(analysis, self.timexes, lead))
        self.wars: set[frozenset[str]] = set()  # pairs of sides already at war: a war named again is the same war
        self.war_sides: list[tuple[Unit, Unit]] = []  # the sides of each war told so far, in order
        self.may_name_war = may_name_war(analysis.text)  # most articles name none: no sentence need be searched
        self.accusations: list[tuple[int, str, str | None]] = []  # (sentence index, accuser, accused), in order


def _governed(text: str, earlier: Sequence[TriggerMatch], match: TriggerMatch, clause: Span) -> bool:
    """Whether ``match`` is the content of an earlier trigger in its clause.

    Only the nearest earlier trigger counts; verbs joined to it ("mengecam dan menolak") share
    its standing instead of being governed by it, and whatever follows the content of a claim
    is content too ("mendesak X menghentikan bantuan ..., termasuk menarik pasukannya").
    """
    before = [o for o in earlier if o.span.end <= match.span.start and o.span.start >= clause.start]
    if not before:
        return False
    nearest = before[-1]
    gap = text[nearest.span.end : match.span.start]
    if coordinated_verbs(gap) and (gap.strip() or match.voice != "noun"):
        return _governed(text, before[:-1], nearest, clause)
    if match.voice == "noun" and (_coordinated_light_verb(gap) or _setting_noun(text, match)):
        return False
    if _new_predicate(nearest, match, gap) or _own_light_verb(nearest, match, gap):
        return _governed(text, before[:-1], nearest, clause)
    if nearest.entry.type in _GOVERNING or match.voice == "noun":
        return True
    return _governed(text, before[:-1], nearest, clause)


def _new_predicate(nearest: TriggerMatch, match: TriggerMatch, gap: str) -> bool:
    """"menyampaikan protes serius, mengecam dan menolak ...": a verb after a comma opens its own predicate.

    A noun's content follows it directly; a comma and an active verb start the next item of a
    list of things the same subject did.
    """
    return nearest.voice == "noun" and match.voice == "active" and gap.rstrip().endswith(",")


def _own_light_verb(nearest: TriggerMatch, match: TriggerMatch, gap: str) -> bool:
    """"memberikan bantuan, dengan menggunakan hak veto": a noun with a light verb of its own is its own event.

    Unless what comes before is a demand or a claim, whose content it then is.
    """
    light = cues().light_verbs
    return match.voice == "noun" and nearest.entry.type not in _GOVERNING and any(w in light for w in words(gap))


def _setting_noun(text: str, match: TriggerMatch) -> bool:
    """"... pada pertemuan dengan X": a meeting framed as the setting is an adjunct, never the content."""
    c = cues()
    before = words(text[max(0, match.span.start - 30) : match.span.start])
    return match.entry.type in c.setting_types and bool(before) and before[-1] in c.setting | c.temporal


def _coordinated_light_verb(gap: str) -> bool:
    """"... dan menegaskan kembali komitmen AS": a light verb joined by "dan" or a comma opens a new predicate."""
    tokens = words(gap)
    light = cues().light_verbs
    return any(w in light and i > 0 and tokens[i - 1] in ("dan", "serta", ",") for i, w in enumerate(tokens))


def coordinated_verbs(gap: str) -> bool:
    """"mengecam dan menolak": two verbs joined, each its own event."""
    tokens = words(gap)
    return not tokens or (tokens[0] in ("dan", "serta", ",") and len(tokens) <= 2)


def _event_type(match: TriggerMatch, has_target: bool) -> str | None:
    if has_target or match.entry.frame == "subj":
        return match.entry.type
    return match.entry.no_target


def _quote_sentences(ctx: Context, quote: Quote | None) -> Span | None:
    if quote is None:
        return None
    start = quote.span.start
    end = max(quote.span.end, quote.cue.end if quote.cue else 0)
    first, last = ctx.sentences[ctx.sentence_of(start)], ctx.sentences[ctx.sentence_of(max(start, end - 1))]
    return Span(first.start, last.end)


def _allegation(art: _Article, match: TriggerMatch, clause: Span, source: str) -> bool:
    """An AID/COOPERATE claimed in a reported clause by someone other than its source."""
    if match.entry.type not in _ALLEGEABLE:
        return False
    sentence = art.ctx.sentences[art.ctx.sentence_of(match.span.start)]
    from warta.annotate.event_frames import subject

    if clause.start == sentence.start:
        return False
    reporter_span = Span(sentence.start, clause.start)
    reporter = actors_of(subject(art.ctx, Span(clause.start, clause.start), reporter_span, across_reporting=True))
    return bool(reporter) and source not in reporter


def _statement_date(art: _Article, match: TriggerMatch, quote: Quote | None, clause: Span) -> str | None:
    """The statement's day from before it: within its paragraph, at most a few sentences back (a page whose
    paragraph breaks were lost is one long paragraph), or from the sentences before its quotation."""
    ctx = art.ctx
    paragraph = next((p for p in art.analysis.article.paragraphs if p.contains(match.span)), Span(0, 0))
    recent = ctx.sentences[max(0, ctx.sentence_of(match.span.start) - _STATEMENT_SENTENCES_BACK)].start
    paragraph = Span(max(paragraph.start, recent), max(paragraph.end, recent))
    quote_floor = None
    if quote is not None:
        quote_floor = ctx.sentences[max(0, ctx.sentence_of(quote.span.start) - _QUOTE_SENTENCES_BACK)].start
    found = statement_date(match.span, paragraph, quote_floor, art.timexes, art.lead[1], ctx.text)
    return bounded(found, match.span, clause, art.coarse, ctx.text)


def _alleged(ctx: Context, clause: Span, kind: str) -> list[Unit]:
    """The target named in the clause right after the trigger's.

    "tuduhan Israel bahwa Iran ...", "memprotes keras setelah Iran ...": the accused is the
    subject of the clause after "bahwa" or of the cause; "menyerukan agar X ...": the one
    asked is the subject of the "agar" clause.
    """
    sentence = ctx.sentences[ctx.sentence_of(clause.start)]
    rest = words(ctx.text[clause.end : min(sentence.end, clause.end + 30)])
    if not rest or rest[0] not in _TARGET_CLAUSES.get(kind, ()):
        return []
    following = [u for u in ctx.units if clause.end <= u.span.start and u.span.end <= sentence.end]
    if not following or len(words(ctx.text[clause.end : following[0].span.start])) > _TARGET_CLAUSE_WORDS:
        return []
    return [following[0]]


def _held_place(ctx: Context, match: TriggerMatch, clause: Span, sources: tuple[str, ...]) -> tuple[Unit, ...]:
    """"menghantam wilayah Jalur Gaza": the first place on the object's side of the trigger, for whoever holds it."""
    side = Span(clause.start, match.span.start) if match.voice == "passive" else Span(match.span.end, clause.end)
    found = [u for u in ctx.places if side.contains(u.span) and not set(u.actors) & set(sources)]
    return (found[-1] if match.voice == "passive" else found[0],) if found else ()


def _accuser_roles(art: _Article, match: TriggerMatch, found: Roles) -> Roles:
    """Fill the accuser a denial replies to, or the agent of an accusation told in the passive without one.

    "X menuduh Y ... . Y membantah tuduhan itu": Y rejects X; "Y dituduh menyerang ..." after X's
    accusation of Y: X accuses. A denial may also name its accuser later in its own sentence
    ("membantah tuduhan itu dan ... tudingan X").
    """
    if match.entry.mode == _DENIAL and found.sources and not found.targets and _replies(art.ctx.text, match):
        accuser = _accuser(art, match, actors_of(found.sources), denial=True)
        return replace(found, targets=accuser) if accuser else found
    if match.voice == "passive" and match.entry.type == "ACCUSE" and found.targets and not found.sources:
        accuser = _accuser(art, match, actors_of(found.targets), denial=False)
        return replace(found, sources=accuser) if accuser else found
    return found


def _replies(text: str, match: TriggerMatch) -> bool:
    """A denial answering an accusation ("membantah tuduhan itu", "menepisnya").

    Not a denied fact ("membantah adanya kesepakatan"), which answers no one in particular.
    """
    if match.span.of(text).casefold().endswith("nya"):
        return True
    following = [w for w in words(text[match.span.end : match.span.end + 40]) if w not in cues().adverbs]
    return not following or following[0] in (",", "dan") or following[0] in _reply_objects()


@cache
def _reply_objects() -> frozenset[str]:
    return _argument_roots("reply_objects")


@cache
def _argument_roots(name: str) -> frozenset[str]:
    """A word list of the ``[arguments]`` section of ``cues.toml``."""
    return frozenset(tomllib.loads(read_text("events", "cues.toml"))["arguments"][name])


def _accuser(art: _Article, match: TriggerMatch, accused: tuple[str, ...], denial: bool) -> tuple[Unit, ...]:
    here = art.ctx.sentence_of(match.span.start)
    recent = [(i, a, t) for i, a, t in art.accusations if here - i <= _ACCUSATION_SENTENCES and a not in accused]
    named = [a for _, a, t in recent if t in accused]
    # an accuser of someone else counts only right before, and only for a denial
    latest = [a for i, a, _ in recent if here - i <= 1] if denial else []
    later = _later_accuser(art.ctx, match, accused) if denial else None
    actor = (named or latest)[-1] if named or latest else later
    return (Unit(match.span, (actor,), None, "accuser"),) if actor else ()


def _later_accuser(ctx: Context, match: TriggerMatch, accused: tuple[str, ...]) -> str | None:
    """"membantah tuduhan itu dan ... tudingan X": the author of an accusation noun later in the sentence."""
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    for noun in find_triggers(ctx.text, match.span.end, sentence.end, ctx.words):
        if noun.voice != "noun" or noun.entry.type != "ACCUSE":
            continue
        after = [u for u in ctx.units if noun.span.end <= u.span.start < sentence.end][:1]
        gap = words(ctx.text[noun.span.end : after[0].span.start]) if after else []
        if after and all(w in cues().agent_preps for w in gap) and not set(after[0].actors) & set(accused):
            return after[0].actors[0]
    return None


def _events_for(art: _Article, match: TriggerMatch, clause: Span, reality: Reality) -> Iterator[Event]:
    ctx = art.ctx
    found = roles(ctx, match, clause)
    if match.voice == "noun" and not noun_licensed(ctx, match, clause, found):
        return
    if not found.targets and match.entry.type in _TARGET_CLAUSES:
        found = replace(found, targets=tuple(_alleged(ctx, clause, match.entry.type)))
    if not found.targets and match.entry.type in cues().place_target_types:
        found = replace(found, targets=_held_place(ctx, match, clause, actors_of(found.sources)))
    found = _accuser_roles(art, match, found)
    if not found.targets and match.entry.root in _argument_roots("mediation_roots") and art.war_sides:
        found = replace(found, targets=art.war_sides[-1])
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    quote = ctx.quote_at(match.span)
    quoted = _quote_sentences(ctx, quote)
    date = event_date(match.span, clause, sentence, art.timexes, quote, quoted, art.lead, ctx.text, art.coarse)
    if date is None and match.entry.type in VERBAL_TYPES:
        date = _statement_date(art, match, quote, clause)
    final_status = "disputed" if reality == "disputed" else reality
    both_ways = match.entry.root in _argument_roots("both_ways_roots")
    light = match.voice == "noun" and light_verb_object(ctx.text, match)
    verbal = match.voice != "noun" or light
    for source, target, source_unit, target_unit in pairs(found, match.entry.type, match.entry.no_target, verbal,
                                                          both_ways, light):
        kind = _event_type(match, target is not None)
        kind = kind and recoded(kind, match, reality, ctx.text, clause)
        if not kind or _allegation(art, match, clause, source):
            continue
        yield Event(
            type=kind,
            mode=match.entry.mode,
            source=source,
            target=target,
            date=date,
            status=final_status if final_status != "hypothetical" else "happened",
            evidence=clause,
            trigger=match.span,
            confidence=0.6 if target_unit is None or target_unit.anaphor is None else 0.5,
            source_entity=source_unit.entity_id,
            target_entity=target_unit.entity_id if target_unit else None,
            by=NAME,
        )


def _sentence_events(art: _Article, sentence: Span, matches: list[TriggerMatch]) -> Iterator[tuple[Event, Reality]]:
    text = art.ctx.text
    denials: list[Span] = []
    for index, match in enumerate(matches):
        clause = clause_of(art.ctx, match.span)
        reality = status(text, _judged_span(text, match), clause, sentence)
        if any(d.start <= match.span.start and match.span.end <= d.end for d in denials):
            reality = "disputed"
        elif match.entry.frame != "verdict" and not claimed_by(text, match) and _governed(
            text, matches[:index], match, clause
        ):
            # a verdict is the predicate of the conduct named before it, never that conduct's content
            continue
        if match.entry.mode == _DENIAL:
            denials.append(Span(match.span.end, clause.end))
        if is_background(text, match, clause):
            continue  # "memiliki hubungan yang erat", "pembelian jet tempur": named, not reported
        for event in _events_for(art, match, clause, reality):
            yield event, reality
    yield from _war_events(art, sentence)


def _judged_span(text: str, match: TriggerMatch) -> Span:
    """A verdict's trigger with its own negation ("tidak dapat dibenarkan"), which does not negate the event."""
    if match.entry.frame != "verdict":
        return match.span
    window = text[max(0, match.span.start - 30) : match.span.start].casefold()
    found = [window.rfind(w.casefold()) for w in match.entry.with_words]
    at = max(found, default=-1)
    return Span(match.span.start - len(window) + at, match.span.end) if at >= 0 else match.span


def _war_events(art: _Article, sentence: Span) -> Iterator[tuple[Event, Reality]]:
    """"perang A-B sejak Kamis": an ASSAULT each way between the two sides."""
    ctx = art.ctx
    if not art.may_name_war:
        return
    for trigger, first, second in war_sides(ctx, sentence):
        sides = frozenset((*first.actors, *second.actors))
        art.war_sides.append((first, second))
        if sides in art.wars:
            continue
        art.wars.add(sides)
        clause = clause_of(ctx, trigger)
        reality = status(ctx.text, trigger, clause, sentence)
        quote = ctx.quote_at(trigger)
        quoted = _quote_sentences(ctx, quote)
        date = event_date(trigger, clause, sentence, art.timexes, quote, quoted, art.lead, ctx.text, art.coarse)
        for source, target in ((first, second), (second, first)):
            for a, b in ((a, b) for a in source.actors for b in target.actors):
                yield _war_event(a, b, source, target, trigger, clause, date, reality), reality
    yield from _place_war_events(art, sentence)


def _place_war_events(art: _Article, sentence: Span) -> Iterator[tuple[Event, Reality]]:
    """"perang X di A dan B": an ASSAULT by X on whoever holds each place (one way: X's war)."""
    ctx = art.ctx
    for trigger, side, places in wars_in_places(ctx, sentence):
        clause = clause_of(ctx, trigger)
        reality = status(ctx.text, trigger, clause, sentence)
        if reality != "happened" or cues().future.intersection(words(ctx.text[clause.start : trigger.start])):
            continue  # "akan menambah korban dalam perang X di Y": a prediction's background, not a report
        quote = ctx.quote_at(trigger)
        date = event_date(trigger, clause, sentence, art.timexes, quote, _quote_sentences(ctx, quote), art.lead,
                          ctx.text, art.coarse)
        for place in places:
            for a, b in ((a, b) for a in side.actors for b in place.actors if a != b):
                yield _war_event(a, b, side, place, trigger, clause, date, reality), reality


def _war_event(a: str, b: str, source: Unit, target: Unit, trigger: Span, clause: Span, date: str | None,
               reality: Reality) -> Event:
    return Event(type="ASSAULT", mode=None, source=a, target=b, date=date,
                 status="disputed" if reality == "disputed" else "happened", evidence=clause, trigger=trigger,
                 confidence=0.5, source_entity=source.entity_id, target_entity=target.entity_id, by=NAME)


def is_heading(text: str, sentence: Span, paragraphs: Sequence[Span]) -> bool:
    """A subheading ("2. Uni Eropa siapkan sanksi baru"): a short paragraph with no full stop.

    Subheadings restate what the paragraphs under them report, so their events would be counted twice.
    """
    paragraph = next((p for p in paragraphs if p.contains(sentence)), None)
    return paragraph is not None and _heading_paragraph(paragraph.of(text))


def _heading_paragraph(body: str) -> bool:
    return bool(_HEADING.match(body)) and len(body.split()) <= _HEADING_MAX_WORDS


def _headings(text: str, sentences: Sequence[Span], paragraphs: Sequence[Span]) -> list[bool]:
    """:func:`is_heading` for every sentence, each paragraph read once (sentences and paragraphs in order)."""
    if any(a.end > b.start for a, b in pairwise(paragraphs)):  # not the extractor's layout: ask one by one
        return [is_heading(text, s, paragraphs) for s in sentences]
    starts = [p.start for p in paragraphs]
    verdicts: dict[int, bool] = {}
    out = []
    for sentence in sentences:
        index = bisect_right(starts, sentence.start) - 1
        if index < 0 or not paragraphs[index].contains(sentence):
            out.append(False)
            continue
        if index not in verdicts:
            verdicts[index] = _heading_paragraph(paragraphs[index].of(text))
        out.append(verdicts[index])
    return out


def code_all(analysis: Analysis) -> tuple[tuple[Event, Reality], ...]:
    """Every coded event with its reality, the unreported ones (negated, hypothetical) included."""
    art = _Article(analysis)
    pairs: set[tuple[str, frozenset[str | None]]] = set()
    told: set[str] = set()
    sources: set[tuple[str, str | None]] = set()
    keys: set[tuple[str, str | None, str | None]] = set()
    out: list[tuple[Event, Reality]] = []
    headings = _headings(analysis.text, art.ctx.sentences, analysis.article.paragraphs)
    for sentence, heading in zip(art.ctx.sentences, headings, strict=True):
        if heading:
            continue
        matches = list(find_triggers(analysis.text, sentence.start, sentence.end, art.ctx.words))
        if not matches and not art.may_name_war:
            continue  # most sentences: no trigger and no war noun, so nothing to code
        found = list(_once_per_sentence(list(_sentence_events(art, sentence, matches))))
        index = art.ctx.sentence_of(sentence.start)
        art.accusations.extend((index, e.source, e.target) for e, _ in found if e.type == "ACCUSE" and e.source)
        for event, reality in found:
            pair = (event.type, frozenset((event.source, event.target)))
            if event.type in _BACK_REFERENCE and pair in pairs and _repeats(analysis, event):
                continue  # a meeting named again is the same meeting
            if event.type in told and _pointed_back(analysis, event):
                continue  # "Permintaan tersebut disampaikan oleh ...": the demand already coded
            if (event.type, event.source) in sources and _opens_back_reference(analysis, sentence, event):
                continue  # "Serangan udara ... ke kamp itu menewaskan ...": the strike already coded
            key = (event.type, event.source, event.target)
            if key in keys and _restated(analysis, event):
                continue  # "meskipun X melancarkan serangan terhadap Y": the attack already coded
            keys.add(key)
            pairs.add(pair)
            told.add(event.type)
            sources.add((event.type, event.source))
            out.append((event, reality))
        launches = [e for e, reality in found if reportable(reality)]
        out.extend((e, "happened") for e in failed_attempts(analysis.text, sentence, launches, analysis.timexes))
    return tuple(out)


def _once_per_sentence(found: list[tuple[Event, Reality]]) -> Iterator[tuple[Event, Reality]]:
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


def _restated(analysis: Analysis, event: Event) -> bool:
    """Whether the event's clause opens with a connective that tells a known act again, with no day of its own."""
    text = analysis.text
    opener = words(text[max(0, event.evidence.start - 15) : event.evidence.start])[-1:]
    if event.type not in cues().restating_types or not opener or opener[0] not in cues().restating:
        return False
    if "," in text[event.evidence.start : event.trigger.start]:
        return False  # "setelah pertemuan itu, X menyerang ...": the main clause, not the connective's
    return not any(event.evidence.contains(t.span) for t in analysis.timexes)


def _opens_back_reference(analysis: Analysis, sentence: Span, event: Event) -> bool:
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


def _pointed_back(analysis: Analysis, event: Event) -> bool:
    """Whether an event noun is followed by "itu"/"tersebut" ("Permintaan Ukraina itu ..."): a re-mention."""
    if not _is_noun(analysis, event):
        return False
    following = words(analysis.text[event.trigger.end : event.trigger.end + 40])[:_DEMONSTRATIVE_REACH]
    return any(w in _BACK_DEMONSTRATIVES for w in following)


def _repeats(analysis: Analysis, event: Event) -> bool:
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


def code_events_rules(analysis: Analysis) -> tuple[Event, ...]:
    """The events an article reports as done, announced or contested."""
    return drop_unaddressed([event for event, reality in code_all(analysis) if reportable(reality)])


@stage(NAME, requires=("sentences", "entities", "timexes", "quotes"), provides=("events",))
def code_events(analysis: Analysis) -> Analysis:
    return replace(analysis, events=code_events_rules(analysis))


__all__ = ["NAME", "code_all", "code_events", "code_events_rules", "coordinated"]
