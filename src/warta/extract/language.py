"""Language identification with py3langid, which ships its own model (no download).

The model costs about half of scraped-text extraction, and most of what warta reads is
plainly Indonesian: when function words are a large share of the sample and some word is
spelled the Indonesian way, the text is Indonesian without asking the model (whose answer
on such text is Indonesian, or Malay, which the spelling overrules anyway). Such a call
reports confidence 1.0; every other text goes to the model.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from warta.resources import word_list
from warta.types import Article

# Texts shorter than this are too little evidence for a language call.
MIN_CHARS = 40
# langid's cost grows with length; 800 characters of body already decide the language of news text.
SAMPLE_CHARS = 800
# One word spelled the Indonesian way outweighs langid's Malay guess on a short sample.
MARKERS_FOR_INDONESIAN = 1
# Without the model: at least this many words, this share of them Indonesian function words
# (news prose: 0.15 to 0.25; English, Javanese or Sundanese prose: well under 0.1).
CLEAR_WORDS = 40
CLEAR_SHARE = 0.12
_WORD = re.compile(r"[^\W\d_]+")
# The same words in casefolded ASCII text, where a plain range is matched faster than a category.
_ASCII_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str | None, float | None]:
    if len(text.strip()) < MIN_CHARS:
        return None, None
    sample = text[:SAMPLE_CHARS]
    identifier = _identifier()  # loaded on the first call either way, not in the middle of a batch
    folded = sample.casefold()
    words = (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)
    markers = _count(words, word_list("language", "indonesian_markers.txt"))
    if markers >= MARKERS_FOR_INDONESIAN and _clearly_indonesian(words):
        return "id", 1.0
    language, probability = identifier.classify(sample)
    if language == "ms" and markers >= MARKERS_FOR_INDONESIAN:
        return "id", round(float(probability), 3)
    return str(language), round(float(probability), 3)


def _count(words: list[str], listed: frozenset[str]) -> int:
    return sum(map(listed.__contains__, words))  # map, not a generator: no Python frame per word


def _clearly_indonesian(words: list[str]) -> bool:
    if len(words) < CLEAR_WORDS:
        return False
    return _count(words, word_list("language", "function_words.txt")) >= CLEAR_SHARE * len(words)


def with_language(article: Article) -> Article:
    language, confidence = identify(" ".join(filter(None, [article.title, article.text])))
    return replace(article, language=language, language_confidence=confidence)
