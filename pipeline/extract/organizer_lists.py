"""How bodies are listed together as organizers: coordinated in a sentence ("X, Y oraz Zarząd Z", "strażacy z OSP X,
panie z KGW Y") or one per line under a plural label ("Organizatorzy:"). The first of the list is the organizer,
the others co-organizers (docs/annotation.md: several hosts listed as equals). Split from `resolve_organizer`,
which builds the chains."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract.organizer_scores import BODY_PEOPLE, _label_above
from pipeline.models import Mention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: what may stand between coordinated names: "X, Y i Z", "X oraz Y"; a town the first name's mention left out ("przez
#: MDK Ozorków i Fundację Y": a seat written bare after an acronym)
_COORDINATION = re.compile(r"^(?:\s+(?P<seat>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+))?\s*(?:,|,?\s+i|,?\s+oraz|,?\s+a\s+także|/)\s*"
                           r"(?:(?P<organ>[A-ZĄĆĘŁŃÓŚŹŻ]\w+)\s*"
                           r"|(?P<people>[a-ząćęłńóśźż]+)\s+(?:z|ze)\s+)?$")
#: A body's collective organs: "X oraz Zarząd Oddziału Y" coordinates X with the body the board acts for
#: (docs/annotation.md: an organ of a body as organizer gives the body).
ORGANS = frozenset({"zarząd", "rada", "prezydium"})


def coordinated_mentions(ctx: Context, prev: Mention, nxt: Mention) -> bool:
    """`nxt` is coordinated with `prev`: the gap coordinates them and, joined plainly ("X i Y", "X, Y"), the two can
    share a case: "Rejonowy Związek Rolników, Kółek i Organizacji Rolniczych" (nominative, then genitives only) goes
    on with the first name's complement, not with a second body; people standing for a body ("X, panie z KGW Y") and
    names that do not decline (acronyms) are not weighed."""
    gap = ctx.norm[prev.end:nxt.start]
    if not coordinated(gap):
        return False
    m = _COORDINATION.match(gap)
    if m is None or m["people"] is not None or m["organ"] is not None:
        return True
    return may_share_case(ctx, prev.start, nxt.start)


def may_share_case(ctx: Context, first: int, second: int) -> bool:
    """The names starting at chars `first` and `second` can stand in one case: their first words' cases (the word
    the syntax governs) meet; a word that does not decline (an acronym, an unknown word) meets any."""
    cases = [_first_word_cases(ctx, char) for char in (first, second)]
    return cases[0] is None or cases[1] is None or bool(cases[0] & cases[1])


def _first_word_cases(ctx: Context, char: int) -> frozenset[str] | None:
    f = ctx.features
    k = bisect_left(f.starts, char)
    if k + 2 < len(f.texts) and f.texts[k + 1] in ("-", "–") and f.glued[k] and f.glued[k + 1]:
        k += 2  # "Polsko-Ukraińska Rada": the compound declines in its last part
    if k >= len(f.texts) or f.all_caps[k]:
        return None
    readings = [a for a in f.morfs[k] if a.pos in ("subst", "adj", "depr", "ppas", "pact")]
    return frozenset().union(*(a.cases for a in readings)) if readings else None


def coordinated(gap: str) -> bool:
    """What stands between two names coordinates them: "X, Y", "X oraz Y", "X oraz Zarząd Y", "X, panie z Y", "X Town i Y"."""
    m = _COORDINATION.match(gap)
    if m is not None and m["seat"] is not None and not any("nazwa_geograficzna" in a.names for a in analyse(m["seat"])):
        return False  # a word of another kind between the names: no list
    if m is not None and m["people"] is not None:  # "strażacy z OSP X, panie z KGW Y": the people stand for the body
        return any(a.lemma.lower() in BODY_PEOPLE and a.number == "pl" for a in analyse(m["people"]) if a.pos == "subst")
    return m is not None and (m["organ"] is None or any(a.lemma.lower() in ORGANS for a in analyse(m["organ"])))


#: "Organizatorzy:", "Organizatorami festynu byli:": a plural label over a list of bodies, one per line.
_ORGANIZERS_LABEL = re.compile(r"(?<!współ)organizator(?:zy|ami)\b[^:\n]{0,30}:\s*$", re.IGNORECASE)


def listed_below(ctx: Context, first: Mention, prev: Mention, nxt: Mention) -> bool:
    """"Organizatorzy:" above bodies one per line: `nxt` opens the line after the one `prev` opens, in the list whose
    first item `first` stands right under the label."""
    if not (_label_above(ctx, first, _ORGANIZERS_LABEL) and _opens_line(ctx, prev) and _opens_line(ctx, nxt)):
        return False
    return ctx.norm.count("\n", prev.end, nxt.start) == 1


def _opens_line(ctx: Context, mention: Mention) -> bool:
    """Only a bullet or a dash stands before the mention on its line."""
    line_start = ctx.norm.rfind("\n", 0, mention.start) + 1
    return not ctx.norm[line_start:mention.start].strip(" -–•*·\t")
