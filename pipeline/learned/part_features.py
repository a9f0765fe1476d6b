"""What a learned part decision reads about one person: the rules' proposal and the evidence around it.

Features are binary and named by kind: `rule=` the hand rules' part, `cue=` the cue sets the people
extractor found, `title=` the first word of each title (already a base form) and `title_kind=` its
kind, `org_head=` the first word of the person's organization, and the evidence around each mention
(`pipeline.learned.context_features`).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.event_roles import EVENT_ROLE_TITLES
from pipeline.learned.context_features import around, bucket
from pipeline.lexicon.titles import OFFICIAL_TITLES, STAFF_TITLES
from pipeline.models import Organization, Person
from pipeline.text.context import Context

#: Title kinds, so that a title the training pages never had still says something.
TITLE_CATEGORIES: dict[str, frozenset[str]] = {"staff": STAFF_TITLES, "official": OFFICIAL_TITLES,
                                               "event_role": EVENT_ROLE_TITLES}

def _body_position(ctx: Context, char: int) -> int:
    """Where `char` stands in the report, in fifths, counting no furniture line: a photo credit or a share line
    added above or under a report ("Fot. archiwum") moves no person's position in it."""
    lines = ctx.layout.lines
    before = sum(min(line.end, char) - line.start for line in lines if line.start < char)
    total = len(ctx.norm) - sum(line.end - line.start for line in lines)
    return min(4, 5 * max(0, char - before) // max(1, total))


def _at(org: str | None, organizer: Organization | None) -> bool:
    return bool(org) and organizer is not None and org in (organizer.name, organizer.acronym)


def _head(org: str) -> str:
    """'Stowarzyszenie X' -> 'stowarzyszenie'; an acronym -> 'ACRONYM'."""
    word = org.split()[0]
    return "ACRONYM" if word.isupper() and len(word) > 1 else word.lower()


def part_features(ctx: Context, person: Person, cues: set[str], rule: str, organizer: Organization | None,
                  event_type: str, co_organizers: Sequence[str] = ()) -> dict[str, float]:
    """Binary features of one merged person (all their mentions)."""
    out: dict[str, float] = {f"rule={rule}": 1.0, f"etype={event_type}": 1.0}
    orgs = [o for o in [*(r.organization for r in person.roles), person.affiliation] if o]
    for org in orgs:
        out[f"org_head={_head(org)}"] = 1.0
        if org in co_organizers:
            out["org_is_co_organizer"] = 1.0
    for role in person.roles:
        for category, titles in TITLE_CATEGORIES.items():
            if role.title in titles or role.title.split()[0] in titles:
                out[f"title_kind={category}"] = 1.0
    out.update({f"cue={c}": 1.0 for c in cues})
    if not cues:
        out["no_cue"] = 1.0
    for role in person.roles:
        words = role.title.split()
        out[f"title={words[0]}"] = 1.0
        out[f"title={words[0]}+rule={rule}"] = 1.0
        if len(words) > 1:
            out["title_long"] = 1.0
        if role.organization:
            out["role_org"] = 1.0
            if _at(role.organization, organizer):
                out["role_org_is_organizer"] = 1.0
    if not person.roles:
        out["no_title"] = 1.0
    if person.affiliation:
        out["affiliation"] = 1.0
        if _at(person.affiliation, organizer):
            out["affiliation_is_organizer"] = 1.0
    if organizer is None:
        out["no_organizer"] = 1.0
    if person.honorific:
        out[f"honorific={person.honorific.lower().rstrip('.')}"] = 1.0
    out[f"mentions={bucket(len(person.mentions))}"] = 1.0
    if person.mentions:
        first = min(m.start for m in person.mentions)
        out[f"position={_body_position(ctx, first)}"] = 1.0
    for m in person.mentions:
        out.update(around(ctx, m.start, m.end, person=True))
    return out
