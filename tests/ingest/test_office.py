"""The office formats (.odt, .rtf, .doc), scanned PDFs, and the dates and titles containers carry."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

from pipeline.ingest.decode import InputError
from pipeline.ingest.meta import iso_date
from pipeline.ingest.read import read_file
from pipeline.ingest.sources import document_format, load_document
from tests.ingest.makers import DOC_FIXTURE, docx_bytes, html_page, odt_bytes, report, rtf_bytes, scanned_pdf, text_pdf


def _error(name: str, data: bytes) -> InputError:
    with pytest.raises(InputError) as err:
        load_document(name, data)
    return err.value


def test_iso_date_reads_container_dates() -> None:
    assert iso_date(dt.datetime(2019, 5, 20, 9, 30)) == "2019-05-20"
    assert iso_date("D:20190321120000+01'00'") == "2019-03-21"
    assert iso_date("2019-03-14T10:00:00") == "2019-03-14"
    for placeholder in (None, "", "D:2019", "1601-01-01", dt.datetime(1899, 12, 30), "not a date", "2019-02-30"):
        assert iso_date(placeholder) is None
    assert iso_date(dt.date.today() + dt.timedelta(days=400)) is None  # a writer with a wrong clock


def test_odt_paragraphs_tables_date_and_title() -> None:
    pytest.importorskip("odfdo")
    data = odt_bytes([report(14, "Krakowie"), "Prowadząca: Anna Nowak"], table=[["Kobiety", "12"], ["Mężczyźni", "8"]],
                     created=dt.datetime(2019, 3, 15, 10, 0), title="Szkolenie w Krakowie", heading="Relacja")
    doc = load_document("archiwum.zip!relacja.odt", data)
    assert doc.text == f"Relacja\n{report(14, 'Krakowie')}\nProwadząca: Anna Nowak\nKobiety | 12\nMężczyźni | 8"
    assert (doc.encoding, doc.id, doc.metadata_date, doc.title) == ("odt", "relacja", "2019-03-15", "Szkolenie w Krakowie")
    assert _error("zly.odt", b"PK\x03\x04 not an odt").kind == "undecodable"


def test_rtf_code_page_escapes_date_and_title() -> None:
    pytest.importorskip("striprtf")
    doc = load_document("relacja.rtf", rtf_bytes())
    assert doc.text == (f"{report(16, 'Toruniu')}\nProwadząca: Anna Nowak")
    assert (doc.encoding, doc.metadata_date, doc.title) == ("rtf", "2019-03-20", "Relacja ze szkolenia w Toruniu")
    assert _error("zly.rtf", b"just text, not rtf").kind == "undecodable"


@pytest.mark.skipif(not (shutil.which("antiword") or shutil.which("catdoc")), reason="needs antiword or catdoc")
def test_doc_word97_fixture() -> None:
    doc = load_document("relacja.doc", DOC_FIXTURE.read_bytes())
    assert doc.text.startswith("Relacja z wizyty studyjnej\n\nW dniu 14.05.2019 r. w Gdańsku odbyła się wizyta studyjna")
    assert "Stowarzyszenie Żółta Łódź" in doc.text and "„Źródło”" in doc.text
    assert "Kobiety | 11\nMężczyźni | 7" in doc.text
    assert doc.text.endswith("Sporządziła: Anna Kowalska, koordynatorka projektu.")
    assert doc.encoding == "doc" and doc.metadata_date == "2019-05-20"
    assert doc.title == "Relacja z wizyty studyjnej"


def test_doc_without_antiword_or_catdoc_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    error = _error("relacja.doc", DOC_FIXTURE.read_bytes())
    assert error.kind == "unsupported" and "antiword" in error.message and "apt-get install" in error.message


@pytest.mark.skipif(not shutil.which("antiword"), reason="needs antiword")
def test_doc_that_is_not_word_is_undecodable() -> None:
    assert _error("zly.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600).kind == "undecodable"


def test_doc_and_docx_names_are_checked_against_the_bytes() -> None:
    assert document_format("stary.doc", rtf_bytes()) == "rtf"
    assert document_format("stary.doc", b"<html><body>x</body></html>") == "html"
    assert document_format("stary.doc", b"PK\x03\x04...") == "docx"
    assert document_format("nowy.docx", DOC_FIXTURE.read_bytes()[:16]) == "doc"
    assert document_format("list.eml", b"From: a") == "eml" and document_format("x.MSG", b"") == "msg"
    assert document_format("bez_nazwy", rtf_bytes()) == "rtf"
    pytest.importorskip("striprtf")
    assert load_document("stary.doc", rtf_bytes()).encoding == "rtf"


def test_missing_extras_name_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("odfdo", "striprtf", "striprtf.striprtf", "extract_msg"):
        monkeypatch.setitem(sys.modules, module, None)
    for name, data, package in (("a.odt", b"PK\x03\x04...", "odfdo"), ("a.rtf", b"{\\rtf1 x}", "striprtf"),
                                ("a.msg", b"\xd0\xcf\x11\xe0...", "extract-msg")):
        error = _error(name, data)
        assert error.kind == "unsupported" and package in error.message and "pl-events[docs]" in error.message


def test_docx_created_date_and_title() -> None:
    pytest.importorskip("docx")
    data = docx_bytes(report(12, "Krakowie"), created=dt.datetime(2019, 3, 13, 8, 0), title="Szkolenie")
    doc = load_document("relacja.docx", data)
    assert (doc.metadata_date, doc.title, doc.text) == ("2019-03-13", "Szkolenie", report(12, "Krakowie"))


def test_pdf_creation_date_and_title() -> None:
    pytest.importorskip("pypdf")
    doc = load_document("relacja.pdf", text_pdf("Szkolenie odbylo sie 12.03.2019 r.", "D:20190319101500+01'00'"))
    assert (doc.text, doc.metadata_date, doc.title) == ("Szkolenie odbylo sie 12.03.2019 r.", "2019-03-19", "Relacja")


def test_scanned_pdf_is_no_text_and_says_to_run_ocr() -> None:
    pytest.importorskip("pypdf")
    error = _error("skan.pdf", scanned_pdf())
    assert error.kind == "no_text"
    assert "scanned" in error.message and "OCR" in error.message and "ocrmypdf" in error.message


def test_html_published_date_and_title_from_metadata() -> None:
    doc = load_document("strona.html", html_page(report(22, "Lublinie")).encode())
    assert doc.text == report(22, "Lublinie")
    assert (doc.metadata_date, doc.title) == ("2019-03-22", "Szkolenie w Lublinie")
    plain = load_document("bez.html", f"<html><body><p>{report(22, 'Lublinie')}</p></body></html>".encode())
    assert plain.metadata_date is None  # the date in the running text is the text's, not the page's


def test_read_file_follows_the_name(tmp_path: Path) -> None:
    pytest.importorskip("striprtf")
    path = tmp_path / "relacja.rtf"
    path.write_bytes(rtf_bytes())
    doc = read_file(path)
    assert (doc.encoding, doc.id, doc.source) == ("rtf", "relacja", str(path))
    assert doc.text.startswith(report(16, "Toruniu"))


def test_docx_template_date_is_not_the_documents() -> None:
    pytest.importorskip("docx")
    assert load_document("skrypt.docx", docx_bytes(report(12, "Krakowie"))).metadata_date is None
