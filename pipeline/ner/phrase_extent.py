"""Where a name phrase of an institution or a venue begins and ends: the capitalised adjectives before its head,
the complements, quoted names, patrons, seats and branch words after it (`phrase_ranges`), and the acronyms of the
rule NER (`find_acronyms`). Split from `pipeline.ner.builtin`, which runs these rules over a document."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.lexicon.words import (
    ORG_HEADS,
    VENUE_HEADS,
    first_name,
    is_acronym_word,
    is_all_caps_word,
    is_geographic,
    is_proper_only,
    noun_lemmas,
)
from pipeline.ner.kind_names import LEGAL_FORM
from pipeline.ner.org_complements import (
    BRANCH_NOUNS,
    branch_seat,
    compound_dash,
    compound_dash_before,
    coordination_ends,
    governed_complement,
    legal_form_apposition,
    named_by_matter,
    seat_marker,
    settlement_seat,
    split_initial_dot,
    unit_named,
    verb_opens_clause,
    wrapped_name,
)
from pipeline.ner.org_coordination import (
    closes_name,
    coordinated_genitive,
    first_head,
    lords_genitive,
    next_name_begins,
    ordinal_before,
    parent_follows,
    seat_tail,
    shares_head_phrase,
    territorial_scope,
    undotted_marker,
)
from pipeline.ner.org_rules import (
    agrees_with,
    capital_city_words,
    capitals_person,
    complement_list,
    completes_title,
    head_at,
    is_adjective,
    name_part,
    own_name_word,
    parent_acronym,
    short_body_acronym,
)
from pipeline.ner.org_tails import name_tail
from pipeline.ner.person_rules import patron as _patron
from pipeline.ner.person_rules import patron_title
from pipeline.ner.person_rules import surname_candidate as _surname_candidate
from pipeline.ner.place_rules import adjective_led_locality
from pipeline.ner.readings import capitalised_indices, per_document


def phrase_ranges(
    doc: Doc, norm: str, heads: frozenset[str], blocked: set[int], with_seat: bool = True
) -> list[tuple[int, int, int]]:
    """(start, head, end) token ranges of institutional or venue name phrases.

    Institutions keep their seat when the name is generic ("Powiatowy Urząd Pracy w Myszkowie");
    venues never do ("Hala Legionów" in Kielce): the town is a place of its own.
    """
    out: list[tuple[int, int, int]] = []
    resume = 0  # the end of the last phrase: a head inside it starts none
    for i in [k for k, lemmas in _capitalised_nouns(doc) if not lemmas.isdisjoint(heads)]:  # `head_at`
        if i < resume or i in blocked:
            continue
        tok = doc[i]
        start = i
        while start - 1 >= 0 and start - 1 not in blocked and doc[start - 1].capitalised \
                and is_adjective(doc[start - 1]) and agrees_with(doc[start - 1], tok, heads) \
                and not (start >= 2 and completes_title(doc[start - 1], doc[start - 2])) \
                and not (start >= 2 and organ_tier(doc[start - 2], doc[start - 1])):
            start -= 1
            if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                    and doc[start - 2].capitalised and not doc[start - 2].whitespace_:
                start -= 2  # "Miejsko-Gminny Ośrodek"
            start = compound_dash_before(doc, start)  # "Miejsko – Gminny Ośrodek"
            if doc[start].is_sent_start:
                break
            if start >= 2 and doc[start - 1].text in ("i", "oraz") and start - 2 not in blocked \
                    and doc[start - 2].capitalised and is_adjective(doc[start - 2]) \
                    and agrees_with(doc[start - 2], tok, heads) and not doc[start - 1].is_sent_start \
                    and not closes_name(doc, start - 2, blocked):
                start -= 1  # "Powiatowa i Miejska Rada": the loop takes the first adjective next
        start = ordinal_before(doc, start, blocked, tok)  # "I Liceum Ogólnokształcące", "XIV Liceum", "16. Batalion"
        end = extend_right(doc, norm, i + 1, blocked, heads, with_seat)
        if end == i + 1 == start + 1 and shares_head_phrase(doc, i, blocked, heads):  # "Muzeum i Ośrodek Kultury X"
            end = max(end, extend_right(doc, norm, i + 3, blocked, heads, with_seat))
        out.append((start, i, end))
        resume = max(end, i + 1)
    return out


@per_document
def _capitalised_nouns(doc: Doc) -> list[tuple[int, frozenset[str]]]:
    """(index, noun lemmas) of each capitalised word with a noun reading: the head words of every kind of name are
    looked for among them (four head lists a document)."""
    return [(k, lemmas) for k in capitalised_indices(doc) if (lemmas := noun_lemmas(doc[k]))]


#: Organs named by a tier after them ("Zarząd Główny", "Zarząd Okręgowy") that head no name of their own.
_TIERED_ORGANS = frozenset({"zarząd", "prezydium", "komitet", "sztab", "kapituła"})


def organ_tier(noun: Token, adj: Token) -> bool:
    """'Zarządu Głównego Towarzystwa X': a tier adjective right after an organ noun it agrees with is the organ's
    (tier adjectives follow the noun they classify), not the first word of the body's name after it."""
    from pipeline.extract.org_names import LEVEL_ADJECTIVES

    nouns = [a for a in noun._.morf if a.pos == "subst" and a.lemma.lower() in _TIERED_ORGANS]
    return noun.capitalised and any(a.pos == "adj" and a.lemma.lower() in LEVEL_ADJECTIVES and a.cases & n.cases
                                    and a.number == n.number and a.genders & n.genders
                                    for a in adj._.morf for n in nouns)


