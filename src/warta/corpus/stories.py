"""Story clustering: single-pass, incremental, over what says "same story".

An article is a sparse vector in four channels:

* ``v:`` its deeds: (type, source, target) events such as ``v:AID:PRK:RUS``, and ``x:`` the
  pairs of actors an event links, whatever its type (coders confuse AID with SUPPORT, and the
  story is the same);
* ``d:`` its relations: pairs of actors named in one sentence, a list of n actors counting
  1/(n-1) per pair, so that a sentence listing ten signatories does not outweigh the story;
* ``e:``/``a:`` who it is about: canonical entity names and the actors they stand for,
  weighted by salience (how often named, named in the headline);
* ``w:`` its most distinctive words (tf-idf over the corpus seen so far).

Every feature is weighted by its rarity in the store (idf), then each channel is capped
(scaled down to a fixed length when longer), so that no channel swamps the others because
it happens to have many features (a long list of states, a long text); a channel with
little evidence is never scaled up. A story is the sum of its articles' vectors.
A new article joins the story whose centroid is closest by cosine, damped by the time
between the article and the story's span (gently: a story can run for months), or founds a
new story when none is close enough. The store only ever compares an article with the
stories that share one of its rarer features (an inverted index), so the cost of one
article does not grow with the corpus.

Two guards keep the clustering stable:

* drift: the centroid of a long story tends towards what all its articles share, often one
  frequently named person, and then pulls in every article naming that person. An article
  therefore joins a story only when it is also close to at least one of the story's recent
  members (:func:`member_support`): a story grows by resemblance, not by its average;
* order: whether the first or the tenth report of a story arrives first must not decide
  what the story is. After each batch, stories that have come close (their centroids, and
  their articles on average) merge (:mod:`warta.corpus.merge`), the older id surviving.

No single feature can make a story either: each is capped (:data:`FEATURE_CAP`, lower for
actors), so a minister quoted on every subject or a state named in every foreign story
brings two articles only part of the way to the threshold.

Time damping separates different stories that merely share actors. It is waived for a
story and an article (or two stories) reporting the same deed when that deed is a disputed
claim in one of them: an argument over whether North Korea arms Russia is one story
however many months it runs; the dispute, not the calendar, ties its reports together.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from warta.resources import word_list

THRESHOLD = 0.2  # cosine (after time damping) needed to join a story
KEYWORDS = 30  # distinctive words kept per article
GRACE_DAYS = 30.0  # outside its span, a story keeps full weight this long...
HALF_LIFE_DAYS = 730.0  # ...then halves every two years: follow-ups months later still join
ENTITY_WEIGHT = 2.0  # people and organisations: specific to a story
PLACE_WEIGHT = 0.5  # places: shared by many stories
SPECIFIC_TYPES = frozenset({"PER", "ORG"})
STATE_TYPES = frozenset({"GPE", "IGO"})
ACTOR_WEIGHT = 0.5  # states and bodies, and those acting for them: shared by many stories
TITLE_BOOST = 2
# The most weight a channel may carry, in units of the idf of a feature seen nowhere else
# (see the module docstring): past it, more features of one kind add no more evidence.
CHANNEL_CAPS = {"v": 5.0, "d": 2.0, "e": 3.0, "w": 4.0}
# The most weight one feature may carry, in the same units: one shared name (a minister
# quoted on every subject, a club in every match report) must not make two articles one story
# by itself; it takes several shared features to reach the threshold.
FEATURE_CAP = 1.5
ACTOR_CAP = 0.75  # a state or body named throughout an article is still only who, not what
CHANNEL_OF = {"v": "v", "x": "v", "d": "d", "e": "e", "a": "e", "w": "w"}

_TOKEN = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class StoryState:
    """What the clusterer needs of a candidate story: its sums on the article's features."""

    id: str
    sq_norm: float
    sums: Mapping[str, float]
    first_date: str | None = None
    last_date: str | None = None
    disputed: frozenset[str] = frozenset()  # ``v:`` keys of the deeds its disputed claims are about


