"""Base forms of place names: 'w Nowym Sączu' -> 'Nowy Sącz', checked against the TERYT register
(`pipeline.lexicon.teryt`) and a list of countries; the nominative of noun-headed name phrases.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from pipeline.text.inflect import adjective_nominative, generate_form, match_case, noun_nominative, readable_case
from pipeline.text.morphology import CASES, PREP_CASES, analyse

COUNTRIES = frozenset({
    "Polska", "Niemcy", "Czechy", "Słowacja", "Ukraina", "Litwa", "Łotwa", "Estonia", "Białoruś",
    "Rosja", "Francja", "Hiszpania", "Włochy", "Portugalia", "Austria", "Szwajcaria", "Belgia",
    "Holandia", "Dania", "Szwecja", "Norwegia", "Finlandia", "Irlandia", "Węgry", "Rumunia",
    "Bułgaria", "Chorwacja", "Słowenia", "Serbia", "Grecja", "Wielka Brytania", "Anglia", "Szkocja",
    "Islandia", "Gruzja", "Mołdawia", "Turcja", "Izrael", "Stany Zjednoczone", "Kanada", "Japonia",
    "Chiny", "Indie", "Luksemburg", "Malta", "Cypr", "Albania", "Macedonia", "Bośnia",
})


@lru_cache(maxsize=8192)
def _geo_lemmas(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) of the geographic readings of a word, ALL CAPS folded to Title case."""
    forms = [word]
    if word.isupper():
        forms.append(word[:1] + word[1:].lower())
    out = []
    for form in forms:
        for a in analyse(form):
            if "nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names:
                out.append((a.lemma, a.tag))
    return tuple(out)


def is_known_locality(name: str) -> bool:
    try:
        from pipeline.lexicon.teryt import is_locality
    except ImportError:
        return False
    return is_locality(name)


def register_loaded() -> bool:
    try:
        import pipeline.lexicon.teryt  # noqa: F401
    except ImportError:
        return False
    return True


def _town_weight(name: str) -> int:
    """Prefer a town to a village of a homonymous reading ("Myszkowie": Myszków, not Myszkowo)."""
    from pipeline.lexicon.teryt import localities

    return sum(1 for loc in localities(name) if loc.kind == "miasto")


def _tag_cases(tag: str) -> frozenset[str]:
    return frozenset(c for part in tag.split(":") for c in part.split(".") if c in CASES)


def preposition_cases(first: Token) -> frozenset[str]:
    if first.i == 0:
        return frozenset()
    return PREP_CASES.get(first.doc[first.i - 1].text.lower(), frozenset())


def _fits_hints(name: str, hints: list[str]) -> bool:
    from pipeline.lexicon.teryt import resolve

    match, _count = resolve(name, hints)
    return match is not None and any(
        h.split()[-1].lower() in (match.gmina.lower(), match.powiat.lower(), match.wojewodztwo.lower())
        for h in hints)


