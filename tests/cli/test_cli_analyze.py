"""``warta analyze`` end to end on a folder of good and broken inputs, as a user runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HTML_DIR = Path(__file__).resolve().parents[1] / "data" / "html"

OKEZONE_TEXT = (HTML_DIR.parent / "ingest" / "okezone_trilateral.txt").read_text(encoding="utf-8")

JSONL_LINES = [
    json.dumps({"id": "liputan6-001",
                "url": "https://www.liputan6.com/global/read/5561234/pm-malaysia-kunjungi-jakarta",
                "title": "PM Malaysia Kunjungi Jakarta, Bahas Perbatasan dan Pekerja Migran",
                "published": "Senin, 8 Jan 2024 11:05 WIB",
                "text": "Perdana Menteri Malaysia tiba di Jakarta untuk kunjungan resmi dua hari. "
                        "Kunjungan itu membahas penyelesaian batas darat di Kalimantan "
                        "dan perlindungan pekerja migran Indonesia.\n\n"
                        "Presiden menyambut kedatangannya di Istana Bogor dengan upacara kenegaraan."}),
    '{"id": "rusak", "text": "Jakarta - Menlu',
]


def _mixed_folder(root: Path) -> Path:
    folder = root / "masukan"
    folder.mkdir()
    (folder / "okezone_trilateral.txt").write_text(OKEZONE_TEXT, encoding="utf-8")
    shutil.copy(HTML_DIR / "cnn_asean_laut_china_selatan.html", folder / "cnn_asean.html")
    (folder / "kiriman.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    (folder / "kosong.txt").write_bytes(b"")
    (folder / "gambar.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "halaman_404.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><h1>404</h1>"
        "<p>Maaf, halaman tidak ditemukan.</p></body></html>", encoding="utf-8")
    (folder / "rusak_encoding.txt").write_bytes(b"Judul\n\nIsi berita \x81\x8d rusak di tengah.\n")
    return folder


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warta", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    folder = _mixed_folder(tmp_path_factory.mktemp("cli"))
    return folder, _run("analyze", str(folder), "--format", "jsonl")


def test_cli_analyze_mixed_folder_exits_1_naming_each_bad_input(
    mixed_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    folder, result = mixed_run
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    expected = {
        f"{folder / 'kosong.txt'}: [E104]",
        f"{folder / 'gambar.png'}: [E102]",
        f"{folder / 'halaman_404.html'}: [E104]",
        f"{folder / 'rusak_encoding.txt'}: [E103]",
        f"{folder / 'kiriman.jsonl'}:2: [E106]",
    }
    for start in expected:
        assert sum(line.startswith(f"warta: {start}") for line in lines) == 1, start
    assert lines[-1] == "3 article(s) analysed, 5 input(s) failed"


def test_cli_analyze_mixed_folder_prints_the_good_articles(
    mixed_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _, result = mixed_run
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert sorted(records) == ["cnn_asean", "liputan6-001", "okezone_trilateral"]
    assert records["cnn_asean"]["title"] == "ASEAN Serukan China Hormati Kode Etik di Laut China Selatan"
    assert records["cnn_asean"]["publisher"] == "CNN Indonesia"
    assert records["liputan6-001"]["published"] == "2024-01-08T11:05:00+07:00"
    assert records["liputan6-001"]["url"].startswith("https://www.liputan6.com/")
    assert records["okezone_trilateral"]["dateline"] == "Tokyo"
    for record in records.values():
        assert record["language"] == "id"
        assert record["entities"] == [] or isinstance(record["entities"], list)


def test_cli_analyze_all_good_exits_0(tmp_path: Path) -> None:
    shutil.copy(HTML_DIR / "tempo_pbb_myanmar.html", tmp_path / "tempo.html")
    result = _run("analyze", str(tmp_path / "tempo.html"), "--format", "json")
    assert result.returncode == 0, result.stderr
    (record,) = json.loads(result.stdout)
    assert record["authors"] == ["Sita Planasari", "Ida Rosdalina"]
