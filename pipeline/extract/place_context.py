"""Where a place name stands decides whether it is a place of the event: funding boilerplate, quoted titles,
the name of a body or an office, a country named only as a topic or a scope."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from pipeline.lexicon.words import OFFICE_TITLES, ORG_HEADS, is_place_label, role_title
from pipeline.models import Mention
from pipeline.text.context import Context
from pipeline.text.light import LightToken

#: Funding boilerplate: regions and the Union named there are the money's source, not the event's place.
#: (The leading look-ahead lists the alternatives' first letters: the same matches, found twice as fast.)
FUNDING_CUE = re.compile(
    r"(?=[bdefoprwzBDEFOPRWZ])(?:"
    r"(współ)?finansowan\w*|dofinansowan\w*|ze\s+środków|program\w*\s+operacyjn\w*|fundusz\w*\s+(?:społeczn|rozwoju|"
    r"spójności|europejsk)\w*|\bRPO\b|\bPO\s?WER\b|\bEFS\b|oś\w*\s+priorytetow\w*|działani\w*\s+\d|"
    r"budżetu\s+państwa|w\s+ramach\s+(?:programu|konkursu))", re.IGNORECASE)


def in_funding_boilerplate(ctx: Context, start: int) -> bool:
    """'…współfinansowany ze środków Unii Europejskiej w ramach RPO Województwa Podlaskiego': the place
    stands after a funding cue in its sentence."""
    sent = ctx.sentence_of(start)
    lo = sent.start_char if sent is not None else max(0, start - 200)
    return bool(FUNDING_CUE.search(ctx.norm, max(lo, start - 160), start))


def _tokens_before(ctx: Context, start: int, n: int) -> list[LightToken]:
    """The last `n` tokens ending at or before `start`, found by bisection in the token ends (indexed once per
    document) instead of a scan of every token for every name."""
    ends = ctx.memo(_tokens_before).get("ends")
    if ends is None:
        ends = ctx.memo(_tokens_before)["ends"] = [t.idx + len(t.text) for t in ctx.light_tokens]
    k = bisect_right(ends, start)
    return ctx.light_tokens[max(0, k - n):k]


_SEAT_LEFT = re.compile(r"(?:\b(?:w|we|z|ze|koło|k\.|na\s+terenie)\s+|[(,]\s*)$", re.IGNORECASE)


def in_body_name(ctx: Context, mention: Mention, taken: list[tuple[int, int]]) -> bool:
    """'Młodzieżowa Rada Miejska Kłodzka', 'Ambasada Francji', 'Sejmik Województwa X': a place inside a longer
    name without a seat phrase before it is part of the body's name, not a place (docs/annotation.md)."""
    start, end = mention.start, mention.end
    if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in taken):
        return False
    return not _SEAT_LEFT.search(ctx.norm, max(0, start - 20), start)


#: Words after which a unit's name belongs to an office or a title: "Wicemarszałek Województwa X", "Wójta Gminy Y",
#: "Urzędu Marszałkowskiego Województwa Z".
_OFFICE_WORDS = (OFFICE_TITLES | ORG_HEADS | {"radny", "przewodniczący", "wiceprzewodniczący", "zarząd", "patronat",
                                             "samorząd", "sejmik"}) - {"dom", "park"}


_UNIT_NOUNS = frozenset({"miasto", "gmina", "powiat", "województwo"})


def after_office(ctx: Context, start: int) -> bool:
    """The region phrase at `start` follows a title or an institution's head, over its adjectives."""
    toks = _tokens_before(ctx, start, 5)
    for t in reversed(toks):
        if t.text.islower() and any(a.pos == "prep" for a in t._.morf):
            return False  # "koło Szamotuł": the preposition "near", not a club ("Koło X")
        # a body in the singular ("Urzędu Marszałkowskiego Województwa X"); "szkołami województwa X" are many
        lemmas = {a.lemma.lower() for a in t._.morf if a.pos == "subst" and a.number == "sg"}
        if lemmas & _OFFICE_WORDS or role_title(t.text, t._.morf) in _OFFICE_WORDS:
            return True
        if t.text.lower() in ("i", "oraz") or any(a.lemma.lower() in _UNIT_NOUNS and "gen" in a.cases
                                                  for a in t._.morf if a.pos == "subst"):
            continue  # "Burmistrz Miasta i Gminy X": a unit coordinated with the one named
        if not any(a.pos == "adj" and "gen" in a.cases for a in t._.morf) or "\n" in t.whitespace_:
            return False  # "członkowie zarządu" yes; "mieszkańcy gminy" no
    return False


