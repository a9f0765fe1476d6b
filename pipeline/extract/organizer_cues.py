"""Sentence-structure cues for the organizer: whether an organization's name can be the subject of the
sentence's verb (its case from the name's own morphology, else from the word that governs it), whether it
is only a title ("konferencja pt. „…”"), and whether a "przez X" agent belongs to an organizing verb.

Kept apart from `organizations` (names) so the two can change independently; nothing here imports it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.words import ORG_HEADS
from pipeline.models import Mention
from pipeline.text.analysis import Analysis
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: Verbs whose agent organized the event ("zorganizowany przez X", "przeprowadzone przez X").
ORGANIZING = frozenset({"zorganizować", "organizować", "przeprowadzić", "zrealizować", "realizować"})
#: Verbs whose agent organized it only when the participle belongs to the event ("spotkanie przygotowane
#: przez X"), not to a dish or a stand ("kolacja przygotowana przez X").
PREPARING = frozenset({"przygotować", "przygotowywać", "poprowadzić", "prowadzić"})
#: Verbs of celebrating: a body that celebrates its own anniversary ("OSP X obchodziła 100-lecie istnienia",
#: "Koło X świętowało jubileusz") holds the event, as "jubileusz Koła X" names it (`resolve_owner`).
CELEBRATING = frozenset({"obchodzić", "świętować", "celebrować"})
ANNIVERSARY_NOUNS = frozenset({"jubileusz", "rocznica", "urodziny"})
#: Copulas and auxiliaries of the passive: "realizowany jest przez X", "zorganizowane zostało przez X".
_AUX = frozenset({"być", "zostać", "zostawać"})
_VERBAL = frozenset({"fin", "praet", "ppas", "pact", "ger", "inf", "impt", "bedzie", "imps", "pcon", "pant", "winien"})
#: Small words inside names ("Ośrodek Kultury w Zalesiu", "Stowarzyszenie na Rzecz …") when a capital follows.
_NAME_SMALL = frozenset({"w", "we", "z", "ze", "na", "im.", "i", "oraz", "dla", "do", "przy", "nad", "pod", "-", "–"})
#: Nouns of time before a subject ("W czwartek 3 października Centrum X zorganizowało"): not its governor.
_TIME_NOUNS = frozenset({"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                         "październik", "listopad", "grudzień", "poniedziałek", "wtorek", "środa", "czwartek", "piątek",
                         "sobota", "niedziela", "rok", "dzień", "tydzień", "miesiąc", "wieczór", "weekend", "r."})
_COORD = frozenset({"i", "oraz", ",", "a", "także", "/"})
_QUOTES = frozenset({'"', "„", "”", "“", "«", "»", "'"})
#: "konferencja pt. „…”", "projekt pn. …", "pod hasłem …": what follows is a title, not a body.
_TITLE_LEFT = re.compile(r"(?:\bpt\.|\bpn\.|\bpod\s+(?:tytułem|nazwą|hasłem)|\bnazwą|\btytułem)\s*:?\s*[\"„“«']?\s*$",
                         re.IGNORECASE)


@cache
def event_nouns() -> frozenset[str]:
    """Lemmas that name an event (the trigger words of every event type)."""
    from pipeline.extract.event_type import STUDY_NOUNS, TRIGGER_LEMMAS

    return frozenset().union(*TRIGGER_LEMMAS.values(), STUDY_NOUNS, {"wydarzenie", "impreza", "gala", "finał",
                                                                      "projekt", "przedsięwzięcie", "inicjatywa"})


def _first_token(ctx: Context, char: int) -> int:
    return bisect_left(ctx.features.starts, char)


def _agree(a: Analysis, b: Analysis) -> bool:
    return bool(a.cases & b.cases) and (a.number is None or b.number is None or a.number == b.number) and (
        not a.genders or not b.genders or bool(a.genders & b.genders))


#: Organs that head no name of their own but decline for the body they act for ("Zarząd Okręgu X zorganizował").
_ORGAN_NOUNS = frozenset({"zarząd", "prezydium"})


def own_cases(ctx: Context, mention: Mention) -> frozenset[str] | None:
    """The cases the name's head can have, narrowed by the adjectives before it that agree with it
    ("Młodzieżowej Rady": genitive only, though "Rady" alone may be a nominative plural); None when the
    head does not decline (an acronym, a foreign word)."""
    f = ctx.features
    lo, hi = _first_token(ctx, mention.start), _first_token(ctx, mention.end)
    heads = ORG_HEADS | BODY_HEADS | _ORGAN_NOUNS
    head = next((k for k in range(lo, hi) if f.texts[k][:1].isupper() and any(
        a.pos in ("subst", "depr") and a.lemma.lower() in heads for a in f.morfs[k])), None)
    if head is None:
        head = next((k for k in range(lo, hi) if not f.is_space[k]), None)
        if head is None:
            return None
        readings = [a for a in f.morfs[head] if a.pos in ("subst", "depr")]
    else:
        readings = [a for a in f.morfs[head] if a.pos in ("subst", "depr") and a.lemma.lower() in heads]
    if not readings or f.all_caps[head]:
        return None
    for k in range(lo, head):
        adjs = [a for a in f.morfs[k] if a.pos in ("adj", "ppas", "pact")]
        if adjs and f.texts[k][:1].isupper():
            narrowed = [r for r in readings if any(_agree(a, r) for a in adjs)]
            readings = narrowed or readings
    return frozenset().union(*(r.cases for r in readings))


def _is_prep(ctx: Context, k: int) -> bool:
    pos = ctx.features.pos_set[k]
    return "prep" in pos and not pos & ({"subst", "adj", "ppas"} | _VERBAL)


def _governor(ctx: Context, start: int) -> tuple[int | None, bool]:
    """The word the name depends on: the last lower-case word before it, past the names coordinated with it
    ("przez Radę Sołecką i KGW" -> "przez"); (index or None, whether it stands right before the name)."""
    f = ctx.features
    k = _first_token(ctx, start) - 1
    adjacent = True
    while k >= 0:
        text = f.texts[k]
        if f.is_space[k]:
            if "\n" in text:
                return None, adjacent
            k -= 1
            continue
        low = text.lower()
        capital = text[:1].isupper() or text.isdigit() or text in _QUOTES
        nxt = k + 1
        while nxt < len(f.texts) and f.is_space[nxt]:
            nxt += 1
        small = low in _NAME_SMALL and nxt < len(f.texts) and f.texts[nxt][:1].isupper()
        if capital or low in _COORD or small and not adjacent:
            adjacent = False
            k -= 1
            continue
        return k, adjacent
    return None, adjacent


def could_be_subject(ctx: Context, mention: Mention) -> bool:
    """Whether the name can be the nominative subject of its sentence: its own cases allow a nominative,
    and no preposition governs it; a name that does not decline ("KGW", "Caritas") right after a noun
    ("prezes NIK", "kierownik GBP") or a declined name in the genitive (other than nominative) is that
    noun's complement."""
    cases = own_cases(ctx, mention)
    if cases is not None and "nom" not in cases:
        return False
    f = ctx.features
    first = _first_token(ctx, mention.start)
    prev = first - 1
    while prev >= 0 and f.is_space[prev] and "\n" not in f.texts[prev]:
        prev -= 1
    if prev >= 0 and not f.is_space[prev] and f.texts[prev][:1].isupper() and not f.all_caps[prev] and not any(
            a.pos == "subst" and a.lemma.lower() in ORG_HEADS | BODY_HEADS for a in f.morfs[first]):
        # "Domu Pomocy Społecznej Caritas": a proper name glued to a declined name takes its case
        readings = [a for a in f.morfs[prev] if a.pos in ("subst", "adj", "depr")]
        if readings and not any("nom" in a.cases for a in readings):
            return False
        if cases is None and _common_noun(f.morfs[prev]):
            return False  # "Kierownik UTW powitał": a capitalised title at the sentence's start governs the acronym
    gov, adjacent = _governor(ctx, mention.start)
    if gov is None:
        return True
    if _is_prep(ctx, gov):
        return False
    pos = _number_compound(ctx, gov) or f.pos_set[gov]
    if adjacent and "subst" in pos and not pos & _VERBAL and (cases is None or "gen" in cases) and not f.lemmas_lower[
            gov] & _TIME_NOUNS:
        return False
    return True


