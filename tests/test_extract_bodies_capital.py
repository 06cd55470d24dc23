""""Đảng bộ, chính quyền và nhân dân Thủ đô": the capital is Hà Nội, so the party is the city's,
not that of a commune the article named before (dev gold names the formula's party by the place
after it). Sentences we wrote."""

from __future__ import annotations

from test_extract_people_general import run


def test_the_party_of_the_people_of_the_capital_is_ha_noi() -> None:
    _, orgs, _ = run("Lễ dâng hương diễn ra tại nhà tưởng niệm ở xã Sài Sơn, huyện Quốc Oai. Lãnh "
                     "đạo thành phố khẳng định: Đảng bộ, chính quyền và nhân dân Thủ đô luôn ghi "
                     "nhớ công lao của đồng chí.", province="Hà Nội")
    assert "Đảng bộ thành phố Hà Nội" in orgs
    assert "Đảng bộ xã Sài Sơn" not in orgs