def locality_base(tokens: list[Token], hints: list[str] | None = None) -> str:
    """'w Nowym Sączu' -> 'Nowy Sącz', 'BYCZYNY' -> 'Byczyna', 'Bielsku-Białej' -> 'Bielsko-Biała'."""
    words = [t.text for t in tokens]
    if len(tokens) == 1:
        single = _single_place_word(tokens[0])
        if single is not None:
            return single
    governed = preposition_cases(tokens[0]) if tokens else frozenset()
    options: list[list[str]] = []
    for w in words:
        if w == "-":
            options.append(["-"])
            continue
        readings = _geo_lemmas(w)
        if governed:  # "na Kaszubach": the locative plural reading (Kaszuby), not Kaszuba
            readings = tuple(sorted(readings, key=lambda r: not _tag_cases(r[1]) & governed))
        lemmas = [lem for lem, _tag in readings]
        if not lemmas:
            common = sorted((a for a in analyse(w) if a.pos in ("adj", "subst")),
                            key=lambda a: bool(set(a.names) & {"imię", "nazwisko"}))  # "Wrzeciona": not a surname
            lemmas = [a.lemma for a in common] or [w]
        title = [match_case(lem, "A") if w.isupper() else lem for lem in lemmas]
        options.append(list(dict.fromkeys(title)))
    candidates = [""]
    for opts in options:
        candidates = [(c + ("" if c.endswith("-") or not c or o == "-" else " ") + o) for c in candidates for o in opts[:4]]
        candidates = candidates[:32]
    for c in candidates:
        if c in COUNTRIES:
            return c
    # "Opacz Kolonii", "Krynicy Zdroju": the register spells them with a hyphen, the text may not
    known = [c for c in candidates if is_known_locality(c) or " " in c and is_known_locality(c.replace(" ", "-"))]
    if known:
        if hints is not None and len(known) > 1:
            fitting = [c for c in known if _fits_hints(c, hints)]
            if len(fitting) == 1:
                return fitting[0]  # "w Nieborowie" near "powiat łowicki": Nieborów, not Nieborowo
        return max(known, key=_town_weight)
    if len(tokens) > 1:
        for agreed in _agreed_candidates(tokens):
            if is_known_locality(agreed) or agreed in COUNTRIES:
                return agreed
        return _noun_headed(tokens)
    word = words[0] if len(words) == 1 else None
    if word is not None and word[:1].isupper() and not _geo_lemmas(word):
        nominative = [a for a in analyse(word) if a.pos in ("subst", "depr") and "nom" in a.cases]
        if any(a.lemma.lower() == word.lower() for a in nominative) or not analyse(word):
            return readable_case(word) if word.isupper() else word  # "Sale", "Belek": the name as written
    first = candidates[0]
    if word is not None and word[:1].isupper() and first[:1].islower():
        first = first[:1].upper() + first[1:]  # a name keeps its capital: "Szczypty" -> "Szczypta"
    return readable_case(first) if first.isupper() else first


def common_phrase_base(tokens: list[Token]) -> str:
    """The nominative of a name phrase headed by its first noun ('Polskiego Radia' -> 'Polskie Radio',
    'Gazety Wyborczej' -> 'Gazeta Wyborcza'); a word the dictionary does not know stays as written."""
    if len(tokens) == 1:
        t = tokens[0]
        nouns = [a for a in t._.morf if a.pos in ("subst", "depr")]
        if not nouns or any("nom" in a.cases for a in nouns) and t.text[:1].isupper():
            return readable_case(t.text) if t.text.isupper() and len(t.text) > 4 else t.text
        proper = [a for a in nouns if a.names] or nouns
        lemma = proper[0].lemma
        return match_case(lemma, "A") if t.text.isupper() else lemma[:1].upper() + lemma[1:] \
            if t.text[:1].isupper() else lemma
    return _noun_headed(tokens)


def _noun_headed(tokens: list[Token]) -> str:
    """'Doliny Baryczy' -> 'Dolina Baryczy', 'Powiśla Lubelskiego' -> 'Powiśle Lubelskie': the first noun heads."""
    nouns = [k for k, t in enumerate(tokens) if any(a.pos == "subst" for a in t._.morf)]
    pure = [k for k in nouns if not any(a.pos == "adj" for a in tokens[k]._.morf)]
    k = (pure or nouns or [0])[0]  # "Dolnym Śląsku": the head is the noun, not the adjective
    readings = [a for a in tokens[k]._.morf if a.pos == "subst"]
    if not readings:
        return " ".join(t.text for t in tokens)
    governed = preposition_cases(tokens[0])
    others = [t for m, t in enumerate(tokens) if m != k]

    def agreeing(a) -> int:  # the head's reading that its adjectives agree with: "Nowym Jorku" is locative
        return sum(any(b.pos == "adj" and b.cases & a.cases and (b.number is None or b.number == a.number)
                       for b in t._.morf) for t in others)
    head = max(readings, key=lambda a: (bool(a.cases & governed), agreeing(a), bool(a.names), a.number == "sg"))
    gender = next((g for g in ("f", "n", "m3", "m1", "m2") if g in head.genders), "m3")
    words = []
    agreeing_run = True  # after the head only the adjectives right after it agree with it
    for m, t in enumerate(tokens):
        if m == k:
            words.append(noun_nominative(t.text, head))
            continue
        adj = next((a for a in t._.morf if a.pos in _ADJECTIVAL and a.cases & head.cases
                    and (a.number is None or a.number == head.number)
                    and (head.number == "pl" or not a.genders or gender in a.genders)), None) \
            if m < k or agreeing_run else None
        if m > k and adj is None and t.text != "-":
            agreeing_run = False  # "Front Wschodni Armii Czerwonej": "Czerwonej" goes with "Armii"
        if adj is not None and adj.pos != "adj":
            form = _adjectival_form(adj, head.number or "sg", gender)
            words.append(match_case(form, t.text) if form and "nom" not in adj.cases else t.text)
            continue
        words.append(adjective_nominative(t.text, adj, head.number or "sg", gender) if adj else t.text)
    name = " ".join(words).replace(" - ", "-")
    return readable_case(name) if name.isupper() else name


