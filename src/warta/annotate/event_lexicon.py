"""The event lexicon: trigger words with their PLOVER type, mode and argument frame.

The rows live in ``resources/events/lexicon.tsv`` (one per trigger, readable by an analyst);
:func:`lexicon` loads them once and :func:`find_triggers` finds every row that fires in a
text with one compiled regex over all affixed forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import compress

from warta.annotate.morphology import Voice, surface_forms, voice
from warta.resources import read_text
from warta.types import Span

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
FRAMES = ("subj>obj", "subj>prep", "subj", "mutual", "verdict")
_WITH_WINDOW = 6  # words on either side of a trigger in which its "with" words must stand
_BLOCK_WINDOW = 2  # words right after a trigger (one before) in which a blocker word stops it
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One row of the lexicon."""

    id: str
    root: str
    forms: str
    with_words: tuple[str, ...]
    with_anywhere: bool
    blockers: tuple[str, ...]  # "!verbal" in the with cell: "serangan verbal" is no attack
    type: str
    mode: str | None
    frame: str
    no_target: str | None
    example: str
    notes: str


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A lexicon row firing on a word of the text."""

    entry: LexEntry
    template: str
    voice: Voice
    span: Span
    clitic: str


def _row(number: int, cells: list[str]) -> LexEntry:
    cells = cells + [""] * (9 - len(cells))
    root, forms, with_cell, kind, mode, frame, no_target, example, notes = (c.strip() for c in cells[:9])
    if kind not in PLOVER_TYPES or frame not in FRAMES or (no_target and no_target not in PLOVER_TYPES):
        raise ValueError(f"lexicon.tsv row {number}: bad type {kind!r}, frame {frame!r} or no_target {no_target!r}")
    cells_with = [w.strip() for w in with_cell.lstrip("~").split("|") if w.strip()]
    with_words = tuple(w for w in cells_with if not w.startswith("!"))
    blockers = tuple(w[1:].casefold() for w in cells_with if w.startswith("!"))
    return LexEntry(f"{root.replace(' ', '_')}.{number}", root, forms, with_words, with_cell.startswith("~"),
                    blockers, kind, mode or None, frame, no_target or None, example, notes)


@cache
def lexicon() -> tuple[LexEntry, ...]:
    """Every lexicon row, in file order."""
    rows = []
    lines = [line for line in read_text("events", "lexicon.tsv").splitlines() if line and not line.startswith("#")]
    for number, line in enumerate(lines[1:], start=2):
        rows.append(_row(number, line.split("\t")))
    return tuple(rows)


_Rows = tuple[tuple[LexEntry, str], ...]
_CLITICS = ("nya", "lah", "kah")


@cache
def _index() -> dict[str, tuple[tuple[tuple[str, ...], _Rows], ...]]:
    """Surface forms by their first word; each with its remaining words and the rows it belongs to.

    A dictionary lookup per word of text is several times faster than one regex alternation
    of hundreds of forms, which the regex engine tries one by one at every position.
    """
    table: dict[str, list[tuple[LexEntry, str]]] = {}
    for entry in lexicon():
        for form, template in surface_forms(entry.root, entry.forms).items():
            table.setdefault(form, []).append((entry, template))
    by_first: dict[str, list[tuple[tuple[str, ...], _Rows]]] = {}
    for form, rows in table.items():
        first, *rest = form.split()
        by_first.setdefault(first, []).append((tuple(rest), tuple(rows)))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in by_first.items()}


@cache
def _words_with_clitics() -> dict[str, tuple[str, str]]:
    """Each indexed form with each clitic glued on, to its form and clitic ("kecamannya" -> kecaman + nya)."""
    out: dict[str, tuple[str, str]] = {}
    for form in _index():
        for clitic in ("", *_CLITICS):
            out.setdefault(form + clitic, (form, clitic))
    return out


def _rest_matches(text: str, position: int, rest: tuple[str, ...]) -> int | None:
    """End of ``rest`` (the remaining words of a phrase) if the text continues with them at ``position``.

    The last word may carry a clitic ("rasa terima kasihnya"); the span then ends before it.
    """
    for number, word in enumerate(rest, start=1):
        while position < len(text) and text[position].isspace():
            position += 1
        match = _WORD.match(text, position)
        if match is None:
            return None
        found = match.group().casefold()
        if found != word and not (number == len(rest) and found in {word + c for c in _CLITICS}):
            return None
        position = match.start() + len(word)
    return position


@cache
def _with_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)


def _with_satisfied(entry: LexEntry, text: str, span: Span, limit: int) -> bool:
    if not entry.with_words:
        return True
    pattern = _with_pattern(entry.with_words)
    if entry.with_anywhere:
        return pattern.search(text, span.end, limit) is not None
    after = " ".join(_WORD.findall(text, span.end, min(limit, span.end + 120))[:_WITH_WINDOW])
    before = " ".join(_WORD.findall(text, max(0, span.start - 80), span.start)[-3:])
    return pattern.search(before + " " + after) is not None


def _blocked(entry: LexEntry, text: str, span: Span, limit: int) -> bool:
    """Whether a blocker word of ``entry`` stands right after the trigger or right before it."""
    if not entry.blockers:
        return False
    after = _WORD.findall(text, span.end, min(limit, span.end + 40))[:_BLOCK_WINDOW]
    before = _WORD.findall(text, max(0, span.start - 30), span.start)[-1:]
    return any(w.casefold() in entry.blockers for w in [*before, *after])


def find_triggers(text: str, start: int = 0, end: int | None = None) -> Iterator[TriggerMatch]:
    """Lexicon rows firing in ``text[start:end]``: for each word, the most specific row that fires.

    A row with "with" words wins over a row without them when both fire on the same word
    ("mengirim ... tentara" is AID/MOBILIZE, not a bare "kirim").
    """
    limit = len(text) if end is None else end
    # Looked up with C-level map() calls: most sentences hold no lexicon word, and the
    # others only a few, so Python code runs for those words only.
    table = _words_with_clitics()
    found = list(map(table.get, map(str.casefold, _WORD.findall(text, start, limit))))
    if not any(found):
        return
    index = _index()
    words = list(_WORD.finditer(text, start, limit))
    for word, (form, clitic) in zip(compress(words, found), filter(None, found), strict=True):
        for rest, rows in index[form]:
            stop = _rest_matches(text, word.end(), rest) if rest else word.end()
            if stop is None or stop > limit:
                continue
            span = Span(word.start(), stop)
            fired = [
                (e, t) for e, t in rows if _with_satisfied(e, text, span, limit) and not _blocked(e, text, span, limit)
            ]
            if fired:
                entry, template = max(fired, key=lambda row: bool(row[0].with_words))
                yield TriggerMatch(entry, template, voice(template), span, clitic)
                break


def lexicon_markdown() -> str:
    """``docs/lexicon.md``: the lexicon as a table per PLOVER type, with every row's forms spelled out."""
    lines = [
        "# Event lexicon",
        "",
        "Generated from `src/warta/resources/events/lexicon.tsv` by `python scripts/lexicon_doc.py`;",
        "edit the TSV, not this file. Each row fires on the affixed forms listed (generated by",
        "`warta.annotate.morphology`), when its *with* words stand near it. Frames: `subj>obj` the",
        "subject acts on the object (or on *terhadap/kepada/ke/atas X*); `subj>prep` the target only",
        "after a preposition; `subj` no target; `mutual` every pair of participants; `verdict` the",
        "speaker judges the conduct of the actor named before the word (*X menilai serangan Y tidak dapat",
        "dibenarkan*).",
    ]
    for kind in PLOVER_TYPES:
        lines += ["", f"## {kind}", "", "| root | forms | with | mode | frame | example |"]
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for entry in (e for e in lexicon() if e.type == kind):
            forms = ", ".join(sorted(surface_forms(entry.root, entry.forms))[:8])
            with_words = ("anywhere after: " if entry.with_anywhere else "") + ", ".join(entry.with_words)
            with_words += "".join(f"; not beside: {w}" for w in entry.blockers[:1])
            with_words += "".join(f", {w}" for w in entry.blockers[1:])
            lines.append(
                f"| {entry.root} | {forms} | {with_words} | {entry.mode or ''} | {entry.frame} | {entry.example} |"
            )
    return "\n".join(lines) + "\n"
