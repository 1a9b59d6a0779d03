"""Shared helpers for the entity-stage tests: run segmentation and linking on written paragraphs."""

from __future__ import annotations

import pytest

from warta.annotate.entities import link_entities, recogniser
from warta.annotate.segment import segment
from warta.pipeline import Pipeline
from warta.types import Analysis, Article, Entity

PIPELINE = Pipeline([segment, link_entities])
needs_recogniser = pytest.mark.skipif(recogniser() is None, reason="no statistical recogniser installed")


def analyse(*paragraphs: str) -> Analysis:
    return PIPELINE.annotate(Analysis(Article.from_paragraphs("t", "t", list(paragraphs))))


def named(analysis: Analysis, name: str) -> Entity:
    found = [e for e in analysis.entities if e.name == name]
    assert found, f"{name!r} not among {[(e.name, e.type) for e in analysis.entities]}"
    return found[0]
