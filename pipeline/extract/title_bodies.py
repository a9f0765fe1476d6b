"""A local unit named only through its head's title or its council: "na zaproszenie Wójta Gminy X", "zorganizowany
przez Wójta i Radę Gminy w X", "gospodarze gali: … Przewodniczący Rady Powiatu Y". An official or an organ acting as
organizer, host or inviter stands for the unit its title names (docs/annotation.md: officials named among the
organizers stand for their units; an organ of a body as organizer gives the body), so the unit ("Gmina X",
"Powiat Y", "Miasto Z") is the body the cue names. Only units whose title or council carries an organizer or
co-organizer cue are proposed: a wójt who only greets names no body acting on its own.
"""

from __future__ import annotations

from pipeline.extract.admin_regions import region_mentions
from pipeline.extract.organizations import OrgMention
from pipeline.extract.organizer_scores import _sentence_verbs, co_organizer_score, organizer_score
from pipeline.extract.place_mention import PlaceMention
from pipeline.lexicon.places import locality_base
from pipeline.models import Mention
from pipeline.text.context import Context

EXTRACTOR = "extract.title_bodies"
#: Heads of a unit's executive, and its collective organs; each stands for the unit it serves.
_HEADS = frozenset({"wójt", "burmistrz", "prezydent", "starosta", "marszałek"})
_ORGANS = frozenset({"rada", "sejmik", "zarząd"})
#: "Przewodniczący Rady Gminy X" acts for the council, which acts for the unit.
_CHAIRS = frozenset({"przewodniczący", "przewodnicząca"})
#: The unit words a title governs in the genitive, and the base noun of the body each one gives.
_UNIT_WORDS = {"gmina": "Gmina", "miasto": "Miasto", "powiat": "Powiat", "województwo": "Województwo"}
_COORDINATORS = frozenset({"i", "oraz"})


def _noun_lemmas(ctx: Context, k: int) -> set[str]:
    return {a.lemma.lower() for a in ctx.features.morfs[k] if a.pos == "subst"}


def _prev(ctx: Context, k: int) -> int | None:
    """The word token before k on the same line."""
    f = ctx.features
    k -= 1
    while k >= 0 and f.is_space[k]:
        if "\n" in f.texts[k]:
            return None
        k -= 1
    return k if k >= 0 else None


def _next(ctx: Context, k: int) -> int | None:
    f = ctx.features
    k += 1
    while k < len(f.texts) and f.is_space[k]:
        if "\n" in f.texts[k]:
            return None
        k += 1
    return k if k < len(f.texts) else None


def _title_start(ctx: Context, unit: int) -> int | None:
    """The first token of the title governing the unit word at `unit` ("Wójta Gminy", "Przewodniczący Rady Gminy",
    "Wójta i Radę Gminy"), or None when no official stands before it. A council alone stays itself: its own
    session is its own event (docs/annotation.md, a council meeting as the event)."""
    f = ctx.features
    k = _prev(ctx, unit)
    if k is None or not _noun_lemmas(ctx, k) & (_HEADS | _ORGANS):
        return None
    start, head = k, bool(_noun_lemmas(ctx, k) & _HEADS)
    if not head and (c := _prev(ctx, k)) is not None and f.lowers[c] in _CHAIRS:
        start, head = c, True
    conj = _prev(ctx, start)
    if conj is not None and f.lowers[conj] in _COORDINATORS:
        other = _prev(ctx, conj)
        if other is not None and _noun_lemmas(ctx, other) & _HEADS:
            start, head = other, True  # "przez Wójta i Radę Gminy X": the cue reaches both
    return start if head else None


def _person_name(ctx: Context, k: int) -> bool:
    """A first name ("Przewodniczącą Rady Gminy Anną Wilk"): the title's holder, not the unit's name."""
    morfs = ctx.features.morfs[k]
    return any("imię" in a.names for a in morfs) and not any("nazwa_geograficzna" in a.names for a in morfs)


def _in_case(ctx: Context, k: int, case: str) -> bool:
    """A known word with a reading in `case` ("Nowego" and "Sącza"; not an unknown foreign surname after the name)."""
    return ctx.features.texts[k].isalpha() and any(case in a.cases for a in ctx.features.morfs[k])


