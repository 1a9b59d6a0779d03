"""The trained name recogniser on news sentences written for these tests.

The names are invented or rare enough that no gazetteer would list them: the recogniser
must find them from context (a title before, "di"/"kata" around, a capitalised run).
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import ner, ner_neural

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[-'’][^\W_]+)*|\S")


def _tokens(sentence: str) -> list[str]:
    return _TOKEN.findall(sentence)


def _found(sentence: str) -> set[tuple[str, str]]:
    tokens = _tokens(sentence)
    return {(" ".join(tokens[start:end]), label) for start, end, label in ner.recognise(tokens)}


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        (
            "Menteri Perdagangan yang baru, Haryanto Wiradinata, mengatakan kebijakan itu akan dikaji ulang.",
            "Haryanto Wiradinata",
            "PER",
        ),
        (
            "Gubernur Sulawesi Tenggara Andi Sumangerukka meninjau lokasi banjir pada Selasa pagi.",
            "Andi Sumangerukka",
            "PER",
        ),
        (
            '"Kami belum menerima laporan resmi," kata Bupati Teluk Wondama Elysa Auri kepada wartawan.',
            "Elysa Auri",
            "PER",
        ),
        (
            "Perdana Menteri Estonia Kaja Kallas tiba di Jakarta untuk kunjungan kenegaraan.",
            "Kaja Kallas",
            "PER",
        ),
        pytest.param(
            "Perdana Menteri Estonia Kristen Michal tiba di Jakarta untuk kunjungan kenegaraan.",
            "Kristen Michal",
            "PER",
            # Known weakness: a first name that is also a common word ("Kristen", Christian).
            marks=pytest.mark.xfail(strict=True, reason="name that is also a common word"),
        ),
        (
            "Juru bicara kepolisian, Komisaris Besar Dedi Prasetyo, menyebut pelaku sudah diamankan.",
            "Dedi Prasetyo",
            "PER",
        ),
    ],
)
def test_ner_finds_unknown_people(sentence: str, name: str, label: str) -> None:
    assert (name, label) in _found(sentence)


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        (
            "Banjir bandang melanda Desa Sukamakmur di Kecamatan Cibeber sejak Minggu malam.",
            "Cibeber",
            "LOC",
        ),
        (
            "Ratusan warga mengungsi ke Kota Baubau setelah gempa mengguncang wilayah itu.",
            "Baubau",
            "LOC",
        ),
        (
            "Kapal nelayan itu ditemukan terdampar di perairan Pulau Obi, Maluku Utara.",
            "Maluku Utara",
            "LOC",
        ),
    ],
)
def test_ner_finds_unknown_places(sentence: str, name: str, label: str) -> None:
    found = _found(sentence)
    assert any(label == kind and name in text for text, kind in found), found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Lembaga swadaya masyarakat Yayasan Lingkar Hijau Nusantara melaporkan temuan itu ke polisi.",
            "Yayasan Lingkar Hijau Nusantara",
        ),
        ("Saham PT Sinar Bahari Sejahtera Tbk melonjak 12 persen pada perdagangan Senin.", "PT Sinar Bahari Sejahtera"),
        ("Partai Gerakan Rakyat Merdeka menolak hasil rekapitulasi suara di tingkat provinsi.", "Partai Gerakan"),
    ],
)
def test_ner_finds_unknown_organisations(sentence: str, name: str) -> None:
    found = _found(sentence)
    assert any(kind == "ORG" and name in text for text, kind in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Harga beras di pasar tradisional naik sejak awal pekan ini.",
        "Pemerintah akan mengumumkan kebijakan baru setelah rapat terbatas.",
        "Para pedagang mengeluhkan sepinya pembeli menjelang akhir bulan.",
        "Hujan deras mengguyur sejak sore sehingga sejumlah jalan tergenang.",
    ],
)
def test_ner_leaves_sentences_without_names_alone(sentence: str) -> None:
    assert ner.recognise(_tokens(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "common"),
    [
        ("Menurut dia, rencana itu sudah dibahas bersama Wali Kota Tarakan Khairul.", {"Menurut", "dia", "rencana"}),
        ("Selain itu, polisi juga memeriksa tiga saksi di Polres Sumba Barat.", {"Selain", "polisi", "saksi"}),
    ],
)
def test_ner_does_not_tag_common_words(sentence: str, common: set[str]) -> None:
    tokens = _tokens(sentence)
    tagged = {tokens[i] for start, end, _ in ner.recognise(tokens) for i in range(start, end)}
    assert not tagged & common


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["I-ORG", "I-ORG", "B-ORG"], [(0, 2, "ORG"), (2, 3, "ORG")]),
        (["B-PERSON", "I-PERSON", "B-PLACE"], [(0, 2, "PER"), (2, 3, "LOC")]),
        (["O", "B-ORG", "I-PER"], [(1, 2, "ORG"), (2, 3, "PER")]),
    ],
)
def test_ner_spans_from_tags(tags: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert ner.spans_from_tags(tags) == expected


def test_ner_empty_sentence_has_no_names() -> None:
    assert ner.recognise([]) == []


def test_ner_spans_lie_inside_the_sentence() -> None:
    tokens = _tokens("Wakil Presiden Gibran Rakabuming Raka bertemu Presiden Prancis di Paris.")
    for start, end, label in ner.recognise(tokens):
        assert 0 <= start < end <= len(tokens)
        assert label in {"PER", "ORG", "LOC"}


@pytest.mark.parametrize(("setting", "name"), [("", "warta-ner-crf"), ("accurate", "warta-ner-neural")])
def test_ner_model_info_describes_the_chosen_model(monkeypatch: pytest.MonkeyPatch, setting: str, name: str) -> None:
    monkeypatch.setenv(ner.MODEL_ENV, setting)
    ner._load.cache_clear()
    try:
        info = ner.model_info()
        assert info["name"] == name
        assert isinstance(info["size_bytes"], int)
        assert 0 < info["size_bytes"] < 50_000_000
        assert isinstance(info["load_seconds"], float)
        assert ner.recognise(
            ["Menteri", "Luar", "Negeri", "Estonia", "Margus", "Tsahkna", "tiba", "di", "Jakarta", "."]
        )
    finally:
        ner._load.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "place", "person"),
    [
        (
            "Gubernur Sulawesi Tenggara Andi Sumangerukka meninjau lokasi banjir pada Selasa pagi.",
            "Sulawesi Tenggara",
            "Andi Sumangerukka",
        ),
        (
            '"Kami belum menerima laporan resmi," kata Bupati Teluk Bintuni Petrus Kasihiw kepada wartawan.',
            "Teluk Bintuni",
            "Petrus Kasihiw",
        ),
    ],
)
def test_ner_splits_office_jurisdiction_from_holder(sentence: str, place: str, person: str) -> None:
    found = _found(sentence)
    assert (place, "LOC") in found
    assert (person, "PER") in found


def test_ner_sentence_features_one_row_per_token() -> None:
    tokens = _tokens("Kapolda Maluku Irjen Lotharia Latif memimpin apel di Ambon.")
    rows = ner.sentence_features(tokens, ner.lexicon())
    assert len(rows) == len(tokens)
    assert "w=ambon" in rows[-2]
    assert "-1w=di" in rows[-2]
    assert "first" in rows[0]
    assert "first" not in rows[1]


_WINDOWED = "Wakil Ketua DPRD Sulawesi Tengah Yahdi Basma mengatakan rapat digelar di Palu."


@pytest.mark.parametrize(("start", "end"), [(0, 3), (1, 4), (2, 12), (5, 13), (12, 13), (0, 13), (4, 4)])
def test_ner_sentence_features_range_keeps_whole_sentence_context(start: int, end: int) -> None:
    # The tagger reads only the capitalised stretch: its rows must be the whole sentence's
    # rows, neighbours and bigram across the cut included ("first" only on token 0).
    tokens = _tokens(_WINDOWED)
    assert len(tokens) == 13
    whole = ner.sentence_features(tokens, ner.lexicon())
    assert ner.sentence_features(tokens, ner.lexicon(), start, end) == whole[start:end]


@pytest.mark.parametrize(
    ("position", "present", "absent"),
    [
        (0, ["w=wakil", "-2pad", "-1pad", "+1w=ketua", "+2w=dprd", "bi=w=<s>|w=wakil", "first"], ["-1w=wakil"]),
        (1, ["w=ketua", "-2pad", "-1w=wakil", "+2w=sulawesi", "bi=w=wakil|w=ketua"], ["first", "-1pad"]),
        (6, ["w=basma", "-2w=tengah", "-1w=yahdi", "+1w=mengatakan", "+2w=rapat", "bi=w=yahdi|w=basma"], ["first"]),
        (11, ["w=palu", "-2w=digelar", "-1w=di", "+1w=.", "+2pad", "bi=w=di|w=palu"], ["+1pad"]),
        (12, ["w=.", "-1w=palu", "+1pad", "+2pad", "bi=w=palu|w=."], ["first"]),
    ],
)
def test_ner_sentence_features_window_and_bigram(position: int, present: list[str], absent: list[str]) -> None:
    row = ner.sentence_features(_tokens(_WINDOWED), ner.lexicon())[position]
    assert set(present) <= set(row)
    assert not set(absent) & set(row)
    assert len(row) == len(set(row))


# ---------------------------------------------------------------- numpy forward pass vs PyTorch

FIXTURES = Path(__file__).parent / "fixtures"


def _fixture(name: str) -> tuple[ner_neural.Tagger, ner_neural.Weights, dict[str, np.ndarray]]:
    """A tiny random model written by ``train_ner_neural.py --fixture`` with PyTorch's outputs."""
    data = dict(np.load(FIXTURES / name))
    extra = {k: v for k, v in data.items() if k.startswith("fixture_")}
    weights = ner_neural.load_weights({k: v for k, v in data.items() if not k.startswith("fixture_")})
    classes = {row.split("\t")[0]: tuple(row.split("\t")[1:]) for row in map(str, extra["fixture_classes"])}
    cues = dict(str(row).split("\t") for row in extra["fixture_cues"])
    return ner_neural.Tagger(weights, classes, cues), weights, extra


