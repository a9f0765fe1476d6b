"""One entry per entity: organization mentions merged by name and acronym, places by name (with their
TERYT identity), people by name with their roles, organizations and affiliations; institutions named as
the place where the event happened become venues.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.organizations import OrgMention, initials
from pipeline.extract.people import COORDINATED, PersonMention
from pipeline.extract.places import PlaceMention
from pipeline.extract.relative_dates import EVENT_VERB
from pipeline.lexicon.words import NAME_ONLY_HEADS, ORG_HEADS, noun_lemmas
from pipeline.models import Organization, Person, Place, Role, Teryt
from pipeline.resolve_acronyms import generic_acronym, named_after, spelled_out_quoted
from pipeline.resolve_org_names import (
    fold_seatless,
    fold_shortened,
    inside_quotes,
    join_dashed,
    name_key,
    split_coordinated,
    standalone_acronym,
)
from pipeline.resolve_units import (
    UNIT_HEADS,
    local_unit,
    official_tier,
    parent_noun,
    represented_body,
    represented_unit,
    townless_office,
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


#: Heads that name a kind rather than a body when they follow another name ("Federacja Organizacji …").
GENERIC_PARENTS = frozenset({"organizacja", "instytucja", "spółdzielnia", "grupa", "firma", "zespół", "klub", "koło",
                             "sieć", "partnerstwo", "rada", "związek"})


def split_nested(ctx: Context, mentions: list[OrgMention]) -> list[OrgMention]:
    """Nested names give both bodies: "Wydział Polityki Społecznej Lubelskiego Urzędu Wojewódzkiego" is the
    unit "Wydział Polityki Społecznej" and its office "Lubelski Urząd Wojewódzki"; "Uniwersytet Trzeciego Wieku
    Politechniki Koszalińskiej" stays whole (it does not stand alone) and adds "Politechnika Koszalińska"."""
    from pipeline.extract.organizations import organization_base

    out: list[OrgMention] = []
    for m in join_dashed(ctx, mentions):
        if m.mention.rule in ("acronym", "dashed_name"):
            out.append(m)
            continue
        span = ctx.doc.char_span(m.mention.start, m.mention.end, alignment_mode="expand")
        toks = [t for t in ctx.light_tokens[span.start:span.end] if not t.is_space] if span is not None else []
        coordinated = split_coordinated(ctx, m, toks)  # type: ignore[arg-type]
        out.extend(coordinated)
        if len(coordinated) > 1:
            continue
        quoted = inside_quotes(toks)
        heads = [k for k, t in enumerate(toks) if t.text[:1].isupper() and noun_lemmas(t) & ORG_HEADS
                 and k not in quoted and not (k and _instrumental_only(t))]
        if len(heads) < 2 or heads[1] == heads[0] + 1 and any(
                "nom" in a.cases for a in toks[heads[1]]._.morf if a.pos == "subst"):
            continue  # "Stowarzyszenie Centrum Promocji X": a nominative head right after begins the first one's name
        # "Chór „Echo” Spółdzielni X": after a quoted name even a generic head names the parent body
        named_unit = any(heads[0] < q < heads[1] for q in quoted)
        parent_head = next((a for a in toks[heads[1]]._.morf if a.pos == "subst" and a.lemma.lower() in ORG_HEADS
                            and "gen" in a.cases and a.number == "sg"
                            and (named_unit or a.lemma.lower() not in GENERIC_PARENTS)), None)
        if parent_head is None:
            continue
        start = heads[1]
        while start - 1 > heads[0] and toks[start - 1].text[:1].isupper() and any(
                a.pos == "adj" and "gen" in a.cases and a.number == "sg" and a.genders & parent_head.genders
                for a in toks[start - 1]._.morf) and not _follows_its_noun(toks, start - 1):
            start -= 1  # "Lubelskiego Urzędu Wojewódzkiego": the parent's own adjectives
            if start - 2 > heads[0] and toks[start - 1].text == "-" and toks[start - 2].text[:1].isupper() \
                    and not toks[start - 2].whitespace_ and not toks[start - 1].whitespace_:
                start -= 2  # "Kujawsko-Pomorskiego Urzędu": the compound's first part goes with it
        parent = toks[start:]
        lo, hi = parent[0].idx, parent[-1].idx + len(parent[-1].text)
        if len(parent) > 1 or not named_unit:  # a bare "Fundacji" after a named unit names no body of its own
            out.append(OrgMention(organization_base(parent, ctx.text), None, None,
                                  ctx.mention(lo, hi, "extract.organizations", 0.7, "nested_parent")))
        if parent_head.lemma.lower() in ACADEMIC and not named_unit:
            continue  # "Wydział Ekonomiczno-Socjologiczny Uniwersytetu Łódzkiego": a faculty stays whole
        if noun_lemmas(toks[heads[0]]) & UNIT_HEADS or named_unit:
            unit = toks[:start]
            u_lo, u_hi = unit[0].idx, unit[-1].idx + len(unit[-1].text)
            rule = "office_unit" if noun_lemmas(toks[heads[0]]) & OFFICE_UNITS else "nested_unit"
            out[out.index(m)] = OrgMention(organization_base(unit, ctx.text), m.acronym, m.head,
                                           ctx.mention(u_lo, u_hi, "extract.organizations", m.mention.confidence,
                                                       rule))
    return _units_in_offices(ctx, out)


