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

from warta.annotate.event_args import (
    Context,
    Unit,
    actors_of,
    barrier_between,
    group,
    is_state,
    preceding_word,
    reporting_between,
    words,
)
from warta.annotate.event_clauses import (
    agent_after,
    clause_of,
    left_units,
    object_after,
    object_cues,
    right_units,
    subject,
)
from warta.annotate.event_cues import cues
from warta.annotate.event_lexicon import TriggerMatch
from warta.quick_init import quick_init
from warta.types import Span

_OWN_AGENT_WORDS = 2  # "serangan udara besar-besaran Israel": words between an attack noun and its attacker
_DELIVERED = re.compile(r"\bdi[a-z]{4,}((?:\s+[a-z-]+){0,2}?)\s+oleh\s+", re.IGNORECASE)
_VERB = re.compile(r"(?:me|ber|di)[a-z]{4,}")
_CONTENT_WORDS = frozenset({"untuk", "agar", "supaya", "bagi"})
_DELIVERY_WORDS = 14  # "Undangan kepada Presiden X untuk hadir di KTT itu (juga) disampaikan oleh ...": noun to verb
_GENITIVE_WORDS = 4  # "kunjungan para menteri perdagangan mereka": words between a noun and its agent
_PASSIVE_AGENT_WORDS = 3  # "dibom jet tempur Israel"
_PARTNER_PREP_WORDS = 2  # "pertemuan bilateral dengan X": words before the preposition
_PARTNER_WORDS = 6  # "dengan rekan-rekannya dari X", "dengan Menteri Luar Negeri X"
_OPENING_WORDS = 4  # "Para pemimpin ketiga negara": words before a sentence's subject
_JOINT_WORDS = frozenset({"antara", "bersama"})  # words introducing both sides of a joint act


@quick_init
@dataclass(frozen=True, slots=True)
class Roles:
    sources: tuple[Unit, ...]
    targets: tuple[Unit, ...]
    mutual: bool = False
    reciprocal: bool = False  # "A dan B saling menyerang": every participant acts on every other, both ways
    each: bool = False  # "A, B, dan C semuanya menyatakan bersedia ...": each acts alone, not with the others


_MAIN_VERB = re.compile(r"\b(?:me|ber)[a-z]{4,}")


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
    found = object_after(ctx, start, clause, prep_only, actors_of(sources), comma_ends=match.voice == "noun")
    asking = match.entry.type in cues().asking_types
    if found and asking and _inside_request(words(ctx.text[start : found[0].span.start])):
        return []
    return found


def _inside_request(gap: list[str]) -> bool:
    """"mengajak negara-negara Eropa untuk mendukung kemerdekaan X": words (the addressee), a connective and a
    verb stand before X, so X is in what is asked, not whom it is asked of."""
    content = cues().request_content
    return any(0 < i < len(gap) - 1 for i, w in enumerate(gap) if w in content)


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
    return Roles(tuple(sources), tuple(targets), match.entry.frame == "mutual", each=_each(ctx.text, sources))


def _each(text: str, sources: list[Unit]) -> bool:
    """Whether a distributive word ("semuanya", "masing-masing") follows a subject of several actors."""
    if len(actors_of(sources)) < 2:
        return False
    after = words(text[sources[-1].span.end : sources[-1].span.end + 20])[:1]
    return bool(after) and after[0] in cues().distributive


def _stance_partners(ctx: Context, match: TriggerMatch, sources: list[Unit]) -> list[Unit]:
    """"X berbagi pendapat yang sama dengan Y untuk mendesak Z": Y, who shares X's stance, acts too.

    The partner's name is read past "dengan" (where :func:`subject` skips it), and only when a
    phrase of agreement stands before it and nothing but a linking word after it.
    """
    if not sources:
        return []
    start, cue = sources[-1].span.end, object_cues()
    first = ctx.units.index(sources[0]) if sources[0] in ctx.units else 0
    if first > 0 and cue.stance.fullmatch(ctx.text, ctx.units[first - 1].span.end, sources[0].span.start):
        # "X sejalan dengan Y dan Z untuk mengecam ...": the partners were taken for the subject; X joins them
        return group(ctx.units, first - 1, ctx.text, -1)
    inside = [(i, u) for i, u in enumerate(ctx.units) if start <= u.span.start and u.span.end <= match.span.start]
    if not inside or not cue.stance.fullmatch(ctx.text, start, inside[0][1].span.start):
        return []
    partners = group(ctx.units, inside[0][0], ctx.text, 1)
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
    judged = [u for _, u in left_units(ctx, match.span.start, clause.start)][:1]
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
    sources, _ = agent_after(ctx, match.span.end, clause, _PASSIVE_AGENT_WORDS)
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
    found = group(ctx.units, after[0], ctx.text, 1)[:2]
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
    if lead and lead[-1] in object_cues().undergone:
        if len(lead) > 1 and lead[-2] in cues().future:
            # "Y akan menerima bantuan dari X": an expectation told of Y, neither X's act nor X's pledge
            return Roles((), ())
        undergone = _undergone(ctx, match, clause)
        if undergone is not None:
            return undergone
    sources, after = agent_after(ctx, match.span.end, clause, _GENITIVE_WORDS)
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
    if not sources and match.entry.frame != "mutual":
        delivered = _delivered_by(ctx, match, clause)
        if delivered:
            return Roles(tuple(delivered), tuple(_delivered_to(ctx, match, clause, delivered)))
    if not sources:
        return _setting_roles(ctx, match, clause, lead)
    if match.entry.frame == "mutual" and len(actors_of(sources)) > 1:
        # "inisiatif bersama X dan Y untuk Z": both sides are named; only "dengan/antara" adds a party
        return Roles(tuple(sources), tuple(_partners(ctx, after, clause, actors_of(sources))), True)
    targets = _targets(ctx, match, after, clause, sources)
    return Roles(tuple(sources), tuple(targets), match.entry.frame == "mutual")


