"""Rule NER over morfeusz2: people, organizations and places from name categories and heads.

People: a first name (morfeusz2 category 'imię') followed by a capitalised word; the
surname may be unknown to the dictionary ("Kindziak"). Organizations and venues:
a capitalised institutional head noun ("Spółdzielnia", "Ośrodek", "Gród") with the
capitalised adjectives before it and its capitalised complements, quoted name,
acronym and, for otherwise generic names, "w <Miejscowość>" after it. Places
(`pipeline.ner.place_rules`): words with the category 'nazwa_geograficzna' and the administrative patterns.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from pipeline.lexicon.bodies import BODY_HEADS, SOLE_BODIES
from pipeline.lexicon.places import COUNTRIES
from pipeline.lexicon.words import (
    ORG_HEADS,
    VENUE_HEADS,
    is_acronym_word,
    is_geographic,
    noun_lemmas,
)
from pipeline.ner.club_rules import club_town_after, find_clubs, find_member_clubs
from pipeline.ner.kind_names import GLUED_STOP, dictionary_firms, firm_names, legal_form_firms, press_titles
from pipeline.ner.org_labels import label_body, label_items
from pipeline.ner.org_positions import positional_names, quoted_bodies
from pipeline.ner.org_rules import (
    FUNDING_LEFT,
    after_person_in_brackets,
    agrees_beyond_genitive,
    find_village_units,
    generic_plural,
    group_from_town,
    is_event_title,
    is_generic,
    located_name,
    named_by_complement,
    own_name_word,
    parentless_branch,
    quoted_tokens,
    seats_follow,
)
from pipeline.ner.org_units import numbered_units
from pipeline.ner.person_rules import find_people
from pipeline.ner.phrase_extent import (
    SEAT_PREPOSITIONS,
    SEATED_FUNDS,
    extend_right,
    find_acronyms,
    phrase_ranges,
)
from pipeline.ner.place_rules import dateline_end, find_places, spells_a_town
from pipeline.ner.press_employers import press_employers
from pipeline.ner.route_places import route_places
from pipeline.ner.spans import NerSpan
from pipeline.text.context import Context

NAME = "ner.builtin"


class BuiltinBackend:
    """Offline rules; the default backend."""

    name = "builtin"

    def find(self, ctx: Context) -> list[NerSpan]:
        doc = ctx.light_tokens  # plain token objects: every rule below only indexes, slices and iterates
        spans: list[NerSpan] = []
        blocked: set[int] = set()
        for i, j in find_people(doc):
            if _undotted_patron(doc, i):
                continue  # "Szpital im Jana Pawła II": the patron is the name's, as after "im."
            blocked.update(range(i, j))
            spans.append(_span(doc, "PER", i, j, "person_name", 0.85))
        org_blocked = set(blocked)
        quoted: set[int] = set()
        for start, _head, end in phrase_ranges(doc, ctx.norm, ORG_HEADS, org_blocked):
            org_blocked.update(range(start, end))
            # inside a name only its seat is a place: "Koło Gospodyń Wiejskich w Pankach" -> Panki, not Koło
            seat = next((k + 1 for k in range(start, end) if doc[k].text.lower() in (*SEAT_PREPOSITIONS, "przy")), end)
            quoted.update(k for k in range(start, seat))
            if (is_generic(doc, start, end) and not after_person_in_brackets(doc, start, blocked)
                    and not named_by_complement(doc, start, _head, end) and not located_name(doc, start, _head, end)
                    and not any(doc[k].capitalised and own_name_word(doc[k], doc[k + 1] if k + 1 < end else None)
                                for k in range(_head + 1, end))) \
                    or is_event_title(doc, start, end) or generic_plural(doc, _head, end) and not seats_follow(doc, _head, end) \
                    or parentless_branch(doc, start, _head, end) or group_from_town(doc, start, _head, end):
                continue  # "w formie Spółdzielni Socjalnej", "Regionalne Ośrodki Polityki Społecznej": kinds
            town = club_town_after(doc, _head, end)  # "Ludowy Klub Sportowy Orzeł Wieluń": the town is a place
            if town is not None:
                spans.append(_span(doc, "LOC", town[0], end, "club_town", 0.8))
            cut = town[0] if town is not None and town[1] else end  # and drops from the name after an unquoted one
            spans.append(_span(doc, "ORG", start, cut, "institution_phrase", 0.8))
        for start, _head, end in phrase_ranges(doc, ctx.norm, SEATED_FUNDS, org_blocked):
            seat = next((k for k in range(_head + 1, end - 1) if doc[k].text.lower() in SEAT_PREPOSITIONS), None)
            if seat is not None and not {a.lemma for a in doc[seat + 1]._.morf} & COUNTRIES:  # not "… w Polsce"
                org_blocked.update(range(start, end))  # "Wojewódzki Fundusz Ochrony Środowiska … w Łodzi": a fund
                spans.append(_span(doc, "ORG", start, end, "seated_fund", 0.75))  # with a seat is an institution
        for start, head, end in phrase_ranges(doc, ctx.norm, BODY_HEADS, org_blocked, with_seat=False):
            if is_generic(doc, start, end) and not (end - start == 1 and noun_lemmas(doc[head]) & SOLE_BODIES) \
                    or FUNDING_LEFT.search(ctx.norm, max(0, doc[start].idx - 60), doc[start].idx):
                continue  # "Komisja" of a contest; the Union only as the money's source
            end = _tier_seat(doc, ctx.norm, start, head, end, org_blocked)
            org_blocked.update(range(start, end))
            spans.append(_span(doc, "ORG", start, end, "body_phrase", 0.75))
        named = blocked | _span_tokens(doc, [s for s in spans if s.label == "ORG"])
        for start, _head, end in positional_names(doc, ctx.norm, named):  # kinds skipped above may be its words
            org_blocked.update(range(start, end))  # "Forum X", "Pomorska Specjalna Strefa Ekonomiczna" as a body
            spans.append(_span(doc, "ORG", start, end, "positional_name", 0.7))
        for start, end in quoted_bodies(doc, ctx.norm, named | org_blocked):  # "Partnerem był „Modry Staw”"
            org_blocked.update(range(start, end))
            spans.append(_span(doc, "ORG", start, end, "quoted_body", 0.7))
        for i, j in find_village_units(doc, org_blocked):
            spans.append(_span(doc, "ORG", i, j, "village_unit", 0.7))
            joint = next((k for k in range(i, j) if doc[k].text == "i"), j)  # "Sołectwo A i B": two villages
            for a, b in ((i, joint), (joint + 1, j)) if joint < j else ((i, j),):
                spans.append(_span(doc, "LOC", a, b, "village_name", 0.75))  # the village is a place as well
        club_tokens: set[int] = set()  # "z Wartą Działoszyn": the club's own name, then its town (a place)
        for s, e, town, end in find_clubs(doc, org_blocked):
            org_blocked.update(range(s, end))
            club_tokens.update(range(s, end))
            spans.append(_span(doc, "ORG", s, e, "club_name", 0.7))
            spans.append(_span(doc, "LOC", town, end, "club_town", 0.8))
        for k in find_member_clubs(doc, org_blocked | blocked):  # "wychowanek Widzewa": the club, not the district
            club_tokens.add(k)
            spans.append(_span(doc, "ORG", k, k + 1, "club_name", 0.6))
        venue_tokens: set[int] = set()
        for start, head, end in phrase_ranges(doc, ctx.norm, VENUE_HEADS, org_blocked, with_seat=False):
            named = any(t.capitalised and not t.is_sent_start for t in doc[head + 1:end]) or _seated_head(doc, start, end)
            if is_generic(doc, start, end) and not named:
                continue  # a venue head with a capitalised complement is a name: "Hala Legionów"
            seated = _venue_seat(doc, ctx.norm, head, end, org_blocked)
            if seated == end and spells_a_town(doc, start, end):
                continue  # "w Nowym Dworze Gdańskim": the town, which the place rules find
            spans.append(_span(doc, "LOC", start, seated, "venue_phrase", 0.7))
            venue_tokens.update(k for k in range(start, end) if k == head or not is_acronym_word(doc[k].text))
            # the seat stays a locality of its own, an acronym the body that runs the venue ("Hala Sportowa MOSiR")
        for i, j in numbered_units(doc, org_blocked | venue_tokens):
            org_blocked.update(range(i, j))
            spans.append(_span(doc, "ORG", i, j, "numbered_unit", 0.6))
        lemmas = ctx.features.lemmas_lower
        for s, e in firm_names(doc, ctx.text, lemmas):  # "firmy Sygnity", "spółek A, B oraz C": names after a kind word
            spans.append(NerSpan("ORG", s, e, f"{NAME}:firm_name", 0.6))
        for i, j in legal_form_firms(doc, ctx.norm, org_blocked | venue_tokens | club_tokens):
            org_blocked.update(range(i, j))  # "Mikrostyk S.A.": the legal form makes the words before it a firm
            spans.append(_span(doc, "ORG", i, j, "legal_form_firm", 0.6))
        for i in dictionary_firms(doc, org_blocked | venue_tokens | club_tokens):  # "w Polsacie": SGJP's firm names
            spans.append(_span(doc, "ORG", i, i + 1, "firm_lemma", 0.55))
        for i, j in press_titles(doc, lemmas):  # "redaktor naczelny „Kuriera X”"
            spans.append(_span(doc, "ORG", i, j, "press_title", 0.6))
        for i, j in press_employers(doc, org_blocked | venue_tokens):  # "dziennikarka Przekroju", "pracowała w TV X"
            spans.append(_span(doc, "ORG", i, j, "press_employer", 0.55))
        for i in find_acronyms(doc, org_blocked | venue_tokens):
            if len(doc[i].text) <= 4 or not is_geographic(doc[i]):  # "NIW" is an acronym, not the Niwy
                spans.append(_span(doc, "ORG", i, i + 1, "acronym", 0.5))
        spans += _label_bodies(doc, ctx.norm, spans, blocked)
        for i, j in find_places(doc, blocked | quoted | venue_tokens | club_tokens | quoted_tokens(doc)):
            rule = "dateline" if dateline_end(doc, i, set()) == j else "geographic_name"  # read as a nominative town
            spans.append(_span(doc, "LOC", i, j, rule, 0.8))
        for i, j in route_places(doc, venue_tokens):  # rival spans are weighed below
            stop = _span(doc, "LOC", i, j, "route_stop", 0.75)  # "trasę Dąbrówka – Kamionka": no preposition before
            rivals = [s for s in spans if s.start < stop.end and stop.start < s.end]
            if all((s.label in ("LOC", "PER") or s.source.endswith("club_name")) and stop.start <= s.start
                   and s.end <= stop.end for s in rivals):
                spans = [s for s in spans if s not in rivals] + [stop]  # a stop read as a town, a surname, a club
        return spans


def _label_bodies(doc: Doc, norm: str, spans: list[NerSpan], blocked: set[int]) -> list[NerSpan]:
    """"Patronat medialny: Gmina Borków", "Organizator: Fundacja Kobieta w Regionie": each item of a body label's
    value (`label_items`) the names found so far miss or cut short; an item holding two names of its own, or lying
    inside a longer one, is left to them."""
    out: list[NerSpan] = []
    starts = [t.idx for t in doc]
    for i, j in label_items(doc, norm):
        item = _span(doc, "ORG", i, j, "label_body", 0.75)
        inside = [s for s in spans if s.label == "ORG" and s.start < item.end and item.start < s.end]
        named = [s for s in inside if not s.source.endswith(":acronym") or s.start == item.start]
        if any(s.start < item.start or s.end > item.end for s in inside) or _coordinated(norm, named) \
                or named and (named[0].start, named[0].end) == (item.start, item.end) \
                or named and named[0].start == item.start and _seat_only(doc, bisect_left(starts, named[0].end), j) \
                and _proper_part(doc, i, bisect_left(starts, named[0].end)) \
                or not label_body(doc, i, j, blocked):
            continue
        out.append(item)
    return out


def _coordinated(norm: str, named: list[NerSpan]) -> bool:
    """Two names of the item joined by "i"/"oraz" ("Fundacja Sowa i Gmina Jaworek") stay two; joined by a spaced dash
    they are one body's two names, which `join_dashed` writes."""
    ordered = sorted(named, key=lambda s: s.start)
    return any(norm[a.end:b.start].strip() in ("i", "oraz", "-", "–", "—")
               for a, b in zip(ordered, ordered[1:], strict=False))


