"""The noun a copula predicates of a list of names: "Laureatami zostali A, prezes X, oraz B", "Gośćmi byli …". A
name far down such a list is out of the cue window around it (`pipeline.extract.person_cues`), but the list's
verb (`name_predicate`) still reaches it; the instrumental noun beside that verb says what every name was."""

from __future__ import annotations

import re

from pipeline.text.context import Context
from pipeline.text.light import LightToken

#: Copulas whose instrumental complement names what the subject was.
_COPULAS = frozenset({"być", "zostać"})


def copula_noun(ctx: Context, verb: LightToken | None) -> set[str]:
    """The lemmas of the instrumental noun right after a copula `verb` or up to two words before it ("Laureatami
    zostali", "Gośćmi spotkania byli"), not one a preposition governs ("z dziećmi byli"), or none."""
    if verb is None or not any(a.lemma in _COPULAS for a in verb.morf):
        return set()
    doc = ctx.light_tokens
    return {a.lemma for k in (verb.i - 1, verb.i - 2, verb.i + 1) if 0 <= k < len(doc) and doc[k].is_alpha
            and not (k > 0 and any(b.pos == "prep" for b in doc[k - 1].morf))
            for a in doc[k].morf if a.pos == "subst" and "inst" in a.cases and not a.names}


#: "wśród (zaproszonych / honorowych) gości": the group the names that follow belong to.
_AMONG_GUESTS = re.compile(r"\bwśród\s+(?:\w+\s+){0,2}gości\b", re.IGNORECASE)
#: Verbs that place a name among a group: a copula, "znaleźć się".
_PLACING = _COPULAS | {"znaleźć", "znajdować"}


def guest_label(ctx: Context, verb: LightToken | None, start: int) -> bool:
    """'Gośćmi festynu byli A i B', 'Wśród gości znaleźli się A, B': the text states what the names were, the
    event's guests (docs/annotation.md: honoured guests "wśród gości byli", 908), as a label states a part; guests
    who only "udział wzięli" state an act of attending instead."""
    if verb is None or not any(a.lemma in _PLACING for a in verb.morf):
        return False
    doc = ctx.light_tokens
    sent = ctx.sentence_of(start)
    lo = max(sent.start if sent is not None else 0, verb.i - 4)  # "Gośćmi honorowymi pikniku byli"
    if any(a.lemma == "gość" and a.pos == "subst" and "inst" in a.cases for k in range(lo, verb.i + 2)
           if k < len(doc) and not (k > 0 and any(b.pos == "prep" for b in doc[k - 1].morf)) for a in doc[k].morf):
        return any(a.lemma in _COPULAS for a in verb.morf)
    return sent is not None and _AMONG_GUESTS.search(ctx.norm, sent.start_char, start) is not None
