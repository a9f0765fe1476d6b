"""Where a person comes from, written with "z": after a title ("instruktorka z Domu Kultury X") and with the
body's kind in lower case before its name ("z firmy Eduka"). Kept apart from `pipeline.resolve_people`."""

from __future__ import annotations

import re

from pipeline.extract.event_roles import EVENT_ROLE_TITLES
from pipeline.extract.organizations import OrgMention
from pipeline.extract.organizer_cues import event_nouns
from pipeline.lexicon.words import NON_ORG_ACRONYMS, ORG_HEADS, first_name, noun_lemmas
from pipeline.models import Mention, Organization, Person, Role
from pipeline.resolve_units import unit_parent
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: between a name and its body: "z", "(", a dash (as `pipeline.resolve_people` reads it)
FROM = re.compile(r"\s*,?\s*(?:z|ze|reprezentując\w*|reprezentował\w*|reprezentuj[eą]|w imieniu)\s+|\s*[(\[]\s*|\s*[-–—]\s*",
                  re.IGNORECASE)


def _acronym(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper() and text not in NON_ORG_ACRONYMS


_ORIGIN = re.compile(r"[ \t]*(?:z|ze)[ \t]+")


def origin_body(
    ctx: Context, role: Role, org_mentions: list[OrgMention], org_by_mention: dict[int, Organization]
) -> str | None:
    """"Anna Kos, instruktorka z Domu Kultury X", "koordynatorka projektu z Fundacji Y": a title naming no body
    of its own, then "z" and a body in the genitive (where its holder comes from; "z Fundacją" is company)."""
    found = _ORIGIN.match(ctx.norm, role.mention.end) if role.mention is not None else None
    if found is None:
        return None
    for m in org_mentions:
        if m.mention.start != found.end() or id(m) not in org_by_mention:
            continue
        span = ctx.doc.char_span(m.mention.start, m.mention.end, alignment_mode="expand")
        first = span[0] if span is not None else None
        if first is not None and (_acronym(first.text) or any("gen" in a.cases for a in first._.morf
                                                         if a.pos in ("subst", "adj"))):
            return unit_parent(ctx, m, m.mention.end, org_mentions, org_by_mention) or org_by_mention[id(m)].name
    return None


_FROM_KIND = re.compile(r"\s*,?\s*(?:z|ze)\s+", re.IGNORECASE)


def from_body(ctx: Context, end: int, start: int) -> bool:
    """Between a name and a body: "z", "(", a dash; or "z" and the body's kind in lower case before its own name
    ("z firmy Eduka", "ze spółki Agrotech", "z agencji reklamowej Kreska"): a genitive institution noun, maybe with
    its adjectives."""
    between = ctx.norm[end:start]
    if FROM.fullmatch(between):
        return True
    found = _FROM_KIND.match(between)
    words = between[found.end():].split() if found else []
    if not 1 <= len(words) <= 2 or not all(w.isalpha() and w.islower() for w in words):
        return False
    head = [a for a in analyse(words[0]) if a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORG_HEADS]
    return bool(head) and all(any(a.pos == "adj" and "gen" in a.cases for a in analyse(w)) for w in words[1:])


_OUR_BEFORE = re.compile(r"\b(?:nasz|nasza|nasze|naszego|naszej|naszym|naszą|naszemu|nasi|naszych|naszymi)\s+$",
                         re.IGNORECASE)


def our_titles(ctx: Context, people: list[Person], organizer: str | None) -> None:
    """"Szkolenie poprowadziła nasza trenerka X" on the organizer's page: a title the writer calls its own, with
    no body of its own, is the organizer's (the page names its own body as the organizer); so is a coordinator's
    with no body of their own (the event's project is the organizer's)."""
    if not organizer:
        return
    for person in people:
        for role in person.roles:
            if role.organization is None and role.mention is not None and _OUR_BEFORE.search(
                    ctx.norm[max(0, role.mention.start - 12):role.mention.start]):
                role.organization = organizer
            elif role.organization is None and _runs_the_event(role.title) and person.affiliation is None \
                    and not any(r.organization for r in person.roles) and role.mention is not None \
                    and ctx.furniture_at(role.mention.start) is None:
                role.organization = organizer  # "Koordynatorka projektu X" with no body of her own: the organizer's


#: Titles of who runs the event's own project or trip for its organizer ("koordynator projektu", "koordynator
#: wyjazdu"): with no body of their own they are the organizer's people.
_RUNNING_TITLES = frozenset({"koordynator"})
#: Heads of the event itself ("kierownik rajdu", "komendant obozu", "dyrektor festiwalu", their deputies): only with
#: the event named after them, since a bare "kierownik" or "dyrektor" heads some body of their own.
_EVENT_HEADS = frozenset({"kierownik", "komendant", "dyrektor"})
_DEPUTY = frozenset({"zastępca", "wicedyrektor", "wicekomendant"})
_OWN_MATTERS = frozenset({"projekt", "zadanie", "wyjazd", "wizyta"})


def _runs_the_event(title: str) -> bool:
    """'koordynator', 'koordynator projektu', 'koordynator szkolenia': the coordinator of the event itself or of its
    project; "koordynator wolontariatu" coordinates something of its own body's. 'kierownik rajdu', 'zastępca
    kierownika rajdu', 'komendant obozu': the event's head and deputy."""
    words = title.split()
    if words[0] in _DEPUTY and len(words) >= 3:
        head = {a.lemma.lower() for a in analyse(words[1]) if a.pos == "subst" and "gen" in a.cases}
        words = [next(iter(head & _EVENT_HEADS), ""), *words[2:]] if head & _EVENT_HEADS else words
    if words[0] in _EVENT_HEADS:
        return len(words) == 2 and any(a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in event_nouns()
                                       for a in analyse(words[1]))
    if words[0] not in _RUNNING_TITLES:
        return False
    return len(words) == 1 or any(a.pos == "subst" and a.lemma.lower() in _OWN_MATTERS | event_nouns()
                                  for a in analyse(words[1]))


def kind_with_quoted_name(ctx: Context, start: int, end: int) -> str | None:
    """"firmy „Słodki Kąsek”", "spółdzielni socjalnej „Smak”" after a title: the lower-case kind put in the
    nominative (its adjectives agreeing), the quoted name as written: "spółdzielnia socjalna „Smak”"."""
    from pipeline.text.inflect import generate_form

    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    tokens = [t for t in span or () if not t.is_space]
    quote = next((k for k, t in enumerate(tokens) if t.text in ("„", '"', "“")), None)
    if not quote or not tokens[0].text.islower():
        return None
    noun = next((a for a in tokens[0]._.morf if a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORG_HEADS), None)
    if noun is None:
        return None
    gender = next((g for g in ("m1", "m2", "m3", "f", "n") if g in noun.genders), "")
    words = [noun.lemma.lower()]
    for t in tokens[1:quote]:
        adj = next((a for a in t._.morf if a.pos == "adj"), None)
        form = generate_form(adj.lemma, "adj", "sg", gender, "nom") if adj is not None else None
        if form is None:
            return None
        words.append(form)
    return " ".join(words) + " " + ctx.text[tokens[quote].idx:end].strip()


_FROM_NAME = re.compile(r"[ \t]*,?[ \t]*(?:z|ze)[ \t]+((?:[\w/.\-]+[ \t]*){1,6})", re.IGNORECASE)


def _word_lemmas(word: str) -> set[str]:
    return {word.lower()} | {a.lemma.lower() for a in analyse(word) if a.pos in ("subst", "adj", "depr")}


def named_again(ctx: Context, end: int, organizations: list[Organization]) -> str | None:
    """'Krzysztof Dzioboń z R/C Modelsport', 'Jan Kos z RC Smoków': right after "z", a body the text has already
    named as an organization, written again (declined: each word in a form of the name's word; an acronym or an
    indeclinable word as written) where the recogniser missed it: the person comes from it."""
    found = _FROM_NAME.match(ctx.norm, end)
    if found is None:
        return None
    words = found.group(1).split()
    for org in sorted(organizations, key=lambda o: -len(o.name.split())):
        own = org.name.split()
        if len(own) > len(words) or len(own) == 1 and not _acronym(own[0]) and "/" not in own[0]:
            continue  # a lone common-looking word ("z Warty") is too easily something else
        if all(w == o or (not _acronym(o) and _word_lemmas(w) & _word_lemmas(o)) for w, o in zip(words[:len(own)], own, strict=True)) \
                and words[0][:1].isupper():
            return org.name
    return None


#: Possessive pronouns before a title and the genders of the noun they refer back to.
_POSSESSIVES = {"jego": frozenset({"m1", "m2", "m3", "n"}), "jej": frozenset({"f"}),
                "którego": frozenset({"m1", "m2", "m3", "n"}), "której": frozenset({"f"})}


def possessive_body(
    ctx: Context, role: Role, org_mentions: list[OrgMention], org_by_mention: dict[int, Organization]
) -> str | None:
    """"O działalności centrum opowiedziała jego kierowniczka A", "Koło … – jak mówi jego przewodnicząca B", "LGD X,
    której prezes C": a title with no body of its own after "jego"/"jej"/"którego"/"której" belongs to the institution the pronoun refers back to, the
    nearest institution noun agreeing with it in gender in this sentence or the one before: a named body, or its
    head noun alone standing for the body last named with that head. A person named on the way (the pronoun may be
    hers), or a head noun described by an adjective ("miejscowego stowarzyszenia": some body not named), gives none.
    Without a pronoun, a "gdzie" clause right after a named body points to it (`_where_clause_body`)."""
    doc = ctx.light_tokens
    span = ctx.doc.char_span(role.mention.start, role.mention.end, alignment_mode="expand") if role.mention else None
    k = span.start - 1 if span is not None else -1
    while k >= 0 and doc[k].is_space:
        k -= 1
    genders = _POSSESSIVES.get(doc[k].text.lower()) if k >= 0 else None
    named = [m for m in org_mentions if id(m) in org_by_mention]
    if genders is None:
        where = _where_clause_body(ctx, k + 1, named) if k >= 0 and role.title not in EVENT_ROLE_TITLES else None
        return org_by_mention[id(where)].name if where is not None else None
    start = ctx.sentence_bounds(max(0, ctx.sentence_bounds(k)[0] - 1))[0]
    for s in range(k - 1, start - 1, -1):
        t = doc[s]
        inside = next((m for m in named if m.mention.start <= t.idx < m.mention.end), None)
        if inside is not None:
            first = ctx.doc.char_span(inside.mention.start, inside.mention.end, alignment_mode="expand")
            if first is not None and _agrees(first[0], genders):
                return org_by_mention[id(inside)].name
            continue
        if first_name(t) is not None or (t.text[:1].isupper() and s > 0 and first_name(doc[s - 1]) is not None):
            return None  # "Anna Kos i jej zastępca": the pronoun may be the person's
        heads = {a.lemma.lower() for a in t._.morf if a.pos == "subst" and a.number == "sg" and set(a.genders) & genders}
        if not t.is_alpha or not heads & ORG_HEADS:
            continue
        if s > 0 and doc[s - 1].text[:1].islower() and any(a.pos == "adj" for a in doc[s - 1]._.morf):
            return None  # "miejscowego stowarzyszenia": a body described, not named
        before = [m for m in named if m.mention.end <= t.idx and heads & ORG_HEADS & _heads_of(m, org_by_mention)]
        return org_by_mention[id(before[-1])].name if before else None
    return None


#: Between a body's name and the comma of its "gdzie" clause: nothing, or its seat ("w Poznaniu", "z Lipna").
_SEAT_BEFORE_WHERE = re.compile(r"\s*(?:(?:w|we|z|ze)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?\s*)?,\s*$")


def _where_clause_body(ctx: Context, h: int, named: list[OrgMention]) -> OrgMention | None:
    """"gościli w Spółdzielni X w Y, gdzie o pracy opowiadała prezeska A": a bare title in a "gdzie" clause right
    after a named body (maybe with its seat) is held there when its holder is the clause's subject (a nominative);
    a person or another body on the way gives none."""
    doc = ctx.light_tokens
    if not any(a.pos == "subst" and "nom" in a.cases for a in doc[h]._.morf):
        return None  # "gdzie pracowali z aktorką A": company, not the one who receives them there
    start = ctx.sentence_bounds(h)[0]
    for g in range(h - 1, max(start, h - 12) - 1, -1):
        t = doc[g]
        if first_name(t) is not None or any(m.mention.start <= t.idx < m.mention.end for m in named) or t.text in (
                ":", ";", "(", ")"):
            return None
        if t.text.lower() != "gdzie":
            continue
        return next((m for m in reversed(named) if m.mention.end <= t.idx
                     and _SEAT_BEFORE_WHERE.fullmatch(ctx.norm[m.mention.end:t.idx])), None)
    return None


def _agrees(tok, genders: frozenset[str]) -> bool:
    """Whether the first word of a body's name is a singular noun of one of `genders` ("Centrum" n, "Fundacja" f);
    an acronym ("LGD", "CIS") has no gender to disagree."""
    return tok.text.isupper() and len(tok.text) >= 2 or any(a.pos == "subst" and a.number == "sg" and set(a.genders) & genders for a in tok._.morf)


def _heads_of(m: OrgMention, org_by_mention: dict[int, Organization]) -> set[str]:
    """The institution heads of a named body: its mention's own, else those of its name's first words."""
    return {m.head} if m.head else set(name_heads(org_by_mention[id(m)].name))


#: Inside a bracket before a name: only other names, their honorifics and list commas ("(Anna Kos, dr Jan Mak i …").
_BRACKETED_NAMES = re.compile(r"\(\s*(?:(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*\.?|dr|prof\.|hab\.|mgr|inż\.|p\.|ks\.)\s*"
                              r"(?:,|\bi\b|\boraz\b)?\s*)*")


#: "prof. UAM dr hab.", "prof. PWr": a professor's university written as its acronym among the honorifics before a name.
_PROFESSOR_AT = re.compile(r"\bprof\.\s+([A-ZĄĆĘŁŃÓŚŹŻ][A-Za-ząćęłńóśźż]*[A-ZĄĆĘŁŃÓŚŹŻ][A-Za-ząćęłńóśźż]*)"
                           r"(?:\s+(?:dr|hab\.|inż\.|n\.\s*\w+\.|mgr))*\s+$")


def professor_of(ctx: Context, person: Mention, org_by_mention: dict[int, Organization]) -> str | None:
    """'prof. UAM dr hab. Jan Kos': a university's acronym after "prof." is where the professor holds the post, so
    it is the person's organization (the acronym's body as the report names it)."""
    found = _PROFESSOR_AT.search(ctx.norm, max(0, person.start - 40), person.start)
    if found is None:
        return None
    orgs = {id(o): o for o in org_by_mention.values()}.values()
    return next((o.name for o in orgs if found[1] in (o.acronym, o.name)), None)


def bracketed_body(ctx: Context, person: Mention, org_by_mention: dict[int, Organization]) -> str | None:
    """"przedstawiciele: Ośrodka Pomocy Społecznej w X (Anna Kos) oraz Fundacji Y (Jan Mak, Ewa Lis)": names in a
    bracket right after a body are its people. The bracket holds nothing but names before this one and closes on
    the name's line."""
    line_start = ctx.norm.rfind("\n", 0, person.start) + 1
    line_end = ctx.norm.find("\n", person.end)
    open_at = ctx.norm.rfind("(", line_start, person.start)
    if open_at < 0 or ")" in ctx.norm[open_at:person.start] or ")" not in ctx.norm[person.end:line_end if line_end >= 0
                                                                                  else None] \
            or not _BRACKETED_NAMES.fullmatch(ctx.norm[open_at:person.start]):
        return None
    end = len(ctx.norm[:open_at].rstrip())
    orgs = {id(o): o for o in org_by_mention.values()}.values()
    return next((o.name for o in orgs if any(m.end == end for m in o.mentions)), None)


def name_heads(name: str) -> tuple[str, ...]:
    """The institution heads of a merged name whose mention had none of its own ("KGW w X" expanded as "Koło
    Gospodyń Wiejskich w X"): "przewodnicząca koła" refers back to it."""
    for word in name.split()[:3]:
        heads = {a.lemma.lower() for a in analyse(word) if a.pos == "subst"} & ORG_HEADS
        if heads:
            return tuple(sorted(heads))
    return ()


#: Nouns that refer back to any institution named just before: "kierowniczka placówki", "dyrektor instytucji".
_GENERIC_REFERENCES = frozenset({"placówka", "instytucja", "jednostka"})


def generic_reference(ctx: Context, start: int, end: int) -> bool:
    words = ctx.text[start:end].split()
    return len(words) == 1 and words[0].islower() and any(
        a.pos == "subst" and a.number == "sg" and a.lemma in _GENERIC_REFERENCES for a in analyse(words[0]))


def bare_head(ctx: Context, start: int, end: int) -> str | None:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len([t for t in span if t.is_alpha]) != 1:
        return None
    heads = noun_lemmas(span[0]) & ORG_HEADS
    return next(iter(heads), None)
