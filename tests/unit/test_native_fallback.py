"""Without the compiled core (no C compiler at install time) warta analyses exactly as with it."""

from __future__ import annotations

import pytest

from warta import analyze_text
from warta.annotate import event_lexicon, ner, ner_crf, segment, spelling
from warta.serialize import analysis_dict

_ARTICLE = """Korut Tembakkan Rudal, Seoul dan Tokyo Protes

JAKARTA, KOMPAS.com - Korea Utara menembakkan dua rudal balistik ke perairan Jepang pada Kamis (14/11/2024) pagi.
Menteri Luar Negeri Korea Selatan Cho Tae-yul mengecam peluncuran itu dan mendesak Pyongyang menghentikan provokasi.

"Kami tidak akan menoleransi ancaman ini," kata Cho kepada wartawan di Seoul. Juru bicara Kremlin Dmitry Peskov
menolak berkomentar, sementara Kepala Pusat Penerangan TNI Mayjen Rudi Hartono menyebut TNI memantau situasi.
"""


@pytest.mark.skipif(
    None in (ner_crf._native, ner._native, segment._native, event_lexicon._native, spelling._native),
    reason="the compiled core was not built",
)
def test_native_fallback_gives_the_same_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = analysis_dict(analyze_text(_ARTICLE))
    ner.reset()  # the recogniser's word table is rebuilt by the Python twins
    monkeypatch.setattr(ner_crf, "_native", None)
    monkeypatch.setattr(ner, "_native", None)
    monkeypatch.setattr(segment, "_native", None)
    monkeypatch.setattr(event_lexicon, "_native", None)
    monkeypatch.setattr(spelling, "_native", None)
    plain = analysis_dict(analyze_text(_ARTICLE))
    ner.reset()
    assert compiled["events"]
    assert compiled["entities"]
    assert plain == compiled