#: Abstract nouns whose dependent region is their scope, not where anything happened: "rozwój województwa X",
#: "polityka senioralna w powiecie Y", "strategia rozwoju gminy Z".
_SCOPE_NOUNS = frozenset({"rozwój", "polityka", "strategia", "promocja", "diagnoza", "sytuacja", "historia"})
#: Words a scope noun may stand before the unit over: "rozwoju ekonomii społecznej na terenie gminy X".
_SCOPE_LINKS = frozenset({"w", "we", "na", "terenie", "obszarze", "-"})


def scope_of_topic(ctx: Context, start: int) -> bool:
    """The name at `start` depends on an abstract noun of scope, over genitive nouns and adjectives between
    ("rozwoju ekonomii społecznej w Gminie X", "na rzecz rozwoju województwa Y"): a topic, not a place."""
    toks = _tokens_before(ctx, start, 7)
    for t in reversed(toks):
        if "\n" in t.whitespace_:
            return False
        nouns = [a for a in t._.morf if a.pos == "subst"]
        if any(a.lemma.lower() in _SCOPE_NOUNS for a in nouns):
            return True
        if t.text.lower() in _SCOPE_LINKS or any(a.pos in ("adj", "subst") and "gen" in a.cases for a in t._.morf) \
                or any(a.pos == "adj" for a in t._.morf):
            continue
        return False
    return False


#: Nouns of an area or a part of one, whose genitive unit locates ("na terenie gminy X", "z obszaru powiatu Y", "w
#: południowej części województwa Z"); other nouns own their genitive ("budżet gminy X", "Gala Rzemiosła Warmii").
_AREA_NOUNS = frozenset({"teren", "obszar", "obręb", "granica", "terytorium", "część", "okolica", "rejon", "zakątek",
                         "stolica", "miejscowość", "północ", "południe", "wschód", "zachód", "skala", "subregion",
                         "podregion"})


def adnominal_genitive(ctx: Context, start: int, end: int) -> bool:
    """The unit at `start` is a genitive depending on a noun before it, over adjectives ("pomoc gminom województwa X",
    "budżet gminy Y", "Gala Rzemiosła Warmii"): whose a thing is, not where the event was. A preposition ("z
    województwa X"), a coordination or an area noun ("na terenie gminy X") before it locates; so does a personal
    (m1) noun ("mieszkańcy gminy X", "praktycy regionu Y") or institutions in the plural ("uczniowie szkół powiatu
    Z"): where the people come from."""
    words = _tokens_in(ctx, start, end)
    if not words or not any("gen" in a.cases for t in words for a in t.morf if a.pos in ("subst", "adj")):
        return False
    owned = False
    for t in reversed(_tokens_before(ctx, start, 5)):
        if "\n" in t.whitespace_ or not t.is_alpha:
            return owned
        morf = t.morf
        if any(a.pos == "prep" for a in morf):
            return owned
        nouns = [a for a in morf if a.pos in ("subst", "ger")]
        if not owned and any(a.lemma.lower() in _UNIT_NOUNS | {"region"} for a in nouns):
            continue  # "na terenie gmin X, Y": the unit word of a list
        if any(a.lemma.lower() in _AREA_NOUNS or a.names or "m1" in a.genders
               or a.number == "pl" and a.lemma.lower() in ORG_HEADS for a in nouns):
            return False
        if nouns:
            owned = True
            if not any("gen" in a.cases for a in nouns):
                return True  # a genitive noun may itself depend on a personal one: "praktycy pracy socjalnej regionu"
        elif not any(a.pos in ("adj", "ppas", "pact") for a in morf):
            return owned
    return owned


def _tokens_in(ctx: Context, start: int, end: int) -> list[LightToken]:
    """The alphabetic tokens of the span [start, end)."""
    toks = ctx.light_tokens
    k = bisect_left(toks, start, key=lambda t: t.idx)
    out = []
    while k < len(toks) and toks[k].idx < end:
        if toks[k].is_alpha:
            out.append(toks[k])
        k += 1
    return out


