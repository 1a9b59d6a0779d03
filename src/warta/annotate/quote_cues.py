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
from string import ascii_lowercase

from warta.resources import read_text


@dataclass(frozen=True, slots=True)
class WordPatterns:
    """The patterns a speaker's words are read with most often, as one set: the case-insensitive
    ones over the text, or their flag-free twins over the case-folded text (``Cues.folded``)."""

    after: re.Pattern[str]
    after_comma: re.Pattern[str]
    before: re.Pattern[str]
    before_word: re.Pattern[str]
    office: re.Pattern[str]
    statement: re.Pattern[str]
    clause_break: re.Pattern[str]
    phrase_stop: re.Pattern[str]
    outlet_before: re.Pattern[str]
    bahwa: re.Pattern[str]


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
    # The verbs of indirect speech, one pattern per first letter, matched anywhere (no flags) in
    # case-folded text: where such a before_word can only start. Each opens with a fixed letter,
    # which the regex engine finds at C speed (one pattern for all tries every letter they open
    # with: four times the work). None when a word is not ASCII (folding may then differ).
    indirect_starts: tuple[re.Pattern[str], ...] | None
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
    # The patterns read most often, case-insensitive, and their twins for case-folded text (None
    # when a word is not lower-case ASCII, which folding may not keep in place).
    plain: WordPatterns
    folded: WordPatterns | None


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


