"""Whose event it is, when no phrase says who organized it: the body named in the genitive after the event
noun ("Gala Chrzanowskiej Izby Gospodarczej", "jubileusz Koła Gospodyń Wiejskich"), the body a series is run
at ("Sesja Szkoły X przy Instytucie Y"), the body whose members the opening is about ("słuchacze
Uniwersytetu Trzeciego Wieku"). Moved out of `resolve_organizer` to keep it under the size limit.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract.organizations import OrgMention, initials
from pipeline.extract.organizer_cues import could_be_subject, first_sentences_end, past_opening
from pipeline.models import Organization
from pipeline.text.context import Context


def event_owner(ctx: Context, mentions: list[OrgMention]) -> OrgMention | None:
    """'Wykład Uniwersytetu Trzeciego Wieku', 'Gala Chrzanowskiej Izby Gospodarczej', 'jubileusz Koła Gospodyń
    Wiejskich w X': the body whose event it is, named in the genitive right after the event noun, in the
    title or the first two sentences. The page says whose event it is without saying who organized it."""
    from pipeline.extract.event_type import STUDY_NOUNS, TRIGGER_LEMMAS

    nouns = frozenset().union(*TRIGGER_LEMMAS.values(), STUDY_NOUNS) | {
        "jubileusz", "posiedzenie", "inauguracja", "zakończenie", "wykład", "sesja", "gala", "spotkanie", "zebranie",
        "walne", "rocznica", "święto", "dzień", "podsumowanie", "obrady"}
    limit = max(first_sentences_end(ctx, 2), 250)  # a title after a few lines of page furniture still counts
    for m in sorted(mentions, key=lambda m: m.mention.start):
        if m.mention.start > limit or m.mention.rule == "acronym":
            continue
        before = ctx.doc.char_span(max(0, m.mention.start - 60), m.mention.start, alignment_mode="contract")
        if before is None or not _after_event_noun(list(before), nouns):
            continue
        span = ctx.doc.char_span(m.mention.start, m.mention.end, alignment_mode="expand")
        head = next((t for t in span if t.text[:1].isupper()), None) if span is not None else None
        if head is not None and any("gen" in a.cases for a in head._.morf if a.pos in ("subst", "adj")):
            return _seat_body(ctx, m, mentions)
    return None


#: Plain "przy" only: a body "działający przy" another acts on its own ("UTW działający przy Domu Kultury").
_AT_BODY = re.compile(r"\s*przy\s*$", re.IGNORECASE)


def _seat_body(ctx: Context, m: OrgMention, mentions: list[OrgMention]) -> OrgMention:
    """"Sesja Zimowej Szkoły Leśnej przy Instytucie X": the event's series (or a club) is run at the body
    named after "przy" (after any mention of it); that body is the organizer."""
    for same in (o for o in mentions if o.name == m.name):
        nxt = min((o for o in mentions if o.mention.start >= same.mention.end), key=lambda o: o.mention.start,
                  default=None)
        if nxt is not None and nxt.name != m.name and _AT_BODY.fullmatch(ctx.norm[same.mention.end:nxt.mention.start]):
            return nxt
    for whole in (o for o in mentions if o.name.startswith(m.name + " przy ")):  # "… Szkoły X przy Instytucie Y" in
        host = next((o for o in mentions if o.mention.rule == "nested_parent"  # one name: its parent after "przy"
                     and whole.mention.start < o.mention.start and o.mention.end == whole.mention.end), None)
        if host is not None:
            return host
    return m


#: Nouns that qualify an event by its time or edition ("roku akademickiego", "40-lecia", "kadencji"),
#: unlike nouns of its audience ("kurs dowódców OSP" is not the OSP's own course).
_EVENT_QUALIFIERS = frozenset({"rok", "lecie", "kadencja", "edycja", "semestr", "sezon", "rocznica", "działalność",
                               "istnienie"})


def _after_event_noun(tokens: list, nouns: frozenset[str]) -> bool:
    """The event noun the name depends on, possibly past the words that qualify the event ("Konferencja
    regionalna X", "zakończenie roku akademickiego 2016/2017 X", "Jubileusz 40-lecia X")."""
    qualifiers = 0
    for k in range(len(tokens) - 1, -1, -1):
        t = tokens[k]
        if t.is_space and "\n" in t.text or t.text in (".", ";", ":", "!", "?"):
            return False
        if not t.is_alpha:
            continue
        morf = t._.morf
        if any(a.lemma.lower() in nouns and a.pos in ("subst", "ger") for a in morf):
            return not _names_a_room(tokens, k) and not _won_at(tokens, k)
        if _anniversary(tokens, k):
            return True
        if t.text[:1].isupper() or qualifiers >= 3 or any(a.pos in ("prep", "conj") for a in morf) or not any(
                a.pos == "adj" or a.pos == "subst" and "gen" in a.cases and (
                    a.lemma.lower() in _EVENT_QUALIFIERS or a.lemma.lower().endswith("lecie"))  # "czterdziestolecia"
                for a in morf):
            return False
        qualifiers += 1
    return False


#: People who won at a contest: "laureat Grand Prix Konkursu X", "zwycięzcy Festiwalu Y" name an earlier contest
#: where a performer won, not the event reported.
_WINNER_LEMMAS = frozenset({"laureat", "laureatka", "zwycięzca", "zwyciężczyni", "zdobywca", "zdobywczyni", "finalista",
                            "finalistka", "triumfator", "triumfatorka"})


def _won_at(tokens: list, k: int) -> bool:
    """The event noun at k depends on a winner's noun, past a prize's capitalised name ("laureat Grand Prix
    Konkursu X"): the contest is where someone won, not the event the body holds."""
    j, capitals = k - 1, 0
    while j >= 0 and capitals <= 3:
        t = tokens[j]
        if t.is_space or not t.is_alpha:
            if t.is_space and "\n" in t.text or t.text in (".", ";", ":", "!", "?"):
                return False
        elif t.text[:1].isupper():
            capitals += 1
        else:
            return any(a.pos == "subst" and a.lemma.lower() in _WINNER_LEMMAS for a in t._.morf)
        j -= 1
    return False


#: Rooms named by what is held in them: "sala narad", "sala konferencyjna", "salka spotkań".
_ROOM_LEMMAS = frozenset({"sala", "salka", "aula", "pokój", "pomieszczenie"})


def _names_a_room(tokens: list, k: int) -> bool:
    """"w sali narad Urzędu X", "w salce spotkań Parafii Y": the event noun in the genitive qualifies a room, so the
    body after it owns the room, not the event."""
    if not any("gen" in a.cases for a in tokens[k]._.morf if a.pos in ("subst", "ger")):
        return False
    j = k - 1
    while j >= 0 and not tokens[j].is_alpha and tokens[j].is_space:
        j -= 1
    return j >= 0 and any(a.lemma.lower() in _ROOM_LEMMAS and a.pos == "subst" for a in tokens[j]._.morf)


def _anniversary(tokens: list, k: int) -> bool:
    """"100-lecie", "stulecie", "obchody 40-lecia": an anniversary is an event, the body after it celebrates its own."""
    t = tokens[k]
    if t.lower_.startswith("leci") and k > 0 and tokens[k - 1].text == "-" and not tokens[k - 1].whitespace_:
        return True
    return any(a.pos == "subst" and a.lemma.lower().endswith("lecie") and len(a.lemma) > 6 for a in t._.morf)


#: Nouns for the members of a body: an event of its members ("słuchacze Uniwersytetu Trzeciego Wieku",
#: "członkinie Koła Gospodyń Wiejskich", "uczestnicy Centrum Integracji Społecznej") is the body's own.
MEMBER_LEMMAS = frozenset({"członek", "członkini", "słuchacz", "słuchaczka", "członkostwo", "uczestnik", "uczestniczka",
                           "podopieczny", "wychowanek"})


def members_owner(ctx: Context, mentions: list[OrgMention], by_mention: dict[int, Organization]) -> OrgMention | None:
    """The body whose members the report's opening is about, named in the genitive after a member noun
    ("słuchacze Uniwersytetu X", "słuchacze z Uniwersytetu X"), in the title or the first three sentences
    (at least the first 400 characters: titles and furniture lines count as sentences); a later fuller
    form of the first such body's name ("… Politechniki Koszalińskiej") is preferred."""
    limit = max(first_sentences_end(ctx, 3), 400)
    f = ctx.features
    found: OrgMention | None = None
    for m in sorted(mentions, key=lambda m: m.mention.start):
        if m.mention.start > limit:
            break
        k = token_before(f.starts, m.mention.start)
        while k >= 0 and f.is_space[k]:
            k -= 1
        if k >= 1 and f.lowers[k] in ("z", "ze"):
            k -= 1
            while k >= 0 and f.is_space[k]:
                k -= 1
        if k < 0 or not f.lemmas[k] & MEMBER_LEMMAS:
            continue
        if not any(a.number == "pl" or a.lemma == "członkostwo" for a in f.morfs[k]
                   if a.pos == "subst" and a.lemma in MEMBER_LEMMAS):
            continue  # "Maria Sowa, członkini Towarzystwa X": one member describes a person, not the report's group
        first = token_before(f.starts, m.mention.start + 1)
        if m.mention.rule == "acronym":
            if by_mention[id(m)].name == m.mention.text or len(
                    {by_mention[id(o)].name for o in mentions if initials(by_mention[id(o)].name).startswith(m.mention.text)}) > 1:
                continue  # a bare acronym ("członkinie KGW z całego powiatu") names a kind of body, not one
        elif "gen" not in f.cases[first]:
            continue
        name = by_mention[id(m)].name
        if found is None:
            found = m
        elif name.startswith(by_mention[id(found)].name + " "):
            return m
    return found


def token_before(starts: list[int], char: int) -> int:
    """Index of the last token starting before `char`."""
    return bisect_left(starts, char) - 1


#: A body's own people named by its kind ("goście biblioteki", "pracownicy starostwa"), and its employees.
_EMPLOYEE_LEMMAS = frozenset({"pracownik", "pracowniczka", "urzędnik", "urzędniczka"})
_OWN_PEOPLE = MEMBER_LEMMAS | _EMPLOYEE_LEMMAS | {"gość", "czytelnik", "czytelniczka"}
_IN_LEFT = re.compile(r"\b(?:w|we)\s*$", re.IGNORECASE)


def venue_host(ctx: Context, mentions: list[OrgMention]) -> OrgMention | None:
    """The event held in a named body (the opening, "w X") that hosts it: its people are named by the body's
    kind ("w Bibliotece Ratuszowej … goście biblioteki wysłuchali"), or the opening sentence trains the
    employees with no other employer named ("W Starostwie X rozpoczęły się szkolenia pracowników"): the
    body's own event in its own building."""
    from pipeline.lexicon.words import ORG_HEADS

    f = ctx.features
    limit = max(first_sentences_end(ctx, 3), 400)  # titles and furniture lines count as sentences
    for m in sorted(mentions, key=lambda m: m.mention.start):
        if m.mention.start > limit:
            break
        first = token_before(f.starts, m.mention.start + 1)
        if m.mention.rule == "acronym" or not _IN_LEFT.search(ctx.left(m.mention.start, 5)) and not (
                "nom" in f.cases[first] and could_be_subject(ctx, m.mention)):
            continue  # "w Bibliotece X …" or "Nadleśnictwo X zakończyło …": the body in the opening
        heads = f.lemmas_lower[first] & ORG_HEADS or frozenset({m.head.lower()} & ORG_HEADS if m.head else ())
        if not heads or not f.capitalised[first]:  # the head noun past the name's adjectives ("Gminna Biblioteka")
            continue
        for k in range(len(f.texts) - 1):
            if f.is_space[k] or not f.lemmas_lower[k] & _OWN_PEOPLE:
                continue
            j = _next_word(f, k)
            if j is not None and not f.capitalised[j] and f.lemmas_lower[j] & heads and "gen" in f.cases[j]:
                return m  # "goście biblioteki"
        lo, hi = f.sentences[f.sentence[first]]
        for k in range(lo, hi):
            if not f.is_space[k] and f.lemmas_lower[k] & _EMPLOYEE_LEMMAS and "gen" in f.cases[k]:
                j = _next_word(f, k)
                if j is None or not f.capitalised[j] and not (f.lemmas_lower[j] & ORG_HEADS):
                    return m  # "szkolenie pracowników z pierwszej pomocy" in the office
    return None


def _next_word(f, k: int) -> int | None:
    """The next non-space token on the same line."""
    j = k + 1
    while j < len(f.texts) and f.is_space[j]:
        if "\n" in f.texts[j]:
            return None
        j += 1
    return j if j < len(f.texts) else None


#: Verbs of opening an event: the one who welcomes the guests or opens it speaks for the host.
_OPENING = frozenset({"powitać", "przywitać", "witać", "otworzyć", "otwierać", "zainaugurować"})
_ACTIVE = frozenset({"praet", "fin"})


def opening_host(ctx: Context, mentions: list[OrgMention]) -> OrgMention | None:
    """"Jan Nowak z Ośrodka X powitał uczestników", "Gości przywitała dyrektor Biblioteki X": the body of the
    person who welcomes the guests or opens the event is its host. The name hangs on a singular nominative noun
    (the subject: one person's title or surname, with "z" between them): not "powitał przedstawicieli Urzędu
    X", whose people are guests, nor "przedstawiciele Fundacji X przywitali gospodarzy", a visiting group; after
    the verb only as its first words (not "powitał gości, wśród nich prezes Klubu X")."""
    f = ctx.features
    for m in sorted(mentions, key=lambda m: m.mention.start):
        first = token_before(f.starts, m.mention.start + 1)
        lo, hi = f.sentences[f.sentence[first]]
        verbs = [k for k in range(lo, hi) if not f.is_space[k] and f.lemmas[k] & _OPENING and any(
            a.pos in _ACTIVE and a.lemma in _OPENING for a in f.morfs[k])]
        if not verbs:
            continue
        k = _word_before(f, first)
        if k is not None and f.lowers[k] in ("z", "ze"):
            k = _word_before(f, k)
            if k is None or not f.capitalised[k]:
                continue  # "z" after a lower-case noun: "gości z Urzędu X"
        if k is None or k < lo or f.all_caps[k]:
            continue
        readings = [a for a in f.morfs[k] if a.pos not in ("interp", "ign")]
        if not readings or not all(a.pos in ("subst", "depr") for a in readings) or not any(
                "nom" in a.cases and a.number == "sg" for a in readings):
            continue
        if verbs[0] > first or _word_before(f, k) in verbs:
            return m  # the subject before its verb, or right after it ("powitała dyrektor X")
    return None


def _word_before(f, k: int) -> int | None:
    """The previous non-space token on the same line."""
    j = k - 1
    while j >= 0 and f.is_space[j]:
        if "\n" in f.texts[j]:
            return None
        j -= 1
    return j if j >= 0 else None


#: A body's own rooms: "w biurze X", "w pomieszczeniach X", "w Pracowni Garncarstwa X". Not a hall or a
#: building ("w sali Biblioteki X"), which other bodies hire for their events.
_PREMISES = frozenset({"siedziba", "biuro", "pomieszczenie", "pracownia", "galeria"})
#: Quotation marks around a room's own name ("w Galerii „Na Piętrze” Ośrodka X"), stepped over on the way back.
_QUOTE_MARKS = frozenset({"„", "”", '"', "“", "«", "»"})


def _before_quote(f, k: int) -> int | None:
    """The word before the opening mark of the quotation closed at `k` (on the same line), or None."""
    j = _word_before(f, k)
    for _ in range(8):
        if j is None or f.texts[j] in _QUOTE_MARKS:
            break
        j = _word_before(f, j)
    return _word_before(f, j) if j is not None else None


def premises_host(ctx: Context, mentions: list[OrgMention]) -> OrgMention | None:
    """"W biurze Stowarzyszenia X odbyło się spotkanie": the body in whose rooms the opening places the event
    (named in the genitive after its office, workshop or gallery, past a few words qualifying it or the room's
    quoted name) is its host: a gallery's exhibitions are its body's own (docs/annotation.md, organizer)."""
    f = ctx.features
    limit = max(first_sentences_end(ctx, 3), 400)
    for m in sorted(mentions, key=lambda m: m.mention.start):
        if m.mention.start > limit:
            break
        first = token_before(f.starts, m.mention.start + 1)
        if m.mention.rule != "acronym" and "gen" not in f.cases[first]:
            continue
        k = _word_before(f, first)
        for _ in range(3):
            if k is None or f.lemmas_lower[k] & _PREMISES or not f.pos_set[k] & {"adj", "subst"} or f.pos_set[
                    k] & {"prep", "conj"}:
                break
            k = _word_before(f, k)  # "sali konferencyjnej", "Pracowni Garncarstwa"
        if k is not None and f.texts[k] in _QUOTE_MARKS:
            k = _before_quote(f, k)  # "Galerii „Na Piętrze” Ośrodka X": the gallery's own quoted name
        if k is None or not f.lemmas_lower[k] & _PREMISES or "loc" not in f.cases[k]:
            continue
        j = _word_before(f, k)
        if j is not None and f.lowers[j] in ("w", "we"):
            return m
    return None


#: "my jako Biblioteka": the first person plural names itself by the body's kind.
_WE = frozenset({"my", "nasz"})


def our_generic_body(ctx: Context) -> tuple[int, int, str] | None:
    """"Dla naszego Muzeum była to okazja", "Walne Zebranie naszego Stowarzyszenia", "my jako Biblioteka": the
    page names its own house by a capitalised common noun only (no proper name follows it). By the generic-bodies
    convention that noun is the body's name, written in its base form ("Muzeum", "Stowarzyszenie"); lower-case
    ("nasza biblioteka") it is no name. (start, end, name) of the first such noun outside furniture and quoted
    speech (a speaker's "nasz" names the speaker's house, not the page's)."""
    from pipeline.lexicon.words import ORG_HEADS

    f = ctx.features
    for k in range(len(f.texts)):
        if f.is_space[k] or not f.lemmas_lower[k] & _WE:
            continue
        j = _next_word(f, k)
        if j is not None and f.lowers[j] == "jako" and "my" in f.lemmas_lower[k]:
            j = _next_word(f, j)
        elif "nasz" not in f.lemmas_lower[k]:
            continue
        if j is None or not f.capitalised[j] or f.all_caps[j]:
            continue
        heads = [a for a in f.morfs[j] if a.pos == "subst" and a.lemma.lower() in ORG_HEADS]
        if not heads:
            continue
        after = _next_word(f, j)
        if after is not None and (f.capitalised[after] or f.texts[after] in ("„", '"', "“", "«")):
            continue  # "naszego Muzeum Regionalnego": a proper name, found by the organization extractor
        start = f.starts[j]
        line = ctx.norm[ctx.norm.rfind("\n", 0, start) + 1:start]
        if ctx.furniture_at(start) is not None or line.count("„") > line.count("”") or line.lstrip()[:1] in ("-", "–", "—"):
            continue  # page furniture, or quoted speech (inside quotes, a line opened by a dash)
        lemma = heads[0].lemma
        return start, start + len(f.texts[j]), lemma[:1].upper() + lemma[1:]
    return None


#: "Zgierz będzie gospodarzem mistrzostw", "Kikół był gospodarzem dożynek": a town as the subject of a host's copula,
#: opening its sentence; or after it, ending the clause ("Gospodarzem turnieju będzie Kikół."); or the subject after
#: an organizing verb, ending the sentence ("Tegoroczne dożynki zorganizował Kikół.": the event is the fronted object).
_TOWN_HOST = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:[- ][A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?)"
                        r"\s+(?:był|była|było|jest|będzie|został|została|zostało|zostanie)\s+(?:(?:tegorocznym|głównym)\s+)?"
                        r"gospodarzem\b"
                        r"|\b[Gg]ospodarzem\s+(?:[^\s.,;:]+\s+){0,3}?(?:był|była|było|jest|będzie|został|została|zostało|zostanie)\s+"
                        r"(?P<after>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:[- ][A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?)(?=\s*[.,;!?\n])"
                        r"|\b(?:zorganizował[aoy]?|zorganizowali|przygotował[aoy]?|przygotowali)\s+"
                        r"(?P<verb>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:[- ][A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)?)(?=\s*[.;!?\n])")


def host_town(ctx: Context) -> tuple[int, int, str] | None:
    """A locality "będzie gospodarzem" of the event (or "zorganizował" it) with no organizer named: the host
    organizes (docs/annotation.md, Hosts; a village as "gospodarz" is the organizer as written, 402). (start, end, name) of the first such town whose
    every word reads as a geographic name in the nominative, else None."""
    from pipeline.text.morphology import analyse

    for m in _TOWN_HOST.finditer(ctx.norm):
        group = "town" if m["town"] else "after" if m["after"] else "verb"  # "Gospodarzem turnieju będzie Kikół."
        if _FUTURE_COPULA.search(m[0]) and past_opening(ctx, m.start()):
            continue  # "Ratownicy rywalizowali … Rybnik będzie gospodarzem mistrzostw": the next event's host
        words = re.split(r"[- ]", m[group])
        if all(any(a.pos == "subst" and "nazwa_geograficzna" in a.names and "nom" in a.cases for a in analyse(w))
               for w in words):
            return m.start(group), m.end(group), m[group]
    return None


_FUTURE_COPULA = re.compile(r"\b(?:będzie|zostanie)\b")
