"""Questions the rule NER (`pipeline.ner.builtin`) asks of an organization or venue phrase: do its adjectives
agree with its head, is it a kind rather than a name ("Rada Sołecka", "organizacje pozarządowe"), does a
word of its own make a seat unnecessary, which village names follow "sołectwo".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.lexicon.words import (
    NAME_ONLY_HEADS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    PLURAL_NAME_HEADS,
    VENUE_HEADS,
    first_name,
    has_common_reading,
    is_acronym_word,
    is_all_caps_word,
    is_capitalised,
    is_geographic,
    is_proper_only,
    noun_lemmas,
)
from pipeline.ner.org_complements import BRANCH_NOUNS, listed_numbers, spelled_elsewhere
from pipeline.ner.org_units import town_adjective

#: Pronominal adjectives never start a name: "Nasza Spółdzielnia", "Ta Fundacja".
PRONOMINAL = frozenset({"nasz", "wasz", "ten", "tamten", "każdy", "który", "swój", "mój", "twój", "jakiś",
                        "cały", "inny", "ów", "taki", "wszystek", "sam"})


def is_adjective(tok: Token) -> bool:
    readings = [a for a in tok._.morf if a.pos in ("adj", "ppas", "pact")]
    return bool(readings) and not any(a.lemma.lower() in PRONOMINAL for a in readings)


#: Adjectives that complete the title before them ("Dyrektora Generalnego", "Redaktora Naczelnego"), not the name
#: after them ("Dyrektora Generalnego Krajowego Ośrodka X" -> "Krajowy Ośrodek X").
TITLE_ADJECTIVES = {"dyrektor": frozenset({"generalny", "naczelny", "wykonawczy"}),
                    "sekretarz": frozenset({"generalny"}), "konsul": frozenset({"generalny"}),
                    "komisarz": frozenset({"generalny"}), "redaktor": frozenset({"naczelny"})}


def completes_title(adj: Token, before: Token) -> bool:
    """The adjective agrees with the title noun before it and is one that title takes."""
    for n in before._.morf:
        allowed = TITLE_ADJECTIVES.get(n.lemma.lower()) if n.pos == "subst" else None
        if allowed and any(a.pos == "adj" and a.lemma.lower() in allowed and a.cases & n.cases
                           and a.number == n.number and (not a.genders or a.genders & n.genders)
                           for a in adj._.morf):
            return True
    return False


def agrees_with(adj: Token, head: Token, heads: frozenset[str]) -> bool:
    """An adjective belongs to the name only if it agrees with the head noun in case and gender."""
    nouns = [a for a in head._.morf if a.pos in ("subst", "depr") and a.lemma.lower() in heads]
    for a in adj._.morf:
        if a.pos not in ("adj", "ppas", "pact"):
            continue
        for h in nouns:
            if a.cases & h.cases and (not a.genders or not h.genders or a.genders & h.genders) \
                    and (a.number is None or a.number == h.number):
                return True
    return False


def head_at(tok: Token, heads: frozenset[str]) -> bool:
    return tok.capitalised and not noun_lemmas(tok).isdisjoint(heads)


def genitive_noun(tok: Token) -> bool:
    return tok.capitalised and any(a.pos == "subst" and "gen" in a.cases and not a.names for a in tok._.morf)


def complement_list(doc: Doc, j: int, heads: frozenset[str]) -> bool:
    """A comma between capitalised genitive complements that a later "i" closes: "Rodziny, Pracy i Polityki"."""
    if j == 0 or j + 1 >= len(doc) or not genitive_noun(doc[j - 1]) or not genitive_noun(doc[j + 1]) \
            or head_at(doc[j + 1], heads):
        return False
    for k in range(j + 2, min(len(doc) - 1, j + 5)):
        if doc[k].text in ("i", "oraz"):
            return genitive_noun(doc[k + 1])
        if not (doc[k].capitalised or doc[k].text == ","):
            return False
    return False


def own_name_word(tok: Token, nxt: Token | None = None) -> bool:
    """'Lupa' in "Spółdzielnia Socjalna Lupa", 'Fructus' in "Fundacja Fructus": a capitalised word after the
    head that stays in the nominative, not a complement ("Pomocy Społecznej", "Pomocy Rodzinie") nor an adjective
    ("Socjalna"), is the body's own name, so the name needs no seat."""
    if tok.text.endswith("+") and tok.text[:-1].isalpha():
        return True  # "Klub Senior+", "Dzienny Dom Senior+": a programme's mark makes the word a proper part (1042)
    readings = tok._.morf
    if not readings or all(a.pos == "ign" for a in readings):
        return tok.is_alpha  # a word the dictionary does not know ("Fructus") is the body's own
    if any(a.pos in ("adj", "ppas", "pact", "adja") for a in readings):
        return False
    nouns = [a for a in readings if a.pos in ("subst", "depr")]
    # "Życie" is also a surname's dative: the common word decides; "Pisz" in "Nadleśnictwo Pisz", the town's
    nouns = [a for a in nouns if not a.names] or [a for a in nouns if "nazwa_geograficzna" in a.names] or nouns
    # "Stowarzyszenie Razem", "Fundacja Zawsze Blisko"; not the first part of a spaced compound adjective
    # ("Izba Przemysłowo Handlowa"): an adverb before a capitalised adjective
    adverb = any(a.pos == "adv" for a in readings) and not (
        nxt is not None and nxt.text[:1].isupper() and any(a.pos == "adj" for a in nxt._.morf))
    return (adverb or any("nom" in a.cases for a in nouns)) and not any(a.cases & {"gen", "dat"} for a in nouns)


