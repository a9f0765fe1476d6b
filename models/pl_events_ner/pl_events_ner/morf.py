"""``pl_events_morf``: Morfeusz 2 (SGJP) features as token attributes for the tok2vec.

Why: Polish names inflect heavily and the hashed-embedding tok2vec only sees the
surface form.  Morfeusz knows the lemma, the possible parts of speech and cases and,
above all, SGJP's name categories (``imię``, ``nazwisko``, ``nazwa_geograficzna``,
``nazwa_organizacji`` ...), which act as a large gazetteer.  The analysis is
context-free (all readings of the form, no tagger), cached per form, so it costs
little at inference.  The component writes

* ``token.tag_``   = name categories and POS set, e.g. ``imię|nazwa_geograficzna/subst``,
* ``token.morph``  = the set of possible cases, e.g. ``Case=gen,loc``,
* ``token.lemma_`` = a lemma (lower-cased, SGJP homonym marks removed; for capitalised
  forms a proper-name reading is preferred),

which ``MultiHashEmbed`` reads as ``TAG``, ``MORPH`` and ``LEMMA``.  These are
features, not a POS tagger's output: do not use them as tags.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
_MORFEUSZ: list[Any] = []


def _analyser() -> Any:
    """One Morfeusz instance per process, created on first use (loading takes ~1 s)."""
    if not _MORFEUSZ:
        import morfeusz2

        _MORFEUSZ.append(morfeusz2.Morfeusz(generate=False, expand_tags=False))
    return _MORFEUSZ[0]


@lru_cache(maxsize=300_000)
def features(form: str) -> tuple[str, str, str]:
    """(tag, morph, lemma) for one token form; readings of the first segment only."""
    if not form or form.isspace():
        return "SPACE", "", form
    try:
        analyses = _analyser().analyse(form)
    except Exception:  # noqa: BLE001  odd input must not break the pipeline
        return "ERR", "", form.lower()
    readings = [a[2] for a in analyses if a[0] == 0]
    if not readings:
        return "NONE", "", form.lower()
    cats: set[str] = set()
    pos: set[str] = set()
    cases: set[str] = set()
    for _orth, _lemma, tag, names, _quals in readings:
        cats.update(names)
        parts = tag.split(":")
        pos.add(parts[0])
        for part in parts[1:]:
            cases.update(v for v in part.split(".") if v in CASES)
    chosen = readings[0]
    if form[:1].isupper():
        proper = [r for r in readings if r[1][:1].isupper()]
        if proper:
            chosen = proper[0]
    lemma = chosen[1].split(":", 1)[0] or chosen[1]
    tag = "|".join(sorted(cats)) + "/" + "|".join(sorted(pos))
    morph = "Case=" + ",".join(c for c in CASES if c in cases) if cases else ""
    return tag, morph, lemma.lower()


class MorfFeatures:
    """Sets TAG/MORPH/LEMMA from Morfeusz; stateless apart from the per-form cache."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            tag, morph, lemma = features(token.text)
            token.tag_ = tag
            token.set_morph(morph or None)
            token.lemma_ = lemma
        return doc


@Language.factory("pl_events_morf", default_config={}, default_score_weights={})
def make_morf_features(nlp: Language, name: str) -> MorfFeatures:
    return MorfFeatures(nlp, name)
