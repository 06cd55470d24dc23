"""Who "ông"/"bà"/"đồng chí" opening a clause refers to (`persons_antecedent`), on short
sentences we wrote (fictional people)."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.names import find_names
from cadregraph.ingest.extract.people import extract_people
from cadregraph.ingest.extract.persons_antecedent import Antecedents
from cadregraph.ingest.extract.places import locate
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article


def run(text: str, province: str | None = "Hòa Bình") -> dict[str, set[tuple[str, str]]]:
    article = Article(id="t", text=text, province=province)
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    persons, _ = extract_people(context)
    return {p.name: {q.key() for q in p.positions} for p in persons}


GIAM_DOC = ("Giám đốc", "Sở Y tế tỉnh Hòa Bình")


def test_a_co_author_after_voi_is_not_the_antecedent() -> None:
    held = run("Nhà thơ Lê Văn Tùng sinh năm 1950 tại Hòa Bình. Văn Tùng làm thơ từ nhỏ. "
               "Năm 1980, ông in chung tập thơ với Hà Minh Đạo. Năm 1990, ông được bổ nhiệm "
               "Giám đốc Sở Y tế tỉnh Hòa Bình.")
    assert GIAM_DOC in held["Lê Văn Tùng"]
    assert held["Hà Minh Đạo"] == set()


def test_a_list_after_voi_and_a_colon_gets_nothing() -> None:
    held = run("Ông Lê Văn Tùng viết báo. Ông Tùng làm thơ. Hằng ngày ông gần gũi với các nhà "
               "văn, nhà thơ: Hà Minh Đạo, Phùng Quang Vũ, Tạ Thị Lan. Sau đó, ông được bổ "
               "nhiệm Giám đốc Sở Y tế tỉnh Hòa Bình.")
    assert GIAM_DOC in held["Lê Văn Tùng"]
    for other in ("Hà Minh Đạo", "Phùng Quang Vũ", "Tạ Thị Lan"):
        assert held[other] == set(), other


def test_no_one_when_the_article_has_no_main_person() -> None:
    held = run("Hội nghị có ông Lê Văn Tùng dự. Tại đây, ông Kha Minh Đạo gặp gỡ với Phùng "
               "Quang Vũ. Sau đó, ông được bổ nhiệm Giám đốc Sở Y tế tỉnh Hòa Bình.")
    assert all(GIAM_DOC not in posts for posts in held.values())


def test_meeting_report_keeps_the_last_speaker() -> None:
    # the chair is named most often, but "Ông" follows the speaker named last
    held = run("Ông Lê Văn Tùng chủ trì hội nghị. Ông Tùng nhấn mạnh nhiệm vụ. Ông Tùng yêu "
               "cầu các sở. Ông Hà Minh Đạo phát biểu tại hội nghị. Ông cho biết trước đó "
               "ông từng giữ chức Giám đốc Sở Y tế tỉnh Hòa Bình.")
    assert GIAM_DOC in held["Hà Minh Đạo"]
    assert GIAM_DOC not in held["Lê Văn Tùng"]


def test_a_topic_opened_by_voi_is_the_antecedent() -> None:
    held = run("Ông Lê Văn Tùng bị kỷ luật. Ông Tùng đã nhận lỗi. Với bà Tạ Thị Lan, cơ quan "
               "kiểm tra xác định: Trong thời gian giữ chức Giám đốc Sở Y tế tỉnh Hòa Bình, "
               "bà đã vi phạm quy định.")
    assert GIAM_DOC in held["Tạ Thị Lan"]
    assert GIAM_DOC not in held["Lê Văn Tùng"]


def test_a_possessor_stays_the_antecedent() -> None:
    held = run("Ông Lê Văn Tùng là con trai của ông Hà Minh Đạo. Ông Tùng nghỉ hưu. Đơn của "
               "ông Đạo được chấp thuận. Ông nhận quyết định thôi giữ chức Giám đốc Sở Y tế "
               "tỉnh Hòa Bình.")
    assert GIAM_DOC in held["Hà Minh Đạo"]
    assert GIAM_DOC not in held["Lê Văn Tùng"]


def test_a_plural_pronoun_names_no_one() -> None:
    held = run("Dự đại hội có đồng chí Lê Văn Tùng, Bí thư Đảng ủy xã Tân Lạc, cùng các đại "
               "biểu, các đồng chí nguyên là Chủ tịch Hội Cựu chiến binh xã Tân Lạc.")
    assert ("Chủ tịch", "Hội Cựu chiến binh xã Tân Lạc") not in held["Lê Văn Tùng"]
    assert ("Bí thư", "Đảng ủy xã Tân Lạc") in held["Lê Văn Tùng"]


def test_passing_and_main_person_directly() -> None:
    text = ("Nhà văn Văn Tùng kể chuyện. Lê Văn Tùng làm thơ cùng Hà Minh Đạo. Với ông Phùng "
            "Quang Vũ, ông thân thiết.")
    names = find_names(text, [])
    index = {n.name: i for i, n in enumerate(names)}
    who = Antecedents(text, names, None)
    assert who.passing(index["Hà Minh Đạo"])
    assert not who.passing(index["Lê Văn Tùng"])
    assert not who.passing(index["Phùng Quang Vũ"])  # opens its clause: the topic
    assert who.main() is None  # no owners: no one is known to be met more than once
