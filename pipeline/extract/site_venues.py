"""Sites named by a lower-case head and what names them: "w zamku w Malborku", "w pałacu w Lipnie", "na cmentarzu na
Powązkach", "pod pomnikiem Jana Kilińskiego", "przy grobie Nieznanego Żołnierza". Reports of visits and
commemorations give where that part of the event was this way; the capitalised venue phrases of the NER never take
a lower-case head.

A site is a named venue (docs/annotation.md, Places: castles, parks, churches "named as the text names the site")
only with something that names it:
- a building or grounds (`SITE_HEADS`) by the locality written after it ("zamek w Malborku"), the seat kept;
- a memorial (`MEMORIAL_HEADS`) by whom it commemorates: capitalised words in the genitive, with ranks and initials
  ("pomnik gen. Jana Kosa", "grób Nieznanego Żołnierza") and a quoted nickname;
- a square, a park or a hotel (`PERSON_HEADS`) the same way, only when a person names it: a first name or a surname
  (SGJP), a rank or an initial ("plac gen. Józefa Hallera", "hotel Kowalskiego"); "na placu Urzędu Gminy" or "w parku
  Szkoły" name a building's grounds, not the square.
A bare "w zamku" or "pod pomnikiem" names nothing. The head and its adjectives take the nominative, the rest stays as
written.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.place_mention import EXTRACTOR, PlaceMention, agreeing_words, lower_heads
from pipeline.lexicon.places import is_known_locality, locality_base
from pipeline.lexicon.words import VENUE_HEADS, is_geographic
from pipeline.text.context import Context
from pipeline.text.inflect import generate_form, match_case

#: buildings and grounds a locality names ("zamek w Malborku"), with the gender their adjectives agree in
SITE_HEADS: dict[str, str] = {"zamek": "m3", "pałac": "m3", "dworek": "m3", "cmentarz": "m3", "twierdza": "f",
                              "skansen": "m3", "amfiteatr": "m3"}
#: memorials named by whom they commemorate ("pomnik Jana Kosa")
MEMORIAL_HEADS: dict[str, str] = {"pomnik": "m3", "grób": "m3", "mogiła": "f", "obelisk": "m3", "kopiec": "m3",
                                  "mauzoleum": "n"}
#: squares, parks and hotels named after a person ("plac gen. Józefa Hallera", "w hotelu Kowalskiego")
PERSON_HEADS: dict[str, str] = {"plac": "m3", "skwer": "m3", "park": "m3", "hotel": "m3"}
_HINT = re.compile(r"zam[ek]|pała|dwor|cmentar|twierdz|skansen|amfiteat|pomni|grob|grób|mogi[łl]|obelis|kop[cie]|mauzole"
                   r"|plac|skwer|park|hotel",
                   re.IGNORECASE)
#: what may stand in a commemorated name besides capitalised genitives: ranks and titles, initials, a quoted nickname
_RANK = re.compile(r"^(?:gen|płk|ppłk|mjr|kpt|por|ppor|ks|kard|abp|bp|św|bł|prof|dr|marsz|hetm|kmdr|adm|inż|im)\.?$|^[A-ZĄĆĘŁŃÓŚŹŻ]\.$")
_QUOTE_OPEN = ("„", '"', "«")
_QUOTE_CLOSE = ("”", '"', "»")
MAX_ADJECTIVES = 2
MAX_WORDS = 8


def _head(t: Token) -> tuple[str, str, frozenset[str], bool] | None:
    """(lemma, gender, cases, memorial) of a singular site or memorial head, or None."""
    if not _HINT.match(t.text):
        return None  # the stems open the head words
    for a in t._.morf:
        lemma = a.lemma.lower()
        gender = SITE_HEADS.get(lemma) or MEMORIAL_HEADS.get(lemma) or PERSON_HEADS.get(lemma)
        if a.pos == "subst" and a.number == "sg" and not a.names and gender:
            cases = frozenset().union(*(b.cases for b in t._.morf if b.pos == "subst" and b.lemma.lower() == lemma
                                        and b.number == "sg"))
            return lemma, gender, cases, lemma not in SITE_HEADS
    return None


def _adjective(t: Token, gender: str, cases: frozenset[str]) -> str | None:
    """The nominative of a lower-case adjective agreeing with the head ("w zamku krzyżackim" -> "krzyżacki")."""
    if not t.is_alpha or not t.text.islower():
        return None
    for a in t._.morf:
        if a.pos == "adj" and a.number == "sg" and a.cases & cases:
            return generate_form(a.lemma.lower(), "adj", "sg", gender)
    return None


def _seat_end(toks: list[Token], j: int) -> int:
    """The end (token index) of a seat "w X" / "na X" at `j` whose X is a locality or a geographic name, else `j`."""
    if j + 1 >= len(toks) or toks[j].text.lower() not in ("w", "we", "na") or "\n" in toks[j].whitespace_:
        return j
    end = j + 1
    while end < len(toks) and end - j <= 2 and toks[end].text[:1].isupper() and toks[end].is_alpha \
            and "\n" not in toks[end - 1].whitespace_:
        end += 1
    words = toks[j + 1:end]
    if not words or not (is_geographic(words[0]) or is_known_locality(locality_base(words))):
        return j
    return end


def _personal(t: Token) -> bool:
    """A word that belongs to a person's name: a rank or an initial, a first name, or a surname that is no common
    word too ("Szkoły" is a surname in SGJP, and a school)."""
    if _RANK.match(t.text):
        return t.text.lower() not in ("im", "im.")
    readings = [a for a in t._.morf if a.pos != "ign"]
    return any("imię" in a.names for a in readings) or bool(readings) and all(
        "nazwisko" in a.names or a.names and a.lemma[:1].isupper() for a in readings) and any(
        "nazwisko" in a.names for a in readings)


def _commemorated_end(toks: list[Token], j: int) -> int:
    """The end (token index) of the capitalised genitive words, ranks and a quoted nickname after a memorial's head;
    `j` when no capitalised genitive names anyone."""
    end, named = j, False
    while end < len(toks) and end - j < MAX_WORDS and "\n" not in toks[end - 1].whitespace_:
        t = toks[end]
        if _RANK.match(t.text) or t.text == "." and end > j and _RANK.match(toks[end - 1].text + "."):
            end += 1
            continue
        if t.text in _QUOTE_OPEN and named:
            close = next((k for k in range(end + 1, min(len(toks), end + 5)) if toks[k].text in _QUOTE_CLOSE), None)
            if close is None:
                break
            end = close + 1
            break
        if named and re.fullmatch(r"[IVX]{1,4}", t.text):
            end += 1  # a ruler's or a pope's number: "Jana Pawła II"
            continue
        if t.is_alpha and t.text[:1].isupper() and (any("gen" in a.cases for a in t._.morf if a.pos in ("subst", "adj"))
                                                   or all(a.pos == "ign" for a in t._.morf)):
            named, end = True, end + 1
            continue
        if named and t.text.lower() in ("i", "oraz") and end + 1 < len(toks) and toks[end + 1].text[:1].isupper():
            end += 1  # "pomnik Armii Krajowej i Polskiego Państwa Podziemnego"
            continue
        break
    while end > j and not toks[end - 1].text[:1].isupper() and toks[end - 1].text not in _QUOTE_CLOSE:
        end -= 1  # a trailing "i" or rank belongs to what follows
    return end if named else j


def site_venues(ctx: Context, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Each site named by its locality and each memorial named by whom it commemorates; none inside a span the NER
    already took."""
    toks = ctx.light_tokens
    out: list[PlaceMention] = []
    for k, t, (lemma, gender, cases, memorial) in lower_heads(ctx, _HINT, taken, _head, own=True):
        words = [lemma if t.is_sent_start else match_case(lemma, t.text)]  # a capital by position names nothing
        words += agreeing_words(toks, k, _adjective, gender, cases, MAX_ADJECTIVES)
        j = k + len(words)
        end = _commemorated_end(toks, j) if memorial else _seat_end(toks, j)
        if end == j or lemma in PERSON_HEADS and not any(_personal(w) for w in toks[j:end]):
            continue  # a bare "w zamku", "pod pomnikiem": nothing names it; "na placu Urzędu Gminy": no person
        start, stop = t.idx, toks[end - 1].idx + len(toks[end - 1].text)
        if any(toks[j].idx <= s < stop < e for s, e in taken):
            continue  # what follows opens a longer name the NER took ("w pałacu w Domu Kultury …")
        name = " ".join(words + [ctx.text[toks[j].idx:stop]])
        out.append(PlaceMention(name, "venue", ctx.mention(start, stop, EXTRACTOR, 0.7, "site_venue")))
    return out


