"""Every input the user names, lazily, one item per input: files, folders, globs, archives, stdin.

`iter_sources(inputs)` yields `SourceItem(source, payload)` where `payload` is the raw bytes
of one input or the `InputError` that explains why there are none. Nothing is skipped
silently: a missing path, a pattern that matches nothing, a refused archive member and a
corrupt archive each yield exactly one item, so a batch can write one line per input.

Sources are labelled so a record says where it came from: ``reports/a.txt``,
``2019.zip!maj/relacja.html`` (archive member), ``outer.zip!inner.tar.gz!a.txt`` (nested
archive), ``<stdin>``.

Archives are read member by member, never extracted to disk and never held whole:

- ``.zip``: the central directory is read, then each member is streamed and read up to the
  size bound (the declared size is checked first, the real size while reading, so a
  lying header or a zip bomb stops at the bound);
- ``.tar``, ``.tar.gz``/``.tgz``, ``.tar.bz2``, ``.tar.xz``: opened in tarfile's stream mode
  (``r|*``), one member after the other.

Member names are checked before anything is read: absolute names, drive letters and ``..``
components (path traversal) are refused, as are symlinks, hard links and device files; a
refused member becomes an error item of kind ``archive``. A member larger than the bound is
``too_large``; a corrupt archive (or the corrupt rest of one) is ``archive``.

E-mails (``.eml``, ``.msg``) are containers too: the e-mail itself is one item (its body)
and each text-like attachment another, labelled like a member: ``relacja.eml!program.docx``
(see `pipeline.ingest.mail`; a body without text is left out when attachments carry the
report). They count as one level of nesting.

`load_document(source, data)` turns the bytes into a `Document` by format; it lives in
`pipeline.ingest.formats` (with `member_stem` and `STDIN_LABEL`) and is re-exported here.
"""

from __future__ import annotations

import glob
import io
import os
import re
import stat
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from pipeline.ingest.decode import MAX_BYTES, InputError
from pipeline.ingest.formats import STDIN_LABEL, document_format, load_document

#: Archives nested deeper than this are reported, not opened (a zip of zips of zips...).
MAX_NESTING = 3

_TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_MAIL_SUFFIXES = {".eml": "eml", ".msg": "msg"}
_GLOB_CHARS = re.compile(r"[*?\[]")
_DRIVE = re.compile(r"^[A-Za-z]:")


class SourceItem(NamedTuple):
    """One input: where it came from, and its bytes or the reason there are none."""

    source: str
    payload: bytes | InputError

    @property
    def ok(self) -> bool:
        return isinstance(self.payload, bytes)


def archive_kind(name: str) -> str | None:
    """'zip', 'tar' or None, from the name."""
    lower = name.lower()
    if lower.endswith(".zip"):
        return "zip"
    if lower.endswith(_TAR_SUFFIXES):
        return "tar"
    return None


