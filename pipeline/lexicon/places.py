"""Base forms of place names: 'w Nowym Sączu' -> 'Nowy Sącz', checked against the TERYT register
(`pipeline.lexicon.teryt`) and a list of countries; the nominative of noun-headed name phrases.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from pipeline.lexicon.countries import COUNTRIES
from pipeline.lexicon.place_phrases import (
    adjective_region,
    agreed_candidates,
    geo_lemmas,
    governed_cases,
    label_penalties,
    member_and_noun,
    name_spelling,
    noun_headed,
    tag_cases,
)
from pipeline.lexicon.place_shapes import (
    ACRONYM_ENDING,
    abbreviated_street,
    adjectives_only,
    hyphenated_names,
    named_after_person,
    numeral_led,
    plural_range,
    tidy_spacing,
    titled_person,
)
from pipeline.lexicon.place_words import (
    common_plural,
    foreign_tail,
    name_and_word,
    people_country,
    single_place_word,
    unknown_head,
    unknown_word_bases,
    written_register_name,
)
from pipeline.lexicon.regions import is_region, region_of
from pipeline.text.inflect import match_case, readable_case
from pipeline.text.morphology import PREP_CASES, analyse


def is_known_locality(name: str) -> bool:
    try:
        from pipeline.lexicon.teryt import is_locality
    except ImportError:
        return False
    return is_locality(name)


@lru_cache(maxsize=1)
def _hyphen_groups() -> frozenset[str]:
    """Casefolded first parts shared by two or more hyphenated register names ("Lućmierz-Las", "Lućmierz-Ośrodek")."""
    from pipeline.lexicon.teryt_tables import _tables

    seen: dict[str, set[str]] = {}
    for fold in _tables().by_fold._lines:
        if "-" in fold:
            stem, _, rest = fold.partition("-")
            seen.setdefault(stem.strip(), set()).add(rest.strip())
    return frozenset(stem for stem, rests in seen.items() if len(rests) > 1)


@lru_cache(maxsize=1)
def _word_groups() -> frozenset[str]:
    """Casefolded first words shared by two or more two-word register names ("Kocierzew Południowy", "… Północny")."""
    from pipeline.lexicon.teryt_tables import _tables

    seen: dict[str, set[str]] = {}
    for fold in _tables().by_fold._lines:
        stem, _, rest = fold.partition(" ")
        if rest and " " not in rest and "-" not in fold:
            seen.setdefault(stem, set()).add(rest)
    return frozenset(stem for stem, rests in seen.items() if len(rests) > 1)


def is_locality_group(name: str) -> bool:
    """The first part of several register settlements, hyphenated (Lućmierz-Las, Lućmierz-Ośrodek) or of two words
    (Kocierzew Południowy, Kocierzew Północny): the name people use for the group. One such name ("Bielsko" of
    Bielsko-Biała) is a town's half; an adjective ("Stary", "Wolska") opens many names and names none."""
    try:
        fold = name.casefold()
        return not is_known_locality(name) and (fold in _hyphen_groups() or fold in _word_groups() and not any(
            a.pos == "adj" for a in analyse(name)))
    except ImportError:
        return False


def register_loaded() -> bool:
    try:
        import pipeline.lexicon.teryt  # noqa: F401
    except ImportError:
        return False
    return True


#: register kinds of urban places: a town, or a district of a big city (Warsaw's dzielnice, the delegatury)
_URBAN = frozenset({"miasto", "dzielnica m. st. Warszawy", "delegatura"})


@lru_cache(maxsize=8192)
def _town_weight(name: str) -> tuple[int, bool]:
    """Prefer a town or a big city's district to a village of a homonymous reading ("Myszkowie": Myszków, not
    Myszkowo; "Wilanowie": Warsaw's Wilanów, not the village Wilanowo), then a gmina's
    seat ("w Gołuchowie": Gołuchów, not Gołuchowo). Cached per name: the register never changes once loaded."""
    from pipeline.lexicon.teryt import is_gmina, localities

    return sum(1 for loc in localities(name) if loc.kind in _URBAN), is_gmina(name)


def is_town_or_seat(name: str) -> bool:
    """A town, a city's district or a gmina's seat: a name known well enough that a capitalised word reading also
    as a common noun ("z Łap", "w Izabelinie") is taken for it where a locality is introduced."""
    towns, seat = _town_weight(name)
    return bool(towns) or seat


