"""Name keys and typo-tolerant blocking used by linking."""

from cadregraph.ingest.link.cluster import blocks
from cadregraph.ingest.link.names import fold_name, gender_cue, name_relation, tone_key


def test_tone_placement_is_ignored_but_tones_are_not() -> None:
    assert tone_key("Nguyễn Thị Hoà") == tone_key("NGUYỄN THỊ HÒA")
    assert tone_key("Lê Thuỷ") == tone_key("Lê Thủy")
    assert tone_key("Nguyễn Văn Hùng") != tone_key("Nguyễn Văn Hưng")
    assert fold_name("Nguyễn Văn Hùng") == fold_name("Nguyễn Văn Hưng") == "nguyen van hung"


def test_name_relations() -> None:
    assert name_relation("Vương Bình Thạnh", "Vương Bình Thạnh") == "exact"
    assert name_relation("Vương Bình Thành", "Vương Bình Thạnh") == "diacritic"
    assert name_relation("Đào Xuân Quí", "Đào Xuân Quý") == "edit"
    # a letter and a tone apart: two names, not a slip
    assert name_relation("Phạm Văn Cành", "Phạm Văn Chánh") is None
    assert name_relation("Nguyễn Văn Hùng", "Nguyễn Hùng") is None


def test_blocks_join_one_slip_apart_only() -> None:
    names = ["Đào Xuân Quí", "Đào Xuân Quý", "Trần Văn Nam", "Lê Văn An", "Phạm Văn Cành",
             "Phạm Văn Chánh", "Vương Bình Thành", "Vương Bình Thạnh"]
    block = blocks(names)
    assert block["Đào Xuân Quí"] == block["Đào Xuân Quý"] == "dao xuan qui"
    assert block["Trần Văn Nam"] != block["Đào Xuân Quí"]
    assert block["Lê Văn An"] == "le van an"
    assert block["Vương Bình Thành"] == block["Vương Bình Thạnh"]
    assert block["Phạm Văn Cành"] != block["Phạm Văn Chánh"]  # a letter and a tone apart


def test_gender_cues_need_the_diacritic() -> None:
    assert gender_cue("Đặng Thị Hoa Rây") == "female"
    assert gender_cue("Hồ Văn Mừng") == "male"
    assert gender_cue("Lâm Quang Thi") is None
