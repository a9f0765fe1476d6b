"""People named only in a photo caption ("Na zdjęciu: wójt Adam Kos i sołtys Ewa Lis", "Od lewej: …"): the caption
says who is in the picture, not what they did at the event or whom they represent, so such a person is `other`
and has no organization; the titles the caption writes with the name stay (docs/annotation.md, captions).
"""

from __future__ import annotations

import re

from pipeline.models import Person
from pipeline.text.context import Context
from pipeline.text.layout_rules import CAPTION

#: How a caption line opens: "Na zdjęciu:", "Na zdjęciach od lewej", "Na fotografii", "Na fot.", "Od lewej:".
_CAPTION_OPENING = re.compile(r"\W{0,3}(?:na\s+(?:zdjęci(?:u|ach)|fotografi(?:i|ach)|fot\.|foto)|od\s+lewej)\b",
                              re.IGNORECASE)


def on_caption_line(ctx: Context, char: int) -> bool:
    """The character lies on a photo caption: a line the layout marks as one, or one opened by "Na zdjęciu"."""
    if ctx.furniture_at(char) == CAPTION:
        return True
    start = ctx.norm.rfind("\n", 0, char) + 1
    return bool(_CAPTION_OPENING.match(ctx.norm, start))


def caption_people(ctx: Context, people: list[Person]) -> None:
    """Every person all of whose mentions lie on caption lines becomes `other`, without organizations."""
    for person in people:
        if not person.mentions or not all(on_caption_line(ctx, m.start) for m in person.mentions):
            continue
        person.part, person.part_confidence, person.part_source = "other", None, "rules"
        person.affiliation = None
        for role in person.roles:
            role.organization = None
