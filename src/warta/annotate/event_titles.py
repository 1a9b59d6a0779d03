"""Bare titles and bodies that refer back, as actor units ("Menlu juga ...", "Pemerintah juga ...").

Indonesian news names a leader in full once ("Menteri Luar Negeri Sugiono") and then often by the
office alone, as the subject of a later clause. Such a title stands for the person of the article
who holds that office: the one who was a subject before (a leader keeps the story's thread) over
someone they met ("bertemu dengan Menlu China Wang Yi. Menlu juga ..." continues the visitor).
A bare "Pemerintah" is the government the article named last ("pemerintah Thailand"), else the
home state's; inside a quotation, the speaker's own. The offices and words are in ``cues.toml``
(``[bare_titles]``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from warta.annotate.event_anaphora import clause_start, subject_gap
from warta.annotate.event_args import Context, Unit, is_state, words
from warta.annotate.event_cues import cue_sections
from warta.annotate.gazetteer import HOME_STATE
from warta.types import Analysis, Span

_GOVERNMENT = -1  # the office number of a bare "Pemerintah"
_TITLE_BEFORE_CHARS = 60  # "Menteri Luar Negeri RRT Wang Yi": how far before a name its title may start
_QUOTE_OPENERS = frozenset("\"“‘'(")


@dataclass(frozen=True, slots=True)
class _Titles:
    pattern: re.Pattern[str]  # a title (group 1), with a demonstrative after it
    office_of: Mapping[str, int]  # each name of an office (case-folded, single-spaced) -> its number
    openers: frozenset[str]
    not_after: frozenset[str]
    government_before: re.Pattern[str]  # "pemerintah(an)" right before a name
    firsts: frozenset[str]  # the first word of every title, case-folded
    longest_first: tuple[str, ...]  # every office's names, the longest first


@cache
def _titles() -> _Titles:
    section = cue_sections()["bare_titles"]
    offices: list[list[str]] = section["offices"]
    office_of = {name: number for number, names in enumerate(offices) for name in names}
    governments = [str(g) for g in section["governments"]]
    office_of.update(dict.fromkeys(governments, _GOVERNMENT))
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(office_of, key=len, reverse=True))
    demonstratives = "|".join(map(re.escape, section["demonstratives"]))
    return _Titles(
        pattern=re.compile(rf"(?<![\w-])({alternatives})(?:\s+(?:{demonstratives}))?(?![\w-])", re.IGNORECASE),
        office_of=office_of,
        openers=frozenset(section["openers"]),
        not_after=frozenset(section["not_after"]),
        firsts=frozenset(name.split()[0] for name in office_of),
        longest_first=tuple(sorted((n for n, o in office_of.items() if o != _GOVERNMENT), key=len, reverse=True)),
        government_before=re.compile(rf"(?<![\w-])(?:{'|'.join(governments)})\s+$", re.IGNORECASE),
    )


def title_units(analysis: Analysis, ctx: Context, starts: Sequence[int] | None = None) -> Iterator[Unit]:
    """A unit for every bare title or "Pemerintah" opening a clause whose holder the article names before it.

    ``starts``, the offsets of the words a title can start with (:func:`title_firsts`) when the caller has them.
    """
    titles = _titles()
    holders: dict[str, set[int]] | None = None  # read only when a bare title stands in the text (seldom)
    for match in _matches(ctx, titles, starts):
        span = Span(match.start(), match.end())
        if _covered(ctx.units, span) or not _alone(ctx.text, span.end, titles) or not _opens(ctx, span.start):
            continue
        office = titles.office_of[" ".join(match.group(1).casefold().split())]
        if office == _GOVERNMENT:
            found = _government(analysis, ctx, span)
        else:
            holders = _holders(analysis, titles) if holders is None else holders
            found = _holder(ctx, holders, office, span)
        if found is not None:
            yield found


def title_firsts() -> frozenset[str]:
    """The words a bare title can start with (case-folded)."""
    return _titles().firsts


def _matches(ctx: Context, titles: _Titles, starts: Sequence[int] | None = None) -> Iterator[re.Match[str]]:
    """``titles.pattern`` tried only where a title's first word stands: a regex tried at every character of
    every article cost more than the rest of title resolution together."""
    if ctx.words is None:
        yield from titles.pattern.finditer(ctx.text)
        return
    for start in ctx.words.starting(titles.firsts) if starts is None else starts:
        match = titles.pattern.match(ctx.text, start)
        if match is not None:
            yield match


def _holders(analysis: Analysis, titles: _Titles) -> dict[str, set[int]]:
    """Entity id -> the offices its mentions are titled with ("presiden", "menteri luar negeri")."""
    out: dict[str, set[int]] = {}
    for mention in analysis.mentions:
        office = titles.office_of.get(" ".join((mention.role or "").split()))
        if office is not None and office != _GOVERNMENT:
            out.setdefault(mention.entity_id, set()).add(office)
    return out


def _covered(units: Sequence[Unit], span: Span) -> bool:
    """Whether a mention already covers the title ("Presiden Prabowo" names its holder itself)."""
    return any(u.span.overlaps(span) for u in units)


def _alone(text: str, end: int, titles: _Titles) -> bool:
    """Whether no name, state or qualifier follows the title: the next word is a lowercase word of the clause."""
    following = text[end : end + 30].split(maxsplit=1)
    if not following:
        return False
    word = following[0]
    if word.startswith("ke-") or any(c.isdigit() for c in word):
        return False  # "Presiden ke-7 RI Joko Widodo": an ordinal, the holder named after it
    return word[0].islower() and word.rstrip(",.").casefold() not in titles.not_after


def _opens(ctx: Context, start: int) -> bool:
    """Whether the title opens a clause: at a sentence's start, after a comma, a quotation mark or a connective."""
    sentence = ctx.sentences[ctx.sentence_of(start)]
    before = ctx.text[sentence.start : start].rstrip()
    if not before or before[-1] == "," or before[-1] in _QUOTE_OPENERS:
        return True
    previous = words(before)
    return bool(previous) and previous[-1] in _titles().openers


