"""Real names in sentences we write: how often the extractors get a gold name back, per sentence shape.

The real-page cards (`eval/real/NNN.json`) keep the gold facts of 1,145 pages: organization, place and person
names as real writers name them, with the titles and affiliations of people. This harness puts those names, in the
case a shape needs (`pipeline.text.inflect.inflect_phrase`), into short sentences of our own (`SHAPES`) and scores
each one-sentence report with `pipeline.evaluate.compare`, so a failure says which name shape in which position the
extractors miss. Names come from the dev half's cards when tuning (`--split dev`); the test half's names are a
check of names nobody tuned on. No page text is read or written.

    python scripts/name_shapes.py --split dev [--kinds org,place,person] [--limit 400] [--misses FILE] [--held-out]

The sealed held-out shapes (`HELD_OUT_S19_SEALED`) show only their aggregate line: no table rows, no misses.
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `scripts.` below when run as a script

from pipeline.evaluate import compare  # noqa: E402
from pipeline.extractor import Extractor  # noqa: E402
from pipeline.lexicon.na_places import takes_na  # noqa: E402
from pipeline.text.inflect import (  # noqa: E402
    ROMAN_ORDINAL,
    head_reading,
    inflect_phrase,
    preferred_form,
    readable_case,
)  # noqa: E402
from pipeline.text.morphology import analyse  # noqa: E402
from scripts.name_shape_scores import (  # noqa: E402
    FIELDS,
    PLACE_CATEGORIES,
    conventional_extras,
    extras,
    extras_per_sentence,
    organizer_extras_per_sentence,
    overall,
    table,
)
from scripts.name_shape_templates import (  # noqa: E402
    EVENT_ROLES,
    HELD_OUT,
    HELD_OUT_NEW,
    HELD_OUT_OLD,
    HELD_OUT_S18,
    HELD_OUT_S18_OPENED,
    HELD_OUT_S18_PROBE,
    HELD_OUT_S19,
    HELD_OUT_S19_PROBE,
    HELD_OUT_S19_SEALED,
    SHAPES,
)

__all__ = ["EVENT_ROLES", "FIELDS", "HELD_OUT", "HELD_OUT_NEW", "HELD_OUT_OLD", "HELD_OUT_S18", "HELD_OUT_S18_OPENED",
           "HELD_OUT_S18_PROBE", "HELD_OUT_S19", "HELD_OUT_S19_PROBE", "HELD_OUT_S19_SEALED", "SHAPES", "conventional_extras", "extras", "extras_per_sentence", "group_lines", "host_gold",
           "organizer_extras_per_sentence", "overall", "run", "table"]

#: Held-out groups with their aggregate lines, in the order printed.
GROUPS = (("sixteenth session's", HELD_OUT_OLD), ("seventeenth session's", HELD_OUT_NEW),
          ("eighteenth session's probe", HELD_OUT_S18_PROBE), ("eighteenth session's opened", HELD_OUT_S18_OPENED),
          ("nineteenth session's probe", HELD_OUT_S19_PROBE), ("nineteenth session's sealed", HELD_OUT_S19_SEALED))
SEALED = frozenset(name for name, *_ in HELD_OUT_S19_SEALED)

REAL = Path(__file__).resolve().parent.parent / "eval" / "real"


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


def _z(next_word: str) -> str:
    """'ze' before a sibilant and a consonant (ze Stowarzyszeniem, ze Szczecina, ze Zgierza) or 'mn', else 'z'."""
    low = next_word.lower()
    return "ze" if re.match(r"[sśzźż][^aeiouyąęó]|mn", low) else "z"


def _takes_na(item: Item) -> bool:
    """A place whose head takes "na" for where and where to (region words, islands, open sites)."""
    head = head_reading(item.name, PLACE_CATEGORIES) if item.kind in ("place", "venue") else None
    return head is not None and takes_na(head.lemma, item.place_kind, head.number == "pl" and ":pt" in head.tag)


def _prepositions(text: str, index: str, na: bool) -> str:
    """The item's "{w}" and "{do}" before its place slots: "na" (with the accusative for "{do}") when the place
    takes it, else "do" (and "{w}" left for `_w`); in capitals when the slot is."""
    def put(m: re.Match) -> str:
        prep, case, caps = m.group(1), m.group(2), m.group(3)
        if prep == "do":
            word, case = ("na", "acc") if na else ("do", case)
        else:
            word = "na" if na else "{w}"
        word = word.upper() if caps and word != "{w}" else word
        return f"{word} {{place{index}:{case}{caps}}}"

    return re.sub(r"\{(w|do)\} \{place" + index + r":(\w+)(\^?)\}", put, text)


PERSON_CATEGORIES = ("imię", "nazwisko")
#: "{gall:M|F}": the feminine word when every person of the sentence is a woman ("powitały"), else the masculine.
_GENDERED_ALL = re.compile(r"\{gall:([^{}|]*)\|([^{}|]*)\}")
#: A slot: what (org, place, name, title, acr: the card's acronym of the organization, region: a voivodeship), which
#: item (1-9), the case, and "^" for capitals ("{place:gen^}" -> "BYCZYNY", as page headings write) or "+" for an
#: opening capital ("{title:nom+}" -> "Sekretarz", as signatures write).
_SLOT = re.compile(r"\{(org|place|name|title|acr|region)(\d?):(\w+)([\^+]?)\}")


def slots(template: str) -> int:
    """How many items a template takes: its highest slot index ({org2:gen} -> 2)."""
    return max(int(n or 1) for _slot, n, _case, _caps in _SLOT.findall(template))


def feminine_title(title: str) -> str:
    """A woman's title as writers give it: the words of the adjectival declension that open it take the feminine
    ("przewodniczący rady" -> "przewodnicząca rady", "główny księgowy" -> "główna księgowa"); noun titles stay, as
    most writers keep them ("dyrektor", "prezes"). The gold keeps the masculine base form (docs/annotation.md)."""
    words = title.split(" ")
    for i, word in enumerate(words):
        if not any(a.pos == "adj" and a.lemma == word and "m1" in a.genders and "nom" in a.cases for a in analyse(word)):
            break
        words[i] = preferred_form(word, "adj", "sg", "f", "nom", "pos") or word
    return " ".join(words)


def _fill(slot: str, case: str, item: Item, woman: bool) -> str | None:
    value = {"org": item.org if item.kind == "person" else item.name, "place": item.name, "region": item.name,
             "name": item.name, "title": item.title, "acr": item.acronym}[slot]
    if value is None:
        return None
    if slot == "acr":
        return value
    if slot == "name":
        return person_form(value, case, woman)
    if slot == "title" and woman:
        value = feminine_title(value)
        head = head_reading(value)
        if head is not None and "m1" in head.genders and not head.lemma.endswith("a"):
            return value  # a man's noun title of a woman does not decline ("z udziałem dyrektor X", "wójt X")
    if case == "nom":
        return value
    categories = PLACE_CATEGORIES if slot == "place" else ()
    first = value.split(" ")[0]
    acronym_led = first.isupper() and not ROMAN_ORDINAL.fullmatch(first)  # "GOPS w X" stays; "III Liceum" inflects
    form = inflect_phrase(value, case, categories) or (value if acronym_led else None)
    return readable_case(form) if slot == "region" and form else form  # a programme's name capitalises its words


def _seat_of(venue: str, locality: str) -> bool:
    """The venue's name places it in the locality: "Gminny Ośrodek Kultury w Lesku" and Lesko. By the conventions
    (docs/annotation.md, Places) such a seat is a place of its own, so it is gold too, not an extra."""
    form = inflect_phrase(locality, "loc", PLACE_CATEGORIES)
    return form is not None and re.search(r"\b(?:w|we)\s+" + re.escape(form) + r"\b", venue) is not None


def _gold_of(item: Item, template: str, keys: tuple[str, ...] = ()) -> dict:
    if item.kind == "org":
        return {"organizations": [{"name": item.name, "acronym": item.acronym if "{acr" in template else None}]}
    if item.kind in ("place", "venue"):
        return {"places": [{"name": item.name, "kind": item.place_kind}]
                + [{"name": seat, "kind": "locality"} for seat in item.seats]}
    roles = [item.title] if "{title" in template else []  # a list line or a bracket gives no title
    roles += [role for cue, role in EVENT_ROLES.items() if cue in template]
    organization = None if "byline" in keys else item.org
    return {"people": [{"name": item.name, "roles": roles, "organization": organization, "part": None}]}


def render(template: str, chosen: list[Item], keys: tuple[str, ...] = ()) -> tuple[str, dict] | None:
    """The sentence and its gold, or None when a slot's name cannot be put in the case it needs."""
    text = template
    gold: dict = {"organizations": []} if "no_organizations" in keys else {}
    women = [_woman(item.name) if item.kind == "person" else False for item in chosen]
    if None in women:
        return None
    text = _GENDERED_ALL.sub(lambda m: m.group(2) if all(women) else m.group(1), text)
    for n, (item, woman) in enumerate(zip(chosen, women, strict=True), start=1):
        mark = "" if n == 1 else str(n)
        text = text.replace("{-a" + mark + "}", "a" if woman else "")
        text = re.sub(r"\{g" + mark + r":([^{}|]*)\|([^{}|]*)\}", lambda m, w=woman: m.group(2 if w else 1), text)
        text = _prepositions(text, mark, _takes_na(item))
        for slot, index, case, caps in _SLOT.findall(text):
            if (index or "1") != str(n):
                continue
            form = _fill(slot, case, item, woman)
            if form is None:
                return None
            form = form.upper() if caps == "^" else form[:1].upper() + form[1:] if caps == "+" else form
            text = text.replace("{" + f"{slot}{index}:{case}{caps}" + "}", form, 1)
        if {slot for slot, index, _case, _caps in _SLOT.findall(template) if (index or "1") == str(n)} == {"region"}:
            continue  # a funding line's voivodeship: no place (docs/annotation.md, Places)
        for key, values in _gold_of(item, template, keys).items():
            gold.setdefault(key, []).extend(values)
    if "seat_venue" in keys:  # "w siedzibie X": the body is also the venue (docs/annotation.md, Places)
        gold["places"] = [{"name": chosen[0].name, "kind": "venue"}]
    for mark, choose in (("{w}", _w), ("{z}", _z)):
        while mark in text:
            rest = text.split(mark + " ", 1)[1]
            text = text.replace(mark, choose(rest), 1)
    return text, gold


