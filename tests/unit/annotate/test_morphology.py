"""Affixed forms generated from roots: one lexicon row covers mengecam, dikecam and kecaman."""

from __future__ import annotations

import pytest

from warta.annotate.morphology import expand_templates, inflect, surface_forms, voice


@pytest.mark.parametrize(
    ("root", "template", "expected"),
    [
        ("kirim", "meN", "mengirim"),
        ("pasok", "meN", "memasok"),
        ("tuduh", "meN", "menuduh"),
        ("serang", "meN", "menyerang"),
        ("kecam", "meN", "mengecam"),
        ("bantah", "meN", "membantah"),
        ("desak", "meN", "mendesak"),
        ("ancam", "meN", "mengancam"),
        ("kritik", "meN", "mengkritik"),
        ("protes", "meN", "memprotes"),
        ("bom", "meN", "mengebom"),
        ("jatuh", "meN-kan", "menjatuhkan"),
        ("kunjung", "meN-i", "mengunjungi"),
        ("kecam", "di", "dikecam"),
        ("kunjung", "di-i", "dikunjungi"),
        ("kecam", "-an", "kecaman"),
        ("kirim", "peN-an", "pengiriman"),
        ("tolak", "peN-an", "penolakan"),
        ("kerah", "peN-an", "pengerahan"),
        ("temu", "per-an", "pertemuan"),
        ("sepakat", "ke-an", "kesepakatan"),
        ("temu", "ber", "bertemu"),
        ("kerja sama", "ber", "bekerja sama"),
        ("tanda tangan", "meN-i", "menandatangani"),
        ("tanda tangan", "di-i", "ditandatangani"),
        ("konfirmasi", "meN", "mengonfirmasi"),
        ("konfirmasi", "meN", "mengkonfirmasi"),
    ],
)
def test_morphology_inflect_generates_standard_form(root: str, template: str, expected: str) -> None:
    assert expected in inflect(root, template)


@pytest.mark.parametrize(("root", "template", "wrong"), [("kirim", "meN", "memirim"), ("serang", "meN", "meserang")])
def test_morphology_inflect_never_generates_wrong_assimilation(root: str, template: str, wrong: str) -> None:
    assert wrong not in inflect(root, template)


@pytest.mark.parametrize(
    ("template", "expected"),
    [("meN", "active"), ("ber", "active"), ("di-kan", "passive"), ("ter", "passive"), ("peN-an", "noun")],
)
def test_morphology_voice_of_template(template: str, expected: str) -> None:
    assert voice(template) == expected


def test_morphology_groups_expand_to_templates() -> None:
    assert expand_templates("V -an") == ("base", "meN", "di", "-an")


def test_morphology_surface_forms_cover_one_root() -> None:
    forms = surface_forms("kecam", "V -an")
    assert {"kecam", "mengecam", "dikecam", "kecaman"} <= set(forms)
    assert forms["dikecam"] == "di"


def test_morphology_unknown_template_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown affix template"):
        expand_templates("meN-nya")
