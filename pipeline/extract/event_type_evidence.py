"""Trigger words that do not say what the reported event IS, read from the sentence around them.

A report names its event in the title, as the subject of "odbył się", or with the event's own noun; the
same genre words also turn up naming something else, and then they must not vote for the type:

* a part, as the subject of a copula whose predicate is a part noun: "Punktem kulminacyjnym były targi",
  "Jednym z punktów programu były warsztaty";
* a name of a project or programme, in the quotes after that noun: "w projekcie „Zimowisko w mieście”",
  "projektu pn. „Szkolenia dla rolników”" — the project runs the event, its name is not the event's genre.

It also holds the page-wide cues the type rules read besides triggers: judged awards (a gala that is a
competition) and a host verb before a guest's name (a meeting with the guest).
"""

from __future__ import annotations

from pipeline.text.features import TokenFeatures

#: Nouns that name a part of a whole as a copula's predicate ("punktem programu było X").
PART_NOUNS = frozenset({"punkt", "element", "atrakcja"})
COPULA = "być"
PART_WINDOW = 6
#: Nouns whose name in quotes is a project's or programme's, not an event's.
PROJECT_NOUNS = frozenset({"projekt", "program"})
#: Words between such a noun and its quoted name: "projektu pn. „…”", "programu pod nazwą „…”".
NAME_INTRODUCERS = frozenset({"pn", "pt", "pod", "nazwa", "hasło", ".", ":", "-", "–"})
#: Quotes that only open or only close; a straight quote opens when it is the odd one in its sentence.
OPENING_QUOTES = frozenset({"„"})
CLOSING_QUOTES = frozenset({"”"})
STRAIGHT_QUOTES = frozenset({'"', "“"})


def _lemma(f: TokenFeatures, k: int) -> str:
    return f.lemma[k].lower()


def _part_predicate(f: TokenFeatures, i: int, lo: int) -> bool:
    """A part noun in the instrumental, then "być", before the trigger: "Punktem kulminacyjnym były targi"."""
    window = range(max(lo, i - PART_WINDOW), i)
    for k in window:
        if _lemma(f, k) in PART_NOUNS and "inst" in f.cases[k] | _gen_after_jeden(f, k, lo):
            return any(_lemma(f, m) == COPULA for m in range(k + 1, i))
    return False


def _gen_after_jeden(f: TokenFeatures, k: int, lo: int) -> frozenset[str]:
    """ "Jednym z (głównych) punktów": the part noun is in the genitive after "jeden z"; count it as the
    instrumental."""
    for m in range(max(lo + 1, k - 3), k):
        if _lemma(f, m) == "z" and _lemma(f, m - 1) == "jeden":
            return frozenset({"inst"})
    return frozenset()


def _project_name(f: TokenFeatures, i: int, lo: int) -> bool:
    """The trigger stands inside quotes opened right after "projekt"/"program" (and "pn."/"pod nazwą")."""
    k = i - 1
    while k >= lo and f.texts[k] not in OPENING_QUOTES:
        if f.texts[k] in CLOSING_QUOTES:
            return False  # the quote closed before the trigger
        if f.texts[k] in STRAIGHT_QUOTES:
            if sum(f.texts[m] in STRAIGHT_QUOTES for m in range(lo, k)) % 2:
                return False  # it closes one opened before
            break
        k -= 1
    if k < lo:
        return False
    k -= 1
    while k >= lo and (f.is_space[k] or _lemma(f, k) in NAME_INTRODUCERS
                       or f.texts[k].lower().rstrip(".") in NAME_INTRODUCERS):
        k -= 1
    return k >= lo and _lemma(f, k) in PROJECT_NOUNS


#: Words of getting ready for something: "omówiono przygotowania do festynu", "przygotowywali się do konkursu".
PREPARATION_LEMMAS = frozenset({"przygotowanie", "przygotowywanie", "przygotować", "przygotowywać"})
PREPARATION_WINDOW = 4