_BUILDING_PREPOSITIONS = frozenset({"w", "we", "na", "do", "przy", "pod", "obok", "przed", "z", "ze", "koło"})


def building_names(ctx: Context, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """"w Sheratonie", "w Torwarze": a word the dictionary names as a building (SGJP "nazwa_własna_budowli"), in the
    case the place preposition before it governs, is that venue in its base form."""
    from pipeline.text.morphology import PREP_CASES

    toks = ctx.light_tokens
    out: list[PlaceMention] = []
    for k in range(1, len(toks)):
        t, before = toks[k], toks[k - 1].text.lower()
        if before not in _BUILDING_PREPOSITIONS or not t.text[:1].isupper() or not t.is_alpha:
            continue
        governed = PREP_CASES.get(before, frozenset())
        building = next((a for a in t._.morf if a.pos == "subst" and "nazwa_własna_budowli" in a.names
                         and a.cases & governed), None)
        if building is not None and not any(s <= t.idx < e for s, e in taken):
            mention = ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.7, "building_name")
            out.append(PlaceMention(building.lemma, "venue", mention))
    return out


def bare_venue_heads(ctx: Context, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """"na Rynku", "w Galerii": a capitalised venue word alone inside a sentence, after a place preposition in its
    case, is the writer's name for one site they mean ("Rynek", "Galeria"); the capital says it is no common noun.
    A capital by position, a longer name the word opens ("w Galerii Sztuki") or a span the NER took says nothing."""
    from pipeline.text.morphology import PREP_CASES

    toks = ctx.light_tokens
    out: list[PlaceMention] = []
    for k in range(1, len(toks) - 1):
        t, before, after = toks[k], toks[k - 1].text.lower(), toks[k + 1]
        if before not in _BUILDING_PREPOSITIONS or not t.is_alpha or not t.text[:1].isupper() or t.text.isupper() \
                or t.is_sent_start or after.text[:1].isupper() or after.text in _QUOTE_OPEN \
                or "\n" in t.whitespace_ or any(s < t.idx + len(t.text) and t.idx < e for s, e in taken):
            continue
        governed = PREP_CASES.get(before, frozenset())
        head = next((a for a in t._.morf if a.pos == "subst" and not a.names and a.number == "sg"
                     and a.lemma.lower() in VENUE_HEADS and a.cases & governed), None)
        if head is not None:
            mention = ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6, "bare_venue_head")
            out.append(PlaceMention(match_case(head.lemma, t.text), "venue", mention))
    return out
