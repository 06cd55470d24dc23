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


def test_blocks_join_one_edit_apart_only() -> None:
    names = ["dao xuan qui", "dao xuan quy", "tran van nam", "le van an"]
    block = blocks(names)
    assert block["dao xuan qui"] == block["dao xuan quy"]
    assert block["tran van nam"] != block["dao xuan qui"]
    assert block["le van an"] == "le van an"


def test_gender_cues_need_the_diacritic() -> None:
    assert gender_cue("Đặng Thị Hoa Rây") == "female"
    assert gender_cue("Hồ Văn Mừng") == "male"
    assert gender_cue("Lâm Quang Thi") is None
