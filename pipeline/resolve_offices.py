"""The office of a local self-government head: "Burmistrz Krzepic" in a report that names the "Urząd Miejski w
Krzepicach" belongs to that office (docs/annotation.md, Local officials: the office the text names, else the unit).
Kept apart from `pipeline.resolve_people`, which calls it once a title's unit is known."""

from __future__ import annotations

from pipeline.text.morphology import analyse

#: The head of each tier and the offices that serve it, by their opening words.
_OFFICES = {
    "wójt": ("urząd gminy",),
    "burmistrz": ("urząd miejski", "urząd miasta i gminy", "urząd gminy i miasta", "urząd miasta", "urząd gminy"),
    "prezydent": ("urząd miasta", "urząd miejski"),
    "starosta": ("starostwo powiatowe",),
    "marszałek": ("urząd marszałkowski",),
}
#: Unit words that open a unit's name ("Gmina X", "Miasto i Gmina Y"): the name's own words follow them.
_UNIT_WORDS = frozenset({"gmina", "miasto", "powiat", "województwo", "i", "miejska", "wiejska"})
_SEATS = frozenset({"w", "we"})


def _head(title: str) -> str | None:
    """The tier head a title names: "burmistrz", "zastępca prezydenta" (prezydent), "wicestarosta" (starosta)."""
    for word in title.split():
        for a in analyse(word):
            lemma = a.lemma.lower()
            lemma = lemma[4:] if lemma.startswith("wice") else lemma
            if a.pos == "subst" and lemma in _OFFICES:
                return lemma
    return None


def _same_stem(a: str, b: str) -> bool:
    """'Krzepice' and 'Krzepicach', 'Nowy' and 'Nowego': one word in two cases (all but the endings agree)."""
    n = max(3, min(len(a), len(b)) - 2)
    return a.lower()[:n] == b.lower()[:n]


def unit_office(title: str, unit: str | None, bodies: list[str]) -> str | None:
    """The one office among `bodies` of the tier the title heads whose words name the title's unit ("Krzepice",
    "Gmina Mykanów", "Miasto Płock"), matched word by word on their stems (the office writes the name declined:
    "Urząd Miasta Płocka", "Urząd Miejski w Krzepicach"); None when there is none or more than one."""
    head = _head(title) if unit else None
    if head is None or unit is None:
        return None
    words = [w for w in unit.split() if w.lower() not in _UNIT_WORDS]
    if not words:
        return None
    found = []
    for body in bodies:
        low = body.lower()
        prefix = next((p for p in _OFFICES[head] if low.startswith(p + " ")), None)
        if prefix is None:
            continue
        rest = [w for w in body.split()[len(prefix.split()):] if w.lower() not in _SEATS | _UNIT_WORDS]
        if len(rest) == len(words) and all(_same_stem(a, b) for a, b in zip(rest, words, strict=True)):
            found.append(body)
    return found[0] if len(set(found)) == 1 else None


#: Heads of a body's branch: a branch named by its territory is a body of its own, unlike a department.
_BRANCH_HEADS = frozenset({"oddział", "filia"})


def regional_branch(name_words: list[str]) -> bool:
    """"Oddział Lubuski PFRON", "Oddział Regionalny KRUS", "Filia Powiatowa X": a branch named by a capitalised
    adjective of its territory or level stays the person's organization as written (docs/annotation.md, Departments: branches
    are not departments); "Oddział Chirurgii Szpitala X" is a hospital's ward, a department."""
    if len(words := name_words[:2]) < 2 or not words[1][:1].isupper():
        return False
    head = {a.lemma.lower() for a in analyse(words[0]) if a.pos == "subst"}
    return bool(head & _BRANCH_HEADS) and any(a.pos == "adj" and (
        a.lemma in _TERRITORIAL or a.lemma.endswith(("ski", "cki", "dzki"))) for a in analyse(words[1]))


#: Adjectives of a branch's territory or level ("Oddział Regionalny", "Filia Terenowa").
_TERRITORIAL = frozenset({"regionalny", "terenowy", "okręgowy", "powiatowy", "gminny", "wojewódzki", "miejski",
                          "krajowy", "zamiejscowy", "rejonowy", "wiejski", "diecezjalny"})
