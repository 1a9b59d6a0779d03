"""The attribution vocabulary of ``resources/quotes/cues.toml``, compiled once.

Word lists become alternations in a few precompiled regexes, so finding a cue costs one
regex search instead of a loop over tokens.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from warta.resources import read_text


@dataclass(frozen=True, slots=True)
class Cues:
    """Word classes and the regexes built from them (all matching ignores case)."""

    after_verbs: frozenset[str]
    needs_punctuation: frozenset[str]
    before_verbs: frozenset[str]
    indirect_verbs: frozenset[str]
    phrase_verbs: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    demonstratives: frozenset[str]
    joint_markers: frozenset[str]
    coordinators: frozenset[str]
    adverbs: frozenset[str]
    not_verbs: frozenset[str]
    irrealis: frozenset[str]
    # "sumber tersebut", "pejabat itu": a description pointing back at the speaker just before.
    source_nouns: frozenset[str]
    # "gedung", "wisma": a name opening with one is a building, not an office that speaks.
    buildings: frozenset[str]
    # "jika", "dan": words that open a clause, so a quoted fragment opening with one continues a sentence.
    clause_openers: frozenset[str]
    # "sebagai", "program": the word before a quoted phrase that makes it a label.
    label_words: frozenset[str]
    # "laporan": a report noun naming an outlet's own words ('"…," demikian laporan Tasnim').
    report_nouns: frozenset[str]
    # "guru besar", "pengamat": a description of a person by occupation, at a region's start.
    person_noun: re.Pattern[str]
    # "kedua", "ketiga": collective numerals counting a group ("ketiga negara" = the three states).
    collectives: dict[str, int]
    # "…," kata X: at the position right after a closing mark.
    after: re.Pattern[str]
    # "…, kata X" without marks: anywhere, from the comma.
    after_comma: re.Pattern[str]
    # X mengatakan, "…": at the end of the text before an opening mark.
    before: re.Pattern[str]
    # Any verb that introduces a quotation or reported clause, anywhere.
    before_word: re.Pattern[str]
    # Their first words, case-folded and matched anywhere (no flags: fast) in case-folded text,
    # where before_word can only start; None when a word is not ASCII (folding may then differ).
    before_start: re.Pattern[str] | None
    statement: re.Pattern[str]
    office: re.Pattern[str]
    phrase_stop: re.Pattern[str]
    clause_break: re.Pattern[str]
    verb_like: re.Pattern[str]
    menurut: re.Pattern[str]
    # "media lokal", "kantor berita": the words before a name that make it a news outlet.
    outlet_before: re.Pattern[str]
    # "seperti dilansir AFP", "dikutip dari Reuters": the outlet a report is taken from.
    relay: re.Pattern[str]
    # The relay verbs alone, matched without flags (fast): where a relay phrase may be.
    relay_verb: re.Pattern[str]
    # The relay verbs, lower case: one must be in the case-folded text for relay_verb to match.
    relay_verbs: tuple[str, ...]
    # "kepala negara": a description of a head of state or government -> the titles it stands for.
    head_titles: dict[str, frozenset[str]]


Trie = dict[str, "Trie"]
_END = ""  # key marking that a word ends at this node


def _trie(words: Iterable[str]) -> Trie:
    root: Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _pattern(node: Trie) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{'|'.join(branches)})"
    return f"{body}?" if _END in node else body


def _alternation(words: Iterable[str]) -> str:
    """A regex for any of ``words``, factored as a trie: Python's engine tries the branches
    of a flat alternation one by one at every position, which made cue search the slowest
    step; a trie rejects a position on its first letter. Longer words win (greedy)."""
    return _pattern(_trie(set(words)))


def _word(words: Iterable[str]) -> str:
    return rf"(?<![\w-])(?:{_alternation(words)})(?![\w-])"


def _first_words(phrases: Iterable[str]) -> re.Pattern[str] | None:
    firsts = {p.split()[0].casefold() for p in phrases}
    return re.compile(_alternation(firsts)) if all(w.isascii() and w.isalpha() for w in firsts) else None


def _compile(data: dict[str, dict[str, list[str]]]) -> Cues:
    verbs, words = data["verbs"], data["words"]
    after_verbs = frozenset(verbs["after"])
    before_verbs = frozenset(verbs["before"])
    adverbs = frozenset(words["adverbs"])
    adverb = _alternation(adverbs)
    return Cues(
        after_verbs=after_verbs,
        needs_punctuation=frozenset(verbs["needs_punctuation"]),
        before_verbs=before_verbs,
        indirect_verbs=before_verbs - frozenset(verbs["not_indirect"]),
        phrase_verbs=frozenset(verbs["phrase"]),
        pronouns=frozenset(words["pronouns"]),
        plural_pronouns=frozenset(words["plural_pronouns"]),
        demonstratives=frozenset(words["demonstratives"]),
        joint_markers=frozenset(words["joint_markers"]),
        coordinators=frozenset(words["coordinators"]),
        adverbs=adverbs,
        not_verbs=frozenset(words["not_verbs"]),
        irrealis=frozenset(words["irrealis"]),
        source_nouns=frozenset(words["source_nouns"]),
        buildings=frozenset(words["buildings"]),
        clause_openers=frozenset(words["clause_breaks"]) | frozenset(words["coordinators"]),
        label_words=frozenset(words["label_words"]),
        report_nouns=frozenset(words["report_nouns"]),
        person_noun=re.compile(_word(words["person_nouns"]), re.IGNORECASE),
        collectives={word: index + 2 for index, word in enumerate(words["collectives"])},
        after=re.compile(
            rf"\s*(?P<punct>[,.!?;]?)\s*(?:[-–—]\s*)?(?<![\w-])(?P<verb>{_alternation(after_verbs)})(?P<nya>nya)?(?![\w-])",
            re.IGNORECASE,
        ),
        after_comma=re.compile(rf",\s*(?<![\w-])(?:{_alternation(after_verbs)})(?:nya)?(?![\w-])", re.IGNORECASE),
        before=re.compile(
            rf"(?<![\w-])(?P<verb>{_alternation(before_verbs)})(?:\s+(?:{adverb}))*(?:\s+bahwa)?\s*[,:]?\s*$",
            re.IGNORECASE,
        ),
        before_word=re.compile(_word(before_verbs), re.IGNORECASE),
        before_start=_first_words(before_verbs),
        statement=re.compile(_word(words["statement_nouns"]), re.IGNORECASE),
        office=re.compile(_word(words["offices"]), re.IGNORECASE),
        phrase_stop=re.compile(_word(words["phrase_stops"]), re.IGNORECASE),
        clause_break=re.compile(_word(words["clause_breaks"]), re.IGNORECASE),
        # Predicates: meN-/ber-/di-/ter- words, lower case (names are capitalised).
        verb_like=re.compile(r"(?<![\w-])(?:me|be|di|te)[a-z]{3,}(?:-[a-z]+)?(?![\w-])"),
        menurut=re.compile(r"(?<![\w-])menurut(?![\w-])", re.IGNORECASE),
        # The outlet noun, up to two qualifiers ("media lokal", "media pemerintah Rusia"),
        # then markup or quotes before the name.
        outlet_before=re.compile(
            rf"{_word(words['outlet_nouns'])}(?:\s+[\w-]+){{0,2}}[\s*_\"“']+$", re.IGNORECASE
        ),
        relay=_relay(words),
        relay_verb=re.compile(_alternation({v for w in words["relay_verbs"] for v in (w, w.capitalize())})),
        relay_verbs=tuple(sorted({w.casefold() for w in words["relay_verbs"]})),
        head_titles={head: frozenset(titles) for head, titles in data.get("heads", {}).items()},
    )


# A capitalised name of an outlet, up to a few words ("The Times of Israel", "Al Jazeera").
_OUTLET_NAME = r"(?-i:[A-Z](?:[\w&'’-]|\.(?=\w))*)(?:\s+(?:(?-i:[A-Z0-9](?:[\w&'’-]|\.(?=\w))*)|of|de|al|dan))*"
_RELAY_DESCRIPTORS = ("laman", "situs", "situs web", "akun", "tayangan", "kanal", "resmi")


def _relay(words: dict[str, list[str]]) -> re.Pattern[str]:
    """A relay phrase: "seperti dilansir (kantor berita) AFP". A relay verb that is also an
    ordinary verb ("dilaporkan tewas", 'mengutip "informasi"') counts only after a lead word
    ("seperti") or, for the active ones, at the start of a clause."""
    active = frozenset(words["relay_active"])
    passive = frozenset(words["relay_verbs"]) - active
    plain = passive & {"dilansir", "dikutip", "dinukil"}
    descriptors = _alternation([*words["outlet_nouns"], *_RELAY_DESCRIPTORS])
    lead = rf"(?<![\w-])(?:{_alternation(words['relay_leads'])})\s+"
    verb = (
        rf"(?:{lead}(?:{_alternation(passive | active)})|(?<![\w-])(?:{_alternation(plain)})"
        rf"|(?:(?<=[,.])\s*|^)(?:{_alternation(active)}))"
    )
    return re.compile(
        rf"{verb}(?![\w-])\s+(?:(?:dari|oleh)\s+)?(?:(?:{descriptors})\s+){{0,3}}{_OUTLET_NAME}",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def cues() -> Cues:
    """The compiled vocabulary (loaded from the package resources once)."""
    return _compile(tomllib.loads(read_text("quotes", "cues.toml")))
