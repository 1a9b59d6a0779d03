"""Institutions named by an Indonesian generic head: "Pusat Studi Maritim Nusantara",
"Institut Kajian Kebijakan untuk Asia Timur", "Badan Antariksa Nasional", "Komando Pusat".

Indonesian writers translate foreign bodies word for word and name their own with a generic
head noun (``resources/entities/institution_heads.tsv``) followed by capitalised words. Such a
run is one organisation, never a person and never the places inside it ("Institut Washington
untuk ..." is not Washington). A state named right after a state body's name is its
affiliation, not part of the name ("Komando Pusat Amerika Serikat" acts for the United States);
after a company's head ("PT Sinar Abadi Indonesia", "Bank Negara Malaysia") it is part of the name.
Bodies the gazetteer knows are linked before this step and are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter

from warta.annotate.found import Found, english_form, ordered, unknown_entity
from warta.annotate.gazetteer import HOME_STATE
from warta.annotate.phrases import longest_first
from warta.annotate.roles import title_pattern
from warta.resources import read_text, word_list
from warta.types import Span

_WORD = re.compile(r"\s+([\w'’&.-]+)")
_SPACE = re.compile(r"\s*")
# Lower-case words that join the parts of one name ("Institut X untuk Kebijakan Y").
_CONNECTORS = frozenset({"untuk", "dan", "bagi", "urusan", "for", "of", "the", "and", "de", "la", "du", "des"})
_MAX_WORDS = 8
_MAX_MENTION = 200  # longer than any mention: how far back one may start and still reach a head
_START = attrgetter("span.start")
_BARE = "{}"  # a template naming the body by the words after its head alone
_STATE_OWNED = " (Persero)"
_LISTED = " Tbk"
_TICKER = re.compile(r"(?:(?: \(Persero\))? Tbk)?\.?\)? \((?:IDX: ?)?([A-Z]{4})\)")


@dataclass(frozen=True, slots=True)
class Head:
    word: str
    kind: str  # "state": a state body; "company": a state word is part of the name; "home": Indonesia's; "other"
    template: str | None  # the English form ("{} University"), when there is a usual one


@cache
def institution_heads() -> Mapping[str, Head]:
    lines = read_text("entities", "institution_heads.tsv").splitlines()
    rows = [line.split("\t") for line in lines if line and line[0] != "#"]
    return {r[0]: Head(r[0], r[1], r[2] if len(r) > 2 and r[2] else None) for r in rows}


def institution_head(word: str) -> bool:
    """Whether ``word`` (as written) opens an institution's name."""
    return word in institution_heads()


@cache
def _head_pattern() -> re.Pattern[str]:
    # The alternation first (a look-behind first makes the engine try every position); the
    # word start is checked on the few matches (:func:`_word_start`).
    return re.compile(r"(?:" + longest_first(institution_heads()) + r")(?![\w-])")


def _word_start(text: str, position: int) -> bool:
    return position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "_-")


@cache
def _stopwords() -> frozenset[str]:
    """Words that end a name: a person's stopwords, less those inside bodies' names."""
    return word_list("entities", "name_stopwords.txt") - word_list("entities", "institution_words.txt")


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.casefold() not in _stopwords()


def _run_end(text: str, position: int, limit: int) -> int:
    """The end of the capitalised words (and the connectors between them) after a head."""
    end, pending, count = position, position, 0
    while count < _MAX_WORDS and (match := _WORD.match(text, pending, limit)) is not None:
        word = match.group(1).rstrip(".")
        if title_pattern().match(text, match.start(1)):
            break  # "Pusat Penerangan TNI Brigjen <name>": a rank or title starts someone else
        if count and _home_head(text, match.start(1), limit):
            break  # "Polres Muara Enim Polda Sumsel": the command above is another body
        if _name_word(word):
            end = pending = match.start(1) + len(word)
            count += 1
        elif word in _CONNECTORS and not _next_is_head(text, match.end(), limit):
            pending = match.end()
        else:
            break
        if len(word) < len(match.group(1)):
            break  # a full stop ends the name
    return end


def _home_head(text: str, position: int, limit: int) -> bool:
    head = _head_pattern().match(text, position, limit)
    return head is not None and institution_heads()[head.group()].kind == "home"


def _next_is_head(text: str, position: int, limit: int) -> bool:
    """ "Badan X dan Komisi Y" names two bodies: a connector before another head ends the name."""
    return _head_pattern().match(text, _SPACE.match(text, position).end(), limit) is not None  # type: ignore[union-attr]


def _closes_name(item: Found) -> bool:
    """A body or a state (not a capital standing for one: "Institut Washington untuk ...")."""
    return item.entity.type in ("ORG", "IGO") or (_state(item) and item.role != "metonym")


