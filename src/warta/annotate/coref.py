"""Within-article coreference for short mentions.

* A later surname or part of a name ("Luxon", "Kim", "Grossi") names the most recent
  earlier person whose full name holds that word, whether the recogniser tagged it or not.
* "Kementerian" alone, "kementerian tersebut/itu" name the most recent ministry.
* "sang menteri", "sang presiden" name the most recent person introduced with that title.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from operator import attrgetter

from warta.annotate.found import Found, covered, ordered, remade, uncovered
from warta.annotate.gazetteer import normalise
from warta.annotate.phrases import occurrences
from warta.types import Sentence, Span, Token

# Each branch opens with its literal first letter so that the scan jumps between "K"s and "k"s;
# the look-behind then asks for the word boundary (``\bKementerian...|\bkementerian ...``).
_MINISTRY_ANAPHOR = re.compile(
    r"K(?<!\w.)ementerian\b(?!\s+(?:[A-Z]|luar negeri|dalam negeri|pertahanan))"
    r"|k(?<!\w.)ementerian (?:tersebut|itu)\b"
)
_TITLE_ANAPHOR = re.compile(
    r"\bsang (menteri|presiden|perdana menteri|kanselir|diplomat|jenderal|pemimpin)\b", re.IGNORECASE
)
_MIN_WORD = 3
_MIN_SHORT = 4  # a shortened given name keeps at least this many letters ("Susi", "Bambang")
_NAME_WORD = re.compile(r"[\w'’-]+")
_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-(\w.+)", re.IGNORECASE)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_START = attrgetter("span.start")


def _name_words(item: Found) -> frozenset[str]:
    return _words_of_name(item.entity.name, item.text)


@lru_cache(maxsize=4096)  # a person is named again and again, in one article and across them
def _words_of_name(name: str, surface: str) -> frozenset[str]:
    words = _NAME_WORD.findall(name + " " + surface)
    # "Farea Al-Muslimi" is later "Muslimi": an Arabic article is not part of the surname.
    words += [m.group(1) for w in words if (m := _ARTICLE.match(w))]
    return frozenset(normalise(w) for w in words if len(w) >= _MIN_WORD)


def _earlier_person(
    people: Sequence[tuple[Found, frozenset[str]]], words: Iterable[str], before: int, fewer: int = 0
) -> Found | None:
    """The latest person before ``before`` whose name holds ``words`` (and more than ``fewer``)."""
    wanted = set(words)
    for person, names in reversed(people):
        if len(names) > fewer and person.span.start < before and wanted <= names:
            return person
    return None


_People = list[tuple[Found, frozenset[str]]]  # person mentions in text order, each with its name's words


def _relink_partial_names(found: Sequence[Found]) -> tuple[list[Found], _People]:
    """Unknown person mentions that are part of an earlier person's name join that person;
    also the people among the mentions returned (which :func:`_bare_surnames` reads too)."""
    out: list[Found] = []
    people: list[tuple[Found, frozenset[str]]] = []  # the people in ``out``, kept as it grows
    for item in found:
        if item.entity.type == "PER" and item.entity.id.startswith("unk:"):
            words = {normalise(w) for w in item.text.split()}
            earlier = _earlier_person(people, words, item.span.start, len(words)) or _shortened(people, item)
            if earlier is not None:
                item = remade(item, entity=earlier.entity, kind="coref")
        out.append(item)
        if item.entity.type == "PER":
            people.append((item, _name_words(item)))
    return out, people


def _shortened(people: Sequence[tuple[Found, frozenset[str]]], item: Found) -> Found | None:
    """ "Susi" after "Susiwijono Moegiarso": one word that shortens the given name of exactly
    one earlier person (Indonesian writers shorten long given names) is that person."""
    word = item.text
    if " " in word or len(word) < _MIN_SHORT or not word.isalpha():
        return None
    matches = {
        person.entity.id: person
        for person, _ in people
        if person.span.start < item.span.start
        and (given := person.entity.name.split()[0]) != word
        and given.startswith(word)
        and len(person.entity.name.split()) > 1
    }
    return next(iter(matches.values())) if len(matches) == 1 else None


def _bare_surnames(found: Sequence[Found], people: _People, sentences: Sequence[Sentence], text: str) -> list[Found]:
    """Capitalised words no step claimed that belong to an earlier person's name (``people``:
    the people among ``found``)."""
    if not people:
        return []
    any_name = set().union(*(names for _, names in people))  # a word in no name needs no search
    candidates = _name_word_tokens(sentences, text, any_name)
    tokens = [t for t in candidates if len(t.text) >= _MIN_WORD and t.text[:1].isupper()]
    out = []
    for token, free in zip(tokens, uncovered(found, [t.span for t in tokens]), strict=True):
        if free and (word := normalise(token.text)) in any_name:
            earlier = _earlier_person(people, [word], token.span.start)
            if earlier is not None:
                out.append(Found(token.span, token.text, earlier.entity, "coref"))
    return out


def _name_word_tokens(sentences: Sequence[Sentence], text: str, words: set[str]) -> list[Token]:
    """The tokens, in text order, among which are all capitalised ones whose key is one of ``words``.

    Reading every token of a long article is slow; when every character of the text keys
    as its lower case (ASCII, quotes, dashes), such a token starts where the lowered text
    holds its key, so only the tokens at those few places are read.
    """
    # An ASCII text (most) needs no scan for the characters that would not key as their lower case.
    if not text.isascii() and not all(map(_keys_as_lower, set(_NON_ASCII.findall(text)))):
        return [t for s in sentences for t in s.tokens]
    lowered = text.lower()
    # Only capitalised tokens are asked for: a place after a lower-case letter ("kali" for
    # "Ali") is dropped before the search for its token.
    places = sorted({p for word in words for p in occurrences(lowered, word) if text[p].isupper()})
    return _tokens_starting_at(sentences, places)


@cache
def _keys_as_lower(char: str) -> bool:
    return char.lower() == char and normalise(char) == char


def _tokens_starting_at(sentences: Sequence[Sentence], places: Sequence[int]) -> list[Token]:
    """The tokens starting at ``places`` (sorted), in text order."""
    sentence_starts = [s.span.start for s in sentences]
    out = []
    for place in places:
        index = bisect_right(sentence_starts, place) - 1
        tokens = sentences[index].tokens if index >= 0 else ()
        at = bisect_left(tokens, place, key=_START)
        if at < len(tokens) and tokens[at].span.start == place:
            out.append(tokens[at])
    return out


def _most_recent(found: Sequence[Found], before: int, wanted: str) -> Found | None:
    candidates = [f for f in found if f.span.start < before and wanted in (f.kind + " " + (f.role or ""))]
    return candidates[-1] if candidates else None


def _anaphors(found: Sequence[Found], text: str) -> list[Found]:
    out = []
    # Each pattern needs its literal word: a substring test spares most articles the regex scans.
    folded = text.lower() if text.isascii() else text.casefold()  # the same for ASCII, and lower() is faster
    checks = ((_MINISTRY_ANAPHOR, "ministry:", "ementerian" in text), (_TITLE_ANAPHOR, "", "sang " in folded))
    for pattern, wanted, present in checks:
        if not present:
            continue
        for match in pattern.finditer(text):
            span = Span(match.start(), match.end())
            target = wanted or (match.group(1) or "").casefold()
            antecedent = _most_recent(found, span.start, target)
            if antecedent is not None and not covered(found, span):
                out.append(Found(span, span.of(text), antecedent.entity, "anaphor", antecedent.role))
    return out


def resolve_coreference(found: Sequence[Found], text: str, sentences: Sequence[Sentence]) -> list[Found]:
    """``found`` plus the short mentions that refer back to earlier ones."""
    linked, people = _relink_partial_names(ordered(found))  # relinking keeps each span: still in order
    # Most articles add no surname or anaphor: the list in order needs no sort then.
    if surnames := _bare_surnames(linked, people, sentences, text):
        linked = ordered(linked + surnames)
    anaphors = _anaphors(linked, text)
    return ordered(linked + anaphors) if anaphors else linked
