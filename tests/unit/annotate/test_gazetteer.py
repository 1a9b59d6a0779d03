from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.annotate.gazetteer import CLITICS, _pieces, gazetteer, normalise, parse, units
from warta.annotate.segment import sentences, tokens
from warta.resources import read_text


def names(text: str) -> list[tuple[str, str]]:
    gaz = gazetteer()
    return [(hit.span.of(text), hit.entry.name) for hit in gaz.find(units(tokens(text), gaz.known_units))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korsel dan Korut kembali saling tuding.", [("Korsel", "South Korea"), ("Korut", "North Korea")]),
        ("Delegasi RRT tiba di Jakarta.", [("RRT", "China"), ("Jakarta", "Jakarta")]),
        ("Tiongkok membalas tarif yang dikenakan AS.", [("Tiongkok", "China"), ("AS", "United States")]),
        ("Majelis Umum PBB mengesahkan resolusi itu.", [("Majelis Umum PBB", "United Nations General Assembly")]),
        ("Uni Eropa (UE) menyiapkan paket sanksi baru.", [("Uni Eropa", "European Union"), ("UE", "European Union")]),
        ("Ketegangan di Laut China Selatan meningkat.", [("Laut China Selatan", "South China Sea")]),
        (
            "Bosnia dan Herzegovina serta Makedonia Utara menunggu keputusan Uni Eropa.",
            [("Bosnia dan Herzegovina", "Bosnia and Herzegovina"), ("Makedonia Utara", "North Macedonia"),
             ("Uni Eropa", "European Union")],
        ),
        ("Hongaria, Siprus, dan Libanon menolak usulan itu.",
         [("Hongaria", "Hungary"), ("Siprus", "Cyprus"), ("Libanon", "Lebanon")]),
        ("Pantai Gading dan Kamerun mengirim delegasi ke Kirgistan.",
         [("Pantai Gading", "Ivory Coast"), ("Kamerun", "Cameroon"), ("Kirgistan", "Kyrgyzstan")]),
    ],
)  # fmt: skip
def test_gazetteer_finds_indonesian_aliases(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kunjungan itu memperkuat hubungan AS-nya dengan sekutu.", [("AS", "United States")]),
        ("Kerja sama Rusia-Iran makin erat.", [("Rusia", "Russia"), ("Iran", "Iran")]),
        ("Pejabat Rusianya menolak berkomentar.", [("Rusia", "Russia")]),
    ],
)
def test_gazetteer_matches_through_clitics_and_compounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Roda itu berputar pada as yang sudah aus.",  # "as" (axle) is not AS
        "Anggota dewan keamanan sekolah rapat pagi ini.",  # no capitalised word: not the UN body
        "Mereka cuba mengulang ujian.",
    ],
)
def test_gazetteer_case_rules_keep_common_words_out(text: str) -> None:
    assert names(text) == []


def test_gazetteer_prefers_the_longest_name() -> None:
    text = "Dewan Keamanan PBB menggelar rapat darurat."
    assert names(text) == [("Dewan Keamanan PBB", "United Nations Security Council")]


def test_gazetteer_normalise_drops_case_and_accents() -> None:
    assert normalise("Yōko") == "yoko"
    assert normalise("Erdoğan") == "erdogan"


def test_gazetteer_parse_reads_a_small_table() -> None:
    columns = "id\tname\ttype\tactor\twikidata\tsector\tkind\tstands_for\tadjective\toffice\taliases"
    row = "gpe:XXX\tExampleland\tGPE\tXXX\t\t\t\t\tExampleish\t\tNegeri Contoh|NC"
    gaz = parse(columns + "\n" + row + "\n")
    hits = gaz.find(units(tokens("Pemerintah Negeri Contoh dan NC"), gaz.known_units))
    assert [h.entry.actor for h in hits] == ["XXX", "XXX"]


def test_gazetteer_shipped_rows_are_well_formed() -> None:
    gaz = gazetteer()
    assert len(gaz.entries) > 500
    for entry in gaz.entries.values():
        assert entry.type in {"PER", "ORG", "GPE", "LOC", "IGO"}
        assert entry.wikidata is None or entry.wikidata.startswith("Q")
        if entry.type == "GPE":
            assert entry.actor is not None
            assert len(entry.actor) == 3
        if entry.stands_for:
            assert f"gpe:{entry.stands_for}" in gaz.entries


