"""Extraction throughput and memory, and warta's HTML extraction against trafilatura alone.

    .venv/bin/python benchmarks/bench_extract.py [--bulk PATH] [--html-pages N]

1. Scraped text: every plain-text record of the bulk corpus (``../shared/corpus/bulk/articles.jsonl``,
   else copies of ``samples/*.txt``) through warta's extraction, on one core.
2. HTML: bulk articles wrapped in a news-page template full of furniture (menu, share buttons,
   "Baca juga" boxes, captions, related headlines, tags, footer), through warta's HTML
   extraction and through trafilatura alone; the template's article paragraphs are the truth,
   so "boilerplate kept" is the share of output characters that are not article text.
3. The hand-written outlet pages under tests/data/html: what trafilatura alone keeps that warta
   drops, and which metadata each finds.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import resource
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import trafilatura

from warta.extract import extract
from warta.extract.text import extract_plain_text
from warta.ingest import read_sources
from warta.ingest.decode import decode_text
from warta.types import Article, RawDocument

REPO = Path(__file__).resolve().parents[1]
BULK = REPO.parent / "shared" / "corpus" / "bulk" / "articles.jsonl"
PAGES = REPO / "tests" / "data" / "html"
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])")

TEMPLATE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - Warta Contoh</title>
<meta property="og:site_name" content="Warta Contoh">
<meta property="article:published_time" content="2024-05-06T10:00:00+07:00">
</head><body><header><a href="/">Warta Contoh</a><nav>
<a href="/nasional">Nasional</a> <a href="/internasional">Internasional</a>
<a href="/ekonomi">Ekonomi</a> <a href="/olahraga">Olahraga</a> <a href="/tekno">Tekno</a>
 <a href="/login">Masuk</a>
</nav></header>
<main><article><h1>{title}</h1><div class="byline">Penulis: Nama Penulis | Editor: Nama Editor</div>
<div class="share">
<a href="#">Bagikan</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a>
 <a href="#">Salin Link</a></div>
<figure><img src="a.jpg">
<figcaption>Ilustrasi suasana kegiatan. (Foto: Dokumentasi Warta Contoh)</figcaption>
</figure>
<div class="content">{body}</div><div class="tags">Tag: <a href="/t/a">politik</a>
 <a href="/t/b">diplomasi</a></div>
</article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/r/1">Harga Cabai Naik Jelang Hari Raya</a></li>
<li><a href="/r/2">Timnas Menang Tipis atas Vietnam</a></li><li>
<a href="/r/3">Cuaca Ekstrem Diprediksi Sepekan</a>
</li></ul></aside>
</main><footer>
<a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman Media Siber</a>
 Copyright 2024 Warta Contoh</footer></body>
</html>"""
INSERT = ('<p><strong>Baca juga: <a href="/r/9">Menteri Tinjau Pelabuhan Baru di Sulawesi</a></strong></p>'
          '<div class="ads">ADVERTISEMENT</div><div>SCROLL TO CONTINUE WITH CONTENT</div>')


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def text_documents(bulk: Path) -> list[RawDocument]:
    if bulk.is_file():
        return [d for d in read_sources([bulk]) if isinstance(d, RawDocument) and d.media_type == "text/plain"]
    samples = [d for d in read_sources(sorted((REPO / "samples").glob("*.txt"))) if isinstance(d, RawDocument)]
    return samples * max(1, 1000 // max(1, len(samples)))


def timed(label: str, documents: list[RawDocument], function: Callable[[RawDocument], object]) -> list[object]:
    results: list[object] = []
    failures = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for document in documents:
        try:
            results.append(function(document))
        except Exception:  # a benchmark counts failures instead of stopping
            failures += 1
            results.append(None)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    rate, cpu_rate = len(documents) / max(elapsed, 1e-9), len(documents) / max(cpu, 1e-9)
    # CPU-time rate too: on a shared machine wall time counts other people's work.
    print(f"{label:<48} {len(documents):>5} docs {elapsed:6.2f} s wall {rate:8.1f}/s | "
          f"{cpu_rate:8.1f}/s per CPU-second | {failures} failed | peak RSS {peak_rss_mb():.0f} MB")
    return results


def paragraphs_of(text: str, per_paragraph: int = 3) -> list[str]:
    sentences = _SENTENCE_END.split(text.strip())
    return [" ".join(sentences[i : i + per_paragraph]) for i in range(0, len(sentences), per_paragraph)]


def html_page(document: RawDocument) -> tuple[str, list[str]]:
    paragraphs = paragraphs_of(document.body.decode("utf-8"))
    parts = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    parts.insert(min(2, len(parts)), INSERT)
    title = html.escape(document.hints.get("title", "Tanpa Judul"))
    return TEMPLATE.format(title=title, body="".join(parts)), paragraphs


def junk_share(lines: list[str], truth: list[str]) -> float:
    """Share of output characters that are not article text (lines absent from the truth)."""
    body = "\n".join(truth)
    total = sum(map(len, lines)) or 1
    return sum(len(line) for line in lines if line not in body) / total


def trafilatura_lines(page: str) -> list[str]:
    text = trafilatura.extract(page, with_metadata=False, include_comments=False, include_tables=False) or ""
    return [line.strip() for line in text.splitlines() if line.strip()]


def html_benchmark(sources: list[RawDocument], count: int) -> None:
    pages = [html_page(d) for d in sources if len(d.body) > 400][:count]
    raws = [RawDocument(id=f"p{i}", origin=f"p{i}", body=page.encode(), media_type="text/html")
            for i, (page, _) in enumerate(pages)]
    warta_out = timed("HTML: warta extract (trafilatura + rules)", raws, extract)
    traf_out = timed("HTML: trafilatura.extract alone", raws, lambda r: trafilatura_lines(r.body.decode()))
    warta_junk = [junk_share(a.body, t) for a, (_, t) in zip(warta_out, pages, strict=True) if isinstance(a, Article)]
    traf_junk = [junk_share(lines, t) for lines, (_, t) in zip(traf_out, pages, strict=True) if isinstance(lines, list)]
    print(f"  boilerplate kept (share of output chars): warta {_mean(warta_junk):.1%}   "
          f"trafilatura {_mean(traf_junk):.1%}")


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def test_pages_report() -> Iterator[str]:
    for path in sorted(PAGES.glob("*.html")):
        page = path.read_text(encoding="utf-8")
        article = extract(RawDocument(id=path.stem, origin=str(path), body=page.encode(), media_type="text/html"))
        kept = trafilatura_lines(page)
        meta = trafilatura.bare_extraction(page, with_metadata=True)
        # A line warta kept with its dateline cut off still counts as kept.
        extra = [line for line in kept if not any(p in line for p in article.body)]
        share = sum(map(len, extra)) / (sum(map(len, kept)) or 1)
        yield (f"  {path.stem:<32} trafilatura keeps {len(extra)} line(s) warta drops ({share:.1%} of its chars); "
               f"date: trafilatura {getattr(meta, 'date', None)} / warta {article.published}; "
               f"authors: trafilatura {getattr(meta, 'author', None)!r} / warta {list(article.authors)}")
        for line in extra:
            yield f"      - {line[:90]}"


def _text_rules(document: RawDocument) -> Article:
    return extract_plain_text(document, decode_text(document.body, document.origin))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bulk", type=Path, default=BULK)
    parser.add_argument("--html-pages", type=int, default=300)
    args = parser.parse_args()
    documents = text_documents(args.bulk)
    print(f"input: {args.bulk if args.bulk.is_file() else 'samples/*.txt copies'}; one core, one process")
    extract(documents[0])  # load resources and models once, outside the timing
    timed("scraped text: warta extraction rules only", documents, _text_rules)
    timed("scraped text: warta extract (rules + language id)", documents, extract)
    html_benchmark(documents, args.html_pages)
    print("hand-written outlet pages (tests/data/html):")
    for line in test_pages_report():
        print(line)
    print(json.dumps({"peak_rss_mb": round(peak_rss_mb(), 1)}))


if __name__ == "__main__":
    main()
