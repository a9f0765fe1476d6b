"""Real names in sentences we write: how often the extractors get a gold name back, per sentence shape.

The real-page cards (`eval/real/NNN.json`) keep the gold facts of 1,145 pages: organization, place and person
names as real writers name them, with the titles and affiliations of people. This harness puts those names, in the
case a shape needs (`pipeline.text.inflect.inflect_phrase`), into short sentences of our own (`SHAPES`) and scores
each one-sentence report with `pipeline.evaluate.compare`, so a failure says which name shape in which position the
extractors miss. Names come from the dev half's cards when tuning (`--split dev`); the test half's names are a
check of names nobody tuned on. No page text is read or written.

    python scripts/name_shapes.py --split dev [--kinds org,place,person] [--limit 400] [--misses FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluate import compare
from pipeline.extractor import Extractor
from pipeline.text.inflect import inflect_phrase
from pipeline.text.morphology import analyse

REAL = Path(__file__).resolve().parent.parent / "eval" / "real"

#: Sentence shapes: (name, kind, template, gold keys scored). Slots: {org:CASE}, {place:CASE}, {name:CASE},
#: {title:CASE}; {-a} is "a" after a woman's name in a verb's past tense ("powitał{-a}"), {w} the preposition
#: "w" or "we" before the next word. Gold keys: organizations, organizer, places, people (with roles, role
#: organizations).
SHAPES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("org_organizer_nom", "org", "Organizatorem spotkania był {org:nom}.", ("organizations", "organizer")),
    ("organizer_invites", "org", "{org:nom} zaprasza mieszkańców na bezpłatne warsztaty rękodzieła.",
     ("organizations", "organizer")),
    ("organizer_by_acc", "org", "Warsztaty zorganizowane przez {org:acc} cieszyły się dużym zainteresowaniem.",
     ("organizations", "organizer")),
    ("organizer_thanks_dat", "org", "Dziękujemy {org:dat} za zaproszenie na piknik rodzinny.",
     ("organizations", "organizer")),
    ("organizer_project_acc", "org", "Szkolenie odbyło się w ramach projektu realizowanego przez {org:acc}.",
     ("organizations", "organizer")),
    ("organizer_pair_nom", "org", "Organizatorami konferencji byli {org:nom} oraz {org2:nom}.",
     ("organizations", "organizer", "co_organizers")),
    ("org_staff_gen", "org", "Warsztaty dla mieszkańców poprowadzili pracownicy {org:gen}.", ("organizations",)),
    ("org_with_inst", "org", "Szkolenie przygotowano we współpracy z {org:inst}.", ("organizations",)),
    ("org_thanks_dat", "org", "Dziękujemy {org:dat} za udostępnienie sali i pomoc.", ("organizations",)),
    ("org_delegates_gen", "org", "Na konferencję przyjechali przedstawiciele {org:gen} oraz radni gminy.",
     ("organizations",)),
    ("org_partners_list", "org", "Partnerami festynu byli {org:nom}, {org2:nom} oraz {org3:nom}.",
     ("organizations",)),
    ("org_thanks_list_dat", "org", "Podziękowania składamy {org:dat} i {org2:dat}.", ("organizations",)),
    ("place_held_loc", "place", "Spotkanie informacyjne odbyło się {w} {place:loc}.", ("places",)),
    ("place_from_gen", "place", "Na warsztaty przyjechali uczestnicy z {place:gen}.", ("places",)),
    ("place_list_gen", "place", "Na turniej przyjechały drużyny z {place:gen}, {place2:gen} i {place3:gen}.",
     ("places",)),
    ("place_event_np_loc", "place", "Festyn rodzinny {w} {place:loc} zgromadził tłumy mieszkańców.", ("places",)),
    ("venue_held_loc", "venue", "Uroczysta gala odbyła się {w} {place:loc}.", ("places",)),
    ("venue_address_loc", "venue", "Spotkanie odbyło się {w} {place:loc} przy ulicy Długiej 5.", ("places",)),
    ("person_title_org_before", "person",
     "Uczestników powitał{-a} {title:nom} {org:gen} {name:nom}.", ("people",)),
    ("person_comma_title_org", "person",
     "Gościem spotkania był{-a} {name:nom}, {title:nom} {org:gen}.", ("people",)),
    ("person_gen_with", "person",
     "Debata odbyła się z udziałem {title:gen} {org:gen} {name:gen}.", ("people",)),
    ("person_list_lines", "person",
     "W panelu udział wzięli:\n- {name:nom} ({org:nom}),\n- {name2:nom} ({org2:nom}),\n- {name3:nom} ({org3:nom}).",
     ("people",)),
    ("person_pair_acc", "person",
     "Na spotkanie zaprosiliśmy {title:acc} {org:gen} {name:acc} i {title2:acc} {org2:gen} {name2:acc}.", ("people",)),
    ("person_dash_lines", "person",
     "Prelegenci:\n- {name:nom} – {title:nom} {org:gen},\n- {name2:nom} – {title2:nom} {org2:gen}.", ("people",)),
    ("person_title_name_paren", "person",
     "Szkolenie poprowadził{-a} {title:nom} {name:nom} ({org:nom}).", ("people",)),
    ("person_paren_org", "person",
     "Wykład o ekonomii społecznej wygłosił{-a} {name:nom} ({org:nom}).", ("people",)),
)


#: Event roles a shape's words give every person in it (docs/annotation.md: roles from verbs and list headings).
EVENT_ROLES = {"W panelu udział wzięli:": "panelista", "Prelegenci:": "prelegent", "poprowadził": "prowadzący"}


#: Shapes added after the sixteenth session's helpers had tuned on the others: a check of shapes nobody tuned on.
HELD_OUT: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("org_acronym_paren", "org", "Szkolenie przygotował zespół {org:gen} ({acr:nom}). Kolejne zajęcia {acr:nom} "
     "planuje jesienią.", ("organizations",)),
    ("org_caps_heading", "org", "SZKOLENIE DLA PRACOWNIKÓW {org:gen^}\nW szkoleniu uczestniczyło 20 osób.",
     ("organizations",)),
    ("place_caps_visit", "place", "WIZYTA STUDYJNA DO {place:gen^}\nUczestnicy poznali miejscowe spółdzielnie.",
     ("places",)),
    ("place_dateline", "place", "{place:nom}, 12 maja 2019 r. W urzędzie odbyło się spotkanie sołtysów.", ("places",)),
    ("person_honorific_z", "person", "Szkolenie poprowadził{-a} dr {name:nom} z {org:gen}.", ("people",)),
    ("person_caps_line", "person", "Prelegenci:\n{name:nom^} – {title:nom} {org:gen}", ("people",)),
)


@dataclass(frozen=True)
class Item:
    """One gold fact from a card: a name, with a person's title and organization."""

    kind: str
    name: str
    title: str | None = None
    org: str | None = None
    card: str = ""
    place_kind: str | None = None
    seats: tuple[str, ...] = ()
    acronym: str | None = None  # the card's localities a venue's name places it in ("... w Lubaniu" -> Lubań)