def _body_of_state(item: Found) -> bool:
    return item.entity.type in ("ORG", "IGO") and item.entity.actor is not None


def _state(item: Found) -> bool:
    return item.entity.type == "GPE" and item.entity.actor is not None


def _inside(found: Sequence[Found], span: Span) -> list[Found]:
    return [f for f in found if span.contains(f.span)]


def _affiliated_state(head: Head, inner: Sequence[Found], end: int) -> Found | None:
    """The state that ends the name: for a state body the first state in the run ("Komando
    Selatan AS Laksamana X": what follows is someone else), else one that closes the run
    ("Universitas X Jepang"); Indonesia's own associations and schools carry its name ("Ikatan
    Dokter Anak Indonesia"), and so does a company ("Bank Negara Malaysia"), and a city or region
    is part of the name ("Yayasan Kemanusiaan Gaza", "Institut Teknologi Bandung")."""
    if head.kind == "company" or (head.kind == "other" and inner and inner[-1].entity.actor == HOME_STATE):
        return None
    if head.kind == "state":
        return next((f for f in inner if _state(f)), None)
    last = inner[-1] if inner else None
    return last if last is not None and last.span.end == end and _state(last) else None


def _institution(head: Head, span: Span, text: str, actor: str | None) -> Found:
    surface = span.of(text)
    rest = surface[len(head.word) :].strip()
    name = rest if head.template == _BARE else english_form(head.template, rest, surface) if head.template else surface
    if head.kind == "company":
        name = name.removesuffix(_LISTED)  # "PT X Tbk": a listed company's suffix, not its name
    if head.kind == "company" and text.startswith(_STATE_OWNED, span.end):
        actor = HOME_STATE  # "PT Bank X (Persero)": a state-owned company
    if head.kind == "home":
        actor = HOME_STATE
    entity = unknown_entity(name, "ORG", actor if head.kind in ("state", "company", "home") else None)
    return Found(span, surface, entity, "institution")


def _one(found: Sequence[Found], text: str, start: int, head: Head, limit: int) -> tuple[Found, list[Found]] | None:
    """The institution opening at ``start`` and the mentions it replaces, or None."""
    end = _run_end(text, start + len(head.word), limit)
    if end == start + len(head.word):
        return None
    inner = _inside(found, Span(start, end))
    closing = next((f for f in inner if _closes_name(f)), None)
    if closing is not None and head.kind == "company" and _opens_name(text, start, head, inner, closing):
        if closing.span.end >= end:
            return None  # "PT Pertamina": the known body itself
        closing = None  # "PT Danantara Sumberdaya Indonesia": a company named after a known body
    if closing is not None:
        # "Komisi X DPR Lalu Hadrian", "Federasi Senam Indonesia Ita Sari": a body or state
        # ends the name, and capitalised words after it name someone else.
        end, inner = closing.span.end, inner[: inner.index(closing) + 1]
    state = _affiliated_state(head, inner, end)
    if state is not None and _trimmed(text, start, state.span.start) > start + len(head.word):
        end = _trimmed(text, start, state.span.start)
        inner = [f for f in inner if f.span.end <= end]
    elif state is not None and head.kind == "state":
        return None
    elif state is not None:
        # "Universitas Indonesia": the state is the whole rest of the name.
        return _institution(replace(head, template=None), Span(start, end), text, None), inner
    if _only_modifiers(text[start + len(head.word) : end]):
        return None  # "Komisi Bersama Rusia-Indonesia": a joint commission, described, not named
    actor = state.entity.actor if state is not None else None
    made = _institution(head, Span(start, end), text, actor)
    if made.entity.actor is None and closing is not None and _body_of_state(closing) and head.kind != "company":
        # "Pusat Penerangan TNI", "Komisi X DPR": a unit named after a state's body acts for that state (a
        # name ending in the state itself, "Ikatan Dokter Anak Indonesia", is an association of its people)
        made = replace(made, entity=replace(made.entity, actor=closing.entity.actor))
    return made, inner


def _opens_name(text: str, start: int, head: Head, inner: Sequence[Found], item: Found) -> bool:
    """Whether ``item`` is the first mention of the run and starts right after the head."""
    return item is inner[0] and _SPACE.match(text, start + len(head.word)).end() == item.span.start  # type: ignore[union-attr]


@cache
def _modifiers() -> frozenset[str]:
    return word_list("entities", "body_modifiers.txt")


def _only_modifiers(rest: str) -> bool:
    words = rest.split()
    return bool(words) and all(word.casefold() in _modifiers() for word in words)


