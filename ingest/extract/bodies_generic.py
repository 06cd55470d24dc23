"""Names of bodies that name no one body: kinds ("HĐND các cấp", "UBKT các cấp", "Ủy ban nhân
dân cùng cấp", "Đại hội MTTQ Việt Nam các cấp", "Ban Thường vụ các Tỉnh ủy, Thành ủy", "cộng
tác viên của các tỉnh đoàn, thành đoàn"), an issuer's tag in a document's code ("số
1639/QĐ-UBND"), newspapers named for their owner ("theo báo Công an TP HCM") and laws
("Luật Mặt trận Tổ quốc Việt Nam").

Such a name lacks its place, and the resolver would give it the article's ("HĐND các cấp" in
news of Sơn La → "HĐND tỉnh Sơn La"), or, for the Front, the country's. A body that names its
own place ("các Đảng ủy phường A, B") is specific and stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cadregraph.ingest.extract.bodies_render import FRONT

if TYPE_CHECKING:
    from cadregraph.ingest.extract.bodies import Body

# the slot of a body that the lists it is in show to be a kind ("HĐND và UBND các xã"): read
# as a body, so that its words are read no further, but given no place (`bodies_share`)
KIND = "kind"
# "các cấp", "cùng cấp" after the body; not "cùng cấp ủy" ("Bộ Công an cùng cấp ủy, chính
# quyền": 'together with the party committees')
_LEVELS_AFTER = re.compile(r"\s*,?\s*(?:các|cùng) cấp(?!\w|\s+[uủ][ỷy])")
# "các Tỉnh ủy", "những Đảng ủy", or the next of a list that opens so ("các tỉnh đoàn, thành
# đoàn"): at most one item of one to three words between "các" and the body
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những|[Cc]ác|[Nn]hững) (?:(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện"
                            r"|[Qq]uận|[Tt]hị|[Đđ]ảng|[Ss]ở|[Bb]an|[Hh]ội|[Đđ]oàn|[Ủủ]y|UB|HĐ)"
                            r"(?: [^\W\d]+){0,2}, )?$")  # the item: a body's ("tỉnh đoàn")
# "Chủ tịch UBND các quận, huyện", "UBKT các Đảng bộ cơ sở", "Ban Thường vụ các Tỉnh ủy": the
# body of many units, named after it
_UNITS_AFTER = re.compile(r"\s+(?:các|những) (?:tỉnh|thành phố|TP|quận|huyện|thị xã|xã|phường"
                          r"|thị trấn|địa phương|đơn vị|cơ sở|ngành|[Đđ]ảng bộ|[Đđ]ảng ủy"
                          r"|[Tt]ỉnh ủy|[Tt]hành ủy|[Hh]uyện ủy|[Qq]uận ủy|[Ss]ở)(?!\w)")
# "Quyết định số 1639/QĐ-UBND", "Văn bản số 526/UBND-TNMT", "Nghị quyết 105/2010/NQ-HĐND":
# the issuer's tag in a code (the issuer is named apart, or the documents stage reads it)
_CODE_BEFORE = re.compile(r"\d/(?:[A-ZĐ]{1,6}[-/])?$")
# "Theo báo Công an TP HCM", "Báo Quân đội nhân dân": a newspaper named for its owner; not
# "thông báo", "cảnh báo", "trình báo" before a body (the word before "báo" says which)
_OUTLET_BEFORE = re.compile(r"(?:^|[.,;:(\"“”]\s*|\n|(?<!\w)(?:[Tt]heo|của|trên|tờ|đăng|với|cho"
                            r"|và|Ban biên tập|phóng viên|PV)\s+)(?:[Bb]áo|[Tt]ạp chí) $")
# "Luật Mặt trận Tổ quốc Việt Nam", "Điều lệ Hội Nông dân": a law or charter named for a body
_LAW_BEFORE = re.compile(r"(?<!\w)(?:Luật|Bộ luật|Pháp lệnh|Điều lệ) $")
_NO_BODY_WORDS = ("báo ", "Báo ", "chí ", "Luật ", "luật ", "lệnh ", "lệ ")  # the two above
# "Tỉnh ủy, HĐND, UBND các huyện": the last of a list, whose units the lister reads
# (`bodies_share`)
_LISTED_BEFORE = re.compile(r"(?:,|và|[-–])\s*$")
# "10 Ban Thường vụ Tỉnh ủy": counted, so many; not "kỳ họp thứ 4 HĐND", "tháng 7 Thanh tra"
# (nor "Quận 1 UBND quận", "Điều 5 HĐND": a numbered place or part, not a count)
_COUNTED_BEFORE = re.compile(r"(?<!\w)(?!(?:thứ|số|ngày|tháng|năm|khóa|khoá|lúc|kỳ|lần|[Qq]uận"
                             r"|[Pp]hường|[Kk]hu|[Tt]ổ|[Ấấ]p|[Kk]hóm|[Đđ]iều|[Kk]hoản|[Mm]ục"
                             r"|[Cc]hương|[Pp]hần|[Qq]uân khu) )[^\W\d]+ \d{1,3} $")


def generic(tv: str, body: Body) -> bool:
    """Whether `body`, read from `tv` (the article's view), names a kind of body (or is part
    of a document's code)."""
    # ~20 bodies an article: a look at the characters around each spares most of the regexes
    start, end = body.start, body.end
    before = tv[max(0, start - 6):start]
    if before and (before[-1] in "-/" and _CODE_BEFORE.search(tv, max(0, start - 24), start)
                   or before.endswith(_NO_BODY_WORDS)
                   and (_OUTLET_BEFORE.search(tv, max(0, start - 30), start)
                        or _LAW_BEFORE.search(tv, max(0, start - 12), start))):
        return True
    anchor = body.anchor
    if anchor.place is not None or anchor.more_places:
        return False
    after = tv[end:end + 9]
    units = ("các" in after or "cùng" in after or "những" in after) and (
        _UNITS_AFTER.match(tv, end) or _LEVELS_AFTER.match(tv, end))
    # the Front with no place is the country's, unless units follow ("Đại hội MTTQVN nhiệm kỳ
    # 2019-2024 các tỉnh trong khu vực": the provinces' Fronts)
    local = body.slot != "national" or body.core == FRONT
    if local and (
            before[-2:-1].isdigit() and _COUNTED_BEFORE.search(tv, max(0, start - 16), start)
            or units and not _LISTED_BEFORE.search(tv, max(0, start - 4), start)):
        return True
    if units and _LEVELS_AFTER.match(tv, end):  # "MTTQ Việt Nam các cấp": not the country's
        return True
    # a plural before the body: only a body with no part of a place in its name (a named
    # party of a ministry "các Đảng ủy Bộ …" is its own), not one of the country, and not a
    # department named ("các Sở Tài chính, Nội vụ": the province's own)
    if body.parent is not None or body.slot in ("national", "named"):
        return False
    window = tv[max(0, start - 40):start]
    return ("ác " in window or "hững " in window) \
        and _PLURAL_BEFORE.search(tv, max(0, start - 40), start) is not None


# "Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư, Ủy ban Kiểm tra và Chủ nhiệm UBKT các Đảng
# bộ cơ sở": a list of parts and posts (items of up to 40 characters) closed by many units
_LIST_OF_MANY = re.compile(r"(?:\s*(?:,|và)\s*[^,.;:\n]{1,40}?){0,6}\s+(?:của\s+)?(?:các|những)\s+"
                           r"(?:[Đđ]ảng bộ|[Đđ]ảng ủy|[Cc]hi bộ|cấp ủy|xã|phường|huyện|quận|tỉnh"
                           r"|địa phương|đơn vị|cơ sở)(?!\w)")


def many_after(text: str, end: int) -> bool:
    """Whether a part of a committee named without it (ending at `end`) is listed with others
    of many units named after them: it belongs to no committee named before."""
    return _LIST_OF_MANY.match(text, end) is not None