_MODELS = ["ner_neural_tiny.npz", "ner_neural_tiny_cnn.npz"]


@pytest.mark.parametrize("name", _MODELS)
@pytest.mark.parametrize("k", [0, 1])
def test_ner_neural_numpy_matches_torch_emissions(name: str, k: int) -> None:
    tagger, weights, extra = _fixture(name)
    tokens = [str(t) for t in extra[f"fixture_tokens_{k}"]]
    scores = ner_neural.emissions(tagger.inputs(tokens), weights)
    np.testing.assert_allclose(scores, extra[f"fixture_emissions_{k}"], atol=1e-4)


@pytest.mark.parametrize("name", _MODELS)
@pytest.mark.parametrize("k", [0, 1])
def test_ner_neural_viterbi_is_the_best_path(name: str, k: int) -> None:
    """Brute force over every tag sequence of a short prefix agrees with Viterbi."""
    _, weights, extra = _fixture(name)
    scores = extra[f"fixture_emissions_{k}"][:4]
    trans, start, end = (weights.arrays[n] for n in ("crf_trans", "crf_start", "crf_end"))

    def total(path: tuple[int, ...]) -> float:
        inner = sum(trans[a, b] for a, b in itertools.pairwise(path))
        return float(start[path[0]] + inner + end[path[-1]] + sum(scores[i, t] for i, t in enumerate(path)))

    best = max(itertools.product(range(scores.shape[1]), repeat=len(scores)), key=total)
    assert tuple(ner_neural.viterbi(scores, weights)) == best


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Jakarta", "TITLE"),
        ("PBB", "UP"),
        ("A", "INIT"),
        ("McDonald", "MIXED"),
        ("2024", "DIGIT"),
        ("kata", "LOW"),
        (",", "PUNCT"),
    ],
)
def test_ner_neural_case_class(word: str, expected: str) -> None:
    assert ner_neural.case_class(word) == expected


