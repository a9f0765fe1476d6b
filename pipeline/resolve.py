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

from pipeline.extract.attendance import extract_attendance
from pipeline.extract.dates import extract_dates
from pipeline.extract.event_roles import heads_unit
from pipeline.extract.event_type import choose_type, type_scores
from pipeline.extract.organizations import extract_organizations, initials
from pipeline.extract.people import PersonMention, extract_people
from pipeline.extract.places import extract_places
from pipeline.extract.roles import EVENT_ROLE_TITLES
from pipeline.extract.unit_bodies import unit_bodies
from pipeline.ingest.decode import Document
from pipeline.learned.affiliations import decide_affiliations
from pipeline.learned.event_types import decide_type
from pipeline.learned.org_extents import decide_org_extents
from pipeline.learned.organizer import apply_rerank
from pipeline.learned.part_features import part_features
from pipeline.learned.parts import decide_part
from pipeline.learned.place_candidates import add_place_candidates
from pipeline.learned.roles import decide_roles
from pipeline.learned.span_filter import filter_organizations, filter_places
from pipeline.lexicon.titles import LECTURER_TITLES, OFFICIAL_TITLES, STAFF_TITLES
from pipeline.models import DocumentInfo, Event, Organization, Person, Published, Report
from pipeline.ner.spans import NerSpan
from pipeline.resolve_entities import (
    institutions_as_venues,
    merge_orgs,
    merge_places,
    rooms_of_institutions,
    split_nested,
)
from pipeline.resolve_event import choose_attendance, choose_dates
from pipeline.resolve_organizer import choose_organizer
from pipeline.resolve_origins import our_titles
from pipeline.resolve_people import council_members, merge_people, share_affiliation
from pipeline.resolve_people_clubs import team_people
from pipeline.text.context import Context
from pipeline.text.layout_rules import CAPTION, MENU, TRAILING_KINDS
from pipeline.text.morphology import analyse


def _cues_by_name(mentions: list[PersonMention]) -> dict[str, set[str]]:
    """Each name's cues; a guest label ("Gośćmi byli A i B") counts as the guest cue (`_labelled_guests`)."""
    out: dict[str, set[str]] = {}
    for pm in mentions:
        out.setdefault(pm.name.lower(), set()).update(pm.cues - {"guest_label"})
    return out


def _labelled_guests(mentions: list[PersonMention]) -> set[str]:
    """The names the text labels as the event's guests: stated, so the rules' guest stands over the model."""
    return {pm.name.lower() for pm in mentions if "guest_label" in pm.cues}


def _acronym_of_organizer(name: str, organizer: Organization | None) -> bool:
    """'OWES' for 'Piotrkowski Ośrodek Wsparcia Ekonomii Społecznej': the tail of its initials."""
    if organizer is None or not name.isupper():
        return False
    return len(name) >= 3 and initials(organizer.name).endswith(name)


#: First words of public offices' names: their people at someone else's event are its guests.
PUBLIC_OFFICES = frozenset({"urząd", "starostwo", "ministerstwo", "kancelaria", "sejm", "senat", "sejmik",
                            "parlament", "komisja", "kuratorium", "wojewoda", "marszałek", "prezydent"})


def _of_a_kind(title: str) -> bool:
    """'koordynator projektów': a plural complement describes a trade, not a post at this event."""
    words = title.split()
    return len(words) == 2 and all(a.pos == "subst" and a.number == "pl" and "gen" in a.cases
                                   for a in analyse(words[1]) if a.pos in ("subst", "ger"))


def _public_office(name: str | None) -> bool:
    return bool(name) and any(w.lower() in PUBLIC_OFFICES for w in name.split()[:3])  # type: ignore[union-attr]


def _youth_body(name: str | None) -> bool:
    """'Młodzieżowa Rada Miasta X', 'Młodzieżowy Sejmik': a youth council's councillors are no public officials."""
    return bool(name) and name.lower().startswith("młodzieżow")  # type: ignore[union-attr]


def _shortened(org: str, name: str) -> bool:
    """'prezes Uniwersytetu Trzeciego Wieku' at the 'Margoniński Uniwersytet Trzeciego Wieku': the organizer's name
    without the qualifier before it (two words at least, so a bare head noun does not count)."""
    return len(org.split()) >= 2 and name.lower().endswith(" " + org.lower())


#: Members of a body that judges ("W skład Kapituły weszli", "członek komisji konkursowej"): a jury's part.
_JUDGING_MEMBERS = frozenset({"członek kapituły", "członek jury", "członek komisji konkursowej"})
#: Titles of the organizing side: an organizer, and who conceived or initiated the event ("pomysłodawca konferencji",
#: docs/annotation.md: the initiators act for the organizing side, 634).
_ORGANIZING_TITLES = frozenset({"organizator", "współorganizator", "pomysłodawca", "inicjator"})
#: A team's coaches: at a contest they neither compete nor speak (docs/annotation.md: sports, like the referee).
_COACHES = frozenset({"trener", "szkoleniowiec"})


