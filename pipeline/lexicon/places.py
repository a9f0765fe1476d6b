"""Base forms of place names: 'w Nowym Sączu' -> 'Nowy Sącz', checked against the TERYT register
(`pipeline.lexicon.teryt`) and a list of countries; the nominative of noun-headed name phrases.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from pipeline.lexicon.regions import is_region
from pipeline.text.inflect import adjective_nominative, generate_form, match_case, noun_nominative, readable_case
from pipeline.text.morphology import CASES, PREP_CASES, analyse

COUNTRIES = frozenset({
    "Polska", "Niemcy", "Czechy", "Słowacja", "Ukraina", "Litwa", "Łotwa", "Estonia", "Białoruś",
    "Rosja", "Francja", "Hiszpania", "Włochy", "Portugalia", "Austria", "Szwajcaria", "Belgia",
    "Holandia", "Dania", "Szwecja", "Norwegia", "Finlandia", "Irlandia", "Węgry", "Rumunia",
    "Bułgaria", "Chorwacja", "Słowenia", "Serbia", "Grecja", "Wielka Brytania", "Anglia", "Szkocja",
    "Islandia", "Gruzja", "Mołdawia", "Turcja", "Izrael", "Stany Zjednoczone", "Kanada", "Japonia",
    "Chiny", "Indie", "Luksemburg", "Malta", "Cypr", "Albania", "Macedonia", "Bośnia",
    "Niderlandy", "Czarnogóra", "Kosowo", "Liechtenstein", "Monako", "Andora", "Watykan", "San Marino",
    "Armenia", "Azerbejdżan", "Kazachstan", "Uzbekistan", "Mongolia", "Iran", "Irak", "Syria", "Liban", "Jordania",
    "Arabia Saudyjska", "Egipt", "Maroko", "Tunezja", "Algieria", "Libia", "Kenia", "Tanzania", "Etiopia",
    "Nigeria", "Madagaskar", "Republika Południowej Afryki", "Wietnam", "Laos", "Kambodża", "Birma", "Tajlandia",
    "Indonezja", "Malezja", "Filipiny", "Korea Południowa", "Korea Północna", "Nepal", "Pakistan", "Afganistan",
    "Australia", "Nowa Zelandia", "Meksyk", "Kuba", "Brazylia", "Argentyna", "Chile", "Peru", "Kolumbia",
    "Wenezuela", "Boliwia", "Ekwador", "Urugwaj", "Paragwaj",
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
                out.append((a.lemma, a.tag if "nazwa_geograficzna" in a.names else a.tag + ":człon"))
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


@lru_cache(maxsize=8192)
def _town_weight(name: str) -> tuple[int, bool]:
    """Prefer a town to a village of a homonymous reading ("Myszkowie": Myszków, not Myszkowo), then a gmina's
    seat ("w Gołuchowie": Gołuchów, not Gołuchowo). Cached per name: the register never changes once loaded."""
    from pipeline.lexicon.teryt import is_gmina, localities

    return sum(1 for loc in localities(name) if loc.kind == "miasto"), is_gmina(name)


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


def _reading_rank(tag: str, governed: frozenset[str]) -> tuple[bool, bool]:
    """Readings the preposition governs first; a plural form of a singular name last ("na Kujawach": the
    plurale tantum Kujawy, not Kujawa; "w Lipnicach": Lipnice)."""
    parts = tag.split(":")
    return bool(governed) and not _tag_cases(tag) & governed, "pl" in parts and "pt" not in parts


def _candidates(tokens: list[Token]) -> tuple[tuple[str, int], ...]:
    """Base-form readings of a name phrase, the likeliest first, at most 32, each with the number of its
    words read as the plural of a singular name (the fewer, the likelier)."""
    return _word_candidates(tuple(t.text for t in tokens), preposition_cases(tokens[0]) if tokens else frozenset())


@lru_cache(maxsize=8192)
def _word_candidates(words: tuple[str, ...], governed: frozenset[str]) -> tuple[tuple[str, int], ...]:
    """`_candidates` of the words after a preposition governing `governed`: they depend on nothing else, so
    they are cached by the words (the same names come back within a document and across documents)."""
    options: list[list[tuple[str, int]]] = []
    for w in words:
        if w == "-":
            options.append([("-", 0)])
            continue
        readings = sorted(_geo_lemmas(w), key=lambda r: _reading_rank(r[1], governed))
        # a word read only as a part of a longer name is an unlikely name of its own ("Radzikowie": Radzików)
        lemmas = [(lem, int(_reading_rank(tag, governed)[1]) + (len(words) == 1 and tag.endswith(":człon")))
                  for lem, tag in readings]
        if not lemmas:
            common = sorted((a for a in analyse(w) if a.pos in ("adj", "subst")),
                            key=lambda a: bool(set(a.names) & {"imię", "nazwisko"}))  # "Wrzeciona": not a surname
            lemmas = [(a.lemma, 0) for a in common] or [(w, 0)]
        title = [(match_case(lem, "A") if w.isupper() else lem, odd) for lem, odd in lemmas]
        first: dict[str, int] = {}
        for lem, odd in title:
            first[lem] = min(odd, first.get(lem, odd))
        options.append(list(first.items()))
    candidates = [("", 0)]
    for opts in options:
        candidates = [(c + ("" if c.endswith("-") or not c or o == "-" else " ") + o, n + m)
                      for c, n in candidates for o, m in opts[:4]]
        candidates = candidates[:32]
    return tuple(candidates)


def _known(candidates: tuple[tuple[str, int], ...]) -> list[str]:
    """`_known_readings`, cached by the candidates (the register does not change once loaded), as a new list."""
    return list(_known_readings(candidates))


@lru_cache(maxsize=8192)
def _known_readings(candidates: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    """The register's readings, the likeliest first: a singular reading before a plural form of a singular
    name, a town before a village, a gmina's seat before another village."""
    known: dict[str, int] = {}
    for c, odd in candidates:
        if is_known_locality(c) or " " in c and is_known_locality(c.replace(" ", "-")):
            known[c] = min(odd, known.get(c, odd))
    return tuple(sorted(known, key=lambda c: (known[c], [-w for w in _town_weight(c)])))


