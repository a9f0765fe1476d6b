"""An organization's name in its base form: the head noun and its agreeing words to the nominative, the
genitive complements kept as written ("Fundacji Rozwoju Wsi" -> "Fundacja Rozwoju Wsi"), and its initials."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.extract.org_acronyms import head_index
from pipeline.lexicon.place_phrases import common_phrase_base
from pipeline.lexicon.words import NAME_ONLY_HEADS, ORG_HEADS, VENUE_HEADS, noun_lemmas
from pipeline.models import Mention
from pipeline.ner.org_complements import DASHES, compound_stem
from pipeline.text.inflect import (
    adjective_nominative,
    generate_form,
    head_features,
    match_case,
    noun_nominative,
    readable_case,
)
from pipeline.text.morphology import Analysis, analyse
from pipeline.text.org_forms import organization_form

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
    h = head_index(tokens, heads)
    if h is not None:
        lead = _governing_noun(tokens, h)
        return phrase_base(tokens, lead or heads, original)[0]
    return common_phrase_base(tokens)


def _governing_noun(tokens: list[Token], h: int) -> frozenset[str] | None:
    """'Prezydium Sejmu', 'Sekretariatu Posiedzeń Sejmu', 'Prezesa Rady Ministrów': a common noun opening the name
    governs the institution after it in the genitive, so it heads the name (its lemmas), not the institution."""
    first = tokens[0]
    if h == 0 or not first.text[:1].isupper() or any(a.pos in ("adj", "ppas", "pact", "ign") for a in first._.morf):
        return None
    lemmas = frozenset(a.lemma.lower() for a in first._.morf if a.pos == "subst" and not a.names)
    if not lemmas or len(lemmas) < len(noun_lemmas(first)):
        return None  # a word that is also a name ('Kraków', 'Lech') may be the name itself
    between = tokens[1:h + 1]
    if not all(any(a.pos == "subst" and "gen" in a.cases for a in t._.morf) for t in between):
        return None
    return lemmas


def head_reading(tokens: list[Token], heads: frozenset[str], governed: frozenset[str] = frozenset(),
                 required: frozenset[str] = frozenset()) -> tuple[int, Analysis] | None:
    """(index, reading) of the phrase's head, chosen jointly with the adjectives next to it (they must agree in
    case, number and gender: "Lokalnej Grupy Działania" is singular), then with the case a preposition before
    the phrase governs ("przez Koła Gospodyń" is plural), then singular. `required`: cases the phrase's position
    fixes (the genitive after a noun: "Zarząd Stowarzyszenia Nasze Jeziorki" is no plural of "Nasze")."""
    h = head_index(tokens, heads)
    if h is None:
        return None
    readings = [a for a in tokens[h]._.morf if a.pos in ("subst", "depr") and a.lemma.lower() in heads]
    readings = [a for a in readings if a.cases & required] or readings
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


def phrase_base(tokens: list[Token], heads: frozenset[str], original: str, singular: bool = False,
                required: frozenset[str] = frozenset()) -> tuple[str, str | None]:
    """Nominative of an institutional name phrase; (name, head lemma). Words come from `original`; `singular`
    names one body of a plural kind ("Kół Gospodyń" -> "Koło Gospodyń"); `required` as in `head_reading`."""
    chosen = head_reading(tokens, heads, required=required)
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
    if h == 0 and len(tokens) > 3 and tokens[1].text == "i" and head_index(tokens[2:3], heads) == 0:
        # "Muzeum i Ośrodkowi Kultury X": two heads sharing one complement, each to its nominative
        first = noun_nominative(original[head_tok.idx:head_tok.idx + len(head_tok.text)], head_a)
        return f"{first} i {phrase_base(tokens[2:], heads, original)[0]}", head_a.lemma.lower()
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
                    and not _has_own_adjective(tokens, i + 1) and not _level_of_head(tokens, i, adj) \
                    and not _named_complement(tokens, i, adj, head_a):
                adj = None  # "Trzeciego Wieku": the adjective belongs to the complement that follows
            if adj is not None and (i < h or t.text[:1].isupper() == head_tok.text[:1].isupper()):
                word = _hyphen_aware_nominative(word, adj, number, gender)
            elif i > h:
                agreeing_run = False
        gap = i + 1 < len(tokens) and tokens[i + 1].idx > t.idx + len(t.text)  # a line break token dropped between
        out.append(word + (t.whitespace_ or (" " if gap else "")))
    name = "".join(out).strip()
    name = re.sub(r"\s+", " ", name)
    name = _expanded_seat(tokens, name)
    letters = [c for t in tokens for c in t.text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(tokens) > 1:
        name = readable_case(name)
    return name, head_a.lemma.lower()


_SEAT_CASES = {"w": "loc", "we": "loc", "z": "gen", "ze": "gen"}


def _expanded_seat(tokens: list[Token], name: str) -> str:
    """'Ośrodek X w Gorzowie Wlkp.' -> '… w Gorzowie Wielkopolskim': a seat's abbreviated town adjective is written
    out in the seat's case where the register knows the town by its full name (docs/annotation.md, abbreviations)."""
    from pipeline.extract.place_checks import expanded_seat_abbreviation

    if len(tokens) < 3 or tokens[-3].text.lower() not in _SEAT_CASES:
        return name
    last = tokens[-1].text
    full = expanded_seat_abbreviation(tokens[-2], last, _SEAT_CASES[tokens[-3].text.lower()])
    return name[: len(name) - len(last)].rstrip(".") + full if full and name.endswith(last) else name


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


