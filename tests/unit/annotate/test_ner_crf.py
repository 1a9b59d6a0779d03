"""The fast CRF decoder gives the labelling crfsuite itself gives.

The Viterbi search is checked against brute-force enumeration on small random chains; the
shipped model's word scores against crfsuite's attribute sums; the whole decoder against
crfsuite's tagger on sentences written here and on the NER test sets.
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
import shutil
import sys
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import ner, ner_crf
from warta.annotate.ner_crf import Decoder, LinearChain, marginals, viterbi, viterbi_numpy

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[-'’][^\W_]+)*|\S")

_SENTENCES = [
    "Menteri Luar Negeri Selandia Baru Winston Peters bertemu Sekjen ASEAN di Jakarta, Senin (3/2).",
    "Juru bicara Komando Operasi Khusus, Kolonel Arifin Sutedja, mengatakan operasi itu selesai.",
    "PT Sinar Gemilang Abadi Tbk melaporkan laba bersih Rp 2,3 triliun sepanjang 2025.",
    "Warga Desa Sukamaju, Kecamatan Cibadak, mengungsi ke gedung SD Negeri 2 setelah banjir.",
    "Ia menyebut bahwa pertemuan itu berlangsung tertutup dan tidak menghasilkan kesepakatan apa pun.",
    "KPK memeriksa eks Dirut BUMN Karya Nusantara, Bambang Wirjo, terkait proyek jalan tol.",
    "Presiden Timor Leste Jose Ramos-Horta menyambut delegasi Uni Eropa di Dili pada Kamis malam.",
    "Dalam wawancara dengan Kompas.com, Prof. Dr. Haryati Soebandrio menilai kebijakan itu keliru.",
]


def _tokens(sentence: str) -> list[str]:
    return _TOKEN.findall(sentence)


def _chain(seed: int, labels: int) -> LinearChain:
    rng = np.random.default_rng(seed)
    names = tuple(f"L{i}" for i in range(labels))
    return LinearChain(names, {}, np.zeros((0, labels)), rng.normal(scale=2.0, size=(labels, labels)))


def _brute_force(chain: LinearChain, scores: np.ndarray) -> list[str]:
    size = len(chain.labels)

    def total(path: tuple[int, ...]) -> float:
        emitted = sum(scores[i, label] for i, label in enumerate(path))
        return float(emitted + sum(chain.transitions[a, b] for a, b in itertools.pairwise(path)))

    best = max(itertools.product(range(size), repeat=len(scores)), key=total)
    return [chain.labels[i] for i in best]


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    labels=st.integers(2, 4),
    lengths=st.lists(st.integers(0, 5), min_size=1, max_size=4),
)
def test_ner_crf_viterbi_matches_brute_force(seed: int, labels: int, lengths: list[int]) -> None:
    chain = _chain(seed, labels)
    emissions = np.random.default_rng(seed + 1).normal(scale=3.0, size=(sum(lengths), labels))
    starts = np.cumsum([0, *lengths])
    for decode in (viterbi, viterbi_numpy):
        decoded = decode(chain, emissions, lengths)
        for n, path in enumerate(decoded):
            own = emissions[starts[n] : starts[n + 1]]
            assert path == (_brute_force(chain, own) if len(own) else [])


@settings(max_examples=200, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    labels=st.integers(1, 9),
    lengths=st.lists(st.integers(0, 30), min_size=1, max_size=12),
)
def test_ner_crf_compiled_viterbi_breaks_ties_as_numpy(seed: int, labels: int, lengths: list[int]) -> None:
    # Scores rounded to whole numbers tie often; the first of equal scores must win in both.
    rng = np.random.default_rng(seed)
    names = tuple(f"L{i}" for i in range(labels))
    chain = LinearChain(names, {}, np.zeros((0, labels)), np.round(rng.normal(size=(labels, labels))))
    emissions = np.round(rng.normal(size=(sum(lengths), labels)))
    assert viterbi(chain, emissions, lengths) == viterbi_numpy(chain, emissions, lengths)


def test_ner_crf_viterbi_of_nothing_is_empty() -> None:
    for decode in (viterbi, viterbi_numpy):
        assert decode(_chain(0, 3), np.zeros((0, 3)), []) == []
        assert decode(_chain(0, 3), np.zeros((0, 3)), [0, 0]) == [[], []]


@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler to build it")
def test_ner_crf_compiled_decoder_is_built_where_a_compiler_is() -> None:
    assert ner_crf._native is not None


@pytest.mark.skipif(ner_crf._native is None, reason="the compiled decoder was not built")
def test_ner_crf_compiled_decoder_refuses_inconsistent_input() -> None:
    assert ner_crf._native is not None
    labels = ("A", "B")
    square = np.zeros((2, 2))
    with pytest.raises(TypeError, match="float64"):
        ner_crf._native.best_paths(np.zeros((2, 2), dtype=np.float32), [2], square, labels)
    with pytest.raises(ValueError, match="add up"):
        ner_crf._native.best_paths(np.zeros((3, 2)), [2], square, labels)
    with pytest.raises(ValueError, match="number of labels"):
        ner_crf._native.best_paths(np.zeros((2, 3)), [2], square, labels)
    with pytest.raises(ValueError, match="negative"):
        ner_crf._native.best_paths(np.zeros((2, 2)), [3, -1], square, labels)


@pytest.mark.parametrize(
    "word", ["Jakarta", "jakarta", "JAKARTA", "Jong-un", "2026", "(", "Kompas.com", "menegaskan", "Zyxqvbn", "R", "é"]
)
def test_ner_crf_word_scores_equal_the_attribute_sums(word: str) -> None:
    chain = _shipped_decoder().chain
    features = ner._word_features(word, ner.lexicon())
    scored = ner._WordScorer(chain, ner.lexicon())(word)
    np.testing.assert_allclose(scored.rows, chain.scores([features.own, *features.near]), atol=1e-9)
    bigrams = [a for a in chain.attributes if a.startswith("bi=w=")]
    # A half is dropped (None) only where no bigram of the model begins (ends) with it.
    if scored.bi_head is None:
        assert not any(a.startswith(features.bi_head + "|w=") for a in bigrams)
    else:
        assert scored.bi_head == features.bi_head
    if scored.bi_tail is None:
        assert not any(a.endswith(features.bi_tail) for a in bigrams)
    else:
        assert scored.bi_tail == features.bi_tail


def test_ner_crf_word_scores_keep_the_bigram_halves_the_model_has() -> None:
    chain = _shipped_decoder().chain
    scorer = ner._WordScorer(chain, ner.lexicon())
    pairs = [a[len("bi=w=") :].split("|w=") for a in chain.attributes if a.startswith("bi=w=") and a.count("|w=") == 1]
    assert len(pairs) > 100
    for first, second in pairs[:50]:
        assert scorer(first.capitalize()).bi_head == "bi=w=" + first
        assert scorer(second.upper()).bi_tail == "|w=" + second
    assert scorer("Zyxqvbn").bi_head is None
    assert scorer("Zyxqvbn").bi_tail is None


def _shipped_decoder() -> Decoder:
    ner.recognise(["Jakarta"])
    decoder = getattr(ner._load().tag, "__self__", None)
    if not isinstance(decoder, Decoder):
        pytest.skip("the shipped recogniser is not the CRF (WARTA_NER=accurate)")
    return decoder


def test_ner_crf_recognise_many_matches_crfsuite_on_written_sentences() -> None:
    _shipped_decoder()
    reference = ner.crfsuite_tagger()
    sentences = [_tokens(s) for s in _SENTENCES]
    expected = [ner.recognise_with(reference, tokens) for tokens in sentences]
    assert ner.recognise_many(sentences) == expected
    assert any(expected), "the sentences hold names: an all-empty result would prove nothing"


def test_ner_crf_recognise_many_matches_crfsuite_on_nergrit_test(shared_dir: Path) -> None:
    _shipped_decoder()
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
    ner_data = importlib.import_module("ner_data")  # the training scripts' reader of the NER sets

    sentences = [words for words, _ in ner_data.load(shared_dir / "data", "nergrit", "test")]
    reference = ner.crfsuite_tagger()
    assert len(sentences) > 150
    assert ner.recognise_many(sentences) == [ner.recognise_with(reference, words) for words in sentences]


@pytest.mark.skipif(ner_crf._native is None, reason="the compiled decoder was not built")
def test_ner_crf_compiled_emissions_equal_numpy_ones_on_nergrit_test(shared_dir: Path) -> None:
    decoder = _shipped_decoder()
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
    ner_data = importlib.import_module("ner_data")
    sentences = [words for words, _ in ner_data.load(shared_dir / "data", "nergrit", "test")]
    # Whole sentences and inner stretches (whose windows reach past the stretch into context).
    stretches = [(words, 0, len(words)) for words in sentences] + [
        (words, 2, len(words) - 1) for words in sentences if len(words) > 4
    ]
    compiled, lengths = decoder.emissions(stretches)
    plain, plain_lengths = decoder.emissions_twin(stretches)
    assert lengths == plain_lengths
    assert len(compiled) == sum(end - start for _, start, end in stretches) > 1000
    np.testing.assert_array_equal(compiled, plain)


@pytest.mark.skipif(ner_crf._native is None, reason="the compiled decoder was not built")
def test_ner_crf_compiled_emissions_equal_numpy_ones_on_written_sentences() -> None:
    """A fresh table (words learnt between ``window_rows`` and ``row_emissions``), stretches at
    either edge and inside, words repeated within and across stretches."""
    decoder = _shipped_decoder()
    fresh = Decoder(decoder.chain, decoder._scored, ner._WordScorer(decoder.chain, ner.lexicon()).edge(), ner._WINDOW)
    sentences = [_tokens(s) for s in _SENTENCES] + [["Jakarta"], ["Ia", "pergi", "."]]
    stretches = [
        (words, start, min(end, len(words))) for words in sentences for start, end in ((0, 99), (1, 3), (0, 0))
    ]
    compiled, lengths = fresh.emissions(stretches)
    plain, plain_lengths = decoder.emissions_twin(stretches)
    assert lengths == plain_lengths
    np.testing.assert_array_equal(compiled, plain)
    assert _native_unseen(fresh, stretches) == []


def _native_unseen(decoder: Decoder, stretches: list[ner_crf.Stretch]) -> list[str]:
    assert ner_crf._native is not None
    return ner_crf._native.window_rows(stretches, 2, decoder._rows)[1]


@pytest.mark.skipif(ner_crf._native is None, reason="the compiled decoder was not built")
def test_ner_crf_compiled_emissions_refuse_bad_input() -> None:
    assert ner_crf._native is not None
    decoder = _shipped_decoder()
    chain, words = decoder.chain, ["Jakarta", "hari", "ini"]
    decoder.emissions([(words, 0, 3)])
    rows, new = ner_crf._native.window_rows([(words, 0, 3)], 2, decoder._rows)
    assert new == []
    args = (decoder._window, decoder._bigram, chain.attributes, chain.weights, decoder._first)
    out = np.empty((3, len(chain.labels)))
    with pytest.raises(ValueError, match="start and end"):
        ner_crf._native.row_emissions(out, decoder._table, [(words, 2, 5)], 2, rows, 0, *args)
    with pytest.raises(ValueError, match="fewer entries"):
        ner_crf._native.row_emissions(out[:2], decoder._table, [(words, 0, 3)], 2, rows, 0, *args)
    with pytest.raises(ValueError, match="fewer entries"):
        ner_crf._native.row_emissions(out, decoder._table, [(words, 0, 3)], 2, rows[:-8], 0, *args)
    with pytest.raises(ValueError, match="more entries"):
        ner_crf._native.row_emissions(out, decoder._table, [(words, 0, 3)], 2, rows + rows, 0, *args)
    unknown, new = ner_crf._native.window_rows([(["Zyxqvbnw", *words[1:]], 0, 3)], 2, decoder._rows)
    assert new == ["Zyxqvbnw"]
    with pytest.raises(IndexError, match="out of range"):  # the new word was not learnt
        ner_crf._native.row_emissions(out, decoder._table, [(words, 0, 3)], 2, unknown, len(decoder._bigram), *args)
    with pytest.raises(TypeError, match="tuple"):
        ner_crf._native.window_rows([[words, 0, 3]], 2, decoder._rows)
    assert ner_crf._native.window_rows([(["Zyxqvbnw", "Zyxqvbnw", *words], 0, 5)], 2, decoder._rows)[1] == ["Zyxqvbnw"]


def _brute_force_marginals(chain: LinearChain, scores: np.ndarray) -> np.ndarray:
    size = len(chain.labels)
    out = np.zeros(scores.shape)
    for path in itertools.product(range(size), repeat=len(scores)):
        emitted = sum(scores[i, label] for i, label in enumerate(path))
        weight = np.exp(emitted + sum(chain.transitions[a, b] for a, b in itertools.pairwise(path)))
        for i, label in enumerate(path):
            out[i, label] += weight
    return out / out.sum(axis=1, keepdims=True)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    labels=st.integers(2, 4),
    lengths=st.lists(st.integers(1, 5), min_size=1, max_size=4),
)
def test_ner_crf_marginals_match_brute_force(seed: int, labels: int, lengths: list[int]) -> None:
    chain = _chain(seed, labels)
    emissions = np.random.default_rng(seed + 1).normal(scale=3.0, size=(sum(lengths), labels))
    found = marginals(chain, emissions, lengths)
    starts = np.cumsum([0, *lengths])
    for n in range(len(lengths)):
        own = slice(starts[n], starts[n + 1])
        np.testing.assert_allclose(found[own], _brute_force_marginals(chain, emissions[own]), atol=1e-9)


def test_ner_crf_marginals_match_crfsuite_on_written_sentences() -> None:
    decoder = _shipped_decoder()
    model = (Path(ner.__file__).parent.parent / "resources" / "models" / ner.MODEL_FILE).read_bytes()
    reference = pycrfsuite.Tagger()
    reference.open_inmemory(model)  # crfsuite reads the buffer in place: `model` stays referenced below
    stretches = [(tokens, 0, len(tokens)) for tokens in map(_tokens, _SENTENCES)]
    found = marginals(decoder.chain, *decoder.emissions(stretches))
    row = 0
    for tokens, _, _ in stretches:
        reference.set(ner.sentence_features(tokens, ner.lexicon()))
        for i in range(len(tokens)):
            expected = [reference.marginal(label, i) for label in decoder.chain.labels]
            np.testing.assert_allclose(found[row], expected, atol=1e-5)
            row += 1
    assert row == len(found)
    assert model  # kept alive while crfsuite read it


@pytest.mark.skipif(ner_crf._native is None, reason="the compiled core was not built")
def test_ner_crf_compiled_word_sums_equal_numpy_ones_on_news(shared_dir: Path) -> None:
    """Every word of 100 bulk articles scored through the compiled sums and numpy's: the same
    floats, bit for bit (the decoder's table, and so the labels, must not depend on the build)."""
    chain = _shipped_decoder().chain
    with (shared_dir / "corpus" / "bulk" / "articles.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line).get("text") or "" for line in itertools.islice(lines, 100)]
    words = sorted({word for text in texts for word in _tokens(text)})
    assert len(words) > 5000
    scorer = ner._WordScorer(chain, ner.lexicon())
    compiled = scorer.many(words).rows
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ner_crf, "_native", None)
        patch.setattr(ner, "_native", None)
        plain = scorer.many(words).rows
    np.testing.assert_array_equal(compiled, plain)


# Words of Indonesian news and the odd spellings the compiled scorer reads letter by letter:
# Unicode case (title-case digraphs, dotted capitals, full-width letters), digits, marks.
_ODD_WORDS = [
    *_tokens(" ".join(_SENTENCES)),
    *[
        "|",
        "é",
        "É",
        "ǅemal",
        "İstanbul",
        "ＡＢＣ",
        "Ⅻ",
        "ß",
        "ﬁ",
        "2026",
        "١٢",
        "x",
        "--",
        "AbC-dE",
        "Jong-un",
        "Ma'ruf",
        "Ma’ruf",
        "PT.",
        "Rp2,3",
        "mEnteri",
        "ẞ",
        "Ω",
        "ō",
        "3D",
    ],
    "",
]


@pytest.mark.skipif(ner._native is None, reason="the compiled core was not built")
def test_ner_crf_compiled_word_scorer_equals_its_twin_on_written_words() -> None:
    chain = _shipped_decoder().chain
    words = [*_ODD_WORDS, *(w.upper() for w in _ODD_WORDS), *(w.lower() for w in _ODD_WORDS)]
    compiled = ner._WordScorer(chain, ner.lexicon()).many(words)
    plain = ner._WordScorer(chain, ner.lexicon()).many_twin(words)
    np.testing.assert_array_equal(compiled.rows, plain.rows)
    assert compiled.bigrams == plain.bigrams


@pytest.mark.skipif(ner._native is None, reason="the compiled core was not built")
def test_ner_crf_compiled_word_scorer_refuses_bad_input() -> None:
    assert ner._native is not None
    chain = _shipped_decoder().chain
    tables = ner._WordScorer(chain, ner.lexicon())._tables
    out = np.empty((1, 5, len(chain.labels)))
    with pytest.raises(TypeError, match="13 tables"):
        ner._native.score_words(out, chain.padded, ["Jakarta"], tables[:-1])
    with pytest.raises(ValueError, match="disagree in shape"):
        ner._native.score_words(out, chain.padded, ["Jakarta", "Bandung"], tables)
    with pytest.raises(TypeError, match="must be str"):
        ner._native.score_words(out, chain.padded, [7], tables)
    with pytest.raises(TypeError, match="2-d float64"):
        ner._native.score_words(out, chain.padded.astype(np.float32), ["Jakarta"], tables)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_ner_crf_word_sums_twins_agree_on_random_rows(data: st.DataObject) -> None:
    chain = _chain(data.draw(st.integers(0, 50)), labels=data.draw(st.integers(1, 6)))
    rows = len(chain.attributes) + 1
    words, positions, per = data.draw(st.integers(1, 6)), data.draw(st.integers(1, 5)), data.draw(st.integers(1, 5))
    row = st.integers(0, rows - 1)
    keys = data.draw(st.lists(row, min_size=words * positions, max_size=words * positions))
    shown = data.draw(st.lists(row, min_size=words * per * positions, max_size=words * per * positions))
    sizes = data.draw(st.lists(st.integers(1, 6), min_size=words, max_size=words))
    own = data.draw(st.lists(row, min_size=sum(sizes), max_size=sum(sizes)))
    starts = [sum(sizes[:w]) for w in range(words)]
    plain = chain.word_sums_numpy(keys, shown, own, starts, positions)
    if ner_crf._native is not None:
        np.testing.assert_array_equal(chain.word_sums(keys, shown, own, starts, positions), plain)
    # What the sums mean: the key's row, the shown rows' sum and, at position 0, the own rows.
    weights = np.concatenate([np.zeros((1, len(chain.labels))), chain.weights])
    for w in range(words):
        for p in range(positions):
            expected = weights[keys[w * positions + p]] + sum(
                weights[shown[(w * per + k) * positions + p]] for k in range(per)
            )
            if p == 0:
                expected = expected + weights[own[starts[w] : starts[w] + sizes[w]]].sum(axis=0)
            np.testing.assert_allclose(plain[w, p], expected, atol=1e-9)


@pytest.mark.skipif(ner_crf._native is None, reason="the compiled core was not built")
def test_ner_crf_compiled_word_sums_refuse_bad_input() -> None:
    assert ner_crf._native is not None
    chain = _chain(1, labels=3)
    weights = np.concatenate([np.zeros((1, 3)), chain.weights])
    out = np.empty((1, 2, 3))
    with pytest.raises(ValueError, match="disagree in shape"):
        ner_crf._native.word_rows(out, weights, [0], [0, 0], 1, [0], [0])  # one key for two positions
    with pytest.raises(IndexError, match="out of range"):
        ner_crf._native.word_rows(out, weights, [0, len(weights)], [0, 0], 1, [0], [0])
    with pytest.raises(ValueError, match="rise"):
        ner_crf._native.word_rows(np.empty((2, 1, 3)), weights, [0, 0], [0, 0], 1, [0, 0], [1, 1])
    with pytest.raises(TypeError, match="2-d float64"):
        ner_crf._native.word_rows(out, weights.astype(np.float32), [0, 0], [0, 0], 1, [0], [0])


@pytest.mark.parametrize("compiled", [True, False], ids=["compiled", "twin"])
def test_ner_crf_full_table_starts_afresh_and_still_tags_the_batch(compiled: bool) -> None:
    """A table too small for the next batch's new words drops what it knew and learns every
    word the batch reads, the known ones too: the labels are those of a fresh table."""
    shipped = _shipped_decoder()
    if compiled and ner_crf._native is None:
        pytest.skip("the compiled decoder was not built")

    def fresh() -> Decoder:
        edge = ner._WordScorer(shipped.chain, ner.lexicon()).edge()
        return Decoder(shipped.chain, shipped._scored, edge, ner._WINDOW)

    def tag(decoder: Decoder, sentences: list[list[str]]) -> list[list[str]]:
        stretches = [(words, 0, len(words)) for words in sentences]
        scores, lengths = decoder.emissions(stretches) if compiled else decoder.emissions_twin(stretches)
        return ner_crf.viterbi(decoder.chain, scores, lengths)

    first, second = [_tokens(s) for s in _SENTENCES[:2]], [_tokens(s) for s in _SENTENCES[:4]]
    small = fresh()
    small._CAPACITY = len(set().union(*first)) + 3  # room for the first batch, not for the second's new words
    tag(small, first)
    assert tag(small, second) == tag(fresh(), second)
    assert set(small._rows) == set().union(*second)  # the first batch's words were dropped, the second's kept