def _number_compound(ctx: Context, k: int) -> frozenset[str]:
    """Parts of speech of a numeral compound the tokenizer split ("50-lecia", "XX-lecia": "50", "-", "lecia"), read
    from the whole word with a digit prefix; empty when token k ends no such compound."""
    f = ctx.features
    if k < 2 or f.pos_set[k] != {"ign"} or f.texts[k - 1] not in ("-", "–") or not (f.glued[k - 2] and f.glued[k - 1]) or not (
            f.texts[k - 2].isdigit() or f.texts[k - 2].isupper() and set(f.texts[k - 2]) <= set("IVXLC")):
        return frozenset()
    return frozenset(a.pos for a in analyse(f"10-{f.texts[k]}"))


def _common_noun(morfs: list[Analysis]) -> bool:
    """Only common-noun readings (no proper-name category, no organization head): "Kierownik", "Prezes"."""
    nouns = [a for a in morfs if a.pos in ("subst", "depr")]
    return bool(nouns) and len(nouns) == len([a for a in morfs if a.pos not in ("interp", "ign")]) and all(
        not a.names and a.lemma[:1].islower() and a.lemma.lower() not in ORG_HEADS | BODY_HEADS for a in nouns)


def is_title(ctx: Context, mention: Mention) -> bool:
    """'konferencja pt. „Uniwersytet …”': the name is the event's or the project's title."""
    return bool(_TITLE_LEFT.search(ctx.left(mention.start, 40)))