#: The state's name closing a national body's name ("Związek Ochotniczych Straży Pożarnych RP").
_STATE_NAMES = frozenset({"RP", "Rzeczypospolitej"})


def _level_of_head(tokens: list[Token], i: int, adj: Analysis) -> bool:
    """'Komendy Powiatowej Policji', 'Rady Głównej Nauki i Szkolnictwa': a tier adjective right after the head,
    before a bare genitive that is no institution of its own and ends the name (or a coordination), is the head's;
    'Filii Gminnej Biblioteki Publicznej', 'Wydziału Powiatowego Urzędu Pracy' name the complement."""
    k = i + 1
    if i == 0 or adj.lemma.lower() not in LEVEL_ADJECTIVES:
        return False
    if k + 1 < len(tokens) and tokens[k].text[:1].isupper() and tokens[k + 1].text[:1].isupper() and any(
            _agree(a, b) for a in _adj_readings(tokens[k]) for b in tokens[k + 1]._.morf if b.pos in ("adj", "subst")):
        return True  # "Oddziału Rejonowego Polskiego Czerwonego Krzyża": a tier does not stack on a name's adjective
    if any(t.text in _STATE_NAMES for t in tokens[k:]):
        return True  # "Oddziału Gminnego Związku … RP": a body of the whole state has no tier; the branch has
    if noun_lemmas(tokens[k]) & ORG_HEADS:
        return False
    return k + 1 == len(tokens) or tokens[k + 1].text.lower() in ("w", "we", "i", "oraz", "dla", "na", "z", "ze")


#: Territorial units named after an office ("Urzędu Marszałkowskiego Województwa X", "Urzędu Miejskiego Gminy X").
_UNIT_COMPLEMENTS = frozenset({"województwo", "powiat", "gmina", "miasto"})


def _has_own_adjective(tokens: list[Token], k: int) -> bool:
    """'Urzędu Marszałkowskiego Województwa Dolnośląskiego': a territorial unit after the adjective has an adjective
    of its own after it, so the adjective before it is the head's ("Urząd Marszałkowski"), not the unit's; so has
    a unit named by its proper name ("Biblioteki Publicznej Gminy Lipno", "Orkiestry Dętej Miasta Lipna"): such
    a unit takes no adjective before it, so "Publiczna" is the library's."""
    if k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper():
        return False
    nouns = [a for a in tokens[k]._.morf if a.pos == "subst" and a.lemma.lower() in _UNIT_COMPLEMENTS]
    if nouns and tokens[k + 1].is_alpha and not _adj_readings(tokens[k + 1]):
        return True
    return any(_agree(a, n) for a in _adj_readings(tokens[k + 1]) for n in nouns)


#: Heads that name themselves by a field adjective right after them ("Wydział Ekonomiczny Uniwersytetu X",
#: "Instytut Badawczy Leśnictwa", "Centrum Medyczne Kształcenia Podyplomowego").
FIELD_NAMED_HEADS = frozenset({"wydział", "instytut", "katedra", "zakład", "pracownia", "studium", "klinika",
                               "sekcja", "koło", "kolegium", "centrum"})
