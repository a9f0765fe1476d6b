"""What every container reader shares: tidy the extracted text, read the container's own date.

Readers of .docx, .pdf, .odt, .rtf, .doc and e-mail get plain text out of a container; this
module turns that text into a `Document` the same way for all of them (whitespace runs
folded per line, at most one blank line in a row, NFC) and normalises the dates the
containers store (a datetime, a PDF date string, an ISO stamp) to ISO ``YYYY-MM-DD`` for
`Document.metadata_date`: the reference date for relative dates when the text has none.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from pipeline.ingest.decode import Document, InputError, sha256_hex
from pipeline.text.normalize import normalize

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_PDF_DATE = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?")
#: container dates before this are placeholders (1601, 1899, 1970 epochs of the writing programs)
_EARLIEST_YEAR = 1980


def iso_date(value: object) -> str | None:
    """A container's date as ISO YYYY-MM-DD, or None when it is missing or not a plausible date."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        found = date(value.year, value.month, value.day)
    else:
        text = str(value)
        match = _ISO.match(text) or _PDF_DATE.match(text)
        if not match:
            return None
        try:
            found = date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1))
        except ValueError:
            return None
        if match.re is _PDF_DATE and not match.group(3):
            return None  # "D:2019" names no day
    if found.year < _EARLIEST_YEAR or found > date.today():
        return None
    return found.isoformat()


def tidy_text(text: str) -> str:
    """Whitespace runs folded per line, at most one blank line in a row, NFC, stripped."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]
    return unicodedata.normalize("NFC", "\n".join(kept).strip())


def container_document(
    text: str,
    data: bytes,
    source: str | None,
    doc_id: str | None,
    fmt: str,
    metadata_date: str | None = None,
    title: str | None = None,
) -> Document:
    """A `Document` from text extracted out of `data`; `encoding` names the container format."""
    text = tidy_text(text)
    if not text:
        raise InputError("empty", f"the {fmt} file has no text")
    digest = sha256_hex(data)
    title = " ".join(title.split()) if title else None
    return Document(
        text=text, source=source, encoding=fmt, sha256=digest, id=doc_id or digest[:16], norm=normalize(text),
        metadata_date=metadata_date, title=title or None,
    )


def needs(package: str, fmt: str) -> InputError:
    """The `unsupported` error for a missing optional reader, naming what to install."""
    return InputError("unsupported", f"reading {fmt} needs {package}: pip install 'pl-events[docs]'")
