"""An institution named with an acronym as the venue: "w siedzibie OSP w Lipnie", "w siedzibie OR PCK w Lipnie",
"w siedzibie PKZ Dom Kultury Lipno". The venue is the name as the text writes it (docs/annotation.md: names as
written; an acronym-led name stays whole), not the acronym's expansion ("Ochotnicza Straż Pożarna w Lipnie") nor
the name without the acronym before it ("Dom Kultury Lipno"), whatever the organization's entry is called.
"""

from __future__ import annotations

from bisect import bisect_left

from pipeline.text.context import Context
from pipeline.text.light import LightToken


def _acronym(t: LightToken) -> bool:
    """"OSP", "PCK", "OR", "ZHP": two to six letters, all capitals (no Roman numeral)."""
    return t.is_alpha and 2 <= len(t.text) <= 6 and t.text.isupper() and not set(t.text) <= set("IVXLCDM")


def _index(ctx: Context, char: int) -> int:
    return bisect_left(ctx.light_tokens, char, key=lambda t: t.idx)


def leading_acronym(ctx: Context, start: int) -> int | None:
    """The start of an acronym written right before the name at `start` on its line ("OR" of "OR PCK", "PKZ" of
    "PKZ Dom Kultury"): the name's own first word, which the recogniser left out; else None."""
    k = _index(ctx, start)
    toks = ctx.light_tokens
    if k < 1 or k >= len(toks) or toks[k].idx != start:
        return None
    before = toks[k - 1]
    return before.idx if _acronym(before) and before.whitespace_ == " " and not before.is_sent_start else None


def written_venue(ctx: Context, start: int, end: int, name: str) -> tuple[int, str]:
    """(start, name) of the venue an institution's mention gives: over an acronym right before it, the acronym and
    the entry's name ("OR PCK w Lipnie"); a mention opening with an acronym the entry's name expands, the text as
    written ("OSP w Lipnie", not "Ochotnicza Straż Pożarna w Lipnie"); else the entry's name."""
    lead = leading_acronym(ctx, start)
    if lead is not None and not name.startswith(ctx.text[lead:start]):
        return lead, f"{ctx.text[lead:start].strip()} {name}"
    toks = ctx.light_tokens
    k = _index(ctx, start)
    if k < len(toks) and toks[k].idx == start and _acronym(toks[k]) and not name.startswith(toks[k].text) \
            and end > toks[k].idx + len(toks[k].text):
        return start, ctx.text[start:end]
    return start, name


def absorbed_acronym(ctx: Context, start: int, end: int, starts: set[int]) -> bool:
    """The mention is an acronym alone written right before another institution's mention (one of `starts`):
    that venue's first word ("PKZ" of "PKZ Dom Kultury Lipno"), no venue of its own."""
    k = _index(ctx, start)
    toks = ctx.light_tokens
    return k + 1 < len(toks) and toks[k].idx == start and end == start + len(toks[k].text) and _acronym(toks[k]) \
        and toks[k + 1].idx in starts and toks[k].whitespace_ == " "
