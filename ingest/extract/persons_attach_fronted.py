"""A title that is the object of a clause put before its sentence's subject (part of
`persons_attach`): "Báo cáo với Bí thư Thành ủy, bà A cho biết …", "Trước đó, báo cáo với đoàn
làm việc của Bí thư Thành ủy, Phó Giám đốc Sở Xây dựng B cho hay …". The clause opens with a
verb and "với" and has no subject of its own; the name after its comma is the subject of a verb
of saying, so the titles before that comma are of the one reported to, not of A or B. Without
the verb of saying the name is in apposition and keeps them ("Đoàn làm việc với Bí thư Tỉnh
ủy, ông A, về …").
"""

from __future__ import annotations

import re

from cadregraph.ingest.extract.chains import Chain
from cadregraph.ingest.normalize.tables import UPPER

_VERBS = ("báo cáo", "trao đổi", "làm việc", "chia sẻ", "nói chuyện", "tiếp xúc", "gặp gỡ",
          "đối thoại", "trả lời", "giải trình")
# the verb opens its clause: after a stop or a comma, or written with a capital where a
# heading ran into the text without a stop ("Tập trung chăm lo cho CNVC-LĐ Báo cáo với …");
# a few lower-case words may stand between "với" and the title ("đoàn làm việc của")
_FRONTED = re.compile(r"(?:(?:^|[.!?:;,\n])\s*(?i:" + "|".join(_VERBS) + r")|(?<!\S)(?:"
                      + "|".join(v[0].upper() + v[1:] for v in _VERBS) + r"))"
                      rf"\s+với\s+(?:(?![{UPPER}])[^\W\d_]+\s+){{0,5}}$")
# the verb of saying the name after the comma is the subject of
_SAYS = re.compile(r"\s+(?:(?:đã|cũng|thì)\s+)?(?:cho biết|cho hay|nói|khẳng định|nhấn mạnh|"
                   r"thông tin|chia sẻ|báo cáo|giải thích|trình bày|nêu|bày tỏ|thừa nhận|"
                   r"xác nhận|kiến nghị|đề nghị|đề xuất)(?!\w)")
_COMMA = re.compile(r"\s*,\s*")


def fronted_object(text: str, chain: Chain, name_end: int, comma_after: bool) -> int:
    """How many of `chain`'s first items are the object of a fronted "<verb> với" clause and
    not the name's after it (0: none). `comma_after`: a comma stands between the chain and
    the name, so all of them are; else those before the chain's last comma are."""
    if _SAYS.match(text, name_end) is None \
            or _FRONTED.search(text, max(0, chain.start - 60), chain.start) is None:
        return 0
    if comma_after:
        return len(chain.items)
    items = chain.items
    for k in range(len(items) - 1, 0, -1):
        if _COMMA.fullmatch(text, items[k - 1].end, items[k].start):
            return k
    return 0
