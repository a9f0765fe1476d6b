"""Choosing one morfeusz2 reading per token: a handful of hand-written rules scored per reading.

A POS prior, the dictionary's usage labels (archaic, dialectal, culinary ... readings are
unlikely), the case a preceding preposition governs, agreement of an adjective with the
following noun (and of a noun with the preceding adjective), capitalisation against
proper-name readings, and a short list of frequent forms whose usual reading we know.
The context-free part of the score is cached per word form (`_prepare`).
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.text.analysis import Analysis, penalties_of, tag_features

# Cases governed by frequent prepositions: a light, reliable disambiguation signal.
PREP_CASES: dict[str, frozenset[str]] = {
    p: frozenset(c.split())
    for p, c in {
        "w": "loc acc", "we": "loc acc", "na": "loc acc", "o": "loc acc", "po": "loc acc",
        "do": "gen", "od": "gen", "ode": "gen", "z": "inst gen", "ze": "inst gen", "dla": "gen",
        "u": "gen", "bez": "gen", "spod": "gen", "podczas": "gen", "wśród": "gen",
        "według": "gen", "obok": "gen", "koło": "gen", "przez": "acc", "przy": "loc",
        "pod": "inst acc", "nad": "inst acc", "przed": "inst acc", "za": "inst acc",
        "między": "inst acc", "pomiędzy": "inst", "ku": "dat", "dzięki": "dat",
    }.items()
}

_POS_PRIOR = {
    # closed classes first: a frequent function word rarely means the odd noun morfeusz also knows
    "ppron12": 3.6, "ppron3": 3.6, "siebie": 3.6, "prep": 3.6, "conj": 3.4, "bedzie": 3.5,
    "comp": 3.0, "part": 3.1, "qub": 3.1, "pred": 3.2, "winien": 3.2, "adv": 3.0, "num": 3.0,
    # verb forms beat the noun readings of the same form ("stoi", "mają", "była")
    "praet": 3.4, "inf": 3.4, "fin": 3.2, "pact": 3.0, "ppas": 3.05, "pcon": 2.6, "pant": 2.4,
    "imps": 2.4, "adj": 2.9, "subst": 2.8, "ger": 2.2, "impt": 1.5, "aglt": 1.0,
    "brev": 1.0, "interp": 3.0, "depr": 0.5, "burk": 1.0, "interj": 1.0, "xxx": 0.5, "ign": 0.0,
    "adja": 0.8, "adjp": 1.0, "adjc": 1.0, "numcol": 2.4, "dig": 2.0, "romandig": 2.0, "frag": 0.5,
}
_ADJ_LIKE = frozenset(("adj", "ppas", "pact"))
_CASE_PRIOR = {"nom": 0.12, "gen": 0.08, "acc": 0.05, "loc": 0.05, "inst": 0.03, "dat": 0.0, "voc": -0.1}
_FINITE = frozenset(("fin", "praet"))
_M1 = frozenset(("m1",))
_NOMINAL = frozenset(("subst", "depr", "ger"))
_VERB_FORMS = frozenset(("fin", "praet", "impt", "bedzie", "winien", "pred", "imps", "inf"))
#: Pronominal adjectives (determiners): they agree with the next word and win over odd nouns.
_DET_LEMMAS = frozenset(
    "ten taki jaki który swój mój twój nasz wasz jeden sam każdy żaden inny pewien tamten owy ów "
    "niektóry czyj kilka tenże".split()
)
#: Frequent forms and the lemma they almost always have (hand-written; other readings stay possible).
_PREFERRED = {
    form: lemma
    for lemma, forms in {
        "tak": "tak", "tam": "tam", "tu": "tu", "potem": "potem", "też": "też", "także": "także",
        "można": "można", "kiedy": "kiedy", "kiedyś": "kiedyś", "raczej": "raczej", "prawie": "prawie",
        "głównie": "głównie", "trochę": "trochę", "szybko": "szybko", "dalej": "daleko", "nie": "nie",
        "ale": "ale", "lecz": "lecz", "lub": "lub", "albo": "albo", "chyba": "chyba", "gdzieś": "gdzieś",
        "nagle": "nagle", "pół": "pół", "coś": "coś czegoś czemuś czymś", "ktoś": "ktoś kogoś komuś kimś",
        "nic": "nic niczego niczym", "nikt": "nikt nikogo nikomu nikim",
        "co": "co czego czemu czym", "kto": "kto kogo komu kim",
        "on": "go mu jej jemu nim niej im je ich nich nią niego niemu", "ja": "mi mnie mną",
        "ty": "ci cię tobie tobą", "siebie": "sobie sobą",
        "rok": "lat lata latach latami latom", "człowiek": "ludzie ludzi ludźmi ludziom",
        "mieć": "mam masz ma mamy macie mają miał miała miało mieli miały mając", "ten": "ta te tę",
        "być": "być była było były byli był", "pan": "pan pana panu panem panie panowie panów",
        "pani": "pani panią", "dzień": "dzień", "rzecz": "rzecz", "stać": "stoi stoją",
        "musieć": "muszę musi musimy muszą", "iść": "idzie idą idę", "oko": "oczy", "nadzieja": "nadzieję",
        "swój": "swoich swoim swoje swoją swojego swojej swoimi swoja", "nasz": "nasze naszych naszym",
        "jeden": "jednego jednym jedna jedno jedną jednej", "wszystko": "wszystko", "wszyscy": "wszyscy",
        "dane": "dane danych danymi", "ramy": "ramach", "taki": "taka", "jaki": "jaki",
        "połowa": "połowie", "rada": "rada",
    }.items()
    for form in (forms or lemma).split()
}
#: Plural-only nouns that are really used as such (other plural-only readings are usually the plural
#: of an ordinary noun: "prace" is "praca", not the plurale tantum "prace").
_PLURALIA_TANTUM = frozenset(
    "ramy okulary dane drzwi usta plecy wakacje urodziny imieniny ferie spodnie nożyczki skrzypce "
    "sanki obrady dzieje odwiedziny wczasy zwłoki nosze grabie widły finanse warsztaty warunki wybory".split()
)
#: Abbreviations: the expansion UD (and readers) expect as the lemma.
_BREV_LEMMAS = frozenset(
    "rok bieżący_rok około na_przykład między_innymi tysiąc złoty ustęp artykuł godzina minuta "
    "profesor procent święty ulica numer doktor punkt tak_zwany to_jest województwo powiat gmina "
    "telefon habilitowany magister inżynier i_tak_dalej i_tym_podobne do_spraw według milion miliard "
    "wyżej_wymieniony urodzony to_znaczy pod_tytułem ksiądz strona imienia".split()
)


def choose(
    analyses: tuple[Analysis, ...],
    word: str,
    prev_lower: str | None,
    sent_start: bool,
    *,
    prev: Analysis | None = None,
    next_analyses: tuple[Analysis, ...] = (),
) -> Analysis | None:
    """Pick one analysis: preposition government, agreement, capitalisation and a POS prior.

    `prev` is the reading chosen for the previous word and `next_analyses` the
    readings of the next one (both optional: without them only the word and the
    previous word's form are used).
    """
    if not analyses:
        return None
    if len(analyses) == 1:
        return analyses[0]
    entry = _PREPARED.get((id(analyses), word))
    if entry is None or entry[0] is not analyses:
        entry = _remember_prepared(analyses, word)
    readings, lower, capital, _caps = entry[1]
    governed = PREP_CASES.get(prev_lower or "")
    if prev is not None:
        prev_features = tag_features(prev.tag)
        prev_pos = prev_features[0]
        if governed is None and prev_pos == "prep":
            governed = prev_features[1]
        prev_first_name = "imię" in prev.names
    else:
        prev_features = None
        prev_pos = None
        prev_first_name = False
    if next_analyses:
        nominal, with_adjectives, hyphen_next = _next_features(next_analyses)
    else:
        nominal = with_adjectives = ()
        hyphen_next = False
    preferred = None
    if lower in ("była", "były") and nominal and any(
        _agrees_any(cases, number, genders, nominal) for _a, pos, cases, number, genders, _s, _t in readings
        if pos == "adj"
    ):
        preferred = "były"  # "były burmistrz": the adjective "former", not the verb
    elif lower == "może" and next_analyses:  # "może przyjść" (móc) against "może jutro" (the particle)
        verbal = any(a.tag.startswith("inf") or a.lemma in ("się", "nie") for a in next_analyses)
        preferred = "móc" if verbal else "może"
    adj_after_noun = prev_pos in _NOMINAL
    noun_after_adj = prev_pos in _ADJ_LIKE
    finite_before = prev_pos in _FINITE
    names_count = capital and not sent_start
    best: Analysis | None = None
    best_score = -1e9
    for a, pos, cases, number, genders, base, twin in readings:
        score = base
        if governed:
            if cases:
                score += 1.5 if cases & governed else -1.0
            elif pos in _VERB_FORMS:
                score -= 1.0
            if lower == "nie" and pos == "part":
                score -= 1.5  # "na nie" is the pronoun
        elif pos == "ppron3" and ":praep" in a.tag and "npraep" not in a.tag:
            score -= 1.5  # "nie", "niej", "nim" are pronouns only after a preposition
        if preferred is not None and a.lemma == preferred:
            score += 2.5 if pos != "adj" or lower not in ("była", "były") else 5.0
        if pos in _ADJ_LIKE:
            if prev_pos == "adja":
                score += 1.0  # "biało-czerwona": the second part of a compound adjective
            if next_analyses:
                det = a.lemma in _DET_LEMMAS
                if _agrees_any(cases, number, genders, with_adjectives if det else nominal):
                    score += 1.5 if det else 0.6
                elif not det and adj_after_noun and _agrees_any(cases, number, genders, (prev_features[1:],)):
                    score += 0.6  # after its noun: "dane osobowe", "Unii Europejskiej"
                else:
                    score -= 0.5 if det else 0.3  # "o tym", "do tego": the pronoun "to", not "ten"
        elif pos in _NOMINAL:
            if noun_after_adj:
                pf = prev_features
                if pf[1] & cases and (pf[2] is None or number is None or pf[2] == number):
                    score += 0.4
        elif pos == "adja" and hyphen_next:
            score += 3.0  # "biało-czerwony": the first part of a compound adjective
        elif finite_before and pos in _FINITE:
            score -= 0.5  # two finite verbs in a row are rare: "przywitali gości" (guests)
        if a.names:
            if capital:
                if names_count:
                    score += _name_bonus(a.names, twin)
                elif twin and "imię" not in a.names:
                    score -= 0.3  # "Osoba", "Grupa" opening a sentence
                if prev_first_name and "nazwisko" in a.names:
                    score += 1.0  # "Agnieszkę Wilczyńską": a surname after a first name
        elif names_count and pos in _VERB_FORMS:
            score -= 0.5  # a capitalised word inside a sentence is a name or an institution ("Rada")
        if score > best_score:
            best, best_score = a, score
    return best


#: (id(readings), word) -> (readings, `_prepare(readings, word)`): the readings tuples come from the analysis
#: caches, so the same object recurs for every occurrence of a form; a look-up by id spares hashing the whole
#: tuple of readings, as `lru_cache` must. The entry keeps the tuple, so its id is not reused while it lives.
_PREPARED: dict[tuple[int, str], tuple[tuple[Analysis, ...], _Prepared]] = {}
#: id(readings) -> (readings, (nominal readings' (cases, number, genders), the same with the adjective-like
#: readings, whether the first reading is a hyphen)): what `choose` asks of the next word, by id as above.
_NEXT: dict[int, tuple[tuple[Analysis, ...], tuple]] = {}
_BY_ID_MAX = 100_000


def _remember_prepared(analyses: tuple[Analysis, ...], word: str) -> tuple:
    if len(_PREPARED) >= _BY_ID_MAX:
        _PREPARED.clear()
    entry = _PREPARED[(id(analyses), word)] = (analyses, _prepare(analyses, word, penalties_of(analyses)))
    return entry


def _next_features(analyses: tuple[Analysis, ...]) -> tuple:
    entry = _NEXT.get(id(analyses))
    if entry is not None and entry[0] is analyses:
        return entry[1]
    nominal = []
    adjectives = []
    for b in analyses:
        pos, cases, number, genders = tag_features(b.tag)
        if pos in _NOMINAL:
            nominal.append((cases, number, genders))
        elif pos in _ADJ_LIKE:
            adjectives.append((cases, number, genders))
    features = (tuple(nominal), tuple(nominal + adjectives), analyses[0].lemma in ("-", "–"))
    if len(_NEXT) >= _BY_ID_MAX:
        _NEXT.clear()
    _NEXT[id(analyses)] = (analyses, features)
    return features


def _agrees_any(cases, number, genders, others) -> bool:
    """`_agrees` over readings' (cases, number, genders) already picked by part of speech."""
    for bcases, bnumber, bgenders in others:
        if (
            cases & bcases
            and (number is None or bnumber is None or number == bnumber)
            and (not genders or not bgenders or genders & bgenders)
        ):
            return True
    return False


_Prepared = tuple[tuple[tuple[Analysis, str, frozenset, "str | None", frozenset, float, bool], ...], str, bool, bool]


@lru_cache(maxsize=100_000)
def _prepare(analyses: tuple[Analysis, ...], word: str, penalties: tuple[float, ...]) -> _Prepared:
    """The context-free part of `choose`, computed once per word form: features and base scores (`penalties`:
    the form's usage-label penalty of each reading, part of the key: equal readings of two forms may differ)."""
    lower = word.lower()
    caps = len(word) > 1 and word.isupper()  # an acronym or a shouted word: case says nothing
    capital = word[:1].isupper() and not caps
    dotted = word.endswith(".")
    preferred = _PREFERRED.get(lower)
    common = {a.lemma.lower() for a in analyses if not a.names}
    support: dict[str, int] = {}
    for a in analyses:
        support[a.lemma] = support.get(a.lemma, 0) + 1
    out = []
    for a, penalty in zip(analyses, penalties, strict=True):
        pos, cases, number, genders = tag_features(a.tag)
        score = _POS_PRIOR.get(pos, 1.0) - penalty
        if pos == "brev":
            if dotted:
                score += 3.0 + (0.5 if a.lemma in _BREV_LEMMAS else 0.0)
            elif a.lemma in _BREV_LEMMAS:
                score += 2.0
        if preferred is not None and a.lemma == preferred:
            score += 2.5
        elif pos in _NOMINAL and a.lemma == word:
            score += 0.15  # the base form itself ("Jakub", not the place "Jakuby")
        if not a.names:
            score += 0.04 * min(support[a.lemma] - 1, 4)  # "Rady": "rada" fits more readings than "rad"
        if cases and pos in _NOMINAL:
            score += max(_CASE_PRIOR[c] for c in cases)  # nominative and genitive are the common cases
            if number == "pl" and "nom" in cases and genders == _M1:
                score += 0.1  # "uczestnicy", "pracownicy": people, not "uczestnica" in the genitive
        if pos == "subst":
            if len(cases) == 7 and number is None and a.lemma == lower:
                score -= 1.0  # indeclinable letter or foreign word ("go", "mi", "te")
            elif a.tag.endswith(":pt") and a.lemma not in _PLURALIA_TANTUM and not a.names:
                score -= 0.5  # "prace" is the plural of "praca" more often than the plurale tantum
        if a.names and not capital and not caps:
            score -= 1.5  # a lower-case word is rarely a name
        if a.lemma[:1].isupper() and not capital and not caps:
            score -= 1.0
        twin = bool(a.names) and a.lemma.lower() in common  # "Pan"/"pan", "Unii"/"unia"
        out.append((a, pos, cases, number, genders, score, twin))
    return tuple(out), lower, capital, caps


def _name_bonus(names: tuple[str, ...], twin: bool) -> float:
    """Bonus of a proper-name reading of a capitalised word inside a sentence.

    First names and place names are likely; a bare surname reading often is only a
    capitalised common noun ("Rady Miasta"), and a surname or place that is also
    the same common noun ("Król", "Unii", "Kościół") is usually the common noun.
    """
    if "imię" in names:
        return 0.6
    if twin:
        return 0.3 if "nazwa_geograficzna" in names and "nazwisko" in names else -0.3
    if "nazwa_geograficzna" in names:
        return 0.6
    if "nazwisko" in names:
        return -0.1
    return 0.3


def governed_cases(prev_lower: str | None, prev: Analysis | None) -> frozenset[str]:
    """The cases the previous word governs, if it is a preposition (empty otherwise)."""
    governed = PREP_CASES.get(prev_lower or "")
    if governed is None and prev is not None and prev.tag.startswith("prep:"):
        governed = tag_features(prev.tag)[1]
    return governed or frozenset()
