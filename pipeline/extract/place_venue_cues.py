"""Venue cues the language gives by its words rather than by a fixed phrase: a locative that opens its sentence
after only a date ("Dnia 5 maja w Bibliotece X nastąpiło …"), verbs of going read by their morfeusz2 lemmas
("wybraliśmy się do X", "przenieśliśmy się do X"), and a list announced by a plural noun of places ("w dwóch
miejscach: X i Y")."""

from __future__ import annotations

from bisect import bisect_left

from pipeline.text.context import Context
from pipeline.text.light import LightToken

#: nouns and adverbs of a date or a time of day that may come before a sentence's opening locative
_TIME_LEMMAS = frozenset({
    "dzień", "rok", "miesiąc", "tydzień", "godzina", "wieczór", "ranek", "rano", "popołudnie", "przedpołudnie",
    "weekend", "dziś", "dzisiaj", "wczoraj", "przedwczoraj", "data", "termin", "doba", "noc", "południe",
    "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
    "listopad", "grudzień", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"})
#: the abbreviations and small words of a written date: "r.", "br.", "godz.", "w dniach od … do …", "ok."
_DATE_WORDS = frozenset({"r", "br", "godz", "g", "w", "we", "o", "od", "do", "ok", "około", "dn", "-", "–", "—", ".",
                         ",", "/", ":"})
#: verbs of going somewhere: with "do X" the institution is where the next part of the event took place; those
#: marked reflexive go only with "się" ("wybrać się", "przenieść się"; "wybrać do zarządu" is an election)
_GOING = frozenset({"udać", "udawać", "pojechać", "jechać", "przyjechać", "dojechać", "zajechać", "wyjechać",
                    "pójść", "iść", "przejść", "dotrzeć", "docierać", "wyruszyć", "przybyć", "przybywać", "zawitać",
                    "wstąpić", "zajrzeć", "powędrować", "zawędrować", "przemaszerować", "dojść", "wybrać",
                    "wybierać", "przenieść", "przenosić"})
_REFLEXIVE_ONLY = frozenset({"wybrać", "wybierać", "przenieść", "przenosić", "udać", "udawać"})
_PLACE_NOUNS = frozenset({"miejsce", "lokalizacja", "punkt", "obiekt"})
#: verbs of guiding or walking through whose "po" + locative names the toured sites ("oprowadzili gości po Muzeum X,
#: Szkole Y"); a visited institution as a bare object ("odwiedzili X") is no venue cue (docs/annotation.md)
_TOURING = frozenset({"oprowadzić", "oprowadzać", "spacerować", "przespacerować", "wędrować", "oprowadzanie"})
_VERB_POS = frozenset({"fin", "praet", "inf", "impt", "pcon", "pant", "ger", "bedzie", "ppas", "imps"})


def _token_index(ctx: Context, start: int) -> int:
    return bisect_left(ctx.light_tokens, start, key=lambda t: t.idx)


def _lemmas(t: LightToken) -> set[str]:
    return {a.lemma.split(":")[0].lower() for a in t.morf}


def dated_locative(ctx: Context, start: int) -> bool:
    """The name at `start` follows "w" that opens its sentence, with only a date or a time before it ("Dnia 22
    listopada w X", "19 września 2010 roku w X", "W miniony piątek w X", "W X"): the sentence's adverbial of place,
    whatever its verb."""
    toks = ctx.light_tokens
    k = _token_index(ctx, start)
    if k == 0 or toks[k - 1].text.lower() not in ("w", "we") and not (
            k >= 2 and toks[k - 1].text in ("„", '"') and toks[k - 2].text.lower() in ("w", "we")):
        return False
    j = k - 1 if toks[k - 1].text.lower() in ("w", "we") else k - 2
    for t in reversed(toks[max(0, j - 12):j]):
        if "\n" in t.whitespace_:
            return True  # the line opens with the date: "19 WRZEŚNIA 2010 ROKU W X"
        word = t.text.lower().rstrip(".")
        if word in _DATE_WORDS or t.text[:1].isdigit() or t.text in (".", ",") or _lemmas(t) & _TIME_LEMMAS \
                or any(a.pos == "adj" for a in t.morf) and not t.text[:1].isupper():
            if t.is_sent_start:
                return True
            continue
        return False
    return j == 0 or toks[j].is_sent_start or (j > 0 and "\n" in toks[j - 1].whitespace_)


def gone_to(ctx: Context, start: int) -> bool:
    """The name at `start` follows "do" governed by a verb of going in the same clause ("wybraliśmy się do X",
    "uczestnicy przenieśli się do X", "pojechaliśmy do X"): the destination where the next part took place."""
    toks = ctx.light_tokens
    k = _token_index(ctx, start)
    j = k - 1
    if j >= 0 and toks[j].text in ("„", '"'):
        j -= 1
    if j < 1 or toks[j].text.lower() != "do":
        return False
    window = toks[max(0, j - 6):j]
    reflexive = any(t.text.lower() == "się" for t in window)
    for t in reversed(window):
        if t.text in (".", ";", "?", "!") or "\n" in t.whitespace_:
            return False
        going = {a.lemma.split(":")[0] for a in t.morf if a.pos in ("fin", "praet", "inf", "impt", "pcon", "ger", "bedzie")}
        going &= _GOING
        if going and (reflexive or not going <= _REFLEXIVE_ONLY):
            return True
    return False


def announced_places(ctx: Context, start: int) -> bool:
    """The name at `start` is an item of a list that a count of places announces in its sentence ("w dwóch
    miejscach: Szkole X i Domu Kultury Y", "w następujących lokalizacjach:"): each item is a venue."""
    toks = ctx.light_tokens
    k = _token_index(ctx, start)
    for j in range(k - 1, max(-1, k - 30), -1):
        t = toks[j]
        if t.text in (".", ";", "?", "!") or t.is_sent_start and j < k - 1:
            return False
        if t.text != ":" or j == 0:
            continue
        head = toks[j - 1]
        return any(a.pos == "subst" and a.lemma in _PLACE_NOUNS and a.number == "pl" for a in head.morf)
    return False


def _verb_lemmas(t: LightToken, pos: frozenset[str] = _VERB_POS) -> set[str]:
    return {a.lemma.split(":")[0].lower() for a in t.morf if a.pos in pos}


def visited_site(ctx: Context, start: int) -> bool:
    """The name at `start` is an item of "po" + locative after a verb of guiding ("oprowadzili gości po Muzeum X,
    Szkole Y, Urzędzie Z"): the tour took place in it."""
    toks = ctx.light_tokens
    k = _token_index(ctx, start)
    j = k - 1
    if j >= 0 and toks[j].text in ("„", '"'):
        j -= 1
    if j < 0:
        return False
    for i in range(j, max(-1, j - 25), -1):  # back over the list's earlier items to its "po"
        t = toks[i]
        if t.text in (".", ";", "?", "!", ":") or "\n" in t.whitespace_ and i < j:
            return False
        if t.text.lower() == "po":
            return any(_verb_lemmas(v, _VERB_POS | {"subst"}) & _TOURING for v in toks[max(0, i - 4):i])
        seat = t.text.lower() in ("w", "we") and toks[i + 1].text[:1].isupper()  # an earlier item's seat
        if i < j and not seat and t.text.islower() and any(a.pos == "prep" or a.pos in _VERB_POS for a in t.morf):
            return False  # another phrase or clause ("obiekty, które znajdują się przy X") ends the list
    return False


def named_as_place(ctx: Context, start: int) -> bool:
    """The name at `start` is the subject of a copula whose predicate is "miejscem" ("Miejscem spotkania było
    Centrum X", "Miejscem zajęć, w których …, była Szkoła Y"): the sentence says the event took place in it."""
    toks = ctx.light_tokens
    k = _token_index(ctx, start)
    j = k - 1
    if j >= 0 and toks[j].text in ("„", '"'):
        j -= 1
    if j < 1 or not any(a.lemma.split(":")[0] == "być" and a.pos in ("praet", "fin", "bedzie") for a in toks[j].morf):
        return False
    for t in reversed(toks[max(0, j - 15):j]):
        if t.text in (".", ";", "?", "!", ":") or "\n" in t.whitespace_:
            return False
        if any(a.lemma.split(":")[0] == "miejsce" and a.pos == "subst" and "inst" in a.cases for a in t.morf):
            return True
    return False
