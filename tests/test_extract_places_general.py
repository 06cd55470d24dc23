"""Places read from short sentences we write: words that are not places, spellings of merged
and renamed units, and the province an article is about."""

from __future__ import annotations

from cadregraph.ingest.extract.context import Context
from cadregraph.ingest.extract.places import locate, place_mentions
from cadregraph.ingest.extract.sentences import split_sentences
from cadregraph.ingest.records import Article


def names(text: str) -> list[str]:
    return list(dict.fromkeys(m.name for m in place_mentions(text)))


def test_one_unknown_word_after_a_level_word_is_not_a_place() -> None:
    # "TP." ends a sentence, "Tỉnh Đoàn" is the province's youth union, "tỉnh Nam Bộ" a region
    text = ("Đề án phục vụ người dân của TP. Trên cơ sở đó, Bí thư Tỉnh Đoàn Lê Văn Tư phát "
            "biểu; Liên minh Hợp tác xã Dịch vụ của thành phố Cần Thơ cùng dự.")
    assert names(text) == ["Cần Thơ"]
    # two unknown words are still read (a unit the gazetteer does not know), and numbers
    assert names("Đoàn công tác thăm xã Ngọc Sương và Quận 7.") == ["Ngọc Sương", "Quận 7"]


def test_a_cooperative_or_the_news_agency_is_not_a_commune() -> None:
    text = ("Chủ tịch Liên minh Hợp tác xã Việt Nam thăm Hợp tác xã Tân Lợi ở xã Mỹ Hòa cùng "
            "phóng viên Thông tấn xã Việt Nam.")
    assert names(text) == ["Mỹ Hòa"]


def test_a_count_after_a_level_abbreviation_is_not_a_numbered_unit() -> None:
    text = "Kết quả của TP 6 tháng đầu năm, TP 2,5 triệu dân; UBND Quận 7 và Phường 12 báo cáo."
    assert names(text) == ["Quận 7", "Phường 12"]


def test_a_commune_lies_in_the_province_of_its_namesake_communes_not_of_a_district() -> None:
    # "huyện Thống Nhất" is in Đồng Nai; communes called Thống Nhất lie in many provinces
    (commune,) = place_mentions("Hội Cựu chiến binh xã Thống Nhất họp.")
    assert (commune.level, commune.province) == ("xã", None)
    (ward,) = place_mentions("Đảng bộ phường Mỹ Thới họp.")  # only An Giang has one
    assert (ward.level, ward.province) == ("phường", "An Giang")


def located(text: str, **kw: str) -> Context:
    article = Article(id="t", text=text, **kw)
    context = Context(article=article, text=text, sentences=split_sentences(text))
    locate(context)
    return context


def test_a_province_written_with_its_level_word_counts_once() -> None:
    # "tỉnh Bình Phước" is found as "tỉnh …" and as the bare name: one vote, as "TP.HCM" has
    text = ("HĐND TP.HCM họp. Sở Xây dựng TP.HCM làm việc với tỉnh Bình Phước về nhà ở; "
            "UBND tỉnh Bình Phước cử đoàn.")
    assert located(text).province == "Hồ Chí Minh"


def test_a_paper_named_after_a_city_is_not_the_city() -> None:
    text = ("Trao đổi với PV Pháp Luật TP.HCM, Chủ tịch UBND huyện Cầu Kè, Trà Vinh cho biết. "
            "Báo Hà Nội Mới đưa tin.")
    assert names(text) == ["Cầu Kè"]  # its province comes from the gazetteer
    assert located(text).province == "Trà Vinh"


def test_units_spelled_with_a_spaced_hyphen_read_whole() -> None:
    text = ("Đoàn công tác của tỉnh Thừa Thiên - Huế làm việc với Thành ủy Phan Rang - Tháp "
            "Chàm và xã Ngọc Sương - Phó Chủ tịch xã tiếp đoàn.")
    found = [(m.level, m.name) for m in place_mentions(text) if m.level != "thành phố"
             or m.name != "Huế"]  # "Huế" inside "Thừa Thiên - Huế" is found too, as before
    assert list(dict.fromkeys(found)) == [
        ("tỉnh", "Thừa Thiên Huế"), ("thành phố", "Phan Rang - Tháp Chàm"),
        ("xã", "Ngọc Sương")]  # an unknown name stops at " - "


def test_every_spelling_of_a_central_highlands_name_finds_the_unit() -> None:
    text = "Đoàn công tác tỉnh Đắc Lắc, tỉnh Đăk Nông và huyện Đăk Glei họp."
    assert list(dict.fromkeys((m.name, m.province) for m in place_mentions(text))) == [
        ("Đắk Lắk", "Đắk Lắk"), ("Đắk Nông", "Đắk Nông"), ("Đắk Glei", "Kon Tum")]
    # misspelt province names, bare too
    text = "Đoàn công tác về Quãng Ngãi, rồi Bắc Cạn và Đắc Lắk."
    assert names(text) == ["Quảng Ngãi", "Bắc Kạn", "Đắk Lắk"]


def test_an_unknown_name_after_an_abbreviation_with_a_dot_is_not_a_place() -> None:
    # "TP." ends the last sentence, the byline follows; a known unit after "TP." still reads
    text = "Người lao động sẽ có nhà ở TP. Lê Hoa - Minh Khang. HĐND TP. Long Xuyên họp."
    assert names(text) == ["Long Xuyên"]
    assert names("UBND TP Ngọc Sương họp.") == ["Ngọc Sương"]  # no dot: an unknown unit


def test_an_island_district_is_a_district() -> None:
    context = located("Đoàn công tác thăm huyện đảo Phú Quốc (Kiên Giang) và huyện đảo Cồn Cỏ.")
    assert context.province == "Kiên Giang" and context.places == ["Phú Quốc", "Cồn Cỏ"]


def test_units_dissolved_before_the_snapshot_keep_their_province() -> None:
    from cadregraph.ingest.extract.gazetteer import HISTORY, gazetteer

    rows = [line.split("\t") for line in HISTORY.read_text(encoding="utf-8").splitlines()[1:]
            if line and not line.startswith("#")]
    assert rows and all(len(row) == 6 and row[5] == "history" for row in rows)
    assert gazetteer().province_of("Quận 9") == "Hồ Chí Minh"
    context = located("Chủ tịch UBND quận 9 cùng Công an quận 2 kiểm tra. UBND quận 9 báo cáo.")
    assert (context.province, context.locality, context.locality_level) == (
        "Hồ Chí Minh", "Quận 9", "quận")