def known_readings(tokens: list[Token]) -> list[str]:
    """The readings of a name the register knows, the preferred first: 'w Żarnowie' -> Żarnów, Żarnowo.
    The caller may choose among them by the document's other places (`extract.places`)."""
    if not register_loaded() or not tokens or len(tokens) == 1 and _single_place_word(tokens[0]) is not None:
        return []
    return _known(_candidates(tokens))


def locality_base(tokens: list[Token], hints: list[str] | None = None) -> str:
    """'w Nowym Sączu' -> 'Nowy Sącz', 'BYCZYNY' -> 'Byczyna', 'Bielsku-Białej' -> 'Bielsko-Biała'."""
    words = [t.text for t in tokens]
    if len(tokens) == 1:
        single = _single_place_word(tokens[0])
        if single is not None:
            return single
    scored = _candidates(tokens)
    candidates = [c for c, _odd in scored]
    for c in candidates:
        if c in COUNTRIES:
            return c
    # "Opacz Kolonii", "Krynicy Zdroju": the register spells them with a hyphen, the text may not
    known = _known(scored)
    region = next((c for c in candidates if is_region(c)), None)
    if known and region is not None and region not in known and candidates.index(region) < candidates.index(known[0]):
        return region  # "na Śląsku": the region Śląsk in the governed case, not the village Śląsko
    if known:
        if hints is not None and len(known) > 1:
            fitting = [c for c in known if _fits_hints(c, hints)]
            if len(fitting) == 1:
                return fitting[0]  # "w Nieborowie" near "powiat łowicki": Nieborów, not Nieborowo
        return known[0]
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


def _noun_headed(tokens: list[Token]) -> str:
    """'Doliny Baryczy' -> 'Dolina Baryczy', 'Powiśla Lubelskiego' -> 'Powiśle Lubelskie': the first noun heads."""
    split = _coordinated_split(tokens)
    if split is not None:
        return f"{_noun_headed(tokens[:split])} {tokens[split].text} {_noun_headed(tokens[split + 1:])}"
    nouns = [k for k, t in enumerate(tokens) if any(a.pos == "subst" for a in t._.morf)]
    pure = [k for k in nouns if not any(a.pos == "adj" for a in tokens[k]._.morf)]
    k = (pure or nouns or [0])[0]  # "Dolnym Śląsku": the head is the noun, not the adjective
    readings = [a for a in tokens[k]._.morf if a.pos == "subst"]
    if not readings or _foreign_compound(tokens, k):
        return " ".join(t.text for t in tokens)
    governed = preposition_cases(tokens[0])
    others = [t for m, t in enumerate(tokens) if m != k]

    def agreeing(a) -> int:  # the head's reading that its adjectives agree with: "Nowym Jorku" is locative
        return sum(any(b.pos == "adj" and b.cases & a.cases and (b.number is None or b.number == a.number)
                       and (not b.genders or not a.genders or b.genders & a.genders) for b in t._.morf)
                   for t in others)
    # a place's name before a surname of the same spelling: "nad Jeziorem Białym" is the lake, not Mr Jezior;
    # but a word that is already its own nominative stays itself ("Gutek Film" is not the plural "Gutki")
    written = tokens[k].text.lower()
    head = max(readings, key=lambda a: (bool(a.cases & governed), agreeing(a),
                                        "nom" in a.cases and a.lemma.lower() == written,
                                        "nazwa_geograficzna" in a.names, bool(a.names), a.number == "sg"))
    gender = next((g for g in ("f", "n", "m3", "m1", "m2") if g in head.genders), "m3")
    words = []
    agreeing_run = True  # after the head only the adjectives right after it agree with it
    for m, t in enumerate(tokens):
        if m == k:
            words.append(noun_nominative(t.text, head))
            continue
        adj = _agreeing_adjective(t, head, gender) if m < k or agreeing_run else None
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
                 and (a.number is None or a.number == head.number)
                 and (head.number == "pl" or not a.genders or gender in a.genders)), None)


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