#: A fund is money ("Europejski Fundusz Społeczny"), but a fund with a seat is the institution that manages it.
SEATED_FUNDS = frozenset({"fundusz"})


_CONNECTORS = frozenset({"i", "oraz", "-", "im.", "imienia", "nr", "nr.", "w", "we", "z", "ze", "pw.", "p.w."})
#: A generic name's seat: "Powiatowy Urząd Pracy w Lesku", "Klub Seniora z Chłopowa" (kept as written).
SEAT_PREPOSITIONS = ("w", "we", "z", "ze")


def extend_right(
    doc: Doc, norm: str, j: int, blocked: set[int], heads: frozenset[str], with_seat: bool = True
) -> int:
    """The end of a name phrase; connectors that did not lead anywhere are given back."""
    end = _extend_right_raw(doc, norm, j, blocked, heads, with_seat)
    while end > j and doc[end - 1].text.lower() in _CONNECTORS:
        end -= 1
    if end - 2 >= j and doc[end - 2].text.lower() == "na" and doc[end - 1].text.lower() == "rzecz":
        end -= 2  # "Ministerstwo Zdrowia na rzecz zdrowia dzieci": the purpose is not a name's when in lower case
    return end


def _extend_right_raw(
    doc: Doc, norm: str, j: int, blocked: set[int], heads: frozenset[str], with_seat: bool
) -> int:
    n = len(doc)
    first = j  # the token after the head
    distinctive = not with_seat  # an acronym makes a name complete without its seat: "Spółdzielnia Socjalna UHP"
    own_part = False  # a proper part read in the name itself (a quoted name, an acronym, a patron, a name word)
    host = -1  # where the body a unit is attached to ("przy Parafii X") begins
    branch = with_seat and bool(noun_lemmas(doc[j - 1]) & BRANCH_NOUNS)  # "Delegatura NFZ w X" keeps its seat
    while j < n:
        tok = doc[j]
        if tok.is_space and wrapped_name(doc, j):
            j += 1  # "Ośrodek Polityki⏎Społecznej": a hard-wrapped line inside the name
            continue
        if j in blocked or tok.is_space or verb_opens_clause(doc, j):  # "Stowarzyszenie X Zaprasza Na Festyn"
            break
        text = tok.text
        if text == '"' or text in ("„", "”", "«", "»", "“"):
            if not doc[j - 1].whitespace_ and doc[j - 1].text[:1].isalnum():
                break  # a mark glued to the word before closes a quotation: "Gazety X” i „Y”" opens no name
            close = _closing_quote(doc, j)
            if close is None:
                break
            j = close + 1
            distinctive = own_part = True  # a quoted name needs no seat: "Stowarzyszenie „Razem”"
            continue
        starts_person = first_name(tok) is not None and not _patron(doc, j) and not (  # "Fauny i Flory": a common
            j > first and doc[j - 1].text in ("i", "oraz") and any(  # genitive after "i" is no first name
                a.pos == "subst" and "gen" in a.cases and not a.names for a in tok._.morf)) and (
            j + 1 < n and _surname_candidate(doc[j + 1]) or not any("gen" in a.cases for a in tok._.morf)
            and j + 1 < n and doc[j + 1].capitalised)  # "Fundacja Merkury": a first name alone is the body's own
        if any(a.lemma in ("pan", "pani") for a in tok._.morf) and not is_all_caps_word(tok) \
                and not lords_genitive(doc, j):
            break  # "… w Białymstoku Panią Annę": the name ends where a person is addressed ("PAN" is an acronym)
        legal = LEGAL_FORM.match(norm, tok.idx) if text[:1] in "Ss" and j > first else None
        if legal:  # "Przedsiębiorstwo Ciepłownicze Sp. z o. o.": the company's legal form closes its name
            while j < n and doc[j].idx < legal.end():
                j += 1
            return j
        if tok.capitalised and not starts_person:
            if head_at(tok, heads) and j > 0 and doc[_adjectives_before(doc, j)].text not in ("-",):
                # a second institution begins ("Fundacja X Stowarzyszenie Y") unless it is a complement
                if not any("gen" in a.cases for a in tok._.morf if a.pos == "subst") \
                        and not noun_lemmas(tok) & BRANCH_NOUNS and not legal_form_apposition(doc, first, j, heads) \
                        and not _brand_head(doc[first - 1], tok) and not (host >= 0 and first_head(doc, host, j, heads)) \
                        and not any("nazwa_instytucji" in a.names for a in tok._.morf):  # "Hospicjum Caritas"
                    break  # "Towarzystwo X Oddział w Y": a branch after its parent's name stays in it
                if distinctive and any("gen" in a.cases for a in tok._.morf if a.pos == "subst") \
                        and noun_lemmas(tok) & ORG_HEADS and not noun_lemmas(tok) & BRANCH_NOUNS:
                    distinctive = False  # "Chór „Echo” Spółdzielni Mieszkaniowej w X": the parent's name is generic
            if is_all_caps_word(tok):
                if tok.text.isalpha() and len(tok.text) <= 8 and not parent_acronym(doc, first - 1, j):
                    distinctive = own_part = True
            elif own_name_word(tok, doc[j + 1] if j + 1 < n else None) and not (j + 1 < n and compound_dash(doc, j + 1)) \
                    or unit_named(doc, j):
                distinctive = own_part = True  # "Fundacja Fructus", "Urząd Marszałkowski Województwa Opolskiego" ("Szkolno -": no)
            elif j == first and _patron(doc, j):
                distinctive = own_part = True  # "Muzeum Jana Kasprowicza": a patron's name, as after "im.", needs no seat
            j += 1
            continue
        if text == "przy" and host < 0 and j + 1 < n and parent_follows(doc, j + 1, heads):
            j = host = j + 1  # "Centrum Integracji Społecznej przy Caritas X", "Klub Seniora przy Parafii Y": as written
            continue
        if text.lower() == "na" and j + 1 < n and doc[j + 1].text.lower() == "rzecz":
            j += 2  # "Stowarzyszenie na rzecz Osób Niepełnosprawnych"
            continue
        if text == "dla" and territorial_scope(doc, j):
            j += territorial_scope(doc, j)  # "Ośrodek Wsparcia Ekonomii Społecznej dla regionu koszalińskiego"
            continue
        if text == "dla" and j + 2 < n and doc[j + 1].capitalised and doc[j + 2].capitalised \
                and not head_at(doc[j + 1], heads) and first_name(doc[j + 1]) is None:
            j += 1  # "Ośrodek Terapeutyczny dla Osób Niepełnosprawnych": two capitalised words make it a name
            continue
        if text[:1].islower() and j == first and j + 1 < n and doc[j + 1].text in ('"', "„") and any(
                a.pos == "adj" or a.pos == "subst" and "gen" in a.cases for a in tok._.morf):
            j += 1  # "Zespół taneczny „Fiesta”", "Sala zabaw „Dzieciolandia”"
            continue
        if text.lower() in ("nr", "nr.") and j + 1 < n and doc[j + 1].text[:1].isdigit():
            j += 2  # "Zespół Szkół nr 1"
            continue
        if text == "p.w" and j + 2 < n and doc[j + 1].text == "." and not doc[j].whitespace_:
            j += 1  # "p.w." split as "p.w" + ".": the dot is the abbreviation's
            text = "p.w."
        marker = undotted_marker(doc, j)  # "im Jana Pawła II", "pw NMP", "p/w Serca": written without dots
        j, text = (j + 2, "pw.") if marker == "p/w" else (j, marker or text)
        if text in ("im.", "imienia", "pw.", "p.w.", "św.") and j + 1 < n and (
                doc[j + 1].capitalised or doc[j + 1].text == "św." or patron_title(doc, j + 1)):
            j += 1  # a patron's name is part of the institution's name, and a proper part: no seat
            distinctive = own_part = True
            while j < n and patron_title(doc, j):
                j += 1  # "im. prof. Jana X", "im. ks. Adama Y": the patron's title goes with the name
            patron = j if text in ("im.", "imienia") else -1  # a saint's "z X" is the body's seat
            while j < n and (doc[j].capitalised or doc[j].text in ("-", "św.") or split_initial_dot(doc, j)
                             or doc[j].text == "i" and j + 1 < n and first_name(doc[j + 1]) is not None) \
                    and j not in blocked \
                    and not (any(a.lemma in ("pan", "pani") for a in doc[j]._.morf if not is_all_caps_word(doc[j]))
                             and not lords_genitive(doc, j)):
                j += 1
                if 0 <= patron < j and j + 1 < n and doc[j].text in ("z", "ze") and doc[j + 1].capitalised \
                        and first_name(doc[j - 1]) is not None:
                    j += 1  # "im. Jakuba z Gostynina", "im. św. Matki Teresy z Kalkuty": a first name and whence
            continue
        capital = capital_city_words(doc, j)
        if capital:
            j += capital  # "Urzędu Miasta st. Warszawy", "Centrum X m.st. Warszawa": the city's title goes with it
            continue
        if text == "," and complement_list(doc, j, heads):
            j += 1  # "Ministerstwo Rodziny, Pracy i Polityki Społecznej"
            continue
        if text in ("i", "oraz") and j + 1 < n and doc[j + 1].capitalised and not next_name_begins(doc, j + 1, heads, doc[first - 1]) \
                and not coordination_ends(doc, first, j) and not all(agrees_with(t, doc[first - 1], heads) for t in doc[first:j]) \
                and coordinated_genitive(doc[j + 1], doc[j - 1]) \
                and not any(a.pos.startswith("ppron") for a in doc[j + 1]._.morf):  # "oraz Jego Zastępca"
            j += 1
            continue
        if text == "-" and j + 1 < n and doc[j + 1].capitalised and not doc[j - 1].whitespace_ or compound_dash(doc, j):
            j += 1
            continue
        if own_part and text == "ds." and j + 1 < n and doc[j + 1].text[:1].islower() \
                and not named_by_matter(doc, first - 1):
            break  # "pełnomocnik Zarządu Fundacji Lipa ds. wolontariatu": a name with its own proper part is
            # complete; the lower-case matter is a title's portfolio (a collegial body, "Komisja Rady Gminy X ds.
            # oświaty", is named by its matter)
        complement = governed_complement(doc, j, heads, blocked) or name_tail(doc, j, first, distinctive)
        if complement:  # "Fundacja Pomocy dla Dzieci"; a tail (`org_tails`): "Klub Senior +" (no seat, as "Senior+")
            j, distinctive = j + complement, distinctive or doc[j + complement - 1].text == "+"
            continue
        if text.lower() in ("z", "ze") and j + 1 < n and _with_complement(doc[j + 1]) and (
                doc[j - 1].text.isdigit()  # "Przedszkole nr 2 z Oddziałami Integracyjnymi"
                or doc[j - 1].capitalised and not head_at(doc[j - 1], heads)
                and any("gen" in a.cases for a in doc[j - 1]._.morf)):
            j += 1  # "Wydział Współpracy z Organizacjami Pozarządowymi": "z" with the instrumental is no seat
            while j < n and j not in blocked and _with_complement(doc[j]):
                j += 1  # its words, a head among them ("Organizacjami"), belong to this name
            continue
        if not distinctive and seat_marker(doc, j):
            j += seat_marker(doc, j)  # "Biblioteka Publiczna z/s w Brniu": the seat announced, as written
            text = doc[j].text
        if (text.lower() in SEAT_PREPOSITIONS or settlement_seat(doc, j)) and (not distinctive or branch_seat(doc, j) or branch) and j + 1 < n \
                and doc[j + 1].capitalised \
                and (is_geographic(doc[j + 1]) or is_proper_only(doc[j + 1]) or name_part(doc[j + 1])
                     or adjective_led_locality(doc, j + 1, blocked)) and not office_follows(doc, j + 1, heads):
            k = j + 2
            while k < n:
                if doc[k].text == "-" and not doc[k - 1].whitespace_ and k + 1 < n and doc[k + 1].capitalised:
                    k += 2  # "w Kędzierzynie-Koźlu"
                    continue
                if not doc[k].capitalised or "\n" in doc[k - 1].whitespace_:
                    break
                if k == j + 2 and adjective_led_locality(doc, j + 1, blocked):
                    k += 1  # "w Starym Mieście": the register's two-word locality ("Mieście" reads as a verb too)
                    continue
                if head_at(doc[k], heads) and not noun_lemmas(doc[k]) & BRANCH_NOUNS or first_name(doc[k]) is not None \
                        or not doc[k - 1].whitespace_ \
                        or not is_geographic(doc[k]) and any(a.pos in _FUNCTION_POS for a in doc[k]._.morf) \
                        or any(a.lemma in ("pan", "pani") for a in doc[k]._.morf) or not _locality_part(doc, k, j + 1):
                    break
                k += 1
            if k < n and doc[k].text.lower() in SEAT_PREPOSITIONS and branch_seat(doc, k):
                j = k  # "Ośrodek X w Lubaniu Oddział w Starym Polu": the branch's own seat follows
                continue
            return seat_tail(doc, j + 1, k, blocked)  # "w Radomyślu nad Sanem", "z Góry Świętej Małgorzaty"
        break
    return j


