"""Base forms of names: `base_form("Agnieszki Wilczyńskiej", "person") == "Agnieszka Wilczyńska"`.

The same functions the extractors use: people through `person_base` (the surname agrees with
the first name in case and gender), places through `locality_base` (the TERYT register and
morfeusz2's geographic readings), organizations through `phrase_base` (the head noun and the
adjectives that agree with it go to the nominative; genitive complements stay). With no kind,
the phrase's own words decide: a first name makes a person, an institutional head an
organization, a geographic reading a place.

`evaluate_file` measures it on KPWr named entities with gold base forms (`pl-events lemma-eval`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from spacy.tokens import Doc, Token

Kind = Literal["person", "place", "organization"]
KINDS: tuple[str, ...] = ("person", "place", "organization")


@lru_cache(maxsize=1)
def _nlp():
    from pipeline.text.morphology import pl_morphology  # noqa: F401  (registers the component)
    from pipeline.text.segment import make_nlp

    nlp = make_nlp()
    nlp.add_pipe("pl_morphology")
    return nlp


def _doc(phrase: str) -> Doc:
    from pipeline.text.normalize import normalize

    return _nlp()(normalize(phrase))


def guess_kind(tokens: list[Token]) -> Kind | None:
    from pipeline.lexicon.words import ORG_HEADS, first_name, is_geographic, noun_lemmas

    if any(noun_lemmas(t) & ORG_HEADS and t.text[:1].isupper() for t in tokens):
        return "organization"
    if tokens and first_name(tokens[0]) is not None and len(tokens) >= 2:
        return "person"
    if any(is_geographic(t) for t in tokens):
        return "place"
    return None


@lru_cache(maxsize=50_000)
def base_form(phrase: str, kind: Kind | None = None) -> str:
    """The nominative base form of a name as a phrase of the text writes it."""
    phrase = _readable(phrase.strip().rstrip(",;:"))
    if kind in ("person", None):
        phrase = _glue_apostrophes(phrase)
    out = _keep_spacing(phrase, _base_form(phrase, kind))
    if kind != "person":
        out = _glue_initialisms(out)
    return _as_written(phrase, out)


#: two or more capitals each with its period, spaced apart ('S. A.', 'N. M. P')
_SPACED_INITIALISM = re.compile(r"(?<![^\W\d_])(?:[A-ZĄĆĘŁŃÓŚŹŻ]\. ){1,}[A-ZĄĆĘŁŃÓŚŹŻ](?:\.|(?![^\W\d_]))")


def _glue_initialisms(out: str) -> str:
    """'S.A.', 'N.M.P', 'F.C.': the initials of one abbreviation are written together, however a tokenizer
    spaced them (a person's initials may be spaced either way: left as the text has them)."""
    return _SPACED_INITIALISM.sub(lambda m: m.group().replace(". ", "."), out)


#: An apostrophe (any of its typewriter or typographic stand-ins) between a name and a Polish case ending
#: ("Harry ’ ego", "Wenders´a"), or after an Irish or French one-letter prefix ("O ’ Reilly")
_APOSTROPHE_ENDING = re.compile(r"(?<=[^\W\d_])\s?['’´`]\s?(?=[a-ząćęłńóśźż]{1,4}(?![^\W\d_]))")
_APOSTROPHE_PREFIX = re.compile(r"(?<![^\W\d_])([OD])\s?(['’´`])\s?(?=[A-Z])")


def _glue_apostrophes(phrase: str) -> str:
    """One word for a name and its ending after an apostrophe, however a tokenizer spaced them: the ending
    is then read as a case ending ('Harry'ego' -> 'Harry'), not as a word of the name."""
    phrase = _APOSTROPHE_PREFIX.sub(r"\1\2", phrase)
    return _APOSTROPHE_ENDING.sub("'", phrase)


def _as_written(phrase: str, out: str) -> str:
    """Token by token, the phrase's own spacing and characters wherever a token is unchanged:
    'S.A.', 'Zdrowia, Opieki', '„Lipa”', 'Workers’' stay as the text writes them."""
    from pipeline.text.normalize import normalize

    tokenizer = _nlp().tokenizer
    src, dst = tokenizer(normalize(phrase)), tokenizer(normalize(out))
    if len(src) != len(dst):
        return out
    parts = []
    for s, d in zip(src, dst, strict=True):
        same = s.text == d.text
        space = d.whitespace_ if s.whitespace_ else ""  # a space only where both have one
        parts.append((phrase[s.idx:s.idx + len(s.text)] if same else out[d.idx:d.idx + len(d.text)]) + space)
    return "".join(parts).strip()


def _readable(phrase: str) -> str:
    """A phrase in capitals in the case a writer would give it ("GMINNEGO OŚRODKA KULTURY W LIPNIE" ->
    "Gminnego Ośrodka Kultury w Lipnie"): names are written in their usual capitalisation (docs/annotation.md)."""
    from pipeline.text.caps import with_case_of
    from pipeline.text.normalize import normalize

    return with_case_of(phrase, normalize(phrase))


def _keep_spacing(phrase: str, out: str) -> str:
    """Hyphens, slashes, quotes and initials as the phrase spaces them: 'warmińsko-mazurski', 'NSZZ "Solidarność"';
    brackets as text writes them, whatever a tokenizer's spacing."""
    for sep in ("-", "/", "&"):
        if f" {sep} " not in phrase:
            out = out.replace(f" {sep} ", sep)
    out = re.sub(r'"\s+([^"]*?)\s+"', r'"\1"', out) if '" ' not in phrase else out
    out = re.sub(r"\b([A-ZĄĆĘŁŃÓŚŹŻ]) \.", r"\1.", out).strip()
    out = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", out))  # a bracket hugs its words: 'Jan Herburt (Arłamowski)'
    if "„" in phrase and '"' in out:  # the matching copy folds typographic quotes: give them back
        parts = out.split('"')
        out = parts[0] + "".join(("„" if k % 2 else "”") + part for k, part in enumerate(parts[1:], start=1))
    return out


def _base_form(phrase: str, kind: Kind | None = None) -> str:
    if not phrase:
        return phrase
    doc = _doc(phrase)
    tokens = [t for t in doc if not t.is_space]
    if not tokens:
        return phrase
    kind = kind or guess_kind(tokens)
    if kind == "person":
        from pipeline.extract.person_names import person_phrase_base

        return person_phrase_base(tokens)
    if kind == "place":
        from pipeline.lexicon.places import locality_base

        return locality_base(tokens)
    if kind == "organization":
        from pipeline.extract.organizations import organization_base

        return organization_base(tokens, doc.text)
    from pipeline.lexicon.place_phrases import common_phrase_base

    return common_phrase_base(tokens)


# --- measuring it on KPWr ---------------------------------------------------------------------

#: KPWr categories -> our kinds (other categories are scored as "other", with kind None)
_CATEGORY_KINDS = (("nam_liv_person", "person"), ("nam_loc", "place"), ("nam_fac", "place"),
                   ("nam_org", "organization"))


def kind_of_category(category: str) -> str | None:
    return next((kind for prefix, kind in _CATEGORY_KINDS if category.startswith(prefix)), None)


@dataclass
class LemmaScore:
    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, phrase, gold, predicted

    def accuracy(self, kind: str) -> float:
        return round(self.right[kind] / self.total[kind], 3) if self.total[kind] else 0.0


def evaluate_file(path: str | Path, kinds: tuple[str, ...] = (*KINDS, "other")) -> LemmaScore:
    score = LemmaScore()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 6:
                continue
            gold, phrase, _lemmas, _tags, _flags, category = cols[:6]  # the phrase: its tokens, space-separated
            kind = kind_of_category(category) or "other"
            if kind not in kinds:
                continue
            predicted = base_form(phrase, None if kind == "other" else kind)  # type: ignore[arg-type]
            score.total[kind] += 1
            if predicted.lower() == gold.lower():
                score.right[kind] += 1
            else:
                score.misses.append((kind, phrase, gold, predicted))
    return score
