"""Hand-written Indonesian news articles and their analyses, built by hand (no pipeline).

Two stories with overlapping actors (North Korea, the United States, South Korea, Japan):
arms shipments from North Korea to Russia, asserted by Washington, Seoul and Tokyo and
denied by Moscow and Pyongyang; and a North Korean missile launch protested by Japan and
South Korea. Plus a syndicated copy of one article, republished by another site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.types import Analysis, Article, Entity, Event, Mention, Quote, Sentence, Span

_SENTENCE = re.compile(r"[^.!?]+[.!?]+[”\"]?\s*")

GAZETTEER = {
    "Korea Utara": ("North Korea", "GPE", "PRK"),
    "Korut": ("North Korea", "GPE", "PRK"),
    "Pyongyang": ("North Korea", "GPE", "PRK"),
    "Rusia": ("Russia", "GPE", "RUS"),
    "Moskow": ("Russia", "GPE", "RUS"),
    "Kremlin": ("Russia", "GPE", "RUS"),
    "Amerika Serikat": ("United States", "GPE", "USA"),
    "Washington": ("United States", "GPE", "USA"),
    "Korea Selatan": ("South Korea", "GPE", "KOR"),
    "Seoul": ("South Korea", "GPE", "KOR"),
    "Jepang": ("Japan", "GPE", "JPN"),
    "Tokyo": ("Japan", "GPE", "JPN"),
    "Ukraina": ("Ukraine", "GPE", "UKR"),
    "Dmitry Peskov": ("Dmitry Peskov", "PER", "RUS"),
    "Matthew Miller": ("Matthew Miller", "PER", "USA"),
    "Yoshimasa Hayashi": ("Yoshimasa Hayashi", "PER", "JPN"),
}


@dataclass(frozen=True)
class Spec:
    """An article as a reporter wrote it, with the events and quotes an analyst would code."""

    id: str
    title: str
    publisher: str
    published: str
    paragraphs: tuple[str, ...]
    # (type, source, target, date, status, evidence)
    events: tuple[tuple[str, str | None, str | None, str | None, str, str], ...] = ()
    quotes: tuple[tuple[str, str, str, str], ...] = ()  # quoted text, speaker, actor, cue
    extra: dict[str, str] = field(default_factory=dict)


def _find(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def _mentions(text: str) -> tuple[list[Entity], list[Mention]]:
    entities: dict[str, Entity] = {}
    mentions = []
    for surface, (name, kind, actor) in GAZETTEER.items():
        for match in re.finditer(re.escape(surface), text):
            entity = entities.setdefault(name, Entity(f"e{len(entities)}", name, kind, actor))  # type: ignore[arg-type]
            mentions.append(Mention(Span(match.start(), match.end()), surface, kind, entity.id))  # type: ignore[arg-type]
    return list(entities.values()), sorted(mentions, key=lambda m: m.span.start)


def build(spec: Spec) -> Analysis:
    article = Article.from_paragraphs(spec.id, f"{spec.id}.txt", list(spec.paragraphs), title=spec.title,
                                      publisher=spec.publisher, published=spec.published)
    text = article.text
    sentences = tuple(Sentence(Span(m.start(), m.end())) for m in _SENTENCE.finditer(text))
    entities, mentions = _mentions(text)
    events = tuple(
        Event(kind, None, source, target, date, status,  # type: ignore[arg-type]
              _find(text, evidence), _find(text, evidence.split()[1]))
        for kind, source, target, date, status, evidence in spec.events
    )
    quotes = tuple(
        Quote(_find(text, quoted), quoted, True, speaker, None, actor, _find(text, cue))
        for quoted, speaker, actor, cue in spec.quotes
    )
    return Analysis(article, sentences, tuple(entities), tuple(mentions), (), quotes, events)


ARMS_JOINT = Spec(
    id="antara_kecam_pasokan",
    title="AS, Korea Selatan dan Jepang kecam pasokan senjata Korea Utara ke Rusia",
    publisher="Antara",
    published="2023-10-27T09:15:00+07:00",
    paragraphs=(
        "Menteri luar negeri Amerika Serikat, Korea Selatan dan Jepang mengecam pengiriman amunisi dan "
        "peralatan militer dari Korea Utara ke Rusia dalam pernyataan bersama pada Kamis (26/10/2023).",
        "Washington menuduh Pyongyang telah mengirim lebih dari seribu kontainer amunisi ke Rusia "
        "untuk dipakai dalam perang di Ukraina.",
        "Seoul menuduh Korea Utara memasok peluru artileri ke Moskow melalui pelabuhan di timur Rusia.",
        "Tokyo menuduh Pyongyang melanggar resolusi Dewan Keamanan PBB yang melarang perdagangan senjata.",
        "Ketiga negara mendesak Korea Utara dan Rusia segera menghentikan transfer senjata tersebut.",
    ),
    events=(
        ("ACCUSE", "USA", "PRK", "2023-10-26", "happened",
         "Washington menuduh Pyongyang telah mengirim lebih dari seribu kontainer amunisi ke Rusia"),
        ("ACCUSE", "KOR", "PRK", "2023-10-26", "happened",
         "Seoul menuduh Korea Utara memasok peluru artileri ke Moskow"),
        ("ACCUSE", "JPN", "PRK", "2023-10-26", "happened",
         "Tokyo menuduh Pyongyang melanggar resolusi Dewan Keamanan PBB"),
        ("AID", "PRK", "RUS", None, "happened",
         "Pyongyang telah mengirim lebih dari seribu kontainer amunisi ke Rusia"),
    ),
)

ARMS_COPY = Spec(
    id="okezone_kecam_pasokan",
    title="AS, Korsel dan Jepang Kecam Pasokan Senjata Korut ke Rusia",
    publisher="Okezone",
    published="2023-10-27T11:40:00+07:00",
    paragraphs=(
        *ARMS_JOINT.paragraphs[:4],
        "Ketiga negara mendesak Korea Utara dan Rusia segera menghentikan transfer senjata tersebut, "
        "demikian dilaporkan kantor berita Antara.",
    ),
    events=ARMS_JOINT.events,
)

ARMS_DENIAL = Spec(
    id="kompas_kremlin_bantah",
    title="Kremlin dan Pyongyang bantah tuduhan pengiriman amunisi untuk perang di Ukraina",
    publisher="Kompas",
    published="2023-10-28T14:05:00+07:00",
    paragraphs=(
        "Kremlin membantah laporan bahwa Korea Utara mengirim amunisi dan peluru artileri ke Rusia "
        "untuk perang di Ukraina.",
        "“Tuduhan itu tidak berdasar dan tidak ada buktinya sama sekali,” kata juru bicara Kremlin "
        "Dmitry Peskov kepada wartawan di Moskow, Jumat (27/10/2023).",
        "Kementerian Luar Negeri Korea Utara juga menolak tuduhan Amerika Serikat dan menyebutnya "
        "fitnah untuk memperburuk citra Pyongyang.",
        "Sebelumnya, Amerika Serikat menuduh Korea Utara mengirim lebih dari seribu kontainer amunisi "
        "ke Rusia melalui kapal kargo.",
    ),
    events=(
        ("REJECT", "RUS", "USA", "2023-10-27", "happened", "Kremlin membantah laporan"),
        ("REJECT", "PRK", "USA", None, "happened",
         "Kementerian Luar Negeri Korea Utara juga menolak tuduhan Amerika Serikat"),
        ("ACCUSE", "USA", "PRK", None, "happened",
         "Amerika Serikat menuduh Korea Utara mengirim lebih dari seribu kontainer amunisi ke Rusia"),
        ("AID", "PRK", "RUS", None, "disputed",
         "Korea Utara mengirim amunisi dan peluru artileri ke Rusia"),
    ),
    quotes=(("Tuduhan itu tidak berdasar dan tidak ada buktinya sama sekali,", "Dmitry Peskov", "RUS", "kata"),),
)

MISSILE_LAUNCH = Spec(
    id="detik_rudal_laut_jepang",
    title="Korea Utara tembakkan rudal balistik ke Laut Jepang, Tokyo protes keras",
    publisher="Detik",
    published="2023-11-22T08:30:00+07:00",
    paragraphs=(
        "Korea Utara menembakkan sebuah rudal balistik jarak jauh yang jatuh di Laut Jepang, "
        "di luar zona ekonomi eksklusif Jepang, pada Rabu (22/11/2023) pagi.",
        "Kepala Staf Gabungan Korea Selatan menyebut peluncuran rudal itu dilakukan dari dekat "
        "bandara Sunan dan terbang sejauh 900 kilometer.",
        "Jepang menyampaikan protes keras kepada Pyongyang melalui saluran diplomatik di Beijing.",
        "Kepala Sekretaris Kabinet Yoshimasa Hayashi menyebut peluncuran itu mengancam perdamaian "
        "kawasan dan keselamatan pelayaran nelayan.",
    ),
    events=(
        ("ASSAULT", "PRK", None, "2023-11-22", "happened", "Korea Utara menembakkan sebuah rudal balistik"),
        ("PROTEST", "JPN", "PRK", "2023-11-22", "happened", "Jepang menyampaikan protes keras kepada Pyongyang"),
    ),
)

MISSILE_FOLLOWUP = Spec(
    id="cnn_rudal_satelit",
    title="Seoul dan Tokyo kecam peluncuran rudal Korea Utara, Washington siagakan kapal induk",
    publisher="CNN Indonesia",
    published="2023-11-23T10:00:00+07:00",
    paragraphs=(
        "Korea Selatan dan Jepang mengecam peluncuran rudal balistik Korea Utara yang jatuh di Laut "
        "Jepang pada Rabu (22/11/2023).",
        "Militer Korea Selatan menyatakan rudal itu terbang sejauh 900 kilometer sebelum jatuh di laut, "
        "di luar zona ekonomi eksklusif Jepang.",
        "Amerika Serikat mengerahkan kapal induk ke perairan Semenanjung Korea sebagai respons atas "
        "peluncuran rudal tersebut.",
        "Matthew Miller menyebut peluncuran itu melanggar sejumlah resolusi Dewan Keamanan PBB.",
    ),
    events=(
        ("PROTEST", "KOR", "PRK", "2023-11-22", "happened", "Korea Selatan dan Jepang mengecam peluncuran rudal"),
        ("PROTEST", "JPN", "PRK", "2023-11-22", "happened", "Korea Selatan dan Jepang mengecam peluncuran rudal"),
        ("ASSAULT", "PRK", None, "2023-11-22", "happened", "peluncuran rudal balistik Korea Utara"),
        ("MOBILIZE", "USA", None, None, "happened", "Amerika Serikat mengerahkan kapal induk"),
    ),
)

ARMS_STORY = (ARMS_JOINT, ARMS_COPY, ARMS_DENIAL)
MISSILE_STORY = (MISSILE_LAUNCH, MISSILE_FOLLOWUP)
ALL = (ARMS_JOINT, MISSILE_LAUNCH, ARMS_COPY, ARMS_DENIAL, MISSILE_FOLLOWUP)


def analyses(specs: tuple[Spec, ...] = ALL) -> list[Analysis]:
    return [build(spec) for spec in specs]


SPECS = {spec.id: spec for spec in ALL}


def stub_annotate(analysis: Analysis) -> Analysis:
    """A pipeline stage standing in for the annotators: the hand-coded analysis of the article."""
    if analysis.article.id == "rusak_di_tengah":
        raise RuntimeError("annotator crashed")
    return build(SPECS[analysis.article.id])


def stub_pipeline() -> object:
    from warta.pipeline import FunctionStage, Pipeline

    return Pipeline([FunctionStage("stub.v1", stub_annotate, provides=("entities", "events", "quotes"))])


def write_files(folder: object, specs: tuple[Spec, ...] = ALL) -> None:
    from pathlib import Path

    for spec in specs:
        body = spec.title + "\n\n" + "\n\n".join(spec.paragraphs) + "\n"
        (Path(str(folder)) / f"{spec.id}.txt").write_text(body, encoding="utf-8")
