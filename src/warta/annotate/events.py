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
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, cached_property

from warta.annotate.event_args import (
    Context,
    Unit,
    actors_of,
    context,
    coordinated,
    sentence_spans,
    unit_firsts,
    words,
)
from warta.annotate.event_attempts import failed_attempts
from warta.annotate.event_background import is_background
from warta.annotate.event_clauses import clause_of
from warta.annotate.event_cues import cues
from warta.annotate.event_dates import (
    VERBAL_TYPES,
    bounded,
    coarse_timexes,
    continues_lead,
    dating_days,
    day_timexes,
    event_date,
    lead_continuation,
    lead_date,
    lead_span,
    statement_date,
    statement_days,
)
from warta.annotate.event_frames import Roles, claimed_by, noun_licensed, own_agent, roles
from warta.annotate.event_governed import governed
from warta.annotate.event_launches import falls_back, struck
from warta.annotate.event_lexicon import (
    TextWords,
    TriggerMatch,
    find_triggers,
    sentence_triggers,
    text_words,
    union_of,
)
from warta.annotate.event_pairs import light_verb_object, pairs, partnered
from warta.annotate.event_recipients import drop_unaddressed
from warta.annotate.event_requests import Request, answers_request, requester
from warta.annotate.event_retold import (
    BACK_REFERENCE,
    headings,
    once_per_sentence,
    opens_back_reference,
    pointed_back,
    repeats,
    restated,
)
from warta.annotate.event_sanctions import Imposer, is_measure, measure_roles, told_in_lead, zero_rate
from warta.annotate.event_sequel import sequel_date
from warta.annotate.event_status import Reality, recoded, reportable, status
from warta.annotate.event_topics import sports_in, sports_marks
from warta.annotate.event_wars import may_name_war, may_name_war_in, war_sides, wars_in_places
from warta.pipeline import stage
from warta.resources import read_text
from warta.types import Analysis, Event, Quote, Span, TimeExpr

NAME = "events.rules.v1"
# A third party's claim that others cooperate or aid is an allegation, not a report.
_ALLEGEABLE = frozenset({"AID", "COOPERATE", "SUPPORT"})
_DENIAL = "deny"
# Units for a bare title or government ("Menlu juga ...", "Pemerintah juga ..."), see event_titles.
_THREAD_UNITS = frozenset({"title", "government"})
_QUOTE_SENTENCES_BACK = 3
_STATEMENT_SENTENCES_BACK = 3  # how far back in its paragraph a statement's day may be named
_ACCUSATION_SENTENCES = 2  # how far back a denial or an agentless accusation looks for the accuser
_NAMED_TARGET_CHARS = 60  # "serangan udara Israel ke kamp pengungsi di Jalur Gaza": how far its target may stand
_OBJECT_GAP_WORDS = 3  # "mengecam segala bentuk serangan": words between a claim and the attack it is about
_CONTENT_OPENERS = frozenset({"untuk", "bagi", "agar", "supaya", "bahwa", "yang"})
_MAIN_VERB = re.compile(r"(?:me|ber|di)[a-z]{4,}")
_TARGET_CLAUSE_WORDS = 5  # "agar proses perundingan antara X": words before the clause's actor
# Clauses after a trigger whose subject is its target, when the trigger's own clause names none.
_TARGET_CLAUSES: dict[str, frozenset[str]] = {
    "ACCUSE": frozenset({"bahwa", "setelah", "karena", "sebab", "menyusul", "usai"}),
    "REQUEST": frozenset({"agar", "supaya"}),
}