def cards(split: str) -> list[dict]:
    ids = json.loads((REAL / "split.json").read_text(encoding="utf-8"))
    wanted = ids["dev"] + ids["test"] if split == "all" else ids[split]
    return [json.loads((REAL / f"{i}.json").read_text(encoding="utf-8")) for i in wanted]


def items(card_list: list[dict]) -> list[Item]:
    seen: set[tuple[str, str, str | None, str | None]] = set()
    out: list[Item] = []

    def add(item: Item) -> None:
        key = (item.kind, item.name, item.title, item.org)
        if key not in seen:
            seen.add(key)
            out.append(item)

    for card in card_list:
        for org in card.get("organizations", []):
            add(Item("org", org["name"], card=card["id"], acronym=org.get("acronym")))
        for place in card.get("places", []):
            kind = "venue" if place.get("kind") == "venue" else "place"
            seats = tuple(p["name"] for p in card.get("places", []) if kind == "venue" and p.get("kind") == "locality"
                          and _seat_of(place["name"], p["name"]))
            add(Item(kind, place["name"], card=card["id"], place_kind=place.get("kind"), seats=seats))
        for person in card.get("people", []):
            roles = person.get("roles") or []
            if roles and person.get("organization"):
                add(Item("person", person["name"], roles[0], person["organization"], card["id"]))
    return out