def organizing_agent(ctx: Context, mention: Mention, sentence_lemmas: frozenset[str]) -> bool:
    """'przeprowadzone przez X', 'zorganizowanemu po raz drugi przez X', 'spotkanie przygotowane przez X': X is
    the agent of an organizing participle a few words before "przez" (a preparing verb counts only with an
    event noun just before it or as a predicate: not "kolacja przygotowana przez X")."""
    f = ctx.features
    k = _first_token(ctx, mention.start) - 1
    while k >= 0 and f.is_space[k]:
        k -= 1
    if k >= 0 and f.lowers[k] != "przez" and _people_noun(f.morfs[k]):
        k -= 1  # "przez pracowników X", "przez członków X": the people stand for their body
        while k >= 0 and f.is_space[k]:
            k -= 1
    if k < 0 or f.lowers[k] != "przez":
        return False
    seen = 0
    aux = False
    k -= 1
    while k >= 0 and seen < 6:
        if f.is_space[k]:
            if "\n" in f.texts[k]:
                return False
            k -= 1
            continue
        if f.texts[k] in (".", ";", ":", "!", "?"):
            return False
        lemmas = {a.lemma for a in f.morfs[k] if a.pos in ("ppas", "ger", "pact", "praet", "fin")}
        if lemmas & ORGANIZING:
            return True
        if lemmas & PREPARING:
            return aux and bool(sentence_lemmas & event_nouns()) or _event_noun_before(ctx, k)
        aux = aux or any(a.lemma in _AUX for a in f.morfs[k])
        seen += 1
        k -= 1
    return False


def people_before(ctx: Context, char: int, case: str = "acc") -> int | None:
    """The start of a lower-case plural noun of people standing right before `char` on its line ("słuchaczy",
    "pracowników" before a body's name: the body's people; "nauczycielami" with `case` "inst"; "paniami z"), or None."""
    f = ctx.features
    k = _first_token(ctx, char) - 1
    while k >= 0 and f.is_space[k] and "\n" not in f.texts[k]:
        k -= 1
    if k > 0 and f.lowers[k] in ("z", "ze"):
        k -= 1  # "paniami z KGW X", "słuchaczy z UTW Y"
        while k >= 0 and f.is_space[k] and "\n" not in f.texts[k]:
            k -= 1
    if k < 0 or f.is_space[k] or not f.texts[k].isalpha() or not f.texts[k].islower() or not _people_noun(f.morfs[k], case):
        return None
    return f.starts[k]


