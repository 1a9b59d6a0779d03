"""Direct and indirect quotations with their speakers (stage ``quotes.rules.v1``).

A quoted span (:mod:`warta.annotate.quote_marks`) is a quotation when something attributes
it, tried in this order:

- a cue verb after it: ``"…," kata X`` / ``"…," ujarnya`` (the -nya makes a pronoun);
- a cue verb right before it: ``X mengatakan, "…"`` / ``Menurut X, "…"``;
- a speech verb earlier in its clause, for a quoted phrase: ``X menyebut Y "berbahaya"``
  (a quoted name after another verb, ``menetapkan … sebagai "…"``, is not a quotation);
- nothing, when it opens a sentence: it continues the previous speaker (a paragraph that is
  only a quote), or, right after ``"…," kata X,``, the second half of a split quote.

Indirect speech is a sentence ``X mengatakan (bahwa) …``, ``Menurut X, …`` or
``…, kata X`` without quotation marks. Speakers are resolved in text order by
:mod:`warta.annotate.speakers`, so pronouns and "pernyataan itu" find what came before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Literal

from warta.annotate.quote_cues import cues
from warta.annotate.quote_marks import QuotedSpan, quoted_spans
from warta.annotate.speaker_model import Speaker
from warta.annotate.speaker_phrase import account_speaker, after_phrase
from warta.annotate.speakers import SpeakerContext
from warta.pipeline import stage
from warta.quick_init import quick_init
from warta.types import Analysis, Problem, Quote, Span

Side = Literal["after", "before", "phrase", "pronoun", "inherit"]

_MENURUT_LEAD = re.compile(r"\s*menurut\s+(?P<who>[^,.;:\"“”\n]{1,120}),\s*", re.IGNORECASE)
# '"…," menurut X': "menurut" after a quotation attributes it like a cue verb.
_MENURUT_AFTER = re.compile(r"\s*[,.]?\s*(?<![\w-])(?P<verb>menurut)\s+(?=\w)", re.IGNORECASE)
_MENURUT_BEFORE = re.compile(r"(?<![\w-])menurut\s+(?P<who>[^,.;:\"“”\n]{1,120}),\s*$", re.IGNORECASE)
_CLAUSE_LEAD = re.compile(r"[\s,:]*")
_WORDS = re.compile(r"\w+")
_SENTENCE_PUNCT = ",.!?…"
_BREAK = re.compile(r"[.!?;\n]")
_NOMINALISED = re.compile(r"(?:di|ter)\w+nya$", re.IGNORECASE)
MIN_CONTINUED_WORDS = 3
MIN_INDIRECT_WORDS = 3
# A shorter lower-case quoted phrase is more likely a term than the rest of a statement.
MIN_FRAGMENT_WORDS = 3
# Longer unresolved subjects are more likely a misparse than a speaker's description.
MAX_UNRESOLVED_WORDS = 8
# Characters an attribution between two halves of a split quote may take.
MAX_SPLIT_GAP = 160


@quick_init
@dataclass(frozen=True, slots=True)
class _Candidate:
    """A quotation found but not yet given its speaker."""

    content: Span
    direct: bool
    side: Side
    cue: Span | None = None
    region: Span | None = None  # the words naming the speaker (after-cue side)
    words: Span | None = None  # the wider phrase, for statement qualifiers

    @property
    def anchor(self) -> int:
        return self.content.start if self.cue is None else min(self.content.start, self.cue.start)


@cache
def _counting(words: int) -> re.Pattern[str]:
    """Matches from a region's start through its ``words``-th word (possessive: a word is never split)."""
    return re.compile(r"\W*+" + r"(?:\w++\W++)" * (words - 1) + r"\w")


def _has_words(text: str, region: Span, count: int) -> bool:
    """Whether ``region`` holds ``count`` words (``_WORDS`` runs); stops there, unlike findall."""
    return _counting(count).match(text, region.start, region.end) is not None


def _after_cue(ctx: SpeakerContext, quoted: QuotedSpan) -> _Candidate | None:
    position = quoted.close_mark + 1 if quoted.close_mark is not None else quoted.content.end
    text, patterns = ctx.scan
    match = patterns.after.match(text, position)
    if match is None or "\n" in ctx.text[position : match.start("verb")]:
        return _after_menurut(ctx, quoted, position)
    verb = match.group("verb").casefold()
    if match.group("punct") == "." and ctx.text[match.start("verb")].isupper():
        return None  # '…". Klaim itu disampaikan X': the period ended the sentence
    inside = ctx.text[quoted.content.end - 1 : quoted.content.end]
    if verb in ctx.cues.needs_punctuation and not (match.group("punct") or inside in _SENTENCE_PUNCT):
        return None
    cue = Span(match.start("verb"), match.end())
    if match.group("nya"):
        return _Candidate(quoted.content, True, "pronoun", cue)
    words, region = after_phrase(ctx, match.end())
    if not region.of(ctx.text).strip():
        return None
    return _Candidate(quoted.content, True, "after", cue, region, words)


