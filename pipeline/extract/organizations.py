"""Organizations: base form of the whole name and acronyms (the organizer cues are in `organizer_scores`)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.ensembles import ensemble_mentions
from pipeline.extract.org_acronyms import acronym_in, head_index
from pipeline.extract.org_names import (  # noqa: F401 (re-exported: the name's base form lives there)
    LEVEL_ADJECTIVES,
    OrgMention,
    head_reading,
    initials,
    organization_base,
    phrase_base,
    venue_base,
)
from pipeline.extract.org_seats import SEATS, listed_seats
from pipeline.extract.org_signatures import in_signature
from pipeline.extract.organizer_scores import _sentence_verbs
from pipeline.extract.organizer_scores import organizer_score as organizer_score  # learned.organizer imports it here
from pipeline.extract.parishes import parish_mentions
from pipeline.extract.village_bodies import village_bodies
from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.places import locality_base
from pipeline.lexicon.words import (
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    PLURAL_NAME_HEADS,
    is_acronym_word,
    is_all_caps_word,
    is_capitalised,
    noun_lemmas,
)
from pipeline.ner.club_rules import club_name
from pipeline.ner.kind_names import GLUED_STOP, firm_lemma, press_name
from pipeline.ner.org_complements import BRANCH_NOUNS, DASHES, listed_numbers
from pipeline.ner.org_positions import positional_heads
from pipeline.ner.org_rules import is_adjective, parent_acronym
from pipeline.ner.phrase_extent import SEATED_FUNDS
from pipeline.ner.press_employers import press_employer_name
from pipeline.text.context import Context
from pipeline.text.morphology import PREP_CASES

EXTRACTOR = "extract.organizations"

#: "im. Traugutta", "im. ks. J. Twardowskiego", "im. Marii Konopnickiej": a patron after an acronym (up to three words).
_PATRON = re.compile(r" im\. (?:(?:św|bł|ks|gen|kard|prof|dr|rtm|[A-ZĄĆĘŁŃÓŚŹŻ])\. ?)*"
                     r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:-[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?"
                     r"(?: (?:[A-ZĄĆĘŁŃÓŚŹŻ]\. ?)?[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:-[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?){0,2}"
                     r"(?: [IVX]+(?![\w.]))?")
_QUOTES = ('"', "„", "”", "“", "«", "»")
_ACRONYM_AFTER = re.compile(r"^\s*\(\s*([A-ZĄĆĘŁŃÓŚŹŻ][A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{1,11})\s*\)")


def extract_organizations(ctx: Context, spans: list[tuple[int, int, str]]) -> list[OrgMention]:
    """Org mentions from (start, end, rule) spans; acronym-only spans keep name == acronym."""
    doc = ctx.doc
    light = ctx.light_tokens  # plain token objects (`pipeline.text.light`) with text, idx, whitespace_, _.morf
    out: list[OrgMention] = []
    villages: list[OrgMention] = []
    span_starts = {s for s, _, _ in spans}
    teams = False  # "drużyny reprezentujące sołectwa: X, Y": the report's sołectwa are teams, not bodies
    for start, end, rule in spans:
        chars = doc.char_span(start, end, alignment_mode="expand")
        if chars is None:
            continue
        tokens = [t for t in light[chars.start:chars.end] if not t.is_space]
        if rule.endswith("acronym"):
            bodies = village_bodies(light, chars.start, ctx.text)
            for first, last, name in bodies:  # "KGW Stężyca" -> "Koło Gospodyń Wiejskich w Stężycy"
                s, e = light[first].idx, light[last - 1].idx + len(light[last - 1].text)
                out.append(OrgMention(name, tokens[0].text, None, ctx.mention(s, e, EXTRACTOR, 0.8, "village_body")))
            if bodies:
                continue
            patron = _PATRON.match(ctx.norm, end)
            if patron:  # "SLO im. Traugutta": the patron is the name's own part; the acronym alone is no name
                name = ctx.text[start:patron.end()]
                out.append(OrgMention(name, tokens[0].text, None, ctx.mention(start, patron.end(), EXTRACTOR, 0.6,
                                                                               "acronym_patron")))
                continue
            state = re.match(r" (RP|FM)(?!\w)", ctx.norm[end:end + 4])  # "ZOSP RP"; "RMF FM": a band is a station's own
            name, end = (f"{tokens[0].text} {state.group(1)}", end + 3) if state and tokens[0].text not in (
                "RP", "FM") else (tokens[0].text, end)
            out.append(OrgMention(name, name, None, ctx.mention(start, end, EXTRACTOR, 0.5, "acronym")))
            continue  # "ZOSP RP": the state's genitive after a national body's acronym is in its name
        if rule.endswith("village_unit"):  # "z sołectwa Bończa" -> "Sołectwo Bończa", as "Gmina X"
            teams = teams or bool(_sentence_lemmas(ctx, start) & _TEAM_WORDS)
            joint = next((k for k, t in enumerate(tokens) if t.text == "i"), None)  # "Sołectwo A i B": one of two
            base = locality_base(tokens) if joint is None else \
                f"{locality_base(tokens[:joint])} i {locality_base(tokens[joint + 1:])}"
            unit = chars.start - 1  # "Dziękujemy Sołectwu X": the unit word is the mention's too, for the cues before it
            if unit >= 0 and light[unit].text[:1] == "S" and noun_lemmas(light[unit]) & {"sołectwo"}:
                start = light[unit].idx
            villages.append(OrgMention(f"Sołectwo {base}", None, None,
                                       ctx.mention(start, end, EXTRACTOR, 0.7, "village_unit")))
            continue
        if rule.endswith("club_name"):  # "zespół Bzury Ozorków" -> "Bzura"; "UKS SMS Łódź" -> "UKS SMS"
            name, acronym = club_name(light, chars.start, chars.end, ctx.text)
            out.append(OrgMention(name, acronym, None, ctx.mention(start, end, EXTRACTOR, 0.7, "club_name")))
            continue
        if rule.endswith("firm_name"):  # an apposition keeps the nominative: the name as written
            out.append(OrgMention(ctx.text[start:end], None, None, ctx.mention(start, end, EXTRACTOR, 0.6, "firm_name")))
            continue
        if rule.endswith("firm_lemma"):  # "w Polsacie" -> "Polsat"
            out.append(OrgMention(firm_lemma(tokens[0]), None, None, ctx.mention(start, end, EXTRACTOR, 0.55, "firm_lemma")))
            continue
        if rule.endswith("press_employer"):  # "dziennikarka Przekroju" -> "Przekrój"
            out.append(OrgMention(press_employer_name(tokens), None, None,
                                  ctx.mention(start, end, EXTRACTOR, 0.55, "press_employer")))
            continue
        if rule.endswith("press_title"):  # the quoted genitive's nominative, in the text's own quotes
            out.append(OrgMention(press_name(tokens, ctx.text), None, None, ctx.mention(start, end, EXTRACTOR, 0.6, "press_title")))
            continue
        if rule.endswith("label_body"):  # "Patronat medialny: Gmina Borków": a label's value, a nominative as written
            out.append(_label_body(ctx, tokens, light, start, end))
            out.extend(_parent_acronyms(ctx, tokens, light))
            continue
        if chars.start > 0 and any(a.lemma == "projekt" for a in light[chars.start - 1]._.morf) \
                and not _declined_head(tokens):
            continue  # "w ramach projektu Wielkopolskie Centrum Ekonomii": a project's name, not a body
        heads = ORG_HEADS | BODY_HEADS if rule.endswith("body_phrase") else ORG_HEADS | SEATED_FUNDS \
            if rule.endswith("seated_fund") else positional_heads(tokens) if rule.endswith("positional_name") \
            else ORG_HEADS
        required = _adnominal(light, chars.start)
        if _plural_kind(tokens, heads, PREP_CASES.get(light[chars.start - 1].text.lower(), frozenset())
                        if chars.start > 0 else frozenset(), required):
            out.extend(_distributed_seats(ctx, tokens, light, chars.end, heads))
            continue
        name, head = phrase_base(tokens, heads, ctx.text, required=required)
        parent = _organ_parent(tokens, head)
        if parent is not None:  # "Rada Fundacji X": the parent body only
            tokens = tokens[parent:]
            start, name, head = tokens[0].idx, *phrase_base(tokens, heads, ctx.text)
        elif head in _ORGAN_HEADS and chars.end < len(light) and light[chars.end].idx in span_starts \
                and _genitive_body(light[chars.end]):
            out.append(OrgMention(name, None, head, ctx.mention(start, end, EXTRACTOR, 0.7, "office_unit")))
            continue  # "Komisję Turystyki Oddziału X": the parent's own span follows; the organ is not listed
        if _organ_of_acronym(tokens, head):  # "Rada LGD", "Rada Naukowa IBL": the parent body only
            out.append(OrgMention(tokens[-1].text, tokens[-1].text, None, ctx.mention(
                tokens[-1].idx, tokens[-1].idx + len(tokens[-1].text), EXTRACTOR, 0.5, "acronym")))
            continue
        acronym = acronym_in(tokens, light) if rule.split(":")[-1] != "numbered_unit" else None  # "SP 2" ≠ "SP 50"
        m = _ACRONYM_AFTER.match(ctx.norm[end:end + 20])
        if m and m.group(1).isupper():
            acronym = m.group(1)
        if name.endswith(".") and GLUED_STOP.fullmatch(tokens[-1].text) and ctx.text[end - 1:end] != ".":
            name = name[:-1]  # "Stowarzyszenie POW." closing a sentence: the span left the full stop out
        elif re.search(r"\w\.\w+$", name) and ctx.text[end:end + 1] == "." and not GLUED_STOP.fullmatch(tokens[-1].text + "."):
            name += "."  # "Sp.z.o.o." at the end of a sentence: the dot is the abbreviation's too
        conf = 0.85 if len(tokens) >= 2 else 0.6
        out.append(OrgMention(name, acronym, head, ctx.mention(start, end, EXTRACTOR, conf, rule.split(":")[-1])))
        out.extend(_parent_acronyms(ctx, tokens, light))
        out.extend(_seat_list(ctx, tokens, light, chars.end, heads))
        out.extend(_branch_parent(ctx, tokens, light, heads))  # after the branch: lookups by position take the branch
    out += [OrgMention(name, None, None, m) for name, m in ensemble_mentions(ctx, [(s, e) for s, e, _ in spans])
            if not _sentence_lemmas(ctx, m.start) & _TEAM_WORDS]  # "zespół „Sienna”" in a tournament: a team
    out = _with_parishes(ctx, _club_acronyms(out))
    out = [m for m in out if not in_signature(ctx, m.mention.start)]  # the report's signature: furniture (755)
    return out if teams else out + villages


def _label_body(ctx: Context, tokens: list[Token], doc: list[Token], start: int, end: int) -> OrgMention:
    """A body label's value (`pipeline.ner.org_labels`): the name as written, its head the nominative institutional
    head when it has one."""
    chosen = head_reading(tokens, ORG_HEADS | BODY_HEADS, required=frozenset({"nom"}))
    head = chosen[1].lemma.lower() if chosen is not None else None
    name = " ".join(ctx.text[start:end].split())
    return OrgMention(name, acronym_in(tokens, doc), head, ctx.mention(start, end, EXTRACTOR, 0.75, "label_body"))


def _club_acronyms(out: list[OrgMention]) -> list[OrgMention]:
    """'MKS Bzura' … 'MKS przegrał': the acronym heading one club's name stands for that club alone; one heading
    two clubs' names ("KS Warta", "KS Start") stands for neither."""
    led: dict[str, set[str]] = {}
    for m in out:
        first = m.name.split()[0]
        if m.mention.rule == "club_name" and m.acronym is None and " " in m.name and is_acronym_word(first):
            led.setdefault(first, set()).add(m.name)
    for m in out:
        first = m.name.split()[0]
        if m.mention.rule == "club_name" and m.acronym is None and len(led.get(first, ())) == 1 and " " in m.name:
            m.acronym = first
    return out


