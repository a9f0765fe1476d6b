"""People's institutions through units and groups: a department belongs to its named parent office, and the
members of a group a sentence presents as a body's representatives belong to that body.
"""

from __future__ import annotations

import re

from pipeline.extract.organizations import OrgMention, initials
from pipeline.lexicon.words import NON_ORG_ACRONYMS, ORG_HEADS, noun_lemmas
from pipeline.models import Organization
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: Heads of units inside an office: their names stand without the office ("Wydział Polityki Społecznej").
UNIT_HEADS = frozenset({"wydział", "departament", "biuro", "kancelaria", "oddział", "referat", "sekcja", "gabinet",
                        "filia", "katedra", "zakład"})


#: Nouns of a group named as some body's representatives: "Przedstawicielami Rady X byli: …".
REPRESENTATIVE_WORDS = frozenset({"przedstawiciel", "przedstawicielka", "reprezentant", "reprezentantka"})
#: Plural nouns of people that present a group by where it comes from: "Panie z Koła Gospodyń Wiejskich: A, B".
GROUP_WORDS = frozenset({"pani", "pan", "członek", "członkini"})
#: Every lemma a cue of `represented_body` needs ("w osobie", "reprezentowali", "przedstawiciele", "panie z").
_CUE_LEMMAS = REPRESENTATIVE_WORDS | GROUP_WORDS | {"osoba", "reprezentować", "ramię", "imię", "strona"}
_FROM_BODY = re.compile(r"\s+(?:z|ze)\s+", re.IGNORECASE)


def represented_body(
    ctx: Context, start: int, org_mentions: list[OrgMention], org_by_mention: dict[int, Organization]
) -> str | None:
    """The body a name's sentence presents a group as representing, before the name: "przedstawiciele
    Ministerstwa X (MRiPS) Pani A – …", "Przedstawicielami Rady X byli: A, B oraz ich opiekunowie: C"."""
    tok = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None:
        return None
    from pipeline.extract.event_roles import name_sentence

    sent_start = name_sentence(ctx, tok.start)[0]
    found = None
    lemmas = ctx.features.lemmas_lower
    for t in ctx.light_tokens[sent_start:tok.start]:  # plain tokens: no Token and `_` objects per word
        if lemmas[t.i].isdisjoint(_CUE_LEMMAS):
            continue  # none of the three cues below can hold without one of their lemmas
        if _in_person_of(ctx, t):  # "zorganizowane przez Fundację X w osobach: A i B": X's people
            found = next((m for m in org_mentions if id(m) in org_by_mention
                          and not ctx.norm[m.mention.end:t.idx - 2].strip() and m.mention.end <= t.idx), found)
            continue
        if on_behalf_of(ctx, t):  # "Z ramienia Urzędu X w spotkaniu uczestniczył Dyrektor Departamentu Y A"
            after = t.idx + len(t.text)
            found = next((m for m in org_mentions if id(m) in org_by_mention
                          and after <= m.mention.start <= after + 2 and m.mention.end <= start), found)
            continue
        if _represented_by(t):  # "Urząd X reprezentowali A i B": the body is the object, the names its subjects
            found = next((m for m in org_mentions if id(m) in org_by_mention and m.mention.end <= t.idx
                          and _SEAT_GAP.fullmatch(ctx.norm[m.mention.end:t.idx])), found)
            continue
        plural = {a.lemma.lower() for a in t._.morf if a.pos == "subst" and a.number == "pl"}
        if not plural & (REPRESENTATIVE_WORDS | GROUP_WORDS):
            continue
        after = t.idx + len(t.text)
        found = next((m for m in org_mentions if id(m) in org_by_mention and m.mention.end <= start and (
            (plural & REPRESENTATIVE_WORDS and after <= m.mention.start <= after + 2)
            or _FROM_BODY.fullmatch(ctx.norm[after:m.mention.start]))), None)
    if found is None:
        return None
    body = org_by_mention[id(found)]
    if any(id(m) in org_by_mention and org_by_mention[id(m)] is not body and found.mention.end <= m.mention.start < start
           and not _is_unit(ctx, m) for m in org_mentions):
        return None  # another body named between: the name is not (only) the group's
    return body.name


#: What may stand between a body and its verb: nothing, or the body's seat left outside its name ("z Lipna").
_SEAT_GAP = re.compile(r"\s*(?:(?:w|we|z|ze)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?\s+)?")