def _after_menurut(ctx: SpeakerContext, quoted: QuotedSpan, position: int) -> _Candidate | None:
    """ '"…," menurut analis X': the words after "menurut" name the speaker."""
    match = _MENURUT_AFTER.match(ctx.text, position)
    if match is None or "\n" in match.group():
        return None
    words, region = after_phrase(ctx, match.end())
    if not region.of(ctx.text).strip():
        return None
    return _Candidate(quoted.content, True, "after", Span(*match.span("verb")), region, words)


def _before_cue(ctx: SpeakerContext, quoted: QuotedSpan) -> _Candidate | None:
    if quoted.open_mark is None:
        return None
    sentence = ctx.sentence_at(quoted.open_mark)
    start = min(sentence.start, quoted.open_mark)
    text, words = ctx.scan
    match = words.before.search(text, start, quoted.open_mark)
    if match is not None:
        if _unreal(ctx, match.start()):
            return None
        return _Candidate(quoted.content, True, "before", Span(*match.span("verb")))
    menurut = _MENURUT_BEFORE.search(ctx.text, start, quoted.open_mark)
    if menurut is not None:
        who = Span(*menurut.span("who"))
        return _Candidate(quoted.content, True, "after", Span(menurut.start(), menurut.start() + 7), who, who)
    return None


def _phrase_cue(ctx: SpeakerContext, quoted: QuotedSpan) -> _Candidate | None:
    """ "X menyebut Y "berbahaya"": a speech verb is the last predicate before the phrase."""
    if quoted.open_mark is None or quoted.close_mark is None:
        return None
    sentence = ctx.sentence_at(quoted.open_mark)
    if not ctx.text[sentence.start : quoted.open_mark].strip():
        return None
    # "menyebut dimasukkannya X ... "…"": a di-/ter- word with -nya names an act, it is no verb.
    verbs = [v for v in ctx.predicates(sentence.start, quoted.open_mark) if not _NOMINALISED.match(v.group())]
    if not verbs or verbs[-1].group().casefold() not in ctx.cues.phrase_verbs or _unreal(ctx, verbs[-1].start()):
        return None
    return _Candidate(quoted.content, True, "phrase", Span(*verbs[-1].span()))


def _only_a_name(ctx: SpeakerContext, content: Span) -> bool:
    """ 'mengatakan "Oman" alih-alih "Iran"': a quoted name alone is the word itself, not speech."""
    words = content.of(ctx.text).strip(" ,.!?")
    return any(m.text == words for m in ctx.mentions_in(content))


def _fragment_cue(ctx: SpeakerContext, quoted: QuotedSpan) -> _Candidate | None:
    """ 'X menegaskan bahwa A harus ikut, "dan semua pihak lain harus mengikuti."', 'X
    melaporkan serangan itu menewaskan "beberapa warga sipil"': a quoted phrase of some words
    opening in lower case, inside the reported clause of a speech verb before it in its
    sentence, is that speaker's words, unless a label word stands right before it."""
    if quoted.open_mark is None or not ctx.text[quoted.content.start : quoted.content.start + 1].islower():
        return None
    if not _has_words(ctx.text, quoted.content, MIN_FRAGMENT_WORDS) or _labelled(ctx, quoted.open_mark):
        return None
    sentence = ctx.sentence_at(quoted.open_mark)
    text, words = ctx.scan
    found = words.before_word.finditer(text, sentence.start, quoted.open_mark)
    verbs = [m for m in found if m.group().casefold() in ctx.cues.indirect_verbs and not ctx.inside_quote(m.start())]
    if not verbs or _unreal(ctx, verbs[-1].start()):
        return None
    return _Candidate(quoted.content, True, "phrase", Span(*verbs[-1].span()))


def _labelled(ctx: SpeakerContext, mark: int) -> bool:
    """ 'menetapkan X sebagai "hari pertahanan nasional"', 'program "makan siang gratis"': the word
    before the opening mark makes the quoted words a name or a label."""
    words = _WORDS.findall(ctx.text, max(mark - 30, 0), mark)
    return bool(words) and not ctx.text[:mark].rstrip().endswith(",") and words[-1].casefold() in ctx.cues.label_words


