"""The event named by a pronoun in the sentence after it: "Warsztaty odbyły się w świetlicy. Przygotowało je Koło
Gospodyń Wiejskich z Grabowa." A weak organizer verb ("przygotować", "zaprosić") says "organized" only when its
sentence names the event (`organizer_scores`); an accusative third-person pronoun that agrees in number and gender
with an event noun of the sentence before names it as well (morfeusz readings: "je" plural or neuter, "ją" feminine,
"go" masculine or neuter singular). A relative pronoun that cannot be its verb's subject opens a clause with a
subject of its own: "X uczestniczyli w warsztatach, które zorganizował Y" (the verb is Y's, not X's)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection

from pipeline.text.analysis import Analysis
from pipeline.text.context import Context
from pipeline.text.morphology import analyse


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


def verb_in_reach(ctx: Context, end_char: int, start: int, end: int, verbs: Collection[str]) -> bool:
    """Some verb of `verbs` (lemmas) in the sentence of tokens [start, end) can have the name ending at `end_char`
    as its subject: not one shut in a relative clause opened after the name by a pronoun that does not agree with
    it ("…, które zorganizował Y": "które" is plural, the verb singular, so Y is its subject); "X, które
    zorganizowało festyn" keeps the verb (the pronoun stands for X)."""
    f = ctx.features
    lo = bisect_left(f.starts, end_char)
    found = [k for k in range(start, end) if any(a.lemma in verbs and a.pos in ("praet", "fin") for a in f.morfs[k])]
    if not found:
        return True  # a gerund or an infinitive: nothing to weigh
    for v in found:
        pronouns = [k for k in range(lo, v) if any(a.lemma == "który" for a in f.morfs[k])]
        if not pronouns or any(_subject_of(p, f.morfs[v]) for k in pronouns for p in f.morfs[k] if p.lemma == "który") \
                or any(_possessed_subject(ctx, k, f.morfs[v]) for k in pronouns):
            return True
    return False


def _possessed_subject(ctx: Context, k: int, verb_readings: tuple[Analysis, ...]) -> bool:
    """"X, którego członkinie przygotowały kiermasz": a genitive pronoun before a lower-case nominative noun agreeing
    with the verb: the clause's subject is the antecedent's people."""
    f = ctx.features
    j = k + 1
    while j < len(f.texts) and f.is_space[j]:
        j += 1
    return j < len(f.texts) and f.texts[j].islower() and any(a.lemma == "który" and "gen" in a.cases for a in f.morfs[k]) \
        and any(_subject_of(n, verb_readings) for n in f.morfs[j] if n.pos in ("subst", "depr"))


def _subject_of(pronoun: Analysis, verb_readings: tuple[Analysis, ...]) -> bool:
    """The pronoun's (or noun's) nominative reading agrees with the verb in number (and gender in the past tense)."""
    return "nom" in pronoun.cases and any(v.pos in ("praet", "fin") and v.number == pronoun.number and (
        not v.genders or bool(v.genders & pronoun.genders)) for v in verb_readings)


_RELATIVE = re.compile(r"^,\s*(?P<pronoun>któr[yae])$", re.IGNORECASE)


def relative_subject(name: str, rest: str) -> bool:
    """"w Szkole X, która była gospodarzem konkursu": the words between the name and a copula are a relative pronoun
    agreeing in number and gender with the name's head noun, so the name is the copula's subject whatever its case."""
    relative = _RELATIVE.match(rest.strip())
    head = next((w for w in name.split() if any(a.pos == "subst" for a in analyse(w))), None)
    if relative is None or head is None:
        return False
    nouns = [a for a in analyse(head) if a.pos == "subst"]
    return any("nom" in p.cases and p.number == n.number and bool(p.genders & n.genders)
               for p in analyse(relative["pronoun"].lower()) for n in nouns)