def in_quoted_title(ctx: Context, start: int) -> bool:
    """'projekt „Aktywne kobiety w gminie X”': a place only inside a quoted title is not the event's place."""
    norm = ctx.norm
    line_start = norm.rfind("\n", 0, start) + 1
    k = max(norm.rfind("„", line_start, start), norm.rfind("”", line_start, start), norm.rfind('"', line_start, start))
    if k < 0:
        return False
    if norm[k] != '"':  # the last quote mark before the name opens a title or closes one
        return norm[k] == "„"
    if norm.count('"', line_start, start) % 2 == 0:
        return False  # straight quotes pair up: after an even number of them on the line every title is closed
    # a straight quote opens after a space and closes after a word ('zjazdu" - mówiła')
    return k == line_start or norm[k - 1].isspace() or norm[k - 1] in "(["


#: Prepositions that make a country a participants' origin or a trip's destination: "goście z Polski", "do Włoch".
_ORIGIN = frozenset({"z", "ze", "do", "spoza"})
#: Prepositions that locate; a foreign country so named is a place only where the event happened there.
_LOCATIVE = frozenset({"w", "we", "na"})
_COORDINATION = frozenset({",", "i", "oraz", "lub", "czy", "a", "-", "–"})
#: unit words of a list member's own phrase ("z Lipna, gminy Piątek i Grecji"): the preposition lies before them
_UNIT_WORDS = frozenset({"gminy", "gmin", "powiatu", "powiatów", "województwa", "województw", "regionu", "obwodu"})
_HAPPENED = re.compile(r"\b(?:odby\w+\s+się|odbywa\w*\s+się|odbędzie\s+się|miał\w*\s+miejsce|przebywa\w*|"
                       r"gości\w*|zwiedza\w*|zwiedzi\w*|pojecha\w*|wyjecha\w*|przyjecha\w*)", re.IGNORECASE)


def governing_word(ctx: Context, start: int) -> str:
    """The word governing a name, over coordinated names before it ("z Rumunii, Słowacji i Polski" -> "z");
    "(" for a name in parentheses ("Instytut Leśny (Finlandia)"); "" at a line's start. Adjectives before the name
    ("z całej Polski") are passed over."""
    toks = _tokens_before(ctx, start, 12)
    k = bisect_left(ctx.light_tokens, start, key=lambda t: t.idx)
    name = ctx.light_tokens[k] if k < len(ctx.light_tokens) else None
    cases = frozenset(c for a in name.morf if a.pos == "subst" for c in a.cases) if name is not None else frozenset()
    for t in reversed(toks):
        if "\n" in t.whitespace_:
            return ""
        word = t.text.lower()
        if word == "(":
            return "("
        if word in _COORDINATION or t.text[:1].isupper() or word in _UNIT_WORDS:
            continue  # an earlier name of the same list ("z X, gminy Y i Z"), or a word of this one
        if t.text.isalpha() and any(a.pos == "adj" and (not cases or a.cases & cases) for a in t.morf) \
                and not any(a.pos == "prep" for a in t.morf):
            continue  # "z całej Polski", "z północnej Słowacji": the adjective is the name's, the preposition governs
            # ("z królowymi Szwecji": an instrumental noun, no adjective of the genitive, governs the name)
        return word
    return ""


def _bracket_after_common_noun(ctx: Context, start: int) -> bool:
    """The name stands in parentheses right after a lower-case common noun ("wielokulturowy program (Mali, Ghana)"):
    what the thing draws on, not where anybody came from, as a bracket after a body or a person would be."""
    toks = _tokens_before(ctx, start, 12)
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].text == "(":
            before = toks[k - 1]
            return before.text.isalpha() and before.text.islower() and any(a.pos == "subst" for a in before.morf)
    return False


def topic_only(ctx: Context, start: int, name: str, home: bool) -> bool:
    """A country or a continent not named as where people came from, where they went or (abroad) where the event
    was: a topic or a scope ("kondycja spółdzielczości w Polsce", "historia Albanii", "największy kongres w
    Europie"). `home` is the report's own country or continent: "w Polsce" is always a scope, the event's
    locality is named instead."""
    word = governing_word(ctx, start)
    if word == "(":
        return _bracket_after_common_noun(ctx, start)  # "program (Mali, Ghana)"; not "Instytut Leśny (Finlandia)"
    if word in _ORIGIN:
        return False
    if word in _LOCATIVE and not home and _after_a_town(ctx, start):
        return False  # "z Grodna i Brześcia na Białorusi": the country of the towns just named
    if word in _LOCATIVE and not home:
        sent = ctx.sentence_of(start)
        return not (sent is not None and _HAPPENED.search(ctx.norm, sent.start_char, sent.end_char)
                    or _after_event_noun(ctx, start))
    return True