def _unreal(ctx: SpeakerContext, verb_start: int) -> bool:
    """ "ingin mengatakan", "tanpa benar-benar menyebut": a verb of wish or purpose, not a report."""
    for word in reversed(_WORDS.findall(ctx.text, max(verb_start - 40, 0), verb_start)):
        folded = word.casefold()
        if folded not in ctx.cues.adverbs and folded not in {"benar", "benar-benar"}:
            return folded in ctx.cues.irrealis
    return False


def _continues(ctx: SpeakerContext, quoted: QuotedSpan, previous: _Candidate | None) -> _Candidate | None:
    """A quote opening its sentence, or the second half of a split quote, keeps the last speaker."""
    if quoted.open_mark is None:
        return None
    sentence = ctx.sentence_at(quoted.open_mark)
    lead = ctx.text[min(sentence.start, quoted.open_mark) : quoted.open_mark]
    if not lead.strip():
        if _has_words(ctx.text, quoted.content, MIN_CONTINUED_WORDS):
            return _Candidate(quoted.content, True, "inherit")
        return None
    if previous is not None and previous.direct and previous.cue is not None and _split(ctx, previous, quoted):
        return _Candidate(quoted.content, True, "inherit")
    return None


def _split(ctx: SpeakerContext, previous: _Candidate, quoted: QuotedSpan) -> bool:
    """ "A," kata X, "B": only the attribution and a comma or colon lie between the halves."""
    assert previous.cue is not None
    assert quoted.open_mark is not None
    gap = ctx.text[previous.content.end : quoted.open_mark]
    after = previous.cue.start >= previous.content.end
    return after and "\n" not in gap and len(gap) < MAX_SPLIT_GAP and gap.rstrip()[-1:] in ",:"


def _direct(ctx: SpeakerContext, spans: tuple[QuotedSpan, ...], names: frozenset[Span]) -> list[_Candidate]:
    """Direct quotations among ``spans``; ``names`` are the quoted words that are only a name."""
    found: list[_Candidate] = []
    for quoted in spans:
        previous = found[-1] if found else None
        if quoted.content in names and _after_cue(ctx, quoted) is None:
            continue
        candidate = (
            _after_cue(ctx, quoted)
            or _before_cue(ctx, quoted)
            or _phrase_cue(ctx, quoted)
            or _fragment_cue(ctx, quoted)
            or _continues(ctx, quoted, previous)
        )
        if candidate is not None:
            found.append(candidate)
    return _split_openings(ctx, spans, found)


def _split_openings(ctx: SpeakerContext, spans: tuple[QuotedSpan, ...], found: list[_Candidate]) -> list[_Candidate]:
    """ 'Serangan dilakukan "A," tetapi militer "B," kata X': a quoted clause ending in a comma
    that nothing attributes takes the attribution of the quote that follows it in its sentence."""
    by_content = {c.content: c for c in found}
    extra = []
    for first, second in pairwise(spans):
        later = by_content.get(second.content)
        if first.content in by_content or later is None or later.side != "after":
            continue
        if first.close_mark is None or second.open_mark is None:
            continue
        gap = ctx.text[first.close_mark + 1 : second.open_mark]
        if first.content.of(ctx.text).rstrip()[-1:] == "," and len(gap) < MAX_SPLIT_GAP and not _BREAK.search(gap):
            extra.append(replace(later, content=first.content))
    return sorted(found + extra, key=lambda c: c.content.start) if extra else found


def _skip_adverbs(ctx: SpeakerContext, start: int, end: int) -> int:
    """ "menegaskan kembali bahwa …": the clause starts after adverbs, commas and colons."""
    while True:
        lead = _CLAUSE_LEAD.match(ctx.text, start, end)
        start = lead.end() if lead else start
        word = _WORDS.match(ctx.text, start, end)
        if word is None or word.group().casefold() not in ctx.cues.adverbs:
            return start
        start = word.end()


def _clause(ctx: SpeakerContext, start: int, end: int) -> Span | None:
    """The reported clause from ``start`` (after the verb) to the sentence end."""
    text, words = ctx.scan
    bahwa = words.bahwa.search(text, start, min(start + 80, end))
    if bahwa is not None:
        start = bahwa.end()
    start = _skip_adverbs(ctx, start, end)
    while end > start and ctx.text[end - 1] in ". \n":
        end -= 1
    if not _has_words(ctx.text, Span(start, end), MIN_INDIRECT_WORDS):
        return None
    return Span(start, end)


