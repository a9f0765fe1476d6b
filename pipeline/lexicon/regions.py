"""Historical and geographic regions and continents (base forms): a geographic name that is neither a
locality in the register nor a country is a `region` when its head is one of these ("Mazowsze",
"Dolny Śląsk", "Europa Środkowa", "Ziemia Lubuska"), else `other` (mountains, rivers, lakes).

Morfeusz2 tags all of them `nazwa_geograficzna` without telling a region from a mountain range, so the
distinction needs a list; it holds base forms only (the caller lemmatises the text first).
"""

from __future__ import annotations

from functools import lru_cache

#: Polish historical and geographic regions, and the larger ones of Europe.
REGIONS = frozenset({
    "Mazowsze", "Podlasie", "Śląsk", "Małopolska", "Wielkopolska", "Pomorze", "Kujawy", "Warmia", "Mazury",
    "Podhale", "Kaszuby", "Kurpie", "Żuławy", "Powiśle", "Podkarpacie", "Lubelszczyzna", "Łużyce", "Spisz",
    "Orawa", "Roztocze", "Polesie", "Wołyń", "Galicja", "Kociewie", "Krajna", "Pałuki",
    "Zagłębie", "Ponidzie", "Sądecczyzna", "Kielecczyzna", "Opolszczyzna", "Białostocczyzna", "Suwalszczyzna",
    "Żywiecczyzna", "Nadbuże", "Kresy", "Łemkowszczyzna", "Bojkowszczyzna", "Huculszczyzna", "Bukowina", "Morawy", "Bawaria",
    "Skandynawia", "Bałkany", "Kaukaz", "Syberia", "Zakarpacie",
})
#: Regions abroad, named like continents: a topic or a scope rather than a place of a Polish report.
FOREIGN_REGIONS = frozenset({"Skandynawia", "Bałkany", "Kaukaz", "Syberia", "Indochiny", "Bawaria", "Morawy"})
#: Continents and parts of the world.
CONTINENTS = frozenset({"Europa", "Azja", "Afryka", "Ameryka", "Australia", "Oceania", "Antarktyda", "Arktyka"})
#: First words that make a geographic name a region of their own: "Ziemia Lubuska", "Region Łódzki".
REGION_WORDS = frozenset({"Ziemia", "Region", "Kraina"})


def is_region(name: str) -> bool:
    """'Dolny Śląsk', 'Europa Środkowa', 'Małopolska Zachodnia', 'Ziemia Chełmińska': a region."""
    words = name.replace("-", " ").split()
    if not words:
        return False
    if words[0] in REGION_WORDS and len(words) > 1:
        return True
    return any(w in CONTINENTS or w in REGIONS for w in words)


def is_continental(name: str) -> bool:
    """'Europa', 'Europa Środkowo-Wschodnia', 'Ameryka Południowa', 'Skandynawia': a continent or a part of one."""
    words = name.replace("-", " ").split()
    return bool(words) and (words[0] in CONTINENTS or words[0] in FOREIGN_REGIONS)


#: Common nouns of the land and the water that head a geographic name with a name or an adjective after them
#: ("Jezioro Sępoleńskie", "Dolina Baryczy", "Pojezierze Drawskie", "Bory Tucholskie").
LAND_NOUNS = frozenset({"jezioro", "rzeka", "góra", "góry", "dolina", "puszcza", "zalew", "zatoka", "wyspa",
                        "pojezierze", "wzgórze", "wzgórza", "las", "kanał", "morze", "pasmo", "przełęcz", "szczyt",
                        "potok", "staw", "wodospad", "jaskinia", "rezerwat", "pustynia", "półwysep", "mierzeja",
                        "bór", "nizina", "wyżyna", "kotlina", "pogórze", "równina", "płaskowyż"})
#: Nouns of a town's open places that head a named site ("Rynek Główny", "Park Miejski").
TOWN_SITE_NOUNS = frozenset({"park", "rynek", "plac", "błonia", "ogród", "skwer", "bulwar"})



_CASES = ("gen", "dat", "acc", "inst", "loc")


def region_of(word: str) -> str | None:
    """'Żuławach' -> 'Żuławy', 'Kociewiu' -> 'Kociewie': the region (of `REGIONS`) a word is a form of, for the
    regions SGJP has no geographic name for (a common noun's forms, or none at all), which the name rules would
    otherwise never read as places. None for every other word."""
    return _forms_of_unnamed_regions().get(word)


@lru_cache(maxsize=1)
def _forms_of_unnamed_regions() -> dict[str, str]:
    """The case forms of the regions SGJP does not name: the generator's forms of a common noun's lemma
    ("żuława" for Żuławy), else the endings of the known region its name ends like ("Kociewie" as "Podlasie":
    Kociewia, Kociewiu, Kociewiem; "Żywiecczyzna" as "Sądecczyzna")."""
    from pipeline.text.inflect import inflect_phrase
    from pipeline.text.morphology import analyse

    def geographic(name: str) -> bool:
        return any("nazwa_geograficzna" in a.names and a.lemma == name for a in analyse(name))

    singular = {n for n in REGIONS if any(a.lemma == n and a.number == "sg" for a in analyse(n))}
    forms: dict[str, list[str]] = {}
    for name in sorted(REGIONS):
        generated = [inflect_phrase(name, case, ("nazwa_geograficzna",)) for case in _CASES]
        if all(generated):
            forms[name] = [name, *generated]  # type: ignore[list-item]
    out: dict[str, str] = {}
    for name in sorted(REGIONS):
        if geographic(name):
            continue
        own = forms.get(name) or _by_analogy(name, {n: f for n, f in forms.items() if geographic(n)}, singular)
        for form in own:
            out.setdefault(form, name)
    return out


def _by_analogy(name: str, models: dict[str, list[str]], singular: set[str]) -> list[str]:
    """The forms of `name` after the known region that shares the longest ending with it and whose forms change only
    that ending, a singular one first (a region's name is mostly one): "Podlasi|e" -> "Kociewi|e, a, u, em"."""
    def shared(model: str) -> int:
        k = 0
        while k < min(len(model), len(name)) and model[-1 - k] == name[-1 - k]:
            k += 1
        return k

    for model in sorted(models, key=lambda m: (-shared(m), m not in singular, m)):
        stem = _common_prefix(models[model])
        tail = model[len(stem):]
        if shared(model) >= max(1, len(tail)) and name.endswith(tail):
            return [name[:len(name) - len(tail)] + form[len(stem):] for form in models[model]]
    return []


def _common_prefix(words: list[str]) -> str:
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def adjectival_land(name: str) -> bool:
    """'Opolskie', 'Łowickie' ("w Łowickiem", "z Sądeckiego"): a neuter geographic name that is a town's adjective
    (-ski, -cki, -dzki) used as a noun names the land around the town, a region; the caller makes sure the register
    knows no locality of that name."""
    from pipeline.text.morphology import analyse

    if " " in name or not name[:1].isupper():
        return False
    noun = any(a.pos == "subst" and a.lemma == name and "nazwa_geograficzna" in a.names and "n" in a.genders
               and a.number == "sg" for a in analyse(name))
    return noun and any(a.pos == "adj" and a.lemma.endswith(("ski", "cki", "dzki")) and "n" in a.genders
                        and "nom" in a.cases for a in analyse(name.lower()))