def test_ner_neural_char_ids_keep_head_and_tail_of_long_words() -> None:
    chars = {ch: i + 4 for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz")}
    ids = ner_neural.char_ids("pertanggungjawabannyalah" + "x" * 10, chars)
    assert len(ids) == ner_neural.MAX_CHARS + 2
    assert ids[:3] == [1, chars["p"], chars["e"]]
    assert ids[-2:] == [chars["x"], 2]


@pytest.mark.parametrize("name", _MODELS)
def test_ner_neural_ensemble_of_one_model_twice_tags_like_the_model(name: str) -> None:
    tagger, _, extra = _fixture(name)
    ensemble = ner_neural.Ensemble([tagger, tagger])
    for k in (0, 1):
        tokens = [str(t) for t in extra[f"fixture_tokens_{k}"]]
        np.testing.assert_allclose(ensemble.scores(tokens), tagger.scores(tokens), atol=1e-6)
        assert ensemble.decode(ensemble.scores(tokens)) == tagger.tag(tokens)


def test_ner_neural_ensemble_refuses_members_with_other_tags() -> None:
    tagger, weights, _ = _fixture(_MODELS[0])
    other = ner_neural.Weights(weights.words, weights.chars, weights.slots, ("O", "B-PER"), weights.arrays)
    with pytest.raises(ValueError, match="tag set"):
        ner_neural.Ensemble([tagger, ner_neural.Tagger(other, {}, {})])


# ---------------------------------------------------------------- self-training data (scripts/ner_distill.py)


def _distill_script() -> object:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
    return importlib.import_module("ner_distill")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Kepala Dinas Kesehatan Kabupaten Sleman Cahya Purnama meninjau puskesmas di Godean.", True),
        ("Harga cabai rawit di pasar tradisional naik hingga dua kali lipat pekan ini.", False),
        ("Banjir merendam ratusan rumah warga.", False),  # a name, if any, would need a capital
        ("Ia ke Bandung.", False),  # too short to give context
        ("Jakarta " + "dan kota lain " * 20 + "diguyur hujan.", False),  # a run-on, not a sentence
    ],
)
def test_ner_distill_keeps_sentences_that_may_hold_names(sentence: str, kept: bool) -> None:
    distill = _distill_script()
    assert distill._worth_tagging(_tokens(sentence)) is kept  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("n", "spans", "expected"),
    [
        (4, [(0, 2, "PER")], ["B-PER", "I-PER", "O", "O"]),
        (5, [(1, 2, "ORG"), (3, 5, "LOC")], ["O", "B-ORG", "O", "B-LOC", "I-LOC"]),
        (2, [], ["O", "O"]),
    ],
)
def test_ner_distill_tags_of_spans(n: int, spans: list[tuple[int, int, str]], expected: list[str]) -> None:
    distill = _distill_script()
    tags = distill.tags_of(n, spans)  # type: ignore[attr-defined]
    assert tags == expected
    assert ner.spans_from_tags(tags) == spans