def _listed_seats(ctx: Context, doc: list[Token], after: int, prep: str, stem: str, heads: frozenset[str],
                  separators: tuple[str, ...] = (",", "i", "oraz")) -> list[OrgMention]:
    return [OrgMention(name, None, None, ctx.mention(start, end, EXTRACTOR, 0.7, "seat_list"))
            for name, start, end in listed_seats(ctx, doc, after, prep, stem, heads, separators)]


def _seat_list(ctx: Context, tokens: list[Token], doc: list[Token], after: int, heads: frozenset[str]
               ) -> list[OrgMention]:
    """"Urzędu Miejskiego z Konina, Słupcy i Koła", "Straży Pożarnej z A, B oraz C": localities coordinated after a
    generic name's seat, in the seat's case, are the seats of as many bodies of that name ("Urząd Miejski ze
    Słupcy"); each is a mention of its own over the locality's words."""
    head = head_index(tokens, heads)
    seat = next((k for k in range(len(tokens) - 2, head or 0, -1) if tokens[k].text.lower() in SEATS), None) \
        if head is not None else None
    if seat is None or not all(is_capitalised(t) or t.text == "-" for t in tokens[seat + 1:]):
        return []
    prep = SEATS[tokens[seat].text.lower()]
    return _listed_seats(ctx, doc, after, prep, phrase_base(tokens[:seat], heads, ctx.text)[0], heads)


