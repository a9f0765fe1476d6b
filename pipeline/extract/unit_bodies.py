"""A gmina, powiat or voivodeship acting as a body: "organizowanych przez Gminę X", "samorządy powiatu Y i gminy
Z", "we współpracy z Powiatem Y", "Gmina X zorganizowała". Such a unit is an organization ("Gmina X", "Powiat
Y"), and that mention is not the event's place (docs/annotation.md, Local officials: "a body acting on its own").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract.admin_regions import region_mentions
from pipeline.extract.organizations import OrgMention
from pipeline.extract.organizer_scores import co_organizer_score, listed_organizer, organizer_score
from pipeline.extract.place_mention import PlaceMention
from pipeline.extract.title_bodies import title_bodies
from pipeline.lexicon.words import ORG_HEADS
from pipeline.models import Mention
from pipeline.ner.org_positions import role_listed
from pipeline.text.context import Context
from pipeline.text.morphology import PREP_CASES

EXTRACTOR = "extract.unit_bodies"
_UNITS = frozenset({"gmina", "powiat", "województwo", "miasto"})
#: the unit is the agent of a passive ("przez Gminę X") or the self-government of it ("samorządy powiatu Y")
_AGENT_LEFT = re.compile(r"\bprzez\s*$", re.IGNORECASE)
_WITH_LEFT = re.compile(r"\b(?:z|ze)\s*$", re.IGNORECASE)
_AND_LEFT = re.compile(r"^\s*(?:,|\bi\b|\boraz\b)\s*$", re.IGNORECASE)
_VERB_POS = frozenset({"fin", "praet", "bedzie"})
#: a patron, a funder, the body by whose efforts: "pod patronatem (honorowym) Gminy X", "przy dofinansowaniu
#: Województwa Y", "staraniem Gminy Z" (these alone may stand before their adjective)
_SUPPORT = frozenset({"patronat", "mecenat", "dofinansowanie", "współfinansowanie", "finansowanie", "wsparcie",
                      "staranie"})
#: nouns whose genitive is the body that has, sends or runs them: "przedstawiciel Gminy X", "ze środków Gminy X",
#: "projekt Województwa X" (unlike "mieszkańcy Gminy X", "na terenie Gminy X": the unit as a territory)
_BODY_OF = frozenset({"przedstawiciel", "przedstawicielka", "reprezentant", "reprezentantka", "delegacja", "władza",
                      "środek", "budżet", "projekt", "partner", "pracownik", "pracownica", "urzędnik", "urzędniczka",
                      "zaproszenie", *_SUPPORT})  # "na zaproszenie Gminy X": the body that invited


def _unit_readings(ctx: Context, m: Mention) -> tuple[str, set[str], list, list]:
    """The unit word's text, its singular cases as a unit noun, and the tokens after and before the mention."""
    toks = ctx.light_tokens
    k = next((i for i, t in enumerate(toks) if t.idx >= m.start), len(toks))
    if k >= len(toks):
        return "", set(), [], []
    word = toks[k]
    cases = {c for a in word._.morf if a.pos == "subst" and a.lemma.lower() in _UNITS and a.number != "pl"
             for c in a.cases}  # one unit: "Gminy X" before a verb is its genitive ("mieszkańcy Gminy X zebrali")
    after = [t for t in toks[k:k + 8] if t.idx >= m.end and not t.is_space]
    before = [t for t in toks[max(0, k - 3):k] if not t.is_space]
    return word.text, cases, after, before


def _after_self_government(ctx: Context, m: Mention) -> bool:
    """The noun "samorząd" right before the unit ("samorządy powiatu Y"), not the adjective ("władze samorządowe
    Gminy X", the unit's authorities only attending)."""
    before = [t for t in ctx.light_tokens if t.idx < m.start and not t.is_space][-1:]
    return bool(before) and any(a.pos == "subst" and a.lemma == "samorząd" for a in before[0].morf)


def _in_self_government_name(ctx: Context, m: Mention) -> bool:
    """A capitalised "Samorząd" right before the unit: "Samorząd Województwa X" is a name of its own (the rule NER's),
    unlike the lower-case "samorządy powiatu Y" that make the unit act."""
    before = [t for t in ctx.light_tokens if t.idx < m.start and not t.is_space][-1:]
    return bool(before) and before[0].text[:1].isupper() and any(
        a.pos == "subst" and a.lemma.lower() == "samorząd" for a in before[0].morf)


