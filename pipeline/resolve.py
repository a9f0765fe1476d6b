"""Merge mentions into entities and choose the event's values.

Event date: among date mentions with role "event", the one with a lead-in
("w dniu", "w dniach", "dnia", a weekday, "odbył się") wins; then a stated year
beats an inferred one; then a range beats a single day; then the earliest in the
text. Partial dates (no year anywhere) never become the event date.

Attendance: among figures with role "event", a total with a women/men split wins,
then a total near an attendance verb, then the first total; when the text gives
only per-group figures, the event figure is their sum. A missing men (or women)
count is derived as total minus the other only when both are stated.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.attendance import extract_attendance
from pipeline.extract.dates import extract_dates, has_lead_in
from pipeline.extract.event_type import classify
from pipeline.extract.organizations import (
    OrgMention,
    co_organizer_score,
    extract_organizations,
    initials,
    organizer_score,
    our_heads,
    own_voice,
)
from pipeline.extract.people import COORDINATED, EVENT_ROLE_TITLES, PersonMention, extract_people
from pipeline.extract.places import PlaceMention, extract_places
from pipeline.extract.relative_dates import EVENT_VERB, sentence_text
from pipeline.ingest.decode import Document
from pipeline.lexicon.words import NON_ORG_ACRONYMS, ORG_HEADS, noun_lemmas
from pipeline.models import (
    Attendance,
    AttendanceMention,
    DateMention,
    DocumentInfo,
    Event,
    Mention,
    Organization,
    Person,
    Place,
    Published,
    Report,
    Role,
    Teryt,
)
from pipeline.ner.spans import NerSpan
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: Titles of the organizer's own people when their institution is not named ("animatorka", "koordynator projektu").
STAFF_TITLES = frozenset({"animator", "koordynator", "doradca", "asystent", "opiekun", "specjalista", "mentor",
                          "konsultant", "trener", "pracownik", "instruktor"})


#: Public offices: their holders, when not the organizer's own people, are the event's guests.
OFFICIAL_TITLES = frozenset({"wójt", "wicewójt", "burmistrz", "wiceburmistrz", "starosta", "wicestarosta", "marszałek",
                             "wicemarszałek", "wojewoda", "wicewojewoda", "prezydent", "wiceprezydent", "poseł",
                             "senator", "minister", "wiceminister", "sekretarz stanu", "podsekretarz", "radny",
                             "przewodniczący rady", "europoseł", "premier", "sołtys", "konsul", "ambasador",
                             "biskup", "arcybiskup", "komendant"})


def _cues_by_name(mentions: list[PersonMention]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for pm in mentions:
        out.setdefault(pm.name.lower(), set()).update(pm.cues)
    return out


def _acronym_of_organizer(name: str, organizer: Organization | None) -> bool:
    """'OWES' for 'Piotrkowski Ośrodek Wsparcia Ekonomii Społecznej': the tail of its initials."""
    if organizer is None or not name.isupper():
        return False
    return len(name) >= 3 and initials(organizer.name).endswith(name)


def _part(person: Person, cues: set[str], organizer: Organization | None, others: set[str]) -> str:
    """What the person did at the event.

    organizer_staff: their role is at the organizer (or a staff title with no other institution), whatever
    they did; speaker: a talk verb or label ("wygłosił", "Prowadzący:"); guest: greeted, opened, visited;
    participant: named among participants or laureates; other.
    """
    at_organizer = organizer is not None and any(
        org and (org == organizer.name or org == organizer.acronym)
        for org in [*(r.organization for r in person.roles), person.affiliation])
    own = {organizer.name, organizer.acronym} if organizer else set()
    staff_title = any(r.title.split()[0] in STAFF_TITLES and (
        r.organization is None or r.organization in own or r.organization not in others
        or _acronym_of_organizer(r.organization, organizer))
        for r in person.roles)
    if at_organizer or staff_title:
        return "organizer_staff"  # the organizer's own people, also when they speak
    if "speaker" in cues or any(r.title in EVENT_ROLE_TITLES for r in person.roles):
        return "speaker"
    if "participant" in cues and "guest" not in cues:
        return "participant"
    if "guest" in cues or any(r.title.split()[0] in OFFICIAL_TITLES for r in person.roles):
        return "guest"  # officials who are not the organizer's people come as guests
    if "participant" in cues:
        return "participant"
    return "other"
_ATTENDANCE_VERBS = ("uczestnicz", "udział", "przybył", "przybyło", "zgromadz", "obecn", "wzięł", "wzięli",
                     "frekwencj", "przyszł", "przyjecha", "odwiedził", "wyjechał",
                     "wyjechało", "pojechał", "ukończył", "zjawił")


def _dedupe_spans(spans: list[NerSpan], label: str) -> list[tuple[int, int, str]]:
    """Overlapping spans of one label: keep the longer (then the more confident)."""
    chosen: list[NerSpan] = []
    taken = bytearray(max((s.end for s in spans), default=0))  # characters already covered: linear time
    for s in sorted((s for s in spans if s.label == label), key=lambda s: (-(s.end - s.start), -s.confidence)):
        if taken.find(1, s.start, s.end) < 0:
            chosen.append(s)
            taken[s.start:s.end] = b"\x01" * (s.end - s.start)
    return [(s.start, s.end, s.source) for s in sorted(chosen, key=lambda s: s.start)]


def build_report(ctx: Context, document: Document, spans: list[NerSpan]) -> Report:
    dates = extract_dates(ctx)
    figures = extract_attendance(ctx)
    etype, etype_mention = classify(ctx)
    person_mentions = extract_people(ctx, [(s, e) for s, e, _ in _dedupe_spans(spans, "PER")])
    person_spans = [(p.mention.start, p.mention.end) for p in person_mentions]
    org_spans = [s for s in _dedupe_spans(spans, "ORG") if not _inside(s, person_spans)]
    org_mentions = extract_organizations(ctx, org_spans)
    loc_spans = [s for s in _dedupe_spans(spans, "LOC") if not _inside(s, person_spans)]
    place_mentions = extract_places(ctx, loc_spans)

    organizations, org_by_mention = _merge_orgs(ctx, org_mentions)
    place_mentions += _institutions_as_venues(ctx, org_mentions, org_by_mention)
    places = _merge_places(place_mentions)
    event = Event(type=etype, type_evidence=etype_mention)  # type: ignore[arg-type]
    _choose_dates(ctx, event, dates)
    event.attendance = _choose_attendance(ctx, figures)
    _choose_organizer(ctx, event, org_mentions, org_by_mention)
    organizer = next((o for o in organizations if o.name == event.organizer), None)
    people = _merge_people(ctx, person_mentions, org_mentions, org_by_mention, place_mentions)
    _share_affiliation(ctx, person_mentions, people)
    cues_by_name = _cues_by_name(person_mentions)
    for person in people:
        # an organization named only by an acronym ("Animatorzy OWES") may be the organizer itself: not "other"
        others = {o.name for o in organizations if o is not organizer and o.name != o.acronym} | {
            o.acronym for o in organizations if o is not organizer and o.acronym and o.name != o.acronym}
        person.part = _part(person, cues_by_name.get(person.name.lower(), set()), organizer, others)  # type: ignore[assignment]
        if person.part == "organizer_staff" and organizer is not None:
            # "Animatorzy OWES" at the Piotrkowski OWES: the organizer's acronym names the organizer
            for role in person.roles:
                if role.organization and _acronym_of_organizer(role.organization, organizer):
                    role.organization = organizer.name
    report = Report(
        document=_document_info(ctx, document),
        event=event, dates=dates, attendance=figures, people=people,
        organizations=organizations, places=places, warnings=list(dict.fromkeys(ctx.warnings)),
    )
    report.missing = missing_fields(report)
    return report


def _document_info(ctx: Context, document: Document) -> DocumentInfo:
    page_date = ctx.layout.published
    published = None
    if page_date is not None:
        evidence = ctx.mention(page_date.start, page_date.end, "text.layout", 0.9, page_date.rule)
        published = Published(date=page_date.date, evidence=evidence)
    ref = ctx.reference
    return DocumentInfo(
        id=document.id, source=document.source, sha256=document.sha256, encoding=document.encoding,
        chars=len(document.text), title=document.title, published=published, metadata_date=document.metadata_date,
        reference_date=ref.date.isoformat() if ref else None,
        reference_anchor=ref.anchor if ref else None,  # type: ignore[arg-type]
    )


def _share_affiliation(ctx: Context, mentions: list[PersonMention], people: list[Person]) -> None:
    """"prowadzili Anna Kos i Piotr Wilk z Fundacji X": both come from X."""
    by_name = {p.name.lower(): p for p in people}
    for prev, cur in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        first, second = by_name.get(prev.name.lower()), by_name.get(cur.name.lower())
        if first is None or second is None or first.affiliation or not second.affiliation \
                or any(r.organization for r in first.roles):
            continue
        if COORDINATED.match(ctx.norm[prev.mention.end:cur.mention.start]):
            first.affiliation = second.affiliation


def _inside(span: tuple[int, int, str], others: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in others)


def missing_fields(report: Report) -> list[str]:
    ev = report.event
    missing = []
    if ev.type_evidence is None:
        missing.append("event_type")  # "inne" with evidence ("rajd", "wigilia") is a known type
    if ev.date_start is None:
        missing.append("date")  # a partial date ("--05-14") is still missing here; `check` may accept it
    if not report.places:
        missing.append("place")
    if ev.organizer is None:
        missing.append("organizer")
    if ev.attendance.total is None:
        missing.append("attendance_total")
    if ev.attendance.women is None or ev.attendance.men is None:
        missing.append("attendance_split")
    return missing


# --- organizations -------------------------------------------------------------------------

def _merge_orgs(ctx: Context, mentions: list[OrgMention]) -> tuple[list[Organization], dict[int, Organization]]:
    entities: dict[str, Organization] = {}
    by_mention: dict[int, Organization] = {}
    full = [m for m in mentions if m.mention.rule != "acronym"]
    for m in full:
        key = m.name.lower()
        org = entities.get(key)
        if org is None:
            org = entities[key] = Organization(name=m.name, acronym=m.acronym)
        elif org.acronym is None and m.acronym:
            org.acronym = m.acronym
        org.mentions.append(m.mention)
        by_mention[id(m)] = org
    # generic back-references ("Prezes Spółdzielni") are not entities of their own
    for m in [m for m in full if len(m.name.split()) == 1 and m.acronym is None]:
        org = by_mention[id(m)]
        if len(org.mentions) == 1 and any(o is not org and m.head and o.name.lower().startswith(m.name.lower()[:5])
                                          for o in entities.values()):
            entities.pop(m.name.lower(), None)
    for m in [m for m in mentions if m.mention.rule == "acronym"]:
        org = next((o for o in entities.values() if o.acronym == m.name), None)
        if org is None:
            org = next((o for o in entities.values() if initials(o.name) == m.name), None)
            if org is not None and org.acronym is None:
                org.acronym = m.name
        if org is None:
            if not _standalone_acronym(ctx, m):
                continue  # a fund, a programme, a shouted word, a tag in the page's furniture
            org = entities[m.name.lower()] = Organization(name=m.name, acronym=m.name)  # named only by its acronym
        org.mentions.append(m.mention)
        by_mention[id(m)] = org
    orgs = list(entities.values())
    for o in orgs:
        o.mentions.sort(key=lambda x: x.start)
    orgs.sort(key=lambda o: o.mentions[0].start)
    return orgs, by_mention


#: An acronym used alone names an organization when it is this short (longer capitals are shouted words).
MAX_ACRONYM_LETTERS = 6


def _standalone_acronym(ctx: Context, m: OrgMention) -> bool:
    """'zorganizowane przez PUP': an acronym the text never spells out is an organization unless it names a
    fund or a kind (`NON_ORG_ACRONYMS`), is a word in capitals ('SZKOLENIE', a heading in a shouted run),
    or lies in the page's furniture."""
    name = m.name
    if name in NON_ORG_ACRONYMS or len(name) > MAX_ACRONYM_LETTERS or ctx.furniture_at(m.mention.start):
        return False
    if len(name) >= 4 and any(a.pos not in ("ign", "brev") and not a.names for a in analyse(name.lower())):
        return False  # a dictionary word in capitals ("SZKOLENIE"; three letters are too often both: "PUP")
    line_start = ctx.norm.rfind("\n", 0, m.mention.start) + 1
    line_end = ctx.norm.find("\n", m.mention.end)
    line = ctx.norm[line_start:len(ctx.norm) if line_end < 0 else line_end]
    words = [w for w in re.findall(r"[^\W\d_]{2,}", line)]
    return not (len(words) >= 2 and sum(w.isupper() for w in words) > len(words) / 2)  # a shouted line