@pytest.mark.parametrize(
    ("text", "alias", "name", "type_", "actor"),
    [
        ("Video itu diunggah ke YouTube pada Senin malam.", "YouTube", "YouTube", "ORG", None),
        ("Ia membagikan foto tersebut lewat akun Instagram pribadinya.", "Instagram", "Instagram", "ORG", None),
        ("Pertamina menaikkan harga BBM nonsubsidi.", "Pertamina", "Pertamina", "ORG", "IDN"),
        ("Rosneft menandatangani kontrak pasokan minyak dengan India.", "Rosneft", "Rosneft", "ORG", "RUS"),
        ("Aramco memangkas harga jual minyak mentah untuk Asia.", "Aramco", "Saudi Aramco", "ORG", "SAU"),
        ("Banjir merendam sejumlah desa di Jawa Timur.", "Jawa Timur", "East Java", "LOC", None),
        ("Runtuhnya Uni Soviet mengubah peta Eropa Timur.", "Uni Soviet", "Soviet Union", "GPE", "SUN"),
    ],
)
def test_gazetteer_knows_platforms_state_firms_provinces_and_former_states(
    text: str, alias: str, name: str, type_: str, actor: str | None
) -> None:
    gaz = gazetteer()
    hits = {hit.span.of(text): hit.entry for hit in gaz.find(units(tokens(text), gaz.known_units))}
    entity = hits[alias].entity()
    assert (entity.name, entity.type, entity.actor or None) == (name, type_, actor)


ARTICLE = [
    "Menlu AS Antony Blinken bertemu Menteri Luar Negeri Korsel Cho Tae-yul di Seoul, Senin (4/11/2024).",
    "Kerja sama Rusia-Korut makin erat setelah Pyongyang mengirim pasukan ke Kursk, kata pejabat NATO.",
    "Pejabat Rusianya menolak berkomentar, sementara AS-nya bungkam soal sanksi DK PBB.",
    "Ketegangan di semenanjung Korea dan Laut China Selatan dibahas Dewan Keamanan PBB.",
    "Roda itu berputar pada as yang sudah aus, kata warga Jawa Timur.",
    "Yōko Kamikawa dan Recep Tayyip Erdoğan-nya hadir; G-20 juga disebut.",
]


def per_sentence(text: str) -> list[tuple[str, str]]:
    gaz = gazetteer()
    return [(hit.span.of(text), hit.entry.id) for s in sentences(text) for hit in gaz.find_in(s.tokens)]


def all_at_once(text: str) -> list[tuple[str, str]]:
    gaz = gazetteer()
    return [(span.of(text), entry.id) for span, entry in gaz.find_in_runs([s.tokens for s in sentences(text)])]