def _unit_genders(ctx: Context, m: Mention) -> frozenset[str]:
    """The grammatical gender of the unit word starting `m` (gmina f, powiat m3, województwo n)."""
    word = next((t for t in ctx.light_tokens if t.idx >= m.start), None)
    return frozenset(g for a in word._.morf if a.pos == "subst" and a.lemma.lower() in _UNITS
                     for g in a.genders) if word is not None else frozenset()


def _on_line(ctx: Context, start: int, end: int) -> bool:
    return "\n" not in ctx.norm[start:end]


def _agrees(tok, genders: frozenset[str], plural: bool = False) -> bool:
    """A finite verb that can have the unit as its subject: a singular present or future ("organizuje"), or a past
    form of the unit's gender ("Gmina X zorganizowała", not "Powiat X odbyło się", where the unit names a venue);
    a coordinated subject ("Gmina X i Ośrodek Y przygotowali") also takes a plural verb."""
    for a in tok._.morf:
        if a.pos not in _VERB_POS:
            continue
        if plural and a.number == "pl":
            return True
        if a.number == "sg" and (a.pos != "praet" or a.genders & genders):
            return True
    return False


def _coordinated(ctx: Context, m: Mention, after: list, genders: frozenset[str]) -> bool:
    """"Gmina X i Gminny Ośrodek Y w Z przygotowała": a unit first in a coordinated subject with a body's name, before
    a verb that agrees with it (singular of its gender) or with both (plural), on one line and within one clause."""
    if not after or after[0].text.lower() not in ("i", "oraz"):
        return False
    toks = ctx.light_tokens
    k = after[0].i + 1
    body = False  # the other conjunct names a body ("i Gminny Ośrodek Y"), not another place ("i Lipowo leżą")
    for j in range(k, min(k + 12, len(toks))):
        t = toks[j]
        if t.is_space:
            if "\n" in t.text:
                return False
            continue
        if any(a.pos in _VERB_POS for a in t._.morf):
            return body and _agrees(t, genders, plural=True)
        body = body or any(a.pos == "subst" and a.lemma.lower() in ORG_HEADS for a in t._.morf)
        if not (t.text[:1].isupper() or t.text in ("-", '"') or any(a.pos == "prep" for a in t._.morf)):
            return False  # a lower-case word or clause punctuation: the names' phrase ended before any verb
    return False


def _subject(ctx: Context, m: Mention, cases: set[str], after: list, before: list,
             genders: frozenset[str] = frozenset()) -> bool:
    """A nominative unit next to a finite verb that agrees with it, either order: "Gmina X zorganizowała",
    "gospodarzem było Województwo Y"; or first in a coordinated subject of names before its verb."""
    if "nom" not in cases:
        return False
    if after and _agrees(after[0], genders) and _on_line(ctx, m.start, after[0].idx):
        return True
    if _coordinated(ctx, m, after, genders):
        return True
    return bool(before) and _agrees(before[-1], genders) \
        and not any(a.pos == "subst" for a in before[-1]._.morf) and _on_line(ctx, before[-1].idx, m.start)


def _owner(ctx: Context, cases: set[str], before: list, m: Mention) -> bool:
    """A genitive unit after a noun it owns or sends: "przedstawiciel Gminy X", "ze środków Gminy X"."""
    if "gen" not in cases or not before or not before[-1].text[:1].islower():
        return False
    noun = before[-1]
    if len(before) > 1 and before[-2].text.islower() and any(a.pos == "adj" for a in noun._.morf) \
            and not any(a.pos == "subst" for a in noun._.morf):
        noun = before[-2]  # "pod patronatem honorowym Gminy X": the noun before its adjective
        return _on_line(ctx, noun.idx, m.start) and any(
            a.pos == "subst" and a.lemma.lower() in _SUPPORT for a in noun._.morf)
    return _on_line(ctx, noun.idx, m.start) and any(
        a.pos == "subst" and a.lemma.lower() in _BODY_OF for a in noun._.morf)


