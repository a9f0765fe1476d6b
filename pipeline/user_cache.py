"""Files kept between runs so that a start-up does not redo the same work (compiled patterns, the
TERYT index): ``$PL_EVENTS_CACHE`` (default ``~/.cache/pl-events``; ``off`` switches them off).

Every file is derived data checked on reading (its interpreter tag, the digest of its source), so
a stale, damaged or foreign file only costs the work it would have saved; files are written whole
(a temporary file renamed over the old one), whichever process writes last."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The marshal format and the SRE code format change between Python versions: files carry this tag.
INTERPRETER = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"


def cache_dir() -> Path | None:
    """The directory of the cache files; None when they are switched off."""
    where = os.environ.get("PL_EVENTS_CACHE", "~/.cache/pl-events")
    if where.strip().lower() in ("", "0", "off", "no", "false"):
        return None
    return Path(where).expanduser()


def read(name: str) -> bytes | None:
    """The bytes of a cache file, None when there is none (or the cache is off)."""
    where = cache_dir()
    if where is None:
        return None
    try:
        return (where / name).read_bytes()
    except OSError:
        return None


def write(name: str, blob: bytes) -> bool:
    """Replace a cache file with `blob`; whether it was written (a read-only home or a full disk only
    means the next start-up redoes the work)."""
    where = cache_dir()
    if where is None:
        return False
    import tempfile

    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where, prefix=name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(tmp, where / name)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    return True
