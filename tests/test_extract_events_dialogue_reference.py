"""Event vocabulary (data): a dialogue named by reference ("Tại buổi đối thoại, …") after a
lead that dates a programme without naming a gathering is that day's meeting."""

from __future__ import annotations

from test_extract_events_general import _events


def test_the_lead_dates_the_dialogue_named_later() -> None:
    text = ("Sáng 6/6, Chủ tịch HĐND thành phố Lò Văn Định chủ trì chương trình “Hội đồng nhân "
            "dân với cử tri”. Tại buổi đối thoại, cử tri Hà Thị Mận nêu ý kiến về rác thải.")
    assert _events(text, "2017-06-06", ("Lò Văn Định", "Hà Thị Mận")) == [
        ("conference", "2017-06-06", ["Lò Văn Định", "Hà Thị Mận"])]