def acts_as_body(ctx: Context, m: Mention, previous_acting_end: int | None = None) -> bool:
    """Whether the unit named by `m` (a region mention starting at its unit word) acts as a body."""
    left = ctx.norm[max(0, m.start - 40):m.start]
    if _AGENT_LEFT.search(left) or _after_self_government(ctx, m):
        return True
    if previous_acting_end is not None and _AND_LEFT.match(ctx.norm[previous_acting_end:m.start]):
        return True  # "samorządy powiatu Y i gminy Z": the second unit shares the first one's role
    word, cases, after, before_toks = _unit_readings(ctx, m)
    if not word[:1].isupper():
        return False
    before = left.rstrip().rsplit(None, 1)[-1].lower() if left.strip() else ""
    if "inst" in cases and (_WITH_LEFT.search(left) or before not in PREP_CASES):
        return True  # "we współpracy z Powiatem Y", "partnerami projektu, tj. Powiatem Y"
    return _subject(ctx, m, cases, after, before_toks, _unit_genders(ctx, m)) or _owner(ctx, cases, before_toks, m) or (
        bool(cases & {"nom", "acc", "inst"}) and _cued(ctx, m)) or _addressee(cases, before_toks)


def _addressee(cases: set[str], before: list) -> bool:
    """"Dziękujemy Gminie X", "przekazał Powiatowi Y", "dzięki Gminie Z": a unit in the dative is whom something is
    given or owed to, a body; a locative of the same form ("w Gminie X") always follows its preposition."""
    if "dat" not in cases or not before:
        return False
    prep = [a for a in before[-1]._.morf if a.pos == "prep"]
    return not prep and (before[-1].text[:1].islower() or any(a.pos in _VERB_POS for a in before[-1]._.morf)) \
        or before[-1].text.lower() == "dzięki"


def _cued(ctx: Context, m: Mention) -> bool:
    """A unit the text names right after an organizer, host or co-organizer cue ("Gospodarzami konferencji były:
    Powiat X, …", "Organizatorem był Powiat Y", "Organizatorami byli Ośrodek X oraz Gmina Y"): the unit acts as a body, as any name there does. Only a unit
    word heading its own phrase (not the genitive in "Urząd Gminy X – organizator", "Inicjatywy Powiatu Y")."""
    if organizer_score(ctx, m) >= 0.7 or co_organizer_score(ctx, m) > 0 or listed_organizer(ctx, m):  # partners too
        return True
    toks = ctx.light_tokens
    k = bisect_left([t.idx for t in toks], m.start)
    return k < len(toks) and role_listed(toks, ctx.norm, k)  # a list with quotes, numbers, "z X" in its names


def acting_regions(ctx: Context, regions: list[PlaceMention]) -> list[PlaceMention]:
    """The regions of `regions` (named by a unit word) that act as bodies, in text order."""
    out: list[PlaceMention] = []
    last_end: int | None = None
    for r in sorted(regions, key=lambda r: r.mention.start):
        if r.mention.rule not in ("gmina", "powiat", "voivodeship"):
            continue  # list items ("powiatu kościańskiego i ...") are the same words read again
        if _in_self_government_name(ctx, r.mention):
            continue  # "Samorząd Województwa X": the unit is the genitive of the body's own name
        if acts_as_body(ctx, r.mention, last_end):
            out.append(r)
            last_end = r.mention.end
        else:
            last_end = None
    return out


def acting_words(ctx: Context, regions: list[PlaceMention]) -> list[PlaceMention]:
    """Every region mention lying inside an acting unit's words (list readings of the same words included)."""
    acting = [(r.mention.start, r.mention.end) for r in acting_regions(ctx, regions)]
    return [r for r in regions if any(s <= r.mention.start and r.mention.end <= e for s, e in acting)]


def body_name(region: PlaceMention) -> str:
    """"gmina Kościan" -> "Gmina Kościan", "powiat kościański" -> "Powiat Kościański": the unit as a body."""
    unit, _, name = region.name.partition(" ")
    if unit == "gmina":
        return f"Gmina {name}"
    return f"{unit.capitalize()} {'-'.join(p.capitalize() for p in name.split('-'))}"


