"""What the words around a place's mentions say about it being a place of the event: the word governing each
mention (a preposition, or a noun of a kind: an institution, a person, an event, a document or programme, a
territory, an abstract noun), the case of the mention, whether a verb follows (a unit acting), a unit's name
capitalised mid-sentence (the body, not the land). Lemmas and SGJP genders, never inflected strings; each joined to
the place's kind, since "mieszkańcy gminy X" and "mieszkańcy X" differ only by it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from pipeline.extract.event_type import STUDY_NOUNS, TRIGGER_LEMMAS
from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.words import NAME_ONLY_HEADS, OFFICE_TITLES, ORG_HEADS
from pipeline.models import Place
from pipeline.text.analysis import Analysis
from pipeline.text.context import Context

#: Nouns of a plan, a programme, a document or a fund: a unit after them is their scope, not a place of the event.
DOCUMENT_NOUNS = frozenset({"program", "projekt", "strategia", "plan", "dokument", "uchwała", "budżet", "fundusz",
                            "umowa", "regulamin", "raport", "diagnoza", "ustawa", "porozumienie", "inicjatywa",
                            "konkurs", "grant", "dotacja", "priorytet", "oś", "działanie", "polityka", "lista"})
#: Nouns of a territory: "na terenie gminy X", "obszar powiatu Y" locate.
TERRITORY_NOUNS = frozenset({"teren", "obszar", "terytorium", "granica", "okolica", "miejscowość", "sołectwo",
                             "część", "rejon", "centrum", "stolica", "siedziba"})
_EVENT_NOUNS = frozenset().union(*TRIGGER_LEMMAS.values(), STUDY_NOUNS)
_INSTITUTIONS = (ORG_HEADS | BODY_HEADS | NAME_ONLY_HEADS | {"samorząd", "zarząd", "władze", "urząd"}) - {"centrum"}
_ABSTRACT_ENDINGS = ("ość", "acja", "enie", "anie", "cie", "stwo", "izm", "ja")
_VERB_POS = frozenset({"fin", "praet", "impt", "inf", "imps", "pcon", "pant", "bedzie", "winien", "pred"})
_UNIT_LEMMAS = frozenset({"gmina", "powiat", "województwo", "miasto"})
_COORDINATING = frozenset({",", "i", "oraz", "lub", "albo", "a", "-", "–"})


def noun_kind(lemma: str, readings: Sequence[Analysis]) -> str:
    """What a governing noun is, from its lemma and SGJP gender: an institution or body, a person (an office or
    the m1 personal gender: "mieszkańcy", "wójt"), an event, a document or programme, a territory, an abstract
    noun (a gerund or a derivational ending: "rozwój" no, "promocja" yes), another noun."""
    if lemma in _INSTITUTIONS:
        return "institution"
    if lemma in OFFICE_TITLES or any("m1" in a.genders for a in readings if a.pos in ("subst", "depr")):
        return "person"
    if lemma in _EVENT_NOUNS:
        return "event"
    if lemma in DOCUMENT_NOUNS:
        return "document"
    if lemma in TERRITORY_NOUNS:
        return "territory"
    if any(a.pos == "ger" for a in readings) or lemma.endswith(_ABSTRACT_ENDINGS):
        return "abstract"
    return "noun"


def governor(ctx: Context, start: int) -> tuple[str, str]:
    """(kind, lemma) of the word a mention depends on, over adjectives and the coordinated names before it: a
    preposition ("prep", "w"), a noun (its `noun_kind`, lemma), a verb ("verb", lemma), or the layout ("line",
    "quote", "paren", "punct")."""
    feats = ctx.features
    i = bisect_right(feats.starts, start) - 1
    if i >= 0 and feats.starts[i] == start:
        i -= 1
    for _ in range(8):
        while i >= 0 and feats.is_space[i]:
            if "\n" in feats.texts[i]:
                return "line", ""
            i -= 1
        if i < 0 or "\n" in ctx.text[feats.starts[i]:start].rstrip(" "):
            return "line", ""
        word, readings = feats.texts[i], feats.morfs[i]
        pos = {a.pos for a in readings}
        low = word.lower()
        if word in "„\"«“":
            return "quote", ""
        if word in "([":
            return "paren", ""
        if low in _COORDINATING:
            i -= 1
            continue
        if not word[:1].isalnum():
            return "punct", ""
        if "prep" in pos and not word[:1].isupper() or feats.pos[i] == "prep":
            return "prep", feats.lemma[i].lower()
        if pos and pos <= {"adj", "pact", "ppas", "num", "adja"} or word[:1].isupper() and (
                feats.names[i] or not pos or pos == {"ign"}):
            i -= 1  # "z całej Polski", "Kocierzew i Lipnice": the adjective or the earlier name of a list
            continue
        lemma = feats.lemma[i].lower()
        if pos & {"subst", "ger", "depr"}:
            return noun_kind(lemma, readings), lemma
        if pos & _VERB_POS:
            return "verb", lemma
        return "other", lemma
    return "far", ""


def _after(ctx: Context, end: int) -> str:
    """What follows a mention: a verb ("Gmina X zorganizowała": a unit acting), a punctuation mark, a word, a line end."""
    feats = ctx.features
    i = bisect_right(feats.starts, end - 1)
    while i < len(feats.texts) and feats.is_space[i]:
        if "\n" in feats.texts[i]:
            return "line"
        i += 1
    if i >= len(feats.texts):
        return "line"
    if "\n" in ctx.text[end:feats.starts[i]]:
        return "line"
    if {a.pos for a in feats.morfs[i]} & _VERB_POS or feats.lemma[i].lower() in ("się", "być"):
        return "verb"
    return "punct" if not feats.texts[i][:1].isalnum() else "word"


def _case(ctx: Context, start: int) -> str:
    """The case of a mention's first word (its chosen reading): "w gminie" loc, "gminy" gen, "Gmina" nom."""
    feats = ctx.features
    i = bisect_right(feats.starts, start) - 1
    chosen = feats.chosen[i] if i >= 0 else None
    cases = chosen.cases if chosen is not None else frozenset()
    return "/".join(sorted(cases)) if len(cases) == 1 else "many" if cases else "none"