class _Article:
    """Per-article inputs computed once for all of its triggers."""

    def __init__(self, analysis: Analysis, words: TextWords, sentences: tuple[Span, ...], may_war: bool,
                 read: list[Span] | None = None) -> None:
        self.analysis = analysis
        # ``read``: the only sentences whose units are read (see code_all), where anaphors are resolved
        self.ctx: Context = context(analysis, words, sentences, read)
        self.timexes: tuple[TimeExpr, ...] = day_timexes(analysis.timexes)
        self.coarse: tuple[TimeExpr, ...] = coarse_timexes(analysis.timexes)
        self.wars: set[frozenset[str]] = set()  # pairs of sides already at war: a war named again is the same war
        self.war_sides: list[tuple[Unit, Unit]] = []  # the sides of each war told so far, in order
        self.may_name_war = may_war  # most articles name no war: no sentence need be searched
        self.folded = words.casefolded  # the text's casefold, for the war test of each sentence
        self.accusations: list[tuple[int, str, str | None]] = []  # (sentence index, accuser, accused), in order
        self.requests: list[Request] = []  # requests told so far, in order
        self.imposers: list[Imposer] = []  # who imposed trade measures so far, in order
        self.unit_starts = [u.span.start for u in self.ctx.units]  # in order: the units are sorted by start

    # The lead and the statement days are read only once a trigger is dated: most articles with triggers
    # date none (their triggers find no actors), and reading them is a pass over all the article's days.
    @cached_property
    def lead(self) -> tuple[Span, str | None]:
        """The lead's span and its day."""
        lead = lead_span(self.analysis.article.paragraphs, self.ctx.sentences, self.timexes)
        return lead, lead_date(self.analysis, self.timexes, lead)

    @cached_property
    def continuation(self) -> Span:
        return lead_continuation(self.analysis.article.paragraphs, self.lead[0], self.timexes)

    @cached_property
    def dating_days(self) -> list[TimeExpr]:
        return dating_days(self.timexes, self.ctx.text)

    @cached_property
    def statement_days(self) -> tuple[list[TimeExpr], list[TimeExpr]]:
        return statement_days(self.timexes, self.lead[1], self.ctx.text)


def _event_type(match: TriggerMatch, has_target: bool) -> tuple[str | None, str | None]:
    """The type and mode of the row's event, or of its untargeted fallback ("MOBILIZE:weapons")."""
    if has_target or match.entry.frame == "subj":
        return match.entry.type, match.entry.mode
    return match.entry.no_target, match.entry.no_target_mode


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
    from warta.annotate.event_clauses import subject

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
    found = statement_date(match.span, paragraph, quote_floor, art.timexes, art.lead[1], ctx.text, art.statement_days)
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


def _near_targets(targets: tuple[Unit, ...], agents: tuple[str, ...], match: TriggerMatch) -> bool:
    """"serangan Israel terhadap Gaza": the target of a merely named attack stands right after it."""
    limit = match.span.end + _NAMED_TARGET_CHARS
    return any(u.span.start <= limit and not set(u.actors) & set(agents) for u in targets)


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


