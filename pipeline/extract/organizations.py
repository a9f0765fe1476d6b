"""Organizations: base form of the whole name and acronyms (the organizer cues are in `organizer_scores`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.extract.ensembles import ensemble_mentions
from pipeline.extract.org_acronyms import acronym_in, head_index
from pipeline.extract.org_seats import SEATS, listed_seats
from pipeline.extract.organizer_scores import _sentence_verbs
from pipeline.extract.organizer_scores import organizer_score as organizer_score  # learned.organizer imports it here
from pipeline.extract.parishes import parish_mentions
from pipeline.extract.village_bodies import village_bodies
from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.place_phrases import common_phrase_base
from pipeline.lexicon.places import locality_base
from pipeline.lexicon.words import (
    NAME_ONLY_HEADS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    PLURAL_NAME_HEADS,
    VENUE_HEADS,
    is_acronym_word,
    is_all_caps_word,
    is_capitalised,
    noun_lemmas,
)
from pipeline.models import Mention
from pipeline.ner.kind_names import press_name
from pipeline.ner.org_complements import BRANCH_NOUNS, DASHES, compound_stem
from pipeline.ner.org_rules import is_adjective, parent_acronym
from pipeline.text.context import Context
from pipeline.text.inflect import adjective_nominative, head_features, noun_nominative, readable_case
from pipeline.text.morphology import PREP_CASES, Analysis, analyse
from pipeline.text.org_forms import organization_form

EXTRACTOR = "extract.organizations"

_QUOTES = ('"', "„", "”", "“", "«", "»")
_ACRONYM_AFTER = re.compile(r"^\s*\(\s*([A-ZĄĆĘŁŃÓŚŹŻ][A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{1,11})\s*\)")
_SMALL_WORDS = frozenset({"w", "we", "i", "z", "ze", "na", "do", "im.", "oraz", "dla", "pod", "nad", "przy"})


@dataclass
class OrgMention:
    name: str
    acronym: str | None
    head: str | None
    mention: Mention


def _agree(adj: Analysis, noun: Analysis) -> bool:
    return bool(adj.cases & noun.cases) and (adj.number is None or adj.number == noun.number) and (
        not adj.genders or not noun.genders or bool(adj.genders & noun.genders))


def _adj_readings(tok: Token) -> list[Analysis]:
    readings = tok._.morf
    if not readings and "-" in tok.text:  # "Wystawienniczo-Kongresowym": the last part declines
        readings = analyse(tok.text.rpartition("-")[2].lower())
    return [a for a in readings if a.pos in ("adj", "ppas", "pact")]


def organization_base(tokens: list[Token], original: str) -> str:
    """The base form of an organization's name: through its institutional head when it has one, else
    through the noun that heads the phrase ("Polskiego Radia" -> "Polskie Radio")."""
    special = organization_form(tokens, original)  # "MOK-u", "Academy of Arts", "Prezesowi Urzędu X", "Bzury"
    if special is not None:
        return special
    heads = ORG_HEADS | NAME_ONLY_HEADS
    if head_index(tokens, heads) is not None:
        return phrase_base(tokens, heads, original)[0]
    return common_phrase_base(tokens)


def head_reading(tokens: list[Token], heads: frozenset[str], governed: frozenset[str] = frozenset()
                 ) -> tuple[int, Analysis] | None:
    """(index, reading) of the phrase's head, chosen jointly with the adjectives next to it (they must agree in
    case, number and gender: "Lokalnej Grupy Działania" is singular), then with the case a preposition before
    the phrase governs ("przez Koła Gospodyń" is plural), then singular."""
    h = head_index(tokens, heads)
    if h is None:
        return None
    readings = [a for a in tokens[h]._.morf if a.pos in ("subst", "depr") and a.lemma.lower() in heads]
    around = [tokens[k] for k in range(h) if _adj_readings(tokens[k])]
    k = h + 1
    while k + 1 < len(tokens) and (tokens[k].text in DASHES or compound_stem(tokens[k])
                                   or any(a.pos == "adja" for a in tokens[k]._.morf)):
        k += 1  # "Centrum Opiekuńczo-Mieszkalnego": the declined last part of a compound shows the case
    if k < len(tokens) and _adj_readings(tokens[k]):
        around.append(tokens[k])

    def support(r: Analysis) -> tuple[int, int, int]:
        agreeing = sum(1 for t in around if any(_agree(a, r) for a in _adj_readings(t)))
        return agreeing, 1 if r.cases & governed else 0, 1 if r.number == "sg" else 0

    return h, max(readings, key=support)


def phrase_base(tokens: list[Token], heads: frozenset[str], original: str, singular: bool = False
                ) -> tuple[str, str | None]:
    """Nominative of an institutional name phrase; (name, head lemma). Words come from `original`; `singular`
    names one body of a plural kind ("Kół Gospodyń" -> "Koło Gospodyń")."""
    chosen = head_reading(tokens, heads)
    if chosen is None:
        return original[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)].strip(), None
    h, head_a = chosen
    second = next((d for d in range(h + 1, len(tokens) - 1) if tokens[d].text in ("-", "–") and head_index(
        tokens[d + 1:d + 2], heads) == 0), None)
    if second is not None:  # "Teatru Wielkiego-Opery Narodowej": each name after a dash is a nominative of its own
        gap = original[tokens[second - 1].idx + len(tokens[second - 1].text):tokens[second + 1].idx]
        return phrase_base(tokens[:second], heads, original)[0] + gap + phrase_base(
            tokens[second + 1:], heads, original)[0], head_a.lemma.lower()
    head_tok = tokens[h]
    number, gender = head_features(head_a)
    head_form = head_a
    if singular and number == "pl":  # the adjectives still agree with the plural reading; they are made singular
        number = "sg"
        head_form = Analysis(head_a.lemma, head_a.tag.replace(":pl:", ":sg:"), head_a.names, head_a.pos)
    out: list[str] = []
    agreeing_run = True
    for i, t in enumerate(tokens):
        word = original[t.idx:t.idx + len(t.text)]
        if i == h:
            word = noun_nominative(word, head_form)
        elif t.text == "-" or any(a.pos == "adja" for a in t._.morf) and not t.whitespace_ \
                or t.text in DASHES and i > 0 and compound_stem(tokens[i - 1]) \
                or i + 1 < len(tokens) and tokens[i + 1].text in DASHES and compound_stem(t) \
                or i > h and i + 1 < len(tokens) and _spaced_compound(t, tokens[i + 1], head_a):
            pass  # "Techniczno-" / "Miejsko-" / "Szkolno - ": the first part of a compound adjective stays
        elif i < h or (i > h and agreeing_run):
            adj = next((a for a in _adj_readings(t) if _agree(a, head_a)), None)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if i > h and adj is not None and nxt is not None and _modifies_next(adj, nxt) \
                    and not _has_own_adjective(tokens, i + 1) and not _level_of_head(tokens, i, adj):
                adj = None  # "Trzeciego Wieku": the adjective belongs to the complement that follows
            if adj is not None and (i < h or t.text[:1].isupper() == head_tok.text[:1].isupper()):
                word = _hyphen_aware_nominative(word, adj, number, gender)
            elif i > h:
                agreeing_run = False
        gap = i + 1 < len(tokens) and tokens[i + 1].idx > t.idx + len(t.text)  # a line break token dropped between
        out.append(word + (t.whitespace_ or (" " if gap else "")))
    name = "".join(out).strip()
    name = re.sub(r"\s+", " ", name)
    letters = [c for t in tokens for c in t.text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(tokens) > 1:
        name = readable_case(name)
    return name, head_a.lemma.lower()


def _spaced_compound(first: Token, second: Token, head: Analysis) -> bool:
    """'Izby Przemysłowo Handlowej': a compound adjective written with a space for its hyphen; its first part
    (an adjectival '-o' stem, not declined) keeps the run of agreeing adjectives going."""
    return compound_stem(first) and second.text[:1].isupper() and any(_agree(a, head) for a in _adj_readings(second))


def _modifies_next(adj: Analysis, nxt: Token) -> bool:
    """'Trzeciego Wieku': the adjective agrees with the common noun after it. A surname reading of a name that
    follows ('Społecznym Boni Activ') does not count: the adjective stays with the head; a place does
    ('Królowej Polski')."""
    return any(a.pos == "subst" and not {"nazwisko", "imię"} & set(a.names) and _agree(adj, a) for a in nxt._.morf)


#: Adjectives of a body's tier or rank ("Komenda Powiatowa", "Rada Główna"): relational, so in Polish they follow
#: the noun they classify.
LEVEL_ADJECTIVES = frozenset({"powiatowy", "gminny", "miejski", "wojewódzki", "krajowy", "okręgowy", "rejonowy",
                               "regionalny", "terenowy", "główny", "centralny", "naczelny", "generalny"})


def _level_of_head(tokens: list[Token], i: int, adj: Analysis) -> bool:
    """'Komendy Powiatowej Policji', 'Rady Głównej Nauki i Szkolnictwa': a tier adjective right after the head,
    before a bare genitive that is no institution of its own and ends the name (or a coordination), is the head's;
    'Filii Gminnej Biblioteki Publicznej', 'Wydziału Powiatowego Urzędu Pracy' name the complement."""
    k = i + 1
    if i == 0 or adj.lemma.lower() not in LEVEL_ADJECTIVES or noun_lemmas(tokens[k]) & ORG_HEADS:
        return False
    return k + 1 == len(tokens) or tokens[k + 1].text.lower() in ("w", "we", "i", "oraz", "dla", "na", "z", "ze")


#: Territorial units named after an office ("Urzędu Marszałkowskiego Województwa X", "Urzędu Miejskiego Gminy X").
_UNIT_COMPLEMENTS = frozenset({"województwo", "powiat", "gmina", "miasto"})


def _has_own_adjective(tokens: list[Token], k: int) -> bool:
    """'Urzędu Marszałkowskiego Województwa Dolnośląskiego': a territorial unit after the adjective has an adjective
    of its own after it, so the adjective before it is the head's ("Urząd Marszałkowski"), not the unit's."""
    if k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper():
        return False
    nouns = [a for a in tokens[k]._.morf if a.pos == "subst" and a.lemma.lower() in _UNIT_COMPLEMENTS]
    return any(_agree(a, n) for a in _adj_readings(tokens[k + 1]) for n in nouns)


def _hyphen_aware_nominative(word: str, adj: Analysis, number: str, gender: str) -> str:
    """'Ekonomiczno-Socjologicznym' -> 'Ekonomiczno-Socjologiczny': only the last part declines."""
    if "-" in word:
        head, _, last = word.rpartition("-")
        readings = [a for a in analyse(last.lower()) if a.pos == "adj"]
        if readings:
            return head + "-" + adjective_nominative(last, readings[0], number, gender)
        return word
    return adjective_nominative(word, adj, number, gender)


def initials(name: str) -> str:
    """Initials of the name without its seat: 'Klub Integracji Społecznej w Będzinie' -> 'KIS'."""
    core = re.split(r"\s+(?:w|we|z|ze)\s+[A-ZĄĆĘŁŃÓŚŹŻ]", name)[0]
    return "".join(w[0] for w in re.findall(r"[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż]*", core) if w.lower() not in _SMALL_WORDS)


def extract_organizations(ctx: Context, spans: list[tuple[int, int, str]]) -> list[OrgMention]:
    """Org mentions from (start, end, rule) spans; acronym-only spans keep name == acronym."""
    doc = ctx.doc
    light = ctx.light_tokens  # plain token objects (`pipeline.text.light`) with text, idx, whitespace_, _.morf
    out: list[OrgMention] = []
    villages: list[OrgMention] = []
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
            out.append(OrgMention(tokens[0].text, tokens[0].text, None,
                                  ctx.mention(start, end, EXTRACTOR, 0.5, "acronym")))
            continue
        if rule.endswith("village_unit"):  # "z sołectwa Bończa" -> "Sołectwo Bończa", as "Gmina X"
            teams = teams or bool(_sentence_lemmas(ctx, start) & _TEAM_WORDS)
            villages.append(OrgMention(f"Sołectwo {locality_base(tokens)}", None, None,
                                       ctx.mention(start, end, EXTRACTOR, 0.7, "village_unit")))
            continue
        if rule.endswith("firm_name"):  # an apposition keeps the nominative: the name as written
            out.append(OrgMention(ctx.text[start:end], None, None, ctx.mention(start, end, EXTRACTOR, 0.6, "firm_name")))
            continue
        if rule.endswith("press_title"):  # the quoted genitive's nominative, in the text's own quotes
            out.append(OrgMention(press_name(tokens, ctx.text), None, None, ctx.mention(start, end, EXTRACTOR, 0.6, "press_title")))
            continue
        if chars.start > 0 and any(a.lemma == "projekt" for a in light[chars.start - 1]._.morf):
            continue  # "w ramach projektu Wielkopolskie Centrum Ekonomii": a project's name, not a body
        heads = ORG_HEADS | BODY_HEADS if rule.endswith("body_phrase") else ORG_HEADS
        if _plural_kind(tokens, heads, PREP_CASES.get(light[chars.start - 1].text.lower(), frozenset())
                        if chars.start > 0 else frozenset()):
            out.extend(_distributed_seats(ctx, tokens, light, chars.end, heads))
            continue
        name, head = phrase_base(tokens, heads, ctx.text)
        if _organ_of_acronym(tokens, head):  # "Rada LGD", "Rada Naukowa IBL": the parent body only
            out.append(OrgMention(tokens[-1].text, tokens[-1].text, None, ctx.mention(
                tokens[-1].idx, tokens[-1].idx + len(tokens[-1].text), EXTRACTOR, 0.5, "acronym")))
            continue
        acronym = acronym_in(tokens, light) if rule.split(":")[-1] != "numbered_unit" else None  # "SP 2" ≠ "SP 50"
        m = _ACRONYM_AFTER.match(ctx.norm[end:end + 20])
        if m and m.group(1).isupper():
            acronym = m.group(1)
        if re.search(r"\w\.\w+$", name) and ctx.text[end:end + 1] == ".":
            name += "."  # "Sp.z.o.o." at the end of a sentence: the dot is the abbreviation's too
        conf = 0.85 if len(tokens) >= 2 else 0.6
        out.append(OrgMention(name, acronym, head, ctx.mention(start, end, EXTRACTOR, conf, rule.split(":")[-1])))
        out.extend(_parent_acronyms(ctx, tokens, light))
        out.extend(_seat_list(ctx, tokens, light, chars.end, heads))
        out.extend(_branch_parent(ctx, tokens, light, heads))  # after the branch: lookups by position take the branch
    out += [OrgMention(name, None, None, m) for name, m in ensemble_mentions(ctx, [(s, e) for s, e, _ in spans])
            if not _sentence_lemmas(ctx, m.start) & _TEAM_WORDS]  # "zespół „Sienna”" in a tournament: a team
    out = _with_parishes(ctx, out)
    return out if teams else out + villages


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
    (its seat dropped), and is not added inside any other name ("Parafialny Zespół Caritas przy Parafii …")."""
    for s, e, name in parish_mentions(ctx):
        same = [o for o in out if o.mention.start == s]
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
            or re.fullmatch(r"[IVXLC]+", last.text) or head not in noun_lemmas(tokens[0]):
        return False  # "Rada Dzielnicy XII": a number; "Gminna Rada KGW": a level's own council, a body
    return not any(t.text in _QUOTES or is_all_caps_word(t) for t in tokens[:-1])


def _plural_kind(tokens: list[Token], heads: frozenset[str], governed: frozenset[str]) -> bool:
    """'przez Koła Gospodyń Wiejskich', 'Ochotniczych Straży Pożarnych': a plural head names a kind of body, not
    one body, unless a quote or an acronym makes it a name or the name's own form is plural."""
    chosen = head_reading(tokens, heads, governed)
    if chosen is None or chosen[1].number != "pl" or chosen[1].lemma.lower() in PLURAL_NAME_HEADS:
        return False
    return not any(t.text in _QUOTES or is_all_caps_word(t) for t in tokens)


def venue_base(tokens: list[Token], original: str) -> str:
    return phrase_base(tokens, VENUE_HEADS, original)[0]
