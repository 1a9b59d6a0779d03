from __future__ import annotations

import pytest

from warta.annotate.gazetteer import gazetteer, normalise, parse, units
from warta.annotate.segment import tokens


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
    ],
)
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
