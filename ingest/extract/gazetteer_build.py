"""Regenerate `gazetteer.tsv` from the `vietnamadminunits` package (run once, offline).

    python -m cadregraph.ingest.extract.gazetteer_build            # rewrite the file
    python -m cadregraph.ingest.extract.gazetteer_build --check    # exit 1 if it is stale

The extractor never calls the package per article (0.1–3 ms a call would cap throughput);
it reads this compact table once at import. Rows hold both the legacy 63-province system and
the post-July-2025 34-province one, because news from either period names either.
Columns: level (province/district/ward), name, unit type, province, district, era.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

GAZETTEER = Path(__file__).with_name("gazetteer.tsv")
HEADER = "level\tname\ttype\tprovince\tdistrict\tera"

# Names the package writes differently from the news (the scorer folds punctuation away).
_PROVINCE_ALIASES = {"Huế": ["Thừa Thiên Huế"]}


def _short(name: str) -> str:
    """"Kỳ Anh (Huyện)" → "Kỳ Anh": the package tells namesakes apart by a qualifier the news
    never writes; the type column keeps them apart here."""
    return name.split(" (")[0]


def _province_type(full: str) -> str:
    return "thành phố" if full.startswith("Thành phố") else "tỉnh"


def build_rows() -> list[str]:
    from vietnamadminunits.database import query  # imported here: only the builder needs it

    rows: set[tuple[str, ...]] = set()
    legacy = query("SELECT DISTINCT province, provinceShort, districtShort, districtType, "
                   "wardShort, wardType FROM admin_units_legacy")
    for r in legacy:
        prov = r["provinceShort"]
        rows.add(("province", prov, _province_type(r["province"]), prov, "", "legacy"))
        for alias in _PROVINCE_ALIASES.get(prov, []):
            rows.add(("province", alias, "tỉnh", prov, "", "legacy"))
        district = _short(r["districtShort"])
        rows.add(("district", district, r["districtType"].lower(), prov, "", "legacy"))
        if r["wardShort"]:
            rows.add(("ward", _short(r["wardShort"]), r["wardType"].lower(), prov, district,
                      "legacy"))
    current = query("SELECT DISTINCT province, provinceShort, wardShort, wardType FROM admin_units")
    for r in current:
        prov = r["provinceShort"]
        rows.add(("province", prov, _province_type(r["province"]), prov, "", "2025"))
        rows.add(("ward", _short(r["wardShort"]), r["wardType"].lower(), prov, "", "2025"))
    return [HEADER] + ["\t".join(row) for row in sorted(rows)]


def render() -> str:
    return "\n".join(build_rows()) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="only compare with the file on disk; exit 1 when it differs")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = GAZETTEER.exists() and GAZETTEER.read_text(encoding="utf-8") == text
        if not same:
            print(f"{GAZETTEER} is stale: run python -m cadregraph.ingest.extract.gazetteer_build",
                  file=sys.stderr)
        return 0 if same else 1
    GAZETTEER.write_text(text, encoding="utf-8")
    print(f"wrote {GAZETTEER} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
