"""Titles and affiliations: who a person is, which state they act for, in which sector.

Indonesian news introduces people as TITLE [AFFILIATION] [untuk PORTFOLIO] NAME:
"Menteri Pertahanan Filipina <name>", "jubir Gedung Putih <name>", "Utusan Khusus Uni Eropa
untuk Myanmar <name>". The affiliation (a state, a capital
standing for it, a body) gives the actor; "untuk X" is the portfolio, not the actor.
Names come from the statistical recogniser when it found one there, else from the run of
capitalised words after the title. Title phrases live in ``resources/entities/titles.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from warta.annotate.found import Found, covered, remade, starting_at, unknown_entity
from warta.annotate.gazetteer import gazetteer
from warta.annotate.phrases import WordPhrases, longest_first, word_phrases
from warta.resources import read_text, word_list
from warta.types import Entity, Sentence, Span

_ACTING_TYPES = frozenset({"GPE", "ORG", "IGO"})
# "Perdana Menteri (PM) Singapura": the title's own short form in brackets.
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z]{0,5}\)")
_PORTFOLIO = re.compile(r"\s*(?:untuk|urusan)\s+")
_FROM = re.compile(r"\s*dari\s+")
_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,?\s*")
_MODIFIERS = re.compile(
    # "Ketua Umum X", "Ketua Protokol Kemlu X".
    r"\s*(?:senior|tinggi|tertinggi|khusus|resmi|militer|pemerintah|pertahanan|politik"
    r"|umum|harian|eksekutif|utama|protokol)\b",
    re.IGNORECASE,
)
# Words of a name stand on one line: a heading's last word is no name with the next paragraph's first.
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[^\S\n]+(?:[A-Z][\w'’.-]*|bin|binti|van|von|der|de|al|el))*")
_WORD = re.compile(r"\S+")
# A word ending a sentence: a full stop after three letters or more, save short-form names.
_SENTENCE_STOP = re.compile(r"(?<!\bMoh)(?<!\bMuh)(?<!\bAbd)\w{3,}\.$")
_HONORIFIC = re.compile(r"([A-Za-z][a-z]+)\.?\s+(?=[A-Za-z])")
_SPACES = re.compile(r"\s*")
_CONNECTORS = frozenset({"bin", "binti", "van", "von", "der", "de", "al", "el"})
_MAX_NAME_WORDS = 4
# A title's field ("Perlindungan WNI", "Bidang Politik dan Keamanan") before its body and name.
_MAX_FIELD_WORDS = 6
_FIELD_JOINERS = frozenset({"dan", "&", "urusan", "bidang"})
# Titles held for a person rather than a body: "juru bicara <principal>, <aide>".
_OF_PERSON = frozenset(
    {"juru bicara", "jubir", "penasihat", "ajudan", "asisten", "sekretaris pers", "sekretaris pribadi"}
    | {"koordinator sekretaris pribadi"}
)
# "<name>, Komisaris Pemerintah Jerman untuk ...": a title in apposition right after a name.
_APPOSITION = re.compile(r"\s*,\s*")
# Titled people joined in one list share a state: "Menteri X A dan Perwakilan Dagang AS B",
# "A, didampingi oleh Menteri Y B". The gap holds a connector and the next title.
_JOINED = re.compile(r"\s*,?\s*(?:dan|serta|beserta|didampingi(?:\s+oleh)?|bersama(?:\s+dengan)?)\s+", re.IGNORECASE)
_MAX_JOIN_GAP = 80
_LED_GAP = 40
# A delegation or government named with its state: "memimpin delegasi AS", "pemerintah Jerman".
_DELEGATION = re.compile(r"(?<!\w)(?:delegasi|rombongan|pemerintah|pemerintahan|kabinet)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Title:
    phrase: str
    sector: str | None
    state: str | None = None  # an office of one state ("Seskab", "Athan KBRI"): its holder acts for it


def person_titles() -> frozenset[str]:
    """Titles held for a person rather than a body ("juru bicara <principal>, <aide>")."""
    return _OF_PERSON


@cache
def titles() -> Mapping[str, Title]:
    rows = (line.split("\t") for line in read_text("entities", "titles.tsv").splitlines() if line and line[0] != "#")
    return {cells[0]: Title(cells[0], _cell(cells, 1), _cell(cells, 2)) for cells in rows}


def _cell(cells: list[str], index: int) -> str | None:
    return cells[index] if len(cells) > index and cells[index] else None


@cache
def title_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + longest_first(titles(), ignore_case=True) + r")(?!\w)", re.IGNORECASE)


@cache
def _title_phrases() -> WordPhrases:
    """:func:`title_pattern` for scanning whole articles (the faster lowered search)."""
    return word_phrases(titles())


@cache
def region_states() -> Mapping[str, str]:
    """A region's parent state by the region's English name ("Wallonia" -> BEL; contested: none)."""
    lines = read_text("gazetteer", "curated", "places.tsv").splitlines()
    rows = [line.split("\t") for line in lines if line and line[0] != "#"]
    column = rows[0].index("state")
    return {cells[0]: cells[column] for cells in rows[1:] if len(cells) > column and cells[column]}


def _acting(head: Found) -> Found | None:
    """The head as an affiliation: a state or body, or a region standing for its parent state."""
    if head.entity.type in _ACTING_TYPES:
        return head
    state = region_states().get(head.entity.name) if head.entity.type == "LOC" else None
    return replace(head, entity=replace(head.entity, actor=state)) if state else None


@cache
def name_stopwords() -> frozenset[str]:
    return word_list("entities", "name_stopwords.txt")


def _skip(pattern: re.Pattern[str], text: str, position: int) -> int:
    match = pattern.match(text, position)
    return match.end() if match else position


def _affiliation(found: Sequence[Found], text: str, position: int) -> tuple[Found | None, int, bool]:
    """The body or state right after a title, the position after it (and any portfolio)."""
    military = False
    position = _skip(_ABBREVIATION, text, position)
    while (modifier := _MODIFIERS.match(text, position)) is not None:
        military = military or modifier.group().strip().casefold() == "militer"
        position = modifier.end()
    after_from = _skip(_FROM, text, position)
    place = starting_at(found, _skip(_SPACES, text, after_from))
    head = _acting(place) if place is not None else None
    if head is None:
        # "Gubernur Donetsk <name>": a contested region gives no state but is not the name.
        return None, place.span.end if place and place.entity.type == "LOC" else position, military
    head, position = _with_state_after(found, head, text)
    portfolio = _skip(_PORTFOLIO, text, position)
    if portfolio != position and (target := starting_at(found, portfolio)) is not None:
        position = target.span.end
    return head, position, military


def _with_state_after(found: Sequence[Found], head: Found, text: str) -> tuple[Found, int]:
    """ "Juru Bicara Komando Selatan AS <name>": a state right after a body qualifies the body
    (which took it as its actor when it is a state's body), it is not the person's name."""
    state = starting_at(found, _skip(_SPACES, text, head.span.end))
    if head.entity.type == "GPE" or state is None or state.entity.type != "GPE" or not state.entity.actor:
        return head, head.span.end
    return head, state.span.end


def _name_words(text: str, start: int, found: Sequence[Found]) -> Span | None:
    """The capitalised run at ``start`` that can be a person's name, or None."""
    match = _NAME.match(text, start)
    if match is None or (match.group().split()[0].isupper() and len(match.group().split()[0]) > 1):
        return None
    words: list[str] = []
    end = start
    for word in _WORD.finditer(match.group()):
        bare = word.group().rstrip(".")
        if bare.casefold() in name_stopwords() or bare.casefold() in title_fields() or len(words) == _MAX_NAME_WORDS:
            break
        if covered(found, Span(start + word.start(), start + word.end())):
            break
        if words and title_pattern().match(text, start + word.start()):
            # "Kapolrestabes Makassar Kombes <name>": the words before a rank name the command.
            return _name_words(text, _after_more_titles(text, start + word.start()), found)
        words.append(bare)
        end = start + word.start() + len(bare)
        if _SENTENCE_STOP.search(word.group()):
            break  # "... kata Menlu X Y. Insiden itu ...": the full stop ends the sentence
    while words and words[-1] in _CONNECTORS:
        words.pop()
    return Span(start, end) if words and end > start else None


_RANKS = frozenset({"military", "police"})


def _body_before(found: Sequence[Found], text: str, start: int) -> Found | None:
    """ "Kapuspen TNI Mayjen <name>", "Polda Metro Jaya Kombes <name>": a rank right after a state's
    armed force or police names one of its officers."""
    body = next((f for f in reversed(found) if f.span.end <= start), None)
    if body is None or text[body.span.end : start].strip() or body.entity.type != "ORG" or not body.entity.actor:
        return None
    return body


def _common_words(name: str, text: str) -> bool:
    """"Menteri Pekerjaan Umum", "Kepala Sekolah": a run the article also writes in lower case names no one."""
    return all(_written_lower(w.casefold(), text) for w in name.split())


def _written_lower(word: str, text: str) -> bool:
    r"""Whether ``text`` writes ``word`` as a whole lower-case ASCII word: a match of
    ``(?<![\w-])[a-z]+(?![\w-])`` that is ``word``.

    A few find() calls for the few names asked about, where collecting every lower-case word
    of the article read it all with a pattern tried at every position.
    """
    if not (word.isascii() and word.isalpha()):  # casefolded ASCII letters are [a-z]
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _word_part(text[at - 1])) and not (end < len(text) and _word_part(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _word_part(char: str) -> bool:
    r"""Whether ``char`` goes on a word for :func:`_written_lower`: ``\w`` (isalnum or "_") or "-"."""
    return char.isalnum() or char in "_-"


@cache
def title_fields() -> frozenset[str]:
    return word_list("entities", "title_fields.txt")


@cache
def honorifics() -> frozenset[str]:
    return word_list("entities", "honorifics.txt")


def _after_honorific(text: str, position: int) -> int:
    """Past the forms of address before the name ("..., Ibu Ina Lepel", "Prof Dr dr <name>")."""
    while (word := _HONORIFIC.match(text, position)) is not None and word.group(1).casefold() in honorifics():
        position = word.end()
    return position


def _after_more_titles(text: str, position: int) -> int:
    """Past ranks and titles stacked before the name ("... Thailand Jenderal Somchai")."""
    while (more := title_pattern().match(text, position)) is not None and text[position].isupper():
        position = _skip(_GAP, text, more.end())
    return position


def _sector(title: Title, affiliation: Found | None, military: bool) -> str:
    if military:
        return "military"
    if title.sector:
        return title.sector
    return (affiliation.entity.sector if affiliation else None) or "government"


def _person(entity: Entity, affiliation: Found | None, sector: str, state: str | None = None) -> Entity:
    """An unknown person takes the affiliation's actor, else the office's state ("Kombes" is
    Polri's, but "Menteri X Malaysia" names its state); a known one keeps the gazetteer's."""
    if not entity.id.startswith("unk:"):
        return entity
    actor = entity.actor or (affiliation.entity.actor if affiliation else None) or state
    # Built directly, not by dataclasses.replace (which costs several times more): run per title.
    return Entity(entity.id, entity.name, "PER", actor, entity.wikidata, entity.sector or sector)


def titled_people(found: Sequence[Found], text: str) -> list[Found]:
    """Mentions with each titled person's role and actor filled in (new names added)."""
    out = list(found)
    for start, end in _title_phrases().spans(text):
        if covered(out, Span(start, end)):
            continue
        title = titles()[text[start:end].casefold()]
        affiliation, position, military = _affiliation(out, text, end)
        if affiliation is None and _field_word(text, position):
            body, after = _field_body(out, text, position)
            affiliation, position = (body, after) if body is not None else (None, position)
        if affiliation is None and title.sector in _RANKS:
            affiliation = _body_before(out, text, start)
        position = _after_honorific(text, _after_more_titles(text, _skip(_GAP, text, position)))
        named = starting_at(out, position)
        if named is None and affiliation is None and (across := _across_field(out, text, position)) is not None:
            named, affiliation = across
        if named is not None and _person_like(named, affiliation is not None or title.state is not None):
            retyped = replace(named, entity=replace(named.entity, type="PER"))
            out[out.index(named)], named = retyped, retyped
        sector = _sector(title, affiliation, military)
        aide = _aide(out, named, text) if named is not None and title.phrase in _OF_PERSON else None
        if aide is not None and named is not None:
            out = [f for f in out if f is not aide]
            out.append(replace(aide, entity=_person(aide.entity, named, sector), role=title.phrase))
            continue
        if named is not None and named.entity.type == "PER":
            person = _person(named.entity, affiliation, sector, title.state)
            out[out.index(named)] = remade(named, entity=person, role=title.phrase)
            continue
        if named is None and (span := _name_words(text, position, out)) is not None:
            rest = _recognised_rest(out, text, span)
            span = Span(span.start, rest.span.end) if rest is not None else span
            if _common_words(span.of(text), text):
                continue
            entity = _person(unknown_entity(span.of(text), "PER"), affiliation, sector, title.state)
            out = [f for f in out if f is not rest]
            out.append(Found(span, span.of(text), entity, "title", title.phrase))
    return out


def _recognised_rest(found: Sequence[Found], text: str, span: Span) -> Found | None:
    """The recogniser's person that goes on a title's name ("Ketua X <Given> | <Middle Last>"):
    the recogniser saw only the name's tail, the title run its head."""
    rest = starting_at(found, _skip(_SPACES, text, span.end))
    if rest is None or rest.span.start != span.end + 1 or not rest.kind.startswith("ner:"):
        return None
    return rest if rest.entity.type == "PER" and len(span.of(text).split()) + len(rest.text.split()) <= 4 else None


def _person_like(item: Found, placed: bool) -> bool:
    """Whether a name the recogniser typed as a place or body is the person a placed title
    introduces ("Presiden Rumania, <Given Surname>,"): two to four plain capitalised words."""
    if not placed or item.entity.type not in ("LOC", "ORG") or not item.kind.startswith("ner:"):
        return False
    words = item.text.split()
    return 1 < len(words) <= _MAX_NAME_WORDS and all(
        w[:1].isupper() and not w.isupper() and w.isalpha() and w.casefold() not in name_stopwords() for w in words
    )


def _across_field(found: Sequence[Found], text: str, position: int) -> tuple[Found, Found | None] | None:
    """The person after a title's field and body ("Direktur Jenderal Perlindungan WNI Kemenlu
    <name>", "Menteri Koordinator Bidang Perekonomian <name>"): the field's capitalised words
    are skipped, a body among them is the affiliation; None unless a found name ends the run."""
    body: Found | None = None
    for _ in range(_MAX_FIELD_WORDS):
        position = _skip(_SPACES, text, position)
        item = starting_at(found, position)
        if item is not None and (item.entity.type == "PER" or _person_like(item, True)):
            return item, body
        if item is not None and body is None and (acting := _acting(item)) is not None:
            body, position = acting, item.span.end
            continue
        word = _WORD.match(text, position)
        if item is not None or word is None or not (word.group()[:1].isupper() or word.group() in _FIELD_JOINERS):
            return None
        if word.group()[-1] in ",.;:":
            return None
        position = word.end()
    return None


def _field_word(text: str, position: int) -> bool:
    """Whether a title's field ("Perdagangan", "Intelijen") comes next."""
    word = _WORD.match(text, _skip(_SPACES, text, position))
    return word is not None and word.group().casefold() in title_fields()


def _field_body(found: Sequence[Found], text: str, position: int) -> tuple[Found | None, int]:
    """The body after a title's field ("<name>, Kepala Intelijen Militer Israel,"): up to a few
    capitalised field words, then a state or body; (None, position) when none follows."""
    for _ in range(_MAX_FIELD_WORDS):
        position = _skip(_SPACES, text, position)
        item = starting_at(found, position)
        if item is not None:
            acting = _acting(item)
            return (acting, item.span.end) if acting is not None else (None, position)
        word = _WORD.match(text, position)
        if word is None or word.group()[-1] in ",.;:":
            return None, position
        if not (word.group()[:1].isupper() or word.group() in _FIELD_JOINERS):
            return None, position
        position = word.end()
    return None, position


def _aide(found: Sequence[Found], principal: Found, text: str) -> Found | None:
    """ "juru bicara Guterres, Stephane Dujarric": the name after the comma is the aide of the
    person before it (and acts for the same side), or None."""
    comma = _APPOSITION.match(text, principal.span.end) if principal.entity.type == "PER" else None
    if comma is None or comma.end() == principal.span.end:
        return None
    named = starting_at(found, comma.end())
    if named is not None:
        return named if named.entity.type == "PER" and named.entity.id != principal.entity.id else None
    span = _name_words(text, comma.end(), found)
    return Found(span, span.of(text), unknown_entity(span.of(text), "PER"), "title") if span else None


def _unplaced(item: Found) -> bool:
    """An unknown person no step has given a state yet."""
    return item.entity.type == "PER" and item.entity.id.startswith("unk:") and item.entity.actor is None


def _names_someone_else(found: Sequence[Found], text: str, position: int) -> bool:
    """Whether a title's name follows it ("..., Menteri Luar Negeri China Wang Yi"): not apposition."""
    position = _after_more_titles(text, _skip(_GAP, text, position))
    named = starting_at(found, position)
    return (named is not None and named.entity.type == "PER") or _name_words(text, position, found) is not None


def appositive_titles(found: Sequence[Found], text: str) -> list[Found]:
    """ "<name>, Komisaris Pemerintah Jerman untuk ...": a title after the name gives its state."""
    out = list(found)
    for index, item in enumerate(out):
        comma = _APPOSITION.match(text, item.span.end) if _unplaced(item) else None
        match = title_pattern().match(text, comma.end()) if comma and comma.end() > item.span.end else None
        if match is None:
            continue
        title = titles()[match.group().casefold()]
        affiliation, position, military = _affiliation(out, text, match.end())
        if affiliation is None:
            affiliation, position = _field_body(out, text, match.end())
        if affiliation is None or affiliation.entity.actor is None or _names_someone_else(out, text, position):
            continue
        entity = _person(item.entity, affiliation, _sector(title, affiliation, military))
        out[index] = replace(item, entity=entity, role=item.role or title.phrase)
    return out


def _joined_state(found: Sequence[Found], index: int, text: str) -> str | None:
    """The state of a titled person listed right before or after this one with a connector."""
    item = found[index]
    people = [f for f in found if f.entity.type == "PER" and f is not item]
    before = [f for f in people if f.span.end <= item.span.start][-1:]
    after = [f for f in people if f.span.start >= item.span.end][:1]
    for first, second, other in [(b, item, b) for b in before] + [(item, a, a) for a in after]:
        gap = text[first.span.end : second.span.start]
        joined = _JOINED.match(gap) if len(gap) < _MAX_JOIN_GAP and "." not in gap else None
        # Only a state's code is shared: an EU commissioner listed beside a minister does not make
        # the minister the EU's.
        state = other.entity.actor if gazetteer().is_state(other.entity.actor) else None
        if other.role and state and joined and title_pattern().match(gap, joined.end()):
            return state
    return None


def _delegation_state(found: Sequence[Found], item: Found, text: str, sentences: Sequence[Sentence]) -> str | None:
    """The one state whose delegation or government this sentence or the one before names."""
    index = next((i for i, s in enumerate(sentences) if s.span.contains(item.span)), None)
    if index is None:
        return None
    window = Span(sentences[max(0, index - 1)].span.start, sentences[index].span.end)
    named = [
        f
        for f in found
        if f.entity.type == "GPE"
        and f.entity.actor
        and window.contains(f.span)
        and _DELEGATION.search(text, max(0, f.span.start - 16), f.span.start)
    ]
    # "A memimpin delegasi AS" beats the other side's delegation named in the same sentence.
    led = [f.entity.actor for f in named if 0 <= f.span.start - item.span.end < _LED_GAP]
    states = set(led[:1] or [f.entity.actor for f in named])
    return states.pop() if len(states) == 1 else None


def carried_states(found: Sequence[Found], text: str, sentences: Sequence[Sentence]) -> list[Found]:
    """Titled people with no state take it from the list they are in or the delegation named.

    "Menteri Keuangan A akan memimpin delegasi AS, didampingi oleh Menteri Perdagangan B dan
    Perwakilan Dagang AS C": A takes the delegation's state, B the state of C next to him.
    """
    out = list(found)
    for index, item in enumerate(out):
        if not (_unplaced(item) and item.role):
            continue
        state = _joined_state(out, index, text) or _delegation_state(out, item, text, sentences)
        if state is not None:
            out[index] = replace(item, entity=replace(item.entity, actor=state))
    return out