def _represented_by(t) -> bool:  # noqa: ANN001 (a plain or a spaCy token)
    """'reprezentował', 'reprezentują': a finite "reprezentować" (not the participle "reprezentujący", whose
    subject is the name before it)."""
    return any(a.lemma.lower() == "reprezentować" and a.pos in ("fin", "praet") for a in t._.morf)


def on_behalf_of(ctx: Context, t) -> bool:  # noqa: ANN001 (a plain or a spaCy token)
    """'z ramienia', 'ze strony', 'w imieniu' before a body: the names of the sentence act for it."""
    if t.i == 0:
        return False
    prep = ctx.light_tokens[t.i - 1].text.lower()
    wanted = {"z": (("ramię", "strona"), "gen"), "ze": (("ramię", "strona"), "gen"), "w": (("imię",), "loc")}.get(prep)
    return wanted is not None and any(a.pos == "subst" and a.lemma.lower() in wanted[0] and wanted[1] in a.cases
                                      and a.number == "sg" for a in t._.morf)


def _in_person_of(ctx: Context, t) -> bool:  # noqa: ANN001 (a plain or a spaCy token)
    """'w osobie', 'w osobach' right after a body: the names that follow are the people it acted through."""
    return t.i > 0 and ctx.light_tokens[t.i - 1].text.lower() == "w" and any(
        a.pos == "subst" and a.lemma.lower() == "osoba" and "loc" in a.cases for a in t._.morf)


#: Units of an office that do not stand as bodies beside it (branches, "Filia", "Oddział", do).
_DEPARTMENTS = UNIT_HEADS - {"oddział", "filia", "katedra", "zakład"}


def parent_noun(ctx: Context, char: int) -> bool:
    """'Wydział X w starostwie': a lower-case institution noun after the unit refers back to its named parent."""
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start >= len(ctx.light_tokens):
        return False
    tok = ctx.light_tokens[span.start]
    return tok.text[:1].islower() and any(a.pos == "subst" and a.lemma.lower() in ORG_HEADS - UNIT_HEADS
                                          and a.number == "sg" for a in tok.morf)


def represented_unit(
    ctx: Context, org: Organization, mentions: list[OrgMention], org_by_mention: dict[int, Organization]
) -> bool:
    """"przedstawiciele Ministerstwa X – dyrektor Departamentu Y": a department named only in a sentence that
    presents its people as the parent's is the parent's unit, not listed (docs/annotation.md, Departments)."""
    own = [m for m in mentions if org_by_mention.get(id(m)) is org]
    return bool(own) and all(m.head in _DEPARTMENTS and m.mention.rule != "acronym" for m in own) and all(
        represented_body(ctx, m.mention.start, mentions, org_by_mention) not in (None, org.name) for m in own)


_UNIT_TO_PARENT = re.compile(r"\s*(?:(?:w|we)\s+)?", re.IGNORECASE)


