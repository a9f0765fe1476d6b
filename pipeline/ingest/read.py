"""Read one file into a `Document`, turning every problem into an `InputError`.

The format follows the name as in a batch (`pipeline.ingest.formats`), so ``pl-events extract``
reads a .docx, .odt or .eml as it reads a .txt; an e-mail gives its body only here.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest.decode import MAX_BYTES, Document, InputError
from pipeline.ingest.formats import document_format, reader_for
from pipeline.models import ErrorDocument, ErrorInfo, ErrorRecord


def read_file(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    p = Path(path)
    if not p.exists():
        raise InputError("not_found", "no such file")
    if p.is_dir():
        raise InputError("not_a_file", "is a directory, not a file")
    if not p.is_file():
        raise InputError("not_a_file", "is not a regular file")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError("too_large", f"{size} bytes is more than the limit of {max_bytes}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError("not_found", f"cannot read: {exc.strerror}") from exc
    read = reader_for(document_format(str(path), data))
    return read(data, source=str(path), doc_id=p.stem, max_bytes=max_bytes)


def _stem(source: str) -> str:
    """'a.zip!dir/x.txt' -> 'x': the member's own name for archive members."""
    return Path(source.rpartition("!")[2]).stem


def error_record(source: str | None, error: InputError, sha256: str | None = None) -> ErrorRecord:
    return ErrorRecord(
        document=ErrorDocument(id=_stem(source) if source else None, source=source, sha256=sha256),
        error=ErrorInfo(kind=error.kind, message=error.message),  # type: ignore[arg-type]
    )
