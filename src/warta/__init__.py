"""warta: Indonesian-language news to a citable record of international political events."""

from warta.analyze import analyze, analyze_many, analyze_text
from warta.errors import (
    ConfigError,
    EmptyArticle,
    EncodingError,
    InputError,
    StoreError,
    UnreadableFile,
    UnsupportedFormat,
    WartaError,
)
from warta.extract import extract
from warta.ingest import read_sources
from warta.pipeline import Pipeline, stage
from warta.serialize import analysis_dict
from warta.types import (
    Analysis,
    Article,
    Entity,
    Event,
    Failure,
    Mention,
    Problem,
    Quote,
    RawDocument,
    Sentence,
    Span,
    TimeExpr,
)

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "ConfigError",
    "EmptyArticle",
    "EncodingError",
    "Entity",
    "Event",
    "Failure",
    "InputError",
    "Mention",
    "Pipeline",
    "Problem",
    "Quote",
    "RawDocument",
    "Sentence",
    "Span",
    "StoreError",
    "TimeExpr",
    "UnreadableFile",
    "UnsupportedFormat",
    "WartaError",
    "analysis_dict",
    "analyze",
    "analyze_many",
    "analyze_text",
    "extract",
    "read_sources",
    "stage",
]