def _first_lemma(ctx: Context, start: int) -> str:
    feats = ctx.features
    i = bisect_right(feats.starts, start) - 1
    return feats.lemma[i].lower() if i >= 0 else ""


def _sentence_start(ctx: Context, start: int) -> bool:
    feats = ctx.features
    i = bisect_right(feats.starts, start) - 1
    return i >= 0 and feats.sentences[feats.sentence[i]][0] == i


def place_mention_features(ctx: Context, place: Place, first: int = 3) -> dict[str, float]:
    """The governing word of each mention, the case, what follows, a unit's name written as a body's: the place's
    kind joined to each, since "mieszkańcy gminy X" differs from "mieszkańcy X" only by the kind."""
    out: dict[str, float] = {}
    k = place.kind
    for m in sorted(place.mentions, key=lambda m: m.start)[:first]:
        kind, lemma = governor(ctx, m.start)
        out[f"govk={kind}"] = 1.0
        out[f"{k}|govk={kind}"] = 1.0
        if lemma:
            out[f"govl={kind}:{lemma}"] = 1.0
            out[f"{k}|govl={kind}:{lemma}"] = 1.0
        case = _case(ctx, m.start)
        out[f"{k}|case={case}"] = 1.0
        after = _after(ctx, m.end)
        out[f"{k}|after={after}"] = 1.0
        if case == "nom" and after == "verb":
            out[f"{k}|acting"] = 1.0
        if k == "region" and m.text[:1].isupper() and _first_lemma(ctx, m.start) in _UNIT_LEMMAS \
                and not _sentence_start(ctx, m.start) and kind not in ("line", "punct", "quote"):
            out["unit_capital_mid"] = 1.0
    return out
