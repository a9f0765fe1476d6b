"""Word (.docx) and PDF reports to text, through maintained libraries installed as an extra.

    pip install 'pl-events[docs]'     # python-docx and pypdf

Without them a .docx or .pdf input becomes an error record of kind ``unsupported`` that
says what to install; nothing else in the batch is affected.

- .docx: python-docx; the paragraphs of the body, then the text of table cells (one line
  per row, cells separated by " | "), in document order.
- .pdf: pypdf; the text layer of each page (pages separated by a blank line). A scanned
  PDF without a text layer is ``empty`` (no OCR here); an encrypted or broken one is
  ``undecodable``.

Offsets in a report of such an input index the extracted text (``document.text``).
`sha256` is of the file's bytes; `encoding` is "docx" or "pdf" (the text was extracted
from that container, not decoded from a character set).
"""

from __future__ import annotations

import io
import unicodedata

from pipeline.ingest.decode import MAX_BYTES, Document, InputError, sha256_hex
from pipeline.text.normalize import normalize

#: PDFs with more pages are cut here (a warning would need the report; the text says it).
MAX_PDF_PAGES = 500


def _document(text: str, data: bytes, source: str | None, doc_id: str | None, fmt: str) -> Document:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]  # one blank line at most
    text = unicodedata.normalize("NFC", "\n".join(kept).strip())
    if not text.strip():
        raise InputError("empty", f"the {fmt} file has no text" + (" layer (scanned?)" if fmt == "pdf" else ""))
    digest = sha256_hex(data)
    return Document(
        text=text, source=source, encoding=fmt, sha256=digest, id=doc_id or digest[:16], norm=normalize(text)
    )


def _check(data: bytes, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise InputError("too_large", f"{len(data)} bytes is more than the limit of {max_bytes}")
    if not data.strip():
        raise InputError("empty", "the input is empty")


def docx_to_document(
    data: bytes, source: str | None = None, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    _check(data, max_bytes)
    try:
        import docx
    except ImportError:
        raise InputError(
            "unsupported", "reading .docx needs python-docx: pip install 'pl-events[docs]'"
        ) from None
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile, KeyError, lxml and its own errors
        raise InputError("undecodable", f"not a readable .docx file: {type(exc).__name__}: {exc}") from None
    parts: list[str] = []
    try:
        body = word.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
            elif tag == "tbl":
                for row in child.iter():
                    if row.tag.endswith("}tr"):
                        cells = []
                        for cell in row.iterchildren():
                            if cell.tag.endswith("}tc"):
                                cells.append(" ".join(
                                    "".join(n.text or "" for n in p.iter() if n.tag.endswith("}t"))
                                    for p in cell.iter() if p.tag.endswith("}p")
                                ).strip())
                        parts.append(" | ".join(c for c in cells if c))
    except Exception as exc:
        raise InputError("undecodable", f"cannot read the .docx body: {type(exc).__name__}: {exc}") from None
    return _document("\n".join(parts), data, source, doc_id, "docx")


def pdf_to_document(
    data: bytes, source: str | None = None, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    _check(data, max_bytes)
    try:
        import pypdf
    except ImportError:
        raise InputError("unsupported", "reading .pdf needs pypdf: pip install 'pl-events[docs]'") from None
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken PDFs log a warning per object
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputError("undecodable", "the PDF is encrypted") from None
        pages = []
        for i, page in enumerate(reader.pages):
            if i >= MAX_PDF_PAGES:
                break
            pages.append(page.extract_text() or "")
    except InputError:
        raise
    except Exception as exc:  # pypdf's PdfReadError and many low-level errors on broken files
        raise InputError("undecodable", f"not a readable PDF: {type(exc).__name__}: {exc}") from None
    return _document("\n\n".join(pages), data, source, doc_id, "pdf")
