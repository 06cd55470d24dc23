"""Encodings: UTF-8 with BOM, Windows-1258 (converted), TCVN3/VNI (refused), mojibake."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from cadregraph.ingest.read import iter_articles
from cadregraph.ingest.read.decode import DecodeError, decode_bytes
from cadregraph.ingest.records import Article, ReadFailure

SENTENCE = ("Ban Chấp hành Đảng bộ tỉnh của các đồng chí được bầu vào Ủy ban và công tác "
            "năm 2024 ở Hòa Bình")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed base letters, tone marks as combining bytes."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in _TONES).encode("cp1258")
    return out


def test_utf8_with_bom_is_read() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8")) == SENTENCE


def test_windows_1258_is_converted_and_nfc() -> None:
    data = _cp1258(SENTENCE)
    assert data != SENTENCE.encode("utf-8")
    text = decode_bytes(data)
    assert text == SENTENCE and unicodedata.is_normalized("NFC", text)


def test_tcvn3_is_refused_with_advice() -> None:
    # "Thông tin nghiên cứu của các đồng chí" in TCVN3 bytes (domain §9.4 table).
    data = "Th«ng tin nghiªn cøu cña c¸c ®ång chÝ".encode("latin-1")
    with pytest.raises(DecodeError, match="TCVN3.*convert it to Unicode UTF-8"):
        decode_bytes(data)


def test_vni_is_refused_with_advice() -> None:
    data = "Xin chaøo caùc baïn, Ñaûng boä tænh".encode("latin-1")
    with pytest.raises(DecodeError, match="VNI"):
        decode_bytes(data)


def test_tcvn3_text_saved_as_utf8_is_refused_but_guillemets_are_fine() -> None:
    mangled = "Th«ng tin nghiªn cøu cña c¸c ®ång chÝ vÒ c«ng t¸c §¶ng"
    with pytest.raises(DecodeError, match="is UTF-8 but reads like TCVN3"):
        decode_bytes(mangled.encode("utf-8"))
    quoted = "Phong trào «Chi bộ 4 tốt» của các đồng chí được triển khai trong năm " * 3
    assert decode_bytes(quoted.encode("utf-8")) == quoted


def test_random_bytes_are_refused() -> None:
    with pytest.raises(DecodeError, match="not valid UTF-8"):
        decode_bytes(bytes(range(128, 256)) * 3)


def test_utf8_read_as_latin1_is_repaired() -> None:
    broken = SENTENCE.encode("utf-8").decode("latin-1").encode("utf-8")
    assert decode_bytes(broken) == SENTENCE


def test_txt_file_in_cp1258_reads_and_tcvn3_file_fails(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(_cp1258("Hội nghị Tỉnh ủy\n" + SENTENCE))
    (tmp_path / "b.txt").write_bytes("Tiªu ®Ò\nTh«ng tin nghiªn cøu cña c¸c ®ång chÝ"
                                     .encode("latin-1"))
    first, second = iter_articles([tmp_path])
    assert isinstance(first, Article) and first.title == "Hội nghị Tỉnh ủy"
    assert first.text == SENTENCE
    assert isinstance(second, ReadFailure) and "TCVN3" in second.reason
