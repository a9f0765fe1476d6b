"""Inputs to items: one item per input, bad ones as errors of the right kind; archives streamed safely."""

from __future__ import annotations

import io
import stat
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from pipeline.ingest.decode import InputError
from pipeline.ingest.formats import member_stem
from pipeline.ingest.sources import (
    STDIN_LABEL,
    document_format,
    iter_sources,
    load_document,
    unsafe_member_name,
)
from tests.ingest.makers import text_pdf

GOOD = "W dniu 12.03.2019 r. w Krakowie odbyło się szkolenie dla 20 osób."
GOOD2 = "Spotkanie w Gdańsku 5 maja 2020 r. zgromadziło 15 uczestników."


def kinds(items) -> dict[str, str | None]:
    return {it.source: (it.payload.kind if isinstance(it.payload, InputError) else None) for it in items}


def zip_symlink(zf: zipfile.ZipFile, name: str, target: str) -> None:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    zf.writestr(info, target)


def test_folder_recursive_sorted_with_missing_and_glob(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_bytes(GOOD2.encode("cp1250"))
    (tmp_path / "b" / "deep" / "y.htm").write_text(f"<p>{GOOD}</p>", encoding="utf-8")
    items = list(iter_sources([tmp_path, tmp_path / "nope.txt", str(tmp_path / "b" / "*.txt"), str(tmp_path / "*.zip")]))
    sources = [it.source for it in items]
    assert sources == [
        str(tmp_path / "a.txt"),  # a folder's files first, then its subfolders, each sorted
        str(tmp_path / "b" / "x.txt"),
        str(tmp_path / "b" / "deep" / "y.htm"),
        str(tmp_path / "nope.txt"),
        str(tmp_path / "b" / "x.txt"),
        str(tmp_path / "*.zip"),
    ]
    assert [k for k in kinds(items).values()].count("not_found") == 2
    assert items[0].payload == GOOD.encode("utf-8")


def test_too_large_file_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 101)
    (item,) = iter_sources([big], max_bytes=100)
    assert isinstance(item.payload, InputError) and item.payload.kind == "too_large"


def test_stdin() -> None:
    (item,) = iter_sources(["-"], stdin=io.BytesIO(GOOD.encode()))
    assert item.source == STDIN_LABEL and item.payload == GOOD.encode()
    (item,) = iter_sources(["-"], stdin=io.BytesIO(b"x" * 11), max_bytes=10)
    assert item.payload.kind == "too_large"


def test_zip_good_and_bad_members(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("w/srodku.txt", GOOD2)
    path = tmp_path / "paczka.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("2019/relacja.txt", GOOD)
        z.writestr("2019/", "")  # a directory entry: not an input
        z.writestr("../../etc/evil.txt", GOOD)
        z.writestr("/abs/evil.txt", GOOD)
        z.writestr("C:/windows/evil.txt", GOOD)
        zip_symlink(z, "link.txt", "/etc/passwd")
        z.writestr("duzy.txt", "x" * 5000)
        z.writestr("zagniezdzone.zip", inner.getvalue())
        z.writestr("zepsuty.txt", GOOD * 20)
    # corrupt the compressed data of the last member: a CRC / inflate error when read
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("zepsuty.txt")
        offset = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(offset + 2, offset + 12):
        raw[i] ^= 0xFF
    path.write_bytes(bytes(raw))

    got = kinds(iter_sources([path], max_bytes=4000))
    p = str(path)
    assert got == {
        f"{p}!2019/relacja.txt": None,
        f"{p}!../../etc/evil.txt": "archive",
        f"{p}!/abs/evil.txt": "archive",
        f"{p}!C:/windows/evil.txt": "archive",
        f"{p}!link.txt": "archive",
        f"{p}!duzy.txt": "too_large",
        f"{p}!zagniezdzone.zip!w/srodku.txt": None,
        f"{p}!zepsuty.txt": "archive",
    }


def test_zip_bomb_is_bounded_by_real_size(tmp_path: Path) -> None:
    """A member whose header lies about its size still stops at the bound."""
    path = tmp_path / "bomba.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", b"0" * 200_000)
    (item,) = iter_sources([path], max_bytes=1000)
    assert item.payload.kind == "too_large"


def test_corrupt_and_fake_archives(tmp_path: Path) -> None:
    (tmp_path / "fake.zip").write_bytes(b"PK\x03\x04 this is not really a zip")
    (tmp_path / "fake.tar.gz").write_bytes(b"\x1f\x8b\x08 broken gzip")
    (tmp_path / "empty.tar").write_bytes(b"")
    got = kinds(iter_sources([tmp_path]))
    assert got == {str(tmp_path / n): "archive" for n in ("empty.tar", "fake.tar.gz", "fake.zip")}