def _choose_organizer(ctx: Context, event: Event, mentions: list[OrgMention], by_mention: dict[int, Organization]) -> None:
    best: tuple[float, int, OrgMention] | None = None
    for m in mentions:
        if id(m) not in by_mention:
            continue
        score = organizer_score(ctx, m.mention)
        if score >= 0.5 and (best is None or (score, -m.mention.start) > (best[0], -best[1])):
            best = (score, m.mention.start, m)
    if best is None or best[0] < 0.9:
        ours = our_heads(ctx)
        if ours:
            # "nasz Ośrodek": the organization of that kind the report names most, the signature last
            named = [m for m in mentions if id(m) in by_mention and m.head in ours]
            if named:
                counts: dict[int, int] = {}
                for m in named:
                    counts[id(by_mention[id(m)])] = counts.get(id(by_mention[id(m)]), 0) + 1
                pick = max(named, key=lambda m: (counts[id(by_mention[id(m)])], m.mention.start))
                best = (0.8, pick.mention.start, pick)
    if best is None and own_voice(ctx):
        head = [m for m in mentions if id(m) in by_mention and m.mention.start < 600]
        if head:
            best = (0.5, head[0].mention.start, head[0])
    if best is not None:
        org = by_mention[id(best[2])]
        event.organizer = org.name
        event.organizer_evidence = best[2].mention.model_copy(update={"confidence": round(0.6 + 0.35 * best[0], 3)})
    event.co_organizers = _co_organizers(ctx, event, mentions, by_mention, best[2] if best else None)