def _fits_hints(name: str, hints: list[str], wide: bool = True) -> bool:
    """The register puts `name` in a gmina, powiat or (when `wide`) voivodeship the page names."""
    from pipeline.lexicon.teryt import resolve

    match, _count = resolve(name, hints)
    units = (match.gmina.lower(), match.powiat.lower()) + ((match.wojewodztwo.lower(),) if wide else ()) if match else ()
    return any(h.split()[-1].lower() in units for h in hints)


def _reading_rank(tag: str, governed: frozenset[str]) -> tuple[bool, bool]:
    """Readings the preposition governs first; a plural form of a singular name last ("na Kujawach": the
    plurale tantum Kujawy, not Kujawa; "w Lipnicach": Lipnice)."""
    parts = tag.split(":")
    return bool(governed) and not tag_cases(tag) & governed, "pl" in parts and "pt" not in parts


def _not_locative(tag: str, governed: frozenset[str]) -> bool:
    """After a preposition of place governing the locative or the accusative ("w", "na"), a place is where
    something happens: the locative reading before the accusative ("w Górce": Górka, not the plural name
    Górce; "w Bieszczady" has no locative reading and stays)."""
    return "loc" in governed and "loc" not in tag_cases(tag)


def _candidates(tokens: list[Token]) -> tuple[tuple[str, int], ...]:
    """Base-form readings of a name phrase, the likeliest first, at most 32, each with the number of its
    words read as the plural of a singular name (the fewer, the likelier)."""
    return _word_candidates(tuple(t.text for t in tokens), governed_cases(tokens[0]) if tokens else frozenset())