def iter_sources(
    inputs: Iterable[str | os.PathLike[str]],
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[SourceItem]:
    """Expand `inputs` lazily into one `SourceItem` per input document.

    Directories are walked recursively in sorted order (symlinked folders are not
    followed, so a link loop cannot make the walk endless); a pattern with ``*``, ``?``
    or ``[`` that is not an existing path is globbed (``**`` recurses); ``-`` reads stdin.
    """
    for raw in inputs:
        name = os.fspath(raw)
        if name == "-":
            yield _read_stdin(stdin, max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, max_bytes)
        elif path.exists() or path.is_symlink():
            yield from _file_or_archive(path, max_bytes)
        elif _GLOB_CHARS.search(name):
            matches = sorted(glob.iglob(name, recursive=True))
            if not matches:
                yield SourceItem(name, InputError("not_found", "the pattern matches no file"))
            for match in matches:
                m = Path(match)
                yield from (_walk(m, max_bytes) if m.is_dir() else _file_or_archive(m, max_bytes))
        else:
            yield SourceItem(name, InputError("not_found", "no such file or directory"))


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> SourceItem:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        return SourceItem(STDIN_LABEL, InputError("not_found", f"cannot read stdin: {exc}"))
    if len(data) > max_bytes:
        return SourceItem(STDIN_LABEL, InputError("too_large", f"stdin is more than the limit of {max_bytes} bytes"))
    return SourceItem(STDIN_LABEL, data)


def _walk(root: Path, max_bytes: int) -> Iterator[SourceItem]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
        dirnames.sort()
        for filename in sorted(filenames):
            yield from _file_or_archive(Path(dirpath) / filename, max_bytes)


def _file_or_archive(path: Path, max_bytes: int) -> Iterator[SourceItem]:
    label = str(path)
    kind = archive_kind(path.name)
    if kind is None:
        item = _read_file(path, max_bytes)
        yield from (_leaf(label, item.payload, max_bytes, 0) if isinstance(item.payload, bytes) else (item,))
        return
    try:
        st = path.stat()
    except OSError as exc:
        yield SourceItem(label, InputError("not_found", f"cannot read: {exc.strerror or exc}"))
        return
    if not stat.S_ISREG(st.st_mode):
        yield SourceItem(label, InputError("not_a_file", "is not a regular file"))
        return
    try:
        if kind == "zip":
            yield from _zip_members(path, label, max_bytes, depth=1)
        else:
            yield from _tar_members(path, label, max_bytes, depth=1)
    except OSError as exc:
        yield SourceItem(label, InputError("not_found", f"cannot read the archive: {exc.strerror or exc}"))


def _read_file(path: Path, max_bytes: int) -> SourceItem:
    label = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        return SourceItem(label, InputError("not_found", "no such file (or a dangling symlink)"))
    except OSError as exc:
        return SourceItem(label, InputError("not_found", f"cannot read: {exc.strerror or exc}"))
    if not stat.S_ISREG(st.st_mode):
        return SourceItem(label, InputError("not_a_file", "is not a regular file"))
    if st.st_size > max_bytes:
        return SourceItem(label, InputError("too_large", f"{st.st_size} bytes is more than the limit of {max_bytes}"))
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return SourceItem(label, InputError("not_found", f"cannot read: {exc.strerror or exc}"))
    if len(data) > max_bytes:  # grew since stat
        return SourceItem(label, InputError("too_large", f"more than the limit of {max_bytes} bytes"))
    return SourceItem(label, data)


def unsafe_member_name(name: str) -> str | None:
    """Why an archive member name is refused, or None when it is a safe relative path."""
    if not name or "\x00" in name:
        return "empty name or NUL in the name"
    normal = name.replace("\\", "/")
    if normal.startswith("/") or _DRIVE.match(normal):
        return "absolute member name"
    if ".." in normal.split("/"):
        return "path traversal ('..') in the member name"
    return None


def _expand_nested(label: str, data: bytes, max_bytes: int, depth: int) -> Iterator[SourceItem]:
    """An archive inside an archive, already read (bounded) into memory."""
    kind = archive_kind(label)
    if depth >= MAX_NESTING:
        yield SourceItem(label, InputError("archive", f"archives nested more than {MAX_NESTING} deep are not opened"))
        return
    if kind == "zip":
        yield from _zip_members(io.BytesIO(data), label, max_bytes, depth + 1)
    else:
        yield from _tar_members(io.BytesIO(data), label, max_bytes, depth + 1)


def _zip_members(file: Path | BinaryIO, label: str, max_bytes: int, depth: int) -> Iterator[SourceItem]:
    try:
        zf = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        yield SourceItem(label, InputError("archive", f"not a readable zip archive: {exc}"))
        return
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            member = f"{label}!{info.filename}"
            why = unsafe_member_name(info.filename)
            mode = info.external_attr >> 16
            if why is None and info.create_system == 3 and stat.S_IFMT(mode) and not stat.S_ISREG(mode):
                why = "symlink member" if stat.S_ISLNK(mode) else "not a regular file"
            if why:
                yield SourceItem(member, InputError("archive", f"member refused: {why}"))
                continue
            if info.file_size > max_bytes:
                yield SourceItem(
                    member, InputError("too_large", f"{info.file_size} bytes is more than the limit of {max_bytes}")
                )
                continue
            try:
                with zf.open(info) as fh:
                    data = fh.read(max_bytes + 1)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError,
                    ValueError) as exc:
                # CRC mismatch, truncated data, encrypted member, unknown compression method
                yield SourceItem(member, InputError("archive", f"corrupt or unreadable member: {exc}"))
                continue
            if len(data) > max_bytes:
                yield SourceItem(member, InputError("too_large", f"more than the limit of {max_bytes} bytes"))
                continue
            if archive_kind(info.filename):
                yield from _expand_nested(member, data, max_bytes, depth)
                continue
            yield from _leaf(member, data, max_bytes, depth)


