"""The one regular expression holding every family of time expression (listed in
:mod:`timex_patterns`), built once from ``resources/time/id.toml``; and, to run it fast, its
opening alone and its families grouped by the character a match starts with. Not a stable API."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from warta.annotate.timex_lexicon import Lexicon, lexicon


def _alt(words: Iterable[str]) -> str:
    """An alternation of words, longest first; spaces inside match any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _trie(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, shaped as a prefix tree.

    Python's ``re`` tries alternatives one by one; a tree of shared prefixes rejects a word
    start after a character or two, which makes the whole scan several times faster.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root)


def _branch(node: dict[str, dict[str, Any]]) -> str:
    alternatives = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


def _first_words(lex: Lexicon) -> set[str]:
    """Every word a time expression can start with, as it may be written."""
    lower = {*lex.numbers, *lex.units, *lex.single_units, *lex.deictic, *lex.parts, "beberapa", "tanggal", "tgl"}
    lower = {w.split()[0] for w in lower}
    return {*lex.months, *lex.month_short, *lex.weekdays, *lower, *(w.capitalize() for w in lower)}


def _number_words(lex: Lexicon) -> str:
    units = _alt(lex.numbers)
    mult = _alt(lex.multipliers)
    return rf"(?:(?:{units})(?:\s+(?:{mult})(?:\s+(?:{units}))?)?)"


def _families(lex: Lexicon) -> dict[str, str]:
    """Each family's alternative by its name, in the order they are tried (see :mod:`timex_patterns`)."""
    mon = _alt(lex.months)
    many = rf"(?:{mon}|(?:{_alt(lex.month_short)})(?!\w)\.?)"
    wd = _alt(lex.weekdays)
    dp = rf"(?i:{_alt(lex.word_set('day_parts'))})"
    mod = rf"(?i:{_alt(lex.modifiers)})"
    dmod = rf"(?i:{_alt(lex.date_modifiers)})"
    cmod = rf"(?i:{_alt(lex.count_modifiers)})"
    part = rf"(?i:{_alt(lex.parts)})"
    unit = rf"(?i:{_alt(lex.units)})"
    period = rf"(?i:{_alt(u for u, g in lex.units.items() if g != 'day')})"
    single = rf"(?i:{_alt(lex.single_units)})"
    deictic = rf"(?i:{_alt(lex.deictic)})"
    numw = rf"(?i:{_number_words(lex)})"
    families = [
        r"(?P<K>(?P<K_y>(?:19|20)\d\d)-(?P<K_m>\d\d)-(?P<K_d>\d\d)(?![\d-]))",
        rf"(?P<A>(?:(?i:hari)\s+)?(?P<A_wd>{wd})(?:\s+{dp})?\s*,?\s*(?P<A_po>\()?\s*"
        rf"(?:(?P<A_d>\d{{1,2}})/(?P<A_m>\d{{1,2}})(?:/(?P<A_y>\d{{4}}|\d\d))?(?![\d/])"
        rf"|(?P<A_d2>\d{{1,2}})\s+(?P<A_mn>{many})(?:\s+(?P<A_y2>\d{{4}}))?(?!\d))"
        rf"(?(A_po)(?:\s*\))?)(?:\s+(?P<A_mod>{cmod}|(?i:kemarin))(?!\w))?)",
        r"(?P<B>\((?P<B_in>(?P<B_d>\d{1,2})/(?P<B_m>\d{1,2})(?:/(?P<B_y>\d{4}|\d\d))?)\)"
        r"|(?<![\d/.,])(?P<B_d2>\d{1,2})(?P<B_sep>[/.-])(?P<B_m2>\d{1,2})(?P=B_sep)(?P<B_y2>\d{4})(?![\d/]))",
        rf"(?P<C>(?:(?i:tanggal|tgl\.?)\s+)?(?<![\d.,])(?P<C_d>\d{{1,2}})(?:\s*(?:--?|[–—])\s*(?P<C_e>\d{{1,2}}))?"
        rf"\s+(?P<C_mn>{many})(?:\s+(?:(?i:tahun)\s+)?(?P<C_y>\d{{4}})(?!\d)"
        rf"|\s+(?i:tahun)\s+(?P<C_ymod>{mod})(?!\w)|\s+(?P<C_mod>{dmod})(?!\w))?)",
        rf"(?P<D>(?:(?P<D_part>{part})\s+)?(?:(?i:bulan)\s+)?(?P<D_mn>{many})\s+(?:(?i:tahun)\s+)?"
        rf"(?P<D_y>(?:19|20)\d\d)(?![\w/]|[.,]\d|-\d))",
        rf"(?P<E>(?:(?P<E_part>{part})\s+)?(?:(?P<E_bulan>(?i:bulan))\s+)?(?P<E_mn>{mon})(?!\w)"
        rf"(?:\s+(?i:tahun)\s+(?P<E_ymod>{mod})(?!\w)|\s+(?P<E_mod>{dmod})(?!\w))?)",
        rf"(?P<F>(?:(?P<F_part>{part})\s+)?(?:(?P<F_tahun>(?i:tahun))\s+)?(?<![\w.,/])"
        rf"(?P<F_y>(?:19|20)\d\d)(?![\w/]|[.,]\d|-\d|-an))",
        rf"(?P<H>(?:(?<![\d.,])(?P<H_n>\d{{1,3}})|(?P<H_nw>{numw})|(?P<H_vague>(?i:beberapa)))\s+"
        rf"(?P<H_unit>{unit})\s+(?P<H_mod>{cmod})(?!\w)|(?P<H_single>{single})\s+(?P<H_mod2>{cmod})(?!\w))",
        rf"(?P<I>(?:(?i:hari)\s+)?(?P<I_wd>{wd})(?!\w)(?:\s+{dp})?(?:\s+(?P<I_wk>(?i:pekan|minggu))\s+"
        rf"(?P<I_wkmod>{mod})(?!\w)|\s+(?P<I_mod>{dmod})(?!\w))?)",
        rf"(?P<G>(?P<G_part>{part})\s+(?P<G_unit>{period})(?:\s+(?P<G_mod>{mod}))?(?!\w)"
        rf"|(?P<G_unit2>{period})\s+(?P<G_mod2>{mod})(?!\w))",
        # not "kemarin-kemarin" (lately): a reduplicated day word names no day
        rf"(?P<J>(?<!-)(?P<J_w>{deictic})(?![\w-])(?:\s+{dp}(?!\w))?)",
    ]
    # Each alternative opens with its family's named group: "(?P<K>...".
    return {family[4 : family.index(">")]: family for family in families}


