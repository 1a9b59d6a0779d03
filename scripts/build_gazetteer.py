"""Build ``src/warta/resources/gazetteer/gazetteer.tsv`` from its cited sources.

    python scripts/build_gazetteer.py [--check]

Sources (see ``src/warta/resources/gazetteer/README.md``):

* pycountry (LGPL-2.1, ISO 3166-1 data from Debian's iso-codes): every state's alpha-3 code
  and English name; needed at build time only, never at run time.
* ``curated/*.tsv`` written for warta: Indonesian names and short forms of states, English
  adjectives for ministry names, capitals standing for their state, intergovernmental bodies,
  organisations and media, places, and office holders with their years in office.

One output row per entity: id, name, type, actor, wikidata, sector, kind, stands_for,
adjective, office, aliases ("|"-joined). An alias claimed by two entities stays with the
first (states, then bodies, organisations, people, places) and is reported.
``--check`` exits 1 when the shipped file differs from what the sources give.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "src" / "warta" / "resources" / "gazetteer"
CURATED = GAZETTEER / "curated"
OUTPUT = GAZETTEER / "gazetteer.tsv"
COLUMNS = ("id", "name", "type", "actor", "wikidata", "sector", "kind", "stands_for", "adjective", "office", "aliases")

Row = dict[str, str]


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def read_tsv(name: str) -> Iterator[Row]:
    """Rows of a curated file as dicts keyed by its header (the first non-comment line)."""
    text = (CURATED / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        cells = line.split("\t")
        yield dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))


def aliases(*groups: str) -> list[str]:
    seen: dict[str, None] = {}
    for group in groups:
        for alias in group.split("|"):
            if alias.strip():
                seen.setdefault(alias.strip(), None)
    return list(seen)


def row(**cells: str | list[str]) -> Row:
    out = dict.fromkeys(COLUMNS, "")
    for column, value in cells.items():
        out[column] = "|".join(value) if isinstance(value, list) else value
    return out


def pycountry_name(alpha3: str) -> tuple[str, list[str]]:
    """English name of a state (common name first) and its plain English forms as aliases."""
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return alpha3, []
    name = getattr(country, "common_name", None) or country.name
    forms = [name, country.name, getattr(country, "official_name", "")]
    return name, [form for form in forms if form and "," not in form]


def state_rows() -> Iterator[Row]:
    curated = {r["alpha3"]: r for r in read_tsv("states.tsv")}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        code = country.alpha_3
        found = curated.get(code, {})
        name, english = pycountry_name(code)
        yield row(
            id=f"gpe:{code}", name=found.get("name") or name, type="GPE", actor=code,
            wikidata=found.get("wikidata", ""), sector="", adjective=found.get("adjective", ""),
            aliases=aliases(found.get("aliases", ""), "|".join(english)),
        )
        if found.get("capital"):
            yield capital_row(found)


def capital_row(state: Row) -> Row:
    # A capital is a place; its aliases stand for the state only when listed as such.
    metonyms = aliases(state["capital_aliases"])
    return row(
        id=f"loc:{slug(state['capital'])}", name=state["capital"], type="LOC", actor="",
        wikidata=state["capital_wikidata"], kind="capital",
        stands_for=state["alpha3"] if metonyms else "", aliases=aliases(state["capital"], *metonyms),
    )


def igo_rows() -> Iterator[Row]:
    for r in read_tsv("igos.tsv"):
        yield row(id=f"igo:{slug(r['name'])}", name=r["name"], type=r["type"], actor=r["actor"],
                  wikidata=r["wikidata"], sector=r["sector"], kind="igo", aliases=aliases(r["aliases"]))


def organisation_rows() -> Iterator[Row]:
    for r in read_tsv("organisations.tsv"):
        yield row(id=f"org:{slug(r['name'])}", name=r["name"], type=r["type"], actor=r["actor"],
                  wikidata=r["wikidata"], sector=r["sector"], kind=r["kind"], aliases=aliases(r["aliases"]))


def place_rows() -> Iterator[Row]:
    for r in read_tsv("places.tsv"):
        yield row(id=f"loc:{slug(r['name'])}", name=r["name"], type=r["type"], actor=r["actor"],
                  wikidata=r["wikidata"], kind="place", aliases=aliases(r["aliases"]))


def person_rows() -> Iterator[Row]:
    """One row per person; several terms in office become one ``office`` cell."""
    merged: dict[str, Row] = {}
    for r in read_tsv("people.tsv"):
        term = f"{r['office']} {r['from']}-{r['to']}".strip()
        if r["name"] in merged:
            known = merged[r["name"]]
            known["office"] += f"; {term}"
            known["aliases"] = "|".join(aliases(known["aliases"], r["aliases"]))
            continue
        merged[r["name"]] = row(id=f"per:{slug(r['name'])}", name=r["name"], type="PER", actor=r["actor"],
                                wikidata=r["wikidata"], sector=r["sector"], kind="person", office=term,
                                aliases=aliases(r["name"], r["aliases"]))
    yield from merged.values()


def alias_key(alias: str) -> str:
    plain = unicodedata.normalize("NFKD", alias)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())


def deduplicate(rows: list[Row]) -> list[str]:
    """Drop aliases an earlier row already claims; return one warning per dropped alias."""
    owner: dict[str, str] = {}
    warnings = []
    for item in rows:
        kept = []
        for alias in item["aliases"].split("|") if item["aliases"] else []:
            first = owner.setdefault(alias_key(alias), item["id"])
            if first == item["id"]:
                kept.append(alias)
            else:
                warnings.append(f"alias {alias!r} of {item['id']} already belongs to {first}")
        item["aliases"] = "|".join(kept)
    return warnings


def build() -> tuple[str, list[str]]:
    rows = [*state_rows(), *igo_rows(), *organisation_rows(), *person_rows(), *place_rows()]
    warnings = deduplicate(rows)
    header = "# Generated by scripts/build_gazetteer.py from pycountry and curated/*.tsv; do not edit by hand.\n"
    body = "\n".join("\t".join(r[c] for c in COLUMNS) for r in rows)
    return header + "\t".join(COLUMNS) + "\n" + body + "\n", warnings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when the shipped gazetteer is out of date")
    args = parser.parse_args()
    text, warnings = build()
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        print("gazetteer up to date" if current == text else "gazetteer out of date: run scripts/build_gazetteer.py")
        return 0 if current == text else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {text.count(chr(10)) - 2} entities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