def _agreed_candidates(tokens: list[Token]) -> list[str]:
    """Nominatives of 'noun + adjective' names for each reading of the noun: 'Ustrzykach Dolnych' -> 'Ustrzyki Dolne'."""
    nouns = [(k, a) for k, t in enumerate(tokens) for a in t._.morf if a.pos == "subst" and a.names]
    nouns += [(k, a) for k, t in enumerate(tokens) for a in t._.morf if a.pos == "subst" and not a.names
              and a.number == "pl"]  # "Stanów Zjednoczonych": a plural common noun heads a country's name
    out = []
    for k, head in nouns:
        gender = next((g for g in ("f", "n", "m3", "m1", "m2") if g in head.genders), "m3")
        number = head.number or "sg"
        words = []
        for m, t in enumerate(tokens):
            if m == k:
                words.append(head.lemma)
                continue
            if t.text == "-":
                words.append("-")
                continue
            adj = next((a for a in t._.morf if a.pos in _ADJECTIVAL and a.cases & head.cases), None)
            form = _adjectival_form(adj, number, gender) if adj else None
            words.append(match_case(form, "A") if form else (_geo_lemmas(t.text) or [(t.text, "")])[0][0])
        out.append(" ".join(words).replace(" - ", "-"))
    return list(dict.fromkeys(out))


_ADJECTIVAL = ("adj", "ppas", "pact")


def _adjectival_form(a, number: str, gender: str) -> str | None:
    """The nominative of an adjective or an adjectival participle ('Zjednoczonych' -> 'Zjednoczone'), affirmative."""
    form = generate_form(a.lemma, a.pos, number, gender)
    if form and a.pos != "adj" and form.startswith("nie") and not a.lemma.startswith("nie"):
        form = form[3:]  # the generator may give the negated participle first
    return form


def _single_place_word(tok: Token) -> str | None:
    """A lone word the register does not decide: a street named by an adjective agrees with 'ulica'
    ('Listopadowej' -> 'Listopadowa'); a foreign name the dictionary lacks loses its case ending
    ('Kirkuku' -> 'Kirkuk', 'Darfurze' -> 'Darfur', 'Mosulem' -> 'Mosul', 'Ndżamenę' -> 'Ndżamena')."""
    word = tok.text
    if not word[:1].isupper() or word.isupper():
        return None
    morf = tok._.morf
    if all(a.tag == "ign" for a in morf) or not morf:
        return _unknown_place(word)
    if any(a.pos == "subst" and a.number == "sg" and "nom" in a.cases and a.lemma == word
           and "nazwa_własna_astronomiczna" in a.names for a in morf):
        return word  # "Księżyc", "Słońce": the name as written, not a plural place name it could also be
    astro = [a for a in morf if "nazwa_własna_astronomiczna" in a.names and a.number == "sg"]
    if astro:
        return astro[0].lemma  # "Słońca" -> "Słońce"
    if _geo_lemmas(word) or any(a.pos == "subst" for a in morf):
        return None
    fem = [a for a in morf if a.pos == "adj" and a.number == "sg" and "f" in a.genders]
    if fem:
        return word if "nom" in fem[0].cases else match_case(adjective_nominative(word, fem[0], "sg", "f"), word)
    return None


def _unknown_place(word: str) -> str:
    from pipeline.text.name_forms import unknown_name_base

    low = word.lower()
    if len(low) > 6 and low.endswith("u") and low[-2] not in "aeiouyąęó":
        return word[:-1]  # "Kirkuku", "Sunderlandu": the genitive or locative of a masculine stem
    if len(low) > 5 and low.endswith("rze"):
        return word[:-2]  # "Darfurze": the locative of an '-r' stem
    if len(low) > 4 and low.endswith(("ę", "ą", "ii", "kiem", "giem")):
        return unknown_name_base(word)
    return word
