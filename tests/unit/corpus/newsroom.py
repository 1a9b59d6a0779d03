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
    "Dewan Keamanan PBB": ("United Nations Security Council", "IGO", "UN"),
    "Prabowo Subianto": ("Prabowo Subianto", "PER", "IDN"),
    "Prabowo": ("Prabowo Subianto", "PER", "IDN"),
    "Indonesia": ("Indonesia", "GPE", "IDN"),
    "Jakarta": ("Jakarta", "GPE", "IDN"),
    "Badan Gizi Nasional": ("Badan Gizi Nasional", "ORG", "IDN"),
    "Dadan Hindayana": ("Dadan Hindayana", "PER", "IDN"),
    "Xi Jinping": ("Xi Jinping", "PER", "CHN"),
    "China": ("China", "GPE", "CHN"),
    "Beijing": ("China", "GPE", "CHN"),
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
    taken: set[int] = set()  # "Prabowo" inside "Prabowo Subianto" is not a second mention
    for surface, (name, kind, actor) in sorted(GAZETTEER.items(), key=lambda item: -len(item[0])):
        for match in re.finditer(re.escape(surface), text):
            if match.start() in taken:
                continue
            taken.update(range(match.start(), match.end()))
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

# -- a harder set: a trilateral statement on the missile, an arms follow-up months later that
# speaks of ballistic missiles too, and two stories about one president in the same weeks.

MISSILE_TRILATERAL = Spec(
    id="tempo_trilateral_rudal",
    title="AS, Korea Selatan dan Jepang minta Dewan Keamanan PBB bersidang soal rudal Korea Utara",
    publisher="Tempo",
    published="2023-11-24T07:45:00+07:00",
    paragraphs=(
        "Amerika Serikat, Korea Selatan dan Jepang meminta Dewan Keamanan PBB menggelar sidang darurat "
        "setelah Korea Utara menembakkan rudal balistik jarak jauh ke Laut Jepang.",
        "Dalam pernyataan bersama, ketiga negara menyebut peluncuran rudal itu melanggar resolusi "
        "Dewan Keamanan PBB dan mengancam keselamatan pelayaran di kawasan.",
        "Seoul menuduh Pyongyang menguji teknologi rudal antarbenua dengan kedok peluncuran satelit.",
        "Tokyo mengatakan serpihan rudal jatuh sekitar 250 kilometer dari pantai Hokkaido.",
    ),
    events=(
        ("REQUEST", "USA", "UN", None, "happened", "Amerika Serikat, Korea Selatan dan Jepang meminta Dewan"),
        ("ACCUSE", "KOR", "PRK", None, "happened", "Seoul menuduh Pyongyang menguji teknologi rudal"),
        ("ASSAULT", "PRK", None, None, "happened", "Korea Utara menembakkan rudal balistik jarak jauh"),
    ),
)

ARMS_MONTHS_LATER = Spec(
    id="kompas_rudal_dari_korut",
    title="Gedung Putih: Rusia pakai rudal balistik dan amunisi pasokan Korea Utara di Ukraina",
    publisher="Kompas",
    published="2024-01-05T16:20:00+07:00",
    paragraphs=(
        "Amerika Serikat menuduh Korea Utara memasok rudal balistik dan amunisi artileri kepada Rusia, "
        "yang kemudian ditembakkan ke kota-kota di Ukraina.",
        "Juru bicara Dewan Keamanan Nasional AS mengatakan pasokan senjata dari Pyongyang dikirim "
        "melalui pelabuhan di timur Rusia dengan kapal kargo.",
        "Korea Selatan dan Jepang mengecam transfer senjata tersebut dan menyebutnya pelanggaran "
        "resolusi Dewan Keamanan PBB.",
        "Kremlin kembali membantah tuduhan itu dan menyebutnya tidak berdasar.",
    ),
    events=(
        ("ACCUSE", "USA", "PRK", None, "happened",
         "Amerika Serikat menuduh Korea Utara memasok rudal balistik dan amunisi artileri kepada Rusia"),
        ("AID", "PRK", "RUS", None, "disputed",
         "Korea Utara memasok rudal balistik dan amunisi artileri kepada Rusia"),
        ("REJECT", "RUS", "USA", None, "happened", "Kremlin kembali membantah tuduhan itu"),
    ),
)