def _woman(name: str) -> bool | None:
    first = name.split(" ")[0]
    genders = {g for a in analyse(first) if "imię" in a.names for g in a.genders}
    if genders == {"f"}:
        return True
    if genders & {"m1"} and "f" not in genders:
        return False
    return None


def person_form(name: str, case: str, woman: bool) -> str | None:
    """A person's name in `case`: each word inflects on its own; a woman's consonant-final surname stays."""
    if case == "nom":
        return name
    out = []
    for word in name.split(" "):
        if woman and not word.endswith(("a", "A")):
            out.append(word)
            continue
        form = inflect_phrase(word, case, PERSON_CATEGORIES)
        if form is None:
            return None
        out.append(form)
    return " ".join(out)


def _w(next_word: str) -> str:
    """'we' before a word opening with w/f and a consonant (we Wrocławiu), else 'w'."""
    low = next_word.lower()
    return "we" if re.match(r"[wf][^aeiouyąęó]", low) else "w"


#: A slot: what (org, place, name, title, acr: the card's acronym of the organization), which item (1-9), the case,
#: and "^" for capitals ("{place:gen^}" -> "BYCZYNY", as page headings write).
#: SGJP name categories whose readings a slot's name takes first: "Radom" the town, not the surname.
PLACE_CATEGORIES = ("nazwa_geograficzna",)
PERSON_CATEGORIES = ("imię", "nazwisko")
_SLOT = re.compile(r"\{(org|place|name|title|acr)(\d?):(\w+)(\^?)\}")


def slots(template: str) -> int:
    """How many items a template takes: its highest slot index ({org2:gen} -> 2)."""
    return max(int(n or 1) for _slot, n, _case, _caps in _SLOT.findall(template))


def _fill(slot: str, case: str, item: Item, woman: bool) -> str | None:
    value = {"org": item.org if item.kind == "person" else item.name, "place": item.name,
             "name": item.name, "title": item.title, "acr": item.acronym}[slot]
    if value is None:
        return None
    if slot == "acr":
        return value
    if slot == "name":
        return person_form(value, case, woman)
    if case == "nom":
        return value
    categories = PLACE_CATEGORIES if slot == "place" else ()
    return inflect_phrase(value, case, categories) or (value if value.split(" ")[0].isupper() else None)


def _seat_of(venue: str, locality: str) -> bool:
    """The venue's name places it in the locality: "Gminny Ośrodek Kultury w Lesku" and Lesko. By the conventions
    (docs/annotation.md, Places) such a seat is a place of its own, so it is gold too, not an extra."""
    form = inflect_phrase(locality, "loc", PLACE_CATEGORIES)
    return form is not None and re.search(r"\b(?:w|we)\s+" + re.escape(form) + r"\b", venue) is not None


def _gold_of(item: Item, template: str) -> dict:
    if item.kind == "org":
        return {"organizations": [{"name": item.name, "acronym": item.acronym if "{acr" in template else None}]}
    if item.kind in ("place", "venue"):
        return {"places": [{"name": item.name, "kind": item.place_kind}]
                + [{"name": seat, "kind": "locality"} for seat in item.seats]}
    roles = [item.title] if "{title" in template else []  # a list line or a bracket gives no title
    roles += [role for cue, role in EVENT_ROLES.items() if cue in template]
    return {"people": [{"name": item.name, "roles": roles, "organization": item.org, "part": None}]}


def render(template: str, chosen: list[Item]) -> tuple[str, dict] | None:
    """The sentence and its gold, or None when a slot's name cannot be put in the case it needs."""
    text = template
    gold: dict = {}
    for n, item in enumerate(chosen, start=1):
        woman = _woman(item.name) if item.kind == "person" else False
        if woman is None:
            return None
        mark = "" if n == 1 else str(n)
        text = text.replace("{-a" + mark + "}", "a" if woman else "")
        for slot, index, case, caps in _SLOT.findall(template):
            if (index or "1") != str(n):
                continue
            form = _fill(slot, case, item, woman)
            if form is None:
                return None
            text = text.replace("{" + f"{slot}{index}:{case}{caps}" + "}", form.upper() if caps else form, 1)
        for key, values in _gold_of(item, template).items():
            gold.setdefault(key, []).extend(values)
    while "{w}" in text:
        rest = text.split("{w} ", 1)[1]
        text = text.replace("{w}", _w(rest), 1)
    return text, gold


