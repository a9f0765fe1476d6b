"""What introduces a locality's name that the register knows: a place preposition, a locality noun, a sightseeing
word (over the adjectives of the phrase), or a body's acronym written before its town."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.lexicon.words import noun_lemmas
from pipeline.ner.place_rules import PRONOMINAL
from pipeline.text.context import Context

#: prepositions after which a capitalised word the register knows is a locality ("z Poręb Dymarskich")
LOCATIVE_PREPOSITIONS = frozenset({"w", "we", "z", "ze", "do", "koło", "k."})
#: nouns that introduce a locality's name in any case: "do miejscowości Kiermusy", "we wsi Poręby"
LOCALITY_NOUNS = frozenset({"miejscowość", "wieś", "miasto", "osada", "sołectwo", "miasteczko"})
#: nouns of a village, whose name is often a first name's form too ("we wsi Dąbrówka"; not "w mieście Anna")
VILLAGE_NOUNS = frozenset({"wieś", "sołectwo", "osada"})
#: nouns of the people living somewhere, whose genitive is their locality: "mieszkańcy Kamionki" (an origin)
RESIDENT_NOUNS = frozenset({"mieszkaniec", "mieszkanka"})


#: verbs and nouns of sightseeing whose object is a place visited: "zwiedzili Pakość", "zwiedzanie Torunia"
_SIGHTSEEING = frozenset({"zwiedzić", "zwiedzać", "zwiedzanie", "odwiedzić", "odwiedzać", "odwiedziny"})
_DASHES = frozenset({"-", "–", "—", "‒"})


def introduced_locality(toks: list[Token], k: int) -> bool:
    """The word at `k` stands where a locality's name does: after a place preposition, a locality noun, a
    resident noun ("mieszkańcy Kamionki") or a sightseeing word, over the lower-case adjectives of the same phrase ("z niewielkiego Grabika", "zwiedzanie
    pięknej Pakości"); a locality noun may also take the name after a dash ("najładniejszej wsi opolskiej – X")."""
    if bracketed_after_name(toks, k):
        return True
    j, dash = k - 1, False
    while j > 0 and k - j <= 3 and (toks[j].text in _DASHES and not dash or _lower_adjective(toks[j])):
        dash = dash or toks[j].text in _DASHES
        j -= 1
    before = toks[j]
    if "\n" in before.whitespace_:
        return False
    word = before.text.lower()
    if not dash and (word in LOCATIVE_PREPOSITIONS or before.text[:1].islower() and any(
            a.lemma in _SIGHTSEEING for a in before._.morf if a.pos in ("ger", "fin", "praet", "inf", "subst"))):
        return True
    nouns = {a.lemma for a in before._.morf if a.pos == "subst"}
    return before.text[:1].islower() and bool(nouns & LOCALITY_NOUNS) or not dash and bool(nouns & RESIDENT_NOUNS)


def bracketed_after_name(toks: list[Token], k: int) -> bool:
    """'dr Jan Kos (Lipnik)', 'Anna Lis (Nowy Targ)': a name alone in brackets right after a capitalised name (a
    speaker's, a body's) says where the person or body is from: a locality (docs/annotation.md: where participants
    came from), no organization the person represents."""
    if k < 2 or toks[k - 1].text != "(" or not toks[k - 2].text[:1].isupper() or not toks[k - 2].is_alpha:
        return False
    close = next((j for j in range(k + 1, min(len(toks), k + 3)) if toks[j].text == ")"), None)
    return close is not None and all(t.text[:1].isupper() and t.is_alpha for t in toks[k:close])


def vouching_word(toks: list[Token], k: int) -> bool:
    """What makes a geographic word at `k` a locality though it reads as a first name's form too: a lower-case
    village noun before it ("we wsi Dąbrówka"), or the brackets after a name ("Anna Lis (Kraków)")."""
    before = toks[k - 1]
    return before.text.islower() and bool(noun_lemmas(before) & VILLAGE_NOUNS) or bracketed_after_name(toks, k)


def after_acronym(ctx: Context, toks: list[Token], k: int) -> bool:
    """"z MKS Wieliczka", "UKS Lipno", "KKSz Nowy Targ": a body's town written after its acronym without a preposition, in the
    nominative whatever the case (docs/annotation.md); the last word of the name, outside the page's furniture
    (a photo credit)."""
    before, t = toks[k - 1], toks[k]
    if not _body_acronym(before) or "\n" in before.whitespace_ or ctx.furniture_at(t.idx) is not None:
        return False
    if k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and toks[k + 1].is_alpha:
        return _two_word_town(toks[k:k + 2])  # "MKS Nowy Sącz"; not "UKS Lipno Team"
    return any("nom" in a.cases for a in t._.morf if a.pos == "subst") and not _own_name(before, t)


def _own_name(acronym: Token, t: Token) -> bool:
    """"UKS Orlik", "ZAZ Swoboda": a common noun after a body's acronym is the body's own name, unless the body is a
    village's (an OSP's or a KGW's name after the acronym is its village: "OSP Dąbrówka") or the register knows the
    word as a town or a gmina's seat ("UKS Lipno")."""
    from pipeline.lexicon.bodies import VILLAGE_BODY_ACRONYMS
    from pipeline.lexicon.places import is_town_or_seat

    return acronym.text not in VILLAGE_BODY_ACRONYMS and any(
        a.pos == "subst" and not a.names and "nom" in a.cases for a in t._.morf) and not is_town_or_seat(t.text)


_QUOTES = frozenset({'"', "”", "„", "“"})


def after_team_name(ctx: Context, toks: list[Token], k: int) -> int | None:
    """"MKS Bzura Ozorków", "LUMKS „Kasztelan” Rozprza": a body's town written in the nominative after its acronym
    and its own name (one capitalised word, a quoted one, or a squad's Roman number, docs/annotation.md: the town after a name with a proper
    part drops from it and is a place); the index of the acronym, else None."""
    if k < 2 or "\n" in toks[k - 1].whitespace_ or not any("nom" in a.cases for a in toks[k]._.morf if a.pos == "subst"):
        return None
    j = k - 1
    if toks[j].text in _QUOTES:
        j -= 1
        while j > 0 and k - j <= 5 and toks[j].text not in _QUOTES:
            j -= 1
        if toks[j].text not in _QUOTES or j == k - 2:
            return None
    elif not (toks[j].text[:1].isupper() and toks[j].is_alpha and not toks[j].text.isupper()
              and any("nom" in a.cases for a in toks[j]._.morf if a.pos in ("subst", "adj"))) \
            and not (toks[j].is_alpha and set(toks[j].text) <= set("IVX") and len(toks[j].text) <= 3):
        return None  # a squad's Roman number counts as the name: "SMS II Spała"
    j -= 1
    if j < 0 or "\n" in toks[j].whitespace_ or not _body_acronym(toks[j]) or ctx.furniture_at(toks[k].idx) is not None:
        return None
    return j


def _body_acronym(t: Token) -> bool:
    """"MKS", "UKS", "KKSz": three to six letters, three capitals or more, no Roman numeral."""
    caps = sum(c.isupper() for c in t.text)
    acronym = t.text[-1].isupper() or t.text[:2].isupper() and t.text[-2].isupper()  # "KKSz"
    return t.is_alpha and 3 <= len(t.text) <= 6 and caps >= 3 and acronym and not set(t.text) <= set("IVXLCDM")


def _two_word_town(words: list[Token]) -> bool:
    """An adjective and a noun in the nominative, in either order, that the register knows together ("Nowy Sącz",
    "Biała Podlaska", "Kamionka Wielka") or that name a village by their shape ("Kępa Dolna", `settlement_pair`)."""
    from pipeline.lexicon.place_pairs import settlement_pair
    from pipeline.lexicon.places import is_known_locality

    first, second = words

    def nominative(t: Token, pos: str) -> bool:
        return any(a.pos == pos and "nom" in a.cases for a in t._.morf)

    agree = nominative(first, "adj") and nominative(second, "subst") or nominative(first, "subst") \
        and nominative(second, "adj")
    return agree and "\n" not in first.whitespace_ and (is_known_locality(f"{first.text} {second.text}")
                                                        or settlement_pair(words))


def _lower_adjective(t: Token) -> bool:
    """A lower-case adjective of the name's phrase; a pronominal one ("do tej Unii") points back at a word named
    before, a common noun's anaphor rather than a village's name."""
    return t.text[:1].islower() and t.is_alpha and any(a.pos == "adj" for a in t._.morf) \
        and not any(a.pos in ("prep", "subst", "ger") or a.lemma in PRONOMINAL for a in t._.morf)


def unknown_to_dictionary(t: Token) -> bool:
    """A capitalised word the dictionary reads as no noun or adjective, only as unknown or as a verb ("z Gniewa":
    gniewać; "w Hucie Wiskickiej"): where a locality is introduced, the register may know it by its ending."""
    return t.text[:1].isupper() and t.is_alpha and not t.text.isupper() \
        and not any(a.pos in ("adj", "subst", "depr") for a in t._.morf)


def unknown_adjective_after(ctx: Context, tokens: list[Token]) -> list[Token]:
    """"w Hucie Wiskickiej": a place name whose next word the dictionary does not know; the two words together
    when the register knows them as one locality ("Huta Wiskicka"), else the name as found."""
    k = tokens[-1].i + 1
    if k >= len(ctx.light_tokens) or tokens[-1].whitespace_ != " " or not unknown_to_dictionary(ctx.light_tokens[k]):
        return tokens
    from pipeline.lexicon.places import is_known_locality, locality_base

    longer = tokens + [ctx.light_tokens[k]]
    return longer if is_known_locality(locality_base(longer)) else tokens


#: prepositions that join a river, a mountain or a lake to a town's name: "Krościenko nad Dunajcem", "Zawoja pod Babią Górą"
_NAME_PREPOSITIONS = frozenset({"nad", "pod", "przy"})


def town_complement_after(ctx: Context, tokens: list[Token]) -> list[Token]:
    """"do Krościenka nad Dunajcem": a place name and the "nad"/"pod" phrase after it, together when the register
    knows them as one locality (the phrase keeps its own case: "Krościenko nad Dunajcem"), else the name as found."""
    toks = ctx.light_tokens
    k = tokens[-1].i + 1
    if k + 1 >= len(toks) or toks[k].text not in _NAME_PREPOSITIONS or "\n" in tokens[-1].whitespace_:
        return tokens
    from pipeline.lexicon.places import is_known_locality, locality_base

    for width in (3, 2, 1):
        rest = toks[k + 1:k + 1 + width]
        if len(rest) == width and all(t.text[:1].isupper() and t.is_alpha for t in rest) \
                and not any("\n" in t.whitespace_ for t in [toks[k], *rest[:-1]]) \
                and is_known_locality(locality_base(longer := [*tokens, toks[k], *rest])):
            return longer
    return tokens


def village_seat(toks: list[Token], k: int, covered: bytearray) -> bool:
    """"Rada Sołecka wsi Dąbrówka": the village a body's name gives after a lower-case settlement noun, inside the
    body's span, is a place as the seat "w X" is."""
    before = toks[k - 1]
    return before.text.islower() and covered.find(1, before.idx, before.idx + 1) >= 0 \
        and bool(noun_lemmas(before) & LOCALITY_NOUNS)
