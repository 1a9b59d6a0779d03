"""Unknown names typed by the words around them (``resources/entities/name_heads.tsv``):
"majalah X" ORG, "di X" LOC, "X Systems" ORG, "Bandara X" -> X Airport; a web domain after a
name joins it as an organisation."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, partial
from itertools import repeat

from warta.annotate.entity_recognised import _title_into
from warta.annotate.found import Found, english_form, remade, unknown_entity, with_type
from warta.annotate.phrases import last_words, longest_first, may_end_with
from warta.resources import read_text
from warta.types import Span

# After "majalah", a state or language and a comma may come before the name itself; a place
# word ("di", "kota") must come right before it ("di Jakarta, Kim menyebut" is a person).
_BEFORE_TAIL = {
    "ORG": r"(?:\s+berbahasa\s+\w+)?(?:\s+(?-i:[A-Z])\w+)?\s*,?\s*$",
    "LOC": r"\s+$",
}
# The same tails read backwards, for the pattern matched at the start of a reversed window
# (see :func:`_reversed_before`). Each run of word characters or spaces is followed by the
# other kind (or a comma): taken whole (possessive, no backtracking), it means the same.
_BEFORE_TAIL_REVERSED = {
    "ORG": r"\s*+,?\s*+(?:\w++(?<=\w(?-i:[A-Z]))\s++)?(?:\w++\s++" + "berbahasa"[::-1] + r"\s++)?",
    "LOC": r"\s++",
}
_DOMAIN = re.compile(r"\.(?:news|com|net|org|info|co\.id|co\.uk|id|fr|de|ch|be)\b")
_WORD_BEFORE = re.compile(r"(?<!\w)([A-Z][\w-]*)\s+$")


@dataclass(frozen=True, slots=True)
class NameHeads:
    """The words around an unknown name that type it (``resources/entities/name_heads.tsv``)."""

    # (pattern, type, a cheap test the window must pass for the pattern to match)
    before: tuple[tuple[re.Pattern[str], str, Callable[[str], bool]], ...]
    last: Mapping[str, str]
    generic: Mapping[str, tuple[str, str]]
    skip: Mapping[str, frozenset[str]]  # class words between a generic and the name
    # ``before``'s patterns as one, matched at the start of the reversed window (_type_before)
    reversed_before: re.Pattern[str] = re.compile("(?!)")
    reversed_types: tuple[str, ...] = ()  # the type of each of its groups, in order


def _before_pattern(words: list[str], type_: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + longest_first(words, ignore_case=True) + r")" + _BEFORE_TAIL[type_], re.I)


def _reversed_before(rows: list[tuple[list[str], str]]) -> re.Pattern[str]:
    """The patterns of ``rows`` (words, type) read backwards, one group each in order: a window
    ends with a row's match exactly when its reverse starts with the reversed match. Matched
    at one place, the pattern is tried once; the forward search tries every character."""
    groups = (
        f"(?P<t{i}>{_BEFORE_TAIL_REVERSED[type_]}(?:{longest_first(map(_reversed, words), ignore_case=True)})(?!\\w))"
        for i, (words, type_) in enumerate(rows)
    )
    return re.compile("|".join(groups), re.I)


def _reversed(word: str) -> str:
    return word[::-1]


def _before_test(words: list[str], type_: str) -> Callable[[str], bool]:
    # A place word ends the window ("di "); a medium's noun is among its last words.
    return partial(may_end_with if type_ == "LOC" else _may_close, words=last_words(words))


def _may_close(window: str, words: tuple[str, ...]) -> bool:
    """A cheap necessary test for the ORG pattern (a noun, then at most "berbahasa X", one
    capitalised word and a comma) to match: one of the last five chunks of the window ends
    with a noun's last word (or with it and a comma)."""
    if not window.isascii():
        return True  # re folds some letters lower() keeps
    chunks = map(str.rstrip, window.lower().rsplit(None, 5)[-5:], repeat(","))
    return any(map(str.endswith, chunks, repeat(words)))  # C-level maps: no generator frame per chunk


@cache
def name_heads() -> NameHeads:
    lines = read_text("entities", "name_heads.tsv").splitlines()
    rows = [line.split("\t") for line in lines if line and line[0] != "#"]
    before_rows = [(r[2].split("|"), r[1]) for r in rows if r[0] == "before"]
    before = tuple((_before_pattern(words, type_), type_, _before_test(words, type_)) for words, type_ in before_rows)
    last = {word: r[1] for r in rows if r[0] == "last" for word in r[2].split("|")}
    generic = {r[2]: (r[1], r[3]) for r in rows if r[0] == "generic"}
    skip = {r[1]: frozenset(r[2].split("|")) for r in rows if r[0] == "skip"}
    reversed_types = tuple(type_ for _, type_ in before_rows)
    return NameHeads(before, last, generic, skip, _reversed_before(before_rows), reversed_types)


def _generic_split(words: list[str], heads: NameHeads) -> tuple[str, list[str]] | None:
    """The generic opening ``words`` (two words first: "Bandara Internasional") and the name
    after it, without the words that class the place ("Lapas Kelas IIA <name>")."""
    for size in (2, 1):
        generic = " ".join(words[:size])
        if len(words) > size and generic in heads.generic:
            rest = words[size:]
            skipped = heads.skip.get(generic, frozenset())
            while len(rest) > 1 and rest[0] in skipped:
                rest = rest[1:]
            return generic, rest
    return None


def _retyped(item: Found, text: str) -> Found:
    """An unknown name typed by its last word, its generic head or the noun before it."""
    heads = name_heads()
    words = item.text.split()
    split = _generic_split(words, heads) if words[0] in heads.generic or " ".join(words[:2]) in heads.generic else None
    if split is not None:
        generic_type, template = heads.generic[split[0]]
        name = english_form(template, " ".join(split[1]), item.text)
        return replace(item, entity=unknown_entity(name, generic_type))
    domain = _DOMAIN.match(text, item.span.end)
    if domain:
        span = Span(item.span.start, domain.end())
        return Found(span, span.of(text), unknown_entity(span.of(text), "ORG"), item.kind)
    type_ = heads.last.get(words[-1].rstrip("."))
    window = text[max(0, item.span.start - 60) : item.span.start]
    if type_ is None:
        type_ = _type_before(window, heads)
    if type_ is None or type_ == item.entity.type:
        return item
    return remade(item, entity=with_type(item.entity, type_))  # type: ignore[arg-type]


def _type_before(window: str, heads: NameHeads) -> str | None:
    """The type given by the first noun before a name that the window ends with, if any:
    :func:`_type_before_searched` in one match at the start of the reversed window."""
    match = heads.reversed_before.match(window[::-1])
    return None if match is None else heads.reversed_types[int(match.lastgroup[1:])]  # type: ignore[index]


def _type_before_searched(window: str, heads: NameHeads) -> str | None:
    """:func:`_type_before` by the forward patterns, each searched where its cheap test passes."""
    for pattern, kind, test in heads.before:  # a loop, not next() over a generator: run per unknown name
        if test(window) and pattern.search(window):
            return kind
    return None


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
        unknown = _unknown(item)
        if unknown or item.entity.type == "LOC":
            item = _generic_before(item, text)
            unknown = _unknown(item)
        out.append(_retyped(item, text) if unknown else item)
    return out
