"""The cue words that steer event coding, loaded once from ``resources/events/cues.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta.annotate.event_lexicon import needles
from warta.annotate.phrases import longest_first
from warta.resources import read_text


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    alternatives: frozenset[str]
    future: frozenset[str]
    unreported: frozenset[str]
    willing: frozenset[str]
    willing_types: frozenset[str]
    announced_as: dict[str, str]
    pledge_roots: frozenset[str]
    relative: frozenset[str]
    relative_types: frozenset[str]
    restating: frozenset[str]
    restating_types: frozenset[str]
    speculative: frozenset[str]
    ability: frozenset[str]
    conditional: re.Pattern[str]
    conditional_words: tuple[str, ...]  # the first word of every conditional, case-folded: one stands where it does
    barriers: re.Pattern[str]
    temporal: frozenset[str]
    adjunct_connectives: frozenset[str]
    setting: frozenset[str]
    setting_types: frozenset[str]
    own_agent_types: frozenset[str]
    own_agent_modes: frozenset[str]
    request_content: frozenset[str]
    distributive: frozenset[str]
    asking_types: frozenset[str]
    causes: frozenset[str]
    attribution: re.Pattern[str]
    fronted: re.Pattern[str]
    reporting: frozenset[str]
    not_inherited: frozenset[str]
    backstory: frozenset[str]
    said_on: re.Pattern[str]
    said_on_words: frozenset[str]  # the same verbs of saying, as words
    cited_on: re.Pattern[str]
    until: frozenset[str]
    earlier: frozenset[str]  # words setting a sentence at an earlier time
    occasion: re.Pattern[str]  # matched at a sentence's start
    light_verbs: frozenset[str]
    locative: frozenset[str]
    transit: frozenset[str]
    target_preps: frozenset[str]
    agent_preps: frozenset[str]
    role_words: frozenset[str]
    coordinators: frozenset[str]
    anaphor: re.Pattern[str]
    anaphor_words: frozenset[str]  # the first word of every anaphor, case-folded
    singular: frozenset[str]
    first_person: frozenset[str]
    plural: frozenset[str]
    counted: dict[str, int]
    allies: frozenset[str]
    members: frozenset[str]
    numbers: dict[str, int]
    state_plural_before: frozenset[str]
    inner_types: frozenset[str]
    inner_preps: frozenset[str]
    adverbs: frozenset[str]
    titles: re.Pattern[str]
    title_words: tuple[str, ...]  # the first word of every title, case-folded: one stands where a title does
    reciprocal: frozenset[str]
    place_target_types: frozenset[str]


def _first_words(items: list[str]) -> tuple[str, ...]:
    """The first word of each of ``items``, case-folded: a substring of the text wherever one of them matches
    (for :func:`warta.annotate.event_lexicon.may_contain`)."""
    return needles(item.casefold().split()[0] for item in items)


def _words(items: list[str]) -> re.Pattern[str]:
    alternatives = longest_first(items, ignore_case=True, space=r"\s+")
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _barriers(words: list[str], time_adverbs: list[str], interim_nouns: list[str]) -> re.Pattern[str]:
    """A semicolon or a barrier word, but not one opening a time adverb ("saat ini" is no connective "saat"),
    nor "sementara" right after a noun it qualifies ("kesepakatan sementara": an interim agreement)."""
    adverbs = longest_first(time_adverbs, ignore_case=True, space=r"\s+")
    barrier = longest_first(words, ignore_case=True, space=r"\s+")
    after_noun = "|".join(rf"(?<={re.escape(noun)} )" for noun in interim_nouns)
    interim = rf"(?!(?=sementara(?![\w-]))(?:{after_noun}))"
    # The barrier is looked for first: the guards then run only where a barrier word starts, not at
    # every word of the text (this pattern runs over every clause search).
    return re.compile(
        rf";|(?<![\w-])(?=(?:{barrier})(?![\w-]))(?!(?:{adverbs})(?![\w-])){interim}(?:{barrier})(?![\w-])",
        re.IGNORECASE,
    )


_PLAIN_WORD = re.compile(r"[a-z]+")


@cache
def barrier_words() -> frozenset[str] | None:
    """The first words of the barrier words, by which a barrier is found among an article's words
    (see :func:`~warta.annotate.event_clauses.barriers_in`); None when one is not a plain
    lower-case word (barriers are then searched by the regex alone)."""
    firsts = {str(w).split()[0] for w in cue_sections()["clause"]["barriers"]}
    return frozenset(firsts) if all(_PLAIN_WORD.fullmatch(w) for w in firsts) else None


def _occasion(section: dict[str, Any]) -> re.Pattern[str]:
    """"Dalam pertemuan tersebut,", "Pada kesempatan itu,": an opener, an occasion noun, a demonstrative."""
    openers = longest_first(section["occasion_openers"], ignore_case=True, space=r"\s+")
    nouns = longest_first(section["occasion_nouns"], ignore_case=True, space=r"\s+")
    return re.compile(
        rf"[\"\u201c']?(?:{openers})\s+(?:{nouns})(?:\s+[\w-]+){{0,3}}?\s+(?:tersebut|itu)\b", re.IGNORECASE
    )


def _anaphor_pattern(section: dict[str, object]) -> re.Pattern[str]:
    def listed(name: str) -> list[str]:
        value = section[name]
        assert isinstance(value, list)
        return [str(v) for v in value]

    counted = section["counted"]
    assert isinstance(counted, dict)
    numbers = "|".join(listed("coalition_numbers"))
    named = longest_first(
        [*listed("coalition"), *listed("singular"), *listed("first_person"), *listed("plural"), *listed("allies")],
        ignore_case=True, space=r"\s+")
    heads = "|".join(listed("counted_heads"))
    nouns, demonstratives = "|".join(listed("state_nouns")), "|".join(listed("state_demonstratives"))
    state = rf"(?:{nouns})(?:[ \t]+[a-z]+){{0,2}}?[ \t]+(?:{demonstratives})"
    return re.compile(
        rf"(?<![\w-])(?:(?P<coalition>(?:ke)?(?:{numbers})\s+negara(?:\s+[a-z]+){{0,3}}?\s+(?:tersebut|itu))"
        rf"|(?P<counted>(?:{'|'.join(counted)})\s+(?:{heads})(?:[a-z-]*)(?:\s+(?:luar\s+negeri|tersebut|itu))*)"
        rf"|(?P<named>{named})|(?P<state>{state}))(?![\w-])",
        re.IGNORECASE,
    )


def _anaphor_words(section: dict[str, Any]) -> frozenset[str]:
    """Every word an anaphor can start with: :func:`_anaphor_pattern` matches nowhere else."""
    numbers = [str(n) for n in section["coalition_numbers"]]
    phrases = [str(p) for key in ("coalition", "singular", "first_person", "plural", "allies") for p in section[key]]
    firsts = [*numbers, *(f"ke{n}" for n in numbers), *map(str, section["counted"]), *map(str, section["state_nouns"])]
    return frozenset(w.casefold() for w in [*firsts, *(p.split()[0] for p in phrases)])


@cache
def cue_sections() -> dict[str, Any]:
    """``resources/events/cues.toml``, parsed once for every event module that reads a section."""
    return tomllib.loads(read_text("events", "cues.toml"))


@cache
def cues() -> Cues:
    data = cue_sections()
    status, clause, args, ana = data["status"], data["clause"], data["arguments"], data["anaphora"]
    return Cues(
        negation=frozenset(status["negation"]),
        alternatives=frozenset(status["alternatives"]),
        future=frozenset(status["future"]),
        unreported=frozenset(status["unreported"]),
        willing=frozenset(status["willing"]),
        willing_types=frozenset(status["willing_types"]),
        announced_as={str(k): str(v) for k, v in status["announced_as"].items()},
        pledge_roots=frozenset(status["pledge_roots"]),
        relative=frozenset(status["relative"]),
        relative_types=frozenset(status["relative_types"]),
        restating=frozenset(status["restating"]),
        restating_types=frozenset(status["restating_types"]),
        speculative=frozenset(status["speculative"]),
        ability=frozenset(status["ability"]),
        conditional=_words(status["conditional"]),
        conditional_words=_first_words(status["conditional"]),
        barriers=_barriers(clause["barriers"], clause["time_adverbs"], clause["interim_nouns"]),
        temporal=frozenset(clause["temporal"]),
        adjunct_connectives=frozenset(clause["adjunct_connectives"]),
        setting=frozenset(clause["setting"]),
        setting_types=frozenset(clause["setting_types"]),
        own_agent_types=frozenset(clause["own_agent_types"]),
        own_agent_modes=frozenset(clause["own_agent_modes"]),
        request_content=frozenset(args["request_content"]),
        distributive=frozenset(args["distributive"]),
        asking_types=frozenset(args["asking_types"]),
        causes=frozenset(clause["causes"]),
        attribution=re.compile(r"(?:^|,)\s*" + _words(clause["attribution"]).pattern + r"[^,.]*,", re.IGNORECASE),
        fronted=re.compile(r"\s*" + _words(clause["fronted"]).pattern + r"[^,.]*,", re.IGNORECASE),
        reporting=frozenset(clause["reporting"]),
        not_inherited=frozenset(data["dates"]["not_inherited"]),
        backstory=frozenset(data["dates"]["backstory"]),
        said_on=_words(data["dates"]["said_on"]),
        said_on_words=frozenset(w.casefold() for w in data["dates"]["said_on"]),
        cited_on=_words(data["dates"]["cited_on"]),
        until=frozenset(data["dates"]["until"]),
        earlier=frozenset(data["dates"]["earlier"]),
        occasion=_occasion(data["dates"]),
        light_verbs=frozenset(clause["light_verbs"]),
        locative=frozenset(clause["locative"]),
        transit=frozenset(clause["transit"]),
        target_preps=frozenset(args["target_preps"]),
        agent_preps=frozenset(args["agent_preps"]),
        role_words=frozenset(args["role_words"]),
        coordinators=frozenset(args["coordinators"]),
        anaphor=_anaphor_pattern(ana),
        anaphor_words=_anaphor_words(ana),
        singular=frozenset(ana["singular"]),
        first_person=frozenset(ana["first_person"]),
        plural=frozenset(ana["plural"]),
        counted={str(k): int(v) for k, v in ana["counted"].items()},
        allies=frozenset(ana["allies"]),
        members=frozenset(ana["members"]),
        numbers={str(k): int(v) for k, v in ana["coalition_counts"].items()},
        state_plural_before=frozenset(ana["state_plural_before"]),
        inner_types=frozenset(args["inner_types"]),
        inner_preps=frozenset(args["inner_preps"]),
        adverbs=frozenset(args["adverbs"]),
        titles=re.compile(_words(args["titles"]).pattern + r"(?:\s+[\w-]+){0,3}?\s*$", re.IGNORECASE),
        title_words=_first_words(args["titles"]),
        reciprocal=frozenset(args["reciprocal"]),
        place_target_types=frozenset(args["place_target_types"]),
    )