def _seat_name(ctx: Context, unit: int) -> tuple[str, int] | None:
    """"Gminy w Brzozowie", "Miasta Lipowa": the unit's name in its base form and the end of the phrase."""
    f = ctx.features
    k = _next(ctx, unit)
    case = "gen"
    if k is not None and f.lowers[k] in ("w", "we"):
        k, case = _next(ctx, k), "loc"
    if k is None or not f.capitalised[k] or not f.texts[k].isalpha() or _person_name(ctx, k):
        return None
    if not (_in_case(ctx, k, case) or any(a.pos == "ign" for a in f.morfs[k])):
        return None  # "Rady Gminy Anną …": the name after a unit word is its genitive, a seat its locative
    toks = ctx.light_tokens
    j = k
    while (n := _next(ctx, j)) is not None and not _person_name(ctx, n) and (f.texts[n] == "-" or f.capitalised[n]
                                                                          and _in_case(ctx, n, case)):
        j = n
        if j - k >= 4:
            break
    if not toks[j].text.isalpha():
        j -= 1
    name = locality_base(toks[k:j + 1])
    return (name, f.starts[j] + len(f.texts[j])) if name else None


def _one_unit(regions: list[PlaceMention], tier: str) -> PlaceMention | None:
    """The one unit of a tier the report names (for "Wójta Gminy" with no name): none when it names several."""
    named = {r.name: r for r in regions if r.name.startswith(tier + " ")}
    return next(iter(named.values())) if len(named) == 1 else None


def _acts(ctx: Context, mention: Mention) -> bool:
    """The official acts for the unit: an organizer, host or invitation cue, a co-organizer cue, or the subject of an
    organizing verb ("zorganizował"); opening or greeting ("otworzył posiedzenie") is what the head of any
    organizer's or host's body does, and names no organizer (docs/annotation.md, parts: the head opening is staff)."""
    score = organizer_score(ctx, mention)
    if 0.85 < score <= 0.9 and (sent := ctx.sentence_of(mention.start)) is not None:  # a verb's subject
        return _sentence_verbs(ctx, sent.start, sent.end)[1]
    return score >= 0.5 or co_organizer_score(ctx, mention) >= 0.5


def _body(tier: str, name: str) -> str:
    return f"{_UNIT_WORDS[tier]} {name}"


def title_bodies(ctx: Context) -> list[OrgMention]:
    """The units whose head or council the text names as organizer, host, inviter or co-organizer."""
    f = ctx.features
    regions = region_mentions(ctx)
    by_start = {r.mention.start: r for r in regions if r.mention.rule in ("gmina", "powiat", "voivodeship")}
    out: list[OrgMention] = []
    lowers = f.lemmas_lower
    for k, text in enumerate(f.texts):
        if lowers[k].isdisjoint(_UNIT_WORDS):
            continue  # no reading of a unit word at all: the noun readings below cannot have one
        tiers = _noun_lemmas(ctx, k) & _UNIT_WORDS.keys()
        if f.is_space[k] or len(tiers) != 1 or not any("gen" in a.cases for a in f.morfs[k] if a.pos == "subst"):
            continue
        start = _title_start(ctx, k)
        if start is None:
            continue
        tier = next(iter(tiers))
        region = by_start.get(f.starts[k])
        if region is not None:
            name, end = region.name.partition(" ")[2], region.mention.end
            name = name if tier == "gmina" else "-".join(p.capitalize() for p in name.split("-"))
            if region.name.split()[0] != tier:
                continue
        elif (seat := _seat_name(ctx, k)) is not None:
            name, end = seat
        elif text[:1].isupper() and tier in ("gmina", "powiat") and (one := _one_unit(regions, tier)) is not None:
            name, end = one.name.partition(" ")[2], f.starts[k] + len(text)  # "Wójta Gminy" on a page about one gmina
            if tier == "powiat":
                name = "-".join(p.capitalize() for p in name.split("-"))
        else:
            continue
        mention = ctx.mention(f.starts[start], end, EXTRACTOR, 0.7, "title_body")
        if _acts(ctx, mention):
            out.append(OrgMention(_body(tier, name), None, None, mention))
    return out