def _trimmed(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and trailing connectors."""
    words = text[start:end].split()
    while words and words[-1] in _CONNECTORS:
        words.pop()
    return start + len(" ".join(words)) if words else start


def institution_names(found: Sequence[Found], text: str, limits: Sequence[Span]) -> list[Found]:
    """``found`` with each generic-headed institution named once (its inner places dropped).

    ``limits`` are the sentences: a name never runs past its sentence.
    """
    out: list[Found] | None = None  # sorted on the first head: most articles have none
    heads, ends, changed = institution_heads(), [limit.end for limit in limits], False
    for match in _head_pattern().finditer(text):  # one scan of the text; few heads match
        if not _word_start(text, match.start()):
            continue
        if out is None:
            out = ordered(found)
        index = bisect_left(ends, match.end())
        near = _near(out, match.start(), ends[index] if index < len(ends) else 0)
        if index == len(ends) or any(f.span.overlaps(Span(match.start(), match.end())) for f in near):
            continue
        made = _one(near, text, match.start(), heads[match.group()], ends[index])
        if made is not None:
            replaced = {id(f) for f in made[1]} | {id(f) for f in _ticker(out, text, made[0])}
            out, changed = (
                ordered([f for f in out if id(f) not in replaced] + [made[0], *_ticker([], text, made[0])]),
                True,
            )
    return out if out is not None and changed else list(found)


def _ticker(found: Sequence[Found], text: str, company: Found) -> list[Found]:
    """ "PT X (Persero) Tbk (BBRI)", "PT Y Tbk. (IDX: ABCD)": the listed company's stock code
    names the company (as a mention of it); with ``found``, the mentions already on the code."""
    code = _TICKER.match(text, company.span.end) if company.entity.type == "ORG" else None
    if code is None:
        return []
    span = Span(*code.span(1))
    if found:
        return [f for f in found if f.span.overlaps(span)]
    return [Found(span, span.of(text), company.entity, "institution")]


def _near(found: list[Found], start: int, end: int) -> list[Found]:
    """The mentions (sorted by start) that may overlap ``start``..``end``."""
    low = bisect_left(found, start - _MAX_MENTION, key=_START)
    return [f for f in found[low : bisect_left(found, end, key=_START)] if f.span.end > start]


# A numbered list item "1.  A -- B" (a Markdown en dash, or a spaced en or em dash).
_ITEM = re.compile(r"^\d{1,2}\.\s+(.+?)\s*$", re.M)
_PAIR = re.compile(r"\s+(?:--|–|—)\s+")
_LIST_LINE = re.compile(r"^\d{1,2}\.\s", re.M)
_PARTY_SPLIT = re.compile(r"\s+(?:&|dan|and)\s+")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_MAX_PARTY_WORDS = 5


@cache
def _deal_words() -> frozenset[str]:
    return word_list("entities", "deal_words.txt")


def _deal_context(text: str, item_start: int) -> bool:
    """Whether the list item or the line introducing its list speaks of deals."""
    lines = text[:item_start].rstrip().split("\n")
    intro = next((line for line in reversed(lines) if line.strip() and not _LIST_LINE.match(line)), "")
    context = (intro + " " + text[item_start : text.find("\n", item_start) % (len(text) + 1)]).casefold()
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", context) for word in _deal_words())


def _party_spans(text: str, start: int, end: int) -> list[Span]:
    """The parties on one side of a deal: its capitalised names, deal words in front dropped."""
    side = _BRACKETED.sub(lambda m: " " * len(m.group()), text[start:end]).rstrip(" .*")
    spans, offset = [], start
    for part in _PARTY_SPLIT.split(side):
        at = side.index(part, offset - start) + start
        offset = at + len(part)
        words = part.strip("* ").split()
        while words and words[0].casefold() in _deal_words():
            words.pop(0)
        name = " ".join(words)
        if name and len(words) <= _MAX_PARTY_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words):
            first = text.index(name, at)
            spans.append(Span(first, first + len(name)))
    return spans


def deal_parties(found: Sequence[Found], text: str) -> list[Found]:
    """Organisations paired in a list of deals ("1. MoU Badan X -- Danone", "2. A -- B (tambang)"):
    each side names a party, which the recogniser rarely finds in such a bare list."""
    if " -- " not in text and " – " not in text and " — " not in text:
        return list(found)
    out = list(found)
    for item in _ITEM.finditer(text):
        pair = _PAIR.search(text, item.start(1), item.end(1))
        if pair is None or not _deal_context(text, item.start()):
            continue
        sides = ((item.start(1), pair.start()), (pair.end(), item.end(1)))
        for span in (s for start, end in sides for s in _party_spans(text, start, end)):
            if not any(f.span.overlaps(span) for f in out):
                out.append(Found(span, span.of(text), unknown_entity(span.of(text), "ORG"), "deal"))
    return ordered(out)
