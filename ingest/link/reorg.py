"""The 2025 reorganisation as `org:ChangeEvent`s (graph `cgr:graph/reorganisation`).

From the maintained `vietnamadminunits` package: provinces merged into the 34 new units
(their party committee, People's Council and Committee, Front committee and NA delegation),
the end of every district-level unit on 1 July 2025 (its party committee, council, committee
and Front committee), and each new commune or ward formed from old ones. From our reviewed
`reorganisation.tsv`: what the package does not know (party departments, Sở mergers, the
2024–2025 ward mergers before July). Pure: quads out; `write_reorganisation` is the edge.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

import vietnamadminunits
from cadregraph.ingest.link.geo import MERGER_DATE, PROVINCE_CITIES, gazetteer
from cadregraph.ingest.link.names import fold_name, slug
from cadregraph.ingest.rdf.iris import REORGANISATION_GRAPH, body_iri
from cadregraph.ingest.store import GraphStore
from cadregraph.ontology.terms import DCTERMS, ORG, RDF, RESOURCE_BASE, SCHEMA, SKOS, XSD
from pyoxigraph import Literal, NamedNode, Quad
from vietnamadminunits.database import query

G = REORGANISATION_GRAPH
DATA = Path(__file__).with_name("reorganisation.tsv")
PACKAGE = f"vietnamadminunits {getattr(vietnamadminunits, '__version__', '1.0.4')}"
_DISTRICT_PARTY = {"Quận": "Quận ủy", "Huyện": "Huyện ủy", "Thị xã": "Thị ủy",
                   "Thành phố": "Thành ủy"}


def _province_bodies(province: str) -> list[str]:
    city = fold_name(province) in PROVINCE_CITIES
    unit, level = ("Thành ủy", "thành phố") if city else ("Tỉnh ủy", "tỉnh")
    return [f"{unit} {province}", f"Hội đồng nhân dân {level} {province}",
            f"Ủy ban nhân dân {level} {province}",
            f"Ủy ban Mặt trận Tổ quốc Việt Nam {level} {province}",
            f"Đoàn đại biểu Quốc hội {level} {province}"]


def _event(path: str, date: str, name: str, original: list[str], resulting: list[str],
           source: str) -> list[Quad]:
    node = NamedNode(f"{RESOURCE_BASE}change/{date}/{path}")
    quads = [Quad(node, RDF.type, ORG.ChangeEvent, G),
             Quad(node, SCHEMA.name, Literal(name, language="vi"), G),
             Quad(node, SCHEMA.startDate, Literal(date, datatype=XSD.date), G),
             Quad(node, DCTERMS.source, Literal(source), G)]
    for predicate, bodies in ((ORG.originalOrganization, original),
                              (ORG.resultingOrganization, resulting)):
        for body in bodies:
            iri = body_iri(body)
            quads += [Quad(node, predicate, iri, G), Quad(iri, RDF.type, ORG.Organization, G),
                      Quad(iri, SKOS.prefLabel, Literal(body, language="vi"), G)]
    return quads


def province_events() -> list[Quad]:
    quads = []
    for new, olds in sorted(gazetteer().members.items()):
        if len(olds) < 2:
            continue
        original = [b for old in sorted(olds) for b in _province_bodies(old)]
        quads += _event(f"province/{slug(new)}", MERGER_DATE,
                        f"Hợp nhất {', '.join(sorted(olds))} thành {new}", original,
                        _province_bodies(new), f"{PACKAGE}; Nghị quyết 202/2025/QH15")
    return quads


def district_events() -> list[Quad]:
    rows = query("SELECT DISTINCT provinceShort, districtShort, districtType "
                 "FROM admin_units_legacy ORDER BY provinceShort, districtShort")
    quads = []
    for row in rows:
        kind, name, province = row["districtType"], row["districtShort"], row["provinceShort"]
        level = kind.lower()
        unit = name if name.startswith("Quận ") else f"{level} {name}"
        bodies = [f"{_DISTRICT_PARTY.get(kind, 'Huyện ủy')} {unit if level == 'quận' else name}",
                  f"Hội đồng nhân dân {unit}", f"Ủy ban nhân dân {unit}",
                  f"Ủy ban Mặt trận Tổ quốc Việt Nam {unit}"]
        quads += _event(f"district/{slug(province)}/{slug(name)}", MERGER_DATE,
                        f"Kết thúc hoạt động cấp huyện: {unit} ({province})", bodies, [],
                        f"{PACKAGE}; Luật 72/2025/QH15 (chính quyền địa phương hai cấp)")
    return quads


def _commune_bodies(kind: str, name: str) -> list[str]:
    unit = f"{kind.lower()} {name}"
    return [f"Đảng ủy {unit}", f"Hội đồng nhân dân {unit}", f"Ủy ban nhân dân {unit}"]


@lru_cache(maxsize=1)
def _converter() -> dict:
    path = Path(vietnamadminunits.__file__).parent / "data" / "converter_2025.json"
    return json.loads(path.read_text(encoding="utf-8"))


def commune_events(provinces: set[str] | None = None) -> list[Quad]:
    """Events of new communes/wards (of `provinces`, new short names; default all)."""
    legacy = {f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}": r for r in query(
        "SELECT provinceKey, districtKey, wardKey, wardShort, wardType FROM admin_units_legacy")}
    new_units = {(r["provinceKey"], r["wardKey"]): r for r in query(
        "SELECT provinceKey, provinceShort, wardKey, wardShort, wardType FROM admin_units")}
    parts: dict[tuple[str, str], list[str]] = {}
    converter = _converter()
    for province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward, olds in wards.items():
            parts.setdefault((province, ward), []).extend(olds)
    for province, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in olds.items():
            for target in targets:
                parts.setdefault((province, target["newWardKey"]), []).append(old)
    quads = []
    for key in sorted(parts):
        unit = new_units.get(key)
        olds = [legacy[o] for o in sorted(set(parts[key])) if o in legacy]
        if unit is None or not olds or (provinces and unit["provinceShort"] not in provinces):
            continue
        if len(olds) == 1 and (olds[0]["wardShort"], olds[0]["wardType"]) == (
                unit["wardShort"], unit["wardType"]):
            continue  # unchanged ("không thực hiện sắp xếp")
        original = [b for o in olds for b in _commune_bodies(o["wardType"], o["wardShort"])]
        resulting = _commune_bodies(unit["wardType"], unit["wardShort"])
        place = f"{unit['wardType']} {unit['wardShort']}"
        quads += _event(f"commune/{slug(unit['provinceShort'])}/{slug(place)}",
                        MERGER_DATE, f"Sắp xếp đơn vị hành chính cấp xã: "
                        f"{unit['wardType'].lower()} {unit['wardShort']} "
                        f"({unit['provinceShort']})", original, resulting, PACKAGE)
    return quads


def reviewed_events(path: Path = DATA) -> list[Quad]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    quads = []
    provinces = sorted(set(gazetteer().provinces.values()))
    for row in csv.DictReader(lines, delimiter="\t"):
        places = provinces if row["scope"] == "each-province" else [""]
        for province in places:
            unit = "Thành ủy" if fold_name(province) in PROVINCE_CITIES else "Tỉnh ủy"

            def fill(text: str, p: str = province, u: str = unit) -> str:
                return text.replace("{P}", p).replace("{U}", u).strip()

            name = fill(row["name"])
            quads += _event(f"reviewed/{slug(name)}", row["date"], name,
                            [fill(b) for b in row["original"].split(";")],
                            [fill(b) for b in row["resulting"].split(";")], row["source"])
    return quads


def reorganisation_quads() -> list[Quad]:
    quads = province_events() + district_events() + commune_events() + reviewed_events()
    return list(dict.fromkeys(quads))  # a body shared by several events is labelled once


def write_reorganisation(store: GraphStore) -> int:
    """Replace the reorganisation graph; bulk-loaded, as it is large and derived data."""
    quads = reorganisation_quads()
    store.remove_graph(G)
    store.bulk_load(quads)
    return len(quads)