def _instrumental_only(tok: Token) -> bool:
    """'Organizacjami' in "Wydział Współpracy z Organizacjami Pozarządowymi": a head in the instrumental is the
    unit's complement, never its parent (a parent follows in the genitive)."""
    nouns = [a for a in tok._.morf if a.pos == "subst"]
    return bool(nouns) and all(a.cases == {"inst"} for a in nouns)


def _follows_its_noun(toks: list[Token], k: int) -> bool:
    """'Funduszu Społecznego Urzędu Marszałkowskiego': the adjective agrees with the noun before it, so it is
    that noun's, not the parent's."""
    if k == 0:
        return False
    nouns = [a for a in toks[k - 1]._.morf if a.pos == "subst"]
    return any(a.pos == "adj" and n.cases & a.cases and n.number == a.number and n.genders & a.genders
               for a in toks[k]._.morf for n in nouns)


#: Parents whose units keep the parent in their name (a faculty, a university of the third age).
ACADEMIC = frozenset({"uniwersytet", "politechnika", "akademia", "uczelnia", "szkoła"})
#: Units of an office that are no organization of their own beside it: "dyrektor Wydziału X Urzędu Y" works
#: for the office (docs/annotation.md, titles with a department).
OFFICE_UNITS = frozenset({"wydział", "departament", "biuro", "kancelaria", "referat", "sekcja", "gabinet"})


def _units_in_offices(ctx: Context, mentions: list[OrgMention]) -> list[OrgMention]:
    """"Wydział Polityki Społecznej w Podlaskim Urzędzie Wojewódzkim": a unit followed by "w" and its office is
    an office unit too (its rule becomes "office_unit"; `merge_orgs` lists only the office)."""
    starts = {m.mention.start for m in mentions if m.mention.rule != "acronym"}
    out = []
    for m in mentions:
        after = _IN_OFFICE.match(ctx.norm, m.mention.end)
        inner = any(a.mention.rule == "acronym" and m.mention.start < a.mention.start and a.mention.end <= m.mention.end
                    for a in mentions)  # "Wydział Nauk Społecznych UW": the parent's acronym inside the name
        if m.head in OFFICE_UNITS and m.mention.rule not in ("office_unit", "acronym") and (
                after and (after.end() in starts or parent_noun(ctx, after.end())) or inner):
            m = OrgMention(m.name, m.acronym, m.head, m.mention.model_copy(update={"rule": "office_unit"}))
        out.append(m)
    return out


#: "Wydział X w Urzędzie Y", "Departament X z Banku Y": the unit's parent after a preposition.
_IN_OFFICE = re.compile(r"\s+(?:w|we|z|ze)\s+")



