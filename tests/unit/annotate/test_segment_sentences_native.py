"""The compiled sentence splitter (warta._native.sentences) against segment's regexes."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import segment
from warta.types import Sentence, Span, Token

try:
    from warta import _native
except ImportError:  # built without a C compiler
    _native = None  # type: ignore[assignment]

pytestmark = pytest.mark.skipif(_native is None, reason="the compiled core was not built")


def _regex_sentences(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Sentence, ...]:
    with monkeypatch.context() as patched:
        patched.setattr(segment, "_native", None)
        return segment.sentences(text)


def _assert_twins(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = segment.sentences(text)
    assert found == _regex_sentences(text, monkeypatch)
    assert all(type(token.text) is str for sentence in found for token in sentence.tokens)


_WRITTEN = (
    "Menlu AS a.n. Presiden tiba di Jakarta, Senin (11/11/2023). Ia bertemu Dr. Retno dan "
    "Prof. Dr. H. Budi, S.H., M.H. di kantor Kemlu. Apa katanya? \"Kami siap!\" kata Joko W. "
    "Widodo. Harga naik 2,5 persen dll. Kemudian (kata dia) semua beres... Lalu ‘Ya.’ Ibu "
    "Ani berkata \"Tidak.\" 2024 jadi tahun sulit.\n\n  Paragraf kedua dimulai di sini.  \n"
    "Baris baru tetap satu paragraf. Selesai!\n\n\n\tTab. Akhir dsb. Ékonomi tumbuh. "
    "Ir. Soekarno. Hlm. 5. No. 7. Jl. Merdeka. Tgl. 3. Ä. Öz. «Kutip.» [Catatan.] Õ "
)


def test_segment_native_sentences_equal_the_regexes_on_written_news(monkeypatch: pytest.MonkeyPatch) -> None:
    found = segment.sentences(_WRITTEN)
    assert len(found) > 15
    assert found[1].span.of(_WRITTEN) == "Ia bertemu Dr. Retno dan Prof. Dr. H. Budi, S.H., M.H. di kantor Kemlu."
    assert [t.text for t in found[1].tokens][:5] == ["Ia", "bertemu", "Dr", ".", "Retno"]
    _assert_twins(_WRITTEN, monkeypatch)
    for cut in range(0, len(_WRITTEN), 7):  # every stretch ending part-way: marks, quotes, spaces at the edge
        _assert_twins(_WRITTEN[:cut], monkeypatch)
        _assert_twins(_WRITTEN[cut:], monkeypatch)


# Marks, closers, openers, spaces of several kinds (Python counts '\x1c' and '\x85' as spaces),
# newlines, letters that may or may not start a sentence (capitals, Latin-1 capitals, 'ß',
# lower case) and words of the abbreviation list.
_PIECES = st.sampled_from(
    [
        ".", "!", "?", "...", '"', "”", "’", "'", ")", "]", "“", "‘", "(", "[", " ", "  ", "\n", "\n\n",
        "\t", "\u00a0", "\x85", "\x1c", "A", "Z", "Ä", "Þ", "ß", "ÿ", "a", "0", "9", "x", "Dr", "dr",
        "dll", "a.n", "S.H", "W", "ẞ", "İ", "😀",
    ]
)


@settings(max_examples=2000, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=25))
def test_segment_native_sentences_equal_the_regexes(pieces: list[str]) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _assert_twins("".join(pieces), monkeypatch)


def test_segment_native_sentences_equal_the_regexes_on_news(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (shared_dir / "corpus" / "bulk" / "articles.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line).get("text") or "" for line in islice(lines, 300)]
    assert sum(map(len, texts)) > 100_000
    for text in texts:
        _assert_twins(text, monkeypatch)


def test_segment_native_sentences_refuse_bad_input() -> None:
    assert _native is not None
    with pytest.raises(TypeError):
        _native.sentences("Dr. A.", {"dr"}, Span, Token, Sentence)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _native.sentences(b"Dr. A.", frozenset(), Span, Token, Sentence)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="slot"):
        _native.sentences("Dr. A.", frozenset(), Span, Token, Span)  # type: ignore[arg-type]
