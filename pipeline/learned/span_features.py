"""What a learned keep/drop decision reads about one merged organization or place.

The rules propose the report's organizations and places; many are true names of something the page does
not report as a fact of the event (a funder, a menu's link, a region of a grant, a name inside another
name). The evidence here is what generalises across sites: the extractor rule behind each mention, the
kind and head word of the name (base forms, lexicon kinds, SGJP name categories), how often and where it
is named, the page furniture and layout of its lines, the cue words around its mentions
(`pipeline.learned.context_features.around`), and its ties to the rest of the record. No page ids, no
site names, no inflected strings.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from pipeline.extract.place_context import (
    after_office,
    governing_word,
    in_funding_boilerplate,
    in_quoted_title,
    scope_of_topic,
)
from pipeline.learned.context_features import around, bucket, line_flags
from pipeline.learned.place_evidence import place_mention_features
from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.words import NAME_ONLY_HEADS, NON_ORG_ACRONYMS, ORG_HEADS, VENUE_HEADS
from pipeline.models import Event, Mention, Organization, Person, Place
from pipeline.text.analysis import Analysis
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: Mentions read for the words around them: the first few carry the page's way of naming the thing.
AROUND_MENTIONS = 3
_QUOTES = "„”\"«»“"


def _words(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3" if n == 3 else "4-5" if n <= 5 else "6+"


def _readings(word: str) -> list[Analysis]:
    return [a for a in analyse(word) if a.pos in ("subst", "depr", "adj", "ger")]


def head_kind(name: str, acronym: str | None = None) -> str:
    """The kind of a name's first word: an institution's or a body's head noun from the lexicon, a venue's,
    an acronym, a quoted name, a person's name (SGJP first name or surname), a plural common noun, other."""
    words = name.split()
    first = words[0].strip(_QUOTES + "(").lower()
    if name == acronym or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
        return "acronym"
    if first in ORG_HEADS:
        return "org_head"
    if first in BODY_HEADS or first in NAME_ONLY_HEADS:
        return "body_head"
    if first in VENUE_HEADS:
        return "venue_head"
    if any(c in name for c in _QUOTES):
        return "quoted"
    readings = _readings(words[0])
    if readings and all(("imię" in a.names or "nazwisko" in a.names) for a in readings if a.pos == "subst"):
        if any(a.pos == "subst" for a in readings):
            return "person_like"
    lemmas = [a for a in readings if a.pos == "subst"]
    if lemmas and all(a.number == "pl" for a in lemmas):
        return "plural"
    if readings and all(a.pos == "adj" for a in readings):
        return "adjective"
    return "other"


def _mention_features(ctx: Context, mentions: Sequence[Mention], prefix: str = "") -> dict[str, float]:
    """Rules, counts, position, furniture, layout and words around the mentions of one entity."""
    out: dict[str, float] = {}
    for m in mentions:
        out[f"{prefix}src={m.extractor.rsplit('.', 1)[-1]}:{m.rule}"] = 1.0
        out[f"{prefix}mrule={m.rule}"] = 1.0
        out[f"{prefix}furniture={ctx.furniture_at(m.start) or 'body'}"] = 1.0
    out[f"{prefix}mentions={bucket(len(mentions))}"] = 1.0
    if not mentions:
        return out
    ordered = sorted(mentions, key=lambda m: m.start)
    first = ordered[0].start
    out[f"{prefix}position={min(4, 5 * first // max(1, len(ctx.text)))}"] = 1.0
    if all(_short_line(ctx, m.start) for m in ordered):
        out[f"{prefix}only_short_lines"] = 1.0
    if any(_short_line(ctx, m.start) for m in ordered):
        out[f"{prefix}short_line"] = 1.0
    if all(in_funding_boilerplate(ctx, m.start) for m in ordered):
        out[f"{prefix}only_funding"] = 1.0
    elif any(in_funding_boilerplate(ctx, m.start) for m in ordered):
        out[f"{prefix}some_funding"] = 1.0
    for m in ordered[:AROUND_MENTIONS]:
        if ctx.text[max(0, m.start - 2):m.start].strip().endswith("("):
            out[f"{prefix}in_parentheses"] = 1.0
        prep = _preposition_before(ctx, m.start)
        out[f"{prefix}prep={prep}"] = 1.0
        out[f"{prefix}gov={_governing(ctx, m.start)}"] = 1.0
        for flag, test in (("quoted_title", in_quoted_title), ("topic_scope", scope_of_topic),
                           ("after_office", after_office)):
            if test(ctx, m.start):
                out[f"{prefix}{flag}"] = 1.0
        out.update({prefix + k: v for k, v in around(ctx, m.start, m.end, window=4).items()})
    return out