def host_gold(group: list[Item], keys: tuple[str, ...]) -> dict:
    """The organizer and co-organizers a shape scores: the first body organizes, the others co-organize
    ("co_organizers"), or none does ("no_co_organizers": a patron or a funder is no co-organizer, so any is an
    extra)."""
    gold: dict = {}
    if "organizer" in keys:
        gold["organizer"] = group[0].name
    if "co_organizers" in keys:
        gold["co_organizers"] = [i.name for i in group[1:]]
    if "no_co_organizers" in keys:
        gold["co_organizers"] = []
    return gold


def _groups(pool: list[Item], kind: str, template: str, limit: int, keys: tuple[str, ...] = ()) -> list[list[Item]]:
    """The items each sentence of a shape takes, `limit` sentences at most: consecutive items of the shape's kind
    (only localities with the key "localities": towns after one "w" all take it); a "{region2}" slot takes the
    cards' voivodeships in turn."""
    size = slots(template)
    of_kind = [i for i in pool if i.kind == kind and ("localities" not in keys or i.place_kind == "locality")]
    if "{region" in template:
        regions = [i for i in pool if i.kind == "place" and i.name.lower().startswith("województwo ")]
        return [[item, regions[n % len(regions)]] for n, item in enumerate(of_kind[:limit])] if regions else []
    of_kind = of_kind[: limit * size]
    return [of_kind[k:k + size] for k in range(0, len(of_kind) - size + 1, size)]


