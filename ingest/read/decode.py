"""Bytes to text: UTF-8 (with or without BOM), Windows-1258, and refusals that say why.

Vietnamese text from old sites and documents may be in a legacy 8-bit encoding (domain §9.4).
Windows-1258 is decoded (its tone marks are combining characters, so NFC follows). TCVN3
(ABC) and VNI are recognised and refused with the way out, since a wrong guess would silently
turn names into other names. UTF-8 that was once mis-decoded as Windows-1252 ("Äáº£ng")
is repaired when the repair gives clean UTF-8.
"""

from __future__ import annotations

import re
import unicodedata


class DecodeError(ValueError):
    """The bytes are not text this reader can trust; the message says what to do."""


_COMMON_WORDS = re.compile(
    r"(?<!\w)(?:của|và|các|được|người|những|không|trong|này|đã|với|là|có|cho|năm|tỉnh|"
    r"Đảng|đồng chí|công tác|Việt Nam)(?!\w)", re.IGNORECASE
)
# Latin-1 renderings of TCVN3 letters (« = ô, © = â, ª = ê, ¬ = ơ, ® = đ, µ = à, ¸ = á …).
_TCVN3 = re.compile(r"[a-zA-Z]?[«©ª¬®µ¸×Ý¶·¹¨Õøö§][a-zA-Z]")
# VNI: a base letter followed by a mark byte ("aø", "eá", "oâ", "öø"), Ñ for Đ.
_VNI = re.compile(r"[aeiouyAEIOUYöÖ][øùûõïìíîòóâáàäåëêèéñ](?:[a-zA-Z]|\b)|(?<![\w])Ñ[a-zA-Z]")
_MOJIBAKE = re.compile(r"Ã[\x80-\xbf¡-¿]|Ä[\x80-\xbf‘’]|Æ[°¡]|á»|áº")


def _vietnamese_score(text: str) -> float:
    words = max(1, len(text.split()))
    return len(_COMMON_WORDS.findall(text)) / words


def _repair_mojibake(text: str) -> str:
    if len(_MOJIBAKE.findall(text)) < 3:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if len(_MOJIBAKE.findall(repaired)) < len(_MOJIBAKE.findall(text)):
            return repaired
    return text


def _refuse_legacy(text: str, what: str, how: str, hits: int) -> None:
    """Raise when `text` shows TCVN3 or VNI letter patterns and hardly any Vietnamese words."""
    if _vietnamese_score(text) >= 0.02:
        return
    legacy = (("TCVN3 (ABC, .VnTime fonts)", _TCVN3), ("VNI (VNI-Windows fonts)", _VNI))
    for name, pattern in legacy:
        if len(pattern.findall(text)) >= hits:
            raise DecodeError(
                f"{what} {how.format(name)}, a legacy Vietnamese encoding this reader does not "
                "convert; convert it to Unicode UTF-8 first (e.g. UniKey Toolkit's converter) "
                "and read it again"
            )


def decode_bytes(data: bytes, what: str = "file") -> str:
    """Text of `data`, NFC; raises DecodeError with advice when the encoding is not trusted."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return unicodedata.normalize("NFC", data.decode("utf-16"))
        except UnicodeError as err:
            raise DecodeError(f"{what} starts with a UTF-16 mark but is not UTF-16: {err}; "
                              "save it as UTF-8") from None
    try:
        text = unicodedata.normalize("NFC", _repair_mojibake(data.decode("utf-8")))
    except UnicodeDecodeError as err:
        utf8_error = err
    else:
        _refuse_legacy(text, what, "is UTF-8 but reads like {} text converted as Latin-1", 5)
        return text
    _refuse_legacy(data.decode("latin-1"), what, "is not UTF-8 and looks like {}", 3)
    as_1258 = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    if "\ufffd" not in as_1258 and _vietnamese_score(as_1258) >= 0.05:
        return as_1258
    raise DecodeError(
        f"{what} is not valid UTF-8 (byte {utf8_error.start}: {utf8_error.reason}) and is not "
        "recognisable Windows-1258 Vietnamese; save it as UTF-8 and read it again"
    )
