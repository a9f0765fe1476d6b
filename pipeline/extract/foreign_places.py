"""Places abroad that the name finder leaves out: a country whose name is also a people's plural ("z Niemiec",
"(Czechy)") and a foreign town the dictionary does not know, written as an institution's seat ("Uniwersytet
we Fryburgu").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.place_context import in_funding_boilerplate, in_quoted_title, topic_only
from pipeline.extract.place_mention import EXTRACTOR, PlaceMention
from pipeline.lexicon.place_shapes import feminine_genitive_base
from pipeline.lexicon.places import COUNTRIES
from pipeline.text.context import Context
from pipeline.text.fleeting_vowels import with_fleeting_e

#: "we Fryburgu" at the end of an institution's name: the seat's word, unknown to the dictionary.
_SEAT_END = re.compile(r"\b(?:w|we)\s+([A-Z][a-z]{3,}u)$")


def foreign_places(ctx: Context, places: list[tuple[int, int]], taken: list[tuple[int, int]]
                   ) -> list[PlaceMention]:
    """Countries named as where people came from or went (`topic_only` decides, as for other countries),
    outside every span found (`places` and `taken`), and the unknown seats at the end of `taken` spans
    (institutions) that no place span covers."""
    covered = bytearray(len(ctx.norm) + 1)
    for s, e in places:
        covered[s:e] = b"\x01" * (e - s)
    anywhere = bytearray(covered)
    for s, e in taken:
        anywhere[s:e] = b"\x01" * (e - s)
    out = []
    for t in ctx.light_tokens:
        if not t.capitalised or not t.is_alpha or anywhere.find(1, t.idx, t.idx + len(t.text)) >= 0:
            continue
        country = next((a.lemma for a in t.morf if "nazwa_geograficzna" in a.names and a.lemma in COUNTRIES), None)
        if country is None or topic_only(ctx, t.idx, country, home=country == "Polska") \
                or in_quoted_title(ctx, t.idx) or in_funding_boilerplate(ctx, t.idx):
            continue
        out.append(PlaceMention(country, "country", ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.8, "country")))
    out += _named_by_a_locality_noun(ctx, anywhere)
    out += _unknown_after_a_town_part(ctx, anywhere)
    out += _unknown_in_a_place_list(ctx, {e for _s, e in places}, anywhere)
    for s, e in taken:
        seat = _SEAT_END.search(ctx.norm, s, e)
        if seat is None or covered.find(1, seat.start(1), seat.end(1)) >= 0 or not _unknown(ctx, seat.start(1)):
            continue
        name = seat.group(1)[:-1]  # the masculine locative "-u": "Fryburgu" -> "Fryburg"
        if name[-1] in "aeiouyąęó":
            continue
        name = with_fleeting_e(name)  # "Sielinku" -> "Sielinek": a consonant + "k" stem's fleeting vowel
        out.append(PlaceMention(name, "locality", ctx.mention(seat.start(1), seat.end(1), EXTRACTOR, 0.6,
                                                               "foreign_seat")))
    return out


def _unknown(ctx: Context, char: int) -> bool:
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and all(a.pos == "ign" for a in ctx.doc[span.start]._.morf)


#: lower-case nouns whose apposition is a locality's name in the nominative: "w mieście Caceres"
_LOCALITY_NOUNS = frozenset({"miasto", "miejscowość", "miasteczko", "wieś"})


def _named_by_a_locality_noun(ctx: Context, anywhere: bytearray) -> list[PlaceMention]:
    """A name in apposition to "miasto"/"miejscowość" that neither the dictionary nor the register knows as a
    place: a town abroad, which keeps its written form ("w mieście Caceres"), also when the word is a common
    noun's nominative too ("w miejscowości Sumy"); geographic names are read by the name finder and the
    register scan."""
    toks = ctx.light_tokens
    out = []
    for k in range(1, len(toks)):
        t, before = toks[k], toks[k - 1]
        if not t.capitalised or not t.is_alpha or len(t.text) < 3 or not before.text[:1].islower() \
                or anywhere.find(1, t.idx, t.idx + len(t.text)) >= 0 \
                or not any(a.lemma in _LOCALITY_NOUNS for a in before.morf if a.pos == "subst") \
                or not (all(a.pos == "ign" for a in t.morf) or _nominative_non_place(t)) \
                or in_quoted_title(ctx, t.idx) or in_funding_boilerplate(ctx, t.idx):
            continue
        out.append(PlaceMention(t.text, "locality", ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6,
                                                                "foreign_apposition")))
    return out


def _unknown_name_word(t: Token, anywhere: bytearray) -> bool:
    """A capitalised word of four letters or more that the dictionary does not know, not shouted, in no place found."""
    return t.capitalised and t.is_alpha and len(t.text) >= 4 and not t.text.isupper() \
        and all(a.pos == "ign" for a in t.morf) and anywhere.find(1, t.idx, t.idx + len(t.text)) < 0


#: nouns of a part of a town whose genitive complement is the town: "w centrum X", "na przedmieściach X"
_TOWN_PARTS = frozenset({"centrum", "przedmieście", "obrzeże", "śródmieście", "okolica", "peryferie"})


def _unknown_after_a_town_part(ctx: Context, anywhere: bytearray) -> list[PlaceMention]:
    """"w samym centrum kulturalno-historycznej Candelarii": a capitalised word the dictionary does not know, the
    genitive complement of a town part (over its lower-case adjectives): a town abroad, its nominative guessed from
    the genitive ending ("Candelarii" -> "Candelaria", "Bogoty" -> "Bogota")."""
    toks = ctx.light_tokens
    out = []
    for k in range(2, len(toks)):
        t = toks[k]
        if not _unknown_name_word(t, anywhere) or k + 1 < len(toks) and toks[k + 1].capitalised \
                and "\n" not in t.whitespace_:
            continue
        j = k - 1
        while j > 0 and k - j <= 4 and (toks[j].text == "-" or toks[j].text[:1].islower() and toks[j].is_alpha and all(
                a.pos in ("adj", "adja", "ign") for a in toks[j].morf)):
            j -= 1  # "kulturalno-historycznej": the adjectives of the name
        if not toks[j].text[:1].islower() or not any(a.lemma in _TOWN_PARTS for a in toks[j].morf if a.pos == "subst") \
                or in_quoted_title(ctx, t.idx) \
                or in_funding_boilerplate(ctx, t.idx):
            continue
        name = feminine_genitive_base(t.text)
        if name is None:
            continue
        out.append(PlaceMention(name, "locality", ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6,
                                                               "foreign_town_part")))
    return out


def _nominative_non_place(t: Token) -> bool:
    """A capitalised word read only as nouns with a nominative among them ("Sumy": sum, suma), no first name, no
    adjective, not a body's head word, no country or region and not a locality of the register (the register scan reads those): after
    a locality noun the apposition keeps the nominative, so the word is the locality's own name."""
    from pipeline.lexicon.places import is_known_locality
    from pipeline.lexicon.regions import is_region
    from pipeline.lexicon.words import ORG_HEADS, VENUE_HEADS, first_name, noun_lemmas

    readings = t.morf
    return bool(readings) and all(a.pos in ("subst", "depr") for a in readings) \
        and any("nom" in a.cases for a in readings) and first_name(t) is None \
        and not noun_lemmas(t) & (ORG_HEADS | VENUE_HEADS) and not is_known_locality(t.text) \
        and not any(a.lemma in COUNTRIES or is_region(a.lemma) for a in readings)  # "miast Ukrainy": whose towns


