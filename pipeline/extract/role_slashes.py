"""Titles bracketed by slashes after a name: "Anna Kos – /społeczniczka, przewodnicząca komisji/", "Jan Mak /z-ca
delegata na Sejmik/". The tokenizer glues the slash to the first and the last word ("/społeczniczka", "komisji/"), so
those tokens carry no analyses and the apposition rules see no title. Here the bracket is read as the words without
their slashes (analysed as such, on stand-in tokens; the tokenizer stays as it is), item by item between commas.
"""

from __future__ import annotations

from pipeline.extract.professions import bare_profession
from pipeline.extract.role_orgs import EXTRACTOR, org_end
from pipeline.extract.role_titles import qualified_title_at
from pipeline.models import Role
from pipeline.text.analysis import analyse
from pipeline.text.context import Context
from pipeline.text.light import LightToken

_DASHES = ("-", "–", "—")
_MAX_TOKENS = 24


def slash_roles(ctx: Context, i: int, j: int) -> list[tuple[Role, tuple[int, int] | None]]:
    """The titles of the name at tokens i..j in a slash bracket right after it (after a dash at most)."""
    doc = ctx.light_tokens
    k = j
    while k < len(doc) and (doc[k].is_space and "\n" not in doc[k].text or doc[k].text in _DASHES):
        k += 1
    if k >= len(doc) or not doc[k].text.startswith("/") or len(doc[k].text) < 2 or not doc[k].text[1].isalpha():
        return []
    close = next((x for x in range(k, min(len(doc), k + _MAX_TOKENS)) if doc[x].text.endswith("/")
                  or "\n" in doc[x].text), None)
    if close is None or not doc[close].text.endswith("/"):
        return []
    view = list(doc)
    for x in (k, close):
        view[x] = _stripped(doc[x])
    roles: list[tuple[Role, tuple[int, int] | None]] = []
    item = k
    while item <= close and len(roles) < 6:
        stop = next((x for x in range(item, close + 1) if doc[x].text == ","), close + 1)
        found = qualified_title_at(view, item) or bare_profession(view, item)
        if found is not None and found[1] <= stop:
            roles.append(_role(ctx, view, found[0], item, found[1], stop))
        item = stop + 1
    return roles


def _stripped(tok: LightToken) -> LightToken:
    """A stand-in for a token with its slashes dropped, analysed as the bare word."""
    copy = LightToken.__new__(LightToken)
    for slot in LightToken.__slots__:
        setattr(copy, slot, getattr(tok, slot))
    lead = len(tok.text) - len(tok.text.lstrip("/"))
    copy.text = tok.text.strip("/")
    copy.idx = tok.idx + lead
    copy.morf = analyse(copy.text) if copy.text else ()
    copy.analysis = copy.morf[0] if copy.morf else None
    copy.is_alpha = copy.text.isalpha()
    return copy


def _role(ctx: Context, view: list[LightToken], title: str, k: int, after: int, stop: int
          ) -> tuple[Role, tuple[int, int] | None]:
    """The role with its institution inside the item (up to its comma or the closing slash)."""
    end = min(org_end(view, after), stop)
    org_tokens = [t for t in view[after:end] if not t.is_space and t.text]
    span = (org_tokens[0].idx, org_tokens[-1].idx + len(org_tokens[-1].text)) if org_tokens else None
    last = view[max(after, end) - 1]
    mention = ctx.mention(view[k].idx, last.idx + len(last.text), EXTRACTOR, 0.75, "role_title")
    return Role(title=title, organization=ctx.text[span[0]:span[1]] if span else None, mention=mention), span