def run(split: str, kinds: set[str], limit: int, seed: int, misses_path: Path | None,
        held_out: bool = False, shapes: tuple | None = None) -> dict[str, Counter]:
    """Totals per shape: the tuned shapes (and the held-out ones), or only `shapes` when given. A sealed shape's
    misses are never written."""
    chosen = shapes if shapes is not None else SHAPES + (HELD_OUT if held_out else ())
    pool = [i for i in items(cards(split)) if i.kind in kinds or (i.kind == "venue" and "place" in kinds)]
    random.Random(seed).shuffle(pool)
    extractor = Extractor()
    totals: dict[str, Counter] = {}
    misses = []
    for shape, kind, template, keys in chosen:
        if kind not in kinds and not (kind == "venue" and "place" in kinds):
            continue
        total = totals.setdefault(shape, Counter())
        for group in _groups(pool, kind, template, limit, keys):
            rendered = render(template, group, keys)
            if rendered is None:
                total["skipped"] += 1
                continue
            text, gold = rendered
            gold.update(host_gold(group, keys))
            report = extractor.extract(text, doc_id=f"{shape}:{group[0].card}")
            scores, disagreements = compare(gold, report)
            total["n"] += 1
            for field, score in scores.items():
                total[f"{field}.tp"] += score.tp
                total[f"{field}.fp"] += score.fp
                total[f"{field}.fn"] += score.fn
            for field, right in conventional_extras(gold, report).items():
                total[f"{field}.conv"] += min(right, scores[field].fp)
            if shape not in SEALED and any(s.fn or s.fp for s in scores.values()):
                misses.append({"shape": shape, "cards": [i.card for i in group], "text": text,
                               "wrong": [f"{d.field}: gold {d.gold!r} / got {d.predicted!r}" for d in disagreements]})
    if misses_path:
        misses_path.write_text("\n".join(json.dumps(m, ensure_ascii=False) for m in misses) + "\n", encoding="utf-8")
    return totals


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
    print(table({name: total for name, total in totals.items() if name not in SEALED}))
    tuned = {name for name, *_ in SHAPES}
    print("\nrecall over all shapes: " + ", ".join(f"{f} {r:.3f}" for f, r in overall(totals, tuned).items()))
    wrong, conv = extras_per_sentence(totals, tuned)
    print(f"extras per sentence over all shapes: wrong {wrong:.3f}, convention-right {conv:.3f}")
    if args.held_out:
        for label, group in GROUPS:
            print("\n".join(group_lines(totals, label, group)))
    return 0


def group_lines(totals: dict[str, Counter], label: str, group: tuple) -> list[str]:
    """A held-out group's aggregate lines: recall per field, extras per sentence, and the organizers and
    co-organizers given that the gold lacks (the only score of a shape whose gold has no co-organizer)."""
    held = {name for name, *_ in group}
    wrong, conv = extras_per_sentence(totals, held)
    return [f"recall over the {label} held-out shapes ({len(held)}): "
            + ", ".join(f"{f} {r:.3f}" for f, r in overall(totals, held).items()),
            f"extras per sentence there: wrong {wrong:.3f}, convention-right {conv:.3f}; "
            f"wrong organizers and co-organizers {organizer_extras_per_sentence(totals, held):.3f}"]


if __name__ == "__main__":
    sys.exit(main())
