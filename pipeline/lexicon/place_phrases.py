"""The nominative of place-name phrases from their words' readings alone, without the register: noun-headed
names ('Doliny Baryczy' -> 'Dolina Baryczy'), coordinated names, adjectives agreeing with their head, single
words and foreign names by their endings. `pipeline.lexicon.places` checks these readings against TERYT.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from pipeline.text.inflect import adjective_nominative, generate_form, match_case, noun_nominative, readable_case
from pipeline.text.morphology import CASES, PREP_CASES, analyse


@lru_cache(maxsize=8192)
def geo_lemmas(word: str) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) of the geographic readings of a word, ALL CAPS folded to Title case."""
    forms = [word]
    if word.isupper():
        forms.append(word[:1] + word[1:].lower())
    out = []
    for form in forms:
        for a in analyse(form):
            if "nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names:
                out.append((name_spelling(a.lemma), a.tag if "nazwa_geograficzna" in a.names else a.tag + ":człon"))
    return tuple(out)


def name_spelling(lemma: str) -> str:
    """A name as it is written: the dictionary spells some prefixed names with an inner capital ('nadBuż',
    'podMłyńsk'); a name is capitalised at its start only."""
    if lemma[:1].islower() and any(c.isupper() for c in lemma[1:]):
        return lemma[:1].upper() + lemma[1:].lower()
    return lemma


def label_penalties(word: str) -> dict:
    """The dictionary's usage-label penalty of each reading of a word (archaic, dialect, specialist senses)."""
    from pipeline.text.analysis import penalties_of

    readings = analyse(word)
    return dict(zip(readings, penalties_of(readings), strict=True))


def tag_cases(tag: str) -> frozenset[str]:
    return frozenset(c for part in tag.split(":") for c in part.split(".") if c in CASES)


def preposition_cases(first: Token) -> frozenset[str]:
    if first.i == 0:
        return frozenset()
    return PREP_CASES.get(first.doc[first.i - 1].text.lower(), frozenset())


_LIST_LINKS = frozenset({",", "i", "oraz", "lub", "albo", "-"})


def governed_cases(first: Token) -> frozenset[str]:
    """The cases the preposition before a name governs, over the coordinated names before it: "z Iławy, Stryszowa i
    Wisły" governs "Stryszowa" by "z" (the town Stryszów, not a village Stryszowa written as it stands). A list
    after no preposition ("sołectw Dzierzbice, Głogowa") governs nothing."""
    doc, j = first.doc, first.i - 1
    if j < 0 or doc[j].text.lower() not in _LIST_LINKS:
        return preposition_cases(first)
    while j >= 0 and first.i - j <= 16 and (doc[j].text.lower() in _LIST_LINKS or doc[j].text[:1].isupper()
                                            and doc[j].is_alpha) and "\n" not in doc[j].whitespace_:
        j -= 1
    return PREP_CASES.get(doc[j].text.lower(), frozenset()) if j >= 0 and j < first.i - 2 else frozenset()


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
    return noun_headed(tokens)


_CONJUNCTIONS = frozenset({"i", "oraz", "lub", "albo"})


def _coordinated_split(tokens: list[Token]) -> int | None:
    """Where two place names are coordinated ('Serbii i Czarnogóry', 'Wielkiej Brytanii i Irlandii
    Północnej'): each side is one capitalised noun with its adjectives, the two nouns share a case. A side
    with a second noun ('Muzeum Historii i Kultury': a genitive attribute) is never split."""
    def lone_noun(side: list[Token]) -> Token | None:
        nouns = [t for t in side if any(a.pos == "subst" for a in t._.morf)
                 and not any(a.pos in _ADJECTIVAL for a in t._.morf)]
        others_adjectival = all(t in nouns or t.text == "-" or any(a.pos in _ADJECTIVAL for a in t._.morf)
                                for t in side)
        return nouns[0] if len(nouns) == 1 and others_adjectival and side[0].text[:1].isupper() else None

    def noun_cases(t: Token) -> set[str]:
        return {c for a in t._.morf if a.pos == "subst" for c in a.cases}

    for j in range(1, len(tokens) - 1):
        if tokens[j].text not in _CONJUNCTIONS:
            continue
        left, right = lone_noun(tokens[:j]), lone_noun(tokens[j + 1:])
        return j if left is not None and right is not None and noun_cases(left) & noun_cases(right) else None
    return None


