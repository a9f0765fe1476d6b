"""A department or committee written right before its parent body's name ("z inicjatywy Wydziału Promocji
Urzędu X", "przez Komisję Turystyki Oddziału Y"): the parent stands for it, so the cue reaching the unit reaches
the parent (docs/annotation.md, Departments; a body's committee is its organ, 975-984)."""

from __future__ import annotations

from bisect import bisect_left

from pipeline.extract.organizations import OrgMention
from pipeline.models import Mention, Organization
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: Departments (docs/annotation.md, Departments) and a body's committees (its organs, 975-984): with the parent
#: named, the parent stands for them. Not branches, chairs or filie, which stay whole with their parent
#: ("Katedra X Uczelni Y").
_DEPARTMENTS = frozenset({"wydział", "dział", "zakład", "departament", "referat", "komisja"})


def units_of_named(ctx: Context, named: list[OrgMention]) -> set[int]:
    """Ids of the mentions that are a department or committee written right before its parent's mention
    ("Komisja Kultury" in "przez Komisję Kultury Rady Gminy X"): the parent takes their cues."""
    units: set[int] = set()
    for n in named:
        unit = unit_before(ctx, n.mention)
        if unit is not None:
            units.update(id(m) for m in named if m is not n and m.mention.start == unit.start
                         and m.mention.end <= n.mention.start)
    return units
#: Lower-case words inside a unit's name ("Wydział Współpracy z Organizacjami", "Referat ds. Promocji").
_UNIT_SMALL = frozenset({"z", "ze", "i", "w", "we", "ds", ".", "do", "na", "rzecz", "spraw", "-", "–", "oraz"})


def unit_before(ctx: Context, mention: Mention) -> Mention | None:
    """"z inicjatywy Wydziału Współpracy Urzędu X", "zorganizowane przez Departament Y Ministerstwa Z": the
    mention is the parent office right after a department's name; the department's cue stands for it. The
    mention moved to the department's first word, or None when no department stands right before it."""
    f = ctx.features
    k = bisect_left(f.starts, mention.start) - 1
    unit = None
    while k >= 0 and f.is_space[k] and "\n" not in f.texts[k]:
        k -= 1
    words = mention.text.split()
    if k < 0 or not f.capitalised[k] or not words or not any(
            "gen" in a.cases for a in analyse(words[0]) if a.pos in ("subst", "adj")):
        return None  # "Zakład X w Lipnie oraz Rada Gminy Y": a parent follows its unit's last word in the genitive
    while k >= 0:
        if f.is_space[k]:
            if "\n" in f.texts[k]:
                break
            k -= 1
            continue
        if not f.capitalised[k] and f.lowers[k] not in _UNIT_SMALL or f.texts[k] == "." and f.lowers[k - 1] != "ds":
            break
        if f.capitalised[k] and f.lemmas_lower[k] & _DEPARTMENTS:
            unit = k
        k -= 1
    if unit is None:
        return None
    return mention.model_copy(update={"start": f.starts[unit]})


def organizer_itself(ctx: Context, mention: Mention, organizer: str | None) -> bool:
    """"zgierski PTTK" among the helpers of "Oddział Zgierski PTTK": the organizer's own name holds the mention
    as a later word and the lower-case adjective right before the mention is a word of the organizer's name, so the
    mention is the organizer written short, not another body."""
    if not organizer or mention.text not in organizer.split()[1:]:
        return False
    before = ctx.left(mention.start, 30).split()
    if not before or not before[-1].isalpha() or not before[-1][:1].islower():
        return False
    own = {a.lemma.lower() for w in organizer.split()[:-1] for a in analyse(w) if a.pos == "adj"}
    return any(a.pos == "adj" and a.lemma.lower() in own for a in analyse(before[-1]))


def organ_parent(
    ctx: Context, title: str, at: int, named: list[OrgMention], by_mention: dict[int, Organization]
) -> str | None:
    """'wiceprzewodnicząca Komisji' after "przez Komisję Turystyki Oddziału X": a title ending with an organ's unit word
    and naming no body refers back to the last organ of that kind the report wrote before its parent's name; the
    person's organization is the parent (the organ is not listed, docs/annotation.md 975-984). `by_mention`: the
    resolved body of each named mention by id; `at`: where the title stands."""
    words = title.split()
    if len(words) < 2 or not any(a.lemma.lower() in _DEPARTMENTS for a in analyse(words[-1]) if a.pos == "subst"):
        return None
    unit = next(a.lemma.lower() for a in analyse(words[-1]) if a.pos == "subst" and a.lemma.lower() in _DEPARTMENTS)
    ordered = sorted((m for m in named if (id(m) in by_mention or m.mention.rule == "office_unit")  # organs unlisted
                      and m.mention.end <= at), key=lambda m: m.mention.start)
    for m, parent in reversed(list(zip(ordered, ordered[1:], strict=False))):
        if m.head == unit and id(parent) in by_mention and (before := unit_before(ctx, parent.mention)) is not None \
                and before.start == m.mention.start:
            return by_mention[id(parent)].name
    return None


#: Heads that name a group of bodies of the kind their genitive plural gives ("Zespół Szkół", "Zespół Placówek").
_GROUP_HEADS = frozenset({"zespół"})


def group_of(m: OrgMention, ours: list[str]) -> bool:
    """"nasza szkoła" said of a "Zespół Szkół X": a group named by its kind of body is a body of that kind."""
    words = m.name.split()
    return m.head in _GROUP_HEADS and len(words) > 1 and any(
        a.pos == "subst" and a.number == "pl" and "gen" in a.cases and a.lemma.lower() in ours for a in analyse(words[1]))


#: Verbs by which the organizer invites to or organizes the event: another sentence naming it with "wraz z" partners.
_INVITING = frozenset({"zapraszać", "zaprosić", "organizować", "zorganizować", "współorganizować"})


def inviting(ctx: Context, span: tuple[int, int]) -> bool:
    """The sentence [span) has a finite verb of inviting or organizing ("Na konferencję zapraszają: X wraz z Y")."""
    f = ctx.features
    lo, hi = bisect_left(f.starts, span[0]), bisect_left(f.starts, span[1])
    return any(a.pos in ("fin", "praet") and a.lemma in _INVITING for k in range(lo, hi) for a in f.morfs[k])