def _distributed_seats(ctx: Context, tokens: list[Token], doc: list[Token], after: int, heads: frozenset[str]
                       ) -> list[OrgMention]:
    """'Środowiskowych Domów Samopomocy w A i w B', 'Kół Gospodyń Wiejskich z: A, B i C': a plural kind followed
    by coordinated seats names one body per seat, each in the singular ("Koło Gospodyń Wiejskich z A")."""
    head = head_index(tokens, heads)
    numbers = listed_numbers(doc, after) if head is not None and len(tokens) - head >= 3 else []
    if numbers:  # "Gimnazjów nr 1 i nr 3": "Gimnazjum nr 1", "Gimnazjum nr 3"
        stem = phrase_base(tokens[:-2], heads, ctx.text, singular=True)[0]
        last = numbers[-1] + 1  # "nr 2 i 5 w Kutnie": a seat after the last number is every body's
        seat = listed_seats(ctx, doc, last, SEATS[doc[last].text.lower()], "", heads, (doc[last].text,)) \
            if last < len(doc) and doc[last].text.lower() in SEATS else []
        where = seat[0][0] if seat else ""
        return [OrgMention(f"{stem} nr {t.text}{where}", None, None, ctx.mention(
            t.idx if k else tokens[0].idx, t.idx + len(t.text), EXTRACTOR, 0.7, "seat_list"))
            for k, t in enumerate([tokens[-1], *(doc[n] for n in numbers)])]
    seat = next((k for k in range(len(tokens) - 1, head or 0, -1) if tokens[k].text.lower() in SEATS), None) \
        if head is not None else None
    if seat is not None:  # the first seat is inside the name: the list after it must go on
        stem = phrase_base(tokens[:seat], heads, ctx.text, singular=True)[0]
        rest = _listed_seats(ctx, doc, after, SEATS[tokens[seat].text.lower()], stem, heads)
        if not rest:
            return []
        words = ctx.text[tokens[seat + 1].idx:tokens[-1].idx + len(tokens[-1].text)]
        return [OrgMention(f"{stem} {tokens[seat].text.lower()} {words}", None, None, ctx.mention(
            tokens[seat + 1].idx, tokens[-1].idx + len(tokens[-1].text), EXTRACTOR, 0.7, "seat_list")), *rest]
    if head is None or after + 2 >= len(doc) or doc[after].text.lower() not in SEATS or doc[after + 1].text != ":":
        return []
    stem = phrase_base(tokens, heads, ctx.text, singular=True)[0]
    seats = _listed_seats(ctx, doc, after + 1, SEATS[doc[after].text.lower()], stem, heads, (":", ",", "i", "oraz"))
    return seats if len(seats) >= 2 else []


