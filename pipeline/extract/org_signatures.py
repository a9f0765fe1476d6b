"""A report's closing signature: the lines under its last sentence that name who wrote it ("Gminny Ośrodek Kultury
w X" alone, "Anna Kos / Biblioteka Publiczna w Y", a name over its body's line). docs/annotation.md (755, 800, 1044):
such a block is furniture, its body is neither listed nor the organizer, its seat no event place. A page that
speaks as the organizer ("zapraszamy", "zorganizowaliśmy") or announces the event ("odbędzie się") is the exception:
the signature names the page's own voice, the organizer (Organizer: "the page's own voice … names the page's
institution … (header, signature …)"); so is a body signing with its address or phone (the institution's own page,
as `organizer_scores` reads it).
"""

from __future__ import annotations

import re

from pipeline.extract.organizer_scores import own_voice
from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.words import ORG_HEADS
from pipeline.text.context import Context

#: How many lines a signature block holds at most (a name, a title or a body, an address).
_BLOCK_LINES = 4
#: A signature's line is short: a name, a body with its seat, an address.
_LINE_CHARS = 90
_ADDRESS = re.compile(r"^\s*(?:ul\.|al\.|pl\.|os\.|tel\.|e-?mail|\d{2}-\d{3}\b)", re.IGNORECASE)
_CONTACT = re.compile(r"(?:^|[\s,])(?:ul\.|al\.|tel\.|tel:|e-?mail|\d{2}-\d{3}\b)|\S+@\S+\.[a-z]{2,}", re.IGNORECASE)
_DATE = re.compile(r"^[\w\s.,-]*\d{1,4}[\s.-]+(?:\w+|\d{1,2})[\s.-]+\d{2,4}\s*r?\.?$")
_BULLET = re.compile(r"^(?:[-–•*·>]|\d{1,2}[.)])\s")
_VERBS = frozenset({"fin", "praet", "bedzie", "impt", "inf", "imps", "pred", "winien"})


#: Verbs (lemmas) whose present or future form makes the page an invitation or an announcement: its signature is
#: the page's own voice, the organizer ("Warsztaty odbędą się …", "Biblioteka zaprasza").
_INVITING = frozenset({"zapraszać", "zaprosić", "odbyć", "odbywać", "zapisywać"})


def _announcement(ctx: Context) -> bool:
    return any(a.pos == "fin" and a.lemma in _INVITING or a.pos == "bedzie" for t in ctx.light_tokens for a in t._.morf)


def _lines(ctx: Context) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"\n|$", ctx.norm):
        if ctx.norm[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
        if m.start() >= len(ctx.norm):
            break
    return out


def _words(ctx: Context, start: int, end: int) -> list:
    return [t for t in ctx.light_tokens if start <= t.idx < end and t.is_alpha]


def _person_line(ctx: Context, start: int, end: int) -> bool:
    """"Anna Kos", "Jan Maria Lis": two or three capitalised words, the first a first name."""
    words = _words(ctx, start, end)
    text = ctx.norm[start:end].strip(" ,.")
    return 2 <= len(words) <= 3 and len(text.split()) == len(words) and all(w.text[:1].isupper() for w in words) \
        and any("imię" in a.names for a in words[0]._.morf)


def _body_line(ctx: Context, start: int, end: int) -> bool:
    """A line that is a body's name alone: capitalised first word, an institution's head, no verb, no sentence."""
    words = _words(ctx, start, end)
    text = ctx.norm[start:end].strip()
    if not words or not words[0].text[:1].isupper() or text[-1:] in "!?:" or len(words) > 10 \
            or _BULLET.match(text) or re.search(r"[:|;•]", text):  # "- Ośrodek X", "Partnerzy: X | Y": a list
        return False
    if any(all(a.pos in _VERBS for a in w._.morf) and w._.morf for w in words):
        return False  # "Zapraszamy", "Dziękujemy": a sentence, not a name
    heads = ORG_HEADS | BODY_HEADS
    return any(a.pos in ("subst", "depr") and a.lemma.lower() in heads for w in words for a in w._.morf)


def _other_line(ctx: Context, start: int, end: int) -> bool:
    line = ctx.norm[start:end].strip()
    return bool(ctx.furniture_at(start)) or bool(_ADDRESS.match(line)) or bool(_DATE.match(line))


def signature_lines(ctx: Context) -> list[tuple[int, int]]:
    """The (start, end) of the closing signature's body lines, or none (see the module docstring)."""
    memo = ctx.memo("org_signatures")
    if "lines" in memo:
        return memo["lines"]
    memo["lines"] = found = []
    if own_voice(ctx) or _announcement(ctx):
        return found
    lines = _lines(ctx)
    block: list[tuple[int, int]] = []
    bodies = []
    for start, end in reversed(lines):
        if end - start > _LINE_CHARS or len(block) >= _BLOCK_LINES:
            break
        if _body_line(ctx, start, end):
            bodies.append((start, end))
        elif not (_person_line(ctx, start, end) or _other_line(ctx, start, end)):
            break
        block.append((start, end))
    if any(_CONTACT.search(ctx.norm[s:e]) for s, e in block):
        return found  # a body signing with its address or phone: the page is its own, the signature its voice
    above = lines[:len(lines) - len(block)]
    if bodies and above and re.search(r"[.!?…)\"”]\s*$", ctx.norm[above[-1][0]:above[-1][1]]):
        found.extend(bodies)  # a sentence of the report right above: the block closes it (a list follows a colon)
    return found


def in_signature(ctx: Context, start: int) -> bool:
    """Whether the character at `start` lies on a closing signature's body line."""
    return any(s <= start < e for s, e in signature_lines(ctx))