@dataclass(frozen=True, slots=True)
class Named:
    """An entity as the story features see it: canonical name, actor, type, salience."""

    name: str
    actor: str | None
    type: str
    mentions: int = 1
    in_title: bool = False


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


def damped(count: float) -> float:
    """Sublinear term weight: a feature seen twice is not twice the evidence; a fraction of
    one sighting (a pair from a long list) stays a fraction."""
    return count if count <= 1.0 else 1.0 + math.log(count)


def _salience(entity: Named) -> float:
    return (1.0 + math.log(max(entity.mentions, 1))) * (TITLE_BOOST if entity.in_title else 1)


def _who(entities: Iterable[Named]) -> dict[str, float]:
    """``e:`` the story's people, organisations and places; ``a:`` the actors behind them. A
    state or body is its actor, so it counts once, as ``a:``."""
    features: dict[str, float] = {}
    for entity in entities:
        if entity.actor:
            key = f"a:{entity.actor}"
            features[key] = features.get(key, 0.0) + ACTOR_WEIGHT * _salience(entity)
        if entity.actor and entity.type in STATE_TYPES:
            continue
        prior = ENTITY_WEIGHT if entity.type in SPECIFIC_TYPES else PLACE_WEIGHT
        key = f"e:{entity.name.casefold()}"
        features[key] = max(features.get(key, 0.0), prior * _salience(entity))
    return features


def _deeds(events: Iterable[tuple[str, str | None, str | None, float]]) -> dict[str, float]:
    sums: dict[str, float] = {}
    for kind, source, target, weight in events:
        keys = [deed_key(kind, source, target)] if source or target else []
        if source and target and source != target:
            keys.append("x:{}:{}".format(*sorted((source, target))))
        for key in keys:
            sums[key] = sums.get(key, 0.0) + weight
    return {feature: damped(total) for feature, total in sums.items()}


def raw_features(
    text: str,
    title: str | None,
    entities: Iterable[Named],
    events: Iterable[tuple[str, str | None, str | None, float]],
    names: Iterable[str] = (),
    dyads: Mapping[tuple[str, str], float] | None = None,
) -> dict[str, float]:
    """Term weights before idf: ``w:`` words, ``e:``/``a:`` entities and actors, ``d:``
    sentence dyads (pair -> summed weight), ``v:``/``x:`` events and event dyads, each event
    as (type, source, target, weight).

    The words of ``names`` (the mentions' surface forms) are left out of ``w:``: who is
    involved already counts once, through ``e:`` and ``a:``, and states named in every story
    must not make stories look alike through their names' words.
    """
    named = {w for name in names for w in _TOKEN.findall(name.casefold())}
    counts = word_counts(text, title)
    features = {f"w:{w}": 1.0 + math.log(c) for w, c in counts.items() if w not in named}
    features.update(_who(entities))
    for (left, right), weight in (dyads or {}).items():
        if left != right and weight > 0:
            features[f"d:{left}:{right}"] = damped(weight)
    features.update(_deeds(events))
    return features


def idf(df: int, n_docs: int) -> float:
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def channel(feature: str) -> str:
    return CHANNEL_OF.get(feature.split(":", 1)[0], "w")


def weighted(
    raw: Mapping[str, float], df: Mapping[str, int], n_docs: int, keywords: int = KEYWORDS
) -> dict[str, float]:
    """The article's vector: idf-weighted features, its ``keywords`` best words, and each
    channel scaled down to its cap when it has more weight than that (never up: a channel
    with little evidence keeps little weight)."""
    unit = idf(0, n_docs)
    vector = {f: min(w * idf(df.get(f, 0), n_docs), _cap(f) * unit) for f, w in raw.items()}
    words = sorted((f for f in vector if f.startswith("w:")), key=lambda f: (-vector[f], f))
    for dropped in words[keywords:]:
        del vector[dropped]
    lengths: dict[str, float] = {}
    for feature, weight in vector.items():
        lengths[channel(feature)] = lengths.get(channel(feature), 0.0) + weight * weight
    scale = {c: min(1.0, CHANNEL_CAPS[c] * unit / math.sqrt(total)) for c, total in lengths.items() if total > 0}
    return {f: w * scale[channel(f)] for f, w in vector.items() if w > 0}


