"""Where time expressions may start: the compiled core (warta._native.lead_starts) against the
master's opening regex, and the per-character patterns against the master itself."""

from __future__ import annotations

import json
import re
from itertools import islice
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.annotate import timex_master, timex_patterns
from warta.annotate.timex_lexicon import lexicon
from warta.annotate.timex_master import lead_gate, lead_patterns, lead_words, master

try:
    from warta import _native
except ImportError:  # built without a C compiler
    _native = None  # type: ignore[assignment]

native = pytest.mark.skipif(_native is None, reason="the compiled core was not built")

_NEWS = (
    "Presiden tiba di Jakarta, Senin (11/11/2023), dua hari lalu setelah lawatan sejak awal "
    "Maret 2023. Pada 2022 dan Mei lalu ia berkunjung; pekan depan, tanggal 18 November, rapat "
    "digelar lagi. Kemarin-kemarin tak ada kabar. Rapat 29-31 Mei 2026 di Jum’at (4/6) pagi, "
    "bukan Jum'at 5 Juni. Setahun silam, 2019-11-09, ia ke Sept. 2021 (9/11/23); setiap Senin "
    "dan Kamis ada apel. Meikarta, hariannya, duanya: bukan waktu. AWAL 2023 tidak, awal 2023 ya. "
    "Nomor 7 Tahun 2023; 2.019 orang; pra-2020 dan pasca-2020; x_2021; Kim's 2021 dan l’2020."
)


def _native_starts(text: str) -> list[int]:
    assert _native is not None
    return _native.lead_starts(text, lead_words())


def _regex_starts(text: str) -> list[int]:
    return [found.start() for found in lead_gate().finditer(text)]


def _found(matches: Any) -> list[tuple[tuple[int, int], str | None, dict[str, str | Any]]]:
    return [(m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None}) for m in matches]


def _assert_same_matches(text: str) -> None:
    assert _found(timex_patterns.matches(text)) == _found(master().finditer(text))


@native
def test_time_lead_starts_equal_the_regex_on_written_news() -> None:
    assert _native_starts(_NEWS) == _regex_starts(_NEWS)
    assert len(_native_starts(_NEWS)) > 40


# Word characters and not, apostrophes, decimal digits of other scripts, the gate's words cut
# short and whole, and characters of 1, 2 and 4 bytes in a str.
_PIECES = st.sampled_from(
    [*lead_words(), "Mei", "Se", "s", "(", ")", " ", "-", "_", "'", "’", ".", "/", "1", "٣", "²", "é", "😀", "x"]
)


@native
@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=12), noise=st.text(max_size=20))
def test_time_lead_starts_equal_the_regex(pieces: list[str], noise: str) -> None:
    for text in ("".join(pieces), noise + "".join(pieces), "".join(pieces) + noise):
        assert _native_starts(text) == _regex_starts(text)


@native
def test_time_lead_starts_refuse_bad_words() -> None:
    assert _native is not None
    with pytest.raises(TypeError, match="non-empty str"):
        _native.lead_starts("Senin", ("Senin", ""))
    with pytest.raises(TypeError):
        _native.lead_starts("Senin", ["Senin"])  # type: ignore[arg-type]


@pytest.mark.parametrize("compiled", [True, False])
def test_time_matches_equal_the_master_on_written_news(compiled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if compiled and _native is None:
        pytest.skip("the compiled core was not built")
    if not compiled:
        monkeypatch.setattr(timex_patterns, "_native", None)
    _assert_same_matches(_NEWS)
    assert len(list(timex_patterns.matches(_NEWS))) > 15


def test_time_matches_equal_the_master_on_news(shared_dir: Path) -> None:
    with (shared_dir / "corpus" / "bulk" / "articles.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line).get("text") or "" for line in islice(lines, 200)]
    assert sum(map(len, texts)) > 100_000
    for text in texts:
        _assert_same_matches(text)
        if _native is not None:
            assert _native_starts(text) == _regex_starts(text)


def _first_chars(items: Any, ignore_case: bool = False) -> tuple[set[str], bool]:
    """The characters a parsed pattern's match can start with (\\d as the ASCII digits: the
    others fall to the master), and whether it can match empty there."""
    out: set[str] = set()
    for op, arg in items:
        chars, empty = _op_first_chars(op, arg, ignore_case)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _op_first_chars(op: Any, arg: Any, ignore_case: bool) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        char = chr(arg)
        return ({char.lower(), char.upper()} if ignore_case else {char}), False
    if op is sre.IN:
        assert arg == [(sre.CATEGORY, sre.CATEGORY_DIGIT)], f"a family opens with a class other than \\d: {arg}"
        return set("0123456789"), False
    if op is sre.SUBPATTERN:
        return _first_chars(arg[3], ignore_case or bool(arg[1] & re.IGNORECASE))
    if op is sre.BRANCH:
        found = [_first_chars(branch, ignore_case) for branch in arg[1]]
        return set().union(*(chars for chars, _ in found)), any(empty for _, empty in found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        chars, empty = _first_chars(arg[2], ignore_case)
        return chars, empty or arg[0] == 0
    assert op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT), op  # zero-width
    return set(), True


def test_time_leads_hold_every_family_opening() -> None:
    """The hand-kept table of what each family starts with holds what its pattern can start with."""
    lex = lexicon()
    leads = timex_master._leads(lex)
    for name, family in timex_master._families(lex).items():
        chars, empty = _first_chars(sre_parse.parse(family))
        assert not empty, name
        assert chars <= set(leads[name]), name


def test_time_lead_patterns_cover_every_gate_word() -> None:
    by_lead = lead_patterns()
    assert {word[0] for word in lead_words()} <= set(by_lead)
    assert {"(", *"0123456789"} <= set(by_lead)