def _with_parishes(ctx: Context, out: list[OrgMention]) -> list[OrgMention]:
    """Parishes named by their dedication (`parishes`): one replaces a parish name read over the same words
    (its seat dropped) and an acronym of the dedication ("pw. Wniebowzięcia NMP" is the Virgin, no body), and is not added inside any other name ("Parafialny Zespół Caritas przy Parafii …")."""
    for s, e, name in parish_mentions(ctx):
        same = [o for o in out if o.mention.start == s or s < o.mention.start < e and o.mention.rule == "acronym"]
        if any(o.mention.start < e and s < o.mention.end for o in out if o not in same):
            continue
        out = [o for o in out if o not in same]
        out.append(OrgMention(name, None, "parafia", ctx.mention(s, e, EXTRACTOR, 0.8, "parish")))
    return out


#: A match or a tournament: the sołectwa in its sentence are teams.
_TEAM_WORDS = frozenset({"drużyna", "turniej", "mecz", "rozgrywka"})


def _sentence_lemmas(ctx: Context, char: int) -> frozenset[str]:
    sent = ctx.sentence_of(char)
    return frozenset() if sent is None else _sentence_verbs(ctx, sent.start, sent.end)[0]


def _parent_acronyms(ctx: Context, tokens: list[Token], doc: list[Token]) -> list[OrgMention]:
    """"Katedra Pedagogiki PWSZ w Koninie": the parent named by its acronym inside a unit's name is a body of its
    own (docs/annotation.md, Branches and units)."""
    head = head_index(tokens, ORG_HEADS)
    branch = head is not None and bool(noun_lemmas(tokens[head]) & BRANCH_NOUNS)
    out = []
    for k in range(head + 1 if head is not None else len(tokens), len(tokens)):
        t = tokens[k]
        if branch and is_acronym_word(t.text) and t.text not in NON_ORG_ACRONYMS \
                or (is_all_caps_word(t) or is_acronym_word(t.text)) and t.text.isalpha() and 2 <= len(t.text) <= 8 \
                and k > head + 1 \
                and parent_acronym(doc, tokens[head].i, t.i):  # type: ignore[arg-type,index,operator]
            # a branch has no acronym of its own: "Oddział Zamiejscowy MJWPU", "Pomorski Oddział Regionalny ARiMR"
            s, e = t.idx, t.idx + len(t.text)
            name = t.text
            if k + 1 < len(tokens) and tokens[k + 1].text == _STATE and tokens[k + 1].idx == e + 1:
                name, e = f"{name} {_STATE}", e + 1 + len(_STATE)  # "ZOSP RP": the state's genitive is in the name
            out.append(OrgMention(name, name, None, ctx.mention(s, e, EXTRACTOR, 0.5, "acronym")))
    return out


