"""Speakers described rather than named: "Guru Besar UIN Jakarta ini" (the person just
introduced), "sumber tersebut" (the speaker just before), "para pemimpin ketiga negara" (a
group), "Seskab" (a title shortened in apposition), "Libermen" (a misspelt known name)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from warta.annotate.gazetteer import HOME_STATE
from warta.annotate.quote_cues import Cues
from warta.annotate.speaker_index import WORD, SpeakerIndex
from warta.annotate.speaker_model import Speaker, group_speaker
from warta.types import Entity, Mention, Span

_LEADING_SPACE = re.compile(r"[\s,]*")
_APPOSED_ABBREVIATION = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z]{1,11})\s*\)\s*")

# Shorter names differ by one letter too often to call the difference a typo.
MIN_TYPO_LENGTH = 6


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    index = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) == len(b):
        return a[index + 1 :] == b[index + 1 :]
    return a[index:] == b[index + 1 :]


def lone_unknown(speaker: Speaker) -> bool:
    """A one-word person no list knows ("Libermen"): it may be a misspelt known name."""
    return bool(speaker.entity_id and speaker.entity_id.startswith("unk:")) and " " not in (speaker.name or " ")


def described_anaphor(text: str, region: Span, cues: Cues) -> bool:
    """ "Guru Besar UIN Jakarta ini mengatakan": an occupation, its institution, then a
    demonstrative describe the person already introduced."""
    # The anchored occupation test fails on most regions at once: it goes before reading every word.
    lead = _LEADING_SPACE.match(text, region.start, region.end)
    if cues.person_noun.match(text, lead.end() if lead else region.start, region.end) is None:
        return False
    words = WORD.findall(region.of(text))
    return len(words) >= 3 and words[-1].casefold() in cues.demonstratives


def source_anaphor(index: SpeakerIndex, region: Span, anchor: int) -> Speaker | None:
    """ "kata sumber tersebut": the speaker introduced just before, whom the words describe."""
    words = [w.casefold() for w in WORD.findall(region.of(index.text))]
    if len(words) < 2 or words[-1] not in index.cues.demonstratives:
        return None
    noun = " ".join(words[1:-1] if words[0] in ("sang", "para", "seorang") else words[:-1])
    return index.latest(anchor) if noun in index.cues.source_nouns else None


def collective(index: SpeakerIndex, region: Span, anchor: int) -> Speaker | bool | None:
    """ "Para pemimpin ketiga negara": a plural subject naming no one. With a count of
    states ("ketiga negara"), the joint statement of the latest states named before;
    else False: no speaker rather than one member of the group. None: not plural."""
    if index.mentions_in(region):  # first: a named region needs none of its words read
        return None
    words = [w.casefold() for w in WORD.findall(region.of(index.text))]
    if not words:
        return None
    count = next((index.cues.collectives[w] for w in words if w in index.cues.collectives), None)
    if count is not None and "negara" in words:
        states = _latest_states(index, anchor, count)
        return group_speaker(states, region) if len(states) == count else False
    return False if words[0] == "para" else None


def _latest_states(index: SpeakerIndex, anchor: int, count: int) -> list[Speaker]:
    found: dict[str, Speaker] = {}
    for mention in reversed(index.mentions[: bisect_left(index.starts, anchor)]):
        entity = index.entities.get(mention.entity_id)
        if entity is None or entity.type != "GPE" or not entity.actor:
            continue
        if entity.actor in found or len(found) < count:
            found[entity.actor] = index.of_mention(mention)  # going back: ends at the first mention
    return sorted(found.values(), key=lambda s: s.span.start if s.span else 0)


def apposed_abbreviations(index: SpeakerIndex) -> dict[str, Speaker]:
    """ "Sekretaris Kabinet (Seskab) Teddy": a title shortened in apposition before a
    person names that person for the rest of the article ("kata Seskab")."""
    found: dict[str, Speaker] = {}
    for match in _APPOSED_ABBREVIATION.finditer(index.text):
        at = bisect_left(index.starts, match.end())
        if at < len(index.mentions) and index.mentions[at].span.start == match.end():
            speaker = index.of_mention(index.mentions[at])
            if speaker.type == "PER":
                found.setdefault(match["abbr"], replace(speaker, span=None))
    return found


def abbreviated(text: str, region: Span, abbreviations: dict[str, Speaker]) -> Speaker | None:
    """The person whose apposed abbreviation opens ``region``."""
    word = WORD.search(text, region.start, region.end)
    if word is None or word.group() not in abbreviations:
        return None
    return replace(abbreviations[word.group()], span=Span(*word.span()))


def person_name_words(entities: dict[str, Entity]) -> dict[str, Entity]:
    """Each word of a person's full name (long enough to tell a typo from another name); a
    one-word name is no full introduction to correct a variant against ("Sutarna"/"Sutarnya")."""
    found: dict[str, Entity] = {}
    for entity in entities.values():
        words = WORD.findall(entity.name)
        if entity.type == "PER" and len(words) > 1:
            for word in words:
                if len(word) >= MIN_TYPO_LENGTH:
                    found.setdefault(word, entity)
    return found


def typo_candidates(text: str, region: Span) -> list[re.Match[str]]:
    """The words of ``region`` that may be a misspelt name: capitalised and long enough."""
    found = WORD.finditer(text, region.start, region.end)
    return [w for w in found if len(w.group()) >= MIN_TYPO_LENGTH and w.group()[0].isupper()]


def misspelt(
    candidates: list[re.Match[str]], known_words: dict[str, Entity], skip: str | None = None
) -> Speaker | None:
    """ "tutur Libermen" after "Avigdor Liberman": a capitalised word one letter away from
    a word of a known person's name (same first letter, long enough) is that person;
    ``candidates`` are from :func:`typo_candidates`."""
    for word in candidates:
        found = word.group()
        for known, entity in known_words.items():
            if entity.id != skip and known[0] == found[0] and one_edit_apart(known, found):
                return Speaker(entity.name, entity.id, entity.actor, entity.type, Span(*word.span()))
    return None


def head_of_state(index: SpeakerIndex, region: Span, anchor: int) -> Speaker | None:
    """ "ujar Kepala Negara": Indonesian outlets call the president they report on the head of
    state (a prime minister the head of government) without naming them again: the first
    person introduced with such a title, Indonesia's own first (a former president or a
    foreign one named later is not the article's), else the first before the words."""
    words = [w.casefold() for w in WORD.findall(region.of(index.text))[:2]]
    titles = index.cues.head_titles.get(" ".join(words))
    if titles is None:
        return None
    titled = [m for m in index.mentions if m.type == "PER" and (m.role or "").casefold() in titles]
    home = [m for m in titled if _actor(index, m) == HOME_STATE]
    before = [m for m in titled if m.span.start < anchor]
    chosen = home or before or titled
    return replace(index.of_mention(chosen[0]), span=region) if chosen else None


def _actor(index: SpeakerIndex, mention: Mention) -> str | None:
    entity = index.entities.get(mention.entity_id)
    return entity.actor if entity is not None else None
