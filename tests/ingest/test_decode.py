import pytest

from pipeline.ingest.decode import InputError, decode_bytes

TEXT = "Spotkanie w Łodzi: 12 uczestniczek, źródło wiedzy, Świętokrzyskie, ąę ść żółć."


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1250", "cp1250"), ("iso-8859-2", "iso-8859-2"),
])
def test_encodings_detected(encoding, expected):
    doc = decode_bytes(TEXT.encode(encoding))
    assert doc.encoding == expected
    assert doc.text == TEXT


def test_offsets_keep_length_with_typographic_characters():
    text = "W\u00a0dniach 25\u201326.02.2014\u00a0r. \u2013 \u201eRazem\u201d"
    doc = decode_bytes(text.encode("utf-8"))
    assert doc.text == text and len(doc.norm) == len(text)
    assert doc.norm == 'W dniach 25-26.02.2014 r. - "Razem"'


@pytest.mark.parametrize("data,kind", [
    (b"", "empty"), (b"   \n\t ", "empty"), (b"\x00\x01\x02binary\x00", "binary"),
    (b"x" * 100, "too_large"),
])
def test_bad_input(data, kind):
    with pytest.raises(InputError) as info:
        decode_bytes(data, max_bytes=50)
    assert info.value.kind == kind


def test_nfc():
    decomposed = "Zako\u0301pane"  # o + combining acute
    assert decode_bytes(decomposed.encode()).text == "Zakópane"