def _locality_part(doc: Doc, k: int, first: int) -> bool:
    """'Mazowieckiem' after "w Wysokiem", 'Woli' after "w Stalowej": a seat goes on with geographic words, adjectives
    in the seat's case or words the dictionary does not know, not with "Złotą Odznaką" or "Pkt" after it."""
    from pipeline.extract.place_checks import ABBREVIATED

    readings = doc[k]._.morf
    if is_geographic(doc[k]) or name_part(doc[k]) or not readings or all(a.pos == "ign" for a in readings):
        return True
    if k + 1 < len(doc) and doc[k + 1].text == "." and not doc[k].whitespace_ and doc[k].text + "." in ABBREVIATED:
        return True  # "z Mińska Maz.": the town's abbreviated adjective ("Maz" is also a surname's genitive)
    cases = {c for a in doc[first]._.morf if a.pos in ("subst", "adj") for c in a.cases}
    return any(a.pos == "adj" and a.cases & cases for a in readings)


def _adjectives_before(doc: Doc, j: int) -> int:
    """The token before the capitalised adjectives that lead up to j ("Jezior- Lokalna Grupa": the dash)."""
    k = j - 1
    while k > 0 and doc[k].capitalised and is_adjective(doc[k]):
        k -= 1
    return k


def _with_complement(tok: Token) -> bool:
    """A capitalised common word only in the instrumental ("z Organizacjami", "z Zagranicą"): a seat is
    "z" with the genitive."""
    readings = [a for a in tok._.morf if a.pos in ("subst", "adj")]
    common = [a for a in readings if set(a.names) <= {"nazwa_pospolita"}]  # "Oddziałami": a village's name too
    return tok.capitalised and bool(common) and all("inst" in a.cases and "gen" not in a.cases for a in readings)