#: Heads of units that do not stand without a parent: an acronym after their complement is the parent's.
SUBUNIT_HEADS = frozenset({"katedra", "wydział", "zakład", "oddział", "filia", "instytut", "departament", "biuro",
                           "sekcja", "referat", "klinika", "pracownia", "laboratorium", "rada",
                           "komenda", "koło", "hufiec"})  # a service's and an association's local units
#: Facilities a body runs, named by their function ("Centrum Konferencyjne", "Ośrodek Szkoleniowy"): an acronym
#: right after the head and its adjectives is the body that runs it.
FACILITY_HEADS = frozenset({"centrum", "ośrodek"})


def parent_acronym(doc: Doc, head: int | None, k: int) -> bool:
    """'PWSZ' in "Katedra Pedagogiki PWSZ w Koninie", 'OHP' in "Ośrodek Szkolenia i Wychowania OHP w Mrągowie"
    when "OHP" also stands alone: an acronym after the head's genitive complement is the parent body's (a further
    genitive), not the unit's own name. A state ("RP", "USA") is no parent body; an acronym that spells the name's
    initials ("Centrum Integracji Społecznej CISPOL") is the name's own."""
    if head is None or k <= head or doc[k].text in NON_ORG_ACRONYMS:
        return False
    before = doc[k - 1]
    initials = "".join(t.text[0] for t in doc[head:k] if t.capitalised and not is_all_caps_word(t))
    units = SUBUNIT_HEADS | FACILITY_HEADS
    if k - 1 == head or not any("gen" in a.cases for a in before._.morf if a.pos in ("subst", "adj")) or (
            noun_lemmas(doc[head]) & FACILITY_HEADS and all(agrees_with(t, doc[head], units) for t in doc[head + 1:k])):
        # "Gminna Rada KGW", "Laboratorium Kryminalistyczne KWP", "Centrum Konferencyjne UXM w X" (in any case: its
        # adjectives agree with the head): right after a unit's or a facility's head and its adjectives an acronym
        # stands for the genitive of the body it belongs to
        return before.capitalised and not is_all_caps_word(before) \
            and (len(initials) < 2 or initials[:2] not in doc[k].text.upper()) \
            and bool(noun_lemmas(doc[head]) & units) and all(
                t.capitalised and (i == head or agrees_with(t, doc[head], units))
                for i, t in enumerate(doc[head:k], start=head))
    if not before.capitalised or is_all_caps_word(before):
        return False
    if initials[:2] in doc[k].text.upper():
        return False
    if noun_lemmas(doc[head]) & SUBUNIT_HEADS or spelled_elsewhere(doc, doc[k].text, head):
        return True
    return any(t.text == doc[k].text and i != k and not (i and doc[i - 1].capitalised and not doc[i - 1].is_sent_start)
               for i, t in enumerate(doc))


#: Rooms and buildings of an institution: "w sali Biblioteki Gminnej", "halę Miejskiego Ośrodka Sportu".
ROOM_NOUNS = frozenset({"sala", "hala", "aula", "siedziba", "budynek", "gmach", "pracownia", "pomieszczenie", "mury"})


def located_name(doc: Doc, start: int, head: int, end: int) -> bool:
    """'w Bibliotece Międzyuczelnianej', 'w sali Biblioteki Gminnej': a capitalised head with its adjective, named as
    the place where something is, mid-sentence, is one institution, not a kind."""
    if start < 1 or doc[start].is_sent_start or end - start < 2:
        return False  # a head alone ("w Izbie") is a short back-reference, not a name
    heads = [a for a in doc[head]._.morf if a.pos == "subst" and a.lemma.lower() in ORG_HEADS]
    before = doc[start - 1]
    if before.text.lower() in ("w", "we"):
        return any("loc" in a.cases for a in heads)
    return before.text[:1].islower() and any(a.pos == "subst" and a.lemma in ROOM_NOUNS for a in before._.morf) \
        and any("gen" in a.cases for a in heads)