def noun_headed(tokens: list[Token]) -> str:
    """'Doliny Baryczy' -> 'Dolina Baryczy', 'Powiśla Lubelskiego' -> 'Powiśle Lubelskie': the first noun heads."""
    split = _coordinated_split(tokens)
    if split is not None:
        return f"{noun_headed(tokens[:split])} {tokens[split].text} {noun_headed(tokens[split + 1:])}"
    nouns = [k for k, t in enumerate(tokens) if any(a.pos == "subst" for a in t._.morf)]
    # an abbreviation before a number ('drogi krajowej nr 7') names the head's number: it heads nothing
    nouns = [k for k in nouns if not (any(a.pos == "brev" for a in tokens[k]._.morf) and k + 1 < len(tokens)
                                      and tokens[k + 1].text.isdigit())] or nouns
    pure = [k for k in nouns if not any(a.pos == "adj" for a in tokens[k]._.morf) or _after_agreeing(tokens, k)]
    k = (pure or nouns or [0])[0]  # "Dolnym Śląsku": the head is the noun, not the adjective
    readings = [a for a in tokens[k]._.morf if a.pos == "subst"]
    if not readings or _foreign_compound(tokens, k) or all(
            a.number == "pl" and "m1" in a.genders and set(a.names) & {"nazwisko", "imię"} for a in readings):
        return " ".join(t.text for t in tokens)  # a family's plural heads no name: "Biberach an der Riß"
    governed = preposition_cases(tokens[0])
    after = 0  # the adjectives right after the head: the words after a second noun go with that noun
    while k + 1 + after < len(tokens) and (tokens[k + 1 + after].text == "-" or any(
            a.pos in _ADJECTIVAL for a in tokens[k + 1 + after]._.morf) or compound_part(tokens, k + 1 + after)
            or _adjective_shaped(tokens[k + 1 + after])):
        after += 1
    saint = False  # "Krainy Świętej Anny": "Święta Anna" is one name in the genitive, no adjective of the head
    if after and k + 1 + after < len(tokens) and _modifies_next(tokens[k + 1:k + 1 + after], tokens[k + 1 + after]):
        saint = saints_name(tokens[k + 1:k + 1 + after], tokens[k + 1 + after])
        after = 0  # "Związek Socjalistycznych Republik": the adjectives go with the noun after them

    def agreeing(a, others: list[Token]) -> int:  # the head's reading its adjectives agree with: "Nowym Jorku"
        return sum(any(b.pos in _ADJECTIVAL and b.cases & a.cases and (b.number is None or b.number == a.number)
                       and (not b.genders or not a.genders or b.genders & a.genders) for b in t._.morf)
                   or unknown_adjective(t, a, _gender(a)) is not None for t in others)
    # a place's name before a surname of the same spelling: "nad Jeziorem Białym" is the lake, not Mr Jezior;
    # but a word that is already its own nominative stays itself ("Gutek Film" is not the plural "Gutki")
    written = tokens[k].text.lower()
    near = [*tokens[:k], *tokens[k + 1:k + 1 + after]]
    rare = label_penalties(tokens[k].text)  # "rondzie": the roundabout, not the archaic "rond"
    # a name that is also a common noun's lemma is the likelier name ("Jeziorze": Jezioro, not Jeziora)
    common = {a.lemma.lower() for a in readings if not a.names}
    head = max(readings, key=lambda a: (bool(a.cases & governed), agreeing(a, near),
                                        "nom" in a.cases and a.lemma.lower() == written
                                        and "człon_nazwy_geograficznej" not in a.names, -rare.get(a, 0.0),
                                        "nazwa_geograficzna" in a.names, a.lemma.lower() in common,
                                        bool(a.names), a.number == "sg",
                                        agreeing(a, tokens[k + 1:])))  # the last tie: "Karcie praw ... Unii Europejskiej"
    gender = _gender(head)
    words = []
    agreeing_run = not saint  # after the head only the adjectives right after it agree with it
    for m, t in enumerate(tokens):
        if m == k:
            words.append(noun_nominative(t.text, head))
            continue
        if compound_part(tokens, m):
            words.append(t.text)  # "kujawsko-pomorskim": the first part stays, the last one agrees
            continue
        adj = _agreeing_adjective(t, head, gender) if m < k or agreeing_run else None
        guess = unknown_adjective(t, head, gender) if adj is None and (m < k or agreeing_run) else None
        if guess is not None:
            words.append(guess)  # "Wyspie Sobieszewskiej": an adjective the dictionary lacks, by its ending
            continue
        if m > k and adj is None and t.text in _CONJUNCTIONS and agreeing_run and m + 1 < len(tokens) \
                and _agreeing_adjective(tokens[m + 1], head, gender) is not None:
            words.append(t.text)  # "Europy Środkowej i Wschodniej": the run goes on across the conjunction
            continue
        if m > k and adj is None and t.text != "-":
            agreeing_run = False  # "Front Wschodni Armii Czerwonej": "Czerwonej" goes with "Armii"
        if adj is not None and adj.pos != "adj":
            form = _adjectival_form(adj, head.number or "sg", gender)
            words.append(match_case(form, t.text) if form and "nom" not in adj.cases else t.text)
            continue
        words.append(adjective_nominative(t.text, adj, head.number or "sg", gender) if adj else t.text)
    name = " ".join(words).replace(" - ", "-")
    return readable_case(name) if name.isupper() else name