def _proper_part(doc: Doc, start: int, end: int) -> bool:
    """A quote, a patron or a word of its own ("Fundacja Sowa") in the name [start, end): a proper part, so the name
    rules left its seat out on purpose (docs/annotation.md); a number or an acronym is none ("Komisariat Policji II")."""
    return any(t.text in ('"', "„", "”", "im.", "imienia") for t in doc[start:end]) or any(
        doc[k].capitalised and not doc[k].text.isupper() and own_name_word(doc[k], doc[k + 1] if k + 1 < end else None)
        for k in range(start + 1, end))


def _seat_only(doc: Doc, k: int, end: int) -> bool:
    """Tokens [k, end) are a seat ("w Rabce-Zdroju"), which a name with a proper part leaves out."""
    return k + 1 < end and doc[k].text.lower() in SEAT_PREPOSITIONS and is_geographic(doc[k + 1]) \
        and all(t.capitalised or t.text in ("-", "–") for t in doc[k + 1:end])


def _span_tokens(doc: Doc, spans: list[NerSpan]) -> set[int]:
    """Indices of the tokens the spans cover."""
    starts = [t.idx for t in doc]
    return {k for s in spans for k in range(bisect_left(starts, s.start), bisect_left(starts, s.end))}


def _undotted_patron(doc: Doc, i: int) -> bool:
    """A person's name after "im" written without its dot, and after at most one capitalised title ("im Papieża"),
    right after a capitalised word of a name, or the second of two patrons: the patron of an institution, not a
    person of the report."""
    for k in (i - 1, i - 2):
        if k >= 1 and doc[k].text == "im" and (doc[k - 1].capitalised or doc[k - 1].text.isdigit()) \
                and all(t.capitalised for t in doc[k + 1:i]):
            return True
    # "im. Jana i Jędrzeja Śniadeckich": the second patron of a pair, in the genitive like the first
    return i >= 3 and doc[i - 1].text == "i" and doc[i - 3].text.lower() in ("im.", "im", "imienia") \
        and any("imię" in a.names and "gen" in a.cases for a in doc[i - 2]._.morf) \
        and any("gen" in a.cases for a in doc[i]._.morf)