#: what may stand between coordinated names: "X, Y i Z", "X oraz Y"
_COORDINATION = re.compile(r"^\s*(?:,|,?\s+i|,?\s+oraz|,?\s+a\s+także|/)\s*$")


def _co_organizers(
    ctx: Context, event: Event, mentions: list[OrgMention], by_mention: dict[int, Organization],
    organizer: OrgMention | None,
) -> list[str]:
    """Co-organizers: the names coordinated with the organizer ("Organizatorami byli X, Y i Z"), and
    those after a co-organizer cue with the names coordinated with them."""
    named = sorted((m for m in mentions if id(m) in by_mention), key=lambda m: m.mention.start)
    chosen: list[OrgMention] = []
    for k, m in enumerate(named):
        if co_organizer_score(ctx, m.mention) >= 0.5 or m is organizer:
            chain = [m]
            for nxt in named[k + 1:]:
                if not _COORDINATION.match(ctx.norm[chain[-1].mention.end:nxt.mention.start]):
                    break
                chain.append(nxt)
            chosen.extend(chain if m is not organizer else chain[1:])
    out: list[str] = []
    for m in chosen:
        name = by_mention[id(m)].name
        if name != event.organizer and name not in out:
            out.append(name)
    return out


_VENUE_LEFT = re.compile(r"\b(?:w|we|na terenie|w siedzibie|w sali\s+\w+|w sali|w pracowni\s+\w+|w auli)\s+$",
                         re.IGNORECASE)
