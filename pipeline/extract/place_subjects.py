"""Places read from sentence structure. Localities named as the subject of a sentence: "Zielona Góra stała się
centrum…", "Kraków gościł…"; lists of coordinated places; capitalised common nouns that are no places.

The place-preposition rules never see a town written in the nominative before its verb: the subject is
recognised by agreement: a name the TERYT register knows, in the nominative singular, directly followed by a
finite verb in the singular whose gender (in the past tense) matches the name's geographic reading."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.place_mention import EXTRACTOR, PlaceMention
from pipeline.lexicon.place_shapes import feminine_genitive_base
from pipeline.lexicon.places import COUNTRIES, is_known_locality, locality_base, register_loaded
from pipeline.lexicon.words import has_common_reading
from pipeline.text.context import Context
from pipeline.text.inflect import noun_nominative

_PERSONAL = frozenset({"imię", "nazwisko"})


def _name_genders(words: list[Token]) -> frozenset[str]:
    """Genders of the last word's geographic nominative singular readings, the first word agreeing when two."""
    head = words[-1]
    genders = frozenset(g for a in head._.morf if a.pos == "subst" and "nom" in a.cases and a.number == "sg"
                        and ("nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names)
                        for g in a.genders)
    if len(words) == 2:  # "Zielona Góra", "Stalowa Wola": an agreeing adjective or a name part
        first = words[0]
        genders &= frozenset(g for a in first._.morf if a.pos in ("adj", "subst") and "nom" in a.cases
                             and a.number == "sg" for g in a.genders)
    return genders


def _verb_genders(tok: Token) -> frozenset[str] | None:
    """Genders a singular verb form agrees with: all for a present-tense form, the tag's for the past tense;
    None for no singular finite verb."""
    out: set[str] = set()
    for a in tok._.morf:
        if a.pos == "fin" and a.number == "sg" and ":ter" in a.tag:
            return frozenset({"m1", "m2", "m3", "f", "n"})
        if a.pos == "praet" and a.number == "sg":
            out |= a.genders
    return frozenset(out) if out else None


def _personal(words: list[Token], genders: frozenset[str]) -> bool:
    """A lone word that can also be a person's name in the nominative of the verb's gender ("Kowal powiedział")."""
    return len(words) == 1 and any(
        a.names and _PERSONAL & set(a.names) and "nom" in a.cases and a.genders & genders for a in words[0]._.morf)


def covered_chars(ctx: Context, taken: list[tuple[int, int]]) -> bytearray:
    """One byte per character of the text, 1 inside a span already found: a quick "is this word taken?"."""
    covered = bytearray(len(ctx.norm) + 1)
    for s, e in taken:
        covered[s:e] = b"\x01" * (e - s)
    return covered


def subject_localities(ctx: Context, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Towns written as the subject of their verb, outside every span found so far."""
    if not register_loaded():
        return []
    toks = ctx.light_tokens
    covered = covered_chars(ctx, taken)
    out: list[PlaceMention] = []
    for k, t in enumerate(toks):
        if not t.text[:1].isupper() or t.text.isupper() or covered.find(1, t.idx, t.idx + len(t.text)) >= 0:
            continue
        if k > 0 and (toks[k - 1].text[:1].isupper() and toks[k - 1].is_alpha or toks[k - 1].text == "-"):
            continue  # the end of a longer name: "Urząd Miasta Kraków"
        for width in (2, 1):
            words = toks[k:k + width]
            after = k + width
            if len(words) < width or after >= len(toks) or not all(w.text[:1].isupper() and w.is_alpha for w in words) \
                    or any("\n" in w.whitespace_ for w in words) or width == 1 and has_common_reading(t):
                continue
            verb = toks[after + 1] if toks[after].text == "się" and after + 1 < len(toks) else toks[after]
            written = " ".join(w.text for w in words)
            if written in COUNTRIES or not is_known_locality(written):
                continue  # cheap necessary tests first: the base form below must be this known name as written
            agree = _name_genders(words) & (_verb_genders(verb) or frozenset())
            if not agree or locality_base(words) != written:
                continue  # the nominative only; a country is no town
            if _personal(words, agree):
                continue
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            out.append(PlaceMention(written, "locality", ctx.mention(start, end, EXTRACTOR, 0.7, "subject_locality")))
            break
    return out


#: prepositions of a location or a direction: "w Kowalach" is a village, "dla Kowali" are smiths
_PLACE_PREPOSITIONS = frozenset({"w", "we", "z", "ze", "do", "na", "pod", "nad", "przy", "koło", "k.", "od", "spod",
                                 "przez", "po", "ku", "za", "obok", "wokół", "pomiędzy", "między"})


def capitalised_common_noun(ctx: Context, t: Token) -> bool:
    """A common noun capitalised out of respect or as a name's head, not a village of the same spelling: a plural
    of persons after no place preposition ("dla Sołtysów"), or a noun taking a capitalised genitive ("Oddział
    Stowarzyszenia …", "pod Pomnikiem Harcerzy")."""
    common = [a for a in t._.morf if a.pos == "subst" and not a.names]
    if not common:
        return False
    before = ctx.light_tokens[t.i - 1].text.lower() if t.i > 0 else ""
    if before not in _PLACE_PREPOSITIONS and any("m1" in a.genders and a.number == "pl" for a in common):
        return True
    nxt = ctx.light_tokens[t.i + 1] if t.i + 1 < len(ctx.light_tokens) else None
    return nxt is not None and t.whitespace_ == " " and nxt.text[:1].isupper() and nxt.is_alpha \
        and not nxt.text.isupper() and any(a.pos in ("subst", "adj") and "gen" in a.cases for a in nxt._.morf)


_LIST_LINKS = frozenset({",", "i", "oraz", "lub", "albo"})


def in_place_list(toks: list[Token], k: int, ends: set[int]) -> bool:
    """The word at `k` follows a list link, and a member of the same list of capitalised words before it is a
    place: "z Puńcowa, Kozakowic, Dzięgielowa" (a member the register does not know breaks no list). Coordinated
    words share their case: "z Markowej, Taurus, Góra Ropczycka" is no list of places."""
    members = [toks[k]]
    j = k - 1
    while j > 0 and toks[j].text in _LIST_LINKS and "\n" not in toks[j - 1].whitespace_:
        prev = toks[j - 1]
        if not prev.text[:1].isupper():
            return False
        if prev.idx + len(prev.text) in ends or _second_word_of_place(toks, j - 1, ends):
            case = _cases(prev) or _cases(toks[j - 2])
            return all(not _cases(m) or _cases(m) & case for m in members)
        members.append(prev)
        j -= 2
    return False


def _second_word_of_place(toks: list[Token], i: int, ends: set[int]) -> bool:
    """"w Wólce Łęczeszyckiej i Woli Mrokowskiej": the word before the link is the adjective (or the dictionary's
    part of a geographic name) closing a place found one word earlier, a two-word member of the list."""
    if i < 1 or toks[i - 1].whitespace_ != " " or toks[i - 1].idx + len(toks[i - 1].text) not in ends:
        return False
    t = toks[i]
    return all(a.tag == "ign" for a in t._.morf) or any(
        a.pos == "adj" or "człon_nazwy_geograficznej" in a.names for a in t._.morf)


def _cases(t: Token) -> frozenset[str]:
    return frozenset(c for a in t._.morf if a.pos in ("subst", "adj") for c in a.cases)


#: Lower-case kind words of a site that a name in apposition follows: "w kinie Wolność", "w klubie Stodoła" (not
#: "galeria": on a web page mostly the photo gallery, "w galerii Google")
KIND_WORDS = frozenset({"kino", "klub", "kawiarnia", "restauracja", "teatr", "muzeum", "hotel", "pensjonat",
                        "zajazd", "karczma", "schronisko", "bistro", "pub", "hala", "stadion", "amfiteatr", "skansen",
                        "dworek", "świetlica", "ośrodek", "centrum", "kompleks", "park", "boisko", "basen", "lodowisko",
                        "kort"})
#: sports grounds named after the body that runs them: "na stadionie MOSiR" is the stadium of MOSiR, named with its kind
#: word ("stadion MOSiR"), while the acronym stays the body's
_GROUNDS = frozenset({"stadion", "hala", "boisko", "basen", "lodowisko", "amfiteatr", "kort"})
_LOCATING = frozenset({"w", "we", "na", "do", "przy", "pod"})


def kind_named_venues(ctx: Context, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """A site named in apposition to a lower-case kind word: the name keeps the nominative while the kind word takes
    the preposition's case ("w kinie Wolność", "do klubu Stodoła"); the kind word drops (docs/annotation.md)."""
    toks = ctx.light_tokens
    out: list[PlaceMention] = []
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if not t.text[:1].islower() or not _located(toks, k) or "\n" in t.whitespace_:
            continue
        heads = [a for a in t._.morf if a.pos == "subst" and a.lemma in KIND_WORDS and "nom" not in a.cases]
        if not heads:
            continue
        ground = next((a for a in heads if a.lemma in _GROUNDS), None)
        if ground is not None and (_acronym(toks[k + 1]) or _club_genitive(toks[k + 1])) \
                and not (k + 2 < len(toks) and toks[k + 2].text[:1].isupper()):
            end = toks[k + 1].idx + len(toks[k + 1].text)  # "na stadionie MOSiR": the body's stadium, with its kind word
            out.append(PlaceMention(f"{noun_nominative(t.text, ground).lower()} {toks[k + 1].text}", "venue",
                                    ctx.mention(t.idx, end, EXTRACTOR, 0.6, "grounds_of_body")))
            continue
        j = k + 1
        while j < len(toks) and j - k <= 3 and _apposed_name_word(toks[j]) and (j == k + 1 or "\n" not in toks[j - 1].whitespace_):
            j += 1
        if j == k + 1:
            continue
        words = toks[k + 1:j]
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(PlaceMention(ctx.text[start:end], "venue", ctx.mention(start, end, EXTRACTOR, 0.6, "kind_named_venue")))
    return out


def _located(toks: list[Token], k: int) -> bool:
    """A place preposition before the kind word at k, perhaps over one lower-case adjective ("w krakowskim centrum")."""
    before = toks[k - 1]
    if before.text.lower() in _LOCATING:
        return True
    return k > 1 and before.text[:1].islower() and before.is_alpha and any(a.pos == "adj" for a in before._.morf) \
        and toks[k - 2].text.lower() in _LOCATING


def _club_genitive(t: Token) -> bool:
    """"na kortach Lechii": a capitalised genitive with no nominative reading, no town's or person's name (or a
    word unknown to the dictionary with a feminine genitive's ending): the club that owns the grounds."""
    morf = [a for a in t._.morf if a.pos in ("subst", "adj")]
    if t.text[:1].isupper() and t.is_alpha and not t.text.isupper() and all(a.pos == "ign" for a in t._.morf):
        return feminine_genitive_base(t.text) is not None  # "na kortach Posnanii": a club's Latin name
    return t.text[:1].isupper() and t.is_alpha and bool(morf) and any("gen" in a.cases for a in morf) \
        and not any("nom" in a.cases for a in morf) \
        and not any(set(a.names) & (_PERSONAL | {"nazwa_geograficzna"}) for a in t._.morf)


def _acronym(t: Token) -> bool:
    """"MOSiR", "OSiR", "GOK": two capitals or more, no lower-case letter first after the first one."""
    return t.is_alpha and sum(c.isupper() for c in t.text) >= 2 and t.text[:2].isupper()


def _apposed_name_word(t: Token) -> bool:
    """A capitalised word in the nominative (or unknown to the dictionary) that is no geographic or personal name,
    or a capital and a number ("w centrum M1"); a word in capitals only is a body's acronym."""
    if re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻ]{1,2}\d{1,3}", t.text):
        return True
    if not t.text[:1].isupper() or not t.is_alpha or t.text.isupper():
        return False
    morf = [a for a in t._.morf if a.pos != "ign"]
    if not morf and feminine_genitive_base(t.text) is not None:
        return False  # "w centrum Candelarii": an unknown town's genitive (foreign_places), no apposition
    if any(set(a.names) & (_PERSONAL | {"nazwa_geograficzna"}) for a in morf):
        return False
    return not morf or any("nom" in a.cases for a in morf if a.pos in ("subst", "adj"))
