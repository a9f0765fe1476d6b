"""What a learned affiliation decision reads about one organization candidate of one person.

Binary features named by kind: where the candidate comes from (`src=` a title's organization with the rule
behind the title, the rules' affiliation, an organization named near the person, a department's parent), how
its nearest mention stands to the person's (side, the gap's punctuation, words between, the line or only the
sentence, the lemma of the word right before it, another person between, the person the nearest), the kind of
its head word (a unit of government, an institution, a department noun, an acronym), whether it is the
organizer or a co-organizer, the person's part and titles, and how many people and candidates share it.
No page ids, site names or inflected strings: words are lemmas or lexicon kinds.
"""

from __future__ import annotations

from pipeline.learned.affiliation_candidates import AffiliationCandidate, is_department
from pipeline.learned.context_features import bucket
from pipeline.learned.role_candidates import word_kind
from pipeline.learned.role_features import title_kind
from pipeline.learned.span_features import head_kind
from pipeline.models import Event, Person
from pipeline.text.morphology import analyse

#: Words before an organization that tie it to a person: kept as their lemma; any other word is "other".
LINK_LEMMAS = frozenset({"z", "ze", "od", "przy", "w", "we", "na", "do", "dla", "i", "oraz", "reprezentować",
                         "reprezentujący", "przedstawiciel", "przedstawicielka", "reprezentant", "członek",
                         "pracownik", "ramię", "imię", "ramach", "kierować", "prowadzić", "współpraca"})


def _distance(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8-15" if n <= 15 else "16+"


def _link(lemma: str | None) -> str:
    if lemma is None:
        return "none"
    if lemma in LINK_LEMMAS:
        return lemma
    lemma_, kind = word_kind(lemma, analyse(lemma))
    if kind == "title":
        return "title"
    return f"kind:{kind}"


def _org_kind(name: str, acronym: str | None) -> tuple[str, str | None]:
    """(kind of the name's head, the head's lemma when it is a lexicon institution or unit word)."""
    kind = head_kind(name, acronym)
    words = name.split()
    if not words or kind == "acronym":
        return kind, None
    lemma, wkind = word_kind(words[0], analyse(words[0]))
    return kind, lemma if wkind in ("unit", "org_head") else None


def affiliation_features(person: Person, cand: AffiliationCandidate, others: list[AffiliationCandidate],
                         event: Event, shared: int) -> dict[str, float]:
    """Binary features of one candidate (`others`: the person's candidates; `shared`: how many people have it)."""
    out: dict[str, float] = {}
    for src in cand.sources:
        kind = src.split(":")[0]
        out[f"src={kind}"] = 1.0
        out[f"src={src}"] = 1.0
    origin = "rules" if cand.by_rules else "new"
    out[f"origin={origin}"] = 1.0
    out[f"sources={len(cand.sources)}"] = 1.0
    rel = cand.relation
    out[f"side={rel.side}"] = 1.0
    out[f"gap={rel.gap}"] = 1.0
    out[f"side={rel.side}+gap={rel.gap}"] = 1.0
    out[f"origin={origin}+side={rel.side}+gap={rel.gap}"] = 1.0
    if rel.side != "none":
        dist = _distance(rel.distance)
        out[f"dist={dist}"] = 1.0
        out[f"side={rel.side}+dist={dist}"] = 1.0
        out[f"origin={origin}+dist={dist}"] = 1.0
        out[f"scope={rel.scope}"] = 1.0
        link = _link(rel.link)
        out[f"link={link}"] = 1.0
        out[f"side={rel.side}+link={link}"] = 1.0
        out[f"pairs={bucket(rel.pairs)}"] = 1.0
        if rel.other_between:
            out["other_between"] = 1.0
        out[f"nearest={rel.nearest}"] = 1.0
        out[f"origin={origin}+nearest={rel.nearest}"] = 1.0
        if rel.line_start:
            out["line_start"] = 1.0
            out[f"line_start+side={rel.side}+gap={rel.gap}"] = 1.0
        if rel.bullet:
            out["bullet_line"] = 1.0
    acronym = cand.org.acronym if cand.org is not None else None
    kind, head = _org_kind(cand.name, acronym)
    out[f"org_kind={kind}"] = 1.0
    out[f"origin={origin}+org_kind={kind}"] = 1.0
    if head:
        out[f"org_head={head}"] = 1.0
    if is_department(cand.name):
        out["department"] = 1.0
    out[f"org_words={min(len(cand.name.split()), 6)}"] = 1.0
    if cand.org is None:
        out["not_a_page_org"] = 1.0
    else:
        out[f"org_mentions={bucket(len(cand.org.mentions))}"] = 1.0
    names = {cand.name} | ({cand.org.name, cand.org.acronym} - {None} if cand.org is not None else set())
    if event.organizer and (event.organizer in names or any(event.organizer.startswith(n + " w") for n in names)):
        out["organizer"] = 1.0
        out[f"organizer+part={person.part}"] = 1.0
    if names & set(event.co_organizers):
        out["co_organizer"] = 1.0
    out[f"part={person.part}"] = 1.0
    out[f"part={person.part}+origin={origin}"] = 1.0
    if person.roles:
        tkind = title_kind(person.roles[0].title.split()[0])
        out[f"title_kind={tkind}"] = 1.0
        out[f"title_kind={tkind}+origin={origin}"] = 1.0
    else:
        out["no_title"] = 1.0
    out[f"shared={bucket(shared)}"] = 1.0
    out[f"candidates={bucket(len(others))}"] = 1.0
    rules = sum(c.by_rules for c in others)
    out[f"rule_candidates={bucket(rules)}"] = 1.0
    out[f"origin={origin}+rule_candidates={bucket(rules)}"] = 1.0
    return out
