"""The event named by a pronoun in the sentence after it: "Warsztaty odbyły się w świetlicy. Przygotowało je Koło
Gospodyń Wiejskich z Grabowa." A weak organizer verb ("przygotować", "zaprosić") says "organized" only when its
sentence names the event (`organizer_scores`); an accusative third-person pronoun that agrees in number and gender
with an event noun of the sentence before names it as well (morfeusz readings: "je" plural or neuter, "ją" feminine,
"go" masculine or neuter singular)."""

from __future__ import annotations

from collections.abc import Collection

from pipeline.text.context import Context


def event_pronoun(ctx: Context, start: int, end: int, events: Collection[str]) -> bool:
    """Tokens [start, end) (a sentence) hold an accusative third-person pronoun agreeing with a noun whose lemma is
    in `events` in the sentence right before."""
    if start <= 0:
        return False
    f = ctx.features
    pronouns = [a for k in range(start, end) for a in f.morfs[k] if a.pos == "ppron3" and "acc" in a.cases]
    if not pronouns:
        return False
    before = ctx.sentence_bounds(start - 1)[0]
    nouns = [a for k in range(before, start) for a in f.morfs[k]
             if a.pos in ("subst", "ger") and a.lemma.lower() in events]
    return any(p.number == n.number and p.genders & n.genders for p in pronouns for n in nouns)