def _delivered_by(ctx: Context, match: TriggerMatch, clause: Span) -> list[Unit]:
    """"Undangan kepada Presiden X ... disampaikan langsung oleh Perdana Menteri Y": the noun is the subject of a
    passive verb whose agent, after "oleh", made the invitation, request or offer."""
    # the content ("agar membuka akses ...") may close the noun's clause before its verb: read to the sentence end
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    reach = Span(clause.start, max(clause.end, sentence.end))
    found = _DELIVERED.search(ctx.text, match.span.end, reach.end)
    if found is None:
        return []
    before = words(ctx.text[match.span.end : found.start()])
    # a verb of its own before the passive, outside the content ("untuk menghentikan ..."), is the predicate
    head = before[: next((i for i, w in enumerate(before) if w in _CONTENT_WORDS), len(before))]
    if "," in before or "yang" in before or len(before) > _DELIVERY_WORDS or any(_VERB.fullmatch(w) for w in head):
        return []
    if not set(words(found.group(1))) <= cues().adverbs:
        return []
    agents, _ = agent_after(ctx, found.end(), reach, _GENITIVE_WORDS)
    return agents


def _delivered_to(ctx: Context, match: TriggerMatch, clause: Span, agents: list[Unit]) -> list[Unit]:
    """"Undangan kepada X ... disampaikan oleh Y" or "undangan itu disampaikan oleh Y kepada X": the addressee
    before the verb, else after its agent."""
    spans = {u.span for u in agents}
    before = [u for u in _targets(ctx, match, match.span.end, clause, agents) if u.span not in spans]
    if before:
        return before
    sentence = ctx.sentences[ctx.sentence_of(match.span.start)]
    return _targets(ctx, match, max(u.span.end for u in agents), Span(clause.start, max(clause.end, sentence.end)),
                    agents)


def _undergone(ctx: Context, match: TriggerMatch, clause: Span) -> Roles | None:
    """"X menjadi sasaran serangan udara Y", "X mendapat dukungan penuh dari Y": Y acts on X.

    The noun's agent follows it; the one who undergoes the act is the clause's subject, or,
    when the phrase is fronted ("Meski mendapat dukungan dari Y, X ..."), the main clause's.
    """
    agents, _ = agent_after(ctx, match.span.end, clause, _GENITIVE_WORDS)
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
        if _partners_with(ctx.text, match):
            return Roles((), (), match.entry.frame == "mutual")  # "dengan A, B, dan C": each met someone unnamed
        return Roles((), tuple(_targets(ctx, match, match.span.end, clause, [])), match.entry.frame == "mutual")
    partners = _partners(ctx, match.span.end, clause, actors_of(sources))
    if not partners and len(actors_of(sources)) < 2:
        return Roles((), (), match.entry.frame == "mutual")
    return Roles(tuple(sources), tuple(partners), match.entry.frame == "mutual")


def _partners_with(text: str, match: TriggerMatch) -> bool:
    """"melakukan diplomasi dengan Menlu A, B, dan C": the names after "dengan" are partners of the
    subject, never of each other, so without the subject there is no pair to code."""
    after = words(text[match.span.end : match.span.end + 30])[:_PARTNER_PREP_WORDS]
    return "dengan" in after and "antara" not in after


def _partners(ctx: Context, start: int, clause: Span, exclude: tuple[str, ...]) -> list[Unit]:
    """"pertemuan (bilateral) dengan X", "pembicaraan antara X dan Y": the group named right after a meeting noun."""
    found = object_after(ctx, start, clause, True, exclude, comma_ends=True)
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


