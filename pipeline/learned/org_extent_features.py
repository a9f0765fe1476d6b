"""What a learned extent decision reads about one variant of an organization name.

Binary features named by kind: where the variant comes from (`src=` the rules' extent, a quoted name, a seat,
"i/oraz" + words, genitive words, a cut seat or cut words) and the rule behind the mention, the head's base
form, the kind of each word added or cut (a locality or another place, a person's name, an institution's head
noun, an adjective, a proper or common noun, a quote, an acronym), its case and capitalisation, whether the
variant's words are written again elsewhere on the page (a name repeated in full is a name), whether its
initials are an acronym of the page, whether another organization mention lies inside it, what follows it,
and its length. No page ids, site names or inflected strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.org_names import OrgMention, initials
from pipeline.learned.context_features import bucket
from pipeline.learned.org_extent_candidates import CLOSING, OPENING, SEAT_WORDS, ExtentCandidate, words_between
from pipeline.lexicon.words import ORG_HEADS
from pipeline.text.context import Context
from pipeline.text.light import LightToken

_ACRONYM = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ][A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{1,9}\b")


@dataclass(frozen=True)
class DocumentFacts:
    """Per-document facts the features of every variant read: the page's acronyms and the mentions' spans."""

    acronyms: frozenset[str]
    spans: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, ctx: Context, mentions: list[OrgMention]) -> DocumentFacts:
        acronyms = frozenset(w for w in _ACRONYM.findall(ctx.text) if sum(c.isupper() for c in w) >= 2
                             and sum(c.isupper() for c in w) >= len(w) - 2)
        return cls(acronyms, tuple((m.mention.start, m.mention.end) for m in mentions))


def word_kind(tok: LightToken) -> str:
    """The kind of one added or cut word, from its readings (SGJP name categories, lemmas) and its shape."""
    text = tok.text
    if text in OPENING or text in CLOSING:
        return "quote"
    if not any(c.isalpha() for c in text):
        return "punct" if not text.isdigit() else "number"
    low = text.lower()
    if low in ("w", "we", "z", "ze", "i", "oraz", "do", "dla", "na", "im.", "przy", "od"):
        return f"link_{low}"
    morf = tok.morf
    names = {n for a in morf for n in a.names}
    if text.isupper() and len(text) >= 2:
        return "caps"
    if any(a.lemma.lower() in ORG_HEADS for a in morf if a.pos in ("subst", "depr")):
        return "org_head"
    if "nazwa_geograficzna" in names:
        return "place"
    if "imię" in names or "nazwisko" in names:
        return "person"
    if names:
        return "proper"
    nouns = [a for a in morf if a.pos in ("subst", "depr", "ger")]
    adjectives = [a for a in morf if a.pos == "adj"]
    if adjectives and not nouns:
        return "adj"
    if nouns:
        return "noun"
    return "unknown" if not morf else "other"


def _case(tok: LightToken) -> str:
    cases = {c for a in tok.morf if a.pos in ("subst", "adj", "depr", "ger") for c in a.cases}
    for case in ("loc", "gen", "nom", "inst"):
        if case in cases:
            return case
    return "none"


def _cases_of(tok: LightToken) -> frozenset[str]:
    return frozenset(c for a in tok.morf if a.pos in ("subst", "adj", "depr", "ger") for c in a.cases)


def _shape(tok: LightToken) -> str:
    if tok.text.isupper() and len(tok.text) > 1:
        return "caps"
    return "upper" if tok.text[:1].isupper() else "lower"


def _next_kind(ctx: Context, end: int) -> str:
    rest = ctx.text[end:end + 30]
    stripped = rest.lstrip(" \t")
    if not stripped or stripped[0] == "\n":
        return "eol"
    if not stripped[0].isalnum():
        return f"punct{stripped[0]}" if stripped[0] in ",.;:()-–„\"" else "punct"
    word = stripped.split()[0]
    if word.lower() in ("w", "we", "z", "ze", "i", "oraz"):
        return f"word_{word.lower()}"
    return "upper" if word[:1].isupper() else "lower"


def _repetition(ctx: Context, cand: ExtentCandidate, rule: ExtentCandidate) -> list[str]:
    """How the page writes the variant elsewhere: its words again (a name repeated in full is a name), its
    base form, or (a shorter variant) its words without what it cuts."""
    surface = ctx.text[cand.start:cand.end]
    count = ctx.text.count(surface)
    out = []
    if cand.end > rule.end and count > 1:
        out.append("longer_repeated")
    if cand.end < rule.end and count > ctx.text.count(ctx.text[rule.start:rule.end]):
        out.append("shorter_alone_elsewhere")
    if cand.name != surface and cand.name in ctx.text:
        out.append("base_written")
    return out


def core_kinds(words: list[LightToken], head: str | None) -> set[str]:
    """The kinds of the words a name has besides its head, before its seat (the conventions keep a seat after a
    generic name, head and adjectives, and drop it after a proper part: a quote, a patron, a proper noun)."""
    at = next((k for k, t in enumerate(words) if head and any(a.lemma.lower() == head for a in t.morf)), 0)
    out: set[str] = set()
    for k, tok in enumerate(words):
        if k > at and tok.text.lower() in SEAT_WORDS:
            break
        if k == at:
            continue
        low = tok.text.lower()
        kind = word_kind(tok)
        if low in ("im.", "imienia"):
            out.add("patron")
        elif kind in ("quote", "caps", "person", "proper", "place", "number"):
            out.add(kind)
        elif kind in ("noun", "org_head"):
            out.add("cap_noun" if tok.text[:1].isupper() else "low_noun")
        elif kind == "adj":
            out.add("adj_before" if k < at else "adj_after")
        elif kind.startswith("link_"):
            out.add("link")
    return out or {"bare"}


def extent_features(ctx: Context, cand: ExtentCandidate, others: list[ExtentCandidate],
                    facts: DocumentFacts) -> dict[str, float]:
    """Binary features of one variant (`others`: the mention's candidates, the rules' first)."""
    src = cand.source
    kind = src.split("+")[-1]
    words = len(cand.name.split())
    out: dict[str, float] = {f"src={src}": 1.0, f"rule={cand.rule}": 1.0, f"src={kind}+rule={cand.rule}": 1.0,
                             f"words={bucket(words)}": 1.0, f"src={kind}+words={bucket(words)}": 1.0}
    if cand.head is not None:
        out[f"head={cand.head}"] = 1.0
        out[f"src={kind}+head={cand.head}"] = 1.0
    else:
        out["no_head"] = 1.0
    changed = cand.added or cand.removed
    sign = "add" if cand.added else "cut"
    for k, tok in enumerate(changed):
        wkind = word_kind(tok)
        out[f"{sign}:kind={wkind}"] = 1.0
        out[f"{kind}:kind={wkind}"] = 1.0
        out[f"{sign}:shape={_shape(tok)}"] = 1.0
        if k == 0 or k == 1:
            out[f"{kind}:w{k}={wkind}"] = 1.0
            out[f"{kind}:w{k}_case={_case(tok)}"] = 1.0
        if k == len(changed) - 1:
            out[f"{kind}:last={wkind}"] = 1.0
    if changed:
        out[f"{sign}:count={bucket(len(changed))}"] = 1.0
        out[f"{kind}:ends_line={chr(10) in changed[-1].whitespace_}"] = 1.0
    if src != "rule":
        content = [t for t in cand.added if t.is_alpha and t.text[:1].isupper()]
        if content and any(word_kind(t) == "org_head" for t in content[:1]):
            out[f"{kind}:second_head"] = 1.0
    for name in _repetition(ctx, cand, others[0]):
        out[name] = 1.0
        out[f"src={kind}+{name}"] = 1.0
    rule_words = words_between(ctx, others[0].start, others[0].end)
    last = word_kind(rule_words[-1]) if rule_words else "none"
    out[f"{kind}:rule_last={last}"] = 1.0
    if len(rule_words) > 1 and rule_words[-2].text.lower() in ("im.", "imienia"):
        out[f"{kind}:rule_ends_in_patron"] = 1.0  # "im. Jana" before "i Jędrzeja Śniadeckich"
    if cand.added and kind == "conj" and len(cand.added) > 1 and rule_words:
        shared = _cases_of(rule_words[-1]) & _cases_of(cand.added[1])
        out[f"conj:same_case={bool(shared)}"] = 1.0  # "Wolność i Demokracja": one name's coordinated nouns
    core = core_kinds(words_between(ctx, cand.start, cand.end), cand.head)
    generic = core <= {"adj_before", "adj_after", "bare"}
    out[f"{kind}:generic={generic}"] = 1.0
    for c in core:
        out[f"core={c}"] = 1.0
        out[f"{kind}:core={c}"] = 1.0
    letters = initials(cand.name)
    if len(letters) >= 2 and letters in facts.acronyms:
        out["initials_acronym"] = 1.0
        out[f"src={kind}+initials_acronym"] = 1.0
    inside = any(s >= cand.start and e <= cand.end and (s, e) != (cand.start, cand.end) and s >= others[0].end
                 for s, e in facts.spans)
    if inside:
        out[f"{kind}:covers_mention"] = 1.0
    out[f"next={_next_kind(ctx, cand.end)}"] = 1.0
    out[f"src={kind}+next={_next_kind(ctx, cand.end)}"] = 1.0
    out[f"variants={bucket(len(others))}"] = 1.0
    return out