_HAPPENED = re.compile(r"\b(odby\w+|odbywa\w*|miał\w* miejsce|gości\w*|zorganizowan\w*|przeprowadzon\w*|"
                       r"zajęcia|spotkali|spotkanie)\b", re.IGNORECASE)


def _institutions_as_venues(
    ctx: Context, mentions: list[OrgMention], by_mention: dict[int, Organization]
) -> list[PlaceMention]:
    """An institution the event took place in ("w Miejskim Ośrodku Kultury odbyło się…") is also its venue."""
    out = []
    for m in mentions:
        if id(m) not in by_mention or m.mention.rule == "acronym":
            continue
        if not _VENUE_LEFT.search(ctx.left(m.mention.start, 40)):
            continue
        sent = ctx.sentence_of(m.mention.start)
        if sent is None or not _HAPPENED.search(ctx.norm[sent.start_char:sent.end_char]):
            continue
        venue = m.mention.model_copy(update={"extractor": "extract.places", "rule": "institution_venue"})
        out.append(PlaceMention(by_mention[id(m)].name, "venue", venue))
    return out


# --- places ----------------------------------------------------------------------------------

def _merge_places(mentions: list[PlaceMention]) -> list[Place]:
    entities: dict[tuple[str, str], Place] = {}
    for m in mentions:
        key = (m.name.lower(), m.kind)
        place = entities.get(key)
        if place is None:
            place = entities[key] = Place(name=m.name, kind=m.kind)  # type: ignore[arg-type]
        place.mentions.append(m.mention)
    places = sorted(entities.values(), key=lambda p: p.mentions[0].start)
    _attach_teryt(places)
    return places


