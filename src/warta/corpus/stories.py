"""Story clustering: single-pass, incremental, over entity, actor, event and keyword features.

An article is a sparse vector: the canonical names of its entities, the actors they stand
for, its (type, source, target) events, and its most distinctive words (tf-idf over the
corpus seen so far). A story is the sum of its articles' vectors. A new article joins the
story whose centroid is closest by cosine, damped by the time between the article and the
story's span (mildly: a story can run for months), or founds a new story when none is close
enough. The store only ever compares an article with the stories that share one of its
rarer features (an inverted index), so the cost of one article does not grow with the corpus.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from warta.resources import word_list

THRESHOLD = 0.15  # cosine (after time damping) needed to join a story
KEYWORDS = 30  # distinctive words kept per article
HALF_LIFE_DAYS = 730.0  # a gap of this many days outside a story's span halves the score
ENTITY_WEIGHT = 2.0  # people and organisations: specific to a story
STATE_WEIGHT = 0.5  # states and bodies: shared by many stories
SPECIFIC_TYPES = frozenset({"PER", "ORG"})
ACTOR_WEIGHT = 0.5
DYAD_WEIGHT = 1.0  # two actors named in one sentence: who the story is between
EVENT_WEIGHT = 1.5
TITLE_BOOST = 2

_TOKEN = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class StoryState:
    """What the clusterer needs of a candidate story: its sums on the article's features."""

    id: str
    sq_norm: float
    sums: Mapping[str, float]
    first_date: str | None = None
    last_date: str | None = None


def _stopwords() -> frozenset[str]:
    return word_list("corpus", "stopwords.tsv")


def word_counts(text: str, title: str | None) -> Counter[str]:
    """Content words of the body, with title words counted extra (headlines name the topic)."""
    stop = _stopwords()
    counts = Counter(w for w in _TOKEN.findall(text.casefold()) if w not in stop)
    for word in _TOKEN.findall((title or "").casefold()):
        if word not in stop:
            counts[word] += TITLE_BOOST
    return counts


def raw_features(
    text: str,
    title: str | None,
    entities: Iterable[tuple[str, str | None, str]],
    events: Iterable[tuple[str, str | None, str | None]],
    names: Iterable[str] = (),
    dyads: Iterable[tuple[str, str]] = (),
) -> dict[str, float]:
    """Term weights before idf: ``w:`` words, ``e:`` entity names, ``a:`` actors, ``v:`` events.

    ``entities`` are (canonical name, actor, type). The words of ``names`` (the mentions'
    surface forms) are left out of ``w:``: who is involved already counts once, through
    ``e:`` and ``a:``, and states named in every story must not make stories look alike.
    """
    named = {w for name in names for w in _TOKEN.findall(name.casefold())}
    counts = word_counts(text, title)
    features = {f"w:{w}": 1.0 + math.log(c) for w, c in counts.items() if w not in named}
    for name, actor, kind in entities:
        features[f"e:{name.casefold()}"] = ENTITY_WEIGHT if kind in SPECIFIC_TYPES else STATE_WEIGHT
        if actor:
            features[f"a:{actor}"] = ACTOR_WEIGHT
    for pair, count in Counter(tuple(sorted(d)) for d in dyads if d[0] != d[1]).items():
        features[f"d:{pair[0]}:{pair[1]}"] = DYAD_WEIGHT * (1.0 + math.log(count))
    for kind, source, target in events:
        if source or target:
            features[f"v:{kind}:{source or '-'}:{target or '-'}"] = EVENT_WEIGHT
    return features


def idf(df: int, n_docs: int) -> float:
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def weighted(
    raw: Mapping[str, float], df: Mapping[str, int], n_docs: int, keywords: int = KEYWORDS
) -> dict[str, float]:
    """The article's vector: idf-weighted features, keeping only its ``keywords`` best words."""
    vector = {f: w * idf(df.get(f, 0), n_docs) for f, w in raw.items()}
    words = sorted((f for f in vector if f.startswith("w:")), key=lambda f: (-vector[f], f))
    for dropped in words[keywords:]:
        del vector[dropped]
    return vector


def norm(vector: Mapping[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))


def time_factor(day: str | None, first: str | None, last: str | None) -> float:
    """1 inside the story's span, halving every :data:`HALF_LIFE_DAYS` outside it."""
    when, lo, hi = _day(day), _day(first), _day(last)
    if when is None or lo is None or hi is None:
        return 1.0
    gap = max((lo - when).days, (when - hi).days, 0)
    return float(0.5 ** (gap / HALF_LIFE_DAYS))


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def similarity(vector: Mapping[str, float], story: StoryState, day: str | None) -> float:
    """Cosine between the article and the story's centroid, damped by the time gap."""
    size = norm(vector)
    if size == 0 or story.sq_norm <= 0:
        return 0.0
    dot = sum(weight * story.sums.get(f, 0.0) for f, weight in vector.items())
    return dot / (size * math.sqrt(story.sq_norm)) * time_factor(day, story.first_date, story.last_date)


def best_story(
    vector: Mapping[str, float], candidates: Iterable[StoryState], day: str | None, threshold: float = THRESHOLD
) -> tuple[str | None, float]:
    """The closest candidate story and its score, or ``(None, best score)`` when none is close."""
    best_id: str | None = None
    best = 0.0
    for story in sorted(candidates, key=lambda s: s.id):
        score = similarity(vector, story, day)
        if score > best:
            best_id, best = story.id, score
    return (best_id, best) if best >= threshold else (None, best)


def added_sq_norm(sq_norm: float, sums: Mapping[str, float], vector: Mapping[str, float], sign: int = 1) -> float:
    """|S ± v|² from |S|², the story's sums on v's features and v itself (no full scan)."""
    dot = sum(w * sums.get(f, 0.0) for f, w in vector.items())
    return max(0.0, sq_norm + sign * 2 * dot + sum(w * w for w in vector.values()))


def representative(members: Iterable[tuple[str, Mapping[str, float]]], sums: Mapping[str, float]) -> str | None:
    """Key of the member closest to the story's centroid: its title becomes the story's."""
    best: tuple[float, str] | None = None
    for key, vector in members:
        size = norm(vector)
        score = sum(w * sums.get(f, 0.0) for f, w in vector.items()) / size if size else 0.0
        if best is None or (score, key) > best:
            best = (score, key)
    return None if best is None else best[1]