@pytest.mark.parametrize("cache_size", [None, 0])  # the shipped cache, and one emptied at every call
def test_gazetteer_find_in_runs_equals_find_in_sentence_by_sentence(
    cache_size: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if cache_size is not None:
        monkeypatch.setattr("warta.annotate.gazetteer._PIECE_CACHE_SIZE", cache_size)
    text = " ".join(ARTICLE)
    found = all_at_once(text)
    assert found == per_sentence(text)
    # clitics, compounds, a lower-case first word, accents; the axle "as" is no state
    for name in ["Rusia", "Korut", "semenanjung Korea", "Laut China Selatan", "Recep Tayyip Erdoğan", "G-20"]:
        assert name in [surface for surface, _ in found]
    assert [surface for surface, _ in found].count("AS") == 2


@pytest.mark.parametrize(
    ("cut", "expected"),
    [
        (1, [("Dewan Keamanan PBB", "igo:united-nations-security-council")]),
        (2, [("PBB", "igo:united-nations")]),  # "Dewan" | "Keamanan PBB": neither run holds a name
        (3, [("Dewan Keamanan", "igo:united-nations-security-council"), ("PBB", "igo:united-nations")]),
    ],
)
def test_gazetteer_find_in_runs_keeps_each_name_inside_its_run(cut: int, expected: list[tuple[str, str]]) -> None:
    text = "Rapat Dewan Keamanan PBB"
    words = tokens(text)
    found = gazetteer().find_in_runs([words[:cut], words[cut:]])
    assert [(span.of(text), entry.id) for span, entry in found] == expected


def _may_start_by_rule(text: str) -> bool:
    """Whether a name may start at a token spelled ``text``, from its units one by one."""
    gaz = gazetteer()
    return any(map(gaz._may_begin, _pieces(text, gaz.known_units)))


def _lower_first_spellings() -> list[str]:
    """Every first word of an alias that may begin in lower case, bare, with each clitic,
    hyphenated, capitalised and in capitals: the spellings next to the plain-start set's edge."""
    gaz = gazetteer()
    out = []
    for key in sorted(gaz.lower_first):
        for form in (key, *(key + clitic for clitic in CLITICS), key + "-nya", "pro-" + key, key + "an", key[:-1]):
            out += [form, form.capitalize(), form.upper()]
    return out


def test_gazetteer_start_tokens_agree_with_the_rule_near_its_edge() -> None:
    extra = ["badan", "bank", "asia", "kata", "korea", "Korea", "korut", "as", "AS", "3m", "-", "pbb"]
    texts = [*_lower_first_spellings(), *extra]
    starts = gazetteer()._start_tokens(texts)
    assert starts == [i for i, text in enumerate(texts) if _may_start_by_rule(text)]
    assert {"badan", "asia", "Korea", "AS"} <= {texts[i] for i in starts}
    assert "kata" not in {texts[i] for i in starts}


def test_gazetteer_start_tokens_agree_with_the_rule_on_bulk_news(shared_dir: Path) -> None:
    lines = (shared_dir / "corpus" / "bulk" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [t.text for line in lines[:150] for t in tokens(json.loads(line)["text"])]
    starts = gazetteer()._start_tokens(texts)
    assert starts == [i for i, text in enumerate(texts) if _may_start_by_rule(text)]
    assert len(starts) > 150


def test_gazetteer_finds_names_in_plain_and_capitalised_spellings_alike() -> None:
    text = "Kunjungan ke asia tenggara, badan intelijen Korea Selatan, dan Rusianya."
    runs = [s.tokens for s in sentences(text)]
    found = [(span.of(text), entry.name) for span, entry in gazetteer().find_in_runs(runs)]
    assert ("Korea Selatan", "South Korea") in found
    assert ("Rusia", "Russia") in found


WALK_TEXTS = [
    " ".join(ARTICLE),
    "Rapat Dewan Keamanan PBB di New York. Menlu RI bertemu Sekjen PBB; AS-nya dan Rusia-Korut.",
    "Kunjungan ke asia tenggara, badan intelijen Korea Selatan, dan Rusianya. Uni Eropa (UE) dan ASEAN.",
    "Presiden Recep Tayyip Erdoğan tiba di Ankara. KTT G-20 digelar di Bali, sementara as roda patah.",
    "Bosnia dan Herzegovina serta Makedonia Utara menunggu keputusan Uni Eropa. Majelis Umum PBB.",
    "",
]


def _walk_input(text: str) -> tuple[list[str], list[int], list[int]]:
    runs = [s.tokens for s in sentences(text)]
    texts = [t.text for run in runs for t in run]
    ends, end = [], 0
    for run in runs:
        end += len(run)
        ends.append(end)
    return texts, gazetteer()._start_tokens(texts), ends


def test_gazetteer_walk_compiled_equals_twin() -> None:
    gaz = gazetteer()
    for text in WALK_TEXTS:
        texts, starts, ends = _walk_input(text)
        assert gaz._walk(texts, starts, ends) == gaz._walk_twin(texts, starts, ends), text


def test_gazetteer_walk_twin_with_a_cold_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """A split not cached yet is made on the way (the walk reads tokens past the start)."""
    monkeypatch.setattr("warta.annotate.gazetteer._native", None)
    texts, starts, ends = _walk_input(WALK_TEXTS[1])
    walked = parse(read_text("gazetteer", "gazetteer.tsv"))._walk(texts, starts, ends)
    assert walked == gazetteer()._walk_twin(texts, starts, ends)
    assert [(texts[t][start:], alias.entry_id) for t, start, _, _, alias in walked][:2] == [
        ("Dewan", "igo:united-nations-security-council"),
        ("New", "loc:new-york-city"),
    ]


def test_gazetteer_walk_compiled_with_a_cold_cache() -> None:
    texts, starts, ends = _walk_input(WALK_TEXTS[2])
    cold, warm = parse(read_text("gazetteer", "gazetteer.tsv")), parse(read_text("gazetteer", "gazetteer.tsv"))
    assert cold._walk(texts, starts, ends) == warm._walk_twin(texts, starts, ends)


def test_gazetteer_find_in_runs_without_the_compiled_core(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [all_at_once(text) for text in WALK_TEXTS]
    monkeypatch.setattr("warta.annotate.gazetteer._native", None)
    assert [all_at_once(text) for text in WALK_TEXTS] == expected
    assert [all_at_once(text) for text in WALK_TEXTS] == [per_sentence(text) for text in WALK_TEXTS]