def _tar_members(file: Path | BinaryIO, label: str, max_bytes: int, depth: int) -> Iterator[SourceItem]:
    try:
        if isinstance(file, Path):
            tf = tarfile.open(file, mode="r|*")
        else:
            tf = tarfile.open(fileobj=file, mode="r|*")
    except (tarfile.TarError, EOFError, zlib.error, OSError, ValueError) as exc:  # gzip errors are OSErrors
        yield SourceItem(label, InputError("archive", f"not a readable tar archive: {exc}"))
        return
    read = 0
    with tf:
        it = iter(tf)
        while True:
            try:
                info = next(it)
            except StopIteration:
                break
            except (tarfile.TarError, EOFError, zlib.error, OSError, ValueError) as exc:
                what = "the archive" if read == 0 else f"the rest of the archive after {read} members"
                yield SourceItem(label, InputError("archive", f"corrupt or truncated: {what} cannot be read: {exc}"))
                break
            read += 1
            if info.isdir():
                continue
            member = f"{label}!{info.name}"
            why = unsafe_member_name(info.name)
            if why is None and not info.isreg():
                why = "symlink member" if info.issym() else "hard link member" if info.islnk() else "not a regular file"
            if why:
                yield SourceItem(member, InputError("archive", f"member refused: {why}"))
                continue
            if info.size > max_bytes:
                yield SourceItem(member, InputError("too_large", f"{info.size} bytes is more than the limit of {max_bytes}"))
                continue
            try:
                fh = tf.extractfile(info)
                data = fh.read(max_bytes + 1) if fh is not None else b""
            except (tarfile.TarError, EOFError, zlib.error, OSError, ValueError) as exc:
                yield SourceItem(member, InputError("archive", f"corrupt or truncated member: {exc}"))
                yield SourceItem(label, InputError("archive", "the rest of the archive cannot be read"))
                break
            if len(data) < info.size:
                yield SourceItem(member, InputError("archive", "truncated member"))
                continue
            if archive_kind(info.name):
                yield from _expand_nested(member, data, max_bytes, depth)
                continue
            yield from _leaf(member, data, max_bytes, depth)


def mail_kind(name: str) -> str | None:
    """'eml', 'msg' or None, from the name."""
    lower = name.rsplit("!", 1)[-1].lower()
    return next((kind for suffix, kind in _MAIL_SUFFIXES.items() if lower.endswith(suffix)), None)


def _unique(name: str, taken: set[str]) -> str:
    """Two attachments of one e-mail with one name get distinct labels: a.pdf, a-2.pdf."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}-{n}.{suffix}" if dot else f"{stem}-{n}"
    taken.add(candidate.lower())
    return candidate


def _leaf(label: str, data: bytes, max_bytes: int, depth: int) -> Iterator[SourceItem]:
    """One document read from a file or member; an e-mail also gives its attachments.

    `depth` is the nesting of the container holding `label` (0 for a file on disk).
    """
    kind = mail_kind(label)
    if kind is None:
        yield SourceItem(label, data)
        return
    from pipeline.ingest.mail import mail_parts

    parts = mail_parts(data, kind)
    if parts is None or parts.body_has_text or not parts.attachments:
        yield SourceItem(label, data)
    if parts is None or not parts.attachments:
        return
    if depth >= MAX_NESTING:
        yield SourceItem(f"{label}!attachments", InputError(
            "archive", f"the attachments of e-mails nested more than {MAX_NESTING} deep are not opened"))
        return
    taken: set[str] = set()
    for name, payload in parts.attachments:
        member = f"{label}!{_unique(name, taken)}"
        if len(payload) > max_bytes:
            yield SourceItem(member, InputError("too_large", f"{len(payload)} bytes is more than the limit of {max_bytes}"))
        elif archive_kind(name):
            yield from _expand_nested(member, payload, max_bytes, depth + 1)
        else:
            yield from _leaf(member, payload, max_bytes, depth + 1)


__all__ = [
    "MAX_NESTING", "STDIN_LABEL", "SourceItem", "archive_kind", "document_format", "iter_sources",
    "load_document", "mail_kind", "unsafe_member_name",
]