def _unknown_in_a_place_list(ctx: Context, ends: set[int], anywhere: bytearray) -> list[PlaceMention]:
    """A word the dictionary does not know, coordinated after a place ("z Belgradu, Niszu i Prisztiny"): a town
    abroad, its base form guessed from the case the list's preposition governs ("Niszu" -> "Nisz")."""
    from pipeline.extract.place_subjects import in_place_list
    from pipeline.lexicon.place_phrases import preposition_cases
    from pipeline.text.morphology import _guess_name_lemma

    toks = ctx.light_tokens
    out = []
    for k in range(2, len(toks)):
        t = toks[k]
        if not _unknown_name_word(t, anywhere) or k + 1 < len(toks) and toks[k + 1].capitalised \
                or not in_place_list(toks, k, ends) or in_quoted_title(ctx, t.idx):
            continue  # "w Złotoryi, Mine Master": a firm of two words opens another list
        j = k - 2
        while j >= 2 and toks[j - 1].text in _LIST_LINKS:
            j -= 2  # back to the list's first member, which the preposition governs
        governed = preposition_cases(toks[j])
        name = _guess_name_lemma(t.text, governed)
        if name == t.text and governed & {"gen", "loc"} and t.text[-1] in "yi" and t.text[-2] not in "aeiouyąęó":
            name = t.text[:-1] + "a"  # a feminine genitive or locative: "Mitrowicy" -> "Mitrowica", "Kavali" -> "Kavala"
        out.append(PlaceMention(name, "locality", ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6,
                                                               "foreign_list")))
        ends.add(t.idx + len(t.text))
    return out


_LIST_LINKS = frozenset({",", "i", "oraz", "lub", "albo"})
