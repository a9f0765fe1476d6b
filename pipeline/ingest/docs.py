"""Word (.docx) and PDF reports to text, through maintained libraries installed as an extra.

    pip install 'pl-events[docs]'     # python-docx and pypdf

Without them a .docx or .pdf input becomes an error record of kind ``unsupported`` that
says what to install; nothing else in the batch is affected.

- .docx: python-docx; the paragraphs of the body, then the text of table cells (one line
  per row, cells separated by " | "), in document order.
- .pdf: pypdf; the text layer of each page (pages separated by a blank line). A scanned
  PDF without a text layer is an error of kind ``no_text`` that says to run OCR first
  (e.g. ocrmypdf): no OCR here, and never an empty report; an encrypted or broken one
  is ``undecodable``.

Dates and titles: the .docx core property ``created`` and the PDF ``CreationDate`` go to
`Document.metadata_date`, their titles to `Document.title` (see `pipeline.ingest.meta`).

Offsets in a report of such an input index the extracted text (``document.text``).
`sha256` is of the file's bytes; `encoding` is "docx" or "pdf" (the text was extracted
from that container, not decoded from a character set).
"""

from __future__ import annotations

import io
from datetime import datetime

from pipeline.ingest.decode import MAX_BYTES, Document, InputError, check_size
from pipeline.ingest.meta import container_document, iso_date

#: the 'created' stamp of python-docx's built-in template, which every file it makes keeps unless set
_PYTHON_DOCX_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15)
#: PDFs with more pages are cut here (a warning would need the report; the text says it).
MAX_PDF_PAGES = 500


def docx_to_document(
    data: bytes, source: str | None = None, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    check_size(data, max_bytes)
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
    props = word.core_properties
    created = props.created
    if created is not None and created.replace(tzinfo=None) == _PYTHON_DOCX_TEMPLATE_CREATED:
        created = None  # a script's python-docx file that never set its date, not a real one
    return container_document("\n".join(parts), data, source, doc_id, "docx",
                              metadata_date=iso_date(created), title=props.title)


def pdf_to_document(
    data: bytes, source: str | None = None, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    check_size(data, max_bytes)
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
        info = _pdf_info(reader)
        for i, page in enumerate(reader.pages):
            if i >= MAX_PDF_PAGES:
                break
            pages.append(page.extract_text() or "")
    except InputError:
        raise
    except Exception as exc:  # pypdf's PdfReadError and many low-level errors on broken files
        raise InputError("undecodable", f"not a readable PDF: {type(exc).__name__}: {exc}") from None
    if pages and not "".join(pages).strip():
        raise InputError(
            "no_text",
            f"the PDF has {len(pages)} page(s) but no text layer: it is scanned (images of pages); "
            "run OCR first, e.g. `ocrmypdf --language pol in.pdf out.pdf`, and read the OCR'd file",
        )
    return container_document("\n\n".join(pages), data, source, doc_id, "pdf", *info)


def _pdf_info(reader) -> tuple[str | None, str | None]:
    """(CreationDate as ISO, Title) from the document information dictionary; broken ones give None."""
    try:
        meta = reader.metadata
        if meta is None:
            return None, None
        raw = meta.get("/CreationDate")
        title = meta.title
        return iso_date(str(raw) if raw is not None else None), str(title) if title else None
    except Exception:  # a malformed info dictionary must not cost the text
        return None, None