def _holder(ctx: Context, holders: Mapping[str, set[int]], office: int, span: Span) -> Unit | None:
    """The office's holder named before ``span``: the latest who was a subject, else the latest named."""
    candidates = [
        u for u in ctx.units if u.span.end <= span.start and u.anaphor is None
        and (office in holders.get(u.entity_id or "", ()) or _titled(ctx.text, u) == office)
    ]  # fmt: skip
    quote = ctx.quote_at(span)
    if quote is not None:  # "Presiden telah menyatakan ..." in a quotation: the speaker's own leader
        candidates = [u for u in candidates if quote.actor in u.actors]
    if not candidates:
        return None
    subjects = [u for u in candidates if _subject(ctx, u)]
    chosen = (subjects or candidates)[-1]
    return Unit(span, chosen.actors, chosen.entity_id, "title", person=chosen.person)


def _titled(text: str, unit: Unit) -> int | None:
    """ "Menlu Pakistan", "Menteri Luar Negeri RRT": the office whose name stands right before the unit.

    The longest name wins: "Wakil Presiden AS" is not a president's title.
    """
    before = " " + " ".join(text[max(0, unit.span.start - _TITLE_BEFORE_CHARS) : unit.span.start].casefold().split())
    titles = _titles()
    return next((titles.office_of[n] for n in titles.longest_first if before.endswith(" " + n)), None)


def _subject(ctx: Context, unit: Unit) -> bool:
    """Whether ``unit`` opens its clause as the subject, with no verb before it it could be the object of."""
    sentence = ctx.sentences[ctx.sentence_of(unit.span.start)]
    start = clause_start(ctx, sentence)
    return start <= unit.span.start and subject_gap(ctx, start, unit)


def _government(analysis: Analysis, ctx: Context, span: Span) -> Unit | None:
    """A bare "Pemerintah": the speaker's government in a quotation, else the one named last, else the home state's."""
    quote = ctx.quote_at(span)
    if quote is not None and quote.actor:
        return Unit(span, (quote.actor,), None, "government")
    named = [
        u for u in ctx.units if u.span.end <= span.start and u.anaphor is None
        and _titles().government_before.search(ctx.text, max(0, u.span.start - 20), u.span.start)
    ]  # fmt: skip
    if named:
        return Unit(span, named[-1].actors, named[-1].entity_id, "government")
    state = _main_state(ctx.units)
    entity = next((e.id for e in analysis.entities if e.actor == state and e.type == "GPE"), None)
    return Unit(span, (state,), entity, "government") if state else None


def _main_state(units: Sequence[Unit]) -> str | None:
    """The home state, unless nothing in the article acts for it: then the state named most."""
    states = Counter(a for u in units for a in u.actors if is_state(a))
    if HOME_STATE in states or not states:
        return HOME_STATE
    return states.most_common(1)[0][0]
