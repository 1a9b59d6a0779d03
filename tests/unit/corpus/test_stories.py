from __future__ import annotations

import pytest
from newsroom import ARMS_DENIAL, Spec, build

from warta.corpus import stories
from warta.store.rows import sentence_dyads


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2023-10-27", 1.0),  # inside the span
        ("2023-11-10", 1.0),
        (None, 1.0),
        ("2023-12-05", 1.0),  # a reaction weeks later: within the grace month
        ("2024-12-09", 0.71),  # a follow-up a year later still counts seventy percent
        ("2025-12-09", 0.5),  # 30 + 730 days after the span
        ("2021-09-27", 0.5),  # and as long before it
    ],
)
def test_stories_time_factor_is_gentle_over_months(day: str | None, expected: float) -> None:
    assert stories.time_factor(day, "2023-10-27", "2023-11-10") == pytest.approx(expected, abs=0.01)


def test_stories_state_names_are_not_topic_words() -> None:
    features = stories.raw_features(
        "Korea Utara mengirim amunisi ke Rusia.", "Pasokan amunisi Korea Utara",
        [stories.Named("North Korea", "PRK", "GPE", 2, True), stories.Named("Russia", "RUS", "GPE"),
         stories.Named("Kim Jong Un", "PRK", "PER")],
        [("AID", "PRK", "RUS", 1.0)], names=["Korea Utara", "Rusia", "Kim Jong Un"], dyads={("PRK", "RUS"): 1.0},
    )
    assert "w:korea" not in features
    assert "w:rusia" not in features
    assert "e:north korea" not in features  # a state counts once, as its actor
    assert {"w:amunisi", "w:pasokan", "e:kim jong un", "a:PRK", "d:PRK:RUS", "v:AID:PRK:RUS", "x:PRK:RUS"} <= set(
        features)
    assert features["a:PRK"] > features["a:RUS"]  # named twice and in the headline


def test_stories_dyads_pair_actors_of_one_sentence() -> None:
    pairs = sentence_dyads(build(ARMS_DENIAL))
    assert ("PRK", "RUS") in pairs  # "Korea Utara mengirim amunisi ... ke Rusia"
    assert ("RUS", "USA") in pairs  # "Amerika Serikat menuduh Korea Utara ... ke Rusia"
    assert ("PRK", "USA") in pairs
    assert ("UKR", "USA") not in pairs  # Ukraine and the US never share a sentence


def test_stories_a_list_of_signatories_is_one_sentence_of_evidence() -> None:
    signers = Spec(
        id="tempo_pernyataan_bersama", title="Sepuluh negara kecam Korea Utara", publisher="Tempo",
        published="2024-12-17T10:00:00+07:00",
        paragraphs=("Jepang, Korea Selatan, Amerika Serikat dan Ukraina mengecam Korea Utara.",
                    "Korea Utara mengirim amunisi ke Rusia."),
    )
    pairs = sentence_dyads(build(signers))
    assert pairs[("JPN", "KOR")] == pytest.approx(0.25)  # five actors in the sentence: 1/4 per pair
    assert pairs[("PRK", "RUS")] == pytest.approx(1.0)


def test_stories_joint_statement_events_share_one_deed_of_weight() -> None:
    features = stories.raw_features("", None, [], [("ACCUSE", "USA", "PRK", 0.5), ("ACCUSE", "JPN", "PRK", 0.5),
                                                   ("AID", "PRK", "RUS", 1.0)])
    assert features["v:ACCUSE:USA:PRK"] == pytest.approx(0.5)
    assert features["v:AID:PRK:RUS"] == pytest.approx(1.0)


def test_stories_a_channel_is_capped_never_inflated() -> None:
    many_words = {f"w:kata{n}": 1.0 for n in range(30)}
    vector = stories.weighted({**many_words, "a:IDN": 0.5}, {"a:IDN": 9}, 10)
    unit = stories.idf(0, 10)
    words = sum(w * w for f, w in vector.items() if f.startswith("w:")) ** 0.5
    assert words == pytest.approx(stories.CHANNEL_CAPS["w"] * unit)  # thirty words: scaled down to the cap
    assert vector["a:IDN"] == pytest.approx(0.5 * stories.idf(9, 10))  # one common actor: left as it is


