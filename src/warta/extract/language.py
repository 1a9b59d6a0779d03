"""Language identification with py3langid, which ships its own model (no download)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from warta.types import Article

# Texts shorter than this are too little evidence for a language call.
MIN_CHARS = 40


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str | None, float | None]:
    if len(text.strip()) < MIN_CHARS:
        return None, None
    language, probability = _identifier().classify(text[:5000])
    return str(language), round(float(probability), 3)


def with_language(article: Article) -> Article:
    language, confidence = identify(" ".join(filter(None, [article.title, article.text])))
    return replace(article, language=language, language_confidence=confidence)