def _seated_head(doc: Doc, start: int, end: int) -> bool:
    """"na Rynku w Lipnie", "przy Zamku w Rypinie", "w sali konferencyjnej Pałacu w Łomnicy", "zwiedzili Pałac w X",
    "na Starym Rynku w Lipnie": a capitalised venue head alone or after its capitalised adjectives inside a sentence
    (after a lower-case word), with its town after it, is that town's site by name."""
    head = doc[start]
    return start > 0 and all(t.capitalised for t in doc[start:end]) and not head.is_sent_start and end < len(doc) \
        and doc[end].text.lower() in ("w", "we") and doc[start - 1].text.isalpha() and doc[start - 1].text.islower()


def _venue_seat(doc: Doc, norm: str, head: int, end: int, blocked: set[int]) -> int:
    """"Zamek Krzyżacki w Ostródzie": a venue named by its head and adjectives only keeps its seat; one with a
    name of its own ("Hala Legionów") does not."""
    if end >= len(doc) or doc[end].text.lower() not in ("w", "we") or not all(
            agrees_beyond_genitive(t, doc[head]) for t in doc[head + 1:end]):
        return end
    return extend_right(doc, norm, end, blocked, VENUE_HEADS, with_seat=True)


#: Adjectives of a local tier of government: a body of that tier is one body only with its town.
_LOCAL_TIERS = frozenset({"powiatowy", "gminny", "miejski", "wojewódzki", "okręgowy", "rejonowy", "terenowy",
                          "miejsko-gminny"})


