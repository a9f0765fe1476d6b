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
    phrase = phrase.strip().rstrip(",;:")
    if _known_acronym(phrase) or kind == "organization" and _short_acronym(phrase):
        return phrase
    phrase = _readable(phrase)
    if kind in ("person", None):
        phrase = _glue_apostrophes(phrase)
    out = _untokenized(phrase, _keep_spacing(phrase, _base_form(phrase, kind)))
    if kind != "person":
        out = _glue_initialisms(_glue_letter_runs(out))
    return _as_written(_hug_quotes(phrase), out)


#: a hyphen a tokenizer spaced off both words it joins ('Lejb - Gwardyjski', 'B - 52')
_SPACED_HYPHEN = re.compile(r"(?<=[^\W_]) - (?=[^\W_])")
#: a hyphen or dash between two words, spaced or not
_ANY_HYPHEN = re.compile(r"(?<=[^\W_]) ?[-–—] ?(?=[^\W_])")
#: punctuation a tokenizer spaced off the word it follows ('Planowania , Organizacji', 'Sp . z o . o .', 'Wars : Knights')
_SPACED_CLOSING = re.compile(r"(?<=\S) +([,.:;?!])(?= |$)")
#: a separator between two digits ('2. 0', '101, 2', '01025: 2004'): one number
_SPACED_NUMBER = re.compile(r"(?<=\d)([.,:]) (?=\d)")
#: one-letter lower-case abbreviations in a row ('o. o.' in 'Sp. z o. o.'): written together
_LOWER_INITIALS = re.compile(r"(?<![^\W\d_])([a-ząćęłńóśźż])\. (?=[a-ząćęłńóśźż]\.)")
#: a quotation mark standing alone between spaces: a tokenizer split it off the words it encloses
_LONE_QUOTE = re.compile(r'"+|„|”')


def _untokenized(phrase: str, out: str) -> str:
    """The name as Polish typography writes it where a tokenizer spaced every token apart (KPWr's phrases, a
    tokenized text): a hyphen joins its words ('Lejb-Gwardyjski'), a comma, period, colon or question mark sits
    against the word before it, digits around a separator make one number ('2.0'), 'o. o.' is 'o.o.'. A dash
    stays spaced as the phrase spaces it ('Passauer – Polskapresse'): only the hyphen joins (the name's own code
    reads a dash as a hyphen)."""
    marks = [m.group() for m in _ANY_HYPHEN.finditer(phrase)]
    if len(marks) == len(_ANY_HYPHEN.findall(out)):
        written = iter(marks)
        out = _ANY_HYPHEN.sub(lambda _: " - " if next(written) in (" – ", " — ") else "-", out)
    else:
        out = _SPACED_HYPHEN.sub("-", out)
    out = _SPACED_CLOSING.sub(r"\1", out)
    return _LOWER_INITIALS.sub(r"\1.", _SPACED_NUMBER.sub(r"\1", out))


def _hug_quotes(phrase: str) -> str:
    """Quotation marks a tokenizer set apart hug the words they enclose, the first of a pair opening
    ('Klub " Orlik " Lipno' -> 'Klub "Orlik" Lipno'); marks written against a word are left as they are."""
    words: list[str] = []
    pending, opening = "", True
    for word in phrase.split(" "):
        if not _LONE_QUOTE.fullmatch(word):
            words.append(pending + word)
            pending = ""
            continue
        opens = word == "„" or word != "”" and opening
        opening = not opens
        if opens or not words:
            pending += word  # an opening mark goes with the word after it
        else:
            words[-1] += word  # a closing one with the word before it
    return " ".join(words + ([pending] if pending else []))


#: two or more capitals standing alone with single spaces between them ('W K D'): one acronym a tokenizer spelt out
_LETTER_RUN = re.compile(r"(?<![^\W\d_])[A-ZĄĆĘŁŃÓŚŹŻ](?: [A-ZĄĆĘŁŃÓŚŹŻ])+(?![^\W\d_]|\.)")


def _glue_letter_runs(out: str) -> str:
    """'W K D' -> 'WKD': capitals standing alone in a row spell one acronym (a person's initials take periods)."""
    return _LETTER_RUN.sub(lambda m: m.group().replace(" ", ""), out)


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


def _short_acronym(phrase: str) -> bool:
    """'PUP', 'KUL': a body named by up to four capitals is its acronym, which does not decline, whatever common
    word's form the letters also spell ("pup", "kul": genitives of "pupa", "kula")."""
    return 2 <= len(phrase) <= 4 and phrase.isalpha() and phrase.isupper()


def _known_acronym(phrase: str) -> bool:
    """'NATO': one word in capitals that the dictionary spells so is an acronym, its own base form (it does not
    decline), unless it is also a name's form other than a vocative ('JANA'; 'Nato' is only Nat's vocative)."""
    from pipeline.text.morphology import analyse

    if not (phrase.isupper() and phrase.isalpha()):
        return False
    readings = analyse(phrase)
    return any(a.lemma == phrase and a.pos == "subst" for a in readings) and not any(
        a.lemma != phrase and a.names and a.cases - {"voc"} for a in readings)  # "JANA": Jan's genitive


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