def _noun_cases(tok: Token) -> set[str]:
    return {c for a in tok._.morf if a.pos == "subst" for c in a.cases}


def _brand_head(head: Token, tok: Token) -> bool:
    """'w Hali Sportowej Energa Arena', 'na Stadionie Miejskim Arena Lipno': a head noun inside a name that cannot
    stand in the case of the phrase's own head is a word of the name, not a second body's head (both in one case:
    "Fundacja X Stowarzyszenie Y" are two)."""
    head_cases, cases = _noun_cases(head), _noun_cases(tok)
    return bool(head_cases and cases) and not head_cases & cases


def _closing_quote(doc: Doc, j: int) -> int | None:
    for k in range(j + 1, min(len(doc), j + 14)):
        if doc[k].text in ('"', "”", "“", "»", "«"):
            return k
        if "\n" in doc[k].text:
            return None
    return None


_FUNCTION_POS = frozenset({"prep", "conj", "comp", "qub", "adv", "ppron12", "ppron3", "siebie", "interj", "pred",
                           "num", "fin", "praet", "impt", "inf", "bedzie"})


#: Letters no Polish word begins with: a word in capitals holding one is no string of initials.
_NO_INITIALS = frozenset("ÓĄĘŃ")


def find_acronyms(doc: Doc, blocked: set[int]) -> list[int]:
    out = []
    surname = -1
    for i in capitalised_indices(doc):  # capitals first
        tok = doc[i]
        text = tok.text
        if i in blocked or not (is_acronym_word(text) or short_body_acronym(doc, i)) or i == surname:
            continue
        if capitals_person(doc, i):
            surname = i + 1
            continue
        if len(text) <= 3 and any(a.pos in _FUNCTION_POS for a in tok._.morf):
            continue  # "DLA", "NIE", "JAK" in a shouted heading; "PUP" (also a noun form) stays
        if all(c in "IVXLCDM" for c in text):
            continue
        if len(text) > 3 and noun_lemmas(tok) & (ORG_HEADS | VENUE_HEADS):
            continue  # "DYREKTOR SZKOŁY" in a shouted line: an institution's head word, no acronym
        if set(text) & _NO_INITIALS or len(text) >= 5 and any(a.pos == "adj" for a in tok._.morf):
            continue  # "QMAMÓW", "ZIELONY": a shouted word (no Polish word begins with Ó, Ą, Ę, Ń), not initials
        if len(text) >= 5 and i + 1 < len(doc) and doc[i + 1].text in ('"', "„", "“", "«") and any(
                a.pos == "subst" and a.lemma.islower() for a in tok._.morf):
            continue  # "PROJEKT „X”", "KONKURS „Y”": a shouted common noun before a quoted title is its kind word
        out.append(i)
    return out


def office_follows(doc: Doc, k: int, heads: frozenset[str]) -> bool:
    """'w Podlaskim Urzędzie Wojewódzkim': after "w" come adjectives and an institution, not a seat."""
    while k < len(doc) and doc[k].capitalised and is_adjective(doc[k]) and not head_at(doc[k], heads):
        k += 1
    if k < len(doc) and head_at(doc[k], heads) and is_geographic(doc[k]) and not (
            k + 1 < len(doc) and doc[k + 1].capitalised):
        return False  # "w Kole": a town named like a head, with no name of a body after it, is the seat
    return k < len(doc) and head_at(doc[k], heads)
