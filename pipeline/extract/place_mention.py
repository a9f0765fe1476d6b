"""A place found in the text, before places are merged into entities."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.models import Mention

EXTRACTOR = "extract.places"


@dataclass
class PlaceMention:
    name: str
    kind: str
    mention: Mention
    #: other base forms the register knows for the same words ("Żarnowie": Żarnów, Żarnowo), `name` among them
    readings: tuple[str, ...] = ()
    #: False for a unit named inside an office or a body ("Wójt Gminy X"): not a place of the event, but
    #: still the unit a title refers to
    listed: bool = True
