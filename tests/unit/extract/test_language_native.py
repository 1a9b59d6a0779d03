"""The compiled DFA walk and row cast (warta._native.langid_visits / langid_rows) against py3langid's own."""

from __future__ import annotations

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from warta.extract import language

pytestmark = pytest.mark.skipif(language._native is None, reason="the compiled core was not built")

TEXTS = [
    "Pemerintah daerah menyiapkan anggaran tambahan untuk perbaikan jalan yang rusak akibat banjir "
    "sepanjang pekan lalu, kata kepala dinas pekerjaan umum kepada wartawan di kantornya.",
    "Kerajaan negeri akan memperuntukkan peruntukan tambahan bagi membaiki jalan raya yang rosak "
    "akibat banjir minggu lepas, kata pegawai jabatan kerja raya.",
    "The provincial government prepared an additional budget to repair roads damaged by the floods.",
    "Pamarentah daerah nyiapkeun anggaran tambahan pikeun ngalereskeun jalan nu ruksak ku caah.",
    "Pamrentah dhaerah nyiapake anggaran tambahan kanggo ndandani dalan sing rusak amarga banjir.",
    "Die Regierung stellte zusätzliche Mittel für die Reparatur der Straßen bereit.",
    "Правительство выделило дополнительные средства на ремонт дорог после наводнения.",
    "政府は洪水で損傷した道路の修理のために追加予算を準備した。",
    "PRESIDEN MERESMIKAN BENDUNGAN BARU DI WILAYAH TIMUR PADA AKHIR PEKAN",
    "!!! ??? ...",
    "",
]


@pytest.fixture(scope="module")
def plain() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.mark.parametrize("text", TEXTS)
def test_language_compiled_walk_counts_as_py3langid(plain: LanguageIdentifier, text: str) -> None:
    compiled = language._identifier()
    encoded = plain._encode(text)
    expected = visit_counts(plain.tk_nextmove, plain._rowbase, plain.tk_output, encoded)
    found = language._native.langid_visits(encoded, *compiled._tables)
    assert (found is None) == (expected is None)
    assert list((found or {}).items()) == list((expected or {}).items())  # same order: the sum's order


@pytest.mark.parametrize("text", TEXTS)
def test_language_compiled_identifier_classifies_as_py3langid(plain: LanguageIdentifier, text: str) -> None:
    assert language._identifier().classify(text) == plain.classify(text)


@pytest.mark.parametrize("text", [t for t in TEXTS if len(t) > 20])
def test_language_rows_as_numpy_casts_them(plain: LanguageIdentifier, text: str) -> None:
    visits = visit_counts(plain.tk_nextmove, plain._rowbase, plain.tk_output, plain._encode(text))
    assert visits
    table = plain.nb_ptc
    rows = np.frombuffer(language._native.langid_rows(table, table.shape[1], dict(visits)), dtype=np.float32)
    expected = table[list(visits)].astype(np.float32)
    assert np.array_equal(rows.reshape(expected.shape), expected)
    assert np.array_equal(language._sparse_score(dict(visits), table, plain.nb_pc), plain._sparse_score(visits, table))


def test_language_rows_cast_every_half() -> None:
    halves = np.arange(65536, dtype=np.uint16).view(np.float16).reshape(-1, 256)
    rows = np.frombuffer(language._native.langid_rows(halves, 256, dict.fromkeys(range(256), 1)), dtype=np.float32)
    expected = halves.astype(np.float32).ravel()
    assert np.array_equal(rows, expected, equal_nan=True)
    assert np.array_equal(rows.view(np.uint32)[~np.isnan(expected)], expected.view(np.uint32)[~np.isnan(expected)])


def test_language_model_laid_out_otherwise_is_told_apart(plain: LanguageIdentifier) -> None:
    assert language._follows_layout(plain)
    other = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    other.nb_ptc = other.nb_ptc.astype(np.float32)
    assert not language._follows_layout(other)  # the compiled row cast reads halves


def test_language_model_laid_out_otherwise_keeps_py3langid_scoring(
    plain: LanguageIdentifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "_follows_layout", lambda identifier: False)
    other = language._with_compiled_walk(LanguageIdentifier).from_model_file(MODEL_FILE, norm_probs=True)
    assert other._tables is None
    assert [other.classify(text) for text in TEXTS] == [plain.classify(text) for text in TEXTS]