#: "RP" (Rzeczypospolitej Polskiej) after a national body's acronym belongs to it: "ZOSP RP".
_STATE = "RP"


def _branch_parent(ctx: Context, tokens: list[Token], doc: list[Token], heads: frozenset[str]) -> list[OrgMention]:
    """"Towarzystwo X Oddział w Krakowie": the parent before a branch word with its own seat is listed as well when
    it is a name of its own (docs/annotation.md, Branches and units); "Biblioteka Pedagogiczna Filia w Y" has none."""
    head = head_index(tokens, heads)
    if head is None:
        return []
    for b in range(head + 1, len(tokens)):
        if is_capitalised(tokens[b]) and noun_lemmas(tokens[b]) & BRANCH_NOUNS:
            if b + 1 >= len(tokens) or tokens[b + 1].text.lower() not in ("w", "we"):
                return []  # only a branch with its own seat closes the parent's name before it
            parent = tokens[:b]
            if all(k == head or is_adjective(t) or t.text in DASHES for k, t in enumerate(parent)):
                return []  # "Biblioteka Miejska Filia w X": a head with adjectives only names a kind
            s, e = parent[0].idx, parent[-1].idx + len(parent[-1].text)
            name = phrase_base(parent, heads, ctx.text)[0]
            return [OrgMention(name, acronym_in(parent, doc), None, ctx.mention(s, e, EXTRACTOR, 0.6, "branch_parent"))]
    return []


#: Organs of a body: its council, board or committee is not listed beside it (docs/annotation.md, 063, 305).
_ORGAN_HEADS = frozenset({"rada", "zarząd", "prezydium", "komisja"})