def _contest_coach(person: Person, cues: set[str], organizer: Organization | None, event_type: str | None) -> bool:
    """A coach at a contest ("trener Jan Kos" at a ski-jumping competition), not the organizer's and not said to run
    a session: he is mentioned (`other`), whatever the model guesses from "trener" as a trainer's title."""
    own = {organizer.name, organizer.acronym} - {None} if organizer else set()
    return event_type == "konkurs" and "speaker" not in cues and any(
        r.title.split()[0] in _COACHES for r in person.roles) and not any(r.organization in own for r in person.roles)


def _part(person: Person, cues: set[str], organizer: Organization | None, others: set[str]) -> str:
    """What the person did at the event.

    organizer_staff: their role is at the organizer (or a staff title with no other institution), whatever
    they did; speaker: a talk verb or label ("wygłosił", "Prowadzący:"); guest: greeted, opened, visited;
    participant: named among participants or laureates; other.
    """
    at_organizer = organizer is not None and any(
        org and (org == organizer.name or org == organizer.acronym or _shortened(org, organizer.name))
        for org in [*(r.organization for r in person.roles), person.affiliation])
    own = {organizer.name, organizer.acronym} - {None} if organizer else set()
    elsewhere = bool(person.affiliation) and person.affiliation not in own  # "opiekunowie" of another body's group
    staff_title = any(r.title.split()[0] in STAFF_TITLES and (
        (r.organization is None and not elsewhere) or r.organization in own
        or (r.organization is not None and r.organization not in others)
        or (r.organization is not None and _acronym_of_organizer(r.organization, organizer)))
        for r in person.roles)
    speaks = "speaker" in cues or any(r.title in EVENT_ROLE_TITLES - {"moderator"} for r in person.roles)
    if staff_title and not at_organizer and speaks and all(
            r.organization is None and (r.title.split()[0] in LECTURER_TITLES or _of_a_kind(r.title))
            for r in person.roles if r.title.split()[0] in STAFF_TITLES):
        return "speaker"  # "animator, filmowiec – poprowadził warsztaty": a lecturer, not the organizer's head
    organizes = any(r.title.split()[0] in _ORGANIZING_TITLES for r in person.roles)
    heads = organizer is not None and any(heads_unit(r.title, r.organization, organizer.name) for r in person.roles)
    if at_organizer or heads or "organizer" in cues or staff_title or organizes:
        return "organizer_staff"  # the organizer's own people, also when they speak; "X – współorganizatorka"
    if "jury" in cues or any(r.title in _JUDGING_MEMBERS for r in person.roles):
        return "other"  # jurors from outside the organizer; members of a prize's chapter judge as a jury does
    if "speaker" in cues or any(r.title in EVENT_ROLE_TITLES for r in person.roles):
        return "speaker"
    if "participant" in cues and "guest" not in cues:
        return "participant"
    youth = any(_youth_body(o) for o in [person.affiliation, *(r.organization for r in person.roles)])
    if "guest" in cues or not youth and any(r.title.split()[0] in OFFICIAL_TITLES or _public_office(r.organization)
                                            for r in person.roles):
        return "guest"  # officials and public offices' people, not the organizer's, come as guests
    if "participant" in cues:
        return "participant"
    return "other"


def _dedupe_spans(spans: list[NerSpan], label: str) -> list[tuple[int, int, str]]:
    """Overlapping spans of one label: keep the longer (then the more confident)."""
    chosen: list[NerSpan] = []
    taken = bytearray(max((s.end for s in spans), default=0))  # characters already covered: linear time
    for s in sorted((s for s in spans if s.label == label), key=lambda s: (-(s.end - s.start), -s.confidence)):
        if taken.find(1, s.start, s.end) < 0:
            chosen.append(s)
            taken[s.start:s.end] = b"\x01" * (s.end - s.start)
    return [(s.start, s.end, s.source) for s in sorted(chosen, key=lambda s: s.start)]


#: Furniture whose places are no event's: comments, other articles, menus and a site's contact or copyright footer,
#: and photo captions ("Na zdjęciu: Anna Lis (Dom Kultury w Borku)": a body's seat named only there).
_NO_PLACE_KINDS = TRAILING_KINDS | {MENU, CAPTION}


def captioned_people(ctx: Context, people: list[Person]) -> None:
    """A person named only in a photo caption ("Na zdjęciu od lewej: …") is `other` with no organization
    (docs/annotation.md, Captions): the caption shows who stood there, not what they did or whom they represent."""
    for person in people:
        if person.mentions and all(ctx.furniture_at(m.start) == CAPTION for m in person.mentions):
            person.part, person.part_confidence, person.part_source = "other", None, "rules"
            person.affiliation = None
            for role in person.roles:
                role.organization = None


