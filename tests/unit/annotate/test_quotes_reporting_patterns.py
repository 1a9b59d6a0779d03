"""Reporting patterns of wire-based news: the outlet a report is taken from, pronouns after a
speaker's account, quoted fragments inside a reported clause, "demikian laporan X", fronted
clauses and described anaphors ("Guru Besar ... ini"). Hand-made mentions (quote_helpers)."""

from __future__ import annotations

import pytest
from tests.unit.annotate.quote_helpers import analyse, direct, indirect

from warta.annotate.quote_cues import cues
from warta.types import Quote


def quote_with(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote with {words!r} in {[q.text for q in quotes]}"
    return found[0]


@pytest.mark.parametrize(
    ("phrase", "relay"),
    [
        ("Seorang pejabat Malaysia, seperti dilansir Yonhap, Senin, mengatakan", "seperti dilansir Yonhap"),
        ("kata Anwar di Putrajaya, dikutip dari Antara.", "dikutip dari Antara"),
        ("Mengutip Al Jazeera, Menlu itu berkata", "Mengutip Al Jazeera"),
        ("sebagaimana diberitakan kantor berita Antara, Selasa", "sebagaimana diberitakan kantor berita Antara"),
        ("seperti dilaporkan The Straits Times, pejabat itu", "seperti dilaporkan The Straits Times"),
    ],
)
def test_quote_cues_relay_phrase_names_the_outlet(phrase: str, relay: str) -> None:
    match = cues().relay.search(phrase)
    assert match is not None
    assert match.group().strip() == relay


@pytest.mark.parametrize(
    "phrase",
    [
        "Tiga nelayan dilaporkan hilang di Selat Malaka",
        'PBB mengutip "informasi yang kredibel" soal kekerasan itu',
        "Menlu itu dikutip mengatakan bahwa perundingan berlanjut",
    ],
)
def test_quote_cues_relay_ignores_ordinary_verbs(phrase: str) -> None:
    assert cues().relay.search(phrase) is None


@pytest.mark.parametrize(
    ("body", "speaker", "actor"),
    [
        (
            "Seorang pejabat senior Malaysia, seperti dilansir Yonhap, Senin (2/6/2025), mengatakan bahwa "
            '"tidak ada jalan lain selain kembali ke meja perundingan".',
            "Malaysia",
            "MYS",
        ),
        (
            "Anwar Ibrahim, dikutip dari Antara, mengatakan "
            '"kami siap berunding dengan semua pihak yang bertikai".',
            "Anwar Ibrahim",
            "MYS",
        ),
    ],
)
def test_quotes_relayed_outlet_is_not_the_speaker(body: str, speaker: str, actor: str) -> None:
    quote = quote_with(direct(analyse(body)), "")
    assert (quote.speaker, quote.actor) == (speaker, actor)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # the person acting next was part of the speaker's own account
            (
                "Anwar Ibrahim mengatakan, atas permintaan Malaysia, Enrique Manalo bersedia menjadi penengah.",
                "Selanjutnya, Manalo terbang ke Yangon dan bertemu perwakilan junta.",
                '"Dalam pertemuan itu, disepakati pembebasan tiga nelayan kami," ucap dia.',
            ),
            "Anwar Ibrahim",
        ),
        (  # a person not spoken of before, introduced as subject: the pronoun is that person
            (
                "Anwar Ibrahim mengatakan bahwa harga minyak sawit naik tajam tahun ini.",
                "Enrique Manalo tiba di Kuala Lumpur pada Senin pagi.",
                '"Kami datang untuk memperkuat kerja sama perdagangan," ucap dia.',
            ),
            "Enrique Manalo",
        ),
    ],
)
def test_quotes_pronoun_after_an_account_is_its_speaker(paragraphs: tuple[str, ...], speaker: str) -> None:
    quote = quote_with(direct(analyse(*paragraphs)), "Kami" if "Kami" in paragraphs[-1] else "Dalam")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Anwar Ibrahim dalam pernyataannya menyebut bahwa kapal itu terdeteksi "
            '"memasuki perairan Malaysia tanpa izin resmi".',
            "memasuki perairan",
            "Anwar Ibrahim",
        ),
        (
            'Yonhap melaporkan serangan itu menewaskan "sedikitnya lima warga sipil", tanpa merinci identitas mereka.',
            "sedikitnya lima",
            "Yonhap News Agency",
        ),
        (
            "Perdana Menteri Malaysia, Anwar Ibrahim, dalam pernyataan terpisah mengatakan bahwa keputusan itu "
            'diambil "karena keselamatan warga sipil tidak dapat dijamin".',
            "karena keselamatan",
            "Anwar Ibrahim",
        ),
    ],
)
def test_quotes_fragment_inside_a_reported_clause(body: str, words: str, speaker: str) -> None:
    assert quote_with(direct(analyse(body)), words).speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        'Anwar Ibrahim mengatakan pemerintah akan meluncurkan program "makan siang gratis pelajar" tahun depan.',
        'Anwar Ibrahim mengatakan bahwa Malaysia menetapkan 9 Juli sebagai "hari pertahanan nasional".',
    ],
)
def test_quotes_label_after_a_speech_verb_is_not_a_quote(body: str) -> None:
    assert direct(analyse(body)) == []


def test_quotes_demikian_laporan_keeps_the_outlet_as_speaker() -> None:
    analysis = analyse(
        '"Kami akan menjaga setiap jengkal wilayah kami," kata Anwar Ibrahim.',
        'Menurut kantor berita Yonhap, rudal itu diluncurkan dari pantai timur. "Rudal tersebut terbang '
        'sejauh 800 kilometer sebelum jatuh di laut," demikian laporan kantor berita Yonhap.',
    )
    assert quote_with(direct(analysis), "Rudal tersebut").speaker == "Yonhap News Agency"


def test_quotes_fronted_clause_place_is_not_the_subject() -> None:
    analysis = analyse(
        "Saat berkunjung ke Beijing pekan ini, kepala militer Malaysia mengatakan bahwa kesepakatan itu "
        '"hampir rampung sepenuhnya".'
    )
    quote = quote_with(direct(analysis), "hampir rampung")
    assert (quote.speaker, quote.actor) == ("Malaysia", "MYS")


def test_quotes_described_anaphor_is_the_person_introduced_before() -> None:
    analysis = analyse(
        "Ketua Dewan Pakar Asosiasi Ekonom, Anwar Ibrahim, menilai kebijakan tarif itu tepat.",
        "Guru Besar Universitas Kebangsaan Malaysia ini mengatakan bahwa harga barang impor akan turun.",
        '"Dampaknya akan terasa mulai tahun depan," kata dia.',
    )
    assert quote_with(indirect(analysis), "harga barang").speaker == "Anwar Ibrahim"
    assert quote_with(direct(analysis), "Dampaknya").speaker == "Anwar Ibrahim"


def test_quotes_period_after_the_closing_mark_ends_the_attribution() -> None:
    analysis = analyse(
        'Anwar Ibrahim berbicara di Putrajaya. "Kami menolak tuduhan itu sepenuhnya". '
        "Klaim tersebut disampaikan Anwar Ibrahim pekan lalu."
    )
    quote = quote_with(direct(analysis), "Kami menolak")
    assert quote.cue is None or quote.cue.of(analysis.text).casefold() != "klaim"