#: endings of an adjective in "-ski/-cki/-dzki" after its stem's "k": the cases and number each shows and the
#: nominative ending for a feminine, neuter, masculine or (any gender but men's) plural head
_ADJECTIVE_ENDINGS = (
    ("iej", frozenset({"gen", "dat", "loc"}), "sg", {"f": "a"}),
    ("ą", frozenset({"acc", "inst"}), "sg", {"f": "a"}),
    ("iego", frozenset({"gen", "acc"}), "sg", {"n": "ie", "m": "i"}),
    ("iemu", frozenset({"dat"}), "sg", {"n": "ie", "m": "i"}),
    ("im", frozenset({"inst", "loc"}), "sg", {"n": "ie", "m": "i"}),
    ("ich", frozenset({"gen", "loc"}), "pl", {"f": "ie", "n": "ie", "m": "ie"}),
    ("imi", frozenset({"inst"}), "pl", {"f": "ie", "n": "ie", "m": "ie"}),
    ("im", frozenset({"dat"}), "pl", {"f": "ie", "n": "ie", "m": "ie"}),
)


#: the same endings for an adjective in "-owy" ("Karlowych" -> "Karlowe"), a hard stem: "y" and "e" for "i" and "ie"
_HARD_ENDINGS = tuple((end[1:] if end.startswith("ie") else "y" + end[1:] if end.startswith("i") else end, cases, number,
                       {k: {"ie": "e", "i": "y"}.get(v, v) for k, v in noms.items()})
                      for end, cases, number, noms in _ADJECTIVE_ENDINGS)
#: the stems each table declines
_ADJECTIVE_TABLES = ((("sk", "ck", "dzk"), _ADJECTIVE_ENDINGS), (("ow",), _HARD_ENDINGS))


def _gender(a) -> str:
    return next((g for g in ("f", "n", "m3", "m1", "m2") if g in a.genders), "m3")


def _adjective_shaped(t: Token) -> bool:
    """A word the dictionary lacks with the ending of an adjective in '-ski/-cki/-dzki' or '-owy'."""
    low = t.text.lower()
    return bool(t._.morf) and all(a.tag == "ign" for a in t._.morf) and any(
        low.endswith(ending) and low[: -len(ending)].endswith(stems)
        for stems, table in _ADJECTIVE_TABLES for ending, *_ in table)


def unknown_adjective(t: Token, head, gender: str) -> str | None:
    """The nominative of an adjective the dictionary lacks agreeing with the head: every adjective in
    '-ski/-cki/-dzki' declines alike, and so does every one in '-owy', so its ending shows case and number
    ('Sobieszewskiej' -> 'Sobieszewska', 'Karlowych' -> 'Karlowe')."""
    if not t._.morf or any(a.tag != "ign" for a in t._.morf) or not t.text.isalpha() or "m1" in head.genders:
        return None
    low = t.text.lower()
    kind = "f" if gender == "f" else "n" if gender == "n" else "m"
    for stems, table in _ADJECTIVE_TABLES:
        for ending, cases, number, nominatives in table:
            stem = low[: -len(ending)]
            if low.endswith(ending) and stem.endswith(stems) and len(stem) > 3 \
                    and number == (head.number or "sg") and cases & head.cases and kind in nominatives:
                return t.text[: len(stem)] + nominatives[kind]
    return None


def compound_part(tokens: list[Token], m: int) -> bool:
    """The uninflected first part of a compound adjective ('kujawsko-', 'Fabryczno-', 'warmińsko-'): a word in
    '-o' before a hyphen that reads only as such a part, an adverb or nothing the dictionary knows."""
    t = tokens[m]
    return m + 2 < len(tokens) and tokens[m + 1].text == "-" and t.text.lower().endswith("o") and bool(t._.morf) \
        and all(a.pos in ("adja", "adv", "ign") for a in t._.morf)


def _modifies_next(run: list[Token], noun: Token) -> bool:
    """Adjectives between the head and a later noun that all agree with that noun are its attributes, not
    the head's: they say nothing of the head's case or number."""
    readings = [a for a in noun._.morf if a.pos == "subst"]
    return bool(readings) and all(t.text == "-" or any(
        b.pos in _ADJECTIVAL and b.cases & a.cases and (b.number is None or b.number == a.number)
        and (not b.genders or not a.genders or b.genders & a.genders) for a in readings for b in t._.morf)
        for t in run)


_SAINTLY = frozenset({"święty", "błogosławiony"})


def saints_name(run: list[Token], noun: Token) -> bool:
    """"Świętej Anny", "Błogosławionego Jana": a saint's title and first name, a genitive name of its own."""
    return all(any(a.pos == "adj" and a.lemma.lower() in _SAINTLY for a in t._.morf) for t in run) \
        and any(a.pos == "subst" and "imię" in a.names for a in noun._.morf)


