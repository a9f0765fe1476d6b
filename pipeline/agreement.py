"""Inter-annotator agreement on the real-page set: a second pass's cards scored against the first's.

Kept apart from `pipeline.realset` (cards and texts) and `pipeline.evaluate` (scoring), which it uses both.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluate import EvaluationResult, compare, parse_gold
from pipeline.models import Attendance, DocumentInfo, Event, Organization, Person, Place, Published, Report, Role
from pipeline.realset import CARD_NAME


def card_as_report(card: dict) -> Report:
    """A second annotator's card in the shape of a `Report`, so that two passes are compared with the
    same matching rules as the extractor (`pipeline.evaluate.compare`): inter-annotator agreement."""
    att = card.get("attendance") or {}
    event = Event(
        type=card.get("event_type") or "inne", date_start=card.get("date_start"), date_end=card.get("date_end"),
        date_partial_start=card.get("date_partial_start"), date_partial_end=card.get("date_partial_end"),
        organizer=card.get("organizer"), co_organizers=list(card.get("co_organizers") or []),
        attendance=Attendance(total=att.get("total"), women=att.get("women"), men=att.get("men")),
    )
    parts = {"staff": "organizer_staff"}
    people = []
    for p in card.get("people") or []:
        roles = [Role(title=r if isinstance(r, str) else r["title"],
                      organization=None if isinstance(r, str) else r.get("organization"))
                 for r in p.get("roles") or []]
        people.append(Person(name=p["name"], roles=roles, affiliation=p.get("organization"),
                             part=parts.get(p.get("part") or "other", p.get("part") or "other")))
    published = card.get("published")
    return Report(
        document=DocumentInfo(id=str(card.get("id", "")), sha256="-", encoding="utf-8", chars=card.get("chars") or 0,
                              published=Published(date=published) if published else None),
        event=event, people=people,
        organizations=[Organization(name=o["name"], acronym=o.get("acronym")) for o in card.get("organizations") or []],
        places=[Place(name=p["name"], kind=p.get("kind") or "other") for p in card.get("places") or []],
    )


def agreement(dir_a: Path, dir_b: Path) -> EvaluationResult:
    """Pass B scored against pass A, field by field, over the cards both passes have."""
    result = EvaluationResult()
    for path_a in sorted((p for p in dir_a.glob("*.json") if CARD_NAME.match(p.name)), key=lambda p: int(p.stem)):
        path_b = dir_b / path_a.name
        if not path_b.is_file():
            continue
        card_a = json.loads(path_a.read_text(encoding="utf-8"))
        card_b = json.loads(path_b.read_text(encoding="utf-8"))
        gold = parse_gold({k: v for k, v in card_a.items() if k in _SCORED})
        scores, disagreements = compare(gold, card_as_report(card_b), path_a.stem)
        result.add(path_a.stem, scores, disagreements)
    return result


_SCORED = ("event_type", "date_start", "date_end", "date_partial_start", "date_partial_end", "published",
           "organizer", "co_organizers", "attendance", "people", "organizations", "places")