def merge_orgs(ctx: Context, mentions: list[OrgMention]) -> tuple[list[Organization], dict[int, Organization]]:
    entities: dict[str, Organization] = {}
    by_mention: dict[int, Organization] = {}
    # a unit named once with its office ("Wydział X Urzędu Y") is the office's unit wherever it is named again
    units = {m.name.lower() for m in mentions if m.mention.rule == "office_unit"}
    full = [m for m in mentions if m.mention.rule not in ("acronym", "office_unit") and m.name.lower() not in units]
    for m in full:
        m.name = spelled_out_quoted(m, full) or m.name
        key = name_key(m.name)
        org = entities.get(key)
        if org is None:
            org = entities[key] = Organization(name=m.name, acronym=m.acronym)
        elif org.acronym is None and m.acronym:
            org.acronym = m.acronym
        org.mentions.append(m.mention)
        by_mention[id(m)] = org
    folded = fold_seatless(entities)
    shortened, aliases = fold_shortened(entities)
    folded.update(shortened)
    for k, o in by_mention.items():
        while id(o) in folded:  # a bare name folded into its seated form, that one into its longer name
            o = folded[id(o)]
        by_mention[k] = o
    # generic back-references ("Prezes Spółdzielni") are not entities of their own
    for m in [m for m in full if len(m.name.split()) == 1 and m.acronym is None]:
        org = by_mention[id(m)]
        if len(org.mentions) == 1 and any(o is not org and m.head and o.name.lower().startswith(m.name.lower()[:5])
                                          for o in entities.values()):
            entities.pop(name_key(m.name), None)
    for m in [m for m in mentions if m.mention.rule == "acronym"]:
        org = next((o for o in entities.values() if o.acronym == m.name), aliases.get(m.name))
        if org is None and (named := named_after(ctx, m, full)) is not None and id(named) in by_mention:
            org = by_mention[id(named)]  # "LGD Stowarzyszenie X": the kind of the body named after it
        elif org is None:
            capitals = "".join(c for c in m.name if not c.islower())  # "MRPiPS": the "i" is no initial
            org = next((o for o in entities.values() if initials(o.name) in (m.name, capitals)), None)
            if org is None and len(capitals) >= 3:  # "CIS" for "Centrum Integracji Społecznej CISPOL"
                starting = [o for o in entities.values() if initials(o.name).startswith(capitals)]
                org = starting[0] if len(starting) == 1 else None
            if org is not None and org.acronym is None:
                org.acronym = m.name
        if org is None:
            if not standalone_acronym(ctx, m) or generic_acronym(ctx, m):
                continue  # a fund, a programme, a shouted word, a tag in the furniture, a kind of body
            org = entities[m.name.lower()] = Organization(name=m.name, acronym=m.name)  # named only by its acronym
        org.mentions.append(m.mention)
        by_mention[id(m)] = org
    orgs = [o for o in entities.values() if not townless_office(o.name)  # still a title's body (by_mention)
            and not represented_unit(ctx, o, mentions, by_mention)]
    for o in orgs:
        o.mentions.sort(key=lambda x: x.start)
    orgs.sort(key=lambda o: o.mentions[0].start)
    return orgs, by_mention


_VENUE_LEFT = re.compile(r"\b(?:w|we|na|na terenie|w siedzibie|w sali\s+\w+|w sali|w pracowni\s+\w+|w auli)\s+$",
                         re.IGNORECASE)
#: a room or a building of the institution: "w sali X", "w remizie X", "przy budynku X", "na stadionie X" (a digit
#: glued before the preposition by the page's layout does not hide it: "1W jednej z sal X")
_ROOM_LEFT = re.compile(r"(?<![^\W\d_])(?:w siedzibie|w sal\w*(?:\s+[a-ząćęłńóśźż]+)?|w auli|w pomieszczeniach|miejsce\s*:|"
                        r"w jedn\w+ z (?:sal|pomieszczeń|budynków)(?:\s+[a-ząćęłńóśźż]+)?|"
                        r"(?:w\s+)?hal[iaę](?:\s+[a-ząćęłńóśźż]+)?|(?:w|przy) (?:budynku|gmachu|murach|pracowni\s+\w+)|"
                        r"w (?:remizie|biurze|świetlicy)|na (?:stadionie|boisku))\s*$",
                        re.IGNORECASE)
#: "w X, gdzie …", "w X podczas spotkania": the sentence goes on to what happened there.
_WHERE_RIGHT = re.compile(r"\s*[,(]?\s*(?:gdzie|podczas|w\s+trakcie|w\s+czasie)\b")
_TO_LEFT = re.compile(r"\bdo\s+$", re.IGNORECASE)
_VISIT = re.compile(r"\b(?:wycieczk\w*|wyjazd\w*|wizyt\w*|odwiedz\w*|zwiedza\w*|zwiedzi\w*|udali\w*|przyby\w*|"
                    r"przyjecha\w*)\b",
                    re.IGNORECASE)
