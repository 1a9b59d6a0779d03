"""Indonesian affixation, generated forwards from a root so one lexicon entry covers its forms.

Stemming backwards (mengecam -> kecam) is ambiguous (menyerang: serang? nyerang?), but
generating forwards from a known root is not: ``inflect("kecam", "meN")`` is ``mengecam``.
The event lexicon lists roots and the affix templates each one takes; :func:`surface_forms`
expands them once into a dictionary from surface form to (root, template).

Templates, with the voice each implies for argument assignment:

=============  ===========================  =======
template       example (root)               voice
=============  ===========================  =======
``base``       kecam (headline style)       active
``base-kan``   jatuhkan                     active
``base-i``     kunjungi                     active
``meN``        mengecam, memasok            active
``meN-kan``    menjatuhkan                  active
``meN-i``      mengunjungi                  active
``memper-kan`` mempertanyakan               active
``ber``        bertemu                      active
``ber-kan``    berdasarkan                  active
``di``         dikecam                      passive
``di-kan``     dijatuhkan                   passive
``di-i``       dikunjungi                   passive
``ter``        tertangkap                   passive
``-an``        kecaman, serangan            noun
``peN-an``     pengiriman, penyerangan      noun
``per-an``     pertemuan, perjanjian        noun
``ke-an``      kesepakatan, kedatangan      noun
``n``          invasi, sanksi (bare noun)   noun
=============  ===========================  =======

A root of several words ("kerja sama") takes a prefix on its first word and a suffix on its
last, and is also generated written as one word: ``ber`` gives "bekerja sama" and
"bekerjasama".
"""

from __future__ import annotations

from functools import cache
from typing import Literal

Voice = Literal["active", "passive", "noun"]

VOICES: dict[str, Voice] = {
    "base": "active",
    "base-kan": "active",
    "base-i": "active",
    "meN": "active",
    "meN-kan": "active",
    "meN-i": "active",
    "memper-kan": "active",
    "ber": "active",
    "ber-kan": "active",
    "di": "passive",
    "di-kan": "passive",
    "di-i": "passive",
    "ter": "passive",
    "-an": "noun",
    "peN-an": "noun",
    "per-an": "noun",
    "ke-an": "noun",
    "n": "noun",
}

# Shorthands an analyst can write in the lexicon instead of listing every template.
GROUPS: dict[str, tuple[str, ...]] = {
    "V": ("base", "meN", "di"),
    "Vkan": ("base-kan", "meN-kan", "di-kan"),
    "Vi": ("base-i", "meN-i", "di-i"),
    "N": ("-an", "peN-an"),
}

_VOWELS = frozenset("aeiou")
# Loanword clusters keep their first consonant after the nasal: mengkritik, memprotes, mentransfer.
_CLUSTER_SECOND = frozenset("lrsty")


def _syllables(root: str) -> int:
    count, previous = 0, False
    for char in root:
        vowel = char in _VOWELS
        count += vowel and not previous
        previous = vowel
    return count


def nasal_stems(root: str, prefix: str = "me") -> tuple[str, ...]:
    """``meN-`` or ``peN-`` (``prefix`` "me" or "pe") attached to ``root``, every standard variant.

    k/p/t/s drop after the nasal (kirim -> mengirim, pasok -> memasok, tuduh -> menuduh,
    serang -> menyerang) except in loanword clusters (kritik -> mengkritik); loans often
    appear both ways (mengonfirmasi, mengkonfirmasi), so both are generated for them.
    """
    if _syllables(root) == 1:
        # bom -> mengebom; a voiced first consonant also assimilates as in longer roots (membom, pemboman)
        plain = nasal_stems(root + "a", prefix)[0][:-1] if root[0] in "bcdfgjvz" else None
        return (prefix + "nge" + root, plain) if plain else (prefix + "nge" + root,)
    first, rest = root[0], root[1:]
    cluster = len(root) > 1 and root[1] in _CLUSTER_SECOND and root[1] not in _VOWELS
    if first in _VOWELS or first in "gh":
        return (prefix + "ng" + root,)
    if first in "bfv":
        return (prefix + "m" + root,)
    if first in "dcjz":
        return (prefix + "n" + root,)
    if first in "lmnrwy":
        return (prefix + root,)
    dropped = {"k": "ng", "p": "m", "t": "n", "s": "ny"}[first] if first in "kpts" else None
    if dropped is None:
        return (prefix + root,)
    kept = prefix + {"k": "ngk", "p": "mp", "t": "nt", "s": "ns"}[first] + rest
    if cluster:
        return (kept,)
    return (prefix + dropped + rest, kept)


def _suffixed(stems: tuple[str, ...], suffix: str) -> tuple[str, ...]:
    return tuple(stem + suffix for stem in stems)


def inflect(root: str, template: str) -> tuple[str, ...]:
    """Surface forms of ``root`` under one affix ``template`` (see the module table)."""
    words = root.casefold().split()
    joined = _inflect_word("".join(words), template)
    if len(words) == 1:
        return joined
    prefix, _, suffix = template.partition("-")
    suffix_text = {"kan": "kan", "i": "i", "an": "an", "": ""}[suffix]
    tail = " ".join(words[1:]) + suffix_text
    spaced = tuple(head + " " + tail for head in _prefixed(words[0], prefix))
    return tuple(dict.fromkeys(joined + spaced))


def _prefixed(word: str, prefix: str) -> tuple[str, ...]:
    """``word`` with only the prefix part of a template (for the first word of a phrase)."""
    if prefix in ("meN", "peN"):
        return nasal_stems(word, prefix[:2])
    if prefix == "ber":
        return _inflect_word(word, "ber")
    if prefix in ("", "base", "n"):
        return (word,)
    return (prefix + word,)


def _inflect_word(root: str, template: str) -> tuple[str, ...]:
    if template == "n":
        return (root,)
    prefix, _, suffix = template.partition("-")
    suffix_text = {"kan": "kan", "i": "i", "an": "an", "": ""}[suffix]
    if template in ("-an",):
        return (_an(root),)
    if prefix == "base":
        return (root + suffix_text,)
    if prefix == "meN":
        return _suffixed(nasal_stems(root, "me"), suffix_text)
    if prefix == "peN":
        return _suffixed(nasal_stems(root, "pe"), "an")
    if prefix == "memper":
        return ("memper" + root + suffix_text,)
    if prefix in ("di", "ter", "ke", "per"):
        return (prefix + root + suffix_text,)
    if prefix == "ber":
        # be- before r and before a first syllable closed by r: berunding -> berunding, kerja -> bekerja
        short = root.startswith("r") or (len(root) > 3 and root[1:3] == "er" and root[3] not in _VOWELS)
        return (("be" if short else "ber") + root + suffix_text,)
    raise ValueError(f"unknown affix template {template!r}")


def _an(root: str) -> str:
    return root + "an"


def expand_templates(spec: str) -> tuple[str, ...]:
    """Templates named by a lexicon ``forms`` cell: group shorthands and templates, space-separated."""
    out: list[str] = []
    for item in spec.split():
        for template in GROUPS.get(item, (item,)):
            if template not in VOICES:
                raise ValueError(f"unknown affix template {template!r} in {spec!r}")
            if template not in out:
                out.append(template)
    return tuple(out)


@cache
def surface_forms(root: str, spec: str) -> dict[str, str]:
    """Every surface form of ``root`` under the templates ``spec``, mapped to its template."""
    forms: dict[str, str] = {}
    for template in expand_templates(spec):
        for form in inflect(root, template):
            forms.setdefault(form, template)
    return forms


def voice(template: str) -> Voice:
    return VOICES[template]