def _tar_add(tf: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tf.addfile(info, io.BytesIO(data))


def test_tar_gz_members_streamed_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "raporty.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        _tar_add(tf, "a/r1.txt", GOOD.encode())
        _tar_add(tf, "a/r2.txt", GOOD2.encode("iso-8859-2"))
        _tar_add(tf, "../evil.txt", b"x")
        link = tarfile.TarInfo("a/link.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
        hard = tarfile.TarInfo("a/hard.txt")
        hard.type = tarfile.LNKTYPE
        hard.linkname = "a/r1.txt"
        tf.addfile(hard)
        _tar_add(tf, "a/big.txt", b"y" * 3000)
    p = str(path)
    assert kinds(iter_sources([path], max_bytes=2000)) == {
        f"{p}!a/r1.txt": None,
        f"{p}!a/r2.txt": None,
        f"{p}!../evil.txt": "archive",
        f"{p}!a/link.txt": "archive",
        f"{p}!a/hard.txt": "archive",
        f"{p}!a/big.txt": "too_large",
    }


def test_truncated_tar_gz_reports_the_rest(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        _tar_add(tf, "r1.txt", GOOD.encode())
        for i in range(30):  # incompressible enough that the cut lands after the first member
            _tar_add(tf, f"r{i + 2}.txt", bytes(range(256)) * 40 + str(i).encode())
    path = tmp_path / "cut.tar.gz"
    path.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    items = list(iter_sources([path]))
    assert items[0].source == f"{path}!r1.txt" and items[0].ok
    # the member cut in the middle, then one item for the unreadable rest of the archive
    assert [it.payload.kind for it in items[-2:] if isinstance(it.payload, InputError)] == ["archive", "archive"]
    assert items[-1].source == str(path)
    assert all(it.ok for it in items[1:-2])


@pytest.mark.parametrize("name", ["../x", "a/../../x", "/x", "\\x", "..\\x", "C:x", "a\x00b", ""])
def test_unsafe_member_names(name: str) -> None:
    assert unsafe_member_name(name)


@pytest.mark.parametrize("name", ["x.txt", "a/b/c.html", "..x/y", "a..b"])
def test_safe_member_names(name: str) -> None:
    assert unsafe_member_name(name) is None


def test_member_stem_and_format() -> None:
    assert member_stem("/a/b/paczka.zip!2019/maj/relacja.html") == "relacja"
    assert member_stem("dir/plik.txt") == "plik"
    assert document_format("x.HTM", b"") == "html"
    assert document_format("x.zip!y.docx", b"") == "docx"
    assert document_format("noext", b"%PDF-1.4") == "pdf"
    assert document_format(STDIN_LABEL, b"  <!DOCTYPE html><p>x") == "html"
    assert document_format("x.txt", b"<html>") == "text"


def test_load_document_text_keeps_decode_rules() -> None:
    doc = load_document("a.zip!dir/r.txt", GOOD.encode("cp1250"))
    assert doc.text == GOOD and doc.encoding == "cp1250" and doc.id == "r"
    with pytest.raises(InputError) as err:
        load_document("a.txt", b"\x00\x01binary")
    assert err.value.kind == "binary"


def test_docx(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    word = docx.Document()
    word.add_paragraph("Relacja ze szkolenia")
    word.add_paragraph(GOOD)
    table = word.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Uczestnicy"
    table.rows[0].cells[1].text = "20"
    buf = io.BytesIO()
    word.save(buf)
    doc = load_document("relacja.docx", buf.getvalue())
    assert doc.text == f"Relacja ze szkolenia\n{GOOD}\nUczestnicy | 20"
    assert doc.encoding == "docx"
    with pytest.raises(InputError) as err:
        load_document("zly.docx", b"PK\x03\x04 not a docx")
    assert err.value.kind == "undecodable"


def test_pdf() -> None:
    pytest.importorskip("pypdf")
    doc = load_document("relacja.pdf", text_pdf("Szkolenie odbylo sie 12.03.2019 r. w Krakowie."))
    assert "12.03.2019 r. w Krakowie" in doc.text and doc.encoding == "pdf"
    with pytest.raises(InputError) as err:
        load_document("zly.pdf", b"%PDF-1.4 garbage")
    assert err.value.kind in ("undecodable", "empty")


def test_missing_extra_is_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    monkeypatch.setitem(sys.modules, "pypdf", None)
    for name, data in (("a.docx", b"PK\x03\x04..."), ("a.pdf", b"%PDF-1.4 ...")):
        with pytest.raises(InputError) as err:
            load_document(name, data)
        assert err.value.kind == "unsupported" and "pl-events[docs]" in err.value.message
