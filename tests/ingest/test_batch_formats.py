"""`pl-events batch` on a folder with one file of every kind: one record each, only the scan fails."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from tests.ingest import makers as mk
from tests.ingest.msgfile import msg_file


def test_batch_reads_every_kind(tmp_path: Path) -> None:
    for module in ("docx", "pypdf", "odfdo", "striprtf", "extract_msg"):
        pytest.importorskip(module)
    if not (shutil.which("antiword") or shutil.which("catdoc")):
        pytest.skip("needs antiword or catdoc")
    from typer.testing import CliRunner

    from pipeline.cli import app

    folder = tmp_path / "archiwum"
    folder.mkdir()
    # name -> (bytes, encoding, event date, metadata date)
    files: dict[str, tuple[bytes, str, str, str | None]] = {
        "a.txt": (mk.report(10, "Krakowie").encode("cp1250"), "cp1250", "2019-03-10", None),
        "b.html": (mk.html_page(mk.report(11, "Lublinie")).encode(), "utf-8", "2019-03-11", "2019-03-22"),
        "c.docx": (mk.docx_bytes(mk.report(12, "Opolu"), created=dt.datetime(2019, 3, 13)), "docx", "2019-03-12",
                   "2019-03-13"),
        "d.pdf": (mk.text_pdf(mk.report(13, "Poznaniu").replace("ą", "a").replace("ę", "e").replace("ó", "o")
                           .replace("ł", "l").replace("ż", "z").replace("ś", "s"), "D:20190314"), "pdf",
                  "2019-03-13", "2019-03-14"),
        "e.odt": (mk.odt_bytes([mk.report(14, "Kielcach")], created=dt.datetime(2019, 3, 15)), "odt", "2019-03-14",
                  "2019-03-15"),
        "f.rtf": (mk.rtf_bytes(), "rtf", "2019-03-16", "2019-03-20"),
        "g.doc": (mk.DOC_FIXTURE.read_bytes(), "doc", "2019-05-14", "2019-05-20"),
        "h.eml": (mk.eml_bytes("Dzień dobry,\n" + mk.report(17, "Rzeszowie")), "eml", "2019-03-17", "2019-03-18"),
        "i.msg": (msg_file("Relacja", mk.report(19, "Toruniu"), dt.datetime(2019, 3, 20, tzinfo=dt.UTC)), "msg",
                  "2019-03-19", "2019-03-20"),
        "skan.pdf": (mk.scanned_pdf(), "", "", None),
    }
    for name, (data, *_rest) in files.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "-j", "0"])
    assert result.exit_code == 1, result.output
    assert "10 inputs: ok 9, failed 1 (no_text 1)" in result.output
    records = {Path(r["document"]["source"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert sorted(records) == sorted(files)
    scan = records.pop("skan.pdf")
    assert scan["error"]["kind"] == "no_text" and "ocrmypdf" in scan["error"]["message"]
    for name, record in records.items():
        _, encoding, date, metadata_date = files[name]
        assert "error" not in record, (name, record)
        assert record["document"]["encoding"] == encoding, name
        assert record["event"]["date_start"] == date, name
        assert record["document"]["metadata_date"] == metadata_date, name
        evidence = record["event"]["date_evidence"]["text"]
        assert evidence.startswith(date[8:10] + "." + date[5:7] + ".2019"), name
    assert records["g.doc"]["event"]["organizer"] == "Stowarzyszenie Żółta Łódź"
    assert records["f.rtf"]["document"]["title"] == "Relacja ze szkolenia w Toruniu"
