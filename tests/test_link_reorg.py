"""The 2025 reorganisation graph: package-derived and reviewed change events."""

from pathlib import Path

from cadregraph.ingest.link.reorg import (
    commune_events,
    district_events,
    province_events,
    reviewed_events,
)
from cadregraph.ingest.rdf import body_iri
from cadregraph.ontology.terms import ORG


def changes(quads) -> dict[str, dict[str, set[str]]]:
    out: dict[str, dict[str, set[str]]] = {}
    for q in quads:
        if q.predicate in (ORG.originalOrganization, ORG.resultingOrganization):
            side = "from" if q.predicate == ORG.originalOrganization else "to"
            out.setdefault(q.subject.value, {"from": set(), "to": set()})[side].add(q.object.value)
    return out


def test_provinces_merge_into_their_successor() -> None:
    events = changes(province_events())
    an_giang = next(v for k, v in events.items() if k.endswith("/province/an-giang"))
    assert body_iri("Tỉnh ủy Kiên Giang").value in an_giang["from"]
    assert body_iri("Tỉnh ủy An Giang").value in an_giang["to"]
    hcm = next(v for k, v in events.items() if k.endswith("/province/ho-chi-minh"))
    assert body_iri("Hội đồng nhân dân tỉnh Bình Dương").value in hcm["from"]
    assert body_iri("Hội đồng nhân dân Thành phố Hồ Chí Minh").value in hcm["to"]


def test_district_bodies_end_and_wards_merge() -> None:
    ended = changes(district_events())
    long_xuyen = next(v for k, v in ended.items() if k.endswith("/an-giang/long-xuyen"))
    assert body_iri("Thành ủy Long Xuyên").value in long_xuyen["from"]
    assert not long_xuyen["to"]
    wards = changes(commune_events({"An Giang"}))
    my_thoi = next(v for k, v in wards.items() if k.endswith("/an-giang/phuong-my-thoi"))
    assert body_iri("Đảng ủy phường Mỹ Thạnh").value in my_thoi["from"]
    assert my_thoi["to"] == {body_iri(b).value for b in (
        "Đảng ủy phường Mỹ Thới", "Hội đồng nhân dân phường Mỹ Thới",
        "Ủy ban nhân dân phường Mỹ Thới")}


def test_reviewed_file_round_trips(tmp_path: Path) -> None:
    data = tmp_path / "r.tsv"
    data.write_text("# our example\ndate\tscope\toriginal\tresulting\tname\tsource\n"
                    "2025-03-01\teach-province\tBan Tuyên giáo {U} {P}; Ban Dân vận {U} {P}\t"
                    "Ban Tuyên giáo và Dân vận {U} {P}\tHợp nhất ({P})\ttest\n",
                    encoding="utf-8")
    events = changes(reviewed_events(data))
    assert len(events) == 63  # every legacy province
    merged = {v for e in events.values() for v in e["to"]}
    assert body_iri("Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang").value in merged
    assert body_iri("Ban Tuyên giáo và Dân vận Thành ủy Hà Nội").value in merged
    assert len(changes(reviewed_events())) > 63  # the shipped file loads too
