"""The extents a learned decision chooses among for one organization name the rules read.

Organization names are often cut short ("Fundacja Wolność" before "i Demokracja", a name before its quoted
part or its seat "w Uniwersytecie X") or run long (a place name after a club's name). The candidates of one
mention are the rules' extent and its variants at word boundaries, on the mention's line: longer by a quoted
name, a seat ("w/we/z/ze" + capitalised words), "i/oraz" + capitalised words, or the capitalised genitive
words that follow (two steps at most: a quoted name and then its seat); shorter by a trailing seat or by one
or two trailing words. Each variant's name is the base form `phrase_base` gives its words, as the rules do.
Only mentions whose name that base form reproduces are varied (acronyms, parishes, seat lists, village bodies
keep the rules' names). Everything is read from the per-document data (light tokens, their readings).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from pipeline.extract.org_names import OrgMention, phrase_base
from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.words import ORG_HEADS
from pipeline.text.context import Context
from pipeline.text.light import LightToken

EXTRACTOR = "learned.org_extents"
OPENING = frozenset({'"', "„", "“", "«", "»"})
CLOSING = frozenset({'"', "”", "“", "»", "«"})
SEAT_WORDS = frozenset({"w", "we", "z", "ze"})
CONJUNCTIONS = frozenset({"i", "oraz"})
#: Lower-case words a name goes on through ("Ruch … do Walki z Rakiem", "Towarzystwo Przyjaciół Dzieci na Rzecz …").
LINKS = frozenset({"do", "dla", "na", "im.", "z", "ze", "w", "we", "i", "przy", "od"})
#: Rules whose names are built otherwise than by `phrase_base` over the mention's words: left as they are.
FIXED_RULES = frozenset({"acronym", "village_unit", "village_body", "firm_name", "press_title", "parish", "seat_list",
                         "office_unit", "ensemble", "branch_parent"})
MAX_RUN = 5  #: capitalised words an extension takes at most
MAX_QUOTE = 10  #: tokens a quoted name runs at most


@dataclass(frozen=True)
class ExtentCandidate:
    name: str
    source: str  #: "rule" | "quote" | "seat" | "conj" | "gen" | "cut_seat" | "cut_word" (a chain: "quote+seat")
    group: int  #: the mention it varies (its index among the document's organization mentions)
    start: int
    end: int
    head: str | None
    rule: str  #: the rules' reading of the mention
    added: tuple[LightToken, ...] = ()  #: words the variant adds after the rules' extent
    removed: tuple[LightToken, ...] = ()  #: words it cuts from it


def words_between(ctx: Context, start: int, end: int) -> list[LightToken]:
    light = ctx.light_tokens
    i = bisect_left(ctx.features.starts, start)
    out = []
    while i < len(light) and light[i].idx < end:
        if not light[i].is_space:
            out.append(light[i])
        i += 1
    return out


def _following(ctx: Context, end: int, limit: int = 16) -> list[LightToken]:
    """The non-space tokens after `end` on the same line."""
    light = ctx.light_tokens
    i = bisect_left(ctx.features.starts, end)
    if i > 0 and "\n" in light[i - 1].whitespace_:
        return []
    out: list[LightToken] = []
    while i < len(light) and len(out) < limit:
        tok = light[i]
        if tok.is_space:
            if "\n" in tok.text:
                break
        else:
            out.append(tok)
            if "\n" in tok.whitespace_:
                break
        i += 1
    return out


def _capital(tok: LightToken) -> bool:
    return tok.text[:1].isupper() and any(c.isalpha() for c in tok.text)


def _run(after: list[LightToken], k: int) -> int:
    """Index past the capitalised words from `k` (with lower-case links between capitalised words, dashes)."""
    j = k
    taken = 0
    while j < len(after) and taken < MAX_RUN:
        tok = after[j]
        if _capital(tok):
            taken += 1
            j += 1
        elif (tok.text.lower() in LINKS or tok.text in ("-", "–")) and j + 1 < len(after) and _capital(after[j + 1]) \
                and j > k:
            j += 1
        else:
            break
    return j


def _extensions(after: list[LightToken]) -> list[tuple[str, int]]:
    """(kind, tokens taken) of the ways the words after a name may belong to it."""
    if not after:
        return []
    first = after[0]
    low = first.text.lower()
    out: list[tuple[str, int]] = []
    if first.text in OPENING:
        close = next((j for j in range(1, min(len(after), MAX_QUOTE + 1)) if after[j].text in CLOSING), None)
        if close is not None and close > 1:
            out.append(("quote", close + 1))
    elif low in SEAT_WORDS | CONJUNCTIONS and len(after) > 1 and _capital(after[1]):
        kind = "seat" if low in SEAT_WORDS else "conj"
        out += [(kind, n) for n in range(2, _run(after, 1) + 1) if _capital(after[n - 1])]
    elif _capital(first) and first.is_alpha and any("gen" in a.cases for a in first.morf):
        out += [("gen", n) for n in range(1, _run(after, 0) + 1) if _capital(after[n - 1])]
    return out


def _reproduces(tokens: list[LightToken], name: str, text: str) -> tuple[frozenset[str], str | None] | None:
    """The heads whose `phrase_base` gives the rules' name (None: the name was made otherwise)."""
    for heads in (ORG_HEADS, ORG_HEADS | BODY_HEADS):
        base, head = phrase_base(tokens, heads, text)  # type: ignore[arg-type]
        if base == name:
            return heads, head
    return None


