"""Places that take "na", not "w", for "where" and "where to" ("na Podkarpaciu", "na Litwę", "na Rynku").

Usage, not morphology: SGJP does not record which preposition a place takes, and neither its gender nor its
number decides it ("na Mazurach" but "w Katowicach", "na Litwie" but "w Estonii"). So this is data: LEMMAS of head
words, the same for every name with that head ("Górny Śląsk" and "Śląsk Cieszyński" by "Śląsk", "Ziemia Lubuska"
by "ziemia"). Two regularities need no list (`takes_na`): regions named by a plurale tantum (Kujawy, Łużyce,
Kresy) and derived region nouns in -czyzna (Lubelszczyzna, Wileńszczyzna). Used by the name-shape harness
(`scripts/name_shapes.py`) to write its sentences, not by the extractors.
"""

from __future__ import annotations

#: Regions, islands, a peninsula town and countries whose head takes "na" (singular ones; plural regions follow
#: the rule).
NA_PLACE_LEMMAS = frozenset({
    "Śląsk", "Pomorze", "Mazowsze", "Podlasie", "Podkarpacie", "Podhale", "Podole", "Powiśle", "Warmia", "Orawa",
    "Spisz", "Roztocze", "Polesie", "Wołyń", "Kociewie", "Krajna", "Ponidzie", "Nadbuże", "Zakarpacie", "Bukowina",
    "Syberia", "Kaukaz", "Krym", "Sycylia", "Sardynia", "Korsyka", "Kreta", "Cypr", "Malta", "Islandia", "Kuba",
    "Litwa", "Łotwa", "Ukraina", "Słowacja", "Białoruś", "Węgry", "Hel", "żuława", "Hawaje", "Kanary", "Filipiny",
    "Malediwy", "Seszele", "Azory", "Baleary", "Bahamy",
    "ziemia", "wyspa", "półwysep", "pojezierze", "wybrzeże", "wyżyna", "nizina", "pogórze",
})

#: Heads of named sites taken "na" (open grounds, sports grounds, universities and their faculties): for venues
#: only (the town Błonie is "w Błoniu", the meadows "na Błoniach").
NA_SITE_LEMMAS = frozenset({
    "rynek", "plac", "skwer", "bulwar", "deptak", "promenada", "molo", "błonie", "błonia", "polana", "plaża", "łąka",
    "wzgórze", "stok", "stadion", "boisko", "orlik", "kort", "tor", "lodowisko", "kąpielisko", "pływalnia",
    "strzelnica", "lotnisko", "przystań", "targowisko", "dziedziniec", "cmentarz", "osiedle", "ulica", "kampus",
    "uniwersytet", "politechnika", "akademia", "uczelnia", "wydział", "targi", "scena", "estrada", "wał", "wały",
})


def takes_na(lemma: str, kind: str | None, plurale_tantum: bool) -> bool:
    """Whether a place whose head has `lemma` (a plurale tantum or not) takes "na": a listed head (a site's for a
    venue), a region named by a plurale tantum (not a country: "w Niemczech", "we Włoszech"; not mountains: "w Tatrach"), a region in -czyzna."""
    if lemma in NA_PLACE_LEMMAS or lemma.lower() in NA_PLACE_LEMMAS or kind == "venue" and lemma.lower() in NA_SITE_LEMMAS:
        return True
    return kind == "region" and (plurale_tantum or lemma.endswith("czyzna"))
