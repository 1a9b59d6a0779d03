"""The entity stage: mentions linked to entities, each entity with its actor and sector.

Steps, each a pure function over a list of :class:`~warta.annotate.found.Found`:

1. gazetteer names (longest match, case rules, clitics) in every sentence;
2. capitals as their state or as a place (:mod:`metonymy`);
3. "Name (ACRONYM)": the acronym decides when the two disagree;
4. ministries and armed forces named after their state (:mod:`bodies`); institutions named by
   a generic head ("Pusat Studi ...", "Badan ...") and parties in deal lists (:mod:`institutions`);
5. names no list knows, from the statistical recogniser when it is installed, typed by the
   words around them ("majalah X" ORG, "di X" LOC, "X Systems" ORG, "Bandara X" -> X Airport);
6. titles and affiliations give people their role, actor and sector (:mod:`roles`);
7. short later mentions refer back (:mod:`coref`).

Unknown names become entities of their own (id ``unk:<slug>``, the surface as the name).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import accumulate, chain, compress, pairwise, repeat
from operator import attrgetter, is_
from typing import cast

from warta.annotate.bodies import armed_forces, ministries, state_offices_named
from warta.annotate.coref import resolve_coreference
from warta.annotate.found import Found, covered, ordered, unknown_entity
from warta.annotate.gazetteer import Gazetteer, gazetteer
from warta.annotate.institutions import deal_parties, institution_head, institution_names
from warta.annotate.metonymy import place_roles, resolve_capitals, without_treaties
from warta.annotate.phrases import last_words, longest_first, may_end_with
from warta.annotate.roles import (
    appositive_titles,
    carried_states,
    name_stopwords,
    title_pattern,
    titled_people,
    titles,
)
from warta.pipeline import stage
from warta.resources import read_text, word_list
from warta.types import Analysis, Entity, Mention, Sentence, Span, Token

Recogniser = Callable[[Sequence[Sequence[str]]], list[list[tuple[int, int, str]]]]

_PARENTHESIS = re.compile(r"\s*\(\s*")
# "KIA (tewas dalam aksi)": an acronym glossed in lower case is a term, not a name.
_GLOSS = re.compile(r"\s*\(\s*[a-z]")
# After "majalah", a state or language and a comma may come before the name itself; a place
# word ("di", "kota") must come right before it ("di Jakarta, Kim menyebut" is a person).
_BEFORE_TAIL = {
    "ORG": r"(?:\s+berbahasa\s+\w+)?(?:\s+(?-i:[A-Z])\w+)?\s*,?\s*$",
    "LOC": r"\s+$",
}
_DOMAIN = re.compile(r"\.(?:news|com|net|org|info|co\.id|co\.uk|id|fr|de|ch|be)\b")
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?] )\b[A-Z][\w-]* $")
_WORD_BEFORE = re.compile(r"(?<!\w)([A-Z][\w-]*)\s+$")
_LANGUAGE = re.compile(r"(?<!\w)(?:ber)?bahasa\s+$", re.I)
# Who the writer cites: "dilansir Antara", "dikutip dari *Antara*", "menurut laporan Antara".
_SOURCE = re.compile(
    r"(?:dilansir|dikutip|mengutip|melansir|menurut|laporan|sumber)"
    r"(?:\s+(?:dari|laporan|kantor berita))?\s+\W?(Antara)\b"
)
_DAN = "Dan "
# "Arnold Putra (AP)": the capitalised words right before an acronym's bracket.
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s*\($")
_MAX_INITIALS = 5
_DAN_SURNAME_WORD = " Dan"
_DAN_SURNAME = re.compile(r" Dan(?=[,;)]|\.\s|\s+[a-z])")
_SENTENCE_END = '.!?\n"”'
# ", profesor ...", ", analis ...": a role in apposition, written in lower case.
_APPOSITION = re.compile(r",\s+[a-z]")
_TOKENS, _TEXT = attrgetter("tokens"), attrgetter("text")
# Spelling -> its lower case when capitalised and not a common word, else "" (_learn_capital_keys).
_CAPITAL_KEYS: dict[str, str] = {}
_CAPITAL_CACHE_SIZE = 200_000
_NER_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
_MAX_TITLED_NAME = 3
# How far before a recognised name a title reaching into it may start ("Menko Kumham Imipas").
_TITLE_REACH = 24
# How far before a name "rudal balistik jarak menengah bernama" may start.
_CALLED_REACH = 70
# Only capitalised words can open a title reaching into a name (lower-case ones are not read).
_WORDS_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]*(?= )")
# A recognised name must look like one: every word capitalised (or a name particle).
# Arabic names carry a lower-case article joined by a hyphen ("Mahdi al-Mashat", "el-Sisi").
_NAME_WORD = re.compile(
    r"^(?:[A-Z\u00C0-\u00DE][\w'’.-]*|(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-[A-Z][\w'’.-]*"
    r"|bin|binti|ibn|van|von|der|de|al|el|la|of|the|dan)$"
)


@cache
def recogniser() -> Recogniser | None:
    """The trained recogniser (many sentences per call), or None while no model ships (the
    gazetteer still works)."""
    try:
        from warta.annotate import ner

        ner.recognise(["Jakarta"])
    except (ImportError, OSError):
        return None
    return ner.recognise_many


def gazetteer_mentions(sentences: Sequence[Sentence], gaz: Gazetteer, text: str = "") -> list[Found]:
    """The gazetteer's names in every sentence, in text order (their surface taken from ``text``)."""
    hits = gaz.find_in_runs([sentence.tokens for sentence in sentences])
    return [Found(span, span.of(text), gaz.entity_of(entry), entry.kind) for span, entry in hits]