def _cuts(tokens: list[LightToken], head_at: int) -> list[tuple[str, int]]:
    """(kind, words kept) of the shorter readings: before a trailing seat, without one or two trailing words."""
    out: list[tuple[str, int]] = []
    seat = next((k for k in range(len(tokens) - 2, head_at, -1) if tokens[k].text.lower() in SEAT_WORDS), None)
    if seat is not None:
        out.append(("cut_seat", seat))
    for n in (1, 2):
        keep = len(tokens) - n
        if keep > head_at + 1 and keep != seat and tokens[keep - 1].text.lower() not in LINKS | CONJUNCTIONS \
                and tokens[keep - 1].text not in OPENING and not any(t.text in OPENING for t in tokens[keep:]):
            out.append(("cut_word", keep))
    return out


def _head_at(tokens: list[LightToken], head: str | None) -> int:
    if head is None:
        return 0
    return next((k for k, t in enumerate(tokens) if any(a.lemma.lower() == head for a in t.morf)), 0)


def extent_candidates(ctx: Context, org: OrgMention, group: int) -> list[ExtentCandidate]:
    """The rules' extent first, then its variants; one candidate per name (the first made)."""
    rule = org.mention.rule
    if rule in FIXED_RULES or org.acronym is not None and org.name == org.acronym:
        return []
    tokens = words_between(ctx, org.mention.start, org.mention.end)
    if not tokens:
        return []
    found = _reproduces(tokens, org.name, ctx.text)
    if found is None:
        return []
    heads, head = found
    start, end = org.mention.start, org.mention.end
    out = [ExtentCandidate(org.name, "rule", group, start, end, head, rule)]

    def extend(base: list[LightToken], source: str, added: tuple[LightToken, ...], depth: int) -> None:
        after = _following(ctx, base[-1].idx + len(base[-1].text))
        for kind, n in _extensions(after):
            words = [*base, *after[:n]]
            name, new_head = phrase_base(words, heads, ctx.text)  # type: ignore[arg-type]
            label = f"{source}+{kind}" if source else kind
            last = words[-1]
            out.append(ExtentCandidate(name, label, group, start, last.idx + len(last.text), new_head, rule,
                                       (*added, *after[:n])))
            if depth < 2 and kind in ("quote", "gen"):
                extend(words, label, (*added, *after[:n]), depth + 1)

    extend(tokens, "", (), 1)
    for kind, keep in _cuts(tokens, _head_at(tokens, head)):
        words = tokens[:keep]
        name, new_head = phrase_base(words, heads, ctx.text)  # type: ignore[arg-type]
        last = words[-1]
        out.append(ExtentCandidate(name, kind, group, start, last.idx + len(last.text), new_head, rule, (),
                                   tuple(tokens[keep:])))
    seen: set[str] = set()
    unique = []
    for c in out:
        if c.name not in seen and c.name.strip():
            seen.add(c.name)
            unique.append(c)
    return unique