def unit_bodies(ctx: Context) -> list[OrgMention]:
    """Organization mentions of the units acting as bodies, by their own name or through their head's title or
    council (`title_bodies`)."""
    out = []
    for r in acting_regions(ctx, region_mentions(ctx)):
        start, name = town_and_commune(ctx, r.mention.start), _written_gmina(ctx, r) or body_name(r)
        if start != r.mention.start:
            name = "Miasto i " + name  # "Miasto i Gmina Staszów": the urban-rural gmina's own name
        out.append(OrgMention(name, None, None, ctx.mention(start, r.mention.end, EXTRACTOR, 0.7, "acting_unit")))
    return out + city_bodies(ctx) + title_bodies(ctx)


def _written_gmina(ctx: Context, r: PlaceMention) -> str | None:
    """'Gmina Zielonki', 'Gminie Zielonki': a gmina's name after its capitalised unit word is an apposition that
    keeps the nominative, so a written name the register knows stays as written (its base form may be another
    town's: 'Zielonki' -> 'Zielonka'). None for other units or a name that is no locality as written."""
    from pipeline.lexicon.places import is_known_locality

    unit, _, written = ctx.text[r.mention.start:r.mention.end].partition(" ")
    if r.mention.rule != "gmina" or not unit[:1].isupper() or not written or f"gmina {written}" == r.name:
        return None
    return f"Gmina {written}" if is_known_locality(written) else None


#: What a city's money is named by: the city is then the funds' source, not a body of the report.
_FUNDS = frozenset({"budżet", "środek", "dotacja", "fundusz"})


def town_and_commune(ctx: Context, start: int) -> int:
    """Where "Miasto i Gmina X" begins when a gmina's unit word at `start` follows a capitalised "Miasto i" (any
    case: "Miastu i Gminie X"); `start` itself otherwise."""
    toks = [t for t in ctx.light_tokens if t.idx < start and not t.is_space][-2:]
    if len(toks) == 2 and toks[1].text == "i" and toks[0].text[:1].isupper() \
            and any(a.pos == "subst" and a.lemma.lower() == "miasto" for a in toks[0]._.morf):
        return toks[0].idx
    return start


def city_bodies(ctx: Context) -> list[OrgMention]:
    """"Organizatorem było Miasto Poznań", "Dziękujemy Miastu Kielce": a capitalised "Miasto" with a town of the
    register after it is the city as a body (the commune it governs) when the sentence makes it act, as a gmina's
    (`acts_as_body`); the town keeps the form written after the unit word when that is its name."""
    from pipeline.lexicon.places import is_known_locality, is_town_or_seat, locality_base

    out: list[OrgMention] = []
    toks = ctx.light_tokens
    for k, t in enumerate(toks[:-1]):
        if not t.text.startswith(("Miast", "Mieści")) or not any(
                a.pos == "subst" and a.lemma.lower() == "miasto" and a.number == "sg" for a in t._.morf):
            continue
        if k and (toks[k - 1].text[:1].isupper() and not t.is_sent_start and not toks[k - 1].is_sent_start
                  or toks[k - 1].text == "i"):
            continue  # "Urząd Miasta X": inside a body's name; "Miasto i Gmina X": the gmina's phrase
        end = k + 1
        while end < len(toks) and end - k <= 2 and toks[end].text[:1].isupper() and toks[end].is_alpha \
                and toks[end - 1].whitespace_ == " ":
            end += 1
        words = toks[k + 1:end]
        if not words:
            continue
        written = " ".join(w.text for w in words)
        base = locality_base(words)  # "Miasta Lipna": a city's genitive, though a village is called "Lipna"
        name = written if is_known_locality(written) and (is_town_or_seat(written) or not is_town_or_seat(base)) \
            else base
        if not is_known_locality(name):
            continue
        m = ctx.mention(t.idx, words[-1].idx + len(words[-1].text), EXTRACTOR, 0.7, "acting_unit")
        money = k and any(a.lemma in _FUNDS for a in toks[k - 1]._.morf)  # "z budżetu Miasta Łodzi": a funder
        if not money and acts_as_body(ctx, m):
            out.append(OrgMention(f"Miasto {name}", None, None, m))
    return out
