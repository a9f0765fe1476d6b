"""Places the rules read so surely that the learned filter does not decide them: a region a trip goes through
or to, governed by a verb of motion's "przez", "na" or "do" ("przejechali przez Warmię i Kujawy", "pojechali
na Kaszuby", "wyruszyli do Wielkopolski"). The motion makes the region a place of the event itself, not a
topic's scope, which is what the filter learned to drop regions for.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract.place_titles import title_line_place
from pipeline.models import Place
from pipeline.text.context import Context

#: the stems of motion verbs, with or without a prefix: "(prze)jechać", "(po)jechać", "(wy)ruszyć", "(prze)jść"
_MOTION_STEMS = ("jechać", "jeżdżać", "jeździć", "iść", "jść", "chodzić", "lecieć", "latać", "płynąć", "pływać",
                 "wędrować", "ruszyć", "wrócić", "wracać", "podróżować", "maszerować", "biec", "biegać")
_VERB_POS = frozenset({"fin", "praet", "pcon", "inf", "impt", "bedzie", "imps", "pact"})
_PREPOSITIONS = frozenset({"przez", "na", "do"})
#: capitalised words joined by commas or conjunctions before the mention: "przez Warmię i Kujawy"
_COORDINATED = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*\s*(?:,|\bi\b|\boraz\b)\s*)*$")
#: how many words may stand between the verb and the preposition ("przejechali rowerami przez …")
_REACH = 3


def _motion_verb(tok) -> bool:
    return any(a.pos in _VERB_POS and a.lemma.endswith(_MOTION_STEMS) for a in tok._.morf)


def _after_motion(ctx: Context, start: int) -> bool:
    """The mention at `start` is the object of a motion verb's "przez/na/do", maybe coordinated after it."""
    left = ctx.text[max(0, start - 120):start]
    chain = _COORDINATED.search(left)
    start -= len(left) - (chain.start() if chain else len(left))
    toks = ctx.light_tokens
    k = bisect_left([t.idx for t in toks], start) - 1
    while k >= 0 and toks[k].is_space:
        k -= 1
    if k < 1 or toks[k].text.lower() not in _PREPOSITIONS:
        return False
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        if not toks[j].text.isalpha() or "\n" in toks[j].whitespace_:
            return False
        if _motion_verb(toks[j]):
            return True
    return False


def protected_place(ctx: Context, place: Place) -> bool:
    """A region some mention of which a motion verb governs, or a place closing a title line after the event's name
    ("Konferencja „X”, gmina Y": where the event was held, docs/annotation.md 898): kept whatever the learned
    filter says."""
    return place.kind == "region" and any(_after_motion(ctx, m.start) for m in place.mentions) \
        or any(title_line_place(ctx, m.start, m.end) for m in place.mentions)