@cache
def _counted_after() -> re.Pattern[str]:
    nouns = "|".join(sorted(word_list("entities", "counted_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"\s+(?:{nouns})\b", re.I)


def without_counts(found: Sequence[Found], text: str) -> list[Found]:
    """ "Lima orang tewas": a number word before a counted noun is a count, not a city; inside
    a title-case name ("Konsensus Lima Poin", "Rencana Lima Tahun") it is that name's number."""
    numbers, after = word_list("entities", "number_words.txt"), _counted_after()
    return [
        f
        for f in found
        if f.text.casefold() not in numbers or not (after.match(text, f.span.end) or _in_title_case(f.span, text))
    ]


def _in_title_case(span: Span, text: str) -> bool:
    return bool(
        _CAPITALISED_AFTER.match(text, span.end)
        and _CAPITALISED_BEFORE.search(text, max(0, span.start - 30), span.start)
    )


def acronym_decides(found: Sequence[Found], text: str) -> list[Found]:
    """In "Name (ACR)" the acronym is the writer's anchor: a mistyped name takes its entity."""
    out = list(found)
    for first, second in pairwise(found):
        gap = _PARENTHESIS.fullmatch(text, first.span.end, second.span.start)
        if gap and second.text.isupper() and first.entity.id != second.entity.id:
            out[out.index(first)] = replace(first, entity=second.entity, kind=second.kind)
    return out


def acronym_aliases(found: Sequence[Found], text: str) -> list[Found]:
    """ "Badan Nasional Penanggulangan Bencana (BNPB)": an unknown acronym in brackets right
    after a multi-word name is that name's alias, in every mention of the article."""
    alias: dict[str, Entity] = {}
    for first, second in pairwise(found):
        gap = _PARENTHESIS.fullmatch(text, first.span.end, second.span.start)
        if gap and second.text.isupper() and len(first.text.split()) > 1 and second.entity.id.startswith("unk:"):
            alias.setdefault(second.entity.id, first.entity)
    if not alias:
        return list(found)
    return [replace(f, entity=alias[f.entity.id]) if f.entity.id in alias else f for f in found]


def defined_acronyms(found: Sequence[Found], text: str) -> list[Found]:
    """ "selebgram Arnold Putra (AP)": an acronym of a person's initials defined in brackets
    after the name names that person in every mention, even where a list knows it as
    something else (a news agency, a party)."""
    if "(" not in text:
        return list(found)
    people = {f.text: f.entity for f in found if f.entity.type == "PER"}
    defined: dict[str, Entity] = {}
    for item in found:
        bracketed = text[item.span.start - 1 : item.span.start] == "("
        if not (bracketed and item.text.isupper() and 1 < len(item.text) <= _MAX_INITIALS):
            continue
        before = _NAME_BEFORE.search(text, max(0, item.span.start - 80), item.span.start)
        words = before.group(1).split() if before else []
        name = " ".join(words[-len(item.text) :])
        if len(words) >= len(item.text) and _initials(name) == item.text and name in people:
            defined.setdefault(item.text, people[name])
    if not defined:
        return list(found)
    return [replace(f, entity=defined[f.text], kind="acronym") if f.text in defined else f for f in found]


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def recognised_names(found: Sequence[Found], sentences: Sequence[Sentence], text: str) -> list[Found]:
    """Names the recogniser finds where no earlier step found anything."""
    recognise = recogniser()
    if recognise is None:
        return list(found)
    out = list(found)
    claimed = _Claimed([f.span for f in found])
    chosen = _sentences_to_tag(sentences, claimed)
    for tokens, names in zip(chosen, recognise([[t.text for t in tokens] for tokens in chosen]), strict=True):
        for first, end, label in names:
            span, label = _without_title(Span(tokens[first].span.start, tokens[end - 1].span.end), label, text)
            surface = span.of(text)
            if _title_word_person(surface, label):
                continue
            if label in _NER_TYPES and not claimed.overlaps(span) and _looks_like_name(surface, text, span):
                out.append(Found(span, surface, unknown_entity(surface, _NER_TYPES[label]), f"ner:{label}"))
    return ordered(out)


def _sentences_to_tag(sentences: Sequence[Sentence], claimed: _Claimed) -> list[tuple[Token, ...]]:
    """The tokens of the sentences the recogniser is run on (see :func:`_may_hold_new_name`)."""
    tokens = list(chain.from_iterable(map(_TOKENS, sentences)))
    texts = list(map(_TEXT, tokens))
    new = _new_name_starts(tokens, texts, claimed)
    chosen, start = [], 0
    for sentence in sentences:
        end = start + len(sentence.tokens)
        if _may_hold_new_name(new[start:end], texts[start] if end > start else ""):
            chosen.append(sentence.tokens)
        start = end
    return chosen


def _new_name_starts(tokens: Sequence[Token], texts: Sequence[str], claimed: _Claimed) -> list[bool]:
    """For each token, whether it is a capitalised word no step claimed that can be part of a name.

    The recogniser is the costliest step, and only sentences holding such a word are
    tagged. A word the article also writes in lower case ("Pada", "Namun") or a day or month
    name is a common word, so a sentence with nothing else capitalised has no name left to find.
    The per-token work is C-level map() calls over a cache by spelling; Python code only runs
    at the few capitalised words.
    """
    cached = list(map(_CAPITAL_KEYS.get, texts))
    if None in cached:
        _learn_capital_keys(texts, cached)
        keys = list(map(_CAPITAL_KEYS.__getitem__, texts))
    else:
        keys = cast(list[str], cached)  # every spelling already cached
    present = set(texts)
    new = [False] * len(tokens)
    for i in compress(range(len(tokens)), keys):
        written_lower = keys[i] in present and keys[i][:1].islower()  # the article writes it in lower case
        new[i] = not written_lower and not claimed.overlaps(tokens[i].span)
    return new


def _learn_capital_keys(texts: Sequence[str], cached: Sequence[str | None]) -> None:
    """Cache the lower case of each spelling not seen yet (None in ``cached``) when it is
    capitalised and no common word (a day, a month), else ""."""
    unseen = set(compress(texts, map(is_, cached, repeat(None))))
    if len(_CAPITAL_KEYS) > _CAPITAL_CACHE_SIZE:
        _CAPITAL_KEYS.clear()  # bounded memory on endless corpora
        unseen = set(texts)
    stopwords = name_stopwords()
    for text in unseen:
        low = text.lower()
        _CAPITAL_KEYS[text] = low if text[:1].isupper() and low not in stopwords else ""


class _Claimed:
    """Spans earlier steps claimed, asked "does anything overlap this?" in O(log n)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered_spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in ordered_spans]
        self._reach = list(accumulate((s.end for s in ordered_spans), max))  # furthest end so far

    def overlaps(self, span: Span) -> bool:
        # Of the spans starting before span ends, does the one reaching furthest pass its start?
        before = bisect_left(self._starts, span.end)
        return before > 0 and self._reach[before - 1] > span.start


def _without_title(span: Span, label: str, text: str) -> tuple[Span, str]:
    """ "PM Wong", "Presiden Joe Biden" recognised whole: the title is left to the roles step
    and the rest is a person's name."""
    title = _title_at(text, span.start, span.end) or _title_into(span, text)
    if title is None or not text[span.start].isupper() or not text[title.end() : title.end() + 1].isspace():
        return span, label
    start = title.end() + 1
    rest = text[start : span.end]
    # A recognised organisation keeps its title-like word ("Ketua Partai Buruh") unless one
    # plain name follows ("PM Wong").
    person = label == "PER" or (len(rest.split()) == 1 and not rest.isupper())
    # "PM Mark Carney" tagged as one organisation: a title then a plain name is a person
    # unless the rest opens with an institution's head ("Ketua Badan Gizi Nasional").
    words = rest.split()
    person = person or (
        1 < len(words) <= _MAX_TITLED_NAME and not any(w.isupper() for w in words) and not institution_head(words[0])
    )
    return (Span(start, span.end), "PER") if person and rest[:1].isupper() else (span, label)


def _title_into(span: Span, text: str) -> re.Match[str] | None:
    """A title opening before a recognised name and ending inside it: "Menko | Kumham Imipas
    <name>", "Marsekal | Lapangan <name>" (the recogniser took the title's tail for the name)."""
    for word in _WORDS_BEFORE.finditer(text, max(0, span.start - _TITLE_REACH), span.start):
        title = _title_at(text, word.start(), span.end)
        if title is not None and span.start < title.end() < span.end:
            return title
    return None


def _title_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """``title_pattern().match(text, start, end)``, asked only where a title may start."""
    return title_pattern().match(text, start, end) if _may_open_title(text[start : start + 3]) else None


def _may_open_title(head: str) -> bool:
    """A cheap necessary test for a title to start with the three characters ``head`` (most
    capitalised words before a name open none: the title search is spared)."""
    if not head.isascii():
        return True  # re folds some letters lower() keeps
    low = head.lower()
    prefixes = _title_prefixes()
    return low in prefixes[3] or low[:2] in prefixes[2] or low[:1] in prefixes[1]


@cache
def _title_prefixes() -> dict[int, frozenset[str]]:
    """Titles' first three characters (by 3), and the titles shorter than that (by length)."""
    lowered = {t.lower() for t in titles()}  # the title pattern ignores case
    return {
        3: frozenset(t[:3] for t in lowered if len(t) >= 3),
        2: frozenset(t for t in lowered if len(t) == 2),
        1: frozenset(t for t in lowered if len(t) == 1),
    }


def _may_hold_new_name(new: Sequence[bool], first_word: str) -> bool:
    """Whether a sentence holds a word that may start a new name (``new``: for each of its
    tokens). Its first word is capitalised because it comes first, so it counts only when news
    text does not mostly write it in lower case ("Menurut", "Sementara" open ~20% of the
    sentences otherwise tagged)."""
    from warta.annotate.ner import mostly_lower_case  # the recogniser's lexicon; loaded with it

    if any(new[1:]):
        return True
    return bool(new) and new[0] and not mostly_lower_case(first_word)


def _title_word_person(surface: str, label: str) -> bool:
    """A "person" starting with a word of a title phrase ("Kepala Negara", "Ketua Protokol")
    is the rest of that title, not a name."""
    words = surface.split()
    return label == "PER" and bool(words) and words[0].casefold() in name_stopwords()


@cache
def _not_names() -> frozenset[str]:
    return word_list("entities", "not_names.txt")


def _looks_like_name(surface: str, text: str, span: Span) -> bool:
    if surface.isupper() and _GLOSS.match(text, span.end):
        return False
    return _name_like(surface)


@lru_cache(maxsize=8192)  # names recur within an article and across articles
def _name_like(surface: str) -> bool:
    words = surface.split()
    if not words or len(surface) < 2 or not words[0][:1].isupper() or surface.casefold() in _not_names():
        return False
    return all(_NAME_WORD.match(w) for w in words)


@dataclass(frozen=True, slots=True)
class NameHeads:
    """The words around an unknown name that type it (``resources/entities/name_heads.tsv``)."""

    # (pattern, type, a cheap test the window must pass for the pattern to match)
    before: tuple[tuple[re.Pattern[str], str, Callable[[str], bool]], ...]
    last: Mapping[str, str]
    generic: Mapping[str, tuple[str, str]]


def _before_pattern(words: list[str], type_: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + longest_first(words, ignore_case=True) + r")" + _BEFORE_TAIL[type_], re.I)


def _before_test(words: list[str], type_: str) -> Callable[[str], bool]:
    # A place word ends the window ("di "); a medium's noun is among its last words.
    return partial(may_end_with if type_ == "LOC" else _may_close, words=last_words(words))


def _may_close(window: str, words: tuple[str, ...]) -> bool:
    """A cheap necessary test for the ORG pattern (a noun, then at most "berbahasa X", one
    capitalised word and a comma) to match: one of the last five chunks of the window ends
    with a noun's last word (or with it and a comma)."""
    if not window.isascii():
        return True  # re folds some letters lower() keeps
    return any(chunk.rstrip(",").endswith(words) for chunk in window.lower().rsplit(None, 5)[-5:])


@cache
def name_heads() -> NameHeads:
    lines = read_text("entities", "name_heads.tsv").splitlines()
    rows = [line.split("\t") for line in lines if line and line[0] != "#"]
    before = tuple(
        (_before_pattern(r[2].split("|"), r[1]), r[1], _before_test(r[2].split("|"), r[1]))
        for r in rows
        if r[0] == "before"
    )
    last = {word: r[1] for r in rows if r[0] == "last" for word in r[2].split("|")}
    generic = {r[2]: (r[1], r[3]) for r in rows if r[0] == "generic"}
    return NameHeads(before, last, generic)


def _retyped(item: Found, text: str) -> Found:
    """An unknown name typed by its last word, its generic head or the noun before it."""
    heads = name_heads()
    words = item.text.split()
    if words[0] in heads.generic and len(words) > 1:
        generic_type, template = heads.generic[words[0]]
        return replace(item, entity=unknown_entity(template.format(" ".join(words[1:])), generic_type))
    domain = _DOMAIN.match(text, item.span.end)
    if domain:
        span = Span(item.span.start, domain.end())
        return Found(span, span.of(text), unknown_entity(span.of(text), "ORG"), item.kind)
    type_ = heads.last.get(words[-1].rstrip("."))
    window = text[max(0, item.span.start - 60) : item.span.start]
    if type_ is None:
        type_ = next((kind for pattern, kind, test in heads.before if test(window) and pattern.search(window)), None)
    if type_ is None or type_ == item.entity.type:
        return item
    return replace(item, entity=replace(item.entity, type=type_))  # type: ignore[arg-type]


@cache
def _generics() -> tuple[str, ...]:
    return tuple(sorted(name_heads().generic))


def _generic_before(item: Found, text: str) -> Found:
    """ "Bandara Liege" with only "Liege" found: the generic joins the name, put in English."""
    # The generic must end the window: a cheap test spares most mentions the search.
    if not text[max(0, item.span.start - 20) : item.span.start].rstrip().endswith(_generics()):
        return item
    match = _WORD_BEFORE.search(text, max(0, item.span.start - 20), item.span.start)
    if match is None or match.group(1) not in name_heads().generic:
        return item
    if _title_into(Span(match.start(1), item.span.end), text) is not None:
        return item  # "Marsekal Lapangan <name>": the generic word ends a rank, not a place's name
    type_, template = name_heads().generic[match.group(1)]
    span = Span(match.start(1), item.span.end)
    return Found(span, span.of(text), unknown_entity(template.format(item.entity.name), type_), item.kind)


def _unknown(item: Found) -> bool:
    return item.entity.id.startswith("unk:") and item.kind.startswith("ner:")


def typed_unknowns(found: Sequence[Found], text: str) -> list[Found]:
    """Unknown names typed by the words around them; foreign generics put in English."""
    out = []
    for item in found:
        if _unknown(item) or item.entity.type == "LOC":
            item = _generic_before(item, text)
        out.append(_retyped(item, text) if _unknown(item) else item)
    return out


def _dan_first_name(item: Found, text: str) -> bool:
    """Whether "Dan " right before a recognised person opens its sentence while a lower-case
    apposition follows the name ("Dan Pinkston, profesor ..."): then it is a first name."""
    start = item.span.start - len(_DAN)
    if item.entity.type != "PER" or not item.kind.startswith("ner:") or text[start : item.span.start] != _DAN:
        return False
    before = text[:start].rstrip(" *_")
    return (not before or before[-1] in _SENTENCE_END) and _APPOSITION.match(text, item.span.end) is not None


def conjunction_first_names(found: Sequence[Found], text: str) -> list[Found]:
    """Recognised people preceded by a sentence-initial "Dan" that is a first name, widened to
    hold it; a recognised name followed by a capitalised "Dan" that closes it ("..., Nicusor Dan,
    mengatakan") holds it as its surname (the conjunction is written "dan" inside a sentence)."""
    if _DAN not in text and _DAN_SURNAME_WORD not in text:
        return list(found)
    out = []
    for item in found:
        if _dan_first_name(item, text):
            span = Span(item.span.start - len(_DAN), item.span.end)
            item = Found(span, span.of(text), unknown_entity(span.of(text), "PER"), item.kind)
        elif item.kind.startswith("ner:") and (surname := _DAN_SURNAME.match(text, item.span.end)) is not None:
            span = Span(item.span.start, surname.end())
            item = Found(span, span.of(text), unknown_entity(span.of(text), "PER"), item.kind)
        out.append(item)
    return out


@dataclass(frozen=True, slots=True)
class Weapons:
    """Weapon nouns and names (``resources/entities/weapons.tsv``): not named entities."""

    before: re.Pattern[str]
    names: frozenset[str]
    called: re.Pattern[str]  # "rudal balistik baru bernama X": a weapon noun, then its name
    # The last words of the nouns and of the naming words: a window ending in none of them
    # cannot match (a cheap test before each search).
    before_ends: tuple[str, ...] = ()
    called_ends: tuple[str, ...] = ()


@cache
def weapons() -> Weapons:
    rows = [line.split("\t") for line in read_text("entities", "weapons.tsv").splitlines() if line and line[0] != "#"]
    words = {rule: cells.split("|") for rule, cells in rows}
    nouns = longest_first(words["before"], ignore_case=True)
    before = re.compile(r"(?<!\w)(?:" + nouns + r")\s+$", re.I)
    naming = longest_first(words["called"], ignore_case=True)
    called = re.compile(r"(?<!\w)(?i:" + nouns + r")(?:\s+[a-z][\w-]*){0,3}?\s+(?:" + naming + r")\s+$")
    names = frozenset(w.casefold() for w in words["name"])
    return Weapons(before, names, called, last_words(words["before"]), last_words(words["called"]))


def _weapon(item: Found, text: str) -> bool:
    """ "rudal Patriot PAC-3", "HIMARS", "rudal baru bernama X": a weapon system the recogniser
    took for a name."""
    if not item.entity.id.startswith("unk:"):
        return False
    table, surface = weapons(), item.text.casefold()
    if surface in table.names or surface.split()[0] in table.names:
        return True
    start = item.span.start
    near = text[max(0, start - 40) : start]
    if may_end_with(near, table.before_ends) and table.before.search(text, max(0, start - 40), start) is not None:
        return True
    far = text[max(0, start - _CALLED_REACH) : start]
    return (
        may_end_with(far, table.called_ends)
        and table.called.search(text, max(0, start - _CALLED_REACH), start) is not None
    )


def without_weapons(found: Sequence[Found], text: str) -> list[Found]:
    return [item for item in found if not _weapon(item, text)]


def _language(item: Found, text: str) -> bool:
    """ "berbahasa Prancis", "bahasa Inggris": a state's name standing for its language;
    "dolar AS", "yuan China": part of a currency's name."""
    if item.entity.type != "GPE":  # the type first: it spares most mentions the search
        return False
    before = max(0, item.span.start - 16)
    return bool(_LANGUAGE.search(text, before, item.span.start) or _currency().search(text, before, item.span.start))


@cache
def _currency() -> re.Pattern[str]:
    words = longest_first(sorted(word_list("entities", "currencies.txt")), ignore_case=True)
    return re.compile(r"(?<!\w)(?:" + words + r")\s+$", re.I)


def news_sources(found: Sequence[Found], text: str, gaz: Gazetteer) -> list[Found]:
    """Language names dropped; "dilansir Antara" and the like name the news agency."""
    out = [item for item in found if not _language(item, text)]
    for match in _SOURCE.finditer(text) if "Antara" in text else ():
        span = Span(match.start(1), match.end(1))
        entry = gaz.entries.get("org:antara")
        if entry is not None and not covered(out, span):
            out.append(Found(span, span.of(text), entry.entity(), entry.kind))
    return ordered(out)


def link(analysis: Analysis) -> list[Found]:
    """All linked mentions of an article, in text order."""
    gaz, text, sentences = gazetteer(), analysis.text, analysis.sentences
    found = without_counts(ordered(gazetteer_mentions(sentences, gaz, text)), text)
    found = resolve_capitals(found, text, gaz)
    found = acronym_decides(found, text)
    found = armed_forces(ministries(found, text, gaz, [s.span for s in sentences]), text, gaz)
    found = state_offices_named(found, text)
    found = deal_parties(institution_names(found, text, [s.span for s in sentences]), text)
    found = without_weapons(typed_unknowns(recognised_names(found, sentences, text), text), text)
    found = without_treaties(conjunction_first_names(found, text), text, gaz)
    found = defined_acronyms(acronym_aliases(found, text), text)
    found = news_sources(found, text, gaz)
    found = appositive_titles(ordered(titled_people(found, text)), text)
    found = place_roles(carried_states(found, text, sentences), text)
    return resolve_coreference(found, text, sentences)


def _entities(found: Sequence[Found]) -> tuple[Entity, ...]:
    """Each entity once, in order of first mention; an actor learned later is kept."""
    chosen: dict[str, Entity] = {}
    for item in found:
        known = chosen.get(item.entity.id)
        if known is None or (known.actor is None and item.entity.actor is not None):
            chosen[item.entity.id] = item.entity
    return tuple(chosen.values())


def _mentions(found: Sequence[Found], entities: Sequence[Entity]) -> tuple[Mention, ...]:
    types = {e.id: e.type for e in entities}
    return tuple(Mention(f.span, f.text, types[f.entity.id], f.entity.id, f.role) for f in found)


@stage("entities.rules.v1", requires=("sentences",), provides=("entities",))
def link_entities(analysis: Analysis) -> Analysis:
    found = link(analysis)
    entities = _entities(found)
    return replace(analysis, entities=entities, mentions=_mentions(found, entities))


def entity_at(analysis: Analysis, span: Span) -> Entity | None:
    """The entity of the first mention that overlaps ``span`` (or covers it, for an empty one)."""
    by_id = {e.id: e for e in analysis.entities}
    for mention in analysis.mentions:
        if mention.span.overlaps(span) or mention.span.contains(span):
            return by_id.get(mention.entity_id)
    return None


def actors_in(analysis: Analysis, span: Span) -> list[str]:
    """Actor codes of the mentions inside ``span``, in text order (repeats kept)."""
    by_id = {e.id: e for e in analysis.entities}
    actors = []
    for mention in analysis.mentions:
        entity = by_id.get(mention.entity_id)
        if span.contains(mention.span) and entity is not None and entity.actor:
            actors.append(entity.actor)
    return actors
