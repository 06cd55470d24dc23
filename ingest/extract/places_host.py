"""What an outlet's web address says of where its news is: provincial portals and papers
carry the province, sometimes the district ("longxuyen.angiang.gov.vn"), and a commune's or
ward's portal leads with the commune ("thaodien.tpthuduc.hochiminhcity.gov.vn")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from cadregraph.ingest.extract.gazetteer import gazetteer


def ascii_key(name: str) -> str:
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _host_keys() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    gaz = gazetteer()
    provinces = {ascii_key(p): p for p in gaz.provinces}
    districts = {}
    for units in gaz.units.values():
        for u in units:
            if u.level == "district":
                districts[(u.province, ascii_key(u.name))] = u.name
    return provinces, districts


@lru_cache(maxsize=1024)  # keyed by outlet: a few hundred hosts
def from_host(site: str | None) -> tuple[str | None, str | None]:
    if not site:
        return None, None
    provinces, districts = _host_keys()
    labels = site.lower().split(".")
    best = None
    for label in labels:
        for key, name in provinces.items():
            if len(key) >= 5 and key in label and (best is None or len(key) > len(best[0])):
                best = (key, name)
    if best is None:
        return None, None
    district = next((districts[(best[1], lab)] for lab in labels
                     if lab != best[0] and (best[1], lab) in districts), None)
    return best[1], district


@lru_cache(maxsize=1)
def _ward_keys() -> dict[tuple[str, str], set[tuple[str, str]]]:
    wards: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for units in gazetteer().units.values():
        for u in units:
            if u.level == "ward":
                wards.setdefault((u.province, ascii_key(u.name)), set()).add((u.type, u.name))
    return wards


@lru_cache(maxsize=1024)  # keyed by outlet and province: a few hundred
def host_ward(site: str | None, province: str | None, level: str) -> str | None:
    """The commune or ward (of type `level`: "xã", "phường" …) whose portal `site` is: its
    first label, a digit or two after it ("chilangnam1"), names a unit of the province and
    more labels follow it than a province's paper has ("khuetrung.danang.gov.vn")."""
    if not site or province is None:
        return None
    labels = site.lower().split(".")
    if len(labels) < 4:
        return None
    if (district := from_host(site)[1]) is not None and ascii_key(district) == labels[0]:
        return None  # "longxuyen.angiang.gov.vn": the city's portal, not phường Long Xuyên's
    found = _ward_keys().get((province, labels[0].rstrip("0123456789")), set())
    types = {name for type_, name in found if type_ == level}
    return types.pop() if len(found) == 1 and types else None