def _names_someone(ctx: SpeakerContext, verb_start: int) -> bool:
    text, patterns = ctx.scan
    for region in ctx.subject_regions(verb_start):
        words = region.of(text)
        if ctx.mentions_in(region) or patterns.office.search(words) or patterns.statement.search(words):
            return True
        if any(w.casefold() in ctx.cues.pronouns for w in _WORDS.findall(words)):
            return True
    return False


def _indirect_menurut(ctx: SpeakerContext, sentence: Span) -> _Candidate | None:
    match = _MENURUT_LEAD.match(ctx.text, sentence.start, sentence.end)
    if match is None:
        return None
    content = _clause(ctx, match.end(), sentence.end)
    if content is None:
        return None
    who = Span(*match.span("who"))
    return _Candidate(content, False, "after", Span(match.start("who") - 8, match.start("who") - 1), who, who)


def _indirect_after(ctx: SpeakerContext, sentence: Span, commas: list[int]) -> _Candidate | None:
    """ "…, kata X." without quotation marks."""
    text, patterns = ctx.scan
    for position in commas:
        match = patterns.after.match(text, position)
        if match is None or match.group("verb").casefold() in ctx.cues.needs_punctuation:
            continue
        content = _clause(ctx, sentence.start, position)
        if content is None:
            return None
        cue = Span(match.start("verb"), match.end())
        if match.group("nya"):
            return _Candidate(content, False, "pronoun", cue)
        words, region = after_phrase(ctx, match.end())
        return _Candidate(content, False, "after", cue, region, words) if region.of(ctx.text).strip() else None
    return None


def _indirect_before(ctx: SpeakerContext, sentence: Span, verbs: list[re.Match[str]]) -> _Candidate | None:
    for match in verbs:
        if _unreal(ctx, match.start()) or not _names_someone(ctx, match.start()):
            continue
        content = _clause(ctx, match.end(), sentence.end)
        if content is not None:
            return _Candidate(content, False, "before", Span(*match.span()))
        return None
    return None