def _tier_seat(doc: Doc, norm: str, start: int, head: int, end: int, blocked: set[int]) -> int:
    """"Powiatowa Komisja Wyborcza w Głubczycach", "Gminna Komisja Rozwiązywania Problemów Alkoholowych w X": a
    public body of a local tier keeps the seat written after it (every gmina has one); "Komisja Europejska",
    "Parlament Europejski" are one body each and name no seat."""
    if end >= len(doc) or doc[end].text.lower() not in ("w", "we") or not any(
            a.pos == "adj" and a.lemma.lower() in _LOCAL_TIERS for t in doc[start:head] for a in t._.morf):
        return end
    return extend_right(doc, norm, end, blocked, BODY_HEADS, with_seat=True)


def _span(doc: Doc, label: str, i: int, j: int, rule: str, conf: float) -> NerSpan:
    start = doc[i].idx
    end = doc[j - 1].idx + len(doc[j - 1].text)
    if label == "ORG" and GLUED_STOP.fullmatch(doc[j - 1].text) and (
            j == len(doc) or "\n" in doc[j - 1].whitespace_ or doc[j].text[:1].isupper() or doc[j].is_space):
        end -= 1  # "Stowarzyszenie POW." at a sentence's end: the full stop is the sentence's
    return NerSpan(label, start, end, f"{NAME}:{rule}", conf)  # type: ignore[arg-type]