@lru_cache(maxsize=8192)
def _word_candidates(words: tuple[str, ...], governed: frozenset[str]) -> tuple[tuple[str, int], ...]:
    """`_candidates` of the words after a preposition governing `governed`: they depend on nothing else, so
    they are cached by the words (the same names come back within a document and across documents)."""
    options: list[list[tuple[str, int]]] = []
    for w in words:
        if w == "-":
            options.append([("-", 0)])
            continue
        readings = sorted(geo_lemmas(w), key=lambda r: (*_reading_rank(r[1], governed), _not_locative(r[1], governed)))
        # a word read only as a part of a longer name is an unlikely name of its own ("Radzikowie": Radzików)
        # and a reading in a case the preposition does not govern is unlikely too ("z Kamionka": Kamionek's
        # genitive, not the nominative Kamionka, though Kamionka seats a gmina)
        lemmas = [(lem, sum(map(int, _reading_rank(tag, governed))) + (len(words) == 1 and tag.endswith(":człon")))
                  for lem, tag in readings]
        if not lemmas:
            rare = label_penalties(w)  # "Wrzeciona": not a surname; "Rondzie": not the archaic "rond"
            shared = name_and_word(w)  # "Gazy", "Gazie": Gaza, a proper name that is also a common word's lemma
            # a singular reading before the plural of a singular noun ("Areny": the arena, not the chemist's arenes)
            common = sorted((a for a in analyse(w) if a.pos in ("adj", "subst")),
                            key=lambda a: (rare.get(a, 0.0), a.lemma.lower() not in shared,
                                           bool(set(a.names) & {"imię", "nazwisko"}),
                                           a.number == "pl" and ":pt" not in a.tag))
            lemmas = [(name_spelling(a.lemma), 0) for a in common] or [(w, 0)] + [(g, 0) for g in unknown_word_bases(w, governed)]
        written = written_register_name(w, governed) if len(words) == 1 else None
        title = [(match_case(lem, "A") if w.isupper() else lem, odd) for lem, odd in ([(written, 0)] if written else []) + lemmas]
        first: dict[str, int] = {}
        for lem, odd in title:
            first[lem] = min(odd, first.get(lem, odd))
        opts = list(first.items())[:4]
        if options and w not in first and any("gen" in a.cases for a in analyse(w) if a.pos in ("subst", "adj")):
            opts.append((w, 1))  # "Góry Świętej Małgorzaty": a genitive complement stays as written
        options.append(opts)
    candidates = [("", 0)]
    for opts in options:
        top = opts[:5]
        # only the first 32 combinations are kept: they come from the first ceil(32 / len(top)) candidates
        reach = -(-32 // len(top)) if top else 0
        candidates = [(c + ("" if c.endswith("-") or not c or o == "-" else " ") + o, n + m)
                      for c, n in candidates[:reach] for o, m in top][:32]
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
    if not register_loaded() or not tokens or len(tokens) == 1 and single_place_word(tokens[0]) is not None:
        return []
    return _written_first(tokens, _known(_candidates(tokens)))


def _written_first(tokens: list[Token], known: list[str]) -> list[str]:
    """The register's reading the text writes in its nominative before any it would have to inflect: 'Borek'
    is the village Borek, not the genitive plural of Borki, unless a preposition governs another case. A town
    still comes before a village of the written name: 'Radomia' is the town Radom's genitive."""
    written = " ".join(t.text for t in tokens).replace(" - ", "-")
    if len(known) < 2 or written not in known:
        return known
    governed = governed_cases(tokens[0])
    if governed and not governed & {"nom", "acc"} or known[0] != written and _read_locative(tokens, governed):
        return known
    wanted = governed & {"nom", "acc"} or {"nom"}
    if not all(t.text == "-" or any(lem.lower() == t.text.lower() and tag_cases(tag) & wanted
                                    for lem, tag in geo_lemmas(t.text)) for t in tokens):
        return known
    town = _town_weight(written)[0]
    bigger = [c for c in known[:known.index(written)] if _town_weight(c)[0] > town]
    return bigger + [written] + [c for c in known if c != written and c not in bigger]


def _read_locative(tokens: list[Token], governed: frozenset[str]) -> bool:
    """Every word of the name has a locative reading of another name, after a preposition governing it."""
    return "loc" in governed and all(t.text == "-" or any(
        lem.lower() != t.text.lower() and "loc" in tag_cases(tag) for lem, tag in geo_lemmas(t.text)) for t in tokens)


def locality_base(tokens: list[Token], hints: list[str] | None = None) -> str:
    """'w Nowym Sączu' -> 'Nowy Sącz', 'BYCZYNY' -> 'Byczyna', 'Bielsku-Białej' -> 'Bielsko-Biała'."""
    return tidy_spacing(_locality_base(tokens, hints))


def _locality_base(tokens: list[Token], hints: list[str] | None = None) -> str:
    words = [t.text for t in tokens]
    street = abbreviated_street(tokens)
    if street is not None:
        return street
    acronym = ACRONYM_ENDING.match("".join(t.text + t.whitespace_ for t in tokens).strip())
    if acronym:
        return acronym.group(1)  # "PRL-u", "RFN-ie": the ending a text glues to an acronym
    if len(tokens) == 1:
        single = region_of(tokens[0].text) or single_place_word(tokens[0]) or _adjective_name(tokens[0])
        if single is not None:
            return single
    if len(tokens) > 1 and tokens[0].text[:1].isupper() and tokens[0].text.lower() in PREP_CASES \
            and tokens[1].text[:1].isupper():
        return " ".join(words)  # "Pod Baranami", "Przy Ratuszu": a name opened by a preposition keeps its case
    k = next((k for k, t in enumerate(tokens) if k and t.text in PREP_CASES), None)
    if k is not None and k + 1 < len(tokens):
        return _with_phrase(tokens[:k], " ".join(words[k:]), hints)
    scored = _candidates(tokens)
    candidates = [c for c, _odd in scored]
    plain = any(not odd for _c, odd in scored)
    for c, odd in scored:
        if c in COUNTRIES and not (odd and plain):
            return c  # "Jordanie": the river Jordan's locative, not a plural of the country Jordania
    country = people_country(tokens[0], COUNTRIES) if len(tokens) == 1 else None
    if country is not None:
        return country
    # "Opacz Kolonii", "Krynicy Zdroju": the register spells them with a hyphen, the text may not
    known = _written_first(tokens, _known(scored))
    if len(tokens) == 1 and known and any(not odd for _c, odd in scored) \
            and not any(c in known for c, odd in scored if not odd):
        # "Brnie": the city Brno, a singular name the register lacks, not the plural of its village Breń
        known = []
    # a region read through a plural of a singular name is no region ("Nowym Polesiu": the village Nowe Polesie)
    region = next((c for c, odd in scored if is_region(c) and not odd), None)
    if known and region is not None and region not in known and candidates.index(region) < candidates.index(known[0]) \
            and known[0] != " ".join(words):  # "gminie Koźmin Wielkopolski": a locality written in its nominative
        return region  # "na Śląsku": the region Śląsk in the governed case, not the village Śląsko
    if known:
        if hints is not None and len(known) > 1:
            # a voivodeship is too wide to take a village for a town ("z Będzina" beside "województwo lubuskie")
            wide = not any(_town_weight(c)[0] for c in known)
            fitting = [c for c in known if _fits_hints(c, hints, wide)]
            if len(fitting) == 1:
                return fitting[0]  # "w Nieborowie" near "powiat łowicki": Nieborów, not Nieborowo
        return known[0]
    if len(tokens) > 1:
        region_name = adjective_region(tokens)
        if region_name is not None:
            return region_name
        for agreed in agreed_candidates(tokens):
            if is_known_locality(agreed) or agreed in COUNTRIES:
                return agreed
        if numeral_led(tokens):
            return " ".join(words)
        adjectives = adjectives_only(tokens)
        if adjectives is not None:
            return adjectives
        tail = foreign_tail(tokens) or unknown_head(tokens)
        if tail is not None:
            return tail
        j = hyphenated_names(tokens)
        if j is not None:
            return f"{_locality_base(tokens[:j], hints)}-{_locality_base(tokens[j + 1:], hints)}"
        person = named_after_person(tokens) or titled_person(tokens) or member_and_noun(tokens)
        if person is not None:
            return person
        name = noun_headed(tokens)
        governed_rest = f"{name.split(' ', 1)[0]} {' '.join(words[1:])}"
        # "Republiki Południowej Afryki": the adjective goes with the genitive after it, as the country is named
        return governed_rest if name not in COUNTRIES and governed_rest in COUNTRIES else name
    word = words[0] if len(words) == 1 else None
    if word is not None and word[:1].isupper() and not geo_lemmas(word) and not name_and_word(word) - {word.lower()}:
        nominative = [a for a in analyse(word) if a.pos in ("subst", "depr") and "nom" in a.cases]
        usable = [a for a in analyse(word) if not a.cases <= {"voc"}
                  and not (a.number == "pl" and set(a.names) & {"imię", "nazwisko"})]
        adjectival = [a for a in analyse(word) if a.pos == "adj" and "nom" in a.cases]
        common = [a for a in usable if not a.names]
        plural = common_plural(word, usable)
        if plural is not None:
            return plural
        if any(a.lemma.lower() == word.lower() for a in nominative) or not usable or adjectival and all(
                a.pos == "adj" for a in usable) or common and all(a.number == "pl" and ":pt" not in a.tag for a in common):
            # "Sale", "Kamienne": the name as written, a noun or an adjective in its nominative; "Cali", "Belek":
            # a place is not named by the plural of a common word's singular, so a word read only so is as written
            return readable_case(word) if word.isupper() else word
    plural = plural_range(tokens[0]) if word is not None and not known else None
    if plural is not None:
        return plural
    first = candidates[0]
    if word is not None and word[:1].isupper() and first[:1].islower():
        first = first[:1].upper() + first[1:]  # a name keeps its capital: "Szczypty" -> "Szczypta"
    acronyms = word is not None and any(lem.isupper() for lem, _tag in geo_lemmas(word))  # "USA", "RFN"
    return readable_case(first) if first.isupper() and not acronyms else first


def _adjective_name(tok: Token) -> str | None:
    """'Pomorska', 'Chmielna': a feminine adjective's nominative is a name as written (a street's, a village's)
    rather than the genitive of a register village it also reads as ('Pomorsko', 'Chmielno'); a town, a country or
    a region is named in the genitive often enough to win ('Płocka', 'Śląska' -> Płock, Śląsk), and so is every
    name in '-ów', the commonest ending of Polish towns, whose genitive is '-owa' ('Kijowa', 'Piastowa')."""
    word, governed = tok.text, governed_cases(tok)
    if not word[:1].isupper() or word.isupper() or word.endswith("owa") or governed and not governed & {"nom", "acc"} \
            or not any(a.pos == "adj" and a.number == "sg" and "f" in a.genders and "nom" in a.cases for a in analyse(word)):
        return None
    names = {lem for lem, tag in geo_lemmas(word) if not tag.endswith(":człon")}  # 'Rudzka': no 'Rudzk' alone
    if word in names or any(n in COUNTRIES or is_region(n) or not is_known_locality(n) or _town_weight(n)[0]
                            for n in names):
        return None  # a name the register lacks is likelier a town abroad than a village
    return word


def _with_phrase(head: list[Token], phrase: str, hints: list[str] | None) -> str:
    """'Kostrzyna nad Odrą' -> 'Kostrzyn nad Odrą': only the words before a preposition inflect, the phrase it
    opens keeps the case the preposition governs; the register's full name decides among the head's readings."""
    for c, _odd in _candidates(head):
        if is_known_locality(f"{c} {phrase}"):
            return f"{c} {phrase}"
    return f"{_locality_base(head, hints)} {phrase}"
