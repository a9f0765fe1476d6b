"""The reference date of a document: what "wczoraj", "w sobotę" and "14 lutego" are read against.

The first that exists wins (HeidelTime's document creation time, made explicit):
1. a date the user gives (`--reference-date`, `Extractor.extract(..., reference_date=)`);
2. the page's own publication date, from the layout stage;
3. a date in the file's path or name ("2018/09/", "2018-09-20_relacja.txt");
4. the container's metadata (HTML published time, docx/odt created, PDF CreationDate, e-mail Date);
5. with none of these, a dateline opening the text ("Borki, dnia 12.05.2019 r."), read by the date stage
   (`dateline_reference`) once it has told the dateline from the body's dates.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.text.context import ReferenceDate
from pipeline.text.layout import Layout

_Y = r"(?:19[89]\d|20\d\d)"
#: 2018-09-20, 2018_09_20, 20180920, 2018/09/20, 2018/09/ — in a path, between separators.
_PATH_DAY = re.compile(rf"(?<!\d)(?P<y>{_Y})[-_/.]?(?P<m>0[1-9]|1[0-2])[-_/.]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
_PATH_MONTH = re.compile(rf"(?<!\d)(?P<y>{_Y})[-_/](?P<m>0[1-9]|1[0-2])(?:[-_/]|$)")


def parse_reference(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """A user's reference date: a `date`, a `datetime` or an ISO string; ValueError when malformed."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"reference date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def path_date(source: str | None) -> ReferenceDate | None:
    """A date in the file's path or name; a bare year-month folder gives month precision."""
    if not source:
        return None
    for m in _PATH_DAY.finditer(source):
        try:
            return ReferenceDate(dt.date(int(m["y"]), int(m["m"]), int(m["d"])), "path")
        except ValueError:
            continue
    m = _PATH_MONTH.search(source)
    if m:
        return ReferenceDate(dt.date(int(m["y"]), int(m["m"]), 1), "path", "month")
    return None


def choose_reference(
    user: dt.date | None, layout: Layout, source: str | None, metadata_date: str | None
) -> ReferenceDate | None:
    if user is not None:
        return ReferenceDate(user, "user")
    if layout.published is not None:
        return ReferenceDate(dt.date.fromisoformat(layout.published.date), "publication")
    if layout.month is not None:  # a month-only stamp: the year and month, not the day
        return ReferenceDate(dt.date.fromisoformat(f"{layout.month}-01"), "publication", "month")
    from_path = path_date(source)
    if from_path is not None:
        return from_path
    if metadata_date:
        try:
            return ReferenceDate(dt.date.fromisoformat(metadata_date[:10]), "metadata")
        except ValueError:
            return None
    return None


def dateline_reference(dates: list[tuple[str, bool]]) -> ReferenceDate | None:
    """The first full date of (ISO date, is a dateline) pairs that opens the text as its dateline: the day the
    text was written, what its "wczoraj" and "dziś" count from when nothing outside the text says more."""
    day = next((iso for iso, dateline in dates if dateline), None)
    return ReferenceDate(dt.date.fromisoformat(day), "publication") if day else None
