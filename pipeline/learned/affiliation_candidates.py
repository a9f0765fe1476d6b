"""The organizations a learned affiliation decision chooses among, for each merged person.

The rules give a person organizations through their titles ("dyrektor Urzędu Gminy X") and an affiliation
("z Fundacji X"); many people stand next to an organization the rules did not attach ("Jan Kos (Fundacja X)",
a list line "Jan Kos, Stowarzyszenie Y"), and some of the rules' organizations are a department whose parent
the page names ("Biuro ZPP" of the Związek Powiatów Polskich). The candidates are the rules' organizations,
the page's extracted organizations mentioned on a person's line or in their sentence near a mention, and the
parent of a department candidate. Everything is read from per-document data: the merged people and
organizations with their mention spans and the token columns (`Context.features`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from pipeline.extract.title_words import UNIT_WORDS
from pipeline.match_key import norm
from pipeline.models import Organization, Person
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: Tokens (spaces excluded) between a person's mention and an organization's beyond which no candidate is made.
MAX_TOKENS = 25
_BULLETS = "-–—•*·▪►"
_DASHES = frozenset({"-", "–", "—"})


@dataclass
class Relation:
    """How one organization's nearest mention stands to one of the person's mentions."""

    side: str = "none"  #: "before" | "after" the person's mention | "none" (not mentioned near)
    gap: str = "none"  #: "adjacent" | "paren" | "comma" | "dash" | "colon" | "words" | "none"
    distance: int = -1  #: word tokens between them
    scope: str = "none"  #: "line" | "sentence" | "none"
    link: str | None = None  #: lemma of the word right before the organization's mention on its line
    other_between: bool = False  #: another person's mention stands between them
    nearest: bool = False  #: of all people, this person's mention is the nearest to that organization mention
    line_start: bool = False  #: the person's mention opens its line (a list line)
    bullet: bool = False  #: the line opens with a bullet or dash
    pairs: int = 0  #: how many (person mention, organization mention) pairs are near


@dataclass
class AffiliationCandidate:
    name: str  #: what the person gets as their organization
    sources: list[str] = field(default_factory=list)  #: "role:<rule>", "affiliation", "near", "parent"
    org: Organization | None = None  #: the page's organization it is, when one is
    relation: Relation = field(default_factory=Relation)

    @property
    def by_rules(self) -> bool:
        return any(s.startswith(("role", "affiliation")) for s in self.sources)


class _Index:
    """Per-document positions: word-token index of a character, sentence of a token, people's mention tokens."""

    def __init__(self, ctx: Context, people: list[Person]) -> None:
        f = ctx.features
        self.ctx, self.starts, self.sentence = ctx, f.starts, f.sentence
        words = [i for i, sp in enumerate(f.is_space) if not sp]
        self.word_rank = [0] * (len(f.starts) + 1)
        rank = 0
        w = set(words)
        for i in range(len(f.starts)):
            self.word_rank[i] = rank
            rank += i in w
        self.word_rank[len(f.starts)] = rank
        self.people_at = [(m.start, m.end, k) for k, p in enumerate(people) for m in p.mentions]

    def token(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def same_line(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return "\n" not in self.ctx.text[lo:hi]


def _gap_kind(gap: str) -> str:
    core = gap.strip()
    if not core:
        return "adjacent"
    if core[0] in "(" or core[-1] == "(":
        return "paren"
    if core in (",", ";"):
        return "comma"
    if core in _DASHES or core.strip(",") in _DASHES:
        return "dash"
    if core.endswith(":"):
        return "colon"
    return "words"


def _relation(ix: _Index, person_k: int, pm, om) -> Relation | None:
    """The relation of one person mention and one organization mention, or None when they are not near."""
    if om.start < pm.end and pm.start < om.end:
        return None
    after = om.start >= pm.end
    a, b = (pm.end, om.start) if after else (om.end, pm.start)
    ta, tb = ix.token(pm.start), ix.token(om.start)
    distance = max(0, abs(ix.word_rank[ix.token(b)] - ix.word_rank[ix.token(a)]) - 1)  # words between
    line = ix.same_line(a, b)
    sentence = ix.sentence[ta] == ix.sentence[tb]
    if distance > MAX_TOKENS or not (line or sentence):
        return None
    gap = ix.ctx.text[a:b]
    f = ix.ctx.features
    link = None
    k = tb - 1
    while k >= 0 and f.is_space[k]:
        k -= 1
    if k >= 0 and ix.same_line(f.starts[k], om.start) and any(c.isalpha() for c in f.texts[k]):
        link = f.lemma[k].lower()
    between = any(k2 != person_k and a <= s and e <= b for s, e, k2 in ix.people_at)
    line_begin = ix.ctx.text.rfind("\n", 0, pm.start) + 1
    head = ix.ctx.text[line_begin:pm.start]
    return Relation("after" if after else "before", _gap_kind(gap), distance, "line" if line else "sentence", link,
                    between, False, not head.strip(_BULLETS + " \t0123456789.)"),
                    head.lstrip()[:1] in _BULLETS and head.strip() != "", 1)


def _nearest(ix: _Index, person_k: int, om_start: int) -> bool:
    """Is this person's mention the nearest (in words, on the line or in the sentence) to the organization's?"""
    tb = ix.token(om_start)
    near = [(abs(ix.word_rank[ix.token(s)] - ix.word_rank[tb]), k2) for s, _e, k2 in ix.people_at
            if abs(s - om_start) < 400 and (ix.same_line(s, om_start) or ix.sentence[ix.token(s)] == ix.sentence[tb])]
    return bool(near) and min(near)[1] == person_k


def _better(new: Relation, old: Relation) -> bool:
    return old.side == "none" or (new.scope, new.distance) < (old.scope, old.distance)


def _relate(ix: _Index, person_k: int, person: Person, org: Organization) -> Relation:
    best, best_om = Relation(), None
    pairs = 0
    for pm in person.mentions:
        for om in org.mentions:
            if abs(om.start - pm.start) > 400:
                continue
            rel = _relation(ix, person_k, pm, om)
            if rel is None:
                continue
            pairs += 1
            if _better(rel, best):
                best, best_om = rel, om
    best.pairs = pairs
    if best_om is not None:
        best.nearest = _nearest(ix, person_k, best_om.start)
    return best


def _find(name: str, organizations: list[Organization]) -> Organization | None:
    key = norm(name)
    return next((o for o in organizations if norm(o.name) == key), None) or next(
        (o for o in organizations if o.acronym and norm(o.acronym) == key), None)


def is_department(name: str) -> bool:
    """A name headed by a unit of an office or institution ("Biuro ZPP", "Wydział Oświaty Urzędu Miasta")."""
    word = name.split()[0] if name.split() else ""
    return any(a.lemma.lower() in UNIT_WORDS for a in analyse(word) if a.pos in ("subst", "depr"))


def _parent(name: str, organizations: list[Organization]) -> Organization | None:
    """Another page organization whose name or acronym a department's name contains as whole words."""
    for org in organizations:
        if norm(org.name) == norm(name):
            continue
        for alias in (org.name, org.acronym):
            if alias and norm(alias) != norm(name) and len(alias) >= 2 and \
                    re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", name[len(name.split()[0]):]):
                return org
    return None


def affiliation_candidates(ctx: Context, people: list[Person],
                           organizations: list[Organization]) -> list[list[AffiliationCandidate]]:
    """Each person's candidates (in `people` order): the rules' organizations first, then the near ones, then
    parents of departments; one candidate per organization (the rules' string when the rules named it)."""
    ix = _Index(ctx, people)
    out: list[list[AffiliationCandidate]] = []
    for k, person in enumerate(people):
        cands: dict[str, AffiliationCandidate] = {}

        def add(name: str, source: str, org: Organization | None, cands=cands) -> None:
            key = norm(org.name) if org is not None else norm(name)
            cand = cands.get(key)  # type: ignore[arg-type]
            if cand is None:
                cand = cands[key] = AffiliationCandidate(name, [], org)  # type: ignore[index]
            if source not in cand.sources:
                cand.sources.append(source)

        for role in person.roles:
            if role.organization:
                add(role.organization, f"role:{role.mention.rule if role.mention else ''}",
                    _find(role.organization, organizations))
        if person.affiliation:
            add(person.affiliation, "affiliation", _find(person.affiliation, organizations))
        relations = {id(org): _relate(ix, k, person, org) for org in organizations if org.mentions}
        for org in organizations:
            if id(org) in relations and relations[id(org)].side != "none":
                add(org.name, "near", org)
        for cand in list(cands.values()):
            if is_department(cand.name) and (parent := _parent(cand.name, organizations)) is not None:
                add(parent.name, "parent", parent)
        for cand in cands.values():
            if cand.org is not None and id(cand.org) in relations:
                cand.relation = relations[id(cand.org)]
        out.append(list(cands.values()))
    return out