def _cap(feature: str) -> float:
    return ACTOR_CAP if feature.startswith("a:") else FEATURE_CAP


def norm(vector: Mapping[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))


def time_factor(day: str | None, first: str | None, last: str | None) -> float:
    """1 inside the story's span and for :data:`GRACE_DAYS` around it, then halving every
    :data:`HALF_LIFE_DAYS`: a reaction weeks later is the same story, a follow-up a year
    later needs 1.4 times the evidence."""
    return span_factor(day, day, first, last)


def span_factor(first: str | None, last: str | None, other_first: str | None, other_last: str | None) -> float:
    """:func:`time_factor` for two spans (two stories): by the days between them."""
    lo, hi, other_lo, other_hi = _day(first), _day(last), _day(other_first), _day(other_last)
    if lo is None or hi is None or other_lo is None or other_hi is None:
        return 1.0
    gap = max((other_lo - hi).days, (lo - other_hi).days, 0)
    return float(0.5 ** (max(gap - GRACE_DAYS, 0.0) / HALF_LIFE_DAYS))


def deed_key(kind: str, source: str | None, target: str | None) -> str:
    """The ``v:`` feature of a deed, as :func:`raw_features` names it."""
    return f"v:{kind}:{source or '-'}:{target or '-'}"


def continues_dispute(vector: Mapping[str, float], disputed: Iterable[str]) -> bool:
    """Whether ``vector`` reports a deed that is disputed in a story: then time does not count."""
    return any(vector.get(key, 0.0) > 0 for key in disputed)


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def cosine(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    if len(right) < len(left):
        left, right = right, left
    size = norm(left) * norm(right)
    return sum(w * right.get(f, 0.0) for f, w in left.items()) / size if size else 0.0


def similarity(vector: Mapping[str, float], story: StoryState, day: str | None) -> float:
    """Cosine between the article and the story's centroid, damped by the time gap (unless
    the article reports a deed the story disputes)."""
    size = norm(vector)
    if size == 0 or story.sq_norm <= 0:
        return 0.0
    dot = sum(weight * story.sums.get(f, 0.0) for f, weight in vector.items())
    damping = 1.0 if continues_dispute(vector, story.disputed) else time_factor(day, story.first_date, story.last_date)
    return dot / (size * math.sqrt(story.sq_norm)) * damping


def ranked_stories(
    vector: Mapping[str, float], candidates: Iterable[StoryState], day: str | None, threshold: float = THRESHOLD
) -> list[tuple[float, StoryState]]:
    """The candidates close enough to join, the closest first (ties by id, for stability)."""
    scored = [(similarity(vector, story, day), story) for story in candidates]
    return sorted(((s, story) for s, story in scored if s >= threshold), key=lambda p: (-p[0], p[1].id))


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


@dataclass(frozen=True, slots=True)
class Member:
    """A story's article as the drift guard sees it: its vector and its day."""

    vector: Mapping[str, float]
    day: str | None


def member_support(vector: Mapping[str, float], day: str | None, members: Iterable[Member], waived: bool) -> float:
    """The article's closest resemblance to one member (time-damped unless ``waived``): a
    story grows by resemblance to its articles, not only to its average."""
    best = 0.0
    for member in members:
        damping = 1.0 if waived else time_factor(day, member.day, member.day)
        best = max(best, cosine(vector, member.vector) * damping)
    return best


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


def average_link(left: Iterable[Member], right: Iterable[Member], waived: bool) -> float:
    """The mean resemblance of an article of one group to an article of the other (time-
    damped unless ``waived``): group-average linkage, which a chain of pairs cannot fake."""
    others = list(right)
    total, pairs = 0.0, 0
    for member in left:
        for other in others:
            damping = 1.0 if waived else time_factor(member.day, other.day, other.day)
            total += cosine(member.vector, other.vector) * damping
            pairs += 1
    return total / pairs if pairs else 0.0
