"""Bytes of one input to a `Document`, by format: the name decides, the first bytes correct it.

| format | suffixes | reader |
| --- | --- | --- |
| html | .html .htm .xhtml .shtml | `pipeline.ingest.html` (trafilatura) |
| docx | .docx | `pipeline.ingest.docs` (python-docx) |
| pdf | .pdf | `pipeline.ingest.docs` (pypdf; scanned ones are ``no_text``) |
| odt | .odt | `pipeline.ingest.office` (odfdo) |
| rtf | .rtf | `pipeline.ingest.office` (striprtf) |
| doc | .doc | `pipeline.ingest.office` (antiword or catdoc) |
| eml | .eml | `pipeline.ingest.mail` (standard library) |
| msg | .msg | `pipeline.ingest.mail` (extract-msg) |
| text | anything else | `pipeline.ingest.decode` (UTF-8, Windows-1250, ISO-8859-2) |

Old archives name files loosely: a Word "document" may be RTF or HTML saved with a .doc
name, a .docx may be an old binary file renamed. For .doc and .docx names the first bytes
pick the reader (OLE compound file, zip, ``{\\rtf``, HTML); a name without a known suffix
(stdin too) is sniffed for PDF, RTF and HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from pipeline.ingest.decode import MAX_BYTES, Document, decode_bytes

#: The source label of standard input.
STDIN_LABEL = "<stdin>"

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_SUFFIX_FORMAT = {".docx": "docx", ".pdf": "pdf", ".odt": "odt", ".rtf": "rtf", ".doc": "doc", ".eml": "eml",
                  ".msg": "msg"}
_TEXT_SUFFIXES = (".txt", ".text", ".md")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: what ``pl-events`` reads, for messages and the README
READ_FORMATS = ("txt", "html", "docx", "pdf", "odt", "rtf", "doc", "eml", "msg")


def _sniff(data: bytes) -> str | None:
    """The format the first bytes prove, if any."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    if data.startswith(_OLE_MAGIC):
        return "ole"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    return None


def document_format(source: str, data: bytes) -> str:
    """'html', 'docx', 'pdf', 'odt', 'rtf', 'doc', 'eml', 'msg' or 'text' for one input."""
    lower = source.rsplit("!", 1)[-1].lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    suffix = "." + lower.rsplit(".", 1)[-1] if "." in lower else ""
    named = _SUFFIX_FORMAT.get(suffix)
    if named in ("doc", "docx"):
        sniffed = _sniff(data)
        return {"ole": "doc", "zip": "docx", "rtf": "rtf", "html": "html"}.get(sniffed or "", named)
    if named:
        return named
    if lower.endswith(_TEXT_SUFFIXES):
        return "text"
    sniffed = _sniff(data)
    return sniffed if sniffed in ("pdf", "rtf", "html") else "text"


def reader_for(fmt: str) -> Callable[..., Document]:
    """The reader of one format, imported only when an input of that format comes."""
    if fmt == "html":
        from pipeline.ingest.html import html_to_document

        return html_to_document
    if fmt in ("docx", "pdf"):
        from pipeline.ingest import docs

        return docs.docx_to_document if fmt == "docx" else docs.pdf_to_document
    if fmt in ("odt", "rtf", "doc"):
        from pipeline.ingest import office

        return {"odt": office.odt_to_document, "rtf": office.rtf_to_document, "doc": office.doc_to_document}[fmt]
    if fmt in ("eml", "msg"):
        from pipeline.ingest import mail

        return mail.eml_to_document if fmt == "eml" else mail.msg_to_document
    return decode_bytes


def member_stem(source: str) -> str:
    """The document id a source gets: the stem of the file or archive member name."""
    tail = source.rsplit("!", 1)[-1]
    return PurePosixPath(tail.replace("\\", "/")).stem or tail


def load_document(source: str, data: bytes, max_bytes: int = MAX_BYTES) -> Document:
    """Bytes of one input to a `Document` (raises InputError); offsets index `document.text`."""
    doc_id = None if source == STDIN_LABEL else member_stem(source)
    return reader_for(document_format(source, data))(data, source=source, doc_id=doc_id, max_bytes=max_bytes)