def _after_agreeing(tokens: list[Token], k: int) -> bool:
    """A word read both as a noun and as an adjective heads the phrase when the adjectives before it agree
    with it as a noun: 'Miejskiej Przychodni Zdrowia' is headed by 'Przychodni', not by 'Zdrowia'."""
    before = tokens[:k]
    nouns = [a for a in tokens[k]._.morf if a.pos == "subst" and not a.names]
    return bool(before) and bool(nouns) and all(
        t.text == "-" or not any(a.pos == "subst" and not a.names for a in t._.morf)  # no common noun of its own
        and any(_agreeing_adjective(t, a, g) is not None for a in nouns for g in a.genders) for t in before)


def _foreign_compound(tokens: list[Token], k: int) -> bool:
    """'New York', 'West Bromwich', 'Hong Kong': the would-be head reads only as a plural genitive or a
    vocative of a Polish noun ('Newa', 'westa', 'Kongo') and every other word is a capitalised nominative
    or a word the dictionary lacks with no oblique ending: a foreign name, as written."""
    from pipeline.text.name_forms import may_be_nominative

    nouns = [a for a in tokens[k]._.morf if a.pos == "subst"]
    if not all(a.cases <= {"voc"} or a.number == "pl" and a.cases <= {"gen", "voc"} for a in nouns):
        return False
    others = [t for m, t in enumerate(tokens) if m != k]
    return bool(others) and all(
        t.text[:1].isupper() and not any(a.pos in _ADJECTIVAL for a in t._.morf)
        and may_be_nominative(t.text, t._.morf) for t in others)


def _agreeing_adjective(t: Token, head, gender: str):
    """The reading of `t` as an adjective agreeing with the head noun's reading, or None."""
    return next((a for a in t._.morf if a.pos in _ADJECTIVAL and a.cases & head.cases
                 and (a.number in (None, head.number) or head.number is None)
                 and (head.number == "pl" or not a.genders or gender in a.genders)), None)


def agreed_candidates(tokens: list[Token]) -> list[str]:
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
            words.append(match_case(form, "A") if form else (geo_lemmas(t.text) or [(t.text, "")])[0][0])
        out.append(" ".join(words).replace(" - ", "-"))
    return list(dict.fromkeys(out))


_ADJECTIVAL = ("adj", "ppas", "pact")


def member_and_noun(tokens: list[Token]) -> str | None:
    """'Kasprowym Wierchu' -> 'Kasprowy Wierch': a word the dictionary knows only as a member of a longer place name
    agrees with the noun after it in case and number (that noun is the rest of the name, not a genitive complement
    of it), so both go to the nominative."""
    if len(tokens) != 2 or not all(t.text[:1].isupper() for t in tokens):
        return None
    members = [a for a in tokens[0]._.morf if a.pos == "subst"]
    if not members or not all("człon_nazwy_geograficznej" in a.names for a in members):
        return None
    for a in members:
        for b in tokens[1]._.morf:
            if b.pos == "subst" and b.number == a.number and a.cases & b.cases - {"nom", "voc"}:
                return f"{name_spelling(a.lemma)} {match_case(noun_nominative(tokens[1].text, b), 'A')}"
    return None


def adjective_region(tokens: list[Token]) -> str | None:
    """'z Dolnego Śląska' -> 'Dolny Śląsk': a capitalised adjective agreeing with a region's name after it, in the
    gender of the region, not of a village the adjective's form could also name ("Górne")."""
    from pipeline.lexicon.regions import REGIONS

    if len(tokens) != 2 or not all(t.text[:1].isupper() for t in tokens):
        return None
    for head in (a for a in tokens[1]._.morf if a.pos == "subst" and a.lemma in REGIONS):
        gender = next((g for g in ("f", "n", "m3", "m1", "m2") if g in head.genders), "m3")
        adj = next((a for a in tokens[0]._.morf if a.pos == "adj" and a.cases & head.cases
                    and (a.number is None or a.number == head.number)), None)
        form = _adjectival_form(adj, head.number or "sg", gender) if adj else None
        if form:
            return f"{match_case(form, 'A')} {head.lemma}"
    return None


def _adjectival_form(a, number: str, gender: str) -> str | None:
    """The nominative of an adjective or an adjectival participle ('Zjednoczonych' -> 'Zjednoczone'), affirmative
    unless the participle is negated ('Nieznanego' -> 'Nieznany')."""
    form = generate_form(a.lemma, a.pos, number, gender)
    if form and a.pos != "adj" and form.startswith("nie") and not a.lemma.startswith("nie") \
            and "neg" not in a.tag.split(":"):
        form = form[3:]  # the generator may give the negated participle first
    return form
