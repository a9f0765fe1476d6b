"""People: merge person mentions into persons, their roles' organizations and affiliations.

Kept apart from `pipeline.resolve_entities` (organizations and places), whose merged organizations it reads."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.list_affiliations import bracketed_name, bracketed_unit, list_line_affiliation
from pipeline.extract.organizations import OrgMention, initials
from pipeline.extract.organizer_units import organ_parent
from pipeline.extract.people import COORDINATED, PersonMention
from pipeline.extract.place_checks import TOWN_HEADS
from pipeline.extract.places import PlaceMention
from pipeline.extract.role_acronyms import acronym_name_after, acronym_with_name
from pipeline.extract.role_offices import title_office
from pipeline.lexicon.words import NAME_ONLY_HEADS, NON_ORG_ACRONYMS, ORG_HEADS, noun_lemmas
from pipeline.models import Organization, Person, Role
from pipeline.resolve_behalf import on_behalf_body
from pipeline.resolve_offices import regional_branch, unit_office
from pipeline.resolve_origins import (
    bare_head,
    bracketed_body,
    from_body,
    generic_reference,
    kind_with_quoted_name,
    named_again,
    origin_body,
    possessive_body,
    professor_of,
)
from pipeline.resolve_people_heads import kind_heads, leaders_body
from pipeline.resolve_people_places import (
    bracketed_place,
    genitive_of_named_place,
    holder_swallowed,
    seat_of_a_body,
    unit_body,
    unit_of_town,
)
from pipeline.resolve_units import (
    UNIT_HEADS,
    local_unit,
    official_tier,
    represented_body,
    unit_parent,
)
from pipeline.text.context import Context
from pipeline.text.morphology import analyse


def share_affiliation(ctx: Context, mentions: list[PersonMention], people: list[Person]) -> None:
    """"prowadzili Anna Kos i Piotr Wilk z Fundacji X": both come from X."""
    by_name = {p.name.lower(): p for p in people}
    for prev, cur in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        first, second = by_name.get(prev.name.lower()), by_name.get(cur.name.lower())
        if first is None or second is None or first.affiliation or not second.affiliation \
                or any(r.organization for r in first.roles):
            continue
        if COORDINATED.match(ctx.norm[prev.mention.end:cur.mention.start]):
            first.affiliation = second.affiliation


#: A local council by its name: "Rada Gminy X", "Rada Miejska w Y", "Rada Powiatu Z", "Młodzieżowa Rada Gminy X".
_COUNCIL = re.compile(r"(?:\w+\s+)?Rad[ay]\s+(?:Gminy|Miejsk\w*|Miasta|Powiatu)\b")


def council_members(people: list[Person], organizer: str | None) -> None:
    """A bare "radny" in the report of a council's own session sits on that council ("radny Jan Mak zgłosił
    wniosek" in the minutes of the Rada Gminy X): the organizer, when it is a local council. Elsewhere a bare
    "radny" names no council or level (docs/annotation.md)."""
    if not organizer or not _COUNCIL.match(organizer):
        return
    for person in people:
        for k, role in enumerate(person.roles):
            if role.title == "radny" and role.organization is None:
                person.roles[k] = Role(title=role.title, organization=organizer, mention=role.mention)


#: Heads that name a kind rather than a body when they follow another name ("Federacja Organizacji …").
def merge_people(
    ctx: Context,
    mentions: list[PersonMention],
    org_mentions: list[OrgMention],
    org_by_mention: dict[int, Organization],
    place_mentions: list[PlaceMention],
) -> list[Person]:
    entities: dict[str, Person] = {}
    bodies = sorted({o.name for o in org_by_mention.values()})
    regions = sorted({m.name for m in place_mentions if m.kind == "region"})
    served: list[tuple[int, str]] = []  # the units local officials' own titles named so far, by sentence
    full_of = initialled_full_names([pm.name for pm in mentions])
    for pm in mentions:
        key = full_of.get(pm.name, pm.name).lower()
        person = entities.get(key)
        if person is None:
            person = entities[key] = Person(name=full_of.get(pm.name, pm.name), gender=pm.gender)  # type: ignore[arg-type]
        if pm.honorific and not person.honorific:
            person.honorific = pm.honorific
        person.mentions.append(pm.mention)
        if person.affiliation is None:
            person.affiliation = _affiliation(ctx, pm, org_mentions, org_by_mention, place_mentions) or bracketed_body(
                ctx, pm.mention, org_by_mention) or professor_of(ctx, pm.mention, org_by_mention)
        if person.affiliation is None and not any(pm.role_org_spans):  # "– Jan Kos, Instytut X" as a list line
            person.affiliation = list_line_affiliation(ctx, pm.mention, org_mentions, org_by_mention) \
                or bracketed_unit(ctx, pm.mention) or bracketed_name(ctx, pm.mention, [  # "Jan Kos (Gmina Lipno)"
                    (m.mention.start, m.mention.end, m.kind) for m in place_mentions])  # "(Quercus Optima)"
        # the represented body serves a name still without an affiliation, or its roles' bodies: sought for those only
        body = represented_body(ctx, pm.mention.start, org_mentions, org_by_mention) \
            if pm.roles or person.affiliation is None else None
        if person.affiliation is None and body and not any(pm.role_org_spans):
            person.affiliation = body  # "Przedstawicielami Rady X byli: A (radna), B": each of them is X's
        for role, span in zip(pm.roles, pm.role_org_spans, strict=True):
            org_name = _role_organization(ctx, span, role, org_mentions, org_by_mention, place_mentions)
            org_name = title_office(ctx, role, span, bodies) or org_name  # "Kurator Oświaty": the Kuratorium
            written = ctx.text[span[0]:span[1]] if span and org_name is None else None  # "Starosta Lubartowski"
            org_name = unit_office(role.title, org_name or written, bodies) or org_name  # "Burmistrz X": Urząd Miejski
            if body and org_name and org_name.split()[0].lower() in UNIT_HEADS:
                org_name = body  # "przedstawiciele Ministerstwa X: A – Dyrektor Departamentu Y": the department's parent
            if org_name is None and span is None:  # "instruktorka z Domu Kultury X"; "przewodnicząca Komisji": its body
                org_name = origin_body(ctx, role, org_mentions, org_by_mention) or organ_parent(ctx, role.title,
                    pm.mention.start, org_mentions, org_by_mention) or possessive_body(
                    ctx, role, org_mentions, org_by_mention)
            if org_name is None and span is None:  # "W imieniu Województwa X powitała wicemarszałek A"
                org_name = on_behalf_body(ctx, pm.mention.start, org_mentions, place_mentions)
            if org_name is None and span is None and role.title in TOWN_HEADS:
                org_name = bracketed_place(ctx, pm.mention.end, place_mentions)  # "sołtys Jan Kos (Lipno)"
            if org_name is None and _names_no_unit(ctx, span, role) and (
                    tier := official_tier(role.title, _unit_words(ctx, role))):
                # "wójt Jan Mak" in a report about one gmina; "Burmistrz Miasta i Gminy X A wraz z Zastępcą
                # Burmistrza B": the deputy serves the unit the chain's head was given
                chain = {unit for at, unit in served if at == _sentence_start(ctx, pm.mention.start)}
                org_name = local_unit(tier, sorted({*bodies, *chain}), regions)
            elif org_name and official_tier(role.title):
                served.append((_sentence_start(ctx, pm.mention.start), org_name))
            resolved = Role(title=role.title, organization=org_name, mention=role.mention)
            if not any(r.title == resolved.title and r.organization == resolved.organization for r in person.roles):
                person.roles.append(resolved)
    return sorted(entities.values(), key=lambda p: p.mentions[0].start)


_WORD = re.compile(r"\s*(\w+)")


def _sentence_start(ctx: Context, pos: int) -> int:
    sent = ctx.sentence_of(pos)
    return sent.start if sent is not None else -1


_INITIALLED = re.compile(r"^((?:[A-ZĄĆĘŁŃÓŚŹŻ]\.\s?)+)(\S.*)$")


def initialled_full_names(names: list[str]) -> dict[str, str]:
    """"M. Strządała" -> "Małgorzata Strządała" when the report also names her in full: one person, the full name
    (the first name's initial and the surname agree; an initialled name with two full candidates stays as it is)."""
    out: dict[str, str] = {}
    for name in set(names):
        m = _INITIALLED.match(name)
        if m is None:
            continue
        initial, surname = m.group(1)[0], m.group(2)
        full = {n for n in names if n != name and n.endswith(" " + surname) and n[:1] == initial
                and _INITIALLED.match(n) is None}
        if len(full) == 1:
            out[name] = full.pop()
    return out


def _names_no_unit(ctx: Context, span: tuple[int, int] | None, role: Role) -> bool:
    """A title whose words name no unit of their own: none after it but a bare tier word ("Wójt Gminy"), and no
    office adjective beside it ("starosta złotoryjski" gives no organization, docs/annotation.md)."""
    if span is not None and not all(noun_lemmas(t) & ROLE_UNIT_WORDS or t.lower_ == "i" for t in ctx.doc.char_span(
            *span, alignment_mode="expand") or () if t.is_alpha):  # "Sekretarz Miasta i Gminy"
        return False
    before = re.search(r"(\w+)\s*$", ctx.norm[max(0, role.mention.start - 30):role.mention.start]) if role.mention else None
    beside = [*_unit_words(ctx, role)[-1:], *([before[1]] if before else [])]
    return not any(w[:1].islower() and any(a.pos == "adj" and a.lemma.endswith(("ski", "cki", "dzki"))
                                           for a in analyse(w)) for w in beside)


def _unit_words(ctx: Context, role: Role) -> tuple[str, ...]:
    """The words of a title's mention past the title and the word after it: "sekretarz gminy" keeps its
    lower-case unit outside the title."""
    if role.mention is None:
        return ()
    found = _WORD.match(ctx.norm, role.mention.end)
    return (*role.mention.text.split()[len(role.title.split()):], *([found[1]] if found else []))


def _affiliation(
    ctx: Context, pm: PersonMention, org_mentions: list[OrgMention], org_by_mention: dict[int, Organization],
    place_mentions: list[PlaceMention],
) -> str | None:
    """'Henryk Lindner z Uniwersytetu Opolskiego': the institution right after 'z' following the name."""
    for m in org_mentions:
        if pm.mention.end <= m.mention.start <= pm.mention.end + 40 and from_body(ctx, pm.mention.end, m.mention.start):
            # a department is not listed on its own when its office is named: the person belongs to the office
            parent = _parent(ctx, m, m.mention.end, org_mentions, org_by_mention)
            if parent is not None or id(m) in org_by_mention:  # "(LGD Ziemi Mińskiej)": the acronym's own name
                return parent or acronym_name_after(ctx, m.mention, place_mentions) or org_by_mention[id(m)].name
    return named_again(ctx, pm.mention.end, list({id(o): o for o in org_by_mention.values()}.values())) or \
        leaders_body(ctx, pm, org_mentions, org_by_mention)


def _parent(ctx: Context, m: OrgMention, end: int, org_mentions: list[OrgMention],
            org_by_mention: dict[int, Organization]) -> str | None:
    """The parent a department mention (up to `end`) belongs to; None for a branch named by its territory
    ("Oddział Regionalny KRUS" stays whole: `regional_branch`) or a body with no parent named."""
    if regional_branch(ctx.text[m.mention.start:m.mention.end].split()):
        return None
    return unit_parent(ctx, m, end, org_mentions, org_by_mention) or parent_within(
        ctx, m.mention.start, max(end, m.mention.end), org_by_mention, org_by_mention.get(id(m)))


#: Departments, not branches or offices: "Oddział X Funduszu Y" stays the person's organization as written.
_DEPARTMENTS = UNIT_HEADS - {"oddział", "filia", "kancelaria"}  # "Kancelaria Prezesa Rady Ministrów": an office


def parent_within(ctx: Context, start: int, end: int, org_by_mention: dict[int, Organization],
                  merged: Organization | None = None) -> str | None:
    """A department's parent written inside the department's own name (docs/annotation.md, Departments): its
    acronym before a seat ("Katedra Pedagogiki PWSZ w Koninie") or an institution's head in the genitive ("Biuro
    Związku Miast Polskich"). The department's own name has no institution head of its own ("Wydział Nauk")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    tokens = [t for t in span or () if not t.is_space]
    if span is not None and span.end < len(ctx.doc) and _acronym(ctx.doc[span.end]):
        tokens.append(ctx.doc[span.end])  # "Biuro Innowacji UW": the parent's acronym right after the name
    if len(tokens) < 3 or not noun_lemmas(tokens[0]) & _DEPARTMENTS:
        return None
    orgs = {id(o): o for o in org_by_mention.values()}.values()
    for k in range(1, len(tokens)):
        t = tokens[k]
        if _acronym(t) and (
                k + 1 == len(tokens) or tokens[k + 1].text.lower() in ("w", "we")):
            return next((o.name for o in orgs if t.text in (o.acronym, initials(o.name))), t.text)
        if t.text[:1].isupper() and noun_lemmas(t) & (ORG_HEADS - UNIT_HEADS) and _singular_genitive(tokens, k):
            from pipeline.extract.organizations import phrase_base

            name = phrase_base(tokens[k:], ORG_HEADS - UNIT_HEADS, ctx.text)[0]
            return next((o.name for o in orgs if o.name.lower() == name.lower()), name)
    words = merged.name.split() if merged is not None else []  # the merged name may carry what this mention cut
    for k in range(1, len(words)):
        if len(words[k]) >= 2 and words[k].isalpha() and words[k].isupper() and words[k] not in NON_ORG_ACRONYMS \
                and (k + 1 == len(words) or words[k + 1].lower() in ("w", "we")):
            return next((o.name for o in orgs if words[k] in (o.acronym, initials(o.name))), words[k])
    return None


def _singular_genitive(tokens: list[Token], k: int) -> bool:
    """One body in the genitive: "Biura Związku Miast", not the kind in "Wydziału Organizacji Pozarządowych" (the
    adjective after the head agrees with it in the plural)."""
    if not any(a.pos == "subst" and "gen" in a.cases and a.tag.split(":")[1] == "sg" for a in tokens[k]._.morf):
        return False
    after = tokens[k + 1]._.morf if k + 1 < len(tokens) else ()
    adjectives = [a for a in after if a.pos == "adj" and "gen" in a.cases]
    return not adjectives or any(a.tag.split(":")[1] == "sg" for a in adjectives)


def _acronym(t: Token) -> bool:
    return len(t.text) >= 2 and t.is_alpha and t.text.isupper() and t.text not in NON_ORG_ACRONYMS


def _role_organization(
    ctx: Context,
    span: tuple[int, int] | None,
    role: Role,
    org_mentions: list[OrgMention],
    org_by_mention: dict[int, Organization],
    place_mentions: list[PlaceMention],
) -> str | None:
    if span is None:
        return None
    start, end = span
    overlapping = [m for m in org_mentions if m.mention.start < end and start < m.mention.end
                   and not holder_swallowed(ctx, end, m.mention.end)]  # "Parafii pw. X Jan Kos": not the name's
    # "dyrektor Wydziału X Urzędu Y": the title keeps the unit, the person belongs to the office; "słuchacz
    # Uniwersytetu Trzeciego Wieku Politechniki X": a body of its own inside another keeps its whole name
    department = any(m.mention.rule != "nested_parent" and noun_lemmas(ctx.doc.char_span(
        m.mention.start, m.mention.end, alignment_mode="expand")[0]) & UNIT_HEADS for m in overlapping)
    overlapping.sort(key=lambda m: (m.mention.rule != "nested_parent") == department)
    for m in overlapping:
        if id(m) in org_by_mention:
            named = acronym_with_name(ctx, span, m.mention, place_mentions) if len(overlapping) == 1 else None
            return named or _parent(ctx, m, end, org_mentions, org_by_mention) or org_by_mention[id(m)].name
    raw = ctx.text[start:end].strip()
    acronym = raw.split()[0] if raw.split() else ""
    if acronym.isupper() and len(acronym) >= 2:
        for org in {id(o): o for o in org_by_mention.values()}.values():
            if org.acronym == acronym or initials(org.name) == acronym or initials(org.name).startswith(acronym):
                return org.name
    quoted = _QUOTED.search(ctx.norm, start, end)
    if quoted:  # "prezes „Wspólnoty”": the organization named by its quoted name, in any case
        for org in {id(o): o for o in org_by_mention.values()}.values():
            inner = _QUOTED.search(org.name.replace("„", '"').replace("”", '"'))
            if inner and _same_stem(inner["name"], quoted["name"]):
                return org.name
    for m in place_mentions:
        if m.mention.start < end and start < m.mention.end and not seat_of_a_body(ctx, start, m.mention.start):
            return unit_body(ctx.norm[start:m.mention.start], m) or m.name
    named_place = genitive_of_named_place(ctx, start, end, place_mentions)
    if named_place:
        return named_place  # "sołtysa Łęki" in a report that names Łęka elsewhere ("w Łęce")
    unit_town = unit_of_town(ctx, start, end)
    if unit_town:
        return unit_town
    # a bare head noun refers back to the nearest institution of that kind ("Prezes Zarządu Spółdzielni")
    head = overlapping[0].head if overlapping else bare_head(ctx, start, end)
    if not overlapping and head is None and generic_reference(ctx, start, end):
        before = [m for m in org_mentions if start - 300 <= m.mention.end <= start and id(m) in org_by_mention]
        if before:
            return org_by_mention[id(before[-1])].name  # "odwiedziła WTZ w X, gdzie kierowniczka placówki A"
    if head:
        before = [m for m in org_mentions if m.mention.end <= start and id(m) in org_by_mention
                  and head in kind_heads(m.head, org_by_mention[id(m)].name)]
        if before:
            return org_by_mention[id(before[-1])].name
    raw_base = kind_with_quoted_name(ctx, start, end) or _base_of_raw(ctx, start, end)  # "prezes spółdzielni „X”"
    return raw_base if raw_base and (raw_base[:1].isupper() or any(q in raw_base for q in ('"', "„"))) else None


_QUOTED = re.compile(r'"(?P<name>[^"\n]{2,60})"')


def _same_stem(a: str, b: str) -> bool:
    """'Wspólnota' and 'Wspólnoty': the same name in another case (all but the last word equal, the last
    sharing all but its ending)."""
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) != len(wb) or wa[:-1] != wb[:-1]:
        return False
    x, y = wa[-1], wb[-1]
    n = max(3, min(len(x), len(y)) - 2)
    return x[:n] == y[:n]


def _base_of_raw(ctx: Context, start: int, end: int) -> str:
    """A role's institution no extractor claimed, in its base form where morphology allows."""
    from pipeline.extract.organizations import phrase_base
    from pipeline.lexicon.places import locality_base

    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    raw = ctx.text[start:end].strip()
    if span is None:
        return raw
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].text.lower() in ("w", "we", "na"):
        tokens = tokens[1:]  # "Sekretarz Stanu w Ministerstwie Cyfryzacji", "Poseł na Sejm RP": the body after it
    if not tokens:
        return ""
    if len(tokens) == 1 and 2 <= len(tokens[0].text) <= 4 and tokens[0].text.isalpha() and tokens[0].text.isupper():
        return tokens[0].text  # "pracownik naukowy KUL": an acronym, not "Kule"'s genitive
    if any(noun_lemmas(t) & ORG_HEADS for t in tokens):
        return phrase_base(tokens, ORG_HEADS, ctx.text)[0]
    alpha = [t for t in tokens if t.is_alpha]
    if alpha and all(any(a.pos == "adj" and not a.names for a in t._.morf) for t in alpha) and any(
            a.pos == "adj" and "nom" in a.cases for t in alpha for a in t._.morf):
        return ""  # "Wojewoda Podlaski", "Wicewojewoda Dolnośląski": the office's adjective, not a body
    if len(alpha) == 1 and len(tokens) == 1 and noun_lemmas(alpha[0]) & ROLE_UNIT_WORDS:
        return ""  # "Burmistrz Miasta", "Wójt Gminy": a bare unit, no name (also before a town's own word "Miasto")
    if len(tokens) == len(alpha) > 1 and all(noun_lemmas(t) & ROLE_UNIT_WORDS if k % 2 == 0 else t.lower_ == "i"
                                             for k, t in enumerate(tokens)):
        return ""  # "Sekretarz Miasta i Gminy": coordinated bare units, still no name
    if all(t.text[:1].isupper() for t in tokens if t.is_alpha) and any(
            "nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names for t in tokens for a in t._.morf):
        return locality_base(tokens)
    if alpha and all(t.text[:1].isupper() and not t.text.isupper() for t in alpha):
        nouns = [t for t in alpha if any(a.pos == "subst" and not a.names for a in t._.morf)]
        if not nouns or all(noun_lemmas(t) & ROLE_UNIT_WORDS for t in nouns) and len(alpha) == 1:
            return ""  # "Marszałek Województwa": a bare unit, no name
        head = {a.lemma.lower() for a in nouns[0]._.morf if a.pos == "subst" and not a.names} - ROLE_UNIT_WORDS
        if head:  # "wicemarszałek Sejmu", "prezes Pomorskiej Specjalnej Strefy Ekonomicznej": the base form
            return phrase_base(tokens, frozenset(head) | ORG_HEADS | NAME_ONLY_HEADS, ctx.text)[0]
    return raw


#: Units of the territory a bare genitive after a title names without naming the body ("Marszałek Województwa").
ROLE_UNIT_WORDS = frozenset({"województwo", "gmina", "miasto", "powiat", "sołectwo", "wieś", "kraj", "państwo"})
