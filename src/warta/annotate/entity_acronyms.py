"""Acronyms in brackets after a name (step 3 of :mod:`entities` and its aliases): the acronym
decides a disagreement, names an unknown long name's alias, or stands for a person's initials."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from warta.annotate.found import Found, remade
from warta.types import Entity

_PARENTHESIS = re.compile(r"\s*\(\s*")
# "Arnold Putra (AP)": the capitalised words right before an acronym's bracket.
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)\s*\($")
_MAX_INITIALS = 5
# "Partai Move Forward (MFP)": an acronym in brackets right after a name, found or not.
_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Z0-9]{1,7})\s*\)")


def acronym_decides(found: Sequence[Found], text: str) -> list[Found]:
    """In "Name (ACR)" the acronym is the writer's anchor: a mistyped name takes its entity."""
    out = list(found)
    for first, second in pairwise(found):
        # The cheap tests first: most mentions are no acronym, and the gap's match is a regex call.
        if not second.text.isupper() or first.entity.id == second.entity.id:
            continue
        if _PARENTHESIS.fullmatch(text, first.span.end, second.span.start):
            out[out.index(first)] = replace(first, entity=second.entity, kind=second.kind)
    return out


def acronym_aliases(found: Sequence[Found], text: str) -> list[Found]:
    """ "Badan Nasional Penanggulangan Bencana (BNPB)": an unknown acronym in brackets right
    after a multi-word name is that name's alias, in every mention of the article."""
    alias: dict[str, Entity] = {}
    for first, second in pairwise(found):
        if not (second.text.isupper() and second.entity.id.startswith("unk:")):
            continue  # the cheap tests first, as in acronym_decides
        if len(first.text.split()) > 1 and _PARENTHESIS.fullmatch(text, first.span.end, second.span.start):
            alias.setdefault(second.entity.id, first.entity)
    by_text = _bracketed_acronyms(found, text)
    if not alias and not by_text:
        return list(found)
    return [
        remade(f, entity=alias.get(f.entity.id) or by_text[f.text])
        if f.entity.id in alias or (f.text in by_text and f.entity.id.startswith("unk:"))
        else f
        for f in found
    ]


def _bracketed_acronyms(found: Sequence[Found], text: str) -> dict[str, Entity]:
    """Acronyms defined in brackets after an unknown body's multi-word name that no step found
    there: their bare mentions elsewhere name that body ("... (MFP)" ... "MFP menyatakan")."""
    if "(" not in text:
        return {}
    defined: dict[str, Entity] = {}
    for item in found:
        if item.entity.type == "ORG" and item.entity.id.startswith("unk:") and len(item.text.split()) > 1:
            match = _BRACKETED.match(text, item.span.end)
            if match is not None:
                defined.setdefault(match.group(1), item.entity)
    return defined


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