def _pattern(node: Trie, guard: str = "") -> str:
    """The trie as a regex; ``guard`` follows each first letter."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + guard + _pattern(child)
        for char, child in sorted(node.items())
        if char
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


# A word start tested once a first letter is read: the letter, then no word character or hyphen
# before it (the lookbehind spans both; "." never fails on a letter).
_GUARD = r"(?<![\w-].)"


def _guarded(words: Iterable[str]) -> str:
    """``_word(words)``, for a pattern without flags: the same matches, but with its word-start
    test behind each first letter. A pattern opening with a lookbehind is tried at every
    position; one opening with letters lets the regex engine skip to where one of them stands."""
    return rf"(?:{_pattern(_trie(set(words)), _GUARD)})(?![\w-])"


def _lower_ascii(words: Iterable[str]) -> bool:
    """Whether every word is lower-case ASCII letters, spaces and hyphens: on the case-folded
    text a pattern of them without flags matches exactly where it matches ignoring case."""
    return all(set(w) <= _FOLDABLE for w in words)


_FOLDABLE = frozenset(ascii_lowercase + " -")


def _indirect_starts(before: Iterable[str], indirect: Iterable[str]) -> tuple[re.Pattern[str], ...] | None:
    """Patterns for the ``indirect`` verbs, one per first letter (see ``Cues.indirect_starts``).
    None unless every verb is one lower-case ASCII word: then no match of one verb can hold the
    start of another (their matches are letters only), and folding keeps them in place."""
    if not all(v.isascii() and v.isalpha() and v.islower() for v in before):
        return None
    by_letter: dict[str, set[str]] = {}
    for verb in indirect:
        by_letter.setdefault(verb[0], set()).add(verb)
    return tuple(re.compile(_alternation(group)) for _, group in sorted(by_letter.items()))


def _word_patterns(verbs: dict[str, list[str]], words: dict[str, list[str]], folded: bool) -> WordPatterns:
    """The often-read patterns: ignoring case, or (``folded``) without flags, for the case-folded text."""
    word, flags = (_guarded, 0) if folded else (_word, re.IGNORECASE)
    after = _alternation(verbs["after"])
    # Folded, the word-start test moves behind each verb's first letter (see _guarded).
    lead, before = r"(?<![\w-])", _alternation(verbs["before"])
    if folded:
        lead, before = "", _pattern(_trie(set(verbs["before"])), _GUARD)
    return WordPatterns(
        after=re.compile(
            rf"\s*(?P<punct>[,.!?;]?)\s*(?:[-–—]\s*)?(?<![\w-])(?P<verb>{after})(?P<nya>nya)?(?![\w-])", flags
        ),
        after_comma=re.compile(rf",\s*(?<![\w-])(?:{after})(?:nya)?(?![\w-])", flags),
        before=re.compile(
            rf"{lead}(?P<verb>{before})(?:\s+(?:{_alternation(words['adverbs'])}))*(?:\s+bahwa)?\s*[,:]?\s*$", flags
        ),
        before_word=re.compile(word(verbs["before"]), flags),
        office=re.compile(word(words["offices"]), flags),
        statement=re.compile(word(words["statement_nouns"]), flags),
        clause_break=re.compile(word(words["clause_breaks"]), flags),
        phrase_stop=re.compile(word(words["phrase_stops"]), flags),
        # The outlet noun, up to two qualifiers ("media lokal", "media pemerintah Rusia"),
        # then markup or quotes before the name.
        outlet_before=re.compile(rf"{word(words['outlet_nouns'])}(?:\s+[\w-]+){{0,2}}[\s*_\"“']+$", flags),
        bahwa=re.compile(word(["bahwa"]), flags),
    )


def _foldable(verbs: dict[str, list[str]], words: dict[str, list[str]]) -> bool:
    """Whether every word the twins are built from is lower-case ASCII (see _lower_ascii)."""
    lists = ("adverbs", "offices", "statement_nouns", "clause_breaks", "phrase_stops", "outlet_nouns")
    return _lower_ascii([*verbs["after"], *verbs["before"], *(w for name in lists for w in words[name])])


def _compile(data: dict[str, dict[str, list[str]]]) -> Cues:
    verbs, words = data["verbs"], data["words"]
    after_verbs = frozenset(verbs["after"])
    before_verbs = frozenset(verbs["before"])
    indirect_verbs = before_verbs - frozenset(verbs["not_indirect"])
    plain = _word_patterns(verbs, words, folded=False)
    return Cues(
        after_verbs=after_verbs,
        needs_punctuation=frozenset(verbs["needs_punctuation"]),
        before_verbs=before_verbs,
        indirect_verbs=indirect_verbs,
        phrase_verbs=frozenset(verbs["phrase"]),
        pronouns=frozenset(words["pronouns"]),
        plural_pronouns=frozenset(words["plural_pronouns"]),
        demonstratives=frozenset(words["demonstratives"]),
        joint_markers=frozenset(words["joint_markers"]),
        coordinators=frozenset(words["coordinators"]),
        adverbs=frozenset(words["adverbs"]),
        not_verbs=frozenset(words["not_verbs"]),
        irrealis=frozenset(words["irrealis"]),
        source_nouns=frozenset(words["source_nouns"]),
        buildings=frozenset(words["buildings"]),
        clause_openers=frozenset(words["clause_breaks"]) | frozenset(words["coordinators"]),
        label_words=frozenset(words["label_words"]),
        report_nouns=frozenset(words["report_nouns"]),
        person_noun=re.compile(_word(words["person_nouns"]), re.IGNORECASE),
        collectives={word: index + 2 for index, word in enumerate(words["collectives"])},
        after=plain.after,
        after_comma=plain.after_comma,
        before=plain.before,
        before_word=plain.before_word,
        indirect_starts=_indirect_starts(before_verbs, indirect_verbs),
        statement=plain.statement,
        office=plain.office,
        phrase_stop=plain.phrase_stop,
        clause_break=plain.clause_break,
        # Predicates: meN-/ber-/di-/ter- words, lower case (names are capitalised); the word-start
        # test follows the first letter (see _GUARD): the engine then skips to an m, b, d or t.
        verb_like=re.compile(rf"(?:m{_GUARD}e|b{_GUARD}e|d{_GUARD}i|t{_GUARD}e)[a-z]{{3,}}(?:-[a-z]+)?(?![\w-])"),
        menurut=re.compile(r"(?<![\w-])menurut(?![\w-])", re.IGNORECASE),
        outlet_before=plain.outlet_before,
        relay=_relay(words),
        relay_verb=re.compile(_alternation({v for w in words["relay_verbs"] for v in (w, w.capitalize())})),
        relay_verbs=tuple(sorted({w.casefold() for w in words["relay_verbs"]})),
        head_titles={head: frozenset(titles) for head, titles in data.get("heads", {}).items()},
        plain=plain,
        folded=_word_patterns(verbs, words, folded=True) if _foldable(verbs, words) else None,
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
