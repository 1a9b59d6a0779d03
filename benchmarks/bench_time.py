"""Time tagger benchmark: warta's rules against dateparser's ``search_dates`` on the same texts.

    .venv/bin/python benchmarks/bench_time.py [--shared ../shared] [--dateparser-limit 300]

Texts: the bulk corpus bodies (``corpus/bulk/articles.jsonl``, anchored on each record's
``published`` field as read by warta's own date patterns) and the seed articles as
``warta.analyze_many`` extracts them. Prints throughput for both taggers, the speed ratio on
the texts both ran over (target: warta at least 20x faster), and timex F1 on the seeds with
the scorer in ``eval/score.py``. dateparser is slow, so by default it runs on the first
``--dateparser-limit`` bulk texts plus the seeds; ``--dateparser-limit 0`` runs it on all.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from warta import Analysis, analyze_many
from warta.annotate.time import PUBLISHED, find_timexes, parse_published, tag_times
from warta.annotate.timex_lexicon import lexicon

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Text:
    id: str
    body: str
    anchor: date | None


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record_anchor(published: str | None) -> date | None:
    """The bulk records state dates as "Jumat, 29 Mei 2026 22:02 WIB"; read them as text."""
    days = [t.value for t in find_timexes(published or "", None, None) if t.granularity == "day"]
    return date.fromisoformat(days[0]) if days else None


def bulk_texts(path: Path) -> list[Text]:
    out = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            out.append(Text(record["id"], record.get("text") or "", record_anchor(record.get("published"))))
    return out


def seed_analyses(seeds: Path) -> list[Analysis]:
    return [result for result in analyze_many([seeds]) if isinstance(result, Analysis)]


def warta_tag(text: Text) -> list[tuple[str, str]]:
    source = PUBLISHED if text.anchor else None
    return [(t.text, t.value) for t in find_timexes(text.body, text.anchor, source)]


def dateparser_tag(text: Text) -> list[tuple[str, datetime]]:
    from dateparser.search import search_dates

    base = datetime.combine(text.anchor, datetime.min.time()) if text.anchor else None
    settings = {"RELATIVE_BASE": base} if base else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return search_dates(text.body, languages=["id"], settings=settings) or []


def timed(tagger: Callable[[Text], Any], texts: Sequence[Text]) -> float:
    start = time.perf_counter()
    for text in texts:
        tagger(text)
    return time.perf_counter() - start


def dateparser_value(surface: str, moment: datetime) -> str:
    """dateparser gives a datetime, not a granularity: guess it from the words it matched."""
    lex = lexicon()
    words = set(re.findall(r"[\w']+", surface))
    lowered = {w.casefold() for w in words}
    if re.search(r"\d{1,2}\s*[/.-]\s*\d|\d{1,2}\s+[A-Za-z]", surface) or words & set(lex.weekdays):
        return moment.date().isoformat()
    if lowered & {"hari", "kemarin", "besok", "lusa"}:
        return moment.date().isoformat()
    if words & set(lex.months) or lowered & {"bulan", "pekan", "minggu"}:
        return f"{moment.year:04d}-{moment.month:02d}"
    return f"{moment.year:04d}"


def seed_scores(scorer: ModuleType, shared: Path, analyses: list[Analysis]) -> tuple[dict[str, Any], dict[str, Any]]:
    ours, theirs = {}, {}
    for analysis in analyses:
        tagged = analysis if analysis.provenance.get("timexes") else tag_times(analysis)
        ours[analysis.id] = {"timexes": [{"value": t.value} for t in tagged.timexes]}
        text = Text(analysis.id, analysis.text, parse_published(analysis.article.published))
        found = dateparser_tag(text)
        theirs[analysis.id] = {"timexes": [{"value": dateparser_value(s, m)} for s, m in found]}
    gold = shared / "gold" / "seeds"
    return scorer.score(ours, gold)["timexes"], scorer.score(theirs, gold)["timexes"]


def rate(texts: Sequence[Text], seconds: float) -> str:
    chars = sum(len(t.body) for t in texts)
    speed = f"{len(texts) / seconds:10.1f} articles/s {chars / seconds / 1e6:8.3f} Mchars/s"
    return f"{speed} ({len(texts)} texts, {seconds:.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--dateparser-limit", type=int, default=300, help="bulk texts for dateparser; 0 = all")
    args = parser.parse_args()
    shared: Path = args.shared
    analyses = seed_analyses(shared / "corpus" / "seeds")
    seeds = [Text(a.id, a.text, parse_published(a.article.published)) for a in analyses]
    bulk = bulk_texts(shared / "corpus" / "bulk" / "articles.jsonl")
    everything = bulk + seeds
    compared = (bulk if args.dateparser_limit <= 0 else bulk[: args.dateparser_limit]) + seeds

    warta_all = timed(warta_tag, everything)
    warta_same = timed(warta_tag, compared)
    dateparser_same = timed(dateparser_tag, compared)
    ours, theirs = seed_scores(load_scorer(shared), shared, analyses)

    print(f"warta time.rules.v1, all texts   {rate(everything, warta_all)}")
    print(f"warta time.rules.v1, shared set  {rate(compared, warta_same)}")
    print(f"dateparser search_dates, shared  {rate(compared, dateparser_same)}")
    print(f"speed ratio on the shared set    {dateparser_same / warta_same:10.1f}x (target >= 20x)")
    for name, result in (("warta", ours), ("dateparser", theirs)):
        print(
            f"seed timex F1 {name:11} F1 {result['f1']:.3f}  P {result['p']:.3f}  R {result['r']:.3f}"
            f"  (tp {result['tp']} fp {result['fp']} fn {result['fn']})"
        )


if __name__ == "__main__":
    main()
