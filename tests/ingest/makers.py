"""Files of every input kind, made in the tests with the writers that exist (and the .doc fixture)."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
from email.message import EmailMessage
from pathlib import Path

DOC_FIXTURE = Path(__file__).parent / "data" / "relacja.doc"


def report(day: int, city: str, event: str = "szkolenie") -> str:
    """One short report whose date (day.03.2019) and city tell the inputs apart."""
    return (f"W dniu {day:02d}.03.2019 r. w {city} odbyło się {event} dla 20 osób (12 kobiet i 8 mężczyzn). "
            "Organizatorem było Stowarzyszenie Rozwoju Wsi.")


def docx_bytes(text: str, created: dt.datetime | None = None, title: str | None = None) -> bytes:
    import docx

    word = docx.Document()
    if created:
        word.core_properties.created = created
    if title:
        word.core_properties.title = title
    for line in text.split("\n"):
        word.add_paragraph(line)
    buf = io.BytesIO()
    word.save(buf)
    return buf.getvalue()


def odt_bytes(paragraphs: list[str], table: list[list[str]] = (), created: dt.datetime | None = None,
              title: str | None = None, heading: str | None = None) -> bytes:
    from odfdo import Document, Header, Paragraph, Row, Table

    odf = Document("text")
    if heading:
        odf.body.append(Header(1, heading))
    for text in paragraphs:
        odf.body.append(Paragraph(text))
    if table:
        grid = Table("Tabela1")
        for cells in table:
            row = Row()
            for i, cell in enumerate(cells):
                row.set_value(i, cell)
            grid.append(row)
        odf.body.append(grid)
    if created:
        odf.meta.creation_date = created
    if title:
        odf.meta.title = title
    buf = io.BytesIO()
    odf.save(buf)
    return buf.getvalue()


def rtf_bytes() -> bytes:
    """Hand-written RTF as Polish Word writes it: code page 1250, \\'xx escapes and a \\u escape."""
    return (
        b"{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset238 Arial;}}\r\n"
        b"{\\info{\\title Relacja ze szkolenia w Toruniu}{\\creatim\\yr2019\\mo3\\dy20\\hr10\\min5}}\r\n"
        b"\\pard\\f0\\fs20 W dniu 16.03.2019 r. w Toruniu odby\\'b3o si\\'ea szkolenie dla 20 os\\'f3b "
        b"(12 kobiet i 8 m\\'ea\\'bfczyzn). Organizatorem by\\'b3o Stowarzyszenie Rozwoju Wsi.\\par\r\n"
        b"Prowadz\\u261?ca: {\\b Anna Nowak}\\par\r\n}"
    )


def pdf_bytes(content: bytes, created: str | None = None, image: bool = False) -> bytes:
    """A one-page PDF drawing `content`; `image` adds a 1x1 picture (a scanned page has only that)."""
    resources = b"/Font << /F1 5 0 R >>" + (b" /XObject << /Im1 6 0 R >>" if image else b"")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << "
        + resources + b" >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream",
    ]
    if created:
        objects.append(b"<< /Title (Relacja) /CreationDate (" + created.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    info = b" /Info %d 0 R" % len(objects) if created else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref)
    return bytes(out)


def text_pdf(text: str, created: str | None = None) -> bytes:
    return pdf_bytes(f"BT /F1 10 Tf 40 720 Td ({text}) Tj ET".encode("latin-1"), created)


def scanned_pdf() -> bytes:
    """A page that is only a picture: what a scanner without OCR writes."""
    return pdf_bytes(b"q 612 0 0 792 0 0 cm /Im1 Do Q", "D:20190321120000+01'00'", image=True)


def eml_bytes(body: str | None, attachments: list[tuple[str, str, bytes]] = (), html: str | None = None,
              subject: str = "Relacja ze szkolenia", sent: dt.datetime | None = None) -> bytes:
    """An e-mail made with email.message; attachments are (filename, MIME type, bytes)."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "Biuro Projektu <biuro@example.org>"
    message["To"] = "archiwum@example.org"
    message["Date"] = email.utils.format_datetime(sent or dt.datetime(2019, 3, 18, 16, 30, tzinfo=dt.UTC))
    if body is not None:
        message.set_content(body)
        if html:
            message.add_alternative(html, subtype="html")
    elif html:
        message.set_content(html, subtype="html")
    for filename, mime, data in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def html_page(text: str) -> str:
    return (
        "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Szkolenie w Lublinie | OWES</title>"
        "<meta property='og:title' content='Szkolenie w Lublinie'>"
        "<meta property='article:published_time' content='2019-03-22T09:00:00+01:00'></head>"
        f"<body><nav>Strona główna | Kontakt</nav><article><p>{text}</p></article>"
        "<footer>Wszelkie prawa zastrzeżone</footer></body></html>"
    )
