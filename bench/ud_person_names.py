"""Base forms of people's names on UD Polish, a check nobody here annotated (`base_form(phrase, "person")`).

    python bench/ud_person_names.py [--misses FILE]

A phrase is a run of PROPN words in the singular that name a person: a man's (gender m1) or a feminine word the
dictionary reads as a first name or surname; its gold base form is the words' UD lemmas. UD lemmatizes in
context, so a lone 'Bartela' has the lemma its sentence shows. Only the sets tuning may use (PDB dev, LFG dev,
MPDT train and dev): PDB test and PUD test are the evaluation of `bench/ud_eval.py`.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from pipeline.lemma import base_form
from pipeline.text.analysis import analyse

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = ("ud_polish_pdb/pl_pdb-ud-dev.conllu", "ud_polish_lfg/pl_lfg-ud-dev.conllu",
        "ud_polish_mpdt/pl_mpdt-ud-train.conllu", "ud_polish_mpdt/pl_mpdt-ud-dev.conllu")


def _names_a_person(form: str, upos: str, xpos: str) -> bool:
    tag = xpos.split(":")
    if upos != "PROPN" or len(tag) < 4 or tag[1] != "sg":
        return False
    return tag[3] == "m1" or tag[3] == "f" and any(set(a.names) & {"imię", "nazwisko"} for a in analyse(form))


def person_phrases(path: Path) -> Counter:
    """(phrase, gold base form) -> count."""
    out: Counter = Counter()
    run: list[tuple[str, str]] = []
    for line in [*path.open(encoding="utf-8"), ""]:
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 10 and cols[0].isdigit() and _names_a_person(cols[1], cols[3], cols[4]):
            run.append((cols[1], cols[2]))
            continue
        if len(cols) >= 10 and not cols[0].isdigit():
            continue  # a multiword token's line or an empty node: the words follow
        if run:
            out[(" ".join(w for w, _ in run), " ".join(lemma for _, lemma in run))] += 1
            run = []
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", type=Path, help="write the wrong base forms here")
    args = parser.parse_args()
    phrases: Counter = Counter()
    for name in SETS:
        phrases.update(person_phrases(DATA / name))
    right = sum(n for (phrase, gold), n in phrases.items() if base_form(phrase, "person").lower() == gold.lower())
    total = sum(phrases.values())
    print(f"person names: {right}/{total} = {right / total:.4f}")
    if args.misses:
        misses = sorted(f"{n}\t{phrase}\tgold: {gold}\tpredicted: {base_form(phrase, 'person')}"
                        for (phrase, gold), n in phrases.items()
                        if base_form(phrase, "person").lower() != gold.lower())
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
