"""Custom spaCy component of pl_events_ner: builds the nested PolEval entity layer.

``pl_events_nested`` runs after ``ner`` (outer layer in ``doc.ents``) and, if present,
the ``spancat`` that predicts the inner layer into ``doc.spans["ner_inner"]``.  It

* keeps inner spans only where they nest in a compatible outer entity
  (``persName_*`` inside ``persName``, ``placeName_settlement`` inside ``orgName``),
* with ``rules_fallback`` for person names without predicted parts (and for every
  person name when ``inner_source="rules"`` or when the spancat is disabled, i.e.
  ``doc.spans["ner_inner"]`` is missing) derives ``persName_forename`` / ``persName_surname`` /
  ``persName_addName`` by rule: leading tokens that are known first names (PESEL
  first-name list, inflected with Morfeusz at build time, plus training-set
  forenames) become forenames, Roman numerals and known by-names become addName,
  the rest is one surname span,
* optionally (``persons_in_names``) marks person names inside organisation and
  geographical names (*ulica Adama Mickiewicza*), which PolEval annotates as nested
  persName but the NKJP training data does not,
* writes ``doc.spans["ner_inner"]`` (inner layer) and ``doc.spans["ner_nested"]``
  (outer + inner, PolEval label names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import Ops, get_current_ops
from thinc.types import Ragged

ROMAN = re.compile(r"^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
PARTICLES = {
    "de",
    "da",
    "di",
    "van",
    "von",
    "der",
    "den",
    "del",
    "della",
    "la",
    "le",
    "du",
    "mc",
    "al",
    "bin",
    "ibn",
    "ben",
    "y",
}
INNER_PARENTS = {
    "persName_forename": {"persName"},
    "persName_surname": {"persName"},
    "persName_addName": {"persName"},
    "placeName_settlement": {"orgName"},
}


def entity_ngram_suggester(
    docs: Iterable[Doc], sizes: list[int], labels: list[str], *, ops: Ops | None = None
) -> Ragged:
    """Suggest the n-grams (of the given sizes) that lie inside an outer entity
    (``doc.ents``) with one of ``labels``.  Used at inference time instead of the
    all-n-gram suggester the spancat was trained with: inner entities are only kept
    inside such outer entities anyway, and scoring ~7 % of the n-grams makes the
    spancat about ten times cheaper."""
    if ops is None:
        ops = get_current_ops()
    label_set = set(labels)
    rows: list[tuple[int, int]] = []
    lengths = []
    for doc in docs:
        n = 0
        for ent in doc.ents:
            if ent.label_ not in label_set:
                continue
            for size in sizes:
                for start in range(ent.start, ent.end - size + 1):
                    rows.append((start, start + size))
                    n += 1
        lengths.append(n)
    lengths_array = ops.asarray1i(lengths)
    if rows:
        return Ragged(ops.asarray2i(rows), lengths_array)
    return Ragged(ops.xp.zeros((0, 0), dtype="i"), lengths_array)


@registry.misc("pl_events_ner.entity_ngram_suggester.v1")
def build_entity_ngram_suggester(sizes: list[int], labels: list[str]):
    return partial(entity_ngram_suggester, sizes=sizes, labels=labels)


def _read_list(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {w for w in path.read_text(encoding="utf-8").split("\n") if w}


class NestedEntities:
    def __init__(
        self,
        nlp: Language,
        name: str,
        inner_source: str = "spans",
        inner_key: str = "ner_inner",
        nested_key: str = "ner_nested",
        rules_fallback: bool = False,
        persons_in_names: bool = True,
    ) -> None:
        if inner_source not in ("spans", "rules"):
            raise ValueError("inner_source must be 'spans' or 'rules'")
        self.name = name
        self.inner_source = inner_source
        self.inner_key = inner_key
        self.nested_key = nested_key
        self.rules_fallback = rules_fallback
        self.persons_in_names = persons_in_names
        self.forenames: set[str] = set()
        self.addnames: set[str] = set()

    # -- rules ---------------------------------------------------------------
    def person_parts(self, ent: Span) -> list[Span]:
        """Forename/surname/addName spans of one persName entity, by rule."""
        doc = ent.doc
        toks = [t for t in ent]
        n = len(toks)
        kinds: list[str | None] = []
        seen_surname = False
        seen_name = False
        i = 0
        while i < n:
            t = toks[i]
            low = t.lower_
            nxt = toks[i + 1] if i + 1 < n else None
            if len(t.text) == 1 and t.text.isupper() and nxt is not None and nxt.text == ".":
                # initial "J." -> forename before the surname, surname after a first name
                kind = "surname" if (seen_name and not seen_surname) else "forename"
                if seen_surname:
                    kind = "surname"
                kinds.extend([kind, kind + "+"])  # "+" marks the dot glued to the initial
                seen_name = True
                seen_surname = seen_surname or kind == "surname"
                i += 2
                continue
            if low in PARTICLES or not (t.is_alpha or "." in t.text):
                kinds.append(None)  # particle, hyphen, apostrophe, ...
            elif len(t.text) > 1 and ROMAN.match(t.text) and seen_name:
                kinds.append("addName")
            elif low in self.addnames and seen_name:
                kinds.append("addName")
            elif not seen_surname and low in self.forenames and t.text[:1].isupper():
                kinds.append("forename")
                seen_name = True
            else:
                kinds.append("surname")
                seen_surname = seen_name = True
            i += 1
        # a name made only of first names: a multi-token one keeps them all as forenames
        # ("Jan Paweł"), which is what NKJP does.
        out: list[Span] = []
        i = 0
        while i < n:
            k = kinds[i]
            if k is None or k.endswith("+"):
                i += 1
                continue
            j = i + 1
            while j < n and kinds[j] == k + "+":
                j += 1
            if k == "addName":
                while j < n and kinds[j] == "addName":
                    j += 1
            elif k == "surname":
                # contiguous run of surname tokens and the joiners ("-") between them
                while j < n and (
                    kinds[j] in ("surname", "surname+")
                    or (kinds[j] is None and toks[j].text in "-–'’" and j + 1 < n and kinds[j + 1] == "surname")
                ):
                    j += 1
            out.append(Span(doc, toks[i].i, toks[j - 1].i + 1, label=f"persName_{k}"))
            i = j
        return out

    def persons_inside(self, ent: Span) -> list[Span]:
        """persName (+ parts) nested in an orgName/geogName, e.g. *ulica Adama Mickiewicza*,
        *Uniwersytet im. Jana Kochanowskiego*: a known first name followed by a
        capitalised word, not covering the whole entity."""
        doc = ent.doc
        out: list[Span] = []
        i = ent.start
        while i < ent.end - 1:
            t = doc[i]
            if t.is_alpha and t.text[:1].isupper() and t.lower_ in self.forenames and i > ent.start:
                j = i + 1
                while j < ent.end and doc[j].is_alpha and doc[j].text[:1].isupper():
                    j += 1
                if j - i >= 2 and not (i == ent.start and j == ent.end):
                    person = Span(doc, i, j, label="persName")
                    out.append(person)
                    out.extend(self.person_parts(person))
                    i = j
                    continue
            i += 1
        return out

    # -- pipeline ------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        outer = list(doc.ents)
        inner: list[Span] = []
        if self.inner_source == "spans" and self.inner_key in doc.spans:
            covered: set[int] = set()
            for sp in doc.spans[self.inner_key]:
                parents = INNER_PARENTS.get(sp.label_)
                if not parents:
                    continue
                for e in outer:
                    if e.label_ in parents and e.start <= sp.start and sp.end <= e.end:
                        inner.append(Span(doc, sp.start, sp.end, label=sp.label_))
                        if e.label_ == "persName":
                            covered.add(e.start)
                        break
            if self.rules_fallback:
                for e in outer:
                    if e.label_ == "persName" and e.start not in covered:
                        inner.extend(self.person_parts(e))
        else:
            for e in outer:
                if e.label_ == "persName":
                    inner.extend(self.person_parts(e))
        if self.persons_in_names:
            for e in outer:
                if e.label_ in ("orgName", "geogName"):
                    inner.extend(self.persons_inside(e))
        inner.sort(key=lambda s: (s.start, s.end))
        doc.spans[self.inner_key] = inner
        doc.spans[self.nested_key] = outer + inner
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    # -- serialisation -------------------------------------------------------
    def to_disk(self, path, *, exclude=tuple()):
        path = util.ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "forenames.txt").write_text("\n".join(sorted(self.forenames)) + "\n", encoding="utf-8")
        (path / "addnames.txt").write_text("\n".join(sorted(self.addnames)) + "\n", encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()):
        path = util.ensure_path(path)
        self.forenames = _read_list(path / "forenames.txt")
        self.addnames = _read_list(path / "addnames.txt")
        return self

    def to_bytes(self, *, exclude=tuple()):
        return util.to_bytes(
            {
                "forenames": lambda: "\n".join(sorted(self.forenames)).encode("utf-8"),
                "addnames": lambda: "\n".join(sorted(self.addnames)).encode("utf-8"),
            },
            exclude,
        )

    def from_bytes(self, data, *, exclude=tuple()):
        def setter(attr):
            def f(b):
                setattr(self, attr, {w for w in b.decode("utf-8").split("\n") if w})

            return f

        util.from_bytes(data, {"forenames": setter("forenames"), "addnames": setter("addnames")}, exclude)
        return self


@Language.factory(
    "pl_events_nested",
    default_config={
        "inner_source": "spans",
        "inner_key": "ner_inner",
        "nested_key": "ner_nested",
        "rules_fallback": False,
        "persons_in_names": True,
    },
)
def make_nested_entities(
    nlp: Language,
    name: str,
    inner_source: str,
    inner_key: str,
    nested_key: str,
    rules_fallback: bool,
    persons_in_names: bool,
) -> NestedEntities:
    return NestedEntities(nlp, name, inner_source, inner_key, nested_key, rules_fallback, persons_in_names)