_HAPPENED = re.compile(r"\b(odby\w+|odbywa\w*|miał\w* miejsce|gości\w*|(?:z)?organizow\w*|zorganizowan\w*|przeprowadzon\w*|"
                       r"zajęcia|spotkali|spotkanie)\b", re.IGNORECASE)


def institutions_as_venues(
    ctx: Context, mentions: list[OrgMention], by_mention: dict[int, Organization]
) -> list[PlaceMention]:
    """An institution the event took place in ("w Miejskim Ośrodku Kultury odbyło się…") is also its venue."""
    out = []
    for m in mentions:
        if id(m) not in by_mention:
            continue
        left = ctx.left(m.mention.start, 40)
        if m.mention.rule in ("acronym", "body_phrase") and not _ROOM_LEFT.search(left):
            continue  # a parliament is where its members sit, not a venue; "w budynku WTZ" is a building
        sent = ctx.sentence_of(m.mention.start)
        text = ctx.norm[sent.start_char:sent.end_char] if sent is not None else ""
        where = _WHERE_RIGHT.match(ctx.norm, m.mention.end)
        if _ROOM_LEFT.search(left) or where and (_VENUE_LEFT.search(left) or _TO_LEFT.search(left)
                                                 or _VISIT.search(text)):
            pass  # "w sali koncertowej X", "w X, gdzie …", "do X, gdzie …": the place itself says so
        elif _VENUE_LEFT.search(left):
            if not (_HAPPENED.search(text) or EVENT_VERB.search(text)):
                continue
        elif not (_TO_LEFT.search(left) and _VISIT.search(text)):
            continue  # "wycieczka do Powiatowego Urzędu Pracy": the trip's destination is where it happened
        venue = m.mention.model_copy(update={"extractor": "extract.places", "rule": "institution_venue"})
        out.append(PlaceMention(by_mention[id(m)].name, "venue", venue))
    return out


def merge_places(mentions: list[PlaceMention]) -> list[Place]:
    entities: dict[tuple[str, str], Place] = {}
    for m in mentions:
        if not m.listed:
            continue  # "Wójt Gminy X": the unit of a title, not a place of the event
        key = (m.name.lower(), m.kind)
        place = entities.get(key)
        if place is None:
            place = entities[key] = Place(name=m.name, kind=m.kind)  # type: ignore[arg-type]
        place.mentions.append(m.mention)
    for (name, kind), place in list(entities.items()):
        longer = [p for (n, k), p in entities.items() if k == kind == "locality" and n.startswith(name + " ")]
        if len(longer) == 1:  # "w Janowcu" after "z Janowca Wielkopolskiego": the town's short name
            longer[0].mentions.extend(place.mentions)
            longer[0].mentions.sort(key=lambda m: m.start)
            del entities[(name, kind)]
    places = sorted(entities.values(), key=lambda p: p.mentions[0].start)
    _attach_teryt(places)
    return places


def _attach_teryt(places: list[Place]) -> None:
    try:
        from pipeline.lexicon.teryt import resolve, teryt_model
    except ImportError:
        return
    hints = [p.name for p in places if p.kind in ("region", "locality")]
    for p in places:
        if p.kind != "locality":
            continue
        match, count = resolve(p.name, [h for h in hints if h != p.name])
        p.teryt_candidates = count
        if match is not None:
            p.teryt = Teryt(**teryt_model(match))


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
    for pm in mentions:
        key = pm.name.lower()
        person = entities.get(key)
        if person is None:
            person = entities[key] = Person(name=pm.name, gender=pm.gender)  # type: ignore[arg-type]
        if pm.honorific and not person.honorific:
            person.honorific = pm.honorific
        person.mentions.append(pm.mention)
        if person.affiliation is None:
            person.affiliation = _affiliation(ctx, pm, org_mentions, org_by_mention)
        body = represented_body(ctx, pm.mention.start, org_mentions, org_by_mention)
        if person.affiliation is None and body and not any(pm.role_org_spans):
            person.affiliation = body  # "Przedstawicielami Rady X byli: A (radna), B": each of them is X's
        for role, span in zip(pm.roles, pm.role_org_spans, strict=True):
            org_name = _role_organization(ctx, span, role, org_mentions, org_by_mention, place_mentions)
            if body and org_name and org_name.split()[0].lower() in UNIT_HEADS:
                org_name = body  # "przedstawiciele Ministerstwa X: A – Dyrektor Departamentu Y": the department's parent
            if org_name is None and _names_no_unit(ctx, span, role) and (
                    tier := official_tier(role.title, _unit_words(ctx, role))):
                org_name = local_unit(tier, bodies, regions)  # "wójt Jan Mak" in a report about one gmina
            resolved = Role(title=role.title, organization=org_name, mention=role.mention)
            if not any(r.title == resolved.title and r.organization == resolved.organization for r in person.roles):
                person.roles.append(resolved)
    return sorted(entities.values(), key=lambda p: p.mentions[0].start)


