"""One entry per entity: organization mentions merged by name and acronym, places by name (with their
TERYT identity); institutions named as the place where the event happened become venues. People are
merged in `pipeline.resolve_people`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.org_names import plural_parent
from pipeline.extract.organizations import LEVEL_ADJECTIVES, OrgMention, initials
from pipeline.extract.place_acronym_venues import absorbed_acronym, written_venue
from pipeline.extract.place_labels import in_label_value
from pipeline.extract.place_venue_cues import (
    announced_places,
    dated_locative,
    gone_to,
    named_as_place,
    visited_site,
)
from pipeline.extract.places import PlaceMention
from pipeline.extract.relative_dates import EVENT_VERB
from pipeline.lexicon.words import ORG_HEADS, noun_lemmas, role_title
from pipeline.models import Organization, Place, Teryt
from pipeline.ner.org_complements import BRANCH_NOUNS
from pipeline.resolve_acronyms import generic_acronym, named_after, spelled_out_quoted
from pipeline.resolve_org_names import (
    acronym_seats,
    fold_seatless,
    fold_shortened,
    inside_quotes,
    join_dashed,
    name_key,
    shared_seat,
    split_coordinated,
    standalone_acronym,
    written_seat,
)
from pipeline.resolve_units import (
    UNIT_HEADS,
    parent_noun,
    represented_unit,
    townless_office,
)
from pipeline.text.context import Context

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
        out.extend([x for x in [shared_seat(ctx, m, toks)] if x is not None])  # type: ignore[arg-type]
        out.extend(coordinated)
        if len(coordinated) > 1:
            continue
        host = next((k for k, t in enumerate(toks) if t.text == "przy" and 0 < k < len(toks) - 1), None)
        if host is not None:  # "Centrum Integracji Społecznej przy Caritas X": the body it is attached to, too
            parent = toks[host + 1:]
            lo, hi = parent[0].idx, parent[-1].idx + len(parent[-1].text)
            out.append(OrgMention(organization_base(parent, ctx.text), None, None,
                                  ctx.mention(lo, hi, "extract.organizations", 0.7, "nested_parent")))
            continue
        quoted = inside_quotes(toks)
        heads = [k for k, t in enumerate(toks) if t.text[:1].isupper() and noun_lemmas(t) & ORG_HEADS
                 and k not in quoted and not (k and _instrumental_only(t))]
        if len(heads) < 2 or heads[1] == heads[0] + 1 and not noun_lemmas(toks[heads[0]]) & BRANCH_NOUNS and any(
                "nom" in a.cases for a in toks[heads[1]]._.morf if a.pos == "subst"):
            continue  # "Stowarzyszenie Centrum Promocji X": a nominative head right after begins the first one's name
        # "Chór „Echo” Spółdzielni X": after a quoted name even a generic head names the parent body
        named_unit = any(heads[0] < q < heads[1] for q in quoted) or any(
            _appositive_name(t) for t in toks[heads[0] + 1:heads[1]])  # "Chór Jutrzenka Spółdzielni X" too
        parent_head = next((a for a in toks[heads[1]]._.morf if a.pos == "subst" and a.lemma.lower() in ORG_HEADS
                            and "gen" in a.cases and a.number == "sg"
                            and (named_unit or a.lemma.lower() not in GENERIC_PARENTS)), None)
        if parent_head is None or plural_parent(toks, heads[1]):  # type: ignore[arg-type]
            continue
        start = heads[1]
        while start - 1 > heads[0] and toks[start - 1].text[:1].isupper() and any(
                a.pos == "adj" and "gen" in a.cases and a.number == "sg" and a.genders & parent_head.genders
                for a in toks[start - 1]._.morf) and (not _follows_its_noun(toks, start - 1)
                                                      or _tier_of_parent(toks, heads[0], start - 1)):
            start -= 1  # "Lubelskiego Urzędu Wojewódzkiego": the parent's own adjectives
            if start - 2 > heads[0] and toks[start - 1].text == "-" and toks[start - 2].text[:1].isupper() \
                    and not toks[start - 2].whitespace_ and not toks[start - 1].whitespace_:
                start -= 2  # "Kujawsko-Pomorskiego Urzędu": the compound's first part goes with it
        parent = toks[start:]
        lo, hi = parent[0].idx, parent[-1].idx + len(parent[-1].text)
        if len(parent) > 1 or not named_unit:  # a bare "Fundacji" after a named unit names no body of its own
            out.append(OrgMention(organization_base(parent, ctx.text), None, None,
                                  ctx.mention(lo, hi, "extract.organizations", 0.7, "nested_parent")))
        if parent_head.lemma.lower() in ACADEMIC and not named_unit or noun_lemmas(toks[heads[0]]) & BRANCH_NOUNS:
            continue  # a branch stays whole too: "Oddział X Towarzystwa Y", "Filia nr 5 Biblioteki Z"  # "Wydział Ekonomiczno-Socjologiczny Uniwersytetu Łódzkiego": a faculty stays whole
        if noun_lemmas(toks[heads[0]]) & UNIT_HEADS or named_unit:
            unit = toks[:start]
            u_lo, u_hi = unit[0].idx, unit[-1].idx + len(unit[-1].text)
            rule = "office_unit" if noun_lemmas(toks[heads[0]]) & OFFICE_UNITS else "nested_unit"
            out[out.index(m)] = OrgMention(organization_base(unit, ctx.text), m.acronym, m.head,
                                           ctx.mention(u_lo, u_hi, "extract.organizations", m.mention.confidence,
                                                       rule))
    return _units_in_offices(ctx, out)


def _appositive_name(tok: Token) -> bool:
    """'Jutrzenka' in "Chór Jutrzenka Spółdzielni X": a capitalised noun with a nominative and no genitive reading
    inside a name is the unit's own name in apposition, not a complement of the head ("Klub Seniora": genitive)."""
    nouns = [a for a in tok._.morf if a.pos in ("subst", "depr") and a.number]
    return tok.text[:1].isupper() and bool(nouns) and any("nom" in a.cases for a in nouns) \
        and not any("gen" in a.cases for a in nouns)


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