def _governing(ctx: Context, start: int) -> str:
    """The preposition governing a name over a list of names before it; "(", "line" (a line's start) or "word"."""
    word = governing_word(ctx, start)
    if word in ("", "("):
        return word or "line"
    return word if any(a.pos == "prep" for a in analyse(word)) else "word"


def _short_line(ctx: Context, start: int) -> bool:
    """A heading, a menu entry or a list line: a line of under 60 characters with no closing full stop."""
    lo = ctx.text.rfind("\n", 0, start) + 1
    hi = ctx.text.find("\n", start)
    line = ctx.text[lo:hi if hi >= 0 else len(ctx.text)].strip()
    return len(line) < 60 and not line.endswith(".")


def _preposition_before(ctx: Context, start: int) -> str:
    """The lemma of the preposition right before a mention ("w", "na", "do", "z"), else "none"."""
    feats = ctx.features
    i = bisect_right(feats.starts, start) - 1
    if i < 0 or feats.starts[i] == start:
        i -= 1
    while i >= 0 and feats.is_space[i]:
        i -= 1
    if i >= 0 and feats.pos[i] == "prep":
        return feats.lemma[i].lower()
    return "none"


def _inside(mention: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= mention.start and mention.end <= e and (s, e) != (mention.start, mention.end) for s, e in spans)


def _shape(name: str) -> dict[str, float]:
    words = name.split()
    out = {f"words={_words(len(words))}": 1.0}
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        out["all_caps"] = 1.0
    if name[:1].islower():
        out["lower_start"] = 1.0
    if any(c.isdigit() for c in name):
        out["digit"] = 1.0
    return out


_FUNCTION_POS = frozenset({"prep", "conj", "comp", "qub", "interp"})


def _form(name: str) -> dict[str, float]:
    """Whether the name reads as a base form: its first word has a nominative reading, its last word is no
    function word nor a cut-off compound ("Centrum Edukacyjno"), its seat is written "w", not "z"."""
    words = name.split()
    out: dict[str, float] = {}
    first = _readings(words[0])
    if first and not any("nom" in a.cases for a in first):
        out["first_not_nominative"] = 1.0
    last = words[-1].strip(_QUOTES + ").,")
    last_readings = [*analyse(last), *analyse(last.lower())] if last else []
    if last and last[:1].islower() and any(a.pos in _FUNCTION_POS for a in last_readings):
        out["ends_function_word"] = 1.0
    if last[:1].islower():
        out["ends_lower"] = 1.0
    if last_readings and all(a.pos == "ign" for a in last_readings):
        out["last_unknown"] = 1.0
        if last.endswith("o") and any(a.pos == "adj" for a in analyse(last[:-1].lower() + "y")):
            out["ends_cut"] = 1.0  # "Centrum Edukacyjno": the first half of "edukacyjno-kulturalne"
    if name.rstrip().endswith(("-", "–")):
        out["ends_cut"] = 1.0
    if " z " in name or " ze " in name:
        out["seat_z"] = 1.0
    if len(words) > 1 and any(w.isupper() and len(w) > 1 for w in words):
        out["acronym_word"] = 1.0
    if " – " in name or " - " in name:
        out["dash"] = 1.0
    return out


def _relations(name: str, others: Sequence[str]) -> dict[str, float]:
    """How the name stands to the page's other names of its field: a shorter or longer form of one of them."""
    low = name.lower()
    out: dict[str, float] = {}
    for other in others:
        o = other.lower()
        if o == low:
            continue
        if o.startswith(low + " ") or o.endswith(" " + low):
            out["part_of_other"] = 1.0
        elif low.startswith(o + " ") or low.endswith(" " + o):
            out["extends_other"] = 1.0
        elif o.split()[0] == low.split()[0]:
            out["shares_head"] = 1.0
    return out


