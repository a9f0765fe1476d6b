"""Rows of a table pasted as text: "Jan Lipski | wójt | Urząd Gminy Borków". A page's table loses its borders in a
scrape or a copy; its cells stay apart by a bar or a tab. The name's row gives its role: the first cell after the
name that opens with a title, and, when the title fills its cell, the next cell as the title's organization, taken
whole (a cell holds one value, so no rule has to find where the body's name ends)."""

from __future__ import annotations

from pipeline.extract.professions import bare_profession
from pipeline.extract.role_orgs import make_role
from pipeline.extract.role_titles import qualified_title_at
from pipeline.models import Role
from pipeline.text.context import Context
from pipeline.text.light import LightToken

#: Cell separators of a pasted table row.
CELL_BARS = frozenset({"|", "¦", "│", "‖"})
_MAX_CELLS = 6
_MAX_TITLE_WORDS = 8


def table_roles(ctx: Context, i: int, j: int) -> list[tuple[Role, tuple[int, int] | None]]:
    """The role of the name at tokens i..j from the cells of its table row, if the name is followed by a cell
    separator on its line; else nothing."""
    doc = ctx.light_tokens
    cells = _cells_after(doc, ctx.text, j)
    if not cells:
        return []
    for n, (start, end) in enumerate(cells):
        body_next = n + 1 < len(cells) and doc[cells[n + 1][0]].text[:1].isupper() \
            and qualified_title_at(doc, cells[n + 1][0]) is None
        found = qualified_title_at(doc, start) or bare_profession(doc, start)
        if found is not None and found[1] < end and not _title_cell(doc, start, end):
            return [make_role(ctx, found[0], start, found[1])]  # "wójt gminy Borków": the title's own body
        if body_next and _title_cell(doc, start, end):
            found = (" ".join(t.text for t in doc[start:end] if not t.is_space), end)  # the cell is the title
        if found is None or found[1] > end:
            continue
        if body_next:
            return [make_role(ctx, found[0], start, *cells[n + 1])]
        return [make_role(ctx, found[0], start, found[1])]
    return []


def _title_cell(doc: list[LightToken], start: int, end: int) -> bool:
    """A cell of lower-case words before a body's cell: the column of titles ("kierownik katedry i kliniki",
    "starszy cechu"), taken as written, whether or not the title lexicon knows the words."""
    words = [t for t in doc[start:end] if not t.is_space]
    return 0 < len(words) <= _MAX_TITLE_WORDS and all(
        t.text[:1].islower() or t.text in (".", "ds", "-") for t in words) and words[0].text[:1].isalpha()


def table_line(doc: list[LightToken], text: str, k: int) -> bool:
    """Whether the line of token k is a pasted table's row (a cell separator on it): an item of the list its label
    opens, like a line ending with a comma."""
    start = k
    while start > 0 and not _line_break(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    end = k
    while end + 1 < len(doc) and not _line_break(doc[end + 1]) and "\n" not in doc[end].whitespace_:
        end += 1
    return any(_separator(doc, text, x) for x in range(start + 1, end + 1))


def _cells_after(doc: list[LightToken], text: str, j: int) -> list[tuple[int, int]]:
    """Token ranges of the cells after the name ending at token j, when a separator follows it on its line (a bar
    token, or a tab in the original text: the tokens see the normalized text, where a tab is a space)."""
    if j >= len(doc) or _line_break(doc[j]) or not _separator(doc, text, j):
        return []
    cells: list[tuple[int, int]] = []
    start = j + 1 if doc[j].text in CELL_BARS else j
    x = start
    while len(cells) < _MAX_CELLS:
        at_end = x >= len(doc) or _line_break(doc[x]) or x > start and "\n" in doc[x - 1].whitespace_
        if at_end or x > start and _separator(doc, text, x):
            if start < x:
                cells.append((start, x))
            if at_end:
                break
            start = x + 1 if doc[x].text in CELL_BARS else x
        x += 1
    return [c for c in cells if not doc[c[0]].is_space]


def _separator(doc: list[LightToken], text: str, x: int) -> bool:
    """A cell boundary before token x: a bar token, or a tab between it and the token before it."""
    if doc[x].text in CELL_BARS:
        return True
    return x > 0 and "\t" in text[doc[x - 1].idx + len(doc[x - 1].text):doc[x].idx]


def _line_break(tok: LightToken) -> bool:
    return tok.is_space and "\n" in tok.text
