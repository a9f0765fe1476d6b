"""What the place-candidate decision reads about one extra candidate (`pipeline.learned.place_candidates`).

The merged place's evidence as the region filter reads it (`span_features.place_features`: the kind, the
preposition and its case, the governing word, the verbs and lemmas around, funding boilerplate, furniture, the
organizations around it), and what only a candidate has: how it was proposed, whether SGJP reads its words as a
geographic name, whether a person's name overlaps it, how many places the rules found on the page and whether
one of them stands in the same sentence. No page ids, sites or inflected strings.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from pipeline.learned.context_features import bucket
from pipeline.learned.span_features import place_features
from pipeline.models import Event, Organization, Person, Place
from pipeline.text.context import Context


def _sentence(ctx: Context, char: int) -> int:
    feats = ctx.features
    i = max(0, bisect_right(feats.starts, char) - 1)
    return feats.sentence[i] if feats.sentence else 0


def _geographic_words(ctx: Context, start: int, end: int) -> bool:
    feats = ctx.features
    i = max(0, bisect_right(feats.starts, start) - 1)
    while i < len(feats.starts) and feats.starts[i] < end:
        if any("nazwa_geograficzna" in a.names for a in feats.morfs[i]):
            return True
        i += 1
    return False


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def candidate_features(ctx: Context, cand: Place, places: Sequence[Place], candidates: Sequence[Place],
                       organizations: Sequence[Organization], people: Sequence[Person], event: Event
                       ) -> dict[str, float]:
    """Binary features of one merged candidate (all its mentions)."""
    out = place_features(ctx, cand, organizations, event, [*places, *candidates])
    kind = cand.kind
    for m in cand.mentions:
        out[f"cand={m.rule}"] = 1.0
        out[f"{kind}|cand={m.rule}"] = 1.0
    if any(_geographic_words(ctx, m.start, m.end) for m in cand.mentions):
        out["sgjp_geo"] = 1.0
        out[f"{kind}|sgjp_geo"] = 1.0
    person_spans = [(m.start, m.end) for p in people for m in p.mentions]
    if any(_overlaps(m.start, m.end, person_spans) for m in cand.mentions):
        out["person_overlap"] = 1.0
    out[f"rules_places={bucket(len(places))}"] = 1.0
    out[f"{kind}|rules_places={bucket(len(places))}"] = 1.0
    sentences = {_sentence(ctx, m.start) for p in places for m in p.mentions}
    if any(_sentence(ctx, m.start) in sentences for m in cand.mentions):
        out["near_rule_place"] = 1.0
    out[f"{kind}|mentions={bucket(len(cand.mentions))}"] = 1.0
    if event.organizer and cand.name.lower() in event.organizer.lower():
        out[f"{kind}|in_organizer"] = 1.0
    return out
