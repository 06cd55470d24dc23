"""Former and current posts, each told on a short sentence we wrote (fictional people):
"cựu"/"cố" before a title, "khi đó là" after a name, a post left in the clause before its
holder ("thôi chức …, ông A"), and the new post taken after leaving one ("thôi …, về làm B");
and the title abbreviations "GĐ", "PGĐ", "TGĐ"."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.places import locate
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article
from test_extract_people_general import run


def flags(text: str, province: str | None = None) -> dict[str, dict[tuple[str, str], bool]]:
    """Each person's posts, (role, body) → former."""
    article = Article(id="t", text=text, province=province)
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    persons, _ = extract_people(context)
    return {p.name: {(x.role, x.body): x.former for x in p.positions} for p in persons}


def test_cuu_and_co_mark_a_former_post() -> None:
    found = flags("Từ trái qua: ông Lê Văn Hòa, Cựu Bí thư Thành ủy Cần Thơ, bà Trần Thị Mai, "
                  "phu nhân của ông Võ Văn Tám. Cựu Chủ tịch UBND tỉnh Hậu Giang Phan Văn Lợi "
                  "và cố Bí thư Tỉnh ủy Hậu Giang Nguyễn Văn Tư được nhắc đến.")
    assert found["Lê Văn Hòa"] == {("Bí thư", "Thành ủy Cần Thơ"): True}
    assert found["Trần Thị Mai"] == {}  # the chain after Hòa's name is his, not hers
    assert found["Phan Văn Lợi"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Hậu Giang"): True}
    assert found["Nguyễn Văn Tư"] == {("Bí thư", "Tỉnh ủy Hậu Giang"): True}


def test_then_after_a_name_marks_a_former_post() -> None:
    found = flags("Bà Phạm Thị Lan - khi đó là Chủ tịch UBND tỉnh Yên Bái và hiện nay là Bí "
                  "thư Tỉnh ủy Yên Bái - đã ký quyết định. Ông Võ Văn Cự, nguyên là Bí thư "
                  "Tỉnh ủy Hà Tĩnh, trả lời báo chí.")
    assert found["Phạm Thị Lan"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái"): True,
                                     ("Bí thư", "Tỉnh ủy Yên Bái"): False}
    assert found["Võ Văn Cự"] == {("Bí thư", "Tỉnh ủy Hà Tĩnh"): True}


def test_post_left_in_the_clause_before_its_holder() -> None:
    found = flags("Một ngày sau khi nhận quyết định thôi chức Bí thư Thành ủy Cần Thơ, ông Đinh "
                  "Văn Thắng đã nhận nhiệm vụ mới. Khi còn làm Giám đốc Sở Y tế tỉnh Hòa Bình, "
                  "ông Trương Văn Dương bị tố cáo. Trước khi được bầu giữ chức Phó Chủ tịch UBND "
                  "tỉnh Quảng Ngãi, ông Đặng Văn Bính làm Bí thư Thành ủy Quảng Ngãi.")
    assert found["Đinh Văn Thắng"] == {("Bí thư", "Thành ủy Cần Thơ"): True}
    assert found["Trương Văn Dương"] == {("Giám đốc", "Sở Y tế tỉnh Hòa Bình"): True}
    # taking a post is no leaving, and "từng" must say that a post was held
    assert found["Đặng Văn Bính"][("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi")] is False
    found = flags("Từng thiếu điều kiện để bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Yên Bái, ông "
                  "Phạm Văn Quế vẫn được bổ nhiệm.")
    assert found["Phạm Văn Quế"] == {("Giám đốc", "Sở Xây dựng tỉnh Yên Bái"): False}


def test_post_taken_after_leaving_one_is_current() -> None:
    found = flags("Bộ Chính trị phân công ông Đinh Văn Thắng thôi giữ chức Bí thư Thành ủy Cần "
                  "Thơ về làm Phó Ban Kinh tế Trung ương. Ông Lê Văn Trung thôi giữ chức bí thư "
                  "Quận ủy Thanh Khê để về nhận nhiệm vụ mới làm Giám đốc Sở Nội vụ thành phố "
                  "Đà Nẵng.")
    assert found["Đinh Văn Thắng"] == {("Bí thư", "Thành ủy Cần Thơ"): True,
                                       ("Phó Trưởng ban", "Ban Kinh tế Trung ương"): False}
    assert found["Lê Văn Trung"] == {("Bí thư", "Quận ủy Thanh Khê"): True,
                                     ("Giám đốc", "Sở Nội vụ thành phố Đà Nẵng"): False}


def test_director_abbreviations() -> None:
    persons, _, _ = run("Trong danh sách có GĐ Sở Công thương tỉnh Hậu Giang Huỳnh Văn Phong. Ông "
                        "Bùi Văn Cường - PGĐ Sở GTVT TP.HCM - trình bày. Ông Trần Văn Minh, TGĐ "
                        "Đài Truyền hình Việt Nam, dự.")
    assert persons["Huỳnh Văn Phong"] == {("Giám đốc", "Sở Công thương tỉnh Hậu Giang")}
    assert persons["Bùi Văn Cường"] == {
        ("Phó Giám đốc", "Sở Giao thông vận tải thành phố Hồ Chí Minh")}
    assert persons["Trần Văn Minh"] == {("Tổng Giám đốc", "Đài Truyền hình Việt Nam")}