def _organ_of_acronym(tokens: list[Token], head: str | None) -> bool:
    """'Rada LGD', 'Rada Słuchaczy KUTW', 'Zarząd Główny PTTK': an organ head whose name ends in its parent's
    acronym, with no quote or proper word of its own between, is an organ of that body."""
    last = tokens[-1]
    if head not in _ORGAN_HEADS or len(tokens) < 2 or not is_all_caps_word(last) or not last.is_alpha \
            or re.fullmatch(r"[IVXLC]+", last.text) or head not in noun_lemmas(tokens[0]) \
            or last.text in NON_ORG_ACRONYMS:  # "Rada Ministrów RP": a state is no parent body
        return False  # "Rada Dzielnicy XII": a number; "Gminna Rada KGW": a level's own council, a body
    return not any(t.text in _QUOTES or is_all_caps_word(t) for t in tokens[:-1])


def _genitive_body(tok: Token) -> bool:
    """A capitalised institution head in the genitive ("Fundacji", "Oddziału"), not an organ's own head."""
    return is_capitalised(tok) and any(a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORG_HEADS
                                       and a.lemma.lower() not in _ORGAN_HEADS for a in tok._.morf)


def _organ_parent(tokens: list[Token], head: str | None) -> int | None:
    """'Rada Fundacji X', 'Komisja Rewizyjna Stowarzyszenia Y': an organ head (with its own adjectives) followed by
    an institution in the genitive is that body's organ: the index where the parent's name begins."""
    if head not in _ORGAN_HEADS or head not in noun_lemmas(tokens[0]):
        return None
    k = 1
    while k < len(tokens) and is_adjective(tokens[k]):
        k += 1
    if k + 1 >= len(tokens) or not _genitive_body(tokens[k]) or _plural_genitive(tokens, k):
        return None  # "Rada Organizacji Pozarządowych Powiatu X": a council of many bodies is a body of its own
    return k


def _plural_genitive(tokens: list[Token], k: int) -> bool:
    """'Organizacji Pozarządowych': the adjective after the genitive head is a genitive only in the plural, so the
    head is plural."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    genitives = [a for a in after._.morf if a.pos == "adj" and "gen" in a.cases] if after is not None else []
    return bool(genitives) and all(a.number == "pl" for a in genitives)  # "Fundacji Nowe Media": a name of its own


def _plural_kind(tokens: list[Token], heads: frozenset[str], governed: frozenset[str],
                 required: frozenset[str] = frozenset()) -> bool:
    """'przez Koła Gospodyń Wiejskich', 'Ochotniczych Straży Pożarnych': a plural head names a kind of body, not
    one body, unless a quote or an acronym makes it a name or the name's own form is plural."""
    chosen = head_reading(tokens, heads, governed, required)
    if chosen is None or chosen[1].number != "pl" or chosen[1].lemma.lower() in PLURAL_NAME_HEADS:
        return False
    return not any(t.text in _QUOTES or is_all_caps_word(t) for t in tokens)


def _adnominal(doc: list[Token], start: int) -> frozenset[str]:
    """{"gen"} when a noun on the same line stands right before the name ("Zarząd Stowarzyszenia X", "członkowie
    Koła Y"): the name is its genitive complement, whatever a capitalised word after the head agrees with."""
    prev = doc[start - 1] if start > 0 else None
    if prev is None or not prev.is_alpha or "\n" in prev.whitespace_ or not prev.whitespace_ \
            or any(a.pos not in ("subst", "depr") for a in prev._.morf) or not prev._.morf:
        return frozenset()
    return frozenset({"gen"})


def _declined_head(tokens: list[Token]) -> bool:
    """'projektem Fundacji X': a head with no nominative reading is the owner in the genitive, a body; a project's
    own name after "projekt" stays in the nominative ("projektu Wielkopolskie Centrum Ekonomii")."""
    h = head_index(tokens, ORG_HEADS | BODY_HEADS)
    readings = [a for a in tokens[h]._.morf if a.pos in ("subst", "depr")] if h is not None else []
    return bool(readings) and not any("nom" in a.cases for a in readings)