def _events_for(art: _Article, match: TriggerMatch, clause: Span, reality: Reality,
                named: bool = False) -> Iterator[Event]:
    ctx = art.ctx
    found, listed = roles(ctx, match, clause), False
    if is_measure(match):
        if zero_rate(ctx.text, match):
            return  # "dikenakan tarif 0 persen": nothing is cut
        found, listed = measure_roles(ctx, match, clause, found, art.imposers)
        here = ctx.sentence_of(match.span.start)
        art.imposers.extend(Imposer(here, a) for a in actors_of(found.sources))
    if falls_back(match):
        found = replace(found, targets=struck(ctx.text, match, found.targets))
    if match.voice == "noun" and not named and not listed and not noun_licensed(ctx, match, clause, found):
        return
    # an attack named inside a claim ("mengecam serangan Israel ke ...") counts with its own attacker and target
    agents = own_agent(ctx, match, clause) if named else ()
    if named and not (found.sources and set(actors_of(found.sources)) <= set(agents)):
        return
    if not found.targets and match.entry.type in _TARGET_CLAUSES:
        found = replace(found, targets=tuple(_alleged(ctx, clause, match.entry.type)))
    if not found.targets and match.entry.type in cues().place_target_types:
        found = replace(found, targets=_held_place(ctx, match, clause, actors_of(found.sources)))
    if named and not _near_targets(found.targets, agents, match):
        return
    found = _accuser_roles(art, match, found)
    if match.entry.type == "REQUEST" and match.voice != "noun":
        # a request made, even to no one named ("Pemerintah juga meminta produk X diperlakukan setara"),
        # is what "menyetujui permintaan tersebut" answers
        here = ctx.sentence_of(match.span.start)
        art.requests.extend(Request(here, a, None) for a in actors_of(found.sources))
    if found.sources and not found.targets and answers_request(ctx.text, match, clause):
        found = replace(found, targets=requester(ctx, match, art.requests, actors_of(found.sources)))
    if not found.targets and match.entry.root in _argument_roots("mediation_roots") and art.war_sides:
        found = replace(found, targets=art.war_sides[-1])
    if not _may_pair(found):
        return  # most triggers: no actor found, so no pair; their day need not be read
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    quote = ctx.quote_at(match.span)
    quoted = _quote_sentences(ctx, quote)
    date = event_date(match.span, clause, sentence, art.timexes, quote, quoted, art.lead, ctx.text, art.coarse,
                      art.dating_days)
    if date is None:  # "... menandatangani kesepakatan. Penandatanganan dilakukan pada 21 Oktober 2025."
        date = bounded(sequel_date(ctx, match, art.timexes), match.span, clause, art.coarse, ctx.text)
    if date is None and match.entry.type in VERBAL_TYPES:
        date = _statement_date(art, match, quote, clause)
    if date is None and listed and told_in_lead(ctx.text, match, clause):
        date = art.lead[1]
    if date is None and continues_lead(ctx.text, art.continuation, match.span, sentence):
        date = bounded(art.lead[1], match.span, clause, art.coarse, ctx.text)
    final_status = "disputed" if reality == "disputed" else reality
    both_ways = match.entry.root in _argument_roots("both_ways_roots")
    light = match.voice == "noun" and light_verb_object(ctx.text, match)
    verbal = match.voice != "noun" or light
    partners = match.entry.root in _argument_roots("cosigning_roots") and partnered(ctx.text, found.targets)
    for source, target, source_unit, target_unit in pairs(found, match.entry.type, match.entry.no_target, verbal,
                                                          both_ways, light, partners):
        if target is None and source_unit.anaphor in _THREAD_UNITS:
            continue  # "Pemerintah juga meminta seluruh operator ...": domestic policy, not an act between actors
        kind, mode = _event_type(match, target is not None)
        kind = kind and recoded(kind, match, reality, ctx.text, clause)
        if not kind or _allegation(art, match, clause, source):
            continue
        yield Event(
            type=kind,
            mode=mode,
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


def _may_pair(found: Roles) -> bool:
    """Whether :func:`~warta.annotate.event_pairs.pairs` may pair anyone in ``found``: a source, or the
    targets of a mutual frame (who then act on each other)."""
    return bool(found.sources) or (found.mutual and bool(found.targets))


def _unitless(art: _Article, match: TriggerMatch) -> bool:
    """Whether no actor unit starts in the trigger's sentence, where every unit its roles read stands."""
    return _holds_no_unit(art, art.ctx.sentences[art.ctx.sentence_of(match.span.start)])


def _holds_no_unit(art: _Article, sentence: Span) -> bool:
    at = bisect_left(art.unit_starts, sentence.start)
    return at == len(art.unit_starts) or art.unit_starts[at] >= sentence.end


def _passed_over(art: _Article, sentence: Span, matches: list[TriggerMatch]) -> bool:
    """Whether :func:`_sentence_events` passes over every trigger of ``sentence`` (as :func:`_unitless`).

    Told for the sentence at once only when sentences are ordered and disjoint: the one each trigger is
    found in is then the sentence it stands in.
    """
    return bool(art.ctx.starts) and not any(map(_acts_unnamed, matches)) and _holds_no_unit(art, sentence)


def _acts_unnamed(match: TriggerMatch) -> bool:
    """Whether a trigger may be coded, or change how its sentence's others are, with no unit in its sentence.

    A verdict's judge may be the quote's speaker, a trade measure's imposer the article's latest one, a
    mutual frame's sides a held place or the sides of the latest war (see :func:`_events_for`); a denial
    disputes the triggers after it. Any other trigger's roles read only units of its sentence: without
    one it finds no actor, so :func:`_may_pair` fails and nothing is coded.
    """
    entry = match.entry
    return entry.frame in ("verdict", "mutual") or entry.mode == _DENIAL or is_measure(match)


def _sentence_events(art: _Article, sentence: Span, matches: list[TriggerMatch]) -> Iterator[tuple[Event, Reality]]:
    text = art.ctx.text
    denials: list[Span] = []
    for index, match in enumerate(matches):
        if not _acts_unnamed(match) and _unitless(art, match):
            continue  # over half the triggers: their clause, status and roles need not be read
        clause = clause_of(art.ctx, match.span)
        named = False  # an attack named inside another claim: coded only with its own attacker and target
        reality = status(text, _judged_span(text, match), clause, sentence)
        if any(d.start <= match.span.start and match.span.end <= d.end for d in denials):
            reality = "disputed"
        elif match.entry.frame != "verdict" and not claimed_by(text, match) and governed(
            text, matches[:index], match, clause
        ):
            # a verdict is the predicate of the conduct named before it, never that conduct's content
            if not (_direct_object(text, matches[:index], match) and own_agent(art.ctx, match, clause)):
                if is_measure(match):  # "gugatan terkait tarif yang diberlakukan X": X still imposed it
                    here = art.ctx.sentence_of(match.span.start)
                    sources = actors_of(roles(art.ctx, match, clause).sources)
                    art.imposers.extend(Imposer(here, a) for a in sources)
                continue
            named = True
        if match.entry.mode == _DENIAL:
            denials.append(Span(match.span.end, clause.end))
        if is_background(text, match, clause):
            continue  # "memiliki hubungan yang erat", "pembelian jet tempur": named, not reported
        for event in _events_for(art, match, clause, reality, named):
            yield event, reality
    yield from _war_events(art, sentence)


def _direct_object(text: str, earlier: list[TriggerMatch], match: TriggerMatch) -> bool:
    """"mengecam keras serangan ...", "kritik tajam terhadap operasi militer ...": the noun is what the
    trigger before it is about, not an aside deeper in its content ("mendesak X menghentikan bantuan untuk
    perang agresi Y")."""
    before = [m for m in earlier if m.span.end <= match.span.start]
    if not before:
        return False
    gap = words(text[before[-1].span.end : match.span.start])
    return len(gap) <= _OBJECT_GAP_WORDS and not any(w in _CONTENT_OPENERS or _MAIN_VERB.match(w) for w in gap)


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
    if not art.may_name_war or not may_name_war_in(ctx.text, art.folded, sentence):
        return  # no war noun in the sentence: neither kind of war can be named in it
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
        date = event_date(trigger, clause, sentence, art.timexes, quote, quoted, art.lead, ctx.text, art.coarse,
                          art.dating_days)
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
                          ctx.text, art.coarse, art.dating_days)
        for place in places:
            for a, b in ((a, b) for a in side.actors for b in place.actors if a != b):
                yield _war_event(a, b, side, place, trigger, clause, date, reality), reality