def _attach_teryt(places: list[Place]) -> None:
    try:
        from pipeline.lexicon.teryt import resolve, teryt_model
    except ImportError:
        return
    hints = [p.name for p in places if p.kind in ("region", "locality")]
    for p in places:
        if p.kind != "locality":
            continue
        match, count = resolve(p.name, [h for h in hints if h != p.name])
        p.teryt_candidates = count
        if match is not None:
            p.teryt = Teryt(**teryt_model(match))


# --- people ----------------------------------------------------------------------------------

def _merge_people(
    ctx: Context,
    mentions: list[PersonMention],
    org_mentions: list[OrgMention],
    org_by_mention: dict[int, Organization],
    place_mentions: list[PlaceMention],
) -> list[Person]:
    entities: dict[str, Person] = {}
    for pm in mentions:
        key = pm.name.lower()
        person = entities.get(key)
        if person is None:
            person = entities[key] = Person(name=pm.name, gender=pm.gender)  # type: ignore[arg-type]
        if pm.honorific and not person.honorific:
            person.honorific = pm.honorific
        person.mentions.append(pm.mention)
        if person.affiliation is None:
            person.affiliation = _affiliation(ctx, pm, org_mentions, org_by_mention)
        for role, span in zip(pm.roles, pm.role_org_spans, strict=True):
            org_name = _role_organization(ctx, span, role, org_mentions, org_by_mention, place_mentions)
            resolved = Role(title=role.title, organization=org_name, mention=role.mention)
            if not any(r.title == resolved.title and r.organization == resolved.organization for r in person.roles):
                person.roles.append(resolved)
    return sorted(entities.values(), key=lambda p: p.mentions[0].start)


_FROM = re.compile(r"\s*,?\s*(?:z|ze|reprezentując\w*|w imieniu)\s+|\s*[(\[]\s*|\s*[-–—]\s*", re.IGNORECASE)


def _affiliation(
    ctx: Context, pm: PersonMention, org_mentions: list[OrgMention], org_by_mention: dict[int, Organization]
) -> str | None:
    """'Henryk Lindner z Uniwersytetu Opolskiego': the institution right after 'z' following the name."""
    for m in org_mentions:
        if id(m) in org_by_mention and pm.mention.end <= m.mention.start <= pm.mention.end + 20:
            if _FROM.fullmatch(ctx.norm[pm.mention.end:m.mention.start]):
                return org_by_mention[id(m)].name
    return None


def _role_organization(
    ctx: Context,
    span: tuple[int, int] | None,
    role: Role,
    org_mentions: list[OrgMention],
    org_by_mention: dict[int, Organization],
    place_mentions: list[PlaceMention],
) -> str | None:
    if span is None:
        return None
    start, end = span
    overlapping = [m for m in org_mentions if m.mention.start < end and start < m.mention.end]
    for m in overlapping:
        if id(m) in org_by_mention:
            return org_by_mention[id(m)].name
    raw = ctx.text[start:end].strip()
    acronym = raw.split()[0] if raw.split() else ""
    if acronym.isupper() and len(acronym) >= 2:
        for org in {id(o): o for o in org_by_mention.values()}.values():
            if org.acronym == acronym or initials(org.name) == acronym or initials(org.name).startswith(acronym):
                return org.name
    for m in place_mentions:
        if m.mention.start < end and start < m.mention.end:
            return m.name
    # a bare head noun refers back to the nearest institution of that kind ("Prezes Zarządu Spółdzielni")
    head = overlapping[0].head if overlapping else _bare_head(ctx, start, end)
    if head:
        before = [m for m in org_mentions if m.head == head and m.mention.end <= start and id(m) in org_by_mention]
        if before:
            return org_by_mention[id(before[-1])].name
    return _base_of_raw(ctx, start, end) or None


