"""Checks on one place candidate: a town abroad, a seat inside a longer name, an abbreviated adjective of a town
name ("Ostrów Wlkp."), a country or continent, a common-noun name; and the reading a name with several takes."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.place_context import governing_word
from pipeline.extract.place_mention import PlaceMention
from pipeline.lexicon.place_anchors import nearest_reading, register_anchors
from pipeline.lexicon.place_phrases import geo_lemmas, governed_cases, tag_cases
from pipeline.lexicon.places import COUNTRIES, is_known_locality, known_readings
from pipeline.lexicon.regions import LAND_NOUNS, TOWN_SITE_NOUNS, is_continental, is_region
from pipeline.lexicon.teryt import region_voivodeships
from pipeline.lexicon.words import VENUE_HEADS
from pipeline.models import Mention
from pipeline.text.context import Context

_TOWN_PREPOSITIONS = frozenset({"w", "we", "z", "ze", "do", "koło", "spod"})


#: Local heads whose unit a town's or village's name gives ("sołtys Osieczka": Osieczek, docs/annotation.md).
TOWN_HEADS = frozenset({"sołtys", "wójt", "wicewójt", "burmistrz", "wiceburmistrz", "prezydent", "wiceprezydent"})


def genitive_town(word: Token, base: str) -> str:
    """'sołtys Brzózki': a title governs the genitive, so a word that is both a village's nominative (Brzózki) and
    the genitive of another's (Brzózka) names the one whose genitive it is; the register must know that village."""
    lemmas = sorted({a.lemma for a in word._.morf if a.pos == "subst" and "gen" in a.cases
                     and "nazwa_geograficzna" in a.names and a.lemma[:1].isupper()})
    if base in lemmas:
        return base
    known = [lemma for lemma in lemmas if lemma != word.text and is_known_locality(lemma)]
    return known[0] if len(known) == 1 else base


def title_town(ctx: Context, tokens: list[Token], base: str) -> str:
    """The base of a one-word town right after a local head's title ("sołtys Wólki" → Wólka), in the genitive the
    title governs; any other name keeps its base."""
    k = tokens[0].i
    if len(tokens) != 1 or k == 0 or ctx.doc[k - 1].lower_ not in TOWN_HEADS and not any(
            a.lemma in TOWN_HEADS for a in ctx.doc[k - 1]._.morf if a.pos == "subst"):
        return base
    return genitive_town(ctx.doc[k], base)


def town_abroad(ctx: Context, tokens: list[Token], start: int) -> bool:
    """A one-word geographic name in the singular that the register does not know, governed (over a list before it)
    by a preposition of towns ("w Wilnie", "z Belgradu, Niszu i Prisztiny"): a town abroad, kind locality, not a
    river, lake or mountain range ("nad Gopłem"; "w Alpach" has no singular). A historical region keeps its own kind."""
    words = [t for t in tokens if t.is_alpha]
    if len(words) != 1 or governing_word(ctx, start) not in _TOWN_PREPOSITIONS:
        return False
    return any("nazwa_geograficzna" in a.names and a.pos == "subst" and a.number == "sg" for a in words[0]._.morf)


def town_after_a_name(tokens: list[Token]) -> list[Token]:
    """"z Czarnymi Rząśnia", "z Wartą Działoszyn": a team's name inflected in a case no place preposition takes
    (the instrumental of "grać z"), then its town in the nominative, which does not agree with it: the town alone.
    Unchanged when the first words can be a locative or a genitive ("w Krakowie Nowa Huta") or the last word is
    no register locality written in its base form."""
    if len(tokens) < 2 or not all(t.is_alpha and t.text[:1].isupper() for t in tokens):
        return tokens
    last, head = tokens[-1], tokens[:-1]
    if not is_known_locality(last.text) or not any("nom" in a.cases for a in last._.morf if a.pos == "subst"):
        return tokens
    head_cases = {c for t in head for a in t._.morf if a.pos == "subst" for c in a.cases}
    if not head_cases or head_cases & {"nom", "gen", "loc", "acc"}:
        return tokens
    return [last]


def adjective_of_next_noun(ctx: Context, tokens: list[Token]) -> bool:
    """"na WESOŁE WAKACJE", "na Zielone Wakacje": a one-word name that is also a common adjective, written in the
    same style as the common noun right after it that it agrees with, is that noun's adjective; a town whose name
    goes on ("Nowym Mieście") was read as one span of two words."""
    if len(tokens) != 1:
        return False
    t = tokens[0]
    k = t.i + 1
    toks = ctx.light_tokens
    if k >= len(toks) or t.whitespace_ != " " or not toks[k].is_alpha or toks[k].text.isupper() != t.text.isupper():
        return False
    nxt = toks[k]
    adjectives = [a for a in t._.morf if a.pos == "adj" and not a.names]
    nouns = [a for a in nxt._.morf if a.pos == "subst" and not a.names]
    if not nouns or any(a.names for a in nxt._.morf):
        return False
    return any(a.cases & n.cases and (a.number is None or a.number == n.number) for a in adjectives for n in nouns)


