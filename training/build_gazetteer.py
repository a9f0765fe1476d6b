"""Build the compact first-name / by-name lists used by the ``pl_events_nested``
component (rule fallback for persName_forename / persName_surname / persName_addName).

* first names: PESEL first-name lists (``gazetteers/first_names_pesel``), names borne by
  at least ``--min-count`` living people, expanded to their inflected forms with
  Morfeusz 2 (``generate``, forms tagged ``imię``) when morfeusz2 is installed, plus every
  token annotated as ``persName_forename`` in the *train* split of NKJP;
  minus tokens annotated as surnames in the train split more often than as forenames.
* by-names (addName): tokens annotated ``persName_addName`` at least twice in train.

All forms are stored lower-cased, one per line.  Only these derived lists are shipped.
"""

from __future__ import annotations

import argparse
import collections
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
PESEL = Path("/work/shared/data/gazetteers/first_names_pesel")


def pesel_names(min_count: int) -> set[str]:
    names = set()
    for fn in ("imiona_meskie.csv", "imiona_zenskie.csv"):
        with open(PESEL / fn, encoding="utf-8-sig") as f:
            r = csv.reader(f)
            next(r)
            for row in r:
                if len(row) >= 3 and row[2].strip().isdigit() and int(row[2]) >= min_count:
                    name = row[0].strip()
                    if name.replace("-", "").isalpha() and " " not in name:
                        names.add(name.capitalize())
    return names


def inflect(names: set[str]) -> set[str]:
    forms = {n.lower() for n in names}
    try:
        import morfeusz2
    except ImportError:  # pragma: no cover
        print("morfeusz2 not installed: first names are not inflected")
        return forms
    m = morfeusz2.Morfeusz(generate=True, analyse=False)
    for n in names:
        try:
            gen = m.generate(n)
        except Exception:
            continue
        for form, _lemma, tag, quals, _ in gen:
            if "imię" in quals and ":pl:" not in tag:
                forms.add(form.lower())
    return forms


def train_counts(train_spacy: Path):
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("pl")
    c = collections.defaultdict(collections.Counter)
    for doc in DocBin().from_disk(train_spacy).get_docs(nlp.vocab):
        for sp in doc.spans.get("ner_inner", []):
            if sp.label_.startswith("persName_"):
                for t in sp:
                    if t.is_alpha:
                        c[sp.label_][t.lower_] += 1
    return c


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default=str(HERE / "corpus" / "train.spacy"))
    ap.add_argument("--out-dir", default=str(HERE / "gazetteer"))
    ap.add_argument("--min-count", type=int, default=100)
    args = ap.parse_args(argv)
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    c = train_counts(Path(args.train))
    fore, sur, add = c["persName_forename"], c["persName_surname"], c["persName_addName"]
    forenames = inflect(pesel_names(args.min_count)) | set(fore)
    forenames = {w for w in forenames if not sur[w] > fore[w]}
    addnames = {w for w, n in add.items() if n >= 2 and fore[w] + sur[w] < n}
    (out / "forenames.txt").write_text("\n".join(sorted(forenames)) + "\n", encoding="utf-8")
    (out / "addnames.txt").write_text("\n".join(sorted(addnames)) + "\n", encoding="utf-8")
    print(f"forenames: {len(forenames)} forms, addnames: {len(addnames)}")


if __name__ == "__main__":
    main()