def _event_nouns() -> frozenset[str]:
    from pipeline.extract.event_type import STUDY_NOUNS, TRIGGER_LEMMAS

    return frozenset().union(*TRIGGER_LEMMAS.values()) | STUDY_NOUNS


def _after_event_noun(ctx: Context, start: int) -> bool:
    """"Festyn rodzinny w Austrii", "warsztaty w Grecji": the country is where the event named right before it took
    place, over the event noun's lower-case adjectives; "rozwój turystyki w Austrii" names a topic's scope."""
    toks = _tokens_before(ctx, start, 5)
    if not toks or toks[-1].text.lower() not in _LOCATIVE:
        return False
    events = _event_nouns()
    for t in reversed(toks[:-1]):
        if any(a.pos == "subst" and a.lemma.lower() in events for a in t.morf):
            return True
        if not (t.text.islower() and t.text.isalpha() and any(a.pos == "adj" for a in t.morf)):
            return False
    return False


def _after_a_town(ctx: Context, start: int) -> bool:
    """The preposition before the name at `start` follows a geographic name right away ("Brześcia na"), or a
    capitalised word the name locates, itself after a place preposition or a lower-case noun ("w Hrodnach na
    Białorusi", "partnerska gmina Werlin w Niemczech"): a town abroad the dictionary may not know."""
    toks = ctx.light_tokens
    k = bisect_left(toks, start, key=lambda t: t.idx)  # the name's first token
    if k < 2:
        return False
    town, prep = toks[k - 2], toks[k - 1]
    if prep.text.lower() not in _LOCATIVE or not town.capitalised:
        return False
    if any("nazwa_geograficzna" in a.names for a in town.morf):
        return True
    lead = toks[k - 3] if k >= 3 else None
    return lead is not None and town.text.isalpha() and "\n" not in lead.whitespace_ and (
        lead.text.lower() in ("w", "we", "z", "ze") or lead.text.isalpha() and lead.text[:1].islower()
        and any(a.pos == "subst" for a in lead.morf))


def alone_on_line(ctx: Context, start: int, end: int) -> bool:
    """The name is its line's only text ("Dzikowiec" between "Gmina" and "Kolbuszowa" in a menu, a tag, a site's
    header): no sentence names it as a place of anything."""
    norm = ctx.norm
    lo = norm.rfind("\n", 0, start) + 1
    hi = norm.find("\n", end)
    alone = not norm[lo:start].strip() and not norm[end:hi if hi >= 0 else len(norm)].strip()
    return alone and not _under_place_label(norm[:lo])


def _under_place_label(before: str) -> bool:
    """The line above is a label an event page puts above its venue ("Miejsce", "Gdzie:", "Lokalizacja")."""
    lines = [line for line in before.splitlines() if line.strip()]
    return bool(lines) and is_place_label(lines[-1])


def in_town_name(ctx: Context, start: int, prepositions: tuple[str, ...] = ("nad", "pod")) -> bool:
    """A river or a mountain after "nad"/"pod" that follows a capitalised word: part of a town's name
    ("Gródek nad Dunajcem", "Zawoja pod Babią Górą"), not a place of its own."""
    before = _tokens_before(ctx, start, 2)
    return len(before) == 2 and before[1].text.lower() in prepositions and before[0].text[:1].isupper()


#: Nouns of a battle: "bitwa pod Grunwaldem", "bój o Monte Cassino", "odsiecz wiedeńska": a historical event's name.
_BATTLE_NOUNS = frozenset({"bitwa", "bój", "potyczka", "odsiecz", "obrona", "oblężenie", "powstanie"})


def in_battle_name(ctx: Context, start: int) -> bool:
    """The place names a historical battle ("Bitwy pod Grunwaldem", "obrony nad Bzurą"): a commemorated event's
    name, not where this event took place."""
    before = _tokens_before(ctx, start, 2)
    return len(before) == 2 and before[1].text.lower() in ("pod", "nad", "o", "na") and any(
        a.lemma.lower() in _BATTLE_NOUNS for a in before[0]._.morf if a.pos == "subst")
