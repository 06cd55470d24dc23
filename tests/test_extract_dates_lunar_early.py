"""Days of the lunar calendar date no meeting; "Sáng sớm 3/4" is a morning like "Sáng 3/4"."""

from __future__ import annotations

from cadregraph.ingest.extract.dates import day_mentions


def _days(text: str) -> list[tuple[int, int]]:
    return [(mention.day, mention.month) for mention in day_mentions(text)]


def test_a_lunar_date_beside_the_solar_one_is_no_day() -> None:
    assert _days("Sáng 18/4 (tức ngày 10 tháng 3 âm lịch), tỉnh tổ chức lễ dâng hương.") == [
        (18, 4)]
    assert _days("Ngày 10/3 (âm lịch), nhân dân tổ chức lễ giỗ.") == []
    assert _days("Ngày 10/3 Âm lịch hằng năm là ngày giỗ.") == []


def test_an_early_morning_leads_to_its_day() -> None:
    assert _days("Sáng sớm 3/4, đoàn công tác lên đường.") == [(3, 4)]
    # … and a solar date is still read where "âm lịch" comes later in the sentence.
    assert _days("Sáng 3/4, tỉnh tổ chức hội nghị về lễ hội tháng Giêng âm lịch.") == [(3, 4)]