def _prepared_for(f: TokenFeatures, i: int, lo: int) -> bool:
    """"do" before the trigger (past its adjectives: "do tegorocznego festynu") after a word of preparation: the
    event being prepared is a later one, not the one reported."""
    k = i - 1
    while k >= lo and (f.is_space[k] or "adj" in f.pos_set[k] and not f.capitalised[k]):
        k -= 1
    if k < lo or f.texts[k].lower() != "do":
        return False
    before = [m for m in range(max(lo, k - PREPARATION_WINDOW), k) if not f.is_space[m]][-2:]
    return any(f.lemmas_lower[m] & PREPARATION_LEMMAS for m in before)


def side_mention(f: TokenFeatures, i: int, lo: int) -> bool:
    """The trigger at token i (in the sentence starting at lo) names a part, a project's name or a later event
    being prepared, not the event reported. (A focus particle before it, "odbyły się także warsztaty", was tried
    too: +0 tune, -1 check.)"""
    return _part_predicate(f, i, lo) or _project_name(f, i, lo) or _prepared_for(f, i, lo)


#: Lemmas of judged awards: a gala with them hosts a competition (docs/annotation.md, settled questions).
AWARD_LEMMAS = frozenset({"nagroda", "nagrodzić", "statuetka", "laureat", "laureatka", "wyróżnienie", "wyróżnić",
                          "kategoria", "kapituła", "jury", "zwycięzca", "zwyciężczyni", "plebiscyt"})
AWARD_CUES_FOR_COMPETITION = 3
#: Lemmas that report the judging itself: a gala whose winners were chosen beforehand is only a ceremony
#: (`inne`); one where the contest is decided ("rozstrzygnięto konkurs", "jury ogłosiło werdykt") is one.
JUDGING_LEMMAS = frozenset({"rozstrzygnąć", "rozstrzygać", "rozstrzygnięcie", "jury", "juror", "jurorka", "werdykt"})


def awards_count(f: TokenFeatures) -> int:
    return sum(1 for lemma in f.lemma if lemma.lower() in AWARD_LEMMAS)


def judged_page(f: TokenFeatures) -> bool:
    """Any reading counts: the chosen lemma of "jury" is often the mountains' "jura"."""
    return any(not JUDGING_LEMMAS.isdisjoint(lemmas) for lemmas in f.lemmas_lower)


#: Verbs of hosting: "gościliśmy w bibliotece Jana Nowaka" reports a meeting with the guest.
HOST_VERBS = frozenset({"gościć", "ugościć"})
VERB_POS = frozenset({"fin", "praet", "inf", "impt", "pcon", "imps"})
HOST_NAME_WINDOW = 8


def hosts_person(f: TokenFeatures, i: int, hi: int) -> bool:
    """A hosting verb with a person's name after it, in its sentence: a meeting with that person."""
    if f.lemma[i] not in HOST_VERBS or f.pos[i] not in VERB_POS:
        return False  # "spośród gości": the noun, not the verb
    for k in range(i + 1, min(hi, i + 1 + HOST_NAME_WINDOW)):
        if not f.texts[k][0].isalnum():
            return False  # "przywitała gości, wśród których …": the clause ends before a name
        if f.first_name[k] and f.capitalised[k]:
            return True
    return False


#: Competition nouns with a singular: their plural ("konkursy na najsmaczniejszy chleb", "liczne konkursy") names
#: several contests held within one event; pluralia tantum ("zawody", "mistrzostwa") name one competition.
COUNTABLE_CONTESTS = frozenset({"konkurs", "turniej", "olimpiada", "plebiscyt", "mecz", "sparing"})
#: Types of an event whose programme holds contests, concerts and shows: a festival, a fair.
PROGRAMME_TYPES = frozenset({"festyn", "targi"})


