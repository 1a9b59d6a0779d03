"""Synthetic training sentences for a pattern news writes constantly but the sets rarely show.

Indonesian news puts a title, then the place or body the office belongs to, then the name, as
one capitalised run: "Gubernur <province> <name>", "Menteri Luar Negeri <country> <name>",
"Ketua <party> <name>". The labelled sets mostly have the title right before the name, so a
model trained on them tends to swallow the whole run as one place. For each training sentence
where an office cue precedes a person, COPIES copies are made with a place (or organisation)
taken from the training labels inserted between office and name, labelled as such.
Deterministic (fixed seed).
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from ner_data import Sentence, spans

SEED = 7
COPIES = 3
ORG_SHARE = 0.3
# How far back (in tokens) a title cue may sit: "Menteri Luar Negeri <name>".
TITLE_REACH = 3


def _capitalised(words: list[str]) -> bool:
    return all(w[:1].isupper() for w in words)


def entity_pool(sentences: list[Sentence], label: str) -> list[list[str]]:
    """Distinct capitalised entities of ``label`` (1 to 3 words), in a stable order."""
    seen: dict[tuple[str, ...], None] = {}
    for words, tags in sentences:
        for start, end, kind in sorted(spans(tags)):
            chunk = words[start:end]
            if kind == label and end - start <= 3 and _capitalised(chunk):
                seen.setdefault(tuple(chunk), None)
    return [list(chunk) for chunk in seen]


def _titled_people(words: list[str], tags: list[str], cues: Mapping[str, str]) -> list[int]:
    """Starts of PER spans with an office cue among the O-tagged words just before them."""
    starts = []
    for start, _, kind in sorted(spans(tags)):
        before = range(max(0, start - TITLE_REACH), start)
        if kind != "PER" or not start or any(tags[i] != "O" for i in before):
            continue
        if any(cues.get(words[i].lower()) == "OFFICE" for i in before):
            starts.append(start)
    return starts


def _insert(sentence: Sentence, at: int, chunk: list[str], label: str) -> Sentence:
    words, tags = sentence
    chunk_tags = ["B-" + label] + ["I-" + label] * (len(chunk) - 1)
    return words[:at] + chunk + words[at:], tags[:at] + chunk_tags + tags[at:]


def augment(sentences: list[Sentence], cues: Mapping[str, str]) -> list[Sentence]:
    """COPIES synthetic copies per sentence with an office-holder (the first in it)."""
    rng = random.Random(SEED)
    places, bodies = entity_pool(sentences, "LOC"), entity_pool(sentences, "ORG")
    out: list[Sentence] = []
    for words, tags in sentences:
        starts = _titled_people(words, tags, cues)
        for _ in range(COPIES if starts else 0):
            label, pool = ("ORG", bodies) if rng.random() < ORG_SHARE else ("LOC", places)
            out.append(_insert((words, tags), starts[0], rng.choice(pool), label))
    return out