def _tier_of_parent(toks: list[Token], unit: int, k: int) -> bool:
    """'Wydziału Powiatowego Urzędu Pracy': a tier adjective right after a unit's head, before the parent's head,
    agrees with both; a department has no tier of its own, so it is the parent's ("Powiatowy Urząd Pracy"), as
    `phrase_base` reads it. A branch's tier is the branch's ("Oddziału Gminnego Związku")."""
    return k == unit + 1 and not noun_lemmas(toks[unit]) & BRANCH_NOUNS and any(
        a.pos == "adj" and a.lemma.lower() in LEVEL_ADJECTIVES for a in toks[k]._.morf)


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
    acronyms = [m for m in mentions if m.mention.rule == "acronym"]
    seats = acronym_seats(ctx, acronyms, mentions)
    for m in acronyms:
        bare = m.name.removesuffix(" RP")  # "ZOSP RP" is ZOSP's
        org = next((o for o in entities.values() if o.acronym in (m.name, bare)), aliases.get(m.name, aliases.get(bare)))
        if org is not None and org.name.startswith(m.name) and (own := written_seat(ctx, m)) and own != org.name:
            org = entities.get(own.lower())  # "GOPS w Lipnie oraz GOPS w Brzozowie": one body per written seat
        if org is None and (named := named_after(ctx, m, full)) is not None and id(named) in by_mention:
            org = by_mention[id(named)]  # "LGD Stowarzyszenie X": the kind of the body named after it
        elif org is None:
            capitals = "".join(c for c in bare if not c.islower())  # "MRPiPS": the "i" is no initial
            org = next((o for o in entities.values() if initials(o.name).removesuffix("RP") in (bare, capitals)), None)
            if org is None and len(capitals) >= 3:  # "CIS" for "Centrum Integracji Społecznej CISPOL"
                starting = [o for o in entities.values() if initials(o.name).startswith(capitals)]
                org = starting[0] if len(starting) == 1 else None
            if org is not None and org.acronym is None:
                org.acronym = m.name
        if org is None:
            if not standalone_acronym(ctx, m) or generic_acronym(ctx, m):
                continue  # a fund, a programme, a shouted word, a tag in the furniture, a kind of body
            inside = any(o.mention.start <= m.mention.start and (m.mention.end <= o.mention.end or not ctx.norm[
                o.mention.end:m.mention.start].strip()) for o in mentions if o.mention.rule != "acronym")
            # named only by its acronym, with the seat written after it, unless it is a parent's inside or after a name
            name = (None if inside else written_seat(ctx, m) or seats.get(m.name)) or m.name
            org = entities[name.lower()] = Organization(name=name, acronym=m.name)
        org.mentions.append(m.mention)
        by_mention[id(m)] = org
    orgs = [o for o in entities.values() if not townless_office(o.name)  # still a title's body (by_mention)
            and not represented_unit(ctx, o, mentions, by_mention)
            and not all(ctx.furniture_at(x.start) for x in o.mentions)]  # only in a credit, a menu, a footer
    for o in orgs:
        o.mentions.sort(key=lambda x: x.start)
    orgs.sort(key=lambda o: o.mentions[0].start)
    return orgs, by_mention