#: people of a sports club: the genitive right after them names the club, not a place ("wychowanek Widzewa",
#: "kibice Legii", "zawodnik Stali"), while "zawodnik z Mielca" locates
CLUB_PEOPLE = frozenset({"wychowanek", "wychowanka", "zawodnik", "zawodniczka", "piłkarz", "piłkarka", "kibic",
                         "kibicka", "trener", "trenerka", "bramkarz", "napastnik", "obrońca", "pomocnik", "siatkarz",
                         "siatkarka", "koszykarz", "koszykarka", "szczypiornista"})


def club_genitive(ctx: Context, tokens: list[Token]) -> bool:
    """A one-word name in the genitive right after a noun of a club's people: the club ("wychowanek Widzewa")."""
    if len(tokens) != 1 or tokens[0].i == 0:
        return False
    before = ctx.light_tokens[tokens[0].i - 1]
    return before.text[:1].islower() and any(a.lemma in CLUB_PEOPLE for a in before._.morf if a.pos == "subst") \
        and any("gen" in a.cases for a in tokens[0]._.morf if a.pos == "subst")


def region_in_governed_case(t: Token) -> bool:
    """"na Kaszuby", "na Warmii i Mazurach": a historical region's reading in a case the preposition before the
    word governs (over the names coordinated before it) is the region, not its people of the same spelling
    ("Kaszubi", "Mazurzy") nor a capitalised common noun; "Kaszubi i Mazurzy przyjechali" governs no case."""
    cases = governed_cases(t)
    return bool(cases) and any("nazwa_geograficzna" in a.names and is_region(a.lemma) and a.cases & cases
                               for a in t._.morf if a.pos == "subst")


def ethnonym(t: Token) -> bool:
    """'z Polaków': a people's name (a capitalised common noun, SGJP gives it no name category) in the same case as
    a village's name (and one its preposition governs: not 'z Turku') reads as the people; a country or a region of
    that form ('z Niemiec') stays a place."""
    governed = governed_cases(t) or frozenset(c for a in t._.morf for c in a.cases)
    people = frozenset(c for a in t._.morf if a.pos == "subst" and not a.names and a.lemma[:1].isupper()
                       for c in a.cases & governed)
    places = [a for a in t._.morf if "nazwa_geograficzna" in a.names and a.cases & people]
    return bool(places) and not any(a.lemma in COUNTRIES or is_region(a.lemma) for a in places)


def inside(mention: Mention, taken: list[tuple[int, int]]) -> bool:
    """The name lies inside a longer span: the seat of a body ("Instytut Rozwoju X w Y")."""
    return any(s <= mention.start and mention.end <= e and (s, e) != (mention.start, mention.end) for s, e in taken)


def genitive_end(tokens: list[Token]) -> bool:
    """The name's last word can be a genitive (the case an office takes its town in)."""
    return any("gen" in a.cases for a in tokens[-1]._.morf if a.pos == "subst")


#: The usual abbreviations of the adjectives in town names: "Ostrów Wlkp.", "Nowe Miasto Lub.", "Mińsk Maz."
ABBREVIATED = {"Wlkp.": "wielkopolski", "Wlk.": "wielkopolski", "Maz.": "mazowiecki", "Lub.": "lubawski",
                "Śl.": "śląski", "Pom.": "pomorski", "Kuj.": "kujawski", "Gdań.": "gdański", "Tat.": "tatrzański"}
_ABBREVIATION_AFTER = re.compile(r"[^\S\n](\w+\.)")


def abbreviated_adjective(ctx: Context, name: str, end: int) -> tuple[str, int]:
    """'Janowca Wlkp.' -> 'Janowiec Wielkopolski' when the register knows the town by the full name (the
    adjective agrees with the town in gender: "Środa Wlkp." -> "Środa Wielkopolska"); else unchanged."""
    m = _ABBREVIATION_AFTER.match(ctx.norm, end)
    if m is None or m[1] not in ABBREVIATED:
        return name, end
    from pipeline.text.inflect import generate_form

    for gender in ("m1", "m3", "f", "n"):
        adj = generate_form(ABBREVIATED[m[1]], "adj", "sg", gender)
        if adj and is_known_locality(full := f"{name} {adj[:1].upper()}{adj[1:]}"):
            return full, m.end(1) - 1  # the abbreviation's dot stays outside the mention
    return name, end