def plural_contest(f: TokenFeatures, i: int) -> bool:
    """A countable competition noun in the plural: where the page names a festival or a fair, the contests are items
    of its programme, not the event (docs/annotation.md: the event is what the report is about)."""
    readings = [a for a in f.morfs[i] if a.lemma.lower() in COUNTABLE_CONTESTS]
    return bool(readings) and all(a.number == "pl" for a in readings)


def classes_noun(f: TokenFeatures, i: int) -> bool:
    """ "Zajęcia" (classes, the plural of "zajęcie"; the singular is an occupation)."""
    return f.lemma[i] == "zajęcie" and ":pl:" in f.tag[i] + ":"


#: Verbs of going round places: "odwiedzili gospodarstwa", "goście wizytowali masarnię", "zwiedzili zakład".
SITE_VISIT_VERBS = frozenset({"odwiedzić", "odwiedzać", "wizytować", "zwiedzić", "zwiedzać"})


def visits_sites(f: TokenFeatures, body: list[tuple[int, int]]) -> bool:
    """The report says its people went round sites, with a verb (not "zwiedzanie" or "odwiedzający")."""
    return any(f.lemma[i] in SITE_VISIT_VERBS and f.pos[i] in VERB_POS for lo, hi in body for i in range(lo, hi))


#: words between a part and its whole: "koncert finałowy Festiwalu", "wystawa tegorocznych targów"
WHOLE_WINDOW = 3


def programme_whole(f: TokenFeatures, trig: list[frozenset[str]], i: int, hi: int,
                    wholes: frozenset[str]) -> frozenset[str] | None:
    """The trigger lemmas of the festival or fair the trigger at i belongs to, when that event's noun follows it in
    the genitive past adjectives only ("koncert finałowy Festiwalu", "konkurs tegorocznego festynu"): the concert
    or contest is a part of its programme, the event is the festival."""
    k = i + 1
    for _ in range(WHOLE_WINDOW):
        while k < hi and f.is_space[k]:
            k += 1
        if k >= hi:
            return None
        if trig[k] & wholes and "gen" in f.cases[k]:
            return trig[k] & wholes
        if "adj" not in f.pos_set[k]:
            return None
        k += 1
    return None


#: prepositions of a frame: "odbył się podczas dożynek", "w trakcie festynu odbyły się warsztaty"
FRAME_PREPOSITIONS = frozenset({"podczas", "trakcie"})
#: the verb that says which event took place
TOOK_PLACE = frozenset({"odbyć", "odbywać"})
FRAME_WINDOW = 2


def frames_another(f: TokenFeatures, trig: list[frozenset[str]], i: int, lo: int, hi: int) -> bool:
    """The trigger at i names the occasion another event of its sentence took place at: "Panel … odbył się podczas
    dożynek", "W trakcie festynu odbyły się warsztaty" (the panel, the workshops were the event), unless that
    other event is only a side mention ("odbyły się także …" is weighed by `side_mention`)."""
    prep = next((k for k in range(i - 1, max(lo, i - FRAME_WINDOW) - 1, -1) if f.texts[k].lower() in FRAME_PREPOSITIONS),
                None)
    if prep is None:
        return False
    for j in range(lo, min(hi, len(trig))):
        if j == i or not trig[j] or side_mention(f, j, lo):
            continue
        if j < prep and f.cases[j] & {"nom", "acc"} and all("adj" in f.pos_set[k] for k in range(j + 1, prep)):
            return True  # "Panel podczas dożynek", "Warsztaty kulinarne podczas festynu": the noun the frame modifies
        if j < prep and f.cases[j] & {"nom"} and any(f.lemma[k].lower() in TOOK_PLACE for k in range(prep - 2, prep)):
            return True  # "Panel dyskusyjny o przyszłości wsi odbył się podczas dożynek": the subject of taking place
        if abs(j - i) <= FRAME_WINDOW:
            continue
        near = range(max(lo, j - FRAME_WINDOW), min(hi, j + FRAME_WINDOW + 1))
        if any(f.lemma[k].lower() in TOOK_PLACE for k in near) and f.cases[j] & {"nom", "acc"}:
            return True
    return False
