"""Bytes to a `Document`: detect the encoding old Polish archives use, refuse what is not text.

Detection is deliberately narrow: UTF-8 (with or without BOM) first, because it is
self-validating; otherwise the two legacy Polish code pages, told apart by the
bytes where they differ (ś ź Ś Ź Ą ą live at different places in each).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

#: Default bound on one document; larger inputs are refused, not truncated.
MAX_BYTES = 5 * 1024 * 1024

# Bytes that are Polish letters in one legacy code page and something else in the other.
_CP1250_ONLY = {0x8C, 0x8F, 0x9C, 0x9F, 0xA5, 0xB9}  # Ś Ź ś ź Ą ą in Windows-1250
_ISO_ONLY = {0xA1, 0xA6, 0xAC, 0xB1, 0xB6, 0xBC}  # Ą Ś Ź ą ś ź in ISO-8859-2
_C1_CONTROLS = set(range(0x80, 0xA0))


class InputError(Exception):
    """A documented input problem; `kind` is one of models.ErrorKind."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class Document:
    """Decoded text plus where it came from; offsets everywhere index `text`.

    `text` is the decoded original (NFC); `norm` is the same length with typographic
    variants folded for matching, so an offset found in `norm` indexes `text` too.
    """

    text: str
    source: str | None
    encoding: str
    sha256: str
    id: str
    norm: str = field(default="", repr=False)
    #: the document's own date from its container (HTML published time, docx/odt "created",
    #: PDF CreationDate, e-mail Date header): ISO ``YYYY-MM-DD`` or None
    metadata_date: str | None = None
    #: title from the container (HTML <title>/og:title), when it had one
    title: str | None = None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def detect_encoding(data: bytes) -> str:
    """Return 'utf-8-sig', 'utf-8', 'cp1250' or 'iso-8859-2'; raise InputError if none fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    high = [b for b in data if b >= 0x80]
    cp_score = sum(b in _CP1250_ONLY for b in high)
    iso_score = sum(b in _ISO_ONLY for b in high)
    # C1 control bytes never occur in ISO-8859-2 text but are letters/punctuation in cp1250.
    if any(b in _C1_CONTROLS for b in high):
        cp_score += 1
    candidates = ["cp1250", "iso-8859-2"] if cp_score >= iso_score else ["iso-8859-2", "cp1250"]
    for name in candidates:
        try:
            data.decode(name)
            return name
        except UnicodeDecodeError:
            continue
    raise InputError("undecodable", "bytes are neither UTF-8, Windows-1250 nor ISO-8859-2")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D))
    return controls > max(8, len(head) // 100)


def check_size(data: bytes, max_bytes: int = MAX_BYTES) -> None:
    """The bounds every input kind shares: not over the limit, not empty."""
    if len(data) > max_bytes:
        raise InputError("too_large", f"{len(data)} bytes is more than the limit of {max_bytes}")
    if not data.strip():
        raise InputError("empty", "the input is empty")


def decode_bytes(
    data: bytes,
    source: str | None = None,
    doc_id: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Decode one input; raises InputError with a clear kind for anything that is not a report."""
    check_size(data, max_bytes)
    if _looks_binary(data):
        raise InputError("binary", "the input looks binary (NUL or control bytes), not text")
    encoding = detect_encoding(data)
    text = unicodedata.normalize("NFC", data.decode(encoding))
    if not text.strip():
        raise InputError("empty", "the input has no text")
    digest = sha256_hex(data)
    # imported here: it reads case with morfeusz2 and spaCy, which the importers of `InputError` and `MAX_BYTES` alone
    # (the CLI's help, the batch's parent process) never need
    from pipeline.text.normalize import normalize

    return Document(
        text=text,
        source=source,
        encoding=encoding,
        sha256=digest,
        id=doc_id or digest[:16],
        norm=normalize(text),
    )


def document_from_text(text: str, doc_id: str | None = None, source: str | None = None) -> Document:
    """Wrap an already decoded string (API use)."""
    text = unicodedata.normalize("NFC", text)
    digest = sha256_hex(text.encode("utf-8"))
    from pipeline.text.normalize import normalize

    return Document(
        text=text,
        source=source,
        encoding="utf-8",
        sha256=digest,
        id=doc_id or digest[:16],
        norm=normalize(text),
    )
