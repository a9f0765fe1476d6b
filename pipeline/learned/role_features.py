"""What a learned roles decision reads about one title candidate of one person.

Binary features named by kind: where the candidate comes from (`src=` the rules' title, a shorter or longer
reading of it, an apposition noun) and the rule behind it, the title's head (a base form) and its kind (staff,
official, head of a body, event role, profession), its length, the kind and lemma of each word the variant
adds or cuts (a unit of an office, an institution's head, an adjective, a proper name), where it stands
against the name, whether it agrees in case with the name (an apposition), what follows it, the person's other
titles and part. The words around the title
(`context_features.around`) were tried and left out: they lowered the site-CV F1 (0.7865 -> 0.7812).
No page ids, site names or inflected strings.
"""

from __future__ import annotations

from pipeline.extract.event_roles import EVENT_ROLE_TITLES
from pipeline.learned.context_features import bucket
from pipeline.learned.role_candidates import RoleCandidate, word_kind
from pipeline.lexicon.titles import HEAD_TITLES, OFFICIAL_TITLES, STAFF_TITLES
from pipeline.lexicon.words import ROLE_TITLES
from pipeline.models import Person
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

TITLE_KINDS: dict[str, frozenset[str]] = {"staff": STAFF_TITLES, "official": OFFICIAL_TITLES, "head": HEAD_TITLES,
                                          "event_role": EVENT_ROLE_TITLES}


def title_kind(head: str) -> str:
    for kind, titles in TITLE_KINDS.items():
        if head in titles:
            return kind
    return "lexicon" if head in ROLE_TITLES else "profession"


def _words(n: int) -> str:
    return str(n) if n < 4 else "4+"


def _position(person: Person, start: int) -> str:
    """Before or after the nearest mention of the person; "far" beyond 80 characters."""
    if not person.mentions:
        return "none"
    m = min(person.mentions, key=lambda m: min(abs(start - m.end), abs(start - m.start)))
    gap = m.start - start if start < m.start else start - m.end
    side = "before" if start < m.start else "after"
    return side if gap <= 80 else f"{side}_far"


def _next_kind(ctx: Context, end: int) -> str:
    """What the text has right after the candidate: punctuation, a line's end, a capitalised or a lower-case word."""
    rest = ctx.text[end:end + 40]
    stripped = rest.lstrip(" \t")
    if not stripped or stripped[0] == "\n":
        return "eol"
    if not stripped[0].isalnum():
        return f"punct{stripped[0]}" if stripped[0] in ",.;:()-–" else "punct"
    word = stripped.split()[0]
    return "upper" if word[:1].isupper() else "lower"


_NOMINAL = frozenset({"subst", "adj", "depr", "ger"})


_PERSON_GENDERS = {"m": "m1", "f": "f"}


def _cases(word: str, gender: str | None, lemma: str | None = None) -> frozenset[str]:
    """Cases of the word's nominal readings of the person's gender, and for a name of the person's own base form
    ("Jana" of Jan Kos is genitive or accusative, not the nominative of the names Jana)."""
    wanted = _PERSON_GENDERS.get(gender or "")
    return frozenset(c for a in analyse(word) if a.pos in _NOMINAL and (wanted is None or wanted in a.genders)
                     and (lemma is None or a.lemma == lemma) for c in a.cases)


def _case_agreement(person: Person, title: str, start: int) -> str:
    """Does the title's first word share a case with the nearest mention of the name ("dyrektora Jana Kosa": an
    apposition agrees; "dyrektor … Jana Kosa": it does not)? "unknown" when either has no nominal reading."""
    near = [m for m in person.mentions if min(abs(start - m.end), abs(m.start - start)) <= 80]
    words = title.split()
    if not near or not words:
        return "unknown"
    m = min(near, key=lambda m: min(abs(start - m.end), abs(m.start - start)))
    name_cases = _cases(m.text.split()[0], person.gender, person.name.split()[0])
    title_cases = _cases(words[0], person.gender)
    if not name_cases or not title_cases:
        return "unknown"
    return "yes" if name_cases & title_cases else "no"


def role_features(ctx: Context, person: Person, cand: RoleCandidate, others: list[RoleCandidate]) -> dict[str, float]:
    """Binary features of one candidate (`others`: the person's other candidates)."""
    words = cand.title.split()
    head = words[0]
    kind = title_kind(head)
    out: dict[str, float] = {f"src={cand.source}": 1.0, f"rule={cand.rule}": 1.0, f"head={head}": 1.0,
                             f"head_kind={kind}": 1.0, f"src={cand.source}+kind={kind}": 1.0,
                             f"words={_words(len(words))}": 1.0, f"src={cand.source}+words={_words(len(words))}": 1.0}
    if len(words) > 1:
        last_lemma, last_kind = word_kind(words[-1], analyse(words[-1]))
        out[f"last_kind={last_kind}"] = 1.0
        out[f"last={last_lemma}"] = 1.0
        out[f"head={head}+last_kind={last_kind}"] = 1.0
    for lemma, wkind in cand.changed:
        out[f"{cand.source}:kind={wkind}"] = 1.0
        out[f"{cand.source}:lemma={lemma}"] = 1.0
        out[f"{cand.source}:head_kind={kind}+kind={wkind}"] = 1.0
    out[f"{cand.source}:changed={len(cand.changed)}"] = 1.0
    role = cand.roles[0]
    mention = role.mention
    if role.organization:
        out["has_org"] = 1.0
    if mention is not None:
        position = cand.position if cand.position != "none" else _position(person, mention.start)
        out[f"position={position}"] = 1.0
        out[f"src={cand.source}+position={position}"] = 1.0
        out[f"next={_next_kind(ctx, mention.end)}"] = 1.0
        agreement = _case_agreement(person, mention.text, mention.start)
        out[f"agree={agreement}"] = 1.0
        out[f"src={cand.source}+agree={agreement}"] = 1.0
        if mention.text[:1].isupper():
            out["capitalised"] = 1.0
    else:
        out["no_mention"] = 1.0
    groups = {c.group for c in others if c.source in ("rule", "apposition")}
    out[f"titles={bucket(len(groups))}"] = 1.0
    if any(c.group != cand.group and c.source == "rule" and c.title.split()[0] == head for c in others):
        out["same_head_elsewhere"] = 1.0
    if any(c.group != cand.group and c.source == "rule" and c.title.startswith(cand.title + " ") for c in others):
        out["prefix_of_other_rule_title"] = 1.0
    out[f"part={person.part}"] = 1.0
    out[f"part={person.part}+kind={kind}"] = 1.0
    return out