def expanded_seat_abbreviation(town: Token, abbreviation: str, case: str) -> str | None:
    """'w Gorzowie Wlkp.' -> 'Wielkopolskim': the abbreviated adjective of a seat's town in the town's own case,
    number and gender, when the register knows the town by the full name; else None."""
    from pipeline.text.inflect import generate_form, match_case

    lemma = ABBREVIATED.get(abbreviation if abbreviation.endswith(".") else abbreviation + ".")
    if lemma is None:
        return None
    for a in town._.morf:
        if a.pos != "subst" or not a.names or not a.number:
            continue
        for gender in sorted(a.genders):
            nominative = generate_form(lemma, "adj", a.number, gender)
            if not nominative or not is_known_locality(f"{a.lemma} {nominative[:1].upper()}{nominative[1:]}"):
                continue
            form = generate_form(lemma, "adj", a.number, gender, case) if case in a.cases else None
            if form:
                return match_case(form, "Aa")
    return None


def world_scale(name: str, kind: str) -> bool:
    """A country, a continent ("Europa Środkowa") or a region abroad ("Indochiny"): named as a topic or a scope
    more often than as a place."""
    return kind == "country" or is_continental(name)


#: Nouns that head a geographic name or a town's named site: with a name after them they are places.
_FEATURE_NOUNS = LAND_NOUNS | TOWN_SITE_NOUNS


#: The natural features among them: a name after such a lower-case noun is that feature, not a town.
_NATURAL_FEATURES = _FEATURE_NOUNS - {"park", "rynek", "plac", "błonia", "ogród", "skwer", "bulwar"}