_ROMAN = frozenset("IVXLC")
_PATRON = frozenset({"im.", "imienia", "im"})


def _proper_parts(name: str) -> set[str]:
    """What makes a name more than its generic kind ("Biblioteka Gminna", "Zespół Szkół"): a quoted part, a
    patron ("im."), a number ("nr 1", "II"), an acronym, a seat ("w X"), or a word SGJP reads only as a proper
    name or does not know (a surname, a place: "Dunajec"; "Orange"); "name_reading": a capitalised word that also
    has a proper-name reading ("Zysk"). Empty: a generic name, right on some pages and only a kind on others."""
    words = name.split()
    out: set[str] = set()
    if any(c in name for c in _QUOTES):
        out.add("quoted")
    for i, word in enumerate(words):
        bare = word.strip(_QUOTES + "().,;:")
        if not bare:
            continue
        if bare.lower() in _PATRON:
            out.add("patron")
        elif any(c.isdigit() for c in bare) or bare.lower() == "nr" or set(bare) <= _ROMAN:
            out.add("number")
        elif bare.isupper() and len(bare) > 1:
            out.add("acronym")
        elif i > 0 and bare in ("w", "we") and i + 1 < len(words) and words[i + 1][:1].isupper():
            out.add("seat")
        elif i > 0 and bare[:1].isupper():
            readings = analyse(bare)
            common = [a for a in readings if a.pos != "ign" and not a.names]
            if not common:
                out.add("name_word")
            elif any(a.names for a in readings):
                out.add("name_reading")
    return out


def _head_noun(name: str) -> tuple[str, str]:
    """(the lemma of the name's first noun, the lemma of an adjective before it or ""): "Krajowa Sieć ..." gives
    ("sieć", "krajowy"); inflected heads share a feature, unlike the first word's string."""
    adjective = ""
    for word in name.split()[:4]:
        readings = [a for a in _readings(word.strip(_QUOTES + "(),")) if not a.names]
        if any(a.pos in ("subst", "ger") for a in readings):
            return next(a.lemma.lower() for a in readings if a.pos in ("subst", "ger")), adjective
        adj = next((a.lemma.lower() for a in readings if a.pos == "adj"), None)
        if adj is None:
            break
        adjective = adjective or adj
    return "", adjective


def _nesting(org: Organization, others: Sequence[Organization]) -> dict[str, float]:
    """Whether the organization is named only inside another one's mention ("Wydział X Uniwersytetu Y" names Y
    only there), and how its head stands to the organizer's."""
    spans = [(m.start, m.end) for o in others if o is not org for m in o.mentions]
    inside = [_inside(m, spans) for m in org.mentions]
    if inside and all(inside):
        return {"only_inside_org": 1.0}
    return {"some_inside_org": 1.0} if any(inside) else {}


def _generic_evidence(ctx: Context, org: Organization, proper: set[str]) -> dict[str, float]:
    """A generic name's evidence: named more than once, on the page's first line, in a list, in the body."""
    if proper - {"name_reading"}:
        return {}
    out = {"generic": 1.0, f"generic_mentions={bucket(len(org.mentions))}": 1.0}
    for m in org.mentions[:AROUND_MENTIONS]:
        flags = line_flags(ctx, m.start)
        for flag in ("first_line", "bullet", "line_start"):
            if flag in flags:
                out[f"generic_{flag}"] = 1.0
        out[f"generic_furniture={ctx.furniture_at(m.start) or 'body'}"] = 1.0
    return out


def _scopes(ctx: Context, org: Organization) -> dict[str, float]:
    """All mentions in a quoted title or a talk's topic, or all in funding lines: named, not acting."""
    if org.mentions and all(in_quoted_title(ctx, m.start) or scope_of_topic(ctx, m.start) for m in org.mentions):
        return {"only_title_or_topic": 1.0}
    return {}


