"""A body's name read right after an organizer cue when no organization mention starts there (`organizer_phrases`):
the capitalised run of its words on one line, in the nominative as written or built from its declined form, with a
branch's seat after a dash ("Towarzystwo X – Oddział w Y")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.lexicon.bodies import BODY_HEADS
from pipeline.lexicon.words import ORG_HEADS, first_name, noun_lemmas
from pipeline.text.context import Context

#: "Czerwony Krzyż – oddział w Lipnie": a branch stays whole with its seat (docs/annotation.md, branches).
_BRANCH = re.compile(r"\s*[–-]\s*(?:oddział|filia|koło|delegatura)\s+w(?:e)?\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+")
#: Small words inside a body's name before a capitalised word ("Zespół ds. Wspierania Rad przy Jednostkach").
_IN_NAME = frozenset({"ds.", "ds", "do", "spraw", "na", "rzecz", "przy", "im.", "dla"})
#: A patron's honorifics inside a name ("Fundacja im. ks. Jana X", "Parafia pw. św. Anny").
_HONORIFICS = frozenset({"ks.", "św.", "bł.", "gen.", "prof.", "kard.", "abp.", "pw.", "p.w."})


def capitalised_run(toks: list[Token], k: int) -> list[Token]:
    """Capitalised words from k on one line ("Rzeczyca Wielka", "Olszewo-Borki", "Zespół ds. Wspierania Rad")."""
    out: list[Token] = []
    while k < len(toks):
        t = toks[k]
        if t.text == "-" and out and not out[-1].whitespace_ and not t.whitespace_:
            out.append(t)
        elif out and (t.text.lower() in _IN_NAME or t.text.lower() in _HONORIFICS and any(
                o.text.lower() in ("im.", "pw.", "p.w.") for o in out)) and "\n" not in out[-1].whitespace_ and _capital_next(
                toks, k):
            out.append(t)
        elif t.text[:1].isupper() and (not out or "\n" not in out[-1].whitespace_):
            out.append(t)
        else:
            break
        k += 1
    while out and (out[-1].text == "-" or out[-1].text.lower() in _IN_NAME):
        out.pop()
    return out


def _capital_next(toks: list[Token], k: int) -> bool:
    """The word after token k (past ".", "rzecz" and a patron's honorific) is capitalised."""
    j = k + 1
    while j < len(toks) and (toks[j].is_space and "\n" not in toks[j].text or toks[j].text in (".", "rzecz")
                             or toks[j].text.lower() in _HONORIFICS):
        j += 1
    return j < len(toks) and toks[j].text[:1].isupper()


def name_item(ctx: Context, toks: list[Token], k: int) -> tuple[str, int] | None:
    """A capitalised body's name from token k: the organization's words, with a branch's seat after a dash; not
    a person's name, not a bare place."""
    from pipeline.extract.organizations import organization_base

    run = capitalised_run(toks, k)
    if not run or first_name(run[0]) is not None:
        return None
    patron = next((j for j, t in enumerate(run) if t.text.lower() == "im."), len(run))
    if any(first_name(t) is not None for t in run[:patron]):
        return None  # "z inicjatywy Wojewody X Jana Nowaka": an office holder, not a body
    headed = any(noun_lemmas(t) & (ORG_HEADS | BODY_HEADS) for t in run)
    end = run[-1].idx + len(run[-1].text)
    if any("nom" in a.cases for a in run[0]._.morf if a.pos in ("subst", "adj", "depr")) and not _genitive(run):
        name = ctx.text[run[0].idx:end]  # "przez Oddział Wojewódzki Towarzystwa X": written in the nominative
    elif headed or _genitive(run):  # the agreeing adjective fixes the head's case and number: no guess
        name = organization_base(run, ctx.norm)
    else:
        return None  # a declined name without an institutional head: its base form is a guess
    if len(run) < 2:
        return None  # "przez Parafię", "przez Fundację": a kind word alone names no body
    branch = _BRANCH.match(ctx.norm, end)
    if branch:
        name += ctx.text[end:branch.end()]
        end = branch.end()
    k += len(run)
    while k < len(toks) and toks[k].idx < end:
        k += 1
    return name, k


def _genitive(run: list[Token]) -> bool:
    """"staraniem Gospodarstwa Rybackiego": the head reads as a nominative plural too, but the adjective after it
    agrees with it only as a genitive, so the name is declined (its base form is built, not the words kept). With no
    adjective after it, a body's head noun ("Stowarzyszenia Aktywni") that is a nominative only in the plural and a
    genitive in the singular names one body in the genitive."""
    heads = [a for a in run[0]._.morf if a.pos in ("subst", "depr")]
    adjectives = [a for a in run[1]._.morf if a.pos == "adj"] if len(run) > 1 else []

    def agree(case: str) -> bool:
        return any(case in h.cases and case in a.cases and h.number == a.number and bool(h.genders & a.genders)
                   for h in heads for a in adjectives)
    if agree("gen") or agree("nom"):
        return not agree("nom")
    bodies = [h for h in heads if h.lemma.lower() in ORG_HEADS | BODY_HEADS]  # the adjective is the body's own name's
    return len(run) > 1 and any("gen" in h.cases and h.number == "sg" for h in bodies) and all(
        h.number == "pl" for h in bodies if "nom" in h.cases)
