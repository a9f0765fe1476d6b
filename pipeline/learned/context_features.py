"""Evidence around a mention that every learned decision reads: lemmas of the content words before and
after it in its sentence, the sentence's verbs, and the line it stands on.

Lemmas (the chosen morfeusz2 reading), not strings: inflected forms of one word share a feature.
"""

from __future__ import annotations

from bisect import bisect_right

from pipeline.text.context import Context

WINDOW = 6  #: content words read on each side of a mention
_CONTENT = frozenset({"subst", "ger", "adj", "fin", "praet", "ppas", "pact", "inf", "imps", "impt", "pred", "adv",
                      "brev", "pcon", "pant"})
_VERBS = frozenset({"fin", "praet", "imps", "impt", "inf", "pcon", "pant", "ppas", "pact", "ger"})
_BULLETS = "-–—•*·▪►"




def bucket(n: int) -> str:
    """0, 1, 2-3, 4+: counts as coarse features."""
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4+"


def around(ctx: Context, start: int, end: int, window: int = WINDOW, person: bool = False) -> dict[str, float]:
    """`L:`/`R:` lemmas, `V:` verbs, the number of first names in the sentence, and layout flags. A `person`
    mention counts as a name of its sentence though its first name is no SGJP first name ("Aino Lehtonen"): the
    count says how many people the sentence names, the person's own name among them, as for "Anna Kos"."""
    feats = ctx.features
    first = max(0, bisect_right(feats.starts, start) - 1)
    last = max(first, bisect_right(feats.starts, end - 1) - 1)
    s_start, s_end = feats.sentences[feats.sentence[first]]
    out: dict[str, float] = {}
    pos, lemma = feats.pos, feats.lemma
    taken = 0
    for i in range(first - 1, s_start - 1, -1):
        if taken >= window:
            break
        if pos[i] in _CONTENT:
            out[f"L:{lemma[i].lower()}"] = 1.0
            taken += 1
    taken = 0
    for i in range(last + 1, s_end):
        if taken >= window:
            break
        if pos[i] in _CONTENT:
            out[f"R:{lemma[i].lower()}"] = 1.0
            taken += 1
    verbs, names = _sentence_facts(ctx, s_start, s_end)
    for i, key in verbs:
        if not first <= i <= last:
            out[key] = 1.0
    unread = person and len(feats.texts[first]) > 1 and feats.texts[first].isalpha() and not any(  # not "A. Kos"
        feats.first_name[i] and feats.capitalised[i] for i in range(first, last + 1))
    out[f"names_in_sentence={bucket(names + unread)}"] = 1.0
    out.update(line_flags(ctx, start))
    return out


def line_flags(ctx: Context, start: int) -> dict[str, float]:
    """Where the mention stands on its line: first on it, after a bullet, after a colon; the page's first line."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    before = ctx.text[line_start:start].strip()
    out: dict[str, float] = {}
    if not before:
        out["line_start"] = 1.0
    elif before[0] in _BULLETS:
        out["bullet"] = 1.0
    if before.endswith(":"):
        out["colon_before"] = 1.0
    if line_start == 0:
        out["first_line"] = 1.0
    return out


def _sentence_facts(ctx: Context, s_start: int, s_end: int) -> tuple[list[tuple[int, str]], int]:
    """([(token, its `V:` feature)] of the sentence's verbs in order, its count of first names): the same for
    every mention in the sentence, so read once per document and sentence."""
    memo = ctx.memo(_sentence_facts)
    found = memo.get(s_start)
    if found is None:
        feats = ctx.features
        pos, lemma = feats.pos, feats.lemma
        verbs = [(i, f"V:{lemma[i].lower()}") for i in range(s_start, s_end) if pos[i] in _VERBS]
        names = sum(1 for i in range(s_start, s_end) if feats.first_name[i] and feats.capitalised[i])
        found = memo[s_start] = (verbs, names)
    return found
