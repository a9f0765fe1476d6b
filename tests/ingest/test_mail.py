"""E-mails: the body and each text-like attachment are records of their own, with the e-mail as source."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from pipeline.ingest.decode import InputError
from pipeline.ingest.mail import attachment_name
from pipeline.ingest.sources import iter_sources, load_document
from tests.ingest.makers import docx_bytes, eml_bytes, report
from tests.ingest.msgfile import msg_file


def _read(paths: list[Path]) -> dict[str, object]:
    """source -> Document, or the InputError kind."""
    out: dict[str, object] = {}
    for item in iter_sources(paths):
        if isinstance(item.payload, InputError):
            out[item.source] = item.payload.kind
            continue
        try:
            out[item.source] = load_document(item.source, item.payload)
        except InputError as exc:
            out[item.source] = exc.kind
    return out


def test_eml_body_date_subject_and_text_attachments(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    mail = tmp_path / "poczta" / "relacja.eml"
    mail.parent.mkdir()
    mail.write_bytes(eml_bytes(
        "Dzień dobry,\n" + report(17, "Opolu") + "\nPozdrawiam, Anna Nowak",
        html="<p>Dzień dobry,<br>" + report(17, "Opolu") + "</p>",
        attachments=[
            ("lista.txt", "text/plain", "Lista obecności: 20 osób, Opole.".encode("cp1250")),
            ("program.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             docx_bytes(report(18, "Opolu", "warsztaty"))),
            ("lista.txt", "text/plain", b"Druga lista: 5 os\xc3\xb3b."),
            ("logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("zaproszenie.ics", "text/calendar", b"BEGIN:VCALENDAR"),
        ],
    ))
    docs = _read([mail.parent])
    label = str(mail)
    assert list(docs) == [label, f"{label}!lista.txt", f"{label}!program.docx", f"{label}!lista-2.txt"]
    body = docs[label]
    assert body.text == "Dzień dobry,\n" + report(17, "Opolu") + "\nPozdrawiam, Anna Nowak"  # plain before HTML
    assert (body.encoding, body.id, body.metadata_date, body.title) == ("eml", "relacja", "2019-03-18",
                                                                       "Relacja ze szkolenia")
    assert docs[f"{label}!lista.txt"].text == "Lista obecności: 20 osób, Opole."
    assert docs[f"{label}!lista.txt"].id == "lista"
    assert docs[f"{label}!program.docx"].text == report(18, "Opolu", "warsztaty")
    assert docs[f"{label}!lista-2.txt"].text == "Druga lista: 5 osób."


def test_html_only_body_and_latin2_charset() -> None:
    html = "<html><body><div>Relacja</div><p>" + report(19, "Rzeszowie") + "</p></body></html>"
    doc = load_document("a.eml", eml_bytes(None, html=html))
    assert doc.text.endswith(report(19, "Rzeszowie")) and "<" not in doc.text
    raw = (b"From: a@example.org\nSubject: =?iso-8859-2?q?Relacja_z_wizyty?=\nDate: Tue, 19 Mar 2019 08:00:00 +0100\n"
           b"Content-Type: text/plain; charset=iso-8859-2\nContent-Transfer-Encoding: 8bit\n\n"
           + "Odbyła się wizyta w Łodzi.".encode("iso-8859-2"))
    doc = load_document("b.eml", raw)
    assert (doc.text, doc.title, doc.metadata_date) == ("Odbyła się wizyta w Łodzi.", "Relacja z wizyty", "2019-03-19")


def test_empty_body_with_attachment_gives_only_the_attachment(tmp_path: Path) -> None:
    mail = tmp_path / "w_zalaczniku.eml"
    mail.write_bytes(eml_bytes("\n", attachments=[("relacja.txt", "text/plain", report(20, "Kielcach").encode())]))
    docs = _read([mail])
    assert list(docs) == [f"{mail}!relacja.txt"]
    assert docs[f"{mail}!relacja.txt"].text == report(20, "Kielcach")
    lonely = tmp_path / "pusty.eml"
    lonely.write_bytes(eml_bytes("\n"))
    assert _read([lonely]) == {str(lonely): "empty"}


def test_forwarded_message_and_zipped_attachment_are_opened(tmp_path: Path) -> None:
    inner = eml_bytes(report(21, "Gdańsku"), subject="Fwd: relacja")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("maj/r.txt", report(23, "Poznaniu"))
    outer = eml_bytes("W załączeniu przesyłam.", attachments=[("relacje.zip", "application/zip", buf.getvalue())])
    from email import message_from_bytes, policy

    message = message_from_bytes(outer, policy=policy.default)
    message.add_attachment(message_from_bytes(inner, policy=policy.default))
    path = tmp_path / "m.eml"
    path.write_bytes(message.as_bytes())
    docs = _read([path])
    assert list(docs) == [str(path), f"{path}!relacje.zip!maj/r.txt", f"{path}!Fwd: relacja.eml"]
    assert docs[f"{path}!relacje.zip!maj/r.txt"].text == report(23, "Poznaniu")
    assert docs[f"{path}!Fwd: relacja.eml"].text == report(21, "Gdańsku")


def test_e_mail_inside_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("2019/m.eml", eml_bytes("Treść.", attachments=[("r.txt", "text/plain", b"Relacja.")]))
    assert list(_read([archive])) == [f"{archive}!2019/m.eml", f"{archive}!2019/m.eml!r.txt"]


def test_attachment_names() -> None:
    assert attachment_name("raport.PDF", "application/octet-stream", 1) == "raport.PDF"
    assert attachment_name("raport", "application/pdf", 1) == "raport.pdf"
    assert attachment_name(None, "text/plain", 3) == "attachment-3.txt"
    assert attachment_name("../../a!b.txt", "text/plain", 1) == "a_b.txt"
    assert attachment_name("foto.jpg", "image/jpeg", 1) is None
    assert attachment_name("dane.xlsx", "application/octet-stream", 1) is None


def test_msg_body_date_subject_and_attachments(tmp_path: Path) -> None:
    pytest.importorskip("extract_msg")
    path = tmp_path / "relacja.msg"
    path.write_bytes(msg_file("Relacja ze szkolenia w Krakowie", report(12, "Krakowie"),
                              dt.datetime(2019, 3, 13, 9, 0, tzinfo=dt.UTC),
                              [("lista obecności.txt", "Lista: 20 osób, Kraków.".encode()), ("logo.png", b"\x89PNG")]))
    docs = _read([path])
    assert list(docs) == [str(path), f"{path}!lista obecności.txt"]
    body = docs[str(path)]
    assert (body.text, body.encoding, body.metadata_date, body.title) == (
        report(12, "Krakowie"), "msg", "2019-03-13", "Relacja ze szkolenia w Krakowie")
    assert docs[f"{path}!lista obecności.txt"].text == "Lista: 20 osób, Kraków."
    assert _read([_write(tmp_path / "zly.msg", b"\xd0\xcf\x11\xe0 not an outlook file")]) == {
        str(tmp_path / "zly.msg"): "undecodable"}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