def _opening(lex: Lexicon) -> str:
    """What every match opens with: a word start, then a cheap gate that most word starts fail
    at once (a digit, a bracket or the beginning of a word a time expression starts with)."""
    return rf"(?<![\w'’])(?=[\d(]|{_trie(_first_words(lex))})"


@cache
def master() -> re.Pattern[str]:
    """The compiled expression holding every family; built once per process."""
    lex = lexicon()
    return re.compile(_opening(lex) + "(?:" + "|".join(_families(lex).values()) + ")")


@cache
def lead_gate() -> re.Pattern[str]:
    """The master's opening alone: where it passes, a match may start."""
    return re.compile(_opening(lexicon()))


@cache
def lead_words() -> tuple[str, ...]:
    """The words of the gate, for :func:`warta._native.lead_starts`."""
    return tuple(sorted(_first_words(lexicon())))


def _initials(words: Iterable[str], *, cased: bool = False) -> str:
    """The characters ``words`` start with; both cases unless the words are matched as written."""
    return "".join(sorted({c for w in words for c in ((w[0],) if cased else (w[0].lower(), w[0].upper()))}))


def _leads(lex: Lexicon) -> dict[str, str]:
    """The characters each family's match can start with, read off its alternative in
    :func:`_families` (change the two together; a test checks this against the patterns)."""
    digits = "0123456789"
    parts = _initials(lex.parts)
    periods = _initials(u for u, g in lex.units.items() if g != "day")
    months = _initials([*lex.months, *lex.month_short], cased=True)
    weekdays = _initials(lex.weekdays, cased=True)
    counted = _initials([*lex.numbers, "beberapa", *lex.single_units])
    return {
        "K": digits,
        "A": _initials(["hari"]) + weekdays,
        "B": "(" + digits,
        "C": _initials(["tanggal", "tgl"]) + digits,
        "D": parts + _initials(["bulan"]) + months,
        "E": parts + _initials(["bulan"]) + months,
        "F": parts + _initials(["tahun"]) + digits,
        "H": digits + counted,
        "I": _initials(["hari"]) + weekdays,
        "G": parts + periods,
        "J": _initials(lex.deictic),
    }


@cache
def lead_patterns() -> dict[str, re.Pattern[str]]:
    """For each character a match can start with, the master with only the families that can
    start with it: tried at a gated word start, it finds what the master finds there, without
    trying the other families' alternatives one by one. A character not listed takes the master.

    Only for where the opening passes (:func:`warta.annotate.timex_patterns.lead_starts`):
    the patterns leave the opening out, as testing it again there cost a fifth of each call."""
    lex = lexicon()
    families, leads = _families(lex), _leads(lex)
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    by_lead = {}
    for char in sorted(set("".join(leads.values()))):
        names = tuple(name for name in families if char in leads[name])
        if names not in compiled:
            compiled[names] = re.compile("(?:" + "|".join(families[n] for n in names) + ")")
        by_lead[char] = compiled[names]
    return by_lead
