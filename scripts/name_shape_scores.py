"""Scoring of `scripts/name_shapes.py`: extras the conventions make right, and the tables of recall per shape.

An extra (a name the extractors give that the sentence's gold lacks) is either the extractors' error or a name the
conventions (docs/annotation.md) list too though the harness's gold, built from one card entry, does not: the parent
named inside a gold organization, the seat written in a gold venue's name. They are counted apart.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.match_key import norm
from pipeline.text.inflect import head_reading, inflect_phrase

#: SGJP name categories whose readings a slot's name takes first: "Radom" the town, not the surname.
PLACE_CATEGORIES = ("nazwa_geograficzna",)

#: Heads of territorial units: a unit inside an office's name ("Urząd Gminy X") is listed only when the text has
#: it act as a body of its own (docs/annotation.md, People: officials), so it is no nested parent to list.
UNIT_HEADS = frozenset(("gmina", "miasto", "powiat", "województwo", "sołectwo", "dzielnica"))


def _nested_parent(extra: str, gold_names: list[str]) -> bool:
    """An extra organization named inside a gold one, as its parent (a genitive: "Koło Seniorów Spółdzielni X" ->
    "Spółdzielnia X"; an acronym as written: "Oddział Rejonowy PCK" -> "PCK"). The conventions list such a parent
    as well (Organizations: nested names are split; Branches and units: the parent is listed too)."""
    head = head_reading(extra)
    if head is not None and head.lemma.lower() in UNIT_HEADS:
        return False
    forms = [extra] if extra.isupper() else [f for f in (inflect_phrase(extra, "gen"),) if f]
    return any(re.search(r"\s" + re.escape(form) + r"(?:\s|$)", name) for form in forms for name in gold_names
               if norm(name) != norm(extra))


def _written_seat(extra: str, gold_names: list[str]) -> bool:
    """An extra place written as the seat of a gold venue ("Muzeum Wsi w Zalesiu" -> Zalesie): a locality the
    conventions list (Places: a seat written "w X" after an institution), whether or not the card had it."""
    form = inflect_phrase(extra, "loc", PLACE_CATEGORIES)
    return form is not None and any(re.search(r"\b(?:w|we)\s+" + re.escape(form) + r"$", name) for name in gold_names)


def conventional_extras(gold: dict, report) -> Counter:
    """Per field, how many of the report's extras the conventions make right (docs/annotation.md): nested parents
    of gold organizations, written seats of gold venues. They are not the extractors' errors."""
    out: Counter = Counter()
    if "organizations" in gold:
        names = [o["name"] for o in gold["organizations"]]
        known = {norm(n) for n in names} | {norm(o["acronym"]) for o in gold["organizations"] if o.get("acronym")}
        out["organizations"] = sum(1 for o in report.organizations if norm(o.name) not in known
                                   and norm(o.acronym) not in known and _nested_parent(o.name, names))
    if "places" in gold:
        names = [p["name"] for p in gold["places"]]
        known = {norm(n) for n in names}
        out["places"] = sum(1 for p in report.places if norm(p.name) not in known and _written_seat(p.name, names))
    return out


FIELDS = ("organizations", "organizer", "co_organizers", "places", "people", "roles", "role_organizations")


EXTRA_FIELDS = ("organizations", "places", "people")


def table(totals: dict[str, Counter]) -> str:
    """Recall of each scored field per shape, and the extras per sentence: wrong ones (FP) and those the
    conventions make right (`conventional_extras`), apart."""
    lines = ["| shape | n | " + " | ".join(f"{f} R" for f in FIELDS) + " | FP/sentence | conv. extras/sentence |",
             "|---|---:|" + "---:|" * (len(FIELDS) + 2)]
    for shape, total in totals.items():
        n = total["n"]
        cells = []
        for f in FIELDS:
            tp, fn = total[f"{f}.tp"], total[f"{f}.fn"]
            cells.append(f"{tp / (tp + fn):.3f}" if tp + fn else "")
        wrong, conv = extras(total)
        lines.append(f"| {shape} | {n} | " + " | ".join(cells) + f" | {wrong / n:.2f} | {conv / n:.2f} |"
                     if n else f"| {shape} | 0 |")
    return "\n".join(lines)


def extras(total: Counter) -> tuple[int, int]:
    """(wrong extras, extras the conventions make right) of the name fields, counted in `total`."""
    conv = sum(total[f"{f}.conv"] for f in EXTRA_FIELDS)
    return sum(total[f"{f}.fp"] for f in EXTRA_FIELDS) - conv, conv


def extras_per_sentence(totals: dict[str, Counter], shapes: set[str]) -> tuple[float, float]:
    """Wrong and convention-right extras per sentence over `shapes`."""
    chosen = [t for name, t in totals.items() if name in shapes]
    n = sum(t["n"] for t in chosen)
    wrong = sum(extras(t)[0] for t in chosen)
    conv = sum(extras(t)[1] for t in chosen)
    return (round(wrong / n, 3), round(conv / n, 3)) if n else (0.0, 0.0)


def organizer_extras_per_sentence(totals: dict[str, Counter], shapes: set[str]) -> float:
    """Organizers and co-organizers given that the gold lacks, per sentence of the `shapes` that score them: a
    patron or a funder taken for a host shows only here when the gold has no co-organizer."""
    chosen = [t for name, t in totals.items() if name in shapes and t["organizer.tp"] + t["organizer.fn"]]
    n = sum(t["n"] for t in chosen)
    return round(sum(t["organizer.fp"] + t["co_organizers.fp"] for t in chosen) / n, 3) if n else 0.0


def overall(totals: dict[str, Counter], shapes: set[str] | None = None) -> dict[str, float]:
    """Recall of each field over all shapes that score it (or over `shapes`): the harness's figures in one line."""
    out: dict[str, float] = {}
    chosen = [t for name, t in totals.items() if shapes is None or name in shapes]
    for f in FIELDS:
        tp = sum(t[f"{f}.tp"] for t in chosen)
        fn = sum(t[f"{f}.fn"] for t in chosen)
        if tp + fn:
            out[f] = round(tp / (tp + fn), 3)
    return out