#: Ordinals open a noun phrase of their own after the head ("Koło Trzeciego Wieku").
_ORDINALS = frozenset({"pierwszy", "drugi", "trzeci", "czwarty", "piąty", "szósty", "siódmy", "ósmy", "dziewiąty",
                       "dziesiąty", "wolny", "złoty"})


def _named_complement(tokens: list[Token], i: int, adj: Analysis, head: Analysis) -> bool:
    """'Wydziału Ekonomicznego Uniwersytetu Gdańskiego': after a unit's head, an adjective before a complement
    that carries its own adjective closing its name, or before a bare genitive closing the name ("Instytutu
    Badawczego Leśnictwa"), is the unit's ("Wydział Ekonomiczny"). A country's or region's
    adjective ("Koła Polskiego Związku Wędkarskiego") or a tier ("Filii Gminnej Biblioteki Publicznej") opens the
    complement's own name instead, and "Uniwersytetu Trzeciego Wieku" is a noun phrase of its own."""
    k = i + 1
    lemma = adj.lemma.lower()
    if head.lemma.lower() not in FIELD_NAMED_HEADS or lemma.endswith(("ski", "cki", "dzki")) \
            or lemma in LEVEL_ADJECTIVES | _ORDINALS:
        return False
    if k + 1 >= len(tokens) or tokens[k + 1].text.lower() in ("w", "we"):
        return True  # "Instytutu Badawczego Leśnictwa (w X)": a bare genitive closing the name is the field
    if not tokens[k + 1].text[:1].isupper():
        return False
    j = k + 1
    if j + 2 < len(tokens) and tokens[j + 1].text in DASHES and compound_stem(tokens[j]):
        j += 2  # "Uniwersytetu Warmińsko-Mazurskiego": the compound's declined last part
    nouns = [a for a in tokens[k]._.morf if a.pos == "subst"]
    own = [a for a in _adj_readings(tokens[j]) if any(_agree(a, n) for n in nouns)]
    if not own:
        return False
    return j + 1 >= len(tokens) or not any(a.pos == "subst" and _agree(b, a) for b in own for a in tokens[j + 1]._.morf)


def _hyphen_aware_nominative(word: str, adj: Analysis, number: str, gender: str) -> str:
    """'Ekonomiczno-Socjologicznym' -> 'Ekonomiczno-Socjologiczny': only the last part declines."""
    if "-" in word:
        head, _, last = word.rpartition("-")
        readings = [a for a in analyse(last.lower()) if a.pos == "adj"]
        if readings:
            return head + "-" + adjective_nominative(last, readings[0], number, gender)
        return word
    if adj.pos in ("ppas", "pact") and not ("nom" in adj.cases and gender in adj.genders):
        form = generate_form(adj.lemma, adj.pos, number, gender, degree="aff")  # "Zjednoczoną" -> "Zjednoczona"
        if form is not None:
            return match_case(form, word)
    return adjective_nominative(word, adj, number, gender)


def initials(name: str) -> str:
    """Initials of the name without its seat: 'Klub Integracji Społecznej w Będzinie' -> 'KIS'."""
    core = re.split(r"\s+(?:w|we|z|ze)\s+[A-ZĄĆĘŁŃÓŚŹŻ]", name)[0]
    return "".join(w[0] for w in re.findall(r"[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż]*", core) if w.lower() not in _SMALL_WORDS)


def venue_base(tokens: list[Token], original: str) -> str:
    return phrase_base(tokens, VENUE_HEADS, original)[0]


def plural_parent(toks: list[Token], k: int) -> bool:
    """'Związek Ochotniczych Straży Pożarnych': a genitive head whose own capitalised adjectives (before or after it)
    read as a genitive only in the plural is plural ("Straży" is both), a kind the union gathers, no parent body.
    An adjective before it that agrees with the noun before it is that noun's ("Wydział Spraw Społecznych Starostwa")."""
    for m in (k - 1, k + 1):
        if not 0 <= m < len(toks) or not toks[m].text[:1].isupper():
            continue
        genitives = [a for a in toks[m]._.morf if a.pos == "adj" and "gen" in a.cases]
        if not genitives or any(a.number != "pl" for a in genitives):
            continue
        before = [n for n in toks[m - 1]._.morf if n.pos == "subst" and "gen" in n.cases] if m == k - 1 and m else []
        if not any(n.number == "pl" and n.genders & a.genders for n in before for a in genitives):
            return True
    return False