def build_report(ctx: Context, document: Document, spans: list[NerSpan]) -> Report:
    spans = [s for s in spans if ctx.furniture_at(s.start) not in TRAILING_KINDS]  # comments, other articles
    dates = extract_dates(ctx)
    figures = extract_attendance(ctx)
    type_evidence = type_scores(ctx)
    etype, etype_mention = decide_type(ctx, type_evidence, *choose_type(ctx, type_evidence))
    person_mentions = extract_people(ctx, [(s, e) for s, e, _ in _dedupe_spans(spans, "PER")])
    person_spans = [(p.mention.start, p.mention.end) for p in person_mentions]
    org_spans = [s for s in _dedupe_spans(spans, "ORG") if not _inside(s, person_spans)]
    org_mentions = split_nested(ctx, extract_organizations(ctx, org_spans) + unit_bodies(ctx))
    decide_org_extents(ctx, org_mentions)  # the learned extents (the rules' names stand without a model)
    loc_spans = [s for s in _dedupe_spans(spans, "LOC") if not _inside(s, person_spans)]
    place_mentions = [p for p in extract_places(ctx, loc_spans, taken=[(s.start, s.end) for s in spans])
                      if ctx.furniture_at(p.mention.start) not in _NO_PLACE_KINDS]

    organizations, org_by_mention = merge_orgs(ctx, org_mentions)
    place_mentions = rooms_of_institutions(ctx, place_mentions, org_mentions)
    place_mentions += institutions_as_venues(ctx, org_mentions, org_by_mention)
    places = merge_places(place_mentions)
    event = Event(type=etype, type_evidence=etype_mention)  # type: ignore[arg-type]
    choose_dates(ctx, event, dates)
    event.attendance = choose_attendance(ctx, figures)
    choose_organizer(ctx, event, org_mentions, org_by_mention)
    people = merge_people(ctx, person_mentions, org_mentions, org_by_mention, place_mentions)
    share_affiliation(ctx, person_mentions, people)
    cues_by_name = _cues_by_name(person_mentions)
    labelled = _labelled_guests(person_mentions)
    apply_rerank(ctx, event, organizations, people, cues_by_name)
    council_members(people, event.organizer)
    our_titles(ctx, people, event.organizer)  # "nasza trenerka X": the organizer's
    organizer = next((o for o in organizations if o.name == event.organizer), None) or next(
        (o for o in organizations if event.organizer and event.organizer.startswith(o.name + " w")), None)  # + seat
    for person in people:
        # an organization named only by an acronym ("Animatorzy OWES") may be the organizer itself: not "other"
        others = {o.name for o in organizations if o is not organizer and o.name != o.acronym} | {
            o.acronym for o in organizations if o is not organizer and o.acronym and o.name != o.acronym}
        cues = cues_by_name.get(person.name.lower(), set())
        rule = _part(person, cues, organizer, others)
        features = part_features(ctx, person, cues, rule, organizer, etype, event.co_organizers)
        person.part, person.part_confidence = decide_part(person.name, features, rule)  # type: ignore[assignment]
        if rule in ("organizer_staff", "other") and (person.part not in ("organizer_staff", "other") or rule != "other") \
                and ("jury" in cues or any(r.title in _JUDGING_MEMBERS for r in person.roles)):
            person.part, person.part_confidence = rule, None  # jurors: staff at the organizer, else other (docs: Parts)
        if (cues == {"author"} or cues == {"sponsor"}) and rule != "organizer_staff" or _contest_coach(
                person, cues, organizer, etype):
            person.part, person.part_confidence = "other", None  # named only as a work's author ("„X” Jana Kosa") or
            # as a sponsor ("Sponsorami byli: wójt X"): they did nothing the text tells at the event
        if rule == "guest" and person.name.lower() in labelled:
            person.part, person.part_confidence = rule, None  # "Gośćmi byli A i B": a stated label, as a juror's
        person.part_source = "rules" if person.part_confidence is None else "model"
        if person.part == "organizer_staff" and organizer is not None:
            # "Animatorzy OWES" at the Piotrkowski OWES: the organizer's acronym names the organizer
            for role in person.roles:
                if role.organization and _acronym_of_organizer(role.organization, organizer):
                    role.organization = organizer.name
    decide_roles(ctx, people)  # the learned titles (the rules' stand without a model), after the parts read them
    # the learned filters drop whole entries the rules proposed; each reads the other's full list
    kept_places = filter_places(ctx, places, organizations, event)
    named_organizations, organizations = organizations, filter_organizations(ctx, organizations, event, people, places)
    places = add_place_candidates(ctx, kept_places, organizations, event, people)  # learned: more than the rules
    decide_affiliations(ctx, people, named_organizations, event)  # the learned organization of each person
    team_people(ctx, people, named_organizations)  # a sports text's squad lists and scorers: stated, over the models
    captioned_people(ctx, people)
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


# --- places ----------------------------------------------------------------------------------


# --- people ----------------------------------------------------------------------------------


# --- dates -----------------------------------------------------------------------------------


# --- attendance ------------------------------------------------------------------------------