def _war_event(a: str, b: str, source: Unit, target: Unit, trigger: Span, clause: Span, date: str | None,
               reality: Reality) -> Event:
    return Event(type="ASSAULT", mode=None, source=a, target=b, date=date,
                 status="disputed" if reality == "disputed" else "happened", evidence=clause, trigger=trigger,
                 confidence=0.5, source_entity=source.entity_id, target_entity=target.entity_id, by=NAME)


def code_all(analysis: Analysis) -> tuple[tuple[Event, Reality], ...]:
    """Every coded event with its reality, the unreported ones (negated, hypothetical) included."""
    words, sentences = text_words(analysis.text, _marks()), sentence_spans(analysis)
    may_war = may_name_war(analysis.text, words.casefolded)
    # Subheadings are looked for only once a trigger is found (their sentences' triggers are then passed over).
    triggers = sentence_triggers(analysis.text, sentences, words, [False] * len(sentences))
    if not may_war and not any(triggers):
        return ()  # about one article in five: no trigger and no war noun, so no actor need be found
    # the sentences that may name a war, read once here for the units they need and the skips below
    warring = [may_war and may_name_war_in(analysis.text, words.casefolded, s) for s in sentences]
    # only a sentence with a trigger or a war noun is coded, so only its paragraph is asked whether it is a heading
    wanted = [bool(m) or w for m, w in zip(triggers, warring, strict=True)]
    told_as_heading = headings(analysis.text, sentences, analysis.article.paragraphs, wanted)
    if not may_war and not any(m for m, heading in zip(triggers, told_as_heading, strict=True) if not heading):
        return ()  # its only triggers are in subheadings
    if sports_in(words):
        return ()  # "Timnas menjamu Bahrain": matches told in the words of diplomacy
    # Only sentences with triggers or a war noun read units (every reader stays in its sentence): anaphors
    # elsewhere, most of them, need not be resolved.
    read = [s for s, m, h, w in zip(sentences, triggers, told_as_heading, warring, strict=True) if (m or w) and not h]
    art = _Article(analysis, words, sentences, may_war, read)
    pairs: set[tuple[str, frozenset[str | None]]] = set()
    told: set[str] = set()
    sources: set[tuple[str, str | None]] = set()
    keys: set[tuple[str, str | None, str | None]] = set()
    out: list[tuple[Event, Reality]] = []
    for sentence, heading, matches, war in zip(art.ctx.sentences, told_as_heading, triggers, warring, strict=True):
        if heading:
            continue
        if (not matches or _passed_over(art, sentence, matches)) and not war:
            # most sentences: no trigger, or only triggers passed over as naming no actor (see
            # _sentence_events), and no war noun, so nothing to code
            continue
        found = list(once_per_sentence(list(_sentence_events(art, sentence, matches))))
        index = art.ctx.sentence_of(sentence.start)
        art.accusations.extend((index, e.source, e.target) for e, _ in found if e.type == "ACCUSE" and e.source)
        art.requests.extend(Request(index, e.source, e.target) for e, _ in found if e.type == "REQUEST" and e.source)
        for event, reality in found:
            pair = (event.type, frozenset((event.source, event.target)))
            if event.type in BACK_REFERENCE and pair in pairs and repeats(analysis, event):
                continue  # a meeting named again is the same meeting
            if event.type in told and pointed_back(analysis, event):
                continue  # "Permintaan tersebut disampaikan oleh ...": the demand already coded
            if (event.type, event.source) in sources and opens_back_reference(analysis, sentence, event):
                continue  # "Serangan udara ... ke kamp itu menewaskan ...": the strike already coded
            key = (event.type, event.source, event.target)
            if key in keys and restated(analysis, event):
                continue  # "meskipun X melancarkan serangan terhadap Y": the attack already coded
            keys.add(key)
            pairs.add(pair)
            told.add(event.type)
            sources.add((event.type, event.source))
            out.append((event, reality))
        launches = [e for e, reality in found if reportable(reality)]
        out.extend((e, "happened") for e in failed_attempts(analysis.text, sentence, launches, analysis.timexes))
    return tuple(out)


@cache
def _marks() -> tuple[frozenset[str], ...]:
    """The sets of words the context and the sports count look up among an article's words: found by
    :func:`text_words` in its pass over them."""
    return union_of(unit_firsts()), *sports_marks()


def code_events_rules(analysis: Analysis) -> tuple[Event, ...]:
    """The events an article reports as done, announced or contested."""
    return drop_unaddressed([event for event, reality in code_all(analysis) if reportable(reality)])


@stage(NAME, requires=("sentences", "entities", "timexes", "quotes"), provides=("events",))
def code_events(analysis: Analysis) -> Analysis:
    return replace(analysis, events=code_events_rules(analysis))


__all__ = ["NAME", "code_all", "code_events", "code_events_rules", "coordinated"]
