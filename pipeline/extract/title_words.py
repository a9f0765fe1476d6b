"""Word-level tests on the words after a title noun: whether a genitive or an adjective belongs to the title
("trener grup tanecznych", "szef biura", "radca prawny") or names its institution ("prezes spółdzielni").
Split from `pipeline.extract.role_titles`, which decides a title's extent with them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.lexicon.words import HONORIFICS, NAME_ONLY_HEADS, ORG_HEADS, ROLE_TITLES, first_name, role_title
from pipeline.ner.readings import per_readings, per_word_readings

#: Genitives after a title that name its institution, not part of the title: "prezes spółdzielni".
INSTITUTION_WORDS = frozenset({"wieś", "miejscowość", "placówka", "gmina", "miasto", "powiat", "województwo", "sołectwo", "parafia",
                               "jednostka", "instytucja", "firma", "organizacja", "koło", "klub", "przedsiębiorstwo",
                               "spółka", "urząd", "ośrodek", "centrum", "stowarzyszenie", "fundacja", "spółdzielnia"})
#: Units inside an office that a title keeps: "dyrektor wydziału", "kierownik działu", "szef biura".
UNIT_WORDS = frozenset({"wydział", "departament", "dział", "biuro", "referat", "sekcja", "kancelaria", "gabinet",
                        "katedra", "zakład", "zespół", "oddział"})
#: Units that end a title after a title's genitive ("zastępca dyrektora wydziału"); "radca prezesa Zakładu
#: Ubezpieczeń" names an institution.
OFFICE_UNITS = UNIT_WORDS - {"zakład", "katedra", "zespół"}  # a lower-case "zespołu": `lower_team`
UNIT_GENITIVES = {"wydział": "wydziału", "departament": "departamentu", "dział": "działu", "biuro": "biura",
                     "referat": "referatu", "sekcja": "sekcji", "kancelaria": "kancelarii", "gabinet": "gabinetu",
                     "katedra": "katedry", "zakład": "zakładu", "zespół": "zespołu", "oddział": "oddziału"}

#: Adjectives of the level of administration an office belongs to: "powiatowy rzecznik praw konsumenta",
#: "wojewódzki koordynator" keep them before the title as "komendant powiatowy" does after it (settled 503, 539).
JURISDICTION_ADJECTIVES = frozenset({"powiatowy", "wojewódzki", "gminny", "miejski", "krajowy", "okręgowy",
                                     "regionalny", "diecezjalny", "parafialny", "sołecki", "biskupi"})
#: Local officials keep the bare title (docs/annotation.md, Local officials): "powiatowi radni" -> radny.
LOCAL_OFFICIALS = frozenset({"wójt", "burmistrz", "starosta", "marszałek", "radny", "sołtys", "prezydent", "wicewójt",
                             "wiceburmistrz", "wicestarosta", "wicemarszałek", "wiceprezydent"})


def office_adjective(doc: Doc, j: int, head: Token) -> bool:
    """'powiatowy' in "powiatowy rzecznik", "Komendanta Powiatowego Policji", 'biskupi' in "wikariusz biskupi": an
    adjective of the office's level of administration agreeing with the title noun `head` right before or after it
    belongs to the title, but not a local official's (bare title) and not when it is the attribute of the noun it
    precedes ("Dyrektor Powiatowego Urzędu Pracy": the institution's name)."""
    title = role_title(head.text, head._.morf)
    if title is None or title in LOCAL_OFFICIALS:
        return False
    head_cases = {c for a in head._.morf if a.pos in ("subst", "adj") for c in a.cases}
    levels = [a for a in doc[j]._.morf if a.pos == "adj" and a.lemma in JURISDICTION_ADJECTIVES and a.cases & head_cases]
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if not levels or nxt is None or nxt.i == head.i:
        return bool(levels)
    if first_name(nxt) is not None:
        return True  # "komendant wojewódzki Jan Kos": no adjective of a person's name
    nouns = [n for n in nxt._.morf if n.pos == "subst"]
    nouns = [n for n in nouns if not n.names] or nouns  # "Komendy": the common noun's genitive, not a surname's
    return not any(n.cases & a.cases and n.number == a.number and n.genders & a.genders
                   for n in nouns for a in doc[j]._.morf if a.pos == "adj")


#: Unit words that also head institutions of their own: "Zespół Szkół", "Zespół Plateau", "Oddział ZUS".
_TEAM_UNITS = frozenset({"zespół", "oddział"})


def unit_head(doc: Doc, j: int) -> bool:
    """'Zespołu Informacji Pedagogicznej', 'Oddziału w X' after a title: a team or branch is the title's unit like a
    department; not a school complex ("Zespołu Szkół": a plural genitive) nor a band or body named by a name in
    apposition ("Zespołu Kwiaty": no genitive) or an acronym."""
    if not any(a.pos == "subst" and a.lemma.lower() in _TEAM_UNITS for a in doc[j]._.morf) or j + 1 >= len(doc):
        return True
    nxt = doc[j + 1]
    if plural_kind(nxt, capitalised=True) or any(a.pos == "subst" and a.number == "pl" and "gen" in a.cases
                                                 for a in nxt._.morf) and not any(a.number == "sg" for a in nxt._.morf):
        return False
    common = any(a.pos in ("subst", "adj", "ger") and "gen" in a.cases and not a.names for a in nxt._.morf)
    return not nxt.text[:1].isupper() or common and not nxt.text.isupper()


def plural_kind(tok: Token, capitalised: bool = False) -> bool:
    """'trener grup tanecznych', 'starosta dożynek': a genitive that can only be plural names a kind or an
    occasion, not one institution, and stays in the title (capitalised only when it is no institution's head)."""
    readings = [a for a in tok._.morf if a.pos == "subst"]
    if not readings or not all(a.number == "pl" and "gen" in a.cases for a in readings):
        return False
    if not capitalised:
        return tok.text[:1].islower()
    return not any(a.names or a.lemma.lower() in ORG_HEADS | INSTITUTION_WORDS | NAME_ONLY_HEADS for a in readings)


def title_genitive(tok: Token) -> str:
    """'Dyrektora', 'dyrektorki' -> 'dyrektora': a title in a title's genitive, of the masculine family."""
    from pipeline.text.inflect import generate_form

    low = tok.text.lower()
    base = role_title(low, tok._.morf)
    if base is None or any(a.lemma.lower() == base for a in tok._.morf):
        return low
    return generate_form(base, "subst", "sg", "m1", "gen") or low


def is_title_genitive(tok: Token) -> bool:
    """'Dyrektora' in 'Zastępca Dyrektora Wydziału': a role noun in the genitive."""
    return any(a.lemma.lower() in ROLE_TITLES and "gen" in a.cases for a in tok._.morf if a.pos == "subst")


def lower_unit(tok: Token) -> bool:
    """'biura' in "szef biura poselskiego": a lower-case unit word in the genitive is the title's unit, not an
    institution (docs/annotation.md, titles with a department)."""
    return tok.text[:1].islower() and any(a.pos == "subst" and a.lemma.lower() in OFFICE_UNITS and "gen" in a.cases
                                          for a in tok._.morf)


def lower_team(doc: Doc, j: int) -> bool:
    """'zespołu' in "koordynator zespołu" (docs/annotation.md: a part of the body stays in the title): a lower-case
    genitive of "zespół" is the title's team unless a name follows it ("członek zespołu Kwiaty": the ensemble) or
    a school's plural ("zespołu szkół": the institution)."""
    tok = doc[j]
    if _lower_council(doc, j) or _lower_department(doc, j):
        return True
    if not tok.text[:1].islower() or not any(a.pos == "subst" and a.lemma == "zespół" and "gen" in a.cases
                                              for a in tok._.morf):
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is None or nxt.text in ('"', "„", "“"):
        return nxt is None
    institution = bool({a.lemma.lower() for a in nxt._.morf if a.pos == "subst"} & (ORG_HEADS | INSTITUTION_WORDS))
    return institution == nxt.text[:1].isupper()  # "zespołu Fundacji X": the team of the body named after it


#: Departments of a school or institute that also head bodies of their own ("Zakład Karny", "katedra" a cathedral).
_DEPARTMENTS = frozenset({"zakład", "katedra"})


def _lower_department(doc: Doc, j: int) -> bool:
    """'zakładu', 'katedry' in "kierownik katedry Politechniki X", "pracownik zakładu Instytutu Y", "kierownik zakładu
    Jan Kos": a lower-case singular genitive of a department followed by no word of its own (a capital, a punctuation
    mark, the end) is the title's unit (docs/annotation.md, titles with a department); "zakładu karnego", "zakładu
    pracy" are kinds of bodies of their own."""
    tok = doc[j]
    if not tok.text.islower() or not any(a.pos == "subst" and a.lemma in _DEPARTMENTS and a.number == "sg"
                                         and "gen" in a.cases for a in tok._.morf):
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is None or not nxt.is_alpha or nxt.text[:1].isupper()


def _lower_council(doc: Doc, j: int) -> bool:
    """'rady słuchaczy', 'rady rodziców' after a title: a lower-case council named by the people it is made of (a
    plural genitive of a personal noun) is a body's organ and stays in the title ("przewodniczący rady słuchaczy"),
    unlike the council of a unit ("rady gminy")."""
    if j + 1 >= len(doc) or not doc[j].text.islower() or not any(
            a.pos == "subst" and a.lemma == "rada" and "gen" in a.cases for a in doc[j]._.morf):
        return False
    nxt = doc[j + 1]
    return nxt.text.islower() and any(a.pos == "subst" and a.number == "pl" and "gen" in a.cases and "m1" in a.genders
                                      for a in nxt._.morf)


def genitive_not_adjective(tok: Token, title_tok: Token) -> bool:
    """'czytelni' in "kierownik czytelni": a noun's genitive that also reads as an adjective agreeing with the
    title only in case (a plural "czytelni" after a singular "kierownik") is the noun."""
    if not any(a.pos == "subst" and "gen" in a.cases for a in tok._.morf):
        return False
    heads = [a for a in title_tok._.morf if a.pos in ("subst", "adj")]
    return not any(a.pos == "adj" and any(a.cases & h.cases and a.number == h.number and a.genders & h.genders
                                          for h in heads) for a in tok._.morf)


def institution_follows(doc: Doc, j: int) -> bool:
    for t in doc[j + 1:j + 3]:
        if any(a.pos == "subst" for a in t._.morf):
            return any(a.lemma.lower() in INSTITUTION_WORDS or a.lemma.lower() in ORG_HEADS for a in t._.morf)
    return False


def institutions_adjective(doc: Doc, j: int) -> bool:
    """'miejscowej' in "proboszcz miejscowej parafii": an adjective agreeing in case, number and gender with the
    institution noun right after it belongs to the institution, whatever noun reading it also has."""
    if j + 1 >= len(doc) or not institution_follows(doc, j):
        return False
    nouns = [a for a in doc[j + 1]._.morf if a.pos == "subst"]
    return any(a.pos == "adj" and any(a.cases & n.cases and a.number == n.number and a.genders & n.genders
                                      for n in nouns) for a in doc[j]._.morf)


def agrees_with_title(tok: Token, title_tok: Token) -> bool:
    title_cases = frozenset(c for a in title_tok._.morf for c in a.cases)
    return any(a.pos == "adj" and a.cases & title_cases for a in tok._.morf) or not any(
        a.pos == "adj" for a in tok._.morf)


def complement_form(tok: Token, title_tok: Token) -> str:
    """An adjective agreeing with the title goes to the nominative: 'radcą prawnym' -> 'prawny'."""
    from pipeline.text.inflect import adjective_nominative

    title_cases = frozenset(c for a in title_tok._.morf for c in a.cases)
    adj = next((a for a in tok._.morf if a.pos == "adj" and a.cases & title_cases), None)
    if adj is None:
        return tok.text.lower()  # agrees with a later noun: "koordynator rodzinnej pieczy"
    if adj.tag.endswith(":pos"):
        return adj.lemma.lower()  # the lemma is the masculine singular nominative: "socjalni" -> "socjalny"
    return adjective_nominative(tok.text.lower(), adj, "sg", "m1").lower()


#: Words that may stand inside a department's own name before its parent: "Wydziału Oświaty, Kultury i Sportu".
_IN_UNIT_NAME = frozenset({",", "i", "oraz", "z", "ze", "ds.", "do", "spraw", "w", "we"})


def department_parent(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """'kierownik Wydziału Oświaty, Kultury i Sportu Starostwa Powiatowego w X', 'Dyrektora Departamentu Y z Banku Z':
    a title's institution that opens with a capitalised department is the office the text ties it to right after
    the department's name (docs/annotation.md, titles with a department): (first, after) token indices of the parent
    (its genitive, or "w"/"z" with it), None when no parent follows."""
    if start >= len(doc) or not doc[start].text[:1].isupper() or not any(
            a.pos == "subst" and a.lemma.lower() in UNIT_WORDS for a in doc[start]._.morf):
        return None
    parents = (ORG_HEADS | INSTITUTION_WORDS) - UNIT_WORDS
    for j in range(start + 1, min(len(doc), max(end, start + 14))):
        t = doc[j]
        if "\n" in doc[j - 1].whitespace_ or not (t.text[:1].isupper() or t.text in _IN_UNIT_NAME):
            return None
        if first_name(t) is not None and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            return None  # "Wydziału Oświaty, Jan Kos": the next item of the list
        cases = ("loc", "gen") if doc[j - 1].text in ("w", "we", "z", "ze") else ("gen",)
        if t.text[:1].isupper() and any(a.pos == "subst" and a.lemma.lower() in parents and set(cases) & a.cases
                                        for a in t._.morf):
            k = j + 1
            while k < len(doc) and "\n" not in doc[k - 1].whitespace_ and (doc[k].text[:1].isupper() or (
                    doc[k].text in ("w", "we", "nad", "im.") and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
                k += 1
            return j, min(k, end) if j < end else k  # before a name the title's institution ends at it
    return None


def attribute_of_previous(doc: Doc, i: int, readings: list) -> bool:
    """'honorowy' in "patronat honorowy Minister X": an adjective agreeing with the lower-case noun right before it
    is that noun's attribute, not the title's qualifier."""
    if i == 0 or not doc[i - 1].text[:1].islower():
        return False
    return any(n.pos == "subst" and n.cases & a.cases and n.number == a.number and n.genders & a.genders
               for n in doc[i - 1]._.morf for a in readings)


def domain_genitive(doc: Doc, j: int) -> bool:
    """'Oświaty' in "Kurator Oświaty", 'Pracy' in "Inspektor Pracy": one capitalised genitive singular of a common
    noun that heads no institution (no body's head, no name) and stands alone (a name, a seat "w X", an acronym or
    a lower-case word after it) is the office's domain and stays in the title; the office is a body of its own
    named elsewhere ("Kuratorium Oświaty w X"), and the domain is never an organization ("Oświata")."""
    tok = doc[j]
    if not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper() or first_name(tok) is not None:
        return False
    if tok.text.lower() in HONORIFICS:
        return False  # "wiceprezes Pani Anna Kos": the courtesy address before the name
    common = [a for a in tok._.morf if a.pos == "subst" and not a.names]
    if not any("gen" in a.cases and a.number == "sg" for a in common) or any(
            a.lemma.lower() in ORG_HEADS | INSTITUTION_WORDS | NAME_ONLY_HEADS | ROLE_TITLES | UNIT_WORDS
            for a in tok._.morf if a.pos == "subst"):
        return False
    if j + 1 >= len(doc):
        return True
    nxt = doc[j + 1]
    if "\n" in tok.whitespace_ or not nxt.text[:1].isupper():
        return True
    return first_name(nxt) is not None or (nxt.text.isupper() and len(nxt.text) >= 2)


#: Press people: the capitalised genitive after their title is the paper or station they work for ("dziennikarka
#: Przekroju"), never an office's domain as in "Kurator Oświaty".
MEDIA_TITLES = frozenset({"dziennikarz", "redaktor", "reporter", "publicysta", "felietonista", "korespondent",
                          "fotoreporter", "komentator", "reportażysta", "wydawca", "prezenter"})


#: Titles of representing: their capitalised genitive is the body represented ("przedstawiciel Sanepidu").
REPRESENTATIVE_TITLES = frozenset({"przedstawiciel", "reprezentant", "delegat"})


def office_words(doc: Doc, j: int, title: str) -> list[str]:
    """The capitalised words after a title that belong to the office it names: a level adjective with the holder's
    genitive and its domain ("Zastępca Okręgowego Inspektora Pracy"), or the domain alone ("Kurator Oświaty");
    a local official's genitive is his unit ("Sołtys Woli")."""
    if j + 1 < len(doc) and is_title_genitive(doc[j + 1]) and office_adjective(doc, j, doc[j + 1]):
        words = [doc[j].text.lower(), title_genitive(doc[j + 1])]
        return words + [doc[j + 2].text.lower()] if j + 2 < len(doc) and domain_genitive(doc, j + 2) else words
    if title in MEDIA_TITLES or title in REPRESENTATIVE_TITLES:
        return []  # "dziennikarka Przekroju": the paper; "przedstawicielka Sanepidu": the body represented, no domain
    return [doc[j].text.lower()] if title not in LOCAL_OFFICIALS and domain_genitive(doc, j) else []



def coordinated_complement(doc: Doc, j: int, title_tok: Token, words: int) -> str | None:
    """'prasowa i telewizyjna' after "dziennikarka": when the title's one complement so far is an adjective and "i"
    or "oraz" at j joins a second lower-case adjective agreeing with the title in case, number and gender, the second
    qualifies the same title: its masculine nominative, else None ("pracownik socjalny i asystent": a noun)."""
    if words != 1 or j + 1 >= len(doc) or doc[j].text.lower() not in ("i", "oraz"):
        return None
    first, second = doc[j - 1], doc[j + 1]
    if not second.is_alpha or not second.text[:1].islower() or not first.text[:1].islower():
        return None
    if not (_agrees_fully(first, title_tok) and _agrees_fully(second, title_tok)):
        return None
    if any(a.pos in ("subst", "ger", "prep", "conj", "fin", "praet") for a in second._.morf):
        return None  # "prasowy i radio", "lokalny i gminny": only a plain adjective qualifies the title
    return complement_form(second, title_tok)


def _agrees_fully(adj: Token, noun: Token) -> bool:
    """An adjective reading of `adj` shares case, number and gender with a noun reading of `noun`."""
    nouns = [a for a in noun._.morf if a.pos in ("subst", "adj", "pact")]
    return any(a.pos == "adj" and a.number == b.number and a.cases & b.cases and a.genders & b.genders
               for a in adj._.morf for b in nouns)


def copula_after_noun(doc: Doc, i: int) -> bool:
    """'byli', 'była' read as the past of 'być' when a noun, pronoun or adjective stands right before it ("Gośćmi
    byli", "wśród nich była"); after a verb, a conjunction or punctuation it is "former" ("oraz były prezes")."""
    if not any(a.pos == "praet" for a in doc[i]._.morf):
        return False
    prev = doc[i - 1]
    if any(doc[k].text.lower() in ("wśród", "pośród") and all(t.is_alpha for t in doc[k + 1:i])
           for k in range(max(0, i - 5), i - 1)):
        return True  # "Wśród gości były sołtys X": the group after "wśród" is the copula's place, whatever else it reads
    return prev.is_alpha and any(a.pos in ("subst", "ppron3", "ppron12", "adj", "depr") for a in prev._.morf) and not any(
        a.pos in ("conj", "prep", "fin", "praet", "comp", "adv", "qub") for a in prev._.morf)


#: Words that open a title written with a prefix ("z-ca", "vice starosta"), lower-cased; the ordinals ranking a deputy.
_PREFIX_WORDS = frozenset({"z", "ca", "vice", "wice"})
TITLE_ORDINALS = ("I", "II", "III", "IV")


def may_lead_a_title(tok: Token) -> bool:
    """A word that is no role noun may still open a title (`role_titles.title_at`): an abbreviated title ("red."),
    "p.o.", "były", "pełniący obowiązki", a prefix ("z-ca", "wice") or an ordinal ("I zastępca"). Most words do not:
    they are passed over without the rules for each."""
    return _leads_a_title(tok._.morf) or tok.text.lower() in _PREFIX_WORDS or tok.text in TITLE_ORDINALS


@per_readings
def _leads_a_title(readings: tuple) -> bool:
    return any(a.pos == "subst" and a.lemma in PHRASE_TITLES or a.pos == "brev" and a.lemma.lower() in ROLE_TITLES or a.lemma == "pełniący_obowiązki"
               or a.pos == "adj" and a.lemma.lower() == "były" or a.pos == "pact" and a.lemma == "pełnić"
               or a.pos == "frag" and a.lemma.lower() == "vice" for a in readings)


#: Nouns that are titles only with the genitive they govern: "mąż zaufania" (a husband alone is kin, no title).
PHRASE_TITLES = {"mąż": "zaufanie"}


def phrase_title(doc: Doc, i: int) -> tuple[str, int] | None:
    """('mąż zaufania', i + 2) for "mężem zaufania", "męża zaufania": the fixed genitive makes the noun a title."""
    if i + 1 >= len(doc):
        return None
    for a in doc[i]._.morf:
        needed = PHRASE_TITLES.get(a.lemma) if a.pos == "subst" and a.number == "sg" else None
        if needed and any(b.pos == "subst" and b.lemma == needed and "gen" in b.cases for b in doc[i + 1]._.morf):
            return f"{a.lemma} {doc[i + 1].text.lower()}", i + 2
    return None


#: `role_title` of a token's text and readings, remembered per word form (the title rules ask every word near a name).
token_title = per_word_readings(role_title)


def distributive(title: Token, readings: tuple) -> bool:
    """'sołtysi sołectw', 'dyrektorzy szkół': holders in the plural of an institution word in the plural hold one
    each; the genitive names their institutions, not a kind the title keeps (a singular 'trener grup' does)."""
    nouns = [a for a in title._.morf if a.pos == "subst"] or [a for a in title._.morf if a.pos == "adj"]
    return bool(nouns) and all(a.number == "pl" for a in nouns) and any(
        a.pos == "subst" and a.lemma.lower() in INSTITUTION_WORDS for a in readings)