def protected_organization(org: Organization, event: Event, people: Sequence[Person]) -> str | None:
    """Why an organization is referenced elsewhere in the record (then it is never dropped), or None."""
    names = {org.name, org.acronym} - {None}
    organizer = event.organizer
    if organizer is not None and (organizer in names or organizer.startswith(org.name + " w")):
        return "organizer"
    if names & set(event.co_organizers):
        return "co_organizer"
    for p in people:
        if p.affiliation in names or any(r.organization in names for r in p.roles):
            return "person_org"
    return None


def organization_features(ctx: Context, org: Organization, event: Event, people: Sequence[Person],
                          places: Sequence[Place] = (), others: Sequence[Organization] = ()) -> dict[str, float]:
    """Binary features of one merged organization (all its mentions)."""
    kind = head_kind(org.name, org.acronym)
    out: dict[str, float] = {f"kind={kind}": 1.0, **_shape(org.name), **_form(org.name)}
    out.update(_relations(org.name, [o.name for o in others]))
    out[f"field_count={bucket(len(others))}"] = 1.0
    head = org.name.split()[0].strip(_QUOTES).lower()
    out["head=ACRONYM" if kind == "acronym" else f"head={head}"] = 1.0
    if org.acronym and org.acronym != org.name:
        out["acronym_expanded"] = 1.0
    if org.acronym in NON_ORG_ACRONYMS or org.name in NON_ORG_ACRONYMS:
        out["non_org_acronym"] = 1.0
    if " w " in org.name or " we " in org.name:
        out["has_seat"] = 1.0
    why = protected_organization(org, event, people)
    out[f"tie={why or 'none'}"] = 1.0
    if event.organizer is None:
        out["no_organizer"] = 1.0
    if any(p.kind == "venue" and p.name == org.name for p in places):
        out["also_venue"] = 1.0
    out.update(_mention_features(ctx, org.mentions))
    proper = _proper_parts(org.name)
    out.update({f"proper={p}": 1.0 for p in proper})
    out.update(_generic_evidence(ctx, org, proper))
    noun, adjective = _head_noun(org.name)
    out[f"noun={noun or 'none'}"] = 1.0
    if adjective:
        out[f"noun_adj={adjective}"] = 1.0
    if noun and event.organizer and noun == _head_noun(event.organizer)[0]:
        out["noun_as_organizer"] = 1.0
    out.update(_nesting(org, others))
    out.update(_scopes(ctx, org))
    return out


def place_features(ctx: Context, place: Place, organizations: Sequence[Organization], event: Event,
                   others: Sequence[Place] = ()) -> dict[str, float]:
    """Binary features of one merged place (all its mentions)."""
    out: dict[str, float] = {f"kind={place.kind}": 1.0, **_shape(place.name), **_form(place.name)}
    out.update(_relations(place.name, [p.name for p in others]))
    out[f"field_count={bucket(len(others))}"] = 1.0
    if place.kind == "region" and any(p.kind == "locality" and place.name.endswith(" " + p.name) for p in others):
        out["unit_of_listed_locality"] = 1.0
    if place.kind in ("venue", "region", "other"):  # a common noun heads these names ("powiat", "sala")
        out[f"head={place.name.split()[0].lower()}"] = 1.0
        out[f"head_kind={head_kind(place.name)}"] = 1.0
    if place.kind == "locality":
        out["teryt=" + ("resolved" if place.teryt is not None else "none")] = 1.0
        out[f"teryt_candidates={bucket(place.teryt_candidates)}"] = 1.0
    org_spans = [(m.start, m.end) for o in organizations for m in o.mentions]
    if place.mentions and all(_inside(m, org_spans) for m in place.mentions):
        out["only_inside_org"] = 1.0
    elif any(_inside(m, org_spans) for m in place.mentions):
        out["some_inside_org"] = 1.0
    low = place.name.lower()
    if any(o.name.lower().endswith(" " + low) for o in organizations):
        out["seat_of_org"] = 1.0
    if event.organizer and low in event.organizer.lower():
        out["in_organizer_name"] = 1.0
    if any(o.name == place.name for o in organizations):
        out["also_organization"] = 1.0
    out.update(_mention_features(ctx, place.mentions))
    out.update(place_mention_features(ctx, place, AROUND_MENTIONS))
    return out
