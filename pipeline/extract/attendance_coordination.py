"""Head counts coordinated in one sentence, each a group of the event's people that the attendance sums:
"15 przedstawicieli partnera polskiego oraz 15 przedstawicieli partnera litewskiego", "180 uczestników …, a w
konferencji uczestniczyło też 150 słuchaczy", and counts whose person noun is elided (gapping): "13 zawodników
w grupie juniorów oraz 15 w grupie seniorów", "12 dzieci w grupie młodszej i 9 w starszej". Kept apart from
`attendance` (reading the figures) so both stay small.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.models import AttendanceMention
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

EXTRACTOR = "extract.attendance"

#: The first figure's phrase ("w grupie juniorów"), a join, then a number and the same preposition again.
_GAPPED = re.compile(
    r"\s+(?P<prep>w|we|na|z|ze|do|u|dla|spośród|wśród)\s+[^\W\d][^\d.;:!?()\n]{0,50}?"
    r"(?:\s*,\s*|\s+)(?:(?:i|oraz|a|a\s+także)\s+)?(?P<n>\d{1,4}|[^\W\d_]+)\s+(?P=prep)\s+"
    r"(?!(?:nich|których|tych|nas|was|ich|niego|niej|nim)\b)[^\W\d]",  # "5 z nich": a part, no group
    re.IGNORECASE)


def gapped_groups(ctx: Context, figures: list[AttendanceMention],
                  value_of: Callable[[str], int | None]) -> list[AttendanceMention]:
    """Figures for the numbers after a noun count that repeat its preposition with the noun left out; each takes
    the role of the count it continues (its noun is that count's noun)."""
    out: list[AttendanceMention] = []
    for figure in figures:
        if figure.rule not in ("total", "gender_counts") or figure.total is None or figure.vague:
            continue
        pos = figure.end
        while (m := _GAPPED.match(ctx.norm, pos)) is not None:
            value = int(m.group("n")) if m.group("n").isdigit() else value_of(m.group("n"))
            if value is None:
                break
            start, end = m.start("n"), m.end("n")
            mention = ctx.mention(start, end, EXTRACTOR, figure.confidence, "gapped_group")
            out.append(AttendanceMention(**mention.model_dump(), total=value, women=None, men=None,
                                         approximate=False, vague=False, group=None, role=figure.role))
            pos = end
    return out


#: What may stand between two coordinated counts: words only (no digits, no sentence or bracket punctuation).
_BETWEEN = re.compile(r"[^\d.;:!?()\[\]\n]{1,70}")
#: The conjunctions that add one group to another; a bare "a" contrasts ("zgłosiło się 50 osób, a przyszło 40")
#: and adds only with an additive particle ("a w konferencji uczestniczyło też 150 słuchaczy").
_AND = re.compile(r"(?:^|[\s,])(?:i|oraz|a\s+także|a\s+ponadto|jak\s+również)\s", re.IGNORECASE)
_BUT = re.compile(r"(?:^|[\s,])a\s", re.IGNORECASE)
_ALSO = re.compile(r"\b(?:też|także|również|ponadto|dodatkowo)\b", re.IGNORECASE)
#: Words that make the second count a part of, or a comparison with, the first: not another group.
_NOT_ADDED = re.compile(r"\b(?:w\s+tym|z\s+czego|spośród|z\s+nich|z\s+których|niż|zamiast|porówna\w*|"
                        r"ubiegł\w*|zeszł\w*|poprzedni\w*|wcześniej|natomiast|jednak|ale|lecz)\b", re.IGNORECASE)
_VERB_POS = frozenset({"fin", "praet", "bedzie", "impt", "imps", "winien", "pred"})


def coordinated(ctx: Context, end: int, start: int) -> bool:
    """The text between a count ending at `end` and the next one starting at `start` joins two groups of one
    clause ("… partnera polskiego oraz …"); when it holds a verb of its own ("a w konferencji uczestniczyło
    też") the second clause must say it adds ("też", "także", "również")."""
    between = ctx.norm[end:start]
    if not _BETWEEN.fullmatch(between) or _NOT_ADDED.search(between):
        return False
    with_verb = any(_is_verb(word) for word in re.findall(r"[^\W\d_]+", between))
    if _AND.search(between):
        return not with_verb or bool(_ALSO.search(between))
    return bool(_BUT.search(between)) and bool(_ALSO.search(between))


def _is_verb(word: str) -> bool:
    """A finite or past verb form and no noun or adjective reading ("uczestniczyło", not "udział")."""
    readings = analyse(word.lower())
    return any(a.pos in _VERB_POS for a in readings) and not any(a.pos in ("subst", "adj", "ger") for a in readings)