MBG_CUT = Spec(
    id="detik_anggaran_mbg",
    title="Prabowo pastikan makan bergizi gratis jalan terus meski anggaran dipangkas",
    publisher="Detik",
    published="2025-02-10T12:10:00+07:00",
    paragraphs=(
        "Presiden Prabowo Subianto memastikan program makan bergizi gratis tetap berjalan meski anggaran "
        "Badan Gizi Nasional dipangkas dalam kebijakan efisiensi belanja negara.",
        "Prabowo mengatakan dapur umum di setiap kecamatan akan terus memasak untuk siswa sekolah, "
        "ibu hamil dan balita.",
        "Kepala Badan Gizi Nasional Dadan Hindayana menyebut penerima manfaat program itu sudah "
        "mencapai tiga juta anak.",
        "Sejumlah orang tua di Jakarta mengeluhkan menu yang dibagikan di sekolah kerap terlambat datang.",
    ),
)

MBG_KITCHENS = Spec(
    id="kompas_dapur_mbg",
    title="Badan Gizi Nasional evaluasi dapur makan bergizi gratis usai siswa keracunan",
    publisher="Kompas",
    published="2025-02-13T09:30:00+07:00",
    paragraphs=(
        "Badan Gizi Nasional mengevaluasi seluruh dapur penyedia makan bergizi gratis setelah puluhan "
        "siswa sekolah dasar mengalami keracunan makanan.",
        "Dadan Hindayana mengatakan dapur yang melanggar standar kebersihan akan dihentikan sementara.",
        "Presiden Prabowo meminta agar menu untuk siswa, ibu hamil dan balita diawasi lebih ketat.",
        "Anggaran program itu tahun ini mencapai Rp 71 triliun.",
    ),
)

CHINA_VISIT = Spec(
    id="cnn_prabowo_beijing",
    title="Prabowo bertemu Xi Jinping di Beijing, teken kerja sama investasi",
    publisher="CNN Indonesia",
    published="2025-02-11T18:00:00+07:00",
    paragraphs=(
        "Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Beijing dalam kunjungan "
        "kenegaraan pertamanya ke China.",
        "Kedua pemimpin menyaksikan penandatanganan kerja sama investasi senilai 10 miliar dolar AS "
        "di bidang energi, hilirisasi nikel dan ketahanan pangan.",
        "Xi Jinping mengatakan China siap memperluas impor produk pertanian dari Indonesia.",
        "Prabowo mengundang Xi Jinping berkunjung ke Jakarta tahun depan.",
    ),
    events=(
        ("CONSULT", "IDN", "CHN", "2025-02-11", "happened", "Presiden Prabowo Subianto bertemu Presiden China"),
        ("AGREE", "IDN", "CHN", "2025-02-11", "happened", "Kedua pemimpin menyaksikan penandatanganan kerja sama"),
    ),
)

CHINA_DEALS = Spec(
    id="antara_investasi_china",
    title="Kunjungan Prabowo ke China hasilkan komitmen investasi nikel dan energi",
    publisher="Antara",
    published="2025-02-12T10:05:00+07:00",
    paragraphs=(
        "Kunjungan kenegaraan Presiden Prabowo ke Beijing menghasilkan komitmen investasi China di sektor "
        "nikel, energi terbarukan dan pangan.",
        "Menurut Istana, perusahaan China akan membangun smelter nikel dan pembangkit listrik tenaga "
        "surya di Sulawesi.",
        "Prabowo dan Xi Jinping juga sepakat memperkuat kerja sama maritim di Laut China Selatan.",
    ),
    events=(
        ("AGREE", "IDN", "CHN", None, "happened", "Prabowo dan Xi Jinping juga sepakat memperkuat kerja sama"),
        ("COOPERATE", "CHN", "IDN", None, "happened", "perusahaan China akan membangun smelter nikel"),
    ),
)

HARD_ARMS = (*ARMS_STORY, ARMS_MONTHS_LATER)
HARD_MISSILE = (*MISSILE_STORY, MISSILE_TRILATERAL)
MBG_STORY = (MBG_CUT, MBG_KITCHENS)
CHINA_STORY = (CHINA_VISIT, CHINA_DEALS)
HARD = (MBG_CUT, ARMS_JOINT, CHINA_VISIT, MISSILE_LAUNCH, ARMS_COPY, MBG_KITCHENS, MISSILE_TRILATERAL,
        ARMS_DENIAL, CHINA_DEALS, MISSILE_FOLLOWUP, ARMS_MONTHS_LATER)


def analyses(specs: tuple[Spec, ...] = ALL) -> list[Analysis]:
    return [build(spec) for spec in specs]


SPECS = {spec.id: spec for spec in HARD}


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