_VENUE_LEFT = re.compile(r"\b(?:w|we|na|na terenie|w siedzibie|w (?:\w+\s+)?sali\s+\w+|w (?:\w+\s+)?sali|"
                         r"w pracowni\s+\w+|w auli)\s+[„\"]?$", re.IGNORECASE)
#: a room or a building of the institution: "w sali X", "w remizie X", "przy budynku X", "na stadionie X" (a digit
#: glued before the preposition by the page's layout does not hide it: "1W jednej z sal X")
_ROOM_LEFT = re.compile(r"(?<![^\W\d_])(?:w siedzibie|w sal\w*(?:\s+[a-ząćęłńóśźż]+)?|w auli|w pomieszczeniach|miejsce\s*:|"
                        r"w jedn\w+ z (?:sal|pomieszczeń|budynków)(?:\s+[a-ząćęłńóśźż]+)?|"
                        r"(?:w\s+)?hal[iaę](?:\s+[a-ząćęłńóśźż]+)?|(?:w|przy) (?:budynku|gmachu|murach|pracowni\s+\w+)|"
                        r"w (?:remizie|biurze|świetlicy|czytelni)|na (?:stadionie|boisku|plac\w*)|"
                        r"w (?:sal|aul)\w*\s+im\.(?:\s+[^\s,.;:]+\.?){1,4}\s+w)\s*$",
                        re.IGNORECASE)
_HELD_IN_LEFT = re.compile(r"\bodby(?:ł|ła|ło|li|ły|wa|wał|wała|wało)\w*\s+się\s+(?:w|we)\s+$", re.IGNORECASE)  # held in X
#: "w X, gdzie …", "w X podczas spotkania": the sentence goes on to what happened there.
_WHERE_RIGHT = re.compile(r"\s*[,(]?\s*(?:gdzie|podczas|w\s+trakcie|w\s+czasie)\b")
_TO_LEFT = re.compile(r"\bdo\s+[„\"]?$", re.IGNORECASE)
#: "zwiedzili X", "zwiedzanie X": a toured institution is where that part of the visit took place
_TOURED_LEFT = re.compile(r"\bzwiedz\w*\s+(?:\w+\s+)?$", re.IGNORECASE)
_VISIT = re.compile(r"\b(?:wycieczk\w*|wyjazd\w*|wizyt\w*|odwiedz\w*|zwiedza\w*|zwiedzi\w*|udali\w*|przyby\w*|"
                    r"przyjecha\w*)\b",
                    re.IGNORECASE)
_HAPPENED = re.compile(r"\b(odby\w+|odbęd\w+|odbywa\w*|miał\w* miejsce|gości\w*|(?:z)?organizow\w*|zorganizowan\w*|przeprowadzon\w*|"
                       r"zajęcia|spotkali|spotkanie)\b", re.IGNORECASE)


#: participles of membership and employment: "zrzeszonych w X", "zatrudniona w X" name where people belong
_MEMBERSHIP_LEFT = re.compile(r"\b(?:zrzesz\w+|zatrudni\w+|pracując\w+|działając\w+|skupion\w+|skupiając\w+|"
                              r"należąc\w+|zaangażowan\w+)\s+(?:w|we)\s+$", re.IGNORECASE)