_TITLE_WORDS = 3  # "Menteri Luar Negeri", "panglima militer": words of a title before a subject


def _main_clause_subject(ctx: Context, start: int, sentence: Span) -> list[Unit]:
    """"Usai pertemuan dengan X, Menlu Retno ...": the first group after the comma closing the phrase."""
    comma = ctx.text.find(",", start, sentence.end)
    if comma < 0:
        return []
    for index, unit in right_units(ctx, comma + 1, sentence.end):
        # "Saat berkunjung ke X, panglima militer Y <name> mengatakan ...": a title may stand before the subject
        if len(words(ctx.text[comma + 1 : unit.span.start])) <= _TITLE_WORDS:
            return group(ctx.units, index, ctx.text, 1)
        return []
    return []


def _sentence_subject(ctx: Context, sentence: Span, trigger: Span) -> list[Unit]:
    """The group opening the sentence ("Para pemimpin ketiga negara mengumumkan ..."), if one does."""
    c = cues()
    for index, unit in right_units(ctx, sentence.start, trigger.start):
        opening = words(ctx.text[sentence.start : unit.span.start])
        if len(opening) > _OPENING_WORDS or (opening and opening[-1] in c.target_preps | c.locative | c.agent_preps):
            return []
        return group(ctx.units, index, ctx.text, 1)
    return []


def noun_licensed(ctx: Context, match: TriggerMatch, clause: Span, found: Roles) -> bool:
    """Whether an event noun reports an event rather than naming one inside another claim.

    It does after a light verb ("melakukan kunjungan"), after a temporal connective ("usai
    pertemuan") or a setting ("pada pertemuan"), as an attack named as a cause with its doer
    ("akibat serangan Israel ke Iran"), with "-nya", as a meeting "antara X dan Y",
    or standing first in its clause ("Serangan Rusia ke Kyiv ...") with its agent named.
    """
    c = cues()
    lead = _lead_words(ctx, match, clause)
    if any(w in c.light_verbs for w in lead) or (lead and lead[-1] in c.temporal | object_cues().undergone):
        return True
    if lead and lead[-1] in c.setting and match.entry.type in c.setting_types:
        return True
    if lead and lead[-1] in c.causes and own_agent(ctx, match, clause):
        return True  # "akibat serangan Israel terhadap Iran": an attack named as a cause, with its doer
    if match.clitic == "nya" or _meeting_between(ctx, match, found) or (found.sources and claimed_by(ctx.text, match)):
        return True
    before = words(ctx.text[clause.start : match.span.start])
    opening = [w for w in before if w not in ("sebuah", "suatu", "para", "itu", ",")]
    return bool(found.sources) and len(opening) <= 1 and not barrier_between(ctx.text, clause.start, match.span.start)


def own_agent(ctx: Context, match: TriggerMatch, clause: Span) -> tuple[str, ...]:
    """"mengecam serangan Israel terhadap Gaza", "kritik terhadap operasi militer Israel di Jalur Gaza":
    an attack noun with its attacker named right after it reports that attack, even as the object of a
    condemnation or a demand (PLOVER codes the attack besides the condemnation). The attacker's actors, or none."""
    c = cues()
    owned = match.entry.type in c.own_agent_types or match.entry.mode in c.own_agent_modes
    if match.voice != "noun" or not owned:
        return ()
    return actors_of(agent_after(ctx, match.span.end, clause, _OWN_AGENT_WORDS)[0])


def claimed_by(text: str, match: TriggerMatch) -> bool:
    """"tuduhan dari X yang menyebut Y ...": an accusation with its author named is X's own act.

    Even as the object of another verb ("Y membantah tuduhan dari X"), X is reported accusing.
    """
    if match.voice != "noun" or match.entry.type != "ACCUSE":
        return False  # most triggers: the words after them need not be read
    following = words(text[match.span.end : match.span.end + 20])[:1]
    return bool(following) and following[0] in cues().agent_preps


def _meeting_between(ctx: Context, match: TriggerMatch, found: Roles) -> bool:
    """"pertemuan puncak bulan lalu antara X dan Y", "inisiatif bersama X dan Y": a joint act named with both sides.

    Meetings, cooperation and joint initiatives alike: a noun of a mutual frame that names its
    two sides itself reports them acting together.
    """
    if not found.mutual:
        return False
    after = words(ctx.text[match.span.end : match.span.end + 60])[:_GENITIVE_WORDS + 1]
    return bool(_JOINT_WORDS.intersection(after)) and len(actors_of([*found.sources, *found.targets])) > 1