def test_stories_best_story_needs_the_threshold() -> None:
    vector = {"w:rudal": 1.0, "w:balistik": 1.0}
    near = stories.StoryState("st_a", 2.0, {"w:rudal": 1.0, "w:balistik": 1.0})
    far = stories.StoryState("st_b", 4.0, {"w:amunisi": 2.0})
    assert stories.best_story(vector, [far, near], None) == ("st_a", pytest.approx(1.0))
    assert stories.best_story(vector, [far], None)[0] is None


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        (("2023-10-17", "2023-11-11", "2023-11-20", "2023-12-01"), 1.0),  # nine days apart: within the grace month
        (("2023-10-17", "2023-11-11", "2024-12-19", "2024-12-19"), 0.70),  # thirteen months later
        (("2024-12-19", "2024-12-19", "2023-10-17", "2023-11-11"), 0.70),  # the same, either way round
        (("2023-10-17", None, "2024-12-19", "2024-12-19"), 1.0),  # an undated story is not damped
    ],
)
def test_stories_span_factor_measures_the_days_between_spans(spans: tuple[str | None, ...], expected: float) -> None:
    assert stories.span_factor(*spans) == pytest.approx(expected, abs=0.01)


def test_stories_reporting_a_disputed_deed_waives_the_time_damping() -> None:
    vector = {"v:AID:PRK:RUS": 1.0, "w:pasukan": 1.0}
    story = stories.StoryState("st_arms", 2.0, {"v:AID:PRK:RUS": 1.0, "w:pasukan": 1.0}, "2023-10-17", "2023-11-11")
    damped = stories.similarity(vector, story, "2024-12-19")
    disputed = stories.StoryState(
        story.id, story.sq_norm, story.sums, story.first_date, story.last_date, frozenset({"v:AID:PRK:RUS"}))
    assert damped == pytest.approx(0.70, abs=0.01)
    assert stories.similarity(vector, disputed, "2024-12-19") == pytest.approx(1.0)
    assert not stories.continues_dispute({"v:AID:PRK:RUS": 0.0}, disputed.disputed)


def test_stories_one_shared_name_does_not_make_a_story() -> None:
    """Two reports quoting one minister on unrelated subjects: the name alone stays under the threshold."""
    minister = stories.Named("Sri Mulyani", "IDN", "PER", mentions=6, in_title=True)
    tax = stories.raw_features(
        "Pemerintah menaikkan tarif cukai rokok sebesar sepuluh persen mulai Januari. Kenaikan itu diharapkan "
        "menekan jumlah perokok anak dan menambah penerimaan negara. Pengusaha pabrik kretek di Kudus "
        "mengkhawatirkan gelombang pemutusan hubungan kerja.",
        "Sri Mulyani naikkan cukai rokok", [minister], [], names=["Sri Mulyani"])
    flood = stories.raw_features(
        "Dana darurat dicairkan untuk korban banjir bandang di Sumatera Barat. Ribuan warga mengungsi setelah "
        "sungai meluap dan merusak jembatan serta sawah. Bantuan logistik dikirim lewat jalur udara karena "
        "jalan utama tertimbun longsor.",
        "Sri Mulyani cairkan dana banjir", [minister], [], names=["Sri Mulyani"])
    df = dict.fromkeys({**tax, **flood}, 1) | {"e:sri mulyani": 2}
    left, right = stories.weighted(tax, df, 500), stories.weighted(flood, df, 500)
    assert stories.cosine(left, right) < stories.THRESHOLD
    assert left["e:sri mulyani"] == pytest.approx(stories.FEATURE_CAP * stories.idf(0, 500))  # capped


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ([{"w:a": 1.0}], [{"w:a": 1.0}, {"w:a": 1.0}], 1.0),
        ([{"w:a": 1.0}], [{"w:a": 1.0}, {"w:b": 1.0}], 0.5),  # resembling one of two is half the evidence
        ([{"w:a": 1.0}, {"w:b": 1.0}], [{"w:c": 1.0}], 0.0),
    ],
)
def test_stories_average_link_is_the_mean_resemblance(left: list[dict[str, float]], right: list[dict[str, float]],
                                                      expected: float) -> None:
    def members(vectors: list[dict[str, float]]) -> list[stories.Member]:
        return [stories.Member(v, "2025-01-01") for v in vectors]

    assert stories.average_link(members(left), members(right), waived=False) == pytest.approx(expected)


def test_stories_member_support_is_the_closest_member() -> None:
    members = [stories.Member({"w:rudal": 1.0}, "2023-11-22"), stories.Member({"w:amunisi": 1.0}, "2023-10-27")]
    assert stories.member_support({"w:amunisi": 1.0}, "2023-10-28", members, waived=False) == pytest.approx(1.0)
    assert stories.member_support({"w:nikel": 1.0}, "2023-10-28", members, waived=False) == 0.0
