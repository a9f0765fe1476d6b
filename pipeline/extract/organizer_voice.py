"""The page's own voice: the report speaks as its organizer ("zorganizowaliśmy", "zapraszamy") or names its body by
kind ("nasz Ośrodek", "naszej Fundacji") — split from `organizer_scores`, which re-exports both readers."""

from __future__ import annotations

import re

from pipeline.lexicon.words import ORG_HEADS
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

_OWN_VOICE = re.compile(r"\b(zaprosiliśmy|zorganizowaliśmy|przygotowaliśmy|gościliśmy|przeprowadziliśmy|"
                        r"organizujemy|zapraszamy)\b", re.IGNORECASE)
_OUR_HEAD = re.compile(r"\b(?:nasz|nasza|nasze|naszego|naszej|naszym|naszą|naszemu)\s+(?P<head>[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]+)",
                       re.IGNORECASE)


def own_voice(ctx: Context) -> bool:
    """The report speaks as the organizer ('zaprosiliśmy', 'zorganizowaliśmy')."""
    return bool(_OWN_VOICE.search(ctx.norm))


#: Body heads (lemmas) that in lower case name the writer's home ("od naszego domu"); "naszej szkoły" is a body.
_HOMELY_HEADS = frozenset({"dom"})


def _kind_follows(text: str, end: int) -> bool:
    """A lower-case genitive noun right after the head makes it a kind of body: "dom kultury", "dom pomocy"."""
    nxt = re.match(r"\s+([a-ząćęłńóśźż]+)", text[end:end + 30])
    return nxt is not None and any(a.pos == "subst" and "gen" in a.cases for a in analyse(nxt[1]))


def our_heads(ctx: Context) -> list[str]:
    """Head lemmas of 'nasz Ośrodek', 'naszej Fundacji': the report names itself by kind."""
    heads = []
    for m in _OUR_HEAD.finditer(ctx.norm):
        if m["head"][:1].islower() and any(a.lemma.lower() in _HOMELY_HEADS for a in analyse(m["head"].lower())) \
                and not _kind_follows(ctx.norm, m.end()):
            continue  # "od naszego domu": the writer's home, not a body ("naszego domu kultury" is one)
        for a in analyse(m["head"].lower()):
            if a.lemma.lower() in ORG_HEADS:
                heads.append(a.lemma.lower())
    return heads
