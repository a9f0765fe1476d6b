"""Venues named by a lower-case kind and a quoted name: 'w pensjonacie „Pod Skarpą”'."""

from __future__ import annotations

from pipeline.extract.place_mention import EXTRACTOR, PlaceMention
from pipeline.text.context import Context

_LOWER_VENUES = frozenset({"pensjonat", "restauracja", "ośrodek", "hotel", "dom", "zajazd", "gospodarstwo",
                           "kawiarnia", "bistro", "świetlica", "sala", "karczma", "schronisko", "centrum",
                           "hala", "dworek", "park", "skansen", "kompleks", "stadion"})


def quoted_venues(ctx: Context) -> list[PlaceMention]:
    """'w pensjonacie „Pod Skarpą”', 'w ośrodku szkoleniowym „Leśna Polana”': a lower-case kind + a quoted name."""
    from pipeline.text.inflect import adjective_nominative, head_features, noun_nominative

    if "„" not in ctx.norm and '"' not in ctx.norm:
        return []  # no quoted name anywhere
    toks = ctx.light_tokens
    out = []
    for i, t in enumerate(toks):
        if not t.text[:1].islower() or i == 0 or toks[i - 1].text.lower() not in ("w", "we", "na", "do", "przy"):
            continue
        heads = [a for a in t._.morf if a.pos == "subst" and a.lemma in _LOWER_VENUES]
        if not heads:
            continue
        j = i + 1
        while j < len(toks) and j - i <= 2 and toks[j].text[:1].islower() and any(a.pos == "adj" for a in toks[j]._.morf):
            j += 1
        if j >= len(toks) or toks[j].text not in ("„", '"'):
            continue
        close = next((k for k in range(j + 1, min(len(toks), j + 8)) if toks[k].text in ("”", '"')), None)
        if close is None:
            continue
        head = heads[0]
        number, gender = head_features(head)
        words = [noun_nominative(t.text, head).lower()]
        for m in range(i + 1, j):
            adj = next((a for a in toks[m]._.morf if a.pos == "adj" and a.cases & head.cases), None)
            words.append(adjective_nominative(toks[m].text, adj, number, gender) if adj else toks[m].text)
        start, end = t.idx, toks[close].idx + 1
        name = " ".join(words) + " " + ctx.text[toks[j].idx:end]
        out.append(PlaceMention(name, "venue", ctx.mention(start, end, EXTRACTOR, 0.7, "quoted_venue")))
    return out