def named_by_complement(doc: Doc, start: int, head: int, end: int) -> bool:
    """'Ministerstwo Cyfryzacji', 'Rada Ministrów', 'Departament Rybołówstwa': a capitalised head with one capitalised
    common genitive noun after it, mid-sentence, is a name (a head with adjectives only, "Rada Sołecka", is a kind)."""
    if end - start != 2 or head != start:
        return False  # at a sentence's start too: the complement's capital is its own ("Konwent Marszałków zaprasza")
    t = doc[end - 1]
    return t.capitalised and not any(a.pos == "adj" for a in t._.morf) and any(
        a.pos == "subst" and "gen" in a.cases and not a.names for a in t._.morf)


#: Units named by their village: "z sołectwa Bończa", "sołectwa: Będków, Rząśnia".
VILLAGE_UNITS = frozenset({"sołectwo"})
_VILLAGE_UNIT_STEM = "sołect"  # every form of "sołectwo" begins so: a cheap test before the readings


def find_village_units(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """Token ranges of the village names after "sołectwo" (a list after "sołectwa:" gives one each); the name
    is a geographic word or one the dictionary does not know, not "Wójt" nor a person's first name."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if not tok.text[:6].lower().startswith(_VILLAGE_UNIT_STEM) or not noun_lemmas(tok) & VILLAGE_UNITS:
            continue
        shouted = tok.text.isupper()  # "SOŁECTWO OSIECZNO": in a shouted heading the village is upper-case too
        j = i + 1 + (i + 1 < n and doc[i + 1].text == ":")
        if j < n and not doc[j].capitalised and "wieś" in noun_lemmas(doc[j]):
            j += 1  # "sołectwa wsi Czarkowo, Nacław": the villages named after "wsi"
        first = True
        while j < n and j not in blocked and village_word(doc[j]) and (shouted or not doc[j].text.isupper()):
            k = _village_end(doc, j, blocked)
            if first and k + 1 < n and doc[k].text == "i" and village_word(doc[k + 1]) and not shouted \
                    and not doc[k + 1].text.isupper() \
                    and not any(a.number == "pl" for a in tok._.morf if a.pos == "subst"):
                out.append((j, _village_end(doc, k + 1, blocked)))  # "Sołectwo Kijewo i Kosowizna": one of two villages
                break
            first = False
            out.append((j, k))
            if k + 1 < n and doc[k].text in (",", "i", "oraz") and village_word(doc[k + 1]) \
                    and (shouted or not doc[k + 1].text.isupper()):  # "Sołectwo X oraz KGW X": a body's acronym
                j = k + 1
                continue
            break
    return out


def _village_end(doc: Doc, j: int, blocked: set[int]) -> int:
    """The end of a village's name at j: "Żary-Rychłowiec", "Wólka Żabna", "Wola Zaleska"."""
    k = j + 1
    while k < len(doc) and k not in blocked and (
            doc[k].text == "-" and not doc[k - 1].whitespace_ and k + 1 < len(doc) and doc[k + 1].capitalised
            or doc[k - 1].text == "-" and doc[k].capitalised
            or doc[k - 1].whitespace_ == " " and (village_word(doc[k]) or doc[k].capitalised and is_adjective(doc[k]))):
        k += 1
    return k


def village_word(tok: Token) -> bool:
    return tok.capitalised and tok.is_alpha and not noun_lemmas(tok) & ORG_HEADS \
        and (is_geographic(tok) or first_name(tok) is None and not has_common_reading(tok))


def agrees_beyond_genitive(adj: Token, head: Token) -> bool:
    """'Krzyżackim' agrees with 'Zamku' in the locative; 'Poznańskiego' with 'Pałacu' only in the genitive, where
    it may as well be a genitive name of its own (the palace of the Poznański family)."""
    nouns = [a for a in head._.morf if a.pos in ("subst", "depr") and a.lemma.lower() in VENUE_HEADS]
    # "do Ogrodu Zoologicznego": a genitive agreement counts when the word cannot be a family's name
    cases_that_count = {"gen"} if any("nazwisko" in a.names for a in adj._.morf) else set()
    return any(a.pos == "adj" and (a.cases & h.cases) - cases_that_count and a.number == h.number
               and (not a.genders or not h.genders or a.genders & h.genders)
               for a in adj._.morf for h in nouns)  # "Pałac Branickich": a plural genitive-accusative is a family's


FUNDING_LEFT = re.compile(r"(?:środków|finansowan\w*(?:\s+(?:przez|z|ze))?|funduszy|budżetu|ramach|rozporządzeni\w*|"
                           r"dyrektyw\w*)\s+$", re.IGNORECASE)


def after_person_in_brackets(doc: Doc, start: int, people: set[int]) -> bool:
    """'Anna Kos (Stowarzyszenie Razem)': a name in brackets right after a person is their organization,
    however plain its words."""
    return start >= 2 and doc[start - 1].text in ("(", "[") and start - 2 in people


def generic_plural(doc: Doc, head: int, end: int) -> bool:
    """'Centra Integracji Społecznej', 'organizacje pozarządowe': a plural head names a kind, not a body,
    unless a quote or an acronym makes it a name."""
    readings = [a for a in doc[head]._.morf if a.pos in ("subst", "depr") and a.lemma.lower() in ORG_HEADS]
    if not readings or any(a.number != "pl" for a in readings) or readings[0].lemma.lower() in PLURAL_NAME_HEADS:
        return False
    return not any(t.text in ('"', "„", "”") or is_all_caps_word(t) for t in doc[head:end])


_SEAT_WORDS = ("w", "we", "z", "ze")


def seats_follow(doc: Doc, head: int, end: int) -> bool:
    """'Domów Samopomocy w A i w B', 'Kół Gospodyń Wiejskich z: A, B': coordinated seats after a plural kind
    name one body per seat, so the kind is kept for the extractor to distribute."""
    n = len(doc)
    if listed_numbers(doc, end):
        return True  # "Gimnazjów nr 1 i nr 3": one body per number
    if end + 2 < n and doc[end].text.lower() in _SEAT_WORDS and doc[end + 1].text == ":":
        return is_capitalised(doc[end + 2])
    if end + 1 >= n or doc[end].text not in (",", "i", "oraz") \
            or not any(t.text.lower() in _SEAT_WORDS for t in doc[head + 1:end]):
        return False
    k = end + 2 if doc[end + 1].text.lower() in _SEAT_WORDS and end + 2 < n else end + 1
    return is_capitalised(doc[k]) and is_geographic(doc[k])


#: Adjectives of a village's own bodies, shaped like place-derived ones but naming a kind ("Rada Sołecka",
#: "Świetlica Wiejska": docs/annotation.md, village bodies).
VILLAGE_KIND_ADJECTIVES = frozenset({"sołecki", "wiejski"})


def is_generic(doc: Doc, start: int, end: int) -> bool:
    """No proper name, quote, acronym or place in a name of fewer than three words."""
    words = [t for t in doc[start:end] if t.is_alpha or '"' in t.text]
    if len(words) >= 3:
        return False
    for k, tok in enumerate(doc[start:end]):
        if tok.text in ('"', "„", "”", "im.", "imienia", "św.", "+") or is_all_caps_word(tok) and len(tok.text) <= 10 \
                and not noun_lemmas(tok) & (ORG_HEADS | VENUE_HEADS):  # "DYREKTOR SZKOŁY": a shouted head word
            return False  # a quote, an acronym, a patron ("Stowarzyszenie św. Anny") or a "+" is a proper part
        if tok.text.lower() == "nr" and start + k + 1 < end and doc[start + k + 1].text.isdigit():
            return False  # "Gimnazjum nr 2": the number names one unit
        if is_proper_only(tok):
            return False
        if k > 0 and tok.text[:1].isupper() and any(
                a.pos == "adj" and a.lemma.endswith(("ski", "cki", "dzki")) and a.lemma not in VILLAGE_KIND_ADJECTIVES
                for a in tok._.morf):
            return False  # a place-derived adjective names it: "Uniwersytet Opolski", "Filharmonia Zielonogórska"
        if k == 0 and any(a.pos == "adj" and town_adjective(a.lemma) for a in tok._.morf):
            return False  # before the head only a town's adjective does ("Opolska Filharmonia"; not "Miejska")
    return True


def group_from_town(doc: Doc, start: int, head: int, end: int) -> bool:
    """'Drużyna z Lipna wygrała': a bare head capitalised only by its sentence, with "z" and a town after it,
    names a group from the town, not a body ("Zespół Szkół z Lipna"; mid-sentence "Zespół z Lipna" is a name)."""
    return start == head and doc[start].is_sent_start and end - start >= 3 \
        and doc[start + 1].text.lower() in ("z", "ze") and all(doc[k].capitalised for k in range(start + 2, end))


def parentless_branch(doc: Doc, start: int, head: int, end: int) -> bool:
    """'Oddział dla Dzieci', 'Filia nr 1 naszej biblioteki', 'Oddziału w X': a branch names one body only with its
    parent (a genitive institution, "Oddział X Towarzystwa Y", or its acronym, "Delegatura NFZ") or a regional
    adjective ("Śląski Oddział"); a ward, a library's room or a bare branch with its seat has none of them."""
    if not noun_lemmas(doc[head]) & BRANCH_NOUNS:
        return False
    for k in range(start, end):
        t = doc[k]
        if k == head or not t.capitalised:
            continue
        if is_acronym_word(t.text) and t.text not in NON_ORG_ACRONYMS:
            return False
        if k > head and any(a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORG_HEADS | NAME_ONLY_HEADS
                            for a in t._.morf):
            return False
        if any(a.pos == "adj" and a.lemma.endswith(("ski", "cki", "dzki")) for a in t._.morf):
            return False
    return True


#: Event words that look like institutional heads: "Warsztaty „Jak założyć spółdzielnię?”" is an event.
EVENT_TITLE_HEADS = frozenset({"warsztat", "warsztaty", "forum", "konferencja", "szkolenie", "targi", "festiwal"})


def is_event_title(doc: Doc, start: int, end: int) -> bool:
    head = next((t for t in doc[start:end] if noun_lemmas(t) & ORG_HEADS), None)
    if head is None or not noun_lemmas(head) & EVENT_TITLE_HEADS:
        return False
    return any(t.text in ('"', "„", "”") for t in doc[start:end])


def quoted_tokens(doc: Doc) -> set[int]:
    """Tokens inside quotation marks: titles and names ("Smaki Doliny Dunajca"), not places."""
    inside: set[int] = set()
    open_at: int | None = None
    for t in doc:
        if t.text in ("„", "“") or (t.text == '"' and open_at is None):
            open_at = t.i
        elif t.text in ("”", '"') and open_at is not None:
            inside.update(range(open_at + 1, t.i))
            open_at = None
        elif "\n" in t.text:
            open_at = None
    return inside


def name_part(tok: Token) -> bool:
    """'Jeleniej' in "w Jeleniej Górze": the first word of a geographic name of several words."""
    return any("człon_nazwy_geograficznej" in a.names for a in tok._.morf)


_CAPITAL_CITY = ("st.", "m.st.", "m. st.")


def capital_city_words(doc: Doc, j: int) -> int:
    """How many tokens at j spell "st." / "m.st." before a capitalised name (0 if none)."""
    joined = ""
    for k in range(j, min(len(doc) - 1, j + 3)):
        joined += doc[k].text + doc[k].whitespace_
        if joined.strip() in _CAPITAL_CITY and doc[k].whitespace_ and doc[k + 1].capitalised:
            return k + 1 - j
        if joined.strip() not in ("m", "m.", "m.st", "m. st") and not doc[k].whitespace_ == "":
            break
    return 0


def capitals_person(doc: Doc, i: int) -> bool:
    """'EWA KOT', 'Pani ADA LIS': a first name in capitals (SGJP 'imię') before another word in capitals opens a
    person's name written in capitals; neither word is an acronym."""
    return i + 1 < len(doc) and is_all_caps_word(doc[i + 1]) and doc[i + 1].is_alpha and any(
        "imię" in a.names for a in doc[i]._.morf if a.pos == "subst")


_BODY_NAME_CATEGORIES = frozenset({"nazwa_instytucji", "nazwa_organizacji"})


def short_body_acronym(doc: Doc, i: int) -> bool:
    """'UJ', 'PK': two capitals are too short to be taken for initials on their own, but a pair the dictionary names
    as an institution or organization (SGJP) is one, standing alone; a state or a kind ("RP", "SP") is not, nor a
    pair inside a longer name ("RPO WP", "KP Owlex", "OWES SP")."""
    text = doc[i].text
    if len(text) != 2 or not text.isalpha() or not text.isupper() or text in NON_ORG_ACRONYMS:
        return False
    before = doc[i - 1] if i > 0 and not doc[i].is_sent_start else None  # "Dziękujemy UJ": the sentence's capital
    if i + 1 < len(doc) and doc[i + 1].capitalised or before is not None and before.capitalised and (
            not before.is_sent_start or is_all_caps_word(before)):
        return False
    morf = doc[i]._.morf  # "SP" is also the abbreviation of a kind ("Szkoła Podstawowa"): no one body alone
    return any(_BODY_NAME_CATEGORIES & set(a.names) for a in morf) and not any(a.pos == "brev" for a in morf)
