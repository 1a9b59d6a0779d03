"""The words after a cue verb that name a speaker ("kata juru bicara Kemlu, Wang Wenbin").

A segment runs to the next punctuation; a form of address shortened with a full stop ("kata
dr. Shiela", "ujar Prof. Ani") ends no sentence and stays inside it. A title held for another
person ("Sekretaris Pribadi Presiden X, <aide>", "juru bicara Presiden X, <aide>") names the
aide after the principal: the aide speaks, not the principal. A social-media handle
("tulis akun Instagram @nama_akun") is the speaker, not the platform.
"""

from __future__ import annotations

import re

from warta.annotate.roles import honorifics, person_titles, title_pattern
from warta.annotate.speaker_model import Speaker
from warta.annotate.speakers import SpeakerContext
from warta.types import Span

# "tulis akun Instagram @nama_akun": the account speaks, not the platform that carries it.
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]*[A-Za-z0-9_]")
_SEGMENT = re.compile(r"(?:(?<![\w.])(?:[dD]rg?|Prof|Ir|H|Hj|St)\.(?= )|[^,.;:!?()\"“”\n])*")
_APPOSITION_REACH = 60
_SPACES = re.compile(r"\s*")
_LEADING_WORD = re.compile(r"\s*(\w+)\.?(?=\s+\S)\s*")
# How far past the segment an aide may be named (the principal's name, bracketed short form and rank between).
_AIDE_REACH = 120


def after_phrase(ctx: SpeakerContext, start: int) -> tuple[Span, Span]:
    """The words naming a speaker after a cue verb: (whole segment, up to a stop word)."""
    segment = _SEGMENT.match(ctx.text, start)
    end = segment.end() if segment else start
    text, words = ctx.scan
    stop = words.phrase_stop.search(text, start, end)
    region = Span(start, stop.start() if stop else end)
    aide = _aide(ctx, start, end)
    if aide is not None:
        return Span(start, end), aide
    if ctx.text.startswith(",", end) and not any(s.type == "PER" for s in ctx.named(region)):
        # Apposition: "kata juru bicara Kemlu, Wang Wenbin", "ujar Kasat Reskrim X, AKP <name>".
        apposed = [
            m for m in ctx.mentions_in(Span(end, min(end + 4 + _APPOSITION_REACH, len(ctx.text)))) if m.type == "PER"
        ]
        if apposed and apposed[0].span.start <= _past_ranks(ctx.text, end + 1) + 2:
            region = Span(start, apposed[0].span.end)
    return Span(start, end), Span(_past_honorifics(ctx.text, region.start, region.end), region.end)


def _past_ranks(text: str, position: int) -> int:
    """Past the spaces, ranks and titles at ``position`` ("AKP", "Kombes Pol")."""
    position = _SPACES.match(text, position).end()  # type: ignore[union-attr]
    while (rank := title_pattern().match(text, position)) is not None and text[position].isupper():
        position = _SPACES.match(text, rank.end()).end()  # type: ignore[union-attr]
    return position


def _past_honorifics(text: str, start: int, end: int) -> int:
    """Past the forms of address opening a speaker's words ("kata dr. Fiktorius", "ujar Prof Ani")."""
    while (word := _LEADING_WORD.match(text, start, end)) is not None and word.group(1).casefold() in honorifics():
        start = word.end()
    return start


def _aide(ctx: SpeakerContext, start: int, end: int) -> Span | None:
    """The aide a person-held title at ``start`` introduces after its principal, or None."""
    title = title_pattern().match(ctx.text, start + len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip()))
    if title is None or title.group().casefold() not in person_titles():
        return None
    window = Span(title.end(), min(end + _AIDE_REACH, len(ctx.text)))
    people = [m for m in ctx.mentions_in(window) if m.type == "PER"]
    aides = [m for m in people if m.role == title.group().casefold()]
    if aides:
        return aides[0].span
    # "Sekretaris Pribadi Bupati X <principal>, <aide>": the name apposed after the segment.
    apposed = [m for m in people if m.span.start >= end] if ctx.text.startswith(",", end) else []
    return apposed[0].span if apposed and apposed[0].span.start <= _past_ranks(ctx.text, end + 1) + 2 else None


def account_speaker(ctx: SpeakerContext, region: Span) -> Speaker | None:
    """The social-media handle named in a speaker's words ("akun X @nama_akun") when no
    person is, or None."""
    handle = _HANDLE.search(ctx.text, region.start, region.end)
    handle = _HANDLE.match(ctx.text, handle.start()) if handle is not None else None  # "@info.kota": past the stop
    if handle is None or any(s.type == "PER" for s in ctx.named(region)):
        return None  # "kata Puan lewat akun @puan": the person named speaks
    return Speaker(handle.group(), span=Span(*handle.span()))
