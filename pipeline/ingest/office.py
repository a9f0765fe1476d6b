"""OpenDocument (.odt), RTF and Word 97-2003 (.doc) reports to text.

Each format goes through a maintained reader, installed with the ``docs`` extra or, for
.doc, from Debian's packages:

- .odt: odfdo (maintained, lxml only); headings and paragraphs in document order, list
  items, table rows as " | "-joined cells (the shape .docx tables get), text boxes and
  sections walked into. Date: the meta ``creation-date``; title: ``dc:title``.
- .rtf: striprtf; the code page comes from ``\\ansicpg`` (Polish Word and WordPad write
  1250), and Windows-1250 is assumed when the file names none. Date: ``\\creatim`` of the
  ``\\info`` group; title: ``\\title``.
- .doc: the ``antiword`` command (``-m UTF-8.txt``, no line wrapping), else ``catdoc``;
  both are Debian packages (``apt-get install antiword``). Without either the input is an
  ``unsupported`` error naming the package. Date and title from the OLE summary
  information (olefile, which extract-msg brings too). Old archives often hold RTF, HTML
  or plain text saved under a .doc name: the first bytes decide, see
  `pipeline.ingest.formats`.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.ingest.decode import MAX_BYTES, Document, InputError, check_size
from pipeline.ingest.meta import container_document, iso_date, needs

#: the Word binary converters get this long per file
DOC_TIMEOUT_S = 60

_ODT_BLOCKS = ("text:p", "text:h")
_RTF_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
_RTF_CREATED = re.compile(r"\\creatim\s*\\yr(\d{4})\s*\\mo(\d{1,2})\s*\\dy(\d{1,2})")
_RTF_TITLE = re.compile(r"\{\\title\s+((?:[^{}\\]|\\.)*?)\}", re.S)
_ANTIWORD_ROW = re.compile(r"^\|(.*)\|\s*$")
#: tried in this order; "-w 0" keeps a paragraph on one line, plain antiword reads some files "-w 0" refuses
_DOC_COMMANDS = (
    ("antiword", "-w", "0", "-m", "UTF-8.txt"),
    ("antiword", "-m", "UTF-8.txt"),
    ("catdoc", "-w", "-d", "utf-8"),
)


# --- .odt ----------------------------------------------------------------------------------------

def odt_to_document(
    data: bytes, source: str | None = None, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """An OpenDocument text through odfdo; offsets index the extracted text."""
    check_size(data, max_bytes)
    try:
        import odfdo
    except ImportError:
        raise needs("odfdo", ".odt") from None
    try:
        odf = odfdo.Document(io.BytesIO(data))
        body = odf.body
        lines: list[str] = []
        _odt_walk(body, lines)
    except Exception as exc:  # zipfile, lxml and odfdo's own errors on broken files
        raise InputError("undecodable", f"not a readable .odt file: {type(exc).__name__}: {exc}") from None
    created, title = _odt_meta(odf)
    return container_document("\n".join(lines), data, source, doc_id, "odt", created, title)


def _odt_text(element) -> str:
    return " ".join((element.get_formatted_text() or "").split())


def _odt_walk(element, lines: list[str]) -> None:
    for child in element.children:
        tag = child.tag
        if tag in _ODT_BLOCKS:
            lines.append(_odt_text(child))
            for frame_text in child.xpath(".//draw:text-box//text:p"):  # text boxes anchored in the paragraph
                lines.append(_odt_text(frame_text))
        elif tag == "table:table":
            for row in child.xpath(".//table:table-row"):
                cells = [" ".join(_odt_text(p) for p in cell.xpath(".//text:p|.//text:h")).strip()
                         for cell in row.xpath("table:table-cell")]
                lines.append(" | ".join(c for c in cells if c))
        elif tag not in ("text:sequence-decls", "office:forms", "text:tracked-changes"):
            _odt_walk(child, lines)


def _odt_meta(odf) -> tuple[str | None, str | None]:
    try:
        meta = odf.meta
        return iso_date(meta.creation_date), meta.title or None
    except Exception:  # a missing or malformed meta.xml costs the date, not the text
        return None, None


# --- .rtf ----------------------------------------------------------------------------------------

def rtf_to_document(
    data: bytes, source: str | None = None, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """An RTF file through striprtf, in the code page the file names (Windows-1250 if none)."""
    check_size(data, max_bytes)
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise InputError("undecodable", "not an RTF file (it does not start with {\\rtf)")
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError:
        raise needs("striprtf", ".rtf") from None
    codepage = _rtf_codepage(data)
    raw = data.decode(codepage, errors="replace")  # bytes above 127 outside \'xx escapes: same code page
    try:
        text = rtf_to_text(raw, encoding=codepage, errors="replace")
    except Exception as exc:  # striprtf is a tokenizer; odd nesting can still trip it
        raise InputError("undecodable", f"not a readable RTF file: {type(exc).__name__}: {exc}") from None
    created = _RTF_CREATED.search(raw)
    date = iso_date(f"{created.group(1)}-{int(created.group(2)):02d}-{int(created.group(3)):02d}") if created else None
    title = None
    found = _RTF_TITLE.search(raw)
    if found:
        try:
            title = rtf_to_text("{\\rtf1 " + found.group(1) + "}", encoding=codepage, errors="replace").strip()
        except Exception:
            title = None
    return container_document(text, data, source, doc_id, "rtf", date, title)


def _rtf_codepage(data: bytes) -> str:
    match = _RTF_CODEPAGE.search(data[:4096])
    if match:
        name = f"cp{int(match.group(1))}"
        try:
            b"".decode(name)
            return name
        except LookupError:
            pass
    return "cp1250"


# --- .doc ----------------------------------------------------------------------------------------

def doc_to_document(
    data: bytes, source: str | None = None, doc_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """A Word 97-2003 binary file through antiword (or catdoc), run on a private temporary copy."""
    check_size(data, max_bytes)
    commands = [command for command in _DOC_COMMANDS if shutil.which(command[0])]
    if not commands:
        raise InputError(
            "unsupported",
            "reading .doc (Word 97-2003) needs the antiword or catdoc program: "
            "apt-get install antiword (Debian package antiword)",
        )
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pl-events-doc-") as tmp:
        path = Path(tmp) / "input.doc"
        path.write_bytes(data)
        for command in commands:  # antiword refuses some files that catdoc reads, and the other way round
            tool = command[0]
            try:
                done = subprocess.run([*command, str(path)], capture_output=True, timeout=DOC_TIMEOUT_S, check=False)
            except subprocess.TimeoutExpired:
                raise InputError("timeout", f"{tool} took more than {DOC_TIMEOUT_S} s on this .doc file") from None
            text = done.stdout.decode("utf-8", errors="replace")
            if done.returncode == 0 and text.strip():
                break
            why = done.stderr.decode("utf-8", errors="replace").strip().replace(str(path), "the file")
            problems.append(f"{tool}: {why or 'no text'}")
        else:
            raise InputError("undecodable", f"cannot read this .doc file: {'; '.join(dict.fromkeys(problems))}"[:500])
    text = _antiword_tables(text) if tool == "antiword" else text.replace("\t", " | ")
    created, title = _ole_meta(data)
    return container_document(text, data, source, doc_id, "doc", created, title)


def _antiword_tables(text: str) -> str:
    """antiword draws a table row as ``|cell   |cell   |``: the " | "-joined cells .docx rows get."""
    lines = []
    for line in text.splitlines():
        row = _ANTIWORD_ROW.match(line)
        lines.append(" | ".join(c.strip() for c in row.group(1).split("|") if c.strip()) if row else line)
    return "\n".join(lines)


def _ole_meta(data: bytes) -> tuple[str | None, str | None]:
    """Created date and title from the OLE summary information; olefile is optional."""
    try:
        import olefile
    except ImportError:
        return None, None
    try:
        with olefile.OleFileIO(data) as ole:
            meta = ole.get_metadata()
            created, title = iso_date(meta.create_time), meta.title
            codepage = meta.codepage
    except Exception:  # not an OLE file, or broken summary information
        return None, None
    if isinstance(title, bytes):
        cp = (codepage if isinstance(codepage, int) and codepage else 1252) & 0xFFFF  # 65001 is stored as -535
        try:
            title = title.decode({65001: "utf-8", 1200: "utf-16-le"}.get(cp, f"cp{cp}"), errors="replace")
        except LookupError:
            title = None
    return created, (title or "").strip("\x00 ") or None
