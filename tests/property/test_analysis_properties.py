"""Invariants every analysis keeps, on real and on arbitrary input.

- every span lies inside the clean text and its surface is the text it points to;
- analysing twice gives the same result (the per-article function is pure);
- any bytes either become an analysis or raise a WartaError, never another exception.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta import WartaError, analysis_dict, analyze
from warta.ingest.sniff import sniff_format
from warta.types import Analysis, RawDocument, Span

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TEXT_SAMPLES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html"})


def _document(path: Path) -> RawDocument:
    body = path.read_bytes()
    media_type = "text/html" if path.suffix == ".html" else "text/plain"
    return RawDocument(id=path.stem, origin=str(path), body=body, media_type=media_type)


def _spans(analysis: Analysis) -> list[tuple[Span, str | None]]:
    spans: list[tuple[Span, str | None]] = [(s.span, None) for s in analysis.sentences]
    spans += [(m.span, m.text) for m in analysis.mentions]
    spans += [(t.span, t.text) for t in analysis.timexes]
    spans += [(q.span, q.text) for q in analysis.quotes]
    spans += [(e.evidence, None) for e in analysis.events] + [(e.trigger, None) for e in analysis.events]
    return spans


@pytest.mark.parametrize("path", TEXT_SAMPLES, ids=lambda p: p.name)
def test_property_spans_point_at_their_words(path: Path) -> None:
    analysis = analyze(_document(path))
    assert analysis.sentences, "a sample article has sentences"
    for span, surface in _spans(analysis):
        assert 0 <= span.start <= span.end <= len(analysis.text)
        if surface is not None:
            assert span.of(analysis.text) == surface


@pytest.mark.parametrize("path", TEXT_SAMPLES, ids=lambda p: p.name)
def test_property_analysis_is_deterministic(path: Path) -> None:
    document = _document(path)
    assert analysis_dict(analyze(document)) == analysis_dict(analyze(document))


INDONESIAN_WORDS = st.sampled_from(
    [
        "Menteri",
        "Luar",
        "Negeri",
        "AS",
        "Korut",
        "Rusia",
        "PBB",
        "mengecam",
        "menuduh",
        "membantah",
        "kata",
        "ujarnya",
        '"',
        "“",
        "”",
        ",",
        ".",
        "(",
        ")",
        "Senin",
        "(11/3)",
        "pekan",
        "lalu",
        "31/02/2024",
        "Jakarta,",
        "KOMPAS.com",
        "-",
        "Baca",
        "Juga:",
        "ADVERTISEMENT",
        "(***)",
        "dll.",
        "-nya",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(INDONESIAN_WORDS, min_size=1, max_size=30), min_size=1, max_size=8))
def test_property_noisy_news_text_analyses_or_fails_cleanly(lines: list[list[str]]) -> None:
    body = "\n".join(" ".join(words) for words in lines).encode("utf-8")
    try:
        analysis = analyze(RawDocument(id="x", origin="x.txt", body=body, media_type="text/plain"))
    except WartaError:
        return
    for span, surface in _spans(analysis):
        assert span.end <= len(analysis.text)
        if surface is not None:
            assert span.of(analysis.text) == surface


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=2000))
def test_property_arbitrary_bytes_raise_only_warta_errors(body: bytes) -> None:
    try:
        media_type = sniff_format(body, "x.bin", "x.bin")
        if media_type in {"text/plain", "text/html"}:
            analyze(RawDocument(id="x", origin="x.bin", body=body, media_type=media_type))
    except WartaError:
        pass