def _affiliation(ctx: Context, start: int) -> bool:
    """"Podsekretarz Stanu w Ministerstwie X", "izby zrzeszone w X": the institution after "w" is where a person
    holds a title or a body belongs, not where the event took place."""
    if _MEMBERSHIP_LEFT.search(ctx.left(start, 40)):
        return True
    toks = [t for t in ctx.light_tokens[max(0, _token_at(ctx, start) - 8):_token_at(ctx, start)] if not t.is_space]
    if len(toks) < 2 or toks[-1].text.lower() not in ("w", "we"):
        return False
    for t in reversed(toks[:-1]):  # "Dyrektora Departamentu Leśnictwa w X", "Podsekretarza Stanu ds. Y w X"
        if t.is_alpha and role_title(t.text, t._.morf):
            return True
        if "\n" in t.whitespace_ or not (t.text.lower() in ("ds", "ds.", ".", "do", "spraw") or any(
                a.pos in ("subst", "adj") and "gen" in a.cases for a in t._.morf)):
            return False  # the title's genitive complements end here
    return False


def _token_at(ctx: Context, start: int) -> int:
    from bisect import bisect_left

    return bisect_left(ctx.light_tokens, start, key=lambda t: t.idx)


def institutions_as_venues(
    ctx: Context, mentions: list[OrgMention], by_mention: dict[int, Organization]
) -> list[PlaceMention]:
    """An institution the event took place in ("w Miejskim Ośrodku Kultury odbyło się…") is also its venue."""
    out = []
    starts = {m.mention.start for m in mentions if id(m) in by_mention}
    for m in mentions:
        if id(m) not in by_mention or absorbed_acronym(ctx, m.mention.start, m.mention.end, starts):
            continue  # "PKZ" of "w siedzibie PKZ Dom Kultury X": the next mention's venue holds it
        start, name = written_venue(ctx, m.mention.start, m.mention.end, by_mention[id(m)].name)  # "OSP w X"
        left = ctx.left(start, 40)
        if m.mention.rule in ("acronym", "body_phrase") and not (_ROOM_LEFT.search(left) or _HELD_IN_LEFT.search(left)):
            continue  # a parliament is where its members sit unless "odbyło się w" it; "w budynku WTZ": a building
        if _affiliation(ctx, m.mention.start) or in_label_value(ctx, m.mention.start, m.mention.end):
            continue  # "Miejsce: OSP w Lipnie": the field's value is the venue as written
        sent = ctx.sentence_of(m.mention.start)
        text = ctx.norm[sent.start_char:sent.end_char] if sent is not None else ""
        where = _WHERE_RIGHT.match(ctx.norm, m.mention.end)
        if _ROOM_LEFT.search(left) or _TOURED_LEFT.search(left) or where and (_VENUE_LEFT.search(left) or _TO_LEFT.search(left)
                                                 or _VISIT.search(text)):
            pass  # "w sali koncertowej X", "w X, gdzie …", "do X, gdzie …": the place itself says so
        elif dated_locative(ctx, m.mention.start) or gone_to(ctx, m.mention.start) \
                or announced_places(ctx, m.mention.start) or visited_site(ctx, m.mention.start) \
                or named_as_place(ctx, m.mention.start):
            pass  # "Dnia 5 maja w X …", "wybraliśmy się do X", "w dwóch miejscach: X i Y"
        elif _VENUE_LEFT.search(left):
            if not (_HAPPENED.search(text) or EVENT_VERB.search(text) or _event_noun_before(ctx, m.mention.start)):
                continue
        elif not (_TO_LEFT.search(left) and _VISIT.search(text)):
            continue  # "wycieczka do Powiatowego Urzędu Pracy": the trip's destination is where it happened
        out.append(PlaceMention(name, "venue", ctx.mention(start, m.mention.end, "extract.places",
                                                           m.mention.confidence, "institution_venue")))
    return out


def _event_noun_before(ctx: Context, start: int) -> bool:
    """"Warsztaty w Miejskiej Bibliotece X", "Spotkanie w GOPS": an event's noun right before "w" and the institution
    (a heading's or a caption's phrase with no verb) says the event was held in it."""
    from pipeline.extract.event_type import STUDY_NOUNS, TRIGGER_LEMMAS

    toks = [t for t in ctx.light_tokens if t.idx < start and not t.is_space][-2:]
    if len(toks) < 2 or toks[1].text.lower() not in ("w", "we"):
        return False
    nouns = frozenset().union(*TRIGGER_LEMMAS.values(), STUDY_NOUNS)
    return any(a.pos == "subst" and a.lemma.lower() in nouns for a in toks[0]._.morf)