def _people_noun(morfs: tuple[Analysis, ...], case: str = "acc") -> bool:
    """A lower-case plural noun of people in `case` ("pracowników", "członkiń", "uczniów" in the accusative)."""
    return any(a.pos == "subst" and a.number == "pl" and case in a.cases and a.genders & {"m1", "f"}
               and a.lemma[:1].islower() and a.lemma.lower() not in event_nouns() for a in morfs) and all(
        a.pos in ("subst", "depr") for a in morfs if a.pos not in ("ign", "interp"))


def _event_noun_before(ctx: Context, k: int, words: int = 4) -> bool:
    """An event noun among the few words before token k ("warsztaty kulinarne przygotowane"); a quoted title
    in apposition to it counts as one word ("w projekcie „Lato w mieście”, przygotowanym przez X")."""
    f = ctx.features
    nouns = event_nouns()
    seen = 0
    j = k - 1
    while j >= 0 and seen < words:
        if f.is_space[j]:
            j -= 1
            continue
        if f.texts[j] in (".", ";", "\n"):
            break
        if f.texts[j] in _CLOSING_QUOTES:
            opening = _opening_quote(f, j)
            if opening is not None:
                j = opening - 1
                seen += 1
                continue
        if any(a.pos == "subst" and a.lemma.lower() in nouns for a in f.morfs[j]):
            return True
        seen += 1
        j -= 1
    return False


_CLOSING_QUOTES = frozenset({"”", "\"", "“", "»"})
_OPENING_QUOTES = frozenset({"„", "\"", "“", "«"})


def _opening_quote(f, j: int, longest: int = 30) -> int | None:
    """The opening quotation mark of the quoted title closed at token j, on the same line and within
    `longest` tokens; None when there is none."""
    for i in range(j - 1, max(-1, j - longest), -1):
        if f.is_space[i] and "\n" in f.texts[i]:
            return None
        if f.texts[i] in _OPENING_QUOTES:
            return i
    return None


#: Active verb forms whose subject runs the event ("Biblioteka realizuje projekt", "Ośrodek przygotowuje kolejne
#: edycje konkursu"); passive participles name what was organized, not who.
_ACTIVE = frozenset({"fin", "praet", "bedzie", "pact"})


def organizing_subject(ctx: Context, mention: Mention) -> bool:
    """The name is the subject right before an active organizing or preparing verb (any tense) whose object
    names an event or a project: "X realizuje projekt …", "X już przygotowuje kolejne edycje konkursu"; or
    before a verb of celebrating whose object is an anniversary ("X obchodziła 100-lecie istnienia"); or the
    subject right after such a verb whose fronted object names the project or event ("Projekt realizuje X")."""
    if _fronted_object(ctx, mention):
        return could_be_subject(ctx, mention)
    f = ctx.features
    k = _first_token(ctx, mention.end)
    verb = None
    words = 0
    relative = None  # "Towarzystwa X, które zorganizowało zawody": the pronoun is the subject, the name its antecedent
    while k < len(f.texts) and words < 3 and verb is None:
        if f.texts[k] in (".", ";", ":", "!", "?", "(") or "\n" in f.texts[k]:
            return False
        if not f.is_space[k]:
            if any(a.pos in _ACTIVE and a.lemma in ORGANIZING | PREPARING | CELEBRATING for a in f.morfs[k]):
                verb = k
            elif words == 1 and f.texts[k - 1 - f.is_space[k - 1]] == "," and "który" in f.lemmas_lower[k]:
                relative = k
            words += 1
        k += 1
    if verb is None or relative is not None and not _relative_subject(ctx, mention, relative, verb):
        return False
    words = 0
    k = verb + 1
    while k < len(f.texts) and words < 5:
        if f.texts[k] in (".", ";", "!", "?") or "\n" in f.texts[k]:
            return False
        if not f.is_space[k]:
            celebrated = f.lemmas_lower[verb] & CELEBRATING
            if celebrated and not _in_opening(ctx, mention.start):
                return False  # "obchody X odbyły się w Domu Kultury. Dom świętuje 50-lecie": an aside, not the event
            if f.lemmas_lower[k] & (ANNIVERSARY_NOUNS if celebrated else event_nouns()) or celebrated and (
                    f.lowers[k].startswith("leci") or any(w.endswith("lecie") and len(w) > 6 for w in f.lemmas_lower[k])):
                return relative is not None or could_be_subject(ctx, mention)
            words += 1
        k += 1
    return False