def _base_of_raw(ctx: Context, start: int, end: int) -> str:
    """A role's institution no extractor claimed, in its base form where morphology allows."""
    from pipeline.extract.organizations import phrase_base
    from pipeline.lexicon.places import locality_base

    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    raw = ctx.text[start:end].strip()
    if span is None:
        return raw
    tokens = [t for t in span if not t.is_space]
    if any(noun_lemmas(t) & ORG_HEADS for t in tokens):
        return phrase_base(tokens, ORG_HEADS, ctx.text)[0]
    if all(t.text[:1].isupper() for t in tokens if t.is_alpha) and any(
            "nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names for t in tokens for a in t._.morf):
        return locality_base(tokens)
    return raw


def _bare_head(ctx: Context, start: int, end: int) -> str | None:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len([t for t in span if t.is_alpha]) != 1:
        return None
    heads = noun_lemmas(span[0]) & ORG_HEADS
    return next(iter(heads), None)


# --- dates -----------------------------------------------------------------------------------

#: days between consecutive sessions of one event written as separate dates ("4.05 w A oraz 5.05 w B")
SESSION_GAP_DAYS = 2


def _choose_dates(ctx: Context, event: Event, dates: list[DateMention]) -> None:
    """The event's dates: body dates only (furniture never), the best-supported one, widened to a
    span by the dates of the same event's other sessions in the same or the next sentence."""
    body = [d for d in dates if d.role == "event" and not d.in_furniture and d.event_day is None]
    candidates = [d for d in body if d.date_start]
    if not candidates:
        partial = next((d for d in body if d.partial and d.partial.startswith("--")), None)
        if partial is not None:
            ctx.warnings.append("the event date has no year; left partial")
            event.date_partial_start = partial.partial
            event.date_partial_end = partial.partial_end or partial.partial
            event.date_evidence = _plain_mention(partial)
        return

    def rank(d: DateMention) -> tuple[int, int, int, int, int, int]:
        return (
            1 if has_lead_in(ctx, d) else 0,
            1 if EVENT_VERB.search(sentence_text(ctx, d.start)) else 0,
            0 if d.relative else 1,
            0 if d.year_inferred else 1,
            1 if d.date_end != d.date_start else 0,
            -d.start,
        )
    best = max(candidates, key=rank)
    start, end = best.date_start, best.date_end or best.date_start
    start, end = _session_span(ctx, best, candidates, start, end)  # type: ignore[arg-type]
    event.date_start, event.date_end = start, end
    event.date_evidence = _plain_mention(best)
    for d in dates:
        if d.event_day is not None and d.event_day > 0 and best.date_start:
            day = dt.date.fromisoformat(best.date_start) + dt.timedelta(days=d.event_day - 1)
            if best.date_end and day.isoformat() <= best.date_end:
                d.date_start = d.date_end = day.isoformat()


def _session_span(
    ctx: Context, best: DateMention, candidates: list[DateMention], start: str, end: str
) -> tuple[str, str]:
    """Grow [start, end] by event dates in the best date's sentence or the next one, while each lies
    within SESSION_GAP_DAYS of the span: the sessions of one event, not a second event."""
    sent = ctx.sentence_of(best.start)
    if sent is None:
        return start, end
    lo = sent.start_char
    nxt = ctx.sentence_of(sent.end_char + 1) if sent.end_char + 1 < len(ctx.norm) else None
    hi = nxt.end_char if nxt is not None else sent.end_char
    near = sorted((d for d in candidates if d is not best and lo <= d.start < hi and not d.relative),
                  key=lambda d: d.date_start or "")
    changed = True
    while changed:
        changed = False
        for d in near:
            d_start, d_end = d.date_start or "", d.date_end or d.date_start or ""
            if d_start < start and _gap(d_end, start) <= SESSION_GAP_DAYS:
                start, changed = d_start, True
            if d_end > end and _gap(end, d_start) <= SESSION_GAP_DAYS:
                end, changed = d_end, True
    return start, end


def _gap(earlier: str, later: str) -> int:
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _plain_mention(m: Mention) -> Mention:
    """The Mention part of a DateMention or AttendanceMention, for evidence fields."""
    return Mention(**{k: getattr(m, k) for k in Mention.model_fields})


# --- attendance ------------------------------------------------------------------------------

def _choose_attendance(ctx: Context, figures: list[AttendanceMention]) -> Attendance:
    event_figs = [f for f in figures if f.role == "event" and (f.total is not None or f.women is not None
                                                                   or f.men is not None or f.vague)]
    if not event_figs:
        return Attendance()
    groups = [f for f in event_figs if f.group]
    plain = [f for f in event_figs if not f.group]
    if not [f for f in plain if not f.vague] and len(groups) >= 2:
        att = Attendance(
            total=sum(f.total or 0 for f in groups),
            women=sum(f.women for f in groups if f.women is not None) if any(f.women is not None for f in groups) else None,
            men=sum(f.men for f in groups if f.men is not None) if all(f.men is not None for f in groups) else None,
            approximate=any(f.approximate for f in groups),
            summed_groups=True,
            evidence=[_plain_mention(f) for f in groups],
        )
        return _derive(att, groups_women_complete=all(f.women is not None for f in groups))

    def rank(f: AttendanceMention) -> tuple[int, int, int, int]:
        left = ctx.left(f.start, 35).lower() + " " + ctx.right(f.end, 25).lower()
        return (
            1 if (f.women is not None or f.men is not None) and f.total is not None else 0,
            1 if any(v in left for v in _ATTENDANCE_VERBS) else 0,
            0 if f.vague else 1,
            -f.start,
        )
    best = max(plain or event_figs, key=rank)
    if rank(best)[0] == 0 and rank(best)[1] == 0 and not _attendance_sentence(ctx, best):
        return Attendance()  # "czeka 17 osób", "pięciu mówców": a count, but nobody says they attended
    att = Attendance(total=best.total, women=best.women, men=best.men, approximate=best.approximate,
                     evidence=[_plain_mention(best)])
    return _derive(att, groups_women_complete=True)


#: words that make a sentence's head count the event's attendance
_ATTENDANCE_SENTENCE = re.compile(
    r"\b(uczestni\w+|udział\w*|przybył\w*|przybyli|zgromadzi\w*|obecn\w+|wzięł\w+|wzięli|frekwencj\w*|"
    r"goś\w+|słuchacz\w*|zebrał\w*|zebrali|bawił\w*|bawiło|świętował\w*|spotkał\w*|odwiedził\w*|"
    r"skorzystał\w*|zapisał\w*|zarejestrowa\w+|przeszkolon\w*|ukończył\w*|wyjechał\w*|pojechał\w*|"
    r"nadesła\w*|zgłosi\w*|rywalizow\w*|startował\w*|grupa|grupy|osób|osoby)\b", re.IGNORECASE)
_CAPACITY = re.compile(r"\b(mog\w+|może|jednocześnie|mieści\w*|pomieści\w*|przygotowan\w*\s+dla|dla\s+maks)",
                       re.IGNORECASE)


def _attendance_sentence(ctx: Context, figure: AttendanceMention) -> bool:
    sent = ctx.sentence_of(figure.start)
    text = ctx.norm[sent.start_char:sent.end_char] if sent is not None else ctx.norm[figure.start:figure.end]
    verbs = _ATTENDANCE_SENTENCE.findall(text)
    return bool([v for v in verbs if v.lower() not in ("osób", "osoby", "grupa", "grupy")]) and not _CAPACITY.search(text)


def _derive(att: Attendance, groups_women_complete: bool) -> Attendance:
    if att.total is not None and att.women is not None and att.men is None and groups_women_complete \
            and att.total >= att.women and not att.approximate:
        att.men, att.men_derived = att.total - att.women, True
    elif att.total is not None and att.men is not None and att.women is None and att.total >= att.men \
            and not att.approximate:
        att.women, att.women_derived = att.total - att.men, True
    return att