#: the locative "-ie" after a softened consonant -> the masculine consonant stem ("-dzie" -> "-d")
_LOCATIVE_STEMS = (("dzie", "d"), ("cie", "t"), ("sie", "s"), ("zie", "z"), ("nie", "n"), ("mie", "m"),
                   ("wie", "w"), ("bie", "b"), ("pie", "p"), ("fie", "f"))


def _unknown_place(word: str) -> str:
    from pipeline.text.name_forms import unknown_name_base

    low = word.lower()
    if len(low) > 4 and low.endswith("u") and low[-2] not in "aeiouyąęó":
        return word[:-1]  # "Kirkuku", "Sunderlandu": the genitive or locative of a masculine stem
    if len(low) > 5 and low.endswith("rze"):
        return word[:-2]  # "Darfurze": the locative of an '-r' stem
    for end, stem in _LOCATIVE_STEMS:
        if len(low) > len(end) + 3 and low.endswith(end):
            return word[: -len(end)] + stem  # "Düsseldorfie", "Klagenfurcie": a masculine stem's locative
    if len(low) > 4 and low.endswith(("y", "i")) and low[-2] not in "aeiouyąęórtg" and low.isalpha():
        # "Kiruny", "Planicy": an '-a' stem's genitive (not the nominatives of foreign '-ry', '-ty', '-gy', '-ey')
        return unknown_name_base(word, "f", oblique=True)
    if len(low) > 5 and low.endswith("em") and low[-3] not in "aeiouyąęó":
        return word[:-2]  # "Mosulem": the instrumental of a masculine stem
    if len(low) > 4 and low.endswith(("ę", "ą", "ii", "kiem", "giem")):
        return unknown_name_base(word)
    return word


def register_anchors(names: list[str]) -> set[tuple[str, str, str]]:
    """(województwo, powiat, gmina) of the places a document names without doubt: a locality the register
    holds once (or a single town of that name), "powiat X", "województwo Y", "gmina Z" (empty parts match any)."""
    from pipeline.lexicon.teryt import gminas, localities

    out: set[tuple[str, str, str]] = set()
    for name in names:
        unit, _, rest = name.partition(" ")
        if unit == "powiat" and rest:
            out.add(("", rest, ""))
        elif unit == "województwo" and rest:
            out.add((rest, "", ""))
        elif unit == "gmina" and rest:
            out.update((g.wojewodztwo, g.powiat, g.name) for g in gminas(rest))
        else:
            locs = localities(name)
            towns = [loc for loc in locs if loc.kind == "miasto"]
            if len(locs) == 1 or len(towns) == 1:
                loc = (locs if len(locs) == 1 else towns)[0]
                out.add((loc.wojewodztwo, loc.powiat, loc.gmina))
    return out


def nearest_reading(readings: list[str], anchors: set[tuple[str, str, str]]) -> str | None:
    """The reading whose register entry lies nearest the document's other places ("w Żarnowie" beside Opoczno:
    Żarnów of powiat opoczyński, not an Żarnowo elsewhere): the same gmina counts 4, powiat 2, województwo 1,
    summed over the anchors. None when no reading stands out by at least a powiat's worth."""
    from pipeline.lexicon.teryt import localities

    def score(name: str) -> int:
        best = 0
        for loc in localities(name) or localities(name.replace(" ", "-")):
            total = 0
            for woj, powiat, gmina in anchors:
                if gmina and gmina == loc.gmina and (not powiat or powiat == loc.powiat):
                    total += 4
                elif powiat and powiat == loc.powiat:
                    total += 2
                elif woj and woj == loc.wojewodztwo:
                    total += 1
            best = max(best, total)
        return best

    scores = sorted(((score(r), r) for r in readings), reverse=True)
    if len(scores) < 2 or scores[0][0] < 2 or scores[0][0] == scores[1][0]:  # a voivodeship alone is too wide
        return None
    return scores[0][1]