_WORD = re.compile(r"\s*(\w+)")


def _names_no_unit(ctx: Context, span: tuple[int, int] | None, role: Role) -> bool:
    """A title whose words name no unit of their own: none after it but a bare tier word ("Wójt Gminy"), and no
    office adjective beside it ("starosta złotoryjski" gives no organization, docs/annotation.md)."""
    if span is not None and not all(noun_lemmas(t) & ROLE_UNIT_WORDS for t in ctx.doc.char_span(
            *span, alignment_mode="expand") or () if t.is_alpha):
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


_FROM = re.compile(r"\s*,?\s*(?:z|ze|reprezentując\w*|w imieniu)\s+|\s*[(\[]\s*|\s*[-–—]\s*", re.IGNORECASE)


def _affiliation(
    ctx: Context, pm: PersonMention, org_mentions: list[OrgMention], org_by_mention: dict[int, Organization]
) -> str | None:
    """'Henryk Lindner z Uniwersytetu Opolskiego': the institution right after 'z' following the name."""
    for m in org_mentions:
        if pm.mention.end <= m.mention.start <= pm.mention.end + 20 and _FROM.fullmatch(
                ctx.norm[pm.mention.end:m.mention.start]):
            # a department is not listed on its own when its office is named: the person belongs to the office
            parent = unit_parent(ctx, m, m.mention.end, org_mentions, org_by_mention)
            if parent is not None or id(m) in org_by_mention:
                return parent or org_by_mention[id(m)].name
    return None


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
    overlapping = [m for m in org_mentions if m.mention.start < end and start < m.mention.end]
    # "dyrektor Wydziału X Urzędu Y": the title keeps the unit, the person belongs to the office
    overlapping.sort(key=lambda m: m.mention.rule != "nested_parent")
    for m in overlapping:
        if id(m) in org_by_mention:
            return unit_parent(ctx, m, end, org_mentions, org_by_mention) or org_by_mention[id(m)].name
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
        if m.mention.start < end and start < m.mention.end:
            return m.name
    # a bare head noun refers back to the nearest institution of that kind ("Prezes Zarządu Spółdzielni")
    head = overlapping[0].head if overlapping else _bare_head(ctx, start, end)
    if head:
        before = [m for m in org_mentions if m.head == head and m.mention.end <= start and id(m) in org_by_mention]
        if before:
            return org_by_mention[id(before[-1])].name
    raw_base = _base_of_raw(ctx, start, end)
    return raw_base if raw_base and raw_base[:1].isupper() or raw_base[:1] in ('"', "„") else None


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
    if any(noun_lemmas(t) & ORG_HEADS for t in tokens):
        return phrase_base(tokens, ORG_HEADS, ctx.text)[0]
    alpha = [t for t in tokens if t.is_alpha]
    if alpha and all(any(a.pos == "adj" and not a.names for a in t._.morf) for t in alpha) and any(
            a.pos == "adj" and "nom" in a.cases for t in alpha for a in t._.morf):
        return ""  # "Wojewoda Podlaski", "Wicewojewoda Dolnośląski": the office's adjective, not a body
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


def _bare_head(ctx: Context, start: int, end: int) -> str | None:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len([t for t in span if t.is_alpha]) != 1:
        return None
    heads = noun_lemmas(span[0]) & ORG_HEADS
    return next(iter(heads), None)
