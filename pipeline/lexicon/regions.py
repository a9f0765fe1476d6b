"""Historical and geographic regions and continents (base forms): a geographic name that is neither a
locality in the register nor a country is a `region` when its head is one of these ("Mazowsze",
"Dolny Śląsk", "Europa Środkowa", "Ziemia Lubuska"), else `other` (mountains, rivers, lakes).

Morfeusz2 tags all of them `nazwa_geograficzna` without telling a region from a mountain range, so the
distinction needs a list; it holds base forms only (the caller lemmatises the text first).
"""

from __future__ import annotations

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