def _by_sentence(ctx: SpeakerContext, positions: list[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for position in positions:
        found[ctx.sentence_index(position)].append(position)
    return found


def _indirect_words(ctx: SpeakerContext, skip: frozenset[int] = frozenset()) -> list[re.Match[str]]:
    """The verbs of indirect speech outside the sentences ``skip`` lists (which report no speech):
    the ``before_word`` matches that are ``indirect_verbs``, in order."""
    text, words = ctx.scan
    firsts = ctx.cues.indirect_starts
    if words is not ctx.cues.folded or firsts is None:
        found = [m for m in words.before_word.finditer(text) if m.group().casefold() in ctx.cues.indirect_verbs]
        return [m for m in found if ctx.sentence_index(m.start()) not in skip]
    # before_word is tried only where an indirect verb starts in the folded text (a start inside
    # a word is harmless: before_word rejects it); scanning for it at every character cost more
    # than all the rest of this step.
    verbs = []
    for start in sorted(m.start() for pattern in firsts for m in pattern.finditer(text)):
        match = words.before_word.match(text, start) if ctx.sentence_index(start) not in skip else None
        if match is not None and match.group() in ctx.cues.indirect_verbs:
            verbs.append(match)
    return verbs


def _indirect(ctx: SpeakerContext, taken: list[Span]) -> list[_Candidate]:
    """Reported speech, one per sentence; only sentences holding a cue are read."""
    skip = frozenset(
        i for span in taken for i in range(ctx.sentence_index(span.start), ctx.sentence_index(span.end - 1) + 1)
    )
    verb_at = {m.start(): m for m in _indirect_words(ctx, skip)}
    verbs_in = _by_sentence(ctx, list(verb_at))
    text, words = ctx.scan
    commas_in = _by_sentence(ctx, [m.start() for m in words.after_comma.finditer(text)])
    found = []
    # Rare: most articles need no sentence tried for it (a substring test on the folded text runs in C).
    menurut = ctx.folded is None or "menurut" in ctx.folded
    # Without "menurut" only sentences holding a cue can report speech: the rest are not visited.
    indices = range(len(ctx.sentences)) if menurut else sorted(verbs_in.keys() | commas_in.keys())
    for index in indices:
        if index in skip:
            continue
        sentence = ctx.sentences[index]
        candidate = _indirect_menurut(ctx, sentence) if menurut else None
        if candidate is None and (index in commas_in or index in verbs_in):
            candidate = _indirect_after(ctx, sentence, commas_in.get(index, [])) or _indirect_before(
                ctx, sentence, [verb_at[p] for p in verbs_in.get(index, [])]
            )
        if candidate is not None:
            found.append(candidate)
    return found


def _resolve(ctx: SpeakerContext, candidate: _Candidate) -> Speaker | None:
    anchor = candidate.anchor
    if candidate.side == "pronoun":
        return ctx.resolve_pronoun("dia", anchor)
    if candidate.side == "inherit":
        return ctx.latest(anchor)
    if candidate.side == "phrase":
        # A quoted phrase with no one to say it is a scare quote, not a quotation.
        assert candidate.cue is not None
        return ctx.resolve_subject(candidate.cue.start, anchor)
    if candidate.side == "before":
        assert candidate.cue is not None
        region = ctx.subject_regions(candidate.cue.start)[0]
        return ctx.resolve_subject(candidate.cue.start, anchor) or _unresolved(ctx, region)
    assert candidate.region is not None
    account = account_speaker(ctx, candidate.region)
    if account is not None:
        return account
    return ctx.resolve_region(candidate.region, anchor, candidate.words) or _unresolved(ctx, candidate.region)


def _relayed(ctx: SpeakerContext, candidate: _Candidate, speaker: Speaker | None) -> Speaker | None:
    """ '"…," tambah SBS': an outlet attributing a direct quote relays the words of the
    person quoted before it, not its own; with no such person, the outlet stays. Its own
    report ('"…," demikian laporan Tasnim') is its own words."""
    if speaker is None or not candidate.direct or not ctx.is_outlet(speaker):
        return speaker
    if candidate.region is not None:
        first = _WORDS.search(ctx.text, candidate.region.start, candidate.region.end)
        if first is not None and first.group().casefold() in ctx.cues.report_nouns:
            return speaker
    return ctx.latest_person(candidate.anchor) or speaker


def _unresolved(ctx: SpeakerContext, region: Span) -> Speaker | None:
    """No entity: the speaker is the words that name it ("seorang pejabat senior")."""
    words = region.of(ctx.text).split()
    while words and words[-1].casefold().strip(",") in ctx.cues.adverbs:
        words.pop()  # "Pemerintah juga mengatakan": the adverb is not part of the name
    if not words or len(words) > MAX_UNRESOLVED_WORDS:
        return None
    return Speaker(" ".join(words).strip(",:"), span=region)


def _quote(ctx: SpeakerContext, candidate: _Candidate, speaker: Speaker | None) -> Quote:
    return Quote(
        span=candidate.content,
        text=candidate.content.of(ctx.text),
        direct=candidate.direct,
        speaker=None if speaker is None else speaker.name,
        speaker_entity=None if speaker is None else speaker.entity_id,
        actor=None if speaker is None else speaker.actor,
        cue=candidate.cue,
        speaker_span=None if speaker is None else speaker.span,
    )


def quotations(analysis: Analysis) -> tuple[tuple[Quote, ...], tuple[Problem, ...]]:
    """Direct and indirect quotations of an analysed article, in text order, and the doubts met."""
    spans, problems = quoted_spans(analysis.text, analysis.article.paragraphs)
    ctx = SpeakerContext(analysis, skip=tuple(s.outer for s in spans), cues=cues())
    names = frozenset(s.content for s in spans if _only_a_name(ctx, s.content))
    direct = _direct(ctx, spans, names)
    taken = [c.content for c in direct] + [c.cue for c in direct if c.cue is not None]
    # A sentence quoting a word as a word ("mengatakan "Oman" alih-alih ...") reports no speech.
    taken += [s.content for s in spans if s.content in names]
    candidates = sorted(direct + _indirect(ctx, taken), key=lambda c: c.anchor)
    quotes = []
    for candidate in candidates:
        speaker = _relayed(ctx, candidate, _resolve(ctx, candidate))
        if speaker is None and candidate.side == "phrase":
            continue
        if speaker is not None and speaker.name:
            ctx.remember(candidate.anchor, speaker, candidate.region, candidate.content)
        quotes.append(_quote(ctx, candidate, speaker))
    return tuple(quotes), problems


@stage("quotes.rules.v1", requires=("sentences", "entities"), provides=("quotes",))
def find_quotes(analysis: Analysis) -> Analysis:
    quotes, problems = quotations(analysis)
    return replace(analysis, quotes=quotes, problems=analysis.problems + problems)