def _relative_subject(ctx: Context, mention: Mention, pronoun: int, verb: int) -> bool:
    """"Towarzystwa X, które zorganizowało zawody": the relative pronoun is the verb's nominative subject (it agrees
    with the verb in number and gender) and stands for the name (it agrees with the name's head noun), so the
    name's own case does not matter; "Klubu X, którą zorganizowała …" (an object) or a pronoun of another gender
    does not stand for the body."""
    f = ctx.features
    subjects = [a for a in f.morfs[pronoun] if a.lemma.lower() == "który" and "nom" in a.cases]
    verbs = [a for a in f.morfs[verb] if a.pos in _ACTIVE]
    subjects = [p for p in subjects if any(v.number == p.number and (not v.genders or v.genders & p.genders)
                                           for v in verbs)]
    lo, hi = _first_token(ctx, mention.start), _first_token(ctx, mention.end)
    heads = ORG_HEADS | BODY_HEADS | _ORGAN_NOUNS
    head = next((k for k in range(lo, hi) if f.capitalised[k] and not f.all_caps[k] and any(
        a.pos == "subst" and a.lemma.lower() in heads for a in f.morfs[k])), None)
    if head is None:
        return bool(subjects)  # an acronym: no gender to check
    return any(a.pos == "subst" and a.number == p.number and a.genders & p.genders for a in f.morfs[head]
               for p in subjects)


def _fronted_object(ctx: Context, mention: Mention) -> bool:
    """'Projekt realizuje X', 'Zadanie współfinansowane … realizuje X': an organizing verb right before the name,
    and the sentence opens with an event's or a project's noun as its object (at most three words before the verb)."""
    f = ctx.features
    k = _first_token(ctx, mention.start) - 1
    while k >= 0 and f.is_space[k]:
        k -= 1
    if k < 0 or not any(a.pos in ("fin", "praet") and a.lemma in ORGANIZING for a in f.morfs[k]):
        return False
    start = ctx.sentence_bounds(k)[0]
    words = [j for j in range(start, k) if not f.is_space[j]]
    return 0 < len(words) <= 3 and any(f.lemmas_lower[j] & event_nouns() and any(
        "acc" in a.cases for a in f.morfs[j] if a.pos == "subst") for j in words)


def _in_opening(ctx: Context, char: int) -> bool:
    """The report's first sentence, or its second when the first line is a title (no full stop in it)."""
    first_line = ctx.norm.lstrip().split("\n", 1)[0].rstrip()
    titled = "\n" in ctx.norm.strip() and not first_line.endswith((".", "!", "?"))
    return char <= first_sentences_end(ctx, 2 if titled else 1)


def first_sentences_end(ctx: Context, n: int) -> int:
    ends = _sentence_ends(ctx)
    return ends[min(n, len(ends)) - 1] if ends else len(ctx.norm)


def _sentence_ends(ctx: Context) -> list[int]:
    """End characters of the document's sentences, once per document (`doc.sents` builds a Span per sentence)."""
    memo = ctx.memo(_sentence_ends)
    ends = memo.get("ends")
    if ends is None:
        doc = ctx.doc
        if doc.has_annotation("SENT_START") and "sents" not in doc.user_hooks:
            f = ctx.features  # the sentence-start column, as `Context._sentence_bounds` reads it
            ends = [f.ends[end - 1] for _, end in f.sentences]
        else:
            ends = [s.end_char for s in doc.sents]
        memo["ends"] = ends
    return ends


def past_opening(ctx: Context, before: int) -> bool:
    """The report's first sentence, ending before `before`, tells of a finished event: a past-tense verb and no
    future form (no "będzie", no perfective present). A host named in the future after it hosts a later event."""
    end = first_sentences_end(ctx, 1)
    if end > before:
        return False
    f = ctx.features
    verbs = [a for k in range(bisect_left(f.starts, end)) if not f.is_space[k] for a in f.morfs[k]
             if a.pos in ("praet", "bedzie", "fin")]
    return any(a.pos == "praet" for a in verbs) and not any(
        a.pos == "bedzie" or a.pos == "fin" and a.tag.endswith(":perf") for a in verbs)