def test_ner_distill_reads_title_and_text_sentences(tmp_path: Path) -> None:
    article = {
        "id": "contoh-1",
        "title": "Wali Kota Pariaman Lantik Pejabat Baru",
        "text": "Wali Kota Pariaman Genius Umar melantik 12 pejabat, Senin (4/3).\n\n"
        'Pelantikan digelar di Balai Kota. "Bekerjalah dengan jujur," kata dia.',
    }
    bulk = tmp_path / "articles.jsonl"
    bulk.write_text(json.dumps(article) + "\n", encoding="utf-8")
    distill = _distill_script()
    sentences = list(distill.bulk_sentences(bulk))  # type: ignore[attr-defined]
    assert sentences[0] == ["Wali", "Kota", "Pariaman", "Lantik", "Pejabat", "Baru"]
    assert sentences[1][:5] == ["Wali", "Kota", "Pariaman", "Genius", "Umar"]
    assert len(sentences) == 4
    chosen = distill.sample(bulk, 10)  # type: ignore[attr-defined]
    assert sentences[0] in chosen
    assert sentences[1] in chosen
    assert all(distill._worth_tagging(s) for s in chosen)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", _MODELS)
def test_ner_neural_batched_scores_match_one_sentence_at_a_time(name: str) -> None:
    # Sequences of different lengths share one LSTM loop (the accurate recogniser's batch):
    # each must score as it does alone, the fixture's PyTorch emissions included.
    tagger, _, extra = _fixture(name)
    sequences = [[str(t) for t in extra[f"fixture_tokens_{k}"]] for k in range(2)]
    sequences += [sequences[0][:2], sequences[1][-1:], sequences[1] + sequences[0]]
    batched = _fixture(name)[0].scores_many(sequences)  # a fresh tagger: nothing memoised yet
    for tokens, scores in zip(sequences, batched, strict=True):
        np.testing.assert_allclose(scores, tagger.scores(tokens), atol=1e-5)
    for k in range(2):
        np.testing.assert_allclose(batched[k], extra[f"fixture_emissions_{k}"], atol=1e-4)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["O", "O", "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "I-PLACE", "X"])))
def test_ner_spans_from_tags_equals_its_tag_by_tag_twin(tags: list[str]) -> None:
    assert ner.spans_from_tags(tags) == _spans_tag_by_tag(tags)


def test_ner_spans_from_tags_equals_its_twin_on_written_sentences() -> None:
    for sentence in (
        "Menurut Kapolres Sumba Barat AKBP Ariasandy, kasus itu ditangani Polda NTT di Kupang.",
        "Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di Istana Merdeka, Jakarta.",
        "Harga beras naik lagi pekan ini.",
    ):
        tokens = _tokens(sentence)
        tags = ner._load().tag([(tokens, 0, len(tokens))])[0]
        assert ner.spans_from_tags(tags) == _spans_tag_by_tag(tags)


def _spans_tag_by_tag(tags: list[str]) -> list[tuple[int, int, str]]:
    """spans_from_tags as it was written before it skipped the "O" tags: the reference."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O":
            if start >= 0:
                spans.append((start, i, label))
                start = -1
            continue
        prefix, _, kind = tag.partition("-")
        kind = ner._LABELS.get(kind, kind)
        if start >= 0 and (prefix != "I" or kind != label):
            spans.append((start, i, label))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, kind
    return spans


_PATH_TAGS = ["O", "O", "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "I-PLACE", "B-PERSON", "X", "I"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.lists(st.sampled_from(_PATH_TAGS), max_size=9)), max_size=5))
def test_ner_names_from_paths_equals_its_twin(sentences: list[tuple[int, list[str]]]) -> None:
    # An empty path stands for an untagged sentence (extent (0, 0)); others start at their offset.
    extents = [(start, start + len(tags)) if tags else (0, 0) for start, tags in sentences]
    paths = [tags for _, tags in sentences if tags]
    assert ner.names_from_paths(paths, extents) == ner.names_from_paths_twin(paths, extents)


def test_ner_names_and_extents_equal_their_twins_on_written_sentences() -> None:
    sentences = [
        _tokens(sentence)
        for sentence in (
            "Menurut Kapolres Sumba Barat AKBP Ariasandy, kasus itu ditangani Polda NTT di Kupang.",
            "Harga beras naik lagi pekan ini.",
            "",
            "Wali Kota Pariaman Genius Umar melantik 12 pejabat di Balai Kota.",
            "kata dia kepada wartawan di Jakarta",
        )
    ]
    extents = ner.name_extents(sentences)
    assert extents == ner.name_extents_twin(sentences)
    assert extents[1] == (0, 2)
    assert extents[2] == (0, 0)
    stretches = [(tokens, start, end) for tokens, (start, end) in zip(sentences, extents, strict=True) if start < end]
    paths = ner._load().tag(stretches)
    names = ner.names_from_paths(paths, extents)
    assert names == ner.names_from_paths_twin(paths, extents)
    assert names == ner.recognise_many(sentences)
    assert any(label == "PER" for _, _, label in names[3])
