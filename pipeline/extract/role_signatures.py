"""A closing signature: the name on a line of its own beside a line that opens with a title ("Wójt Gminy Lipówka" over
"Jan Grabowski"; "Jan Grabowski" over "Prezes Stowarzyszenia X"; "Halina Kos / Sekretarz Koła X" on one line), among
the text's last lines. docs/annotation.md: a signature is a byline, the person `other`, the title kept, no
organization for the person. The title rules before and after a name stop at a line break, so they miss it.
"""

from __future__ import annotations

from pipeline.extract.role_titles import title_at
from pipeline.models import Role
from pipeline.text.context import Context
from pipeline.text.light import LightToken

EXTRACTOR = "extract.roles"
#: A signature stands among the text's last lines that are not page furniture.
CLOSING_LINES = 4
#: The longest title line ("Dyrektor Gminnego Ośrodka Kultury i Sportu w X"), in words.
_TITLE_WORDS = 12
#: What may stand before a signed name: a mark of a signature made by hand ("/-/", "(-)") or a dash.
_NAME_LEADS = frozenset({"", "/-/", "(-)", "-", "–", "—"})
_VERBAL = frozenset({"fin", "praet", "bedzie", "impt", "imps", "inf", "winien"})


def _lines(ctx: Context) -> list[tuple[int, int]]:
    """(start, end) of the non-empty lines that are not page furniture, in order."""
    out: list[tuple[int, int]] = []
    start = 0
    text = ctx.text
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip() and ctx.furniture_at(start + len(text[start:end]) - len(text[start:end].lstrip())) is None:
            out.append((start, end))
        start = end + 1
    return out


def _first_token(doc: list[LightToken], start: int, end: int) -> int | None:
    return next((k for k, t in enumerate(doc) if start <= t.idx < end and not t.is_space), None)


def _title_line(ctx: Context, start: int, end: int) -> tuple[str, int, int] | None:
    """(title, its first token, the token after it) when the line opens with a capitalised title and is no sentence."""
    doc = ctx.light_tokens
    k = _first_token(doc, start, end)
    if k is None or not doc[k].text[:1].isupper():
        return None
    words = [t for t in doc[k:] if t.idx < end and not t.is_space]
    if len(words) > _TITLE_WORDS or ctx.text[start:end].rstrip().endswith((".", ":")) or any(
            t.is_alpha and t.morf and all(a.pos in _VERBAL for a in t.morf) for t in words):
        return None
    if not any(a.number == "sg" for a in doc[k].morf if a.pos in ("subst", "adj")):
        return None  # "Animatorzy COWES:" heads a list of names, no signature
    found = title_at(doc, k)
    return (found[0], k, found[1]) if found else None


def signature_roles(ctx: Context, i: int, j: int) -> list[tuple[Role, tuple[int, int] | None]]:
    """The title a closing signature gives the name at tokens i..j (a light-token range), or nothing."""
    doc = ctx.light_tokens
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    lines = ctx.memo("signature_lines").get("lines")
    if lines is None:
        lines = ctx.memo("signature_lines")["lines"] = _lines(ctx)
    closing = lines[-CLOSING_LINES:]
    at = next((n for n, (s, e) in enumerate(closing) if s <= start and end <= e), None)
    if at is None:
        return []
    line_start, line_end = closing[at]
    lead, tail = ctx.text[line_start:start].strip(), ctx.text[end:line_end].strip()
    if lead not in _NAME_LEADS:
        return []
    found = None
    if tail[:1] in ("/", "|", ",", "–", "-") and tail[1:].strip():
        found = _title_line(ctx, end + ctx.text[end:line_end].index(tail[0]) + 1, line_end)  # "X / Sekretarz Koła Y"
    elif tail in ("", ",", "."):
        for n in (at - 1, at + 1):  # the title over the name, then under it
            if 0 <= n < len(closing) and found is None:
                found = _title_line(ctx, *closing[n])
    if found is None:
        return []
    title, k, after = found
    last = doc[max(k, after - 1)]
    mention = ctx.mention(doc[k].idx, last.idx + len(last.text), EXTRACTOR, 0.7, "signature")
    return [(Role(title=title, organization=None, mention=mention), None)]


#: Verbs of an interview's byline ("Rozmawiała Anna Kos", "Rozmowę przeprowadził: Jan Mak").
_INTERVIEW_VERBS = frozenset({"rozmawiać", "porozmawiać", "przeprowadzić", "notować", "zanotować", "spisać"})


def interviewer(ctx: Context, i: int, j: int) -> bool:
    """The name at tokens i..j closes a line that opens with a past verb of talking or noting down ("Rozmawiała Anna
    Kos", "Rozmowę przeprowadził: Jan Mak"): the interview's byline; its author took no part in the event
    (docs/annotation.md: authors in bylines are `other`)."""
    doc = ctx.light_tokens
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", end)
    if ctx.text[end:len(ctx.text) if line_end < 0 else line_end].strip(" .,") != "":
        return False
    words = [t for t in doc if line_start <= t.idx < start and t.is_alpha]
    if not words or len(words) > 2 or not words[0].text[:1].isupper():
        return False
    return any(a.pos == "praet" and a.lemma in _INTERVIEW_VERBS for a in words[-1].morf) and (
        len(words) == 1 or any(a.lemma == "rozmowa" for a in words[0].morf))