def natural_feature_before(ctx: Context, start: int) -> bool:
    """'na rzece Wkrze', 'nad jeziorem Białym': a lower-case noun of a river, a lake or a mountain right before the
    name says what the name is (`other`), even when a village has the same name."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = ctx.light_tokens[span.start - 1]
    return before.text[:1].islower() and any(a.pos == "subst" and a.lemma in _NATURAL_FEATURES for a in before._.morf)


def common_words(tokens: list[Token], governed: frozenset[str] = frozenset()) -> bool:
    """A name that is not geographic by its words: the first word is a common noun too ("Targi Pracy"), but not a
    noun of the land heading a name ("Jezioro Sępoleńskie") or a building's or room's ("Sala Kameralna Zamku");
    or such a noun standing alone ("Wzgórze"). A lone word whose common readings are not in the case its
    preposition governs (`governed`) while a geographic one is ("w Rabce": a locative no "rabiec" has) is a name."""
    words = [t for t in tokens if t.is_alpha]
    if not words:
        return False
    if governed and len(words) == 1:
        common_cases = {c for a in words[0]._.morf if a.pos == "subst" and not a.names for c in a.cases}
        if any("nazwa_geograficzna" in a.names and a.cases & governed - common_cases for a in words[0]._.morf):
            return False
    common = {a.lemma.lower() for a in words[0]._.morf if a.pos == "subst" and not a.names}
    if not common:
        return False
    return len(words) == 1 or not common & (_FEATURE_NOUNS | VENUE_HEADS)  # "Sala Kameralna X": a venue's room


def named_town(ctx: Context, tokens: list[Token], start: int, governed: frozenset[str]) -> bool:
    """"w Berlinie", "w Rydze": a capitalised word inside a sentence, after a preposition of towns, read as a
    geographic name in the singular and in the governed case is the town abroad, though a common noun ("berlina")
    shares the form."""
    t = tokens[0]
    return len(tokens) == 1 and not t.is_sent_start and town_abroad(ctx, tokens, start) and any(
        "nazwa_geograficzna" in a.names and a.pos == "subst" and a.number == "sg" and a.cases & governed
        for a in t._.morf)


def other_readings(name: str, tokens: list[Token], nominative: bool = False) -> tuple[str, ...]:
    """The register's other readings of a name, for `cohere` to choose among. A name the text writes in its
    nominative (a route's stop: "trasą Dęblin – Lipnik – Nysa") has only the readings whose nominative is the
    written form: "Lipnik" there is not the genitive plural of the village Lipniki near Nysa."""
    readings = known_readings(tokens)
    if nominative:
        readings = [r for r in readings if r == _written(tokens)] or readings
    readings = _governed_readings(tokens, readings)
    return tuple(readings) if len(readings) > 1 and name in readings else ()


def _governed_readings(tokens: list[Token], readings: list[str]) -> list[str]:
    """After a preposition, no reading the dictionary reads only in cases it does not govern: "z Brzozowa" is the
    genitive of Brzozów, never the village Brzozowa (genitive "Brzozowej"), whatever places lie near it."""
    governed = governed_cases(tokens[0]) if len(tokens) == 1 else frozenset()
    if not governed:
        return readings
    lemmas = geo_lemmas(tokens[0].text)
    fit = {lem for lem, tag in lemmas if tag_cases(tag) & governed}
    return [r for r in readings if r in fit or r not in {lem for lem, _tag in lemmas}] or readings


def _written(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens).replace(" - ", "-")


def nominative_reading(name: str, tokens: list[Token]) -> str:
    """The name a stop written in the nominative stands for: the written form when the register knows it
    ("Brzozowa" on a route is the village Brzozowa, not the genitive of the town Brzozów)."""
    return _written(tokens) if name != _written(tokens) and _written(tokens) in known_readings(tokens) else name


def cohere(places: list[PlaceMention]) -> list[PlaceMention]:
    """A name with several readings takes the one lying near the places the document names without doubt:
    "w Żarnowie" on a page about Opoczno is Żarnów (powiat opoczyński), not Żarnowo."""
    anchors = register_anchors([p.name for p in places if not p.readings and p.kind in ("locality", "region")
                                and (p.listed or p.name.startswith(("gmina ", "powiat ")))])  # "Wójt Gminy X": the area
    if not anchors:
        return places
    for p in places:
        if p.readings:
            chosen = nearest_reading(list(p.readings), anchors)
            if chosen is not None:
                p.name = chosen
    return places


#: what joins the members of a list of names: a comma, or a coordinating conjunction
_LIST_LINK = re.compile(r"\s*,\s*|\s+(?:i|oraz|lub|albo)\s+")


def written_in_lists(ctx: Context, places: list[PlaceMention]) -> list[PlaceMention]:
    """Coordinated names share their case: beside a name the text writes in its nominative, a name the register
    knows as written is that nominative too ("sołectw Dzierzbice, Głogowa i Pomarzany": the village Głogowa, not
    the genitive of Głogów). A list of oblique forms ("z Radomia, Głogowa i Opola") keeps its readings."""
    localities = sorted((p for p in places if p.kind == "locality"), key=lambda p: p.mention.start)

    def written(p: PlaceMention) -> str:
        return ctx.text[p.mention.start:p.mention.end]

    for a, b in zip(localities, localities[1:], strict=False):
        if not _LIST_LINK.fullmatch(ctx.norm[a.mention.end:b.mention.start]):
            continue
        for p, q in ((a, b), (b, a)):
            if p.readings and p.name != written(p) and written(p) in p.readings and q.name == written(q) \
                    and not q.readings:  # the neighbour has no other reading: it is a nominative without doubt
                p.name, p.readings = written(p), ()
    return places


_AND = re.compile(r"\s+i\s+")


def join_region_pairs(ctx: Context, places: list[PlaceMention]) -> list[PlaceMention]:
    """"z Kujaw i Pomorza", "Warmia i Mazury": two regions joined by "i" in the order that gives a voivodeship its
    two-part name (kujawsko-pomorskie, warmińsko-mazurskie) are one region, named as the text pairs them; two names
    that together name a country ("z Bośni i Hercegowiny") are that country."""
    joined: dict[int, PlaceMention] = {}
    ordered = sorted(places, key=lambda p: p.mention.start)
    for a, b in zip(ordered, ordered[1:], strict=False):  # "w Bośni i Hercegowinie": a country of two names
        if f"{a.name} i {b.name}" in COUNTRIES and _AND.fullmatch(ctx.norm[a.mention.end:b.mention.start]):
            m = a.mention
            pair = PlaceMention(f"{a.name} i {b.name}", "country", ctx.mention(m.start, b.mention.end, m.extractor,
                                                                               m.confidence, "country_pair"))
            joined[id(a)], joined[id(b)] = pair, pair
    regions = sorted((p for p in places if p.kind == "region"), key=lambda p: p.mention.start)
    for a, b in zip(regions, regions[1:], strict=False):
        if id(a) in joined or not _AND.fullmatch(ctx.norm[a.mention.end:b.mention.start]):
            continue
        shared = set(region_voivodeships(a.name)) & set(region_voivodeships(b.name))
        if not any("-" in v and v[:3] == a.name.casefold()[:3] for v in shared):
            continue  # in the order the voivodeship's name gives them ("z Mazur i Warmii" names two regions)
        m = a.mention
        pair = PlaceMention(f"{a.name} i {b.name}", "region", ctx.mention(m.start, b.mention.end, m.extractor,
                                                                          m.confidence, "region_pair"),
                            listed=a.listed or b.listed)
        joined[id(a)], joined[id(b)] = pair, pair
    if not joined:
        return places
    out: list[PlaceMention] = []
    for p in places:
        q = joined.get(id(p), p)
        if not any(q is x for x in out):
            out.append(q)
    return out