def _is_unit(ctx: Context, m: OrgMention) -> bool:
    span = ctx.doc.char_span(m.mention.start, m.mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and bool(noun_lemmas(span[0]) & UNIT_HEADS)


def unit_parent(
    ctx: Context, m: OrgMention, end: int, org_mentions: list[OrgMention], org_by_mention: dict[int, Organization]
) -> str | None:
    """A department whose parent is named belongs to the parent (docs/annotation.md, Departments): the office
    right after it ("Departament X Urzędu Y", "Wydział X w Urzędzie Y"), its trailing acronym ("Departament X
    MPiPS"), or the office after "w" inside the title's span that no extractor claimed. None: no parent named."""
    if not _is_unit(ctx, m):
        return None
    for o in sorted(org_mentions, key=lambda o: o.mention.start):
        if o is m or id(o) not in org_by_mention or o.mention.start < m.mention.end or _is_unit(ctx, o):
            continue
        if _UNIT_TO_PARENT.fullmatch(ctx.norm[m.mention.end:o.mention.start]):
            return org_by_mention[id(o)].name
        break
    span = ctx.doc.char_span(m.mention.start, max(end, m.mention.end), alignment_mode="expand")
    tokens = [t for t in span if not t.is_space] if span is not None else []
    if len(tokens) > 2 and len(tokens[-1].text) >= 3 and tokens[-1].text[:1].isupper() and tokens[-1].text[-1:].isupper() \
            and tokens[-1].is_alpha and tokens[-1].text not in NON_ORG_ACRONYMS \
            and not any(t.text.lower() in ("w", "we") for t in tokens):
        acronym = tokens[-1].text  # "Departament Pożytku Publicznego MPiPS"
        org = next((o for o in org_by_mention.values() if acronym in (o.acronym, initials(o.name))), None)
        return org.name if org is not None else acronym
    seat = next((k for k, t in enumerate(tokens) if t.text.lower() in ("w", "we") and k + 1 < len(tokens)), None)
    if seat is not None and any(noun_lemmas(t) & (ORG_HEADS - UNIT_HEADS) for t in tokens[seat + 1:]):
        from pipeline.extract.organizations import phrase_base

        return phrase_base(tokens[seat + 1:], ORG_HEADS - UNIT_HEADS, ctx.text)[0]  # "w Podlaskim Urzędzie Wojewódzkim"
    return None


#: Local-government bodies that need their town to be one body: "Rada Miejska", "Urząd Gminy".
_TOWN_BODIES = frozenset({"rada", "urząd"})
#: The words that only say which tier of local government it is.
_TIER_WORDS = frozenset({"miejski", "gminny", "powiatowy", "sołecki", "wojewódzki", "miasto", "gmina", "powiat",
                         "województwo", "sołectwo", "miasta", "marszałkowski", "osiedle", "rodzic"})


def townless_office(name: str) -> bool:
    """"Rada Miejska", "Urząd Gminy" with no town: the title it came with may name it ("Przewodnicząca Rady
    Miejskiej"), but it is not listed (docs/annotation.md, council chairs). So with "Urząd Marszałkowski" without
    its voivodeship, "Rada Osiedla" without the estate, "Rada Rodziców" without the school: every unit has one."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    lemmas = [{a.lemma.lower() for a in analyse(w.lower())} for w in words]
    return bool(lemmas[0] & _TOWN_BODIES) and all(ls & _TIER_WORDS for ls in lemmas[1:])


#: Local officials and the tier of local government each one heads or serves (the office's own words).
_OFFICIAL_TIERS = {"wójt": "gmina", "wicewójt": "gmina", "burmistrz": "gmina", "wiceburmistrz": "gmina",
                   "starosta": "powiat", "wicestarosta": "powiat"}
#: Words a local official's title may add without naming anything else ("zastępca wójta", "sekretarz gminy").
_OFFICIAL_WORDS = frozenset({"zastępca", "sekretarz", "skarbnik", "gmina", "powiat"})
#: The offices of each tier (docs/annotation.md, Local officials: the office the text names comes first).
_TIER_OFFICES = {"gmina": ("urząd gminy", "urząd miasta i gminy", "urząd miejski", "urząd miasta"),
                 "powiat": ("starostwo powiatowe",)}
_TIER_BODIES = {"gmina": ("gmina", "miasto i gmina"), "powiat": ("powiat",)}


def official_tier(title: str, after: tuple[str, ...] = ()) -> str | None:
    """'wójt', 'zastępca wójta', 'sekretarz gminy' (the unit word may follow the title in lower case): the tier of
    local government a title serves; None for any other title ("starosta dożynek" is a festival's host)."""
    tiers = set()
    words = title.split()
    for k, word in enumerate([*words, *after]):
        lemmas = {a.lemma.lower() for a in analyse(word.lower()) if a.pos == "subst"}
        if lemmas & _OFFICIAL_TIERS.keys():
            tiers |= {_OFFICIAL_TIERS[lemma] for lemma in lemmas & _OFFICIAL_TIERS.keys()}
        elif lemmas & {"gmina", "powiat"}:
            tiers |= lemmas & {"gmina", "powiat"}
        elif k < len(words) and not lemmas & _OFFICIAL_WORDS:
            return None
    return next(iter(tiers)) if len(tiers) == 1 else None


def local_unit(tier: str, bodies: list[str], regions: list[str]) -> str | None:
    """The one unit of a tier a report names, for an official whose title names none: "wójt Jan Mak" in a report
    about "gmina Kolno" is Kolno's. The office the text names comes first ("Urząd Gminy Kolno"), then the unit as a
    body ("Gmina Kolno"), then the unit as a place ("gmina Kolno"); none when the report names several."""
    for kinds in (_TIER_OFFICES[tier], _TIER_BODIES[tier]):
        named = {b for b in bodies if any(b.lower().startswith(k + " ") for k in kinds)}
        if named:
            return next(iter(named)) if len(named) == 1 else None
    named = {r for r in regions if r.lower().startswith(tier + " ")}
    return next(iter(named)) if len(named) == 1 else None