def run(split: str, kinds: set[str], limit: int, seed: int, misses_path: Path | None,
        held_out: bool = False) -> dict[str, Counter]:
    pool = [i for i in items(cards(split)) if i.kind in kinds or (i.kind == "venue" and "place" in kinds)]
    random.Random(seed).shuffle(pool)
    extractor = Extractor()
    totals: dict[str, Counter] = {}
    misses = []
    for shape, kind, template, keys in SHAPES + (HELD_OUT if held_out else ()):
        if kind not in kinds and not (kind == "venue" and "place" in kinds):
            continue
        size = slots(template)
        of_kind = [i for i in pool if i.kind == kind][: limit * size]
        total = totals.setdefault(shape, Counter())
        for k in range(0, len(of_kind) - size + 1, size):
            rendered = render(template, of_kind[k:k + size])
            if rendered is None:
                total["skipped"] += 1
                continue
            text, gold = rendered
            if "organizer" in keys:
                gold["organizer"] = of_kind[k].name
            if "co_organizers" in keys:
                gold["co_organizers"] = [i.name for i in of_kind[k + 1:k + size]]
            report = extractor.extract(text, doc_id=f"{shape}:{of_kind[k].card}")
            scores, disagreements = compare(gold, report)
            total["n"] += 1
            for field, score in scores.items():
                total[f"{field}.tp"] += score.tp
                total[f"{field}.fp"] += score.fp
                total[f"{field}.fn"] += score.fn
            if any(s.fn or s.fp for s in scores.values()):
                misses.append({"shape": shape, "cards": [i.card for i in of_kind[k:k + size]], "text": text,
                               "wrong": [f"{d.field}: gold {d.gold!r} / got {d.predicted!r}" for d in disagreements]})
    if misses_path:
        misses_path.write_text("\n".join(json.dumps(m, ensure_ascii=False) for m in misses) + "\n", encoding="utf-8")
    return totals


FIELDS = ("organizations", "organizer", "co_organizers", "places", "people", "roles", "role_organizations")


def table(totals: dict[str, Counter]) -> str:
    """Recall (and false positives per sentence) of each scored field, per shape."""
    lines = ["| shape | n | " + " | ".join(f"{f} R" for f in FIELDS) + " | FP/sentence |",
             "|---|---:|" + "---:|" * (len(FIELDS) + 1)]
    for shape, total in totals.items():
        n = total["n"]
        cells = []
        fp = 0
        for f in FIELDS:
            tp, fn = total[f"{f}.tp"], total[f"{f}.fn"]
            fp += total[f"{f}.fp"] if f in ("organizations", "places", "people") else 0
            cells.append(f"{tp / (tp + fn):.3f}" if tp + fn else "")
        lines.append(f"| {shape} | {n} | " + " | ".join(cells) + f" | {fp / n:.2f} |" if n else f"| {shape} | 0 |")
    return "\n".join(lines)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--kinds", default="org,place,person")
    parser.add_argument("--limit", type=int, default=400, help="names per shape")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--misses", type=Path, help="write every sentence with a miss or an extra as JSON lines")
    parser.add_argument("--held-out", action="store_true", help="also the shapes nobody tuned on (HELD_OUT)")
    args = parser.parse_args(argv)
    totals = run(args.split, set(args.kinds.split(",")), args.limit, args.seed, args.misses, args.held_out)
    print(table(totals))
    tuned = {name for name, *_ in SHAPES}
    print("\nrecall over all shapes: " + ", ".join(f"{f} {r:.3f}" for f, r in overall(totals, tuned).items()))
    if args.held_out:
        held = {name for name, *_ in HELD_OUT}
        print("recall over the held-out shapes: "
              + ", ".join(f"{f} {r:.3f}" for f, r in overall(totals, held).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
