"""What Polish institution names carry after their head besides capitalised genitives: a prepositional complement
the name governs ("Fundacja Pomocy dla Dzieci", "Ruch Kobiet do Walki z Chorobą"), a compound adjective written with
a spaced dash ("Szkoła Handlowo – Techniczna"), a branch and its own seat ("Towarzystwo X Oddział w Y"); and where a
coordination stops belonging to the name ("Ministerstwo A i B oraz C" glues a second body with "oraz").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.lexicon.words import (
    first_name,
    is_all_caps_word,
    is_capitalised,
    is_geographic,
    is_proper_only,
    noun_lemmas,
)
from pipeline.text.morphology import PREP_CASES

#: Prepositions whose complement completes a name's purpose or scope: "dla Osób", "do Walki", "od Pokuty",
#: "przeciw Przemocy", "ds. Ekonomii". Seat-like prepositions ("w", "z", "nad", "przy") are handled apart:
#: after them a capitalised word is usually a place or a second body.
_COMPLEMENT_CASES: dict[str, frozenset[str]] = {
    "dla": PREP_CASES["dla"], "do": PREP_CASES["do"], "od": PREP_CASES["od"],
    "przeciw": frozenset({"dat"}), "przeciwko": frozenset({"dat"}), "wobec": frozenset({"gen"}),
    "ds.": frozenset({"gen"}),
}
#: Collegial bodies and units named by a matter of their own: "Rady ds. Rozwoju Wsi", "Zespołu ds. Dostępności".
MATTER_BODIES = frozenset({"rada", "komisja", "zespół", "komitet", "biuro", "centrum", "forum", "kolegium"})
#: "Chorych na Cukrzycę": an adjective inside the name governs "na" with the accusative.
_ADJECTIVE_PREPOSITION = {"na": frozenset({"acc"})}
#: Units that do not stand alone and take a seat of their own after their parent's name ("… Oddział w Y").
BRANCH_NOUNS = frozenset({"oddział", "filia", "delegatura", "ekspozytura", "placówka", "okręg"})
_CLOSING_QUOTES = frozenset({"”", '"', "»", "“"})
DASHES = ("-", "–", "—")
#: Legal forms written before a body's own name in apposition: "Stowarzyszenie Lokalna Grupa Działania X".
LEGAL_FORMS = frozenset({"stowarzyszenie", "fundacja"})


def _common_noun_in(tok: Token, cases: frozenset[str]) -> bool:
    """A capitalised common noun (no name category) with a reading in one of `cases`."""
    return is_capitalised(tok) and any(
        a.pos in ("subst", "ger") and a.cases & cases and set(a.names) <= {"nazwa_pospolita", "nazwa pospolita"}
        for a in tok._.morf)


def _adjective_in(tok: Token, cases: frozenset[str]) -> bool:
    return is_capitalised(tok) and any(a.pos in ("adj", "ppas", "pact") and a.cases & cases for a in tok._.morf)


def governed_complement(doc: Doc, j: int, heads: frozenset[str], blocked: set[int]) -> int:
    """How many tokens at j open a prepositional complement of the name (0 if none): the preposition (and
    "spraw" of "do spraw") when a capitalised common noun, or an adjective before one, follows in the case the
    preposition governs, and that noun is neither a place, a person, nor a second institution."""
    n = len(doc)
    text = doc[j].text.lower()
    step = 1
    if text == "do" and j + 2 < n and doc[j + 1].text.lower() == "spraw":
        text, step = "ds.", 2  # "Komitet do spraw Ekonomii Społecznej"
    cases = _COMPLEMENT_CASES.get(text)
    if cases is None and text in _ADJECTIVE_PREPOSITION and j > 0 and any(
            a.pos in ("adj", "ppas", "pact") for a in doc[j - 1]._.morf) and is_capitalised(doc[j - 1]):
        cases = _ADJECTIVE_PREPOSITION[text]
    k = j + step
    if cases is None or k >= n or k in blocked:
        return 0
    if text == "ds." and doc[k].text[:1].islower():
        scope = _lower_scope(doc, k, blocked)  # "Zespół Interdyscyplinarny ds. przeciwdziałania przemocy domowej"
        return step + scope if scope else 0
    while k + 1 < n and k + 1 not in blocked and _adjective_in(doc[k], cases) and not _common_noun_in(doc[k], cases):
        k += 1  # "dla Osób Niepełnosprawnych", "dla Młodych Rodzin"
    noun = doc[k]
    if not _common_noun_in(noun, cases) or noun_lemmas(noun) & heads or is_geographic(noun) \
            or is_proper_only(noun) or first_name(noun) is not None:
        return 0
    return step


def _genitive_word(tok: Token) -> bool:
    return tok.text.isalpha() and tok.text.islower() and any(
        a.pos in ("subst", "ger", "adj", "ppas", "pact") and "gen" in a.cases for a in tok._.morf)


def _lower_scope(doc: Doc, k: int, blocked: set[int]) -> int:
    """How many lower-case words at k make the genitive scope after "ds." (a name's own words whatever their case):
    genitive nouns, gerunds and adjectives, joined by "i" or with "w" and a locative ("przemocy w rodzinie")."""
    n, start = len(doc), k
    while k < n and k not in blocked:
        if _genitive_word(doc[k]):
            k += 1
        elif doc[k].text == "i" and k + 1 < n and _genitive_word(doc[k + 1]) and k > start:
            k += 2
        elif doc[k].text in ("w", "we") and k + 1 < n and k > start and doc[k + 1].text.islower() and any(
                a.pos == "subst" and "loc" in a.cases for a in doc[k + 1]._.morf):
            k += 2
        else:
            break
    return k - start


def compound_stem(tok: Token) -> bool:
    """'Handlowo', 'Szkolno' before a spaced dash: the first part of a compound adjective ends in -o and reads as
    that stem (morfeusz's adja, given only before a glued hyphen), as the adverb of the same stem, or not at all;
    a noun or a verb ("Biuro", "Koło", "było") is no stem; a vocative that is nothing else ("Polsko") is no noun in
    running text."""
    readings = tok._.morf
    return is_capitalised(tok) and tok.text.endswith("o") and tok.text.isalpha() \
        and all(a.pos in ("adja", "adv", "ign") or a.pos == "subst" and a.cases == {"voc"} for a in readings)


def compound_dash(doc: Doc, j: int) -> bool:
    """'Szkolno - Przedszkolny', 'Handlowo – Techniczna', 'Rehabilitacyjno – Edukacyjno - Wychowawczy': a spaced dash
    after a stem of a compound adjective joins it to the capitalised adjective, or the next stem, after it."""
    return doc[j].text in DASHES and 0 < j < len(doc) - 1 and compound_stem(doc[j - 1]) \
        and is_capitalised(doc[j + 1]) and (any(a.pos in ("adj", "ppas", "pact") for a in doc[j + 1]._.morf)
                                            or j + 2 < len(doc) and compound_dash(doc, j + 2))  # a third stem


def compound_dash_before(doc: Doc, start: int) -> int:
    """The start of "Miejsko – Gminny" before an adjective at `start` (start itself when there is none)."""
    if start >= 2 and doc[start - 1].text in DASHES and compound_dash(doc, start - 1):
        return start - 2
    if start >= 1 and doc[start - 1].whitespace_ == " " and doc[start - 1].text.endswith(("sko", "cko", "dzko")) \
            and compound_stem(doc[start - 1]):
        return start - 1  # "Kujawsko Pomorski Związek": a regional compound written without its dash
    return start


def branch_seat(doc: Doc, j: int) -> bool:
    """'… Oddział w Krakowie', '… Filia w Mławie': a branch word before the seat preposition at j takes its own
    seat, even after a name that needs none."""
    return j > 0 and is_capitalised(doc[j - 1]) and bool(noun_lemmas(doc[j - 1]) & BRANCH_NOUNS)


#: lower-case nouns of a settlement that name a village body's seat in the genitive: "Rada Sołecka wsi Dąbrówka"
_SETTLEMENT_NOUNS = frozenset({"wieś", "sołectwo", "osada"})


def settlement_seat(doc: Doc, j: int) -> bool:
    """'Rada Sołecka wsi Dąbrówka', 'Świetlica sołectwa Lipnik': a lower-case settlement noun in the genitive
    before a capitalised word names the body's village, as a seat preposition does; the village's name follows in
    the nominative, as written."""
    tok = doc[j]
    return tok.text.islower() and j + 1 < len(doc) and is_capitalised(doc[j + 1]) and any(
        a.pos == "subst" and a.lemma in _SETTLEMENT_NOUNS and "gen" in a.cases for a in tok._.morf)


def coordination_ends(doc: Doc, first: int, j: int) -> bool:
    """A coordinator at j does not continue the name: after a closed quoted name ("Spółdzielnia „X” oraz Sekcji"),
    before an acronym or after a word with no genitive reading,
    or an "oraz" or a second "i" after the name already coordinated with "i" ("Ministerstwa A i B oraz C": "oraz"
    joins the larger units)."""
    if j > 0 and doc[j - 1].text in _CLOSING_QUOTES:
        return True
    if j + 1 < len(doc) and is_all_caps_word(doc[j + 1]) or j > first and not any(
            "gen" in a.cases for a in doc[j - 1]._.morf if a.pos in ("subst", "adj", "depr")):
        return True  # "Związek Harcerstwa Polskiego oraz LZS", "Nadleśnictwo Krzeszowice oraz X": a body's acronym,
        # or a name closed by its own nominative word, is no genitive complement coordinated inside the name
    if any(t.text == "i" for t in doc[first:j]) and (doc[j].text == "oraz" or doc[j].text == "i" and not (
            j + 1 < len(doc) and _agreeing_adjectives(doc[j - 1], doc[j + 1]))):
        return True  # "Ministerstwu Klimatu i Środowiska i Forum X": a second "i" joins bodies, unless it joins two
        # adjectives of one noun ("Muzeum Fauny i Flory Morskiej i Śródlądowej")
    return _second_body(doc, j)


def _agreeing_adjectives(left: Token, right: Token) -> bool:
    """Two capitalised adjectives in one case, number and gender: coordinated before or after their noun."""
    return is_capitalised(left) and is_capitalised(right) and any(
        a.pos == "adj" and b.pos == "adj" and a.cases & b.cases and a.number == b.number
        and (not a.genders or not b.genders or a.genders & b.genders)
        for a in left._.morf for b in right._.morf)


def _second_body(doc: Doc, j: int) -> bool:
    """'Urzędu Gminy i Gminnego Ośrodka Pomocy': after a noun, capitalised adjectives leading to a body's head begin
    a second name; after an adjective they share the head with it ("Miejskich i Powiatowych Ośrodków")."""
    from pipeline.lexicon.words import ORG_HEADS

    def is_adjective(t: Token) -> bool:
        return any(a.pos in ("adj", "ppas", "pact") for a in t._.morf)

    if j == 0 or is_adjective(doc[j - 1]):
        return False
    k = j + 1
    while k < len(doc) and is_capitalised(doc[k]) and is_adjective(doc[k]) and not noun_lemmas(doc[k]) & ORG_HEADS:
        k += 1
    return k > j + 1 and k < len(doc) and is_capitalised(doc[k]) and bool(noun_lemmas(doc[k]) & ORG_HEADS)


#: Territorial units whose name, written after them, names the body: "Urząd Marszałkowski Województwa Opolskiego".
_UNITS = frozenset({"województwo", "powiat", "gmina", "miasto"})


def named_by_matter(doc: Doc, head: int) -> bool:
    """A collegial body the "ds." matter after its name belongs to ("Komisja Rady Gminy X ds. oświaty"), not a
    territorial unit's council ("Rada Gminy X", whose name its unit makes)."""
    return bool(noun_lemmas(doc[head]) & MATTER_BODIES) and not (
        head + 1 < len(doc) and noun_lemmas(doc[head + 1]) & _UNITS)


def unit_named(doc: Doc, j: int) -> bool:
    """'Małopolskiego' in "Urząd Marszałkowski Województwa Małopolskiego": a capitalised word after a capitalised
    territorial unit names the body by its unit, a proper part of the name: it needs no seat."""
    return j > 0 and is_capitalised(doc[j]) and is_capitalised(doc[j - 1]) and bool(noun_lemmas(doc[j - 1]) & _UNITS) \
        and not noun_lemmas(doc[j]) & _UNITS


def split_initial_dot(doc: Doc, j: int) -> bool:
    """'im. M. Kopernika': a patron's initial the tokenizer split from its dot ("M" reads as a Roman numeral or
    "metr"); the glued dot before a capitalised name belongs to the name."""
    return 0 < j < len(doc) - 1 and doc[j].text == "." and not doc[j - 1].whitespace_ \
        and len(doc[j - 1].text) == 1 and doc[j - 1].text.isupper() and doc[j + 1].text[:1].isupper()


def legal_form_apposition(doc: Doc, first: int, j: int, heads: frozenset[str]) -> bool:
    """'Stowarzyszenie Lokalna Grupa Działania', 'z Fundacją Biuro Inicjatyw': a legal form followed at once by a
    name with its own head in the nominative (only capitalised nominative adjectives between) is one name, the
    apposition staying nominative whatever the form's case; "Fundacja X Stowarzyszenie Y" has a name between."""
    if first < 1 or not noun_lemmas(doc[first - 1]) & LEGAL_FORMS or "\n" in doc[j - 1].whitespace_:
        return False
    nominative = [a for a in doc[j]._.morf if a.pos == "subst" and "nom" in a.cases and a.lemma.lower() in heads]
    return bool(nominative) and all(
        is_capitalised(doc[k]) and any(a.pos == "adj" and "nom" in a.cases and a.genders & nominative[0].genders
                                       and a.number == nominative[0].number for a in doc[k]._.morf)
        for k in range(first, j))


def wrapped_name(doc: Doc, j: int) -> bool:
    """'… Ośrodek Polityki⏎Społecznej w X': a hard-wrapped line break inside a name; the capitalised noun before
    the break and the capitalised adjective after it agree in case, number and gender, so the phrase goes on."""
    if j < 1 or j + 1 >= len(doc) or doc[j].text != "\n" or not is_capitalised(doc[j - 1]) \
            or not is_capitalised(doc[j + 1]):
        return False
    nouns = [a for a in doc[j - 1]._.morf if a.pos == "subst" and "gen" in a.cases]
    return any(a.pos == "adj" and a.cases & n.cases and a.number == n.number and a.genders & n.genders
               for a in doc[j + 1]._.morf for n in nouns)


_NUMBER_WORDS = ("nr", "nr.")


def listed_numbers(doc: Doc, end: int) -> list[int]:
    """'Gimnazjów nr 1 i nr 3', 'Szkół Podstawowych nr 2, 5 i 7': the numbers coordinated after a plural kind's
    first "nr N" (ending at `end`), each one more body of that kind; token indices of the further numbers."""
    if end < 2 or doc[end - 2].text.lower() not in _NUMBER_WORDS or not _unit_number(doc[end - 1].text):
        return []
    out, j = [], end
    while j + 1 < len(doc) and doc[j].text in (",", "i", "oraz"):
        k = j + 2 if doc[j + 1].text.lower() in _NUMBER_WORDS else j + 1
        if k >= len(doc) or not _unit_number(doc[k].text):
            break
        out.append(k)
        j = k + 1
    return out


def _unit_number(word: str) -> bool:
    return word.isdigit() and len(word) <= 3


def spelled_elsewhere(doc: Doc, acronym: str, head: int) -> bool:
    """'Centrum Aktywizacji Zawodowej PUP w Sanoku' in a report that names the "Powiatowy Urząd Pracy": capitalised
    words elsewhere whose initials spell the acronym name its parent body."""
    n = len(acronym)
    if not 2 <= n <= 6 or not acronym.isalpha():
        return False
    for i in range(len(doc) - n + 1):
        if i <= head < i + n or doc[i].text[:1] != acronym[0]:
            continue
        words = doc[i:i + n]
        if all(is_capitalised(t) and not is_all_caps_word(t) for t in words) and "".join(
                t.text[0] for t in words) == acronym:
            return True
    return False


def seat_marker(doc: Doc, j: int) -> int:
    """'z/s w Brniu', 'z siedzibą w Lipnie': the words that announce a seat ("z siedzibą", written short "z/s") before
    "w" and a capitalised word; how many tokens they take (0 if none)."""
    n = len(doc)
    if doc[j].text.lower() != "z" or j + 2 >= n:
        return 0
    k = j + 1
    if doc[k].text == "/" and not doc[j].whitespace_ and not doc[k].whitespace_ and doc[k + 1].text.lower() == "s":
        k += 2
    elif any(a.lemma == "siedziba" and "inst" in a.cases for a in doc[k]._.morf):
        k += 1
    else:
        return 0
    return k - j if k + 1 < n and doc[k].text.lower() in ("w", "we") and is_capitalised(doc[k + 1]) else 0


_FINITE = frozenset({"fin", "praet", "impt", "bedzie"})


def verb_opens_clause(doc: Doc, j: int) -> bool:
    """'Zaprasza' in "Stowarzyszenie X Zaprasza Na Festyn": a capitalised word that reads only as a finite verb, before
    a preposition or a lower-case word, is the sentence's predicate written in a title's capitals, not a word of the
    name ("Fundacja Mam Marzenie" keeps its verb: a capitalised noun follows)."""
    tok = doc[j]
    if not is_capitalised(tok) or j + 1 >= len(doc) or not tok._.morf \
            or not all(a.pos in _FINITE for a in tok._.morf):
        return False
    nxt = doc[j + 1]
    return nxt.text[:1].islower() or any(a.pos == "prep" for a in nxt._.morf)