#: Rooms a building's name in the genitive may follow: "w Sali Błękitnej Urzędu X", "w Auli Y"
_ROOM_NOUNS = frozenset({"sala", "salka", "aula", "salon", "pracownia"})


def rooms_of_institutions(
    ctx: Context, places: list[PlaceMention], orgs: list[OrgMention]
) -> list[PlaceMention]:
    """A named room followed by its institution in the genitive ("w Sali Kominkowej Klubu X") is one venue, named
    as the room with the building as written (docs/annotation.md, named rooms); the institution alone is no venue."""
    starts = {m.mention.start: m for m in orgs}
    out = []
    for p in places:
        org = starts.get(p.mention.end + 1) if p.kind == "venue" and p.mention.rule == "venue" else None
        k = _token_at(ctx, p.mention.start)
        if org is not None and ctx.text[p.mention.end] == " " and _genitive_start(ctx, org.mention.start) \
                and _use_room(ctx.light_tokens[k:_token_at(ctx, p.mention.end)]):
            continue  # "w Sali Konferencyjnej Starostwa X": a room named by its use is the "w sali X" cue, X the venue
        if org is None or ctx.text[p.mention.end] != " " or k >= len(ctx.light_tokens) \
                or not noun_lemmas(ctx.light_tokens[k]) & _ROOM_NOUNS or not _genitive_start(ctx, org.mention.start):
            out.append(p)
            continue
        text = ctx.text[org.mention.start:org.mention.end]
        mention = ctx.mention(p.mention.start, org.mention.end, p.mention.extractor, p.mention.confidence, "room_of")
        out.append(PlaceMention(f"{p.name} {text}", "venue", mention))
    return out


#: Adjectives that say what a room is used for ("Sala Konferencyjna", "Aula Wykładowa"): a description, not a name of
#: its own like "Sala Kominkowa" or "Sala Błękitna" (docs/annotation.md, 948, 1034).
_ROOM_USES = frozenset({"konferencyjny", "widowiskowy", "gimnastyczny", "sportowy", "sesyjny", "wystawowy", "bankietowy",
                        "szkoleniowy", "wykładowy", "koncertowy", "taneczny", "teatralny", "kinowy", "multimedialny",
                        "komputerowy", "lekcyjny", "recepcyjny", "wielofunkcyjny", "duży", "mały", "główny"})


def _use_room(words: list[Token]) -> bool:
    """A room noun with adjectives of its use or size only: "Sala Konferencyjna", "Duża Sala Widowiskowa"."""
    adjectives = [t for t in words if not noun_lemmas(t) & _ROOM_NOUNS]
    return len(adjectives) < len(words) and bool(adjectives) and all(any(a.pos == "adj" and a.lemma.lower() in _ROOM_USES for a in t._.morf)
                                    for t in adjectives)


def _genitive_start(ctx: Context, start: int) -> bool:
    """The name at `start` opens with a genitive or an undeclined word ("Urzędu", "Ossolineum", "UTW")."""
    k = _token_at(ctx, start)
    if k >= len(ctx.light_tokens):
        return False
    t = ctx.light_tokens[k]
    morf = [a for a in t._.morf if a.pos in ("subst", "adj")]
    return t.text[:1].isupper() and (not morf and t.text.isupper() or any("gen" in a.cases for a in morf))


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
        longer = [p for (n, k), p in entities.items() if k == kind == "locality" and n.startswith(name + " ")
                  or k == kind == "venue" and (n.startswith(name + " w ") or n.startswith(name + " we "))]
        if len(longer) == 1:  # "w Janowcu" after "z Janowca Wielkopolskiego"; "na Zamku Królewskim" and the same
            # castle "w Warszawie": the short name of one place
            longer[0].mentions.extend(place.mentions)
            longer[0].mentions.sort(key=lambda m: m.start)
            del entities[(name, kind)]
    rooms = [m.mention for m in mentions if m.mention.rule == "room_of"]
    for key, place in list(entities.items()):  # "Urzędu X" inside "Sali Błękitnej Urzędu X": the room's building
        if key[1] == "venue" and rooms and all(any(r.start < m.start and m.end <= r.end for r in rooms)
                                               for m in place.mentions):
            del entities[key]
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
