"""Language identification with py3langid, which ships its own model (no download)."""

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
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str | None, float | None]:
    if len(text.strip()) < MIN_CHARS:
        return None, None
    sample = text[:SAMPLE_CHARS]
    language, probability = _identifier().classify(sample)
    if language == "ms" and _indonesian_markers(sample) >= MARKERS_FOR_INDONESIAN:
        return "id", round(float(probability), 3)
    return str(language), round(float(probability), 3)


def _indonesian_markers(sample: str) -> int:
    markers = word_list("language", "indonesian_markers.txt")
    return sum(1 for word in _WORD.findall(sample.casefold()) if word in markers)


def with_language(article: Article) -> Article:
    language, confidence = identify(" ".join(filter(None, [article.title, article.text])))
    return replace(article, language=language, language_confidence=confidence)
