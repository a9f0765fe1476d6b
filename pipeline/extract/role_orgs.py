"""The organization a title names, after the title ("prezes Fundacji X", "kierownik Wydziału Y Starostwa Z"):
where it ends, when a unit's seat is no organization, and the `Role` with its institution's character span."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.role_titles import INSTITUTION_WORDS, UNIT_GENITIVES, matter_after
from pipeline.extract.role_titles import title_at as _title_at
from pipeline.extract.title_matter import body_matter
from pipeline.extract.title_words import department_parent
from pipeline.lexicon.words import ORG_HEADS, first_name
from pipeline.models import Role
from pipeline.ner.name_words import patron_end
from pipeline.text.context import Context

EXTRACTOR = "extract.people"
_UNIT_GENITIVES = frozenset(UNIT_GENITIVES.values())


def make_role(
    ctx: Context, title: str, k: int, after: int, until: int | None = None
) -> tuple[Role, tuple[int, int] | None]:
    """The role and the character span of its institution (resolved to an entity later)."""
    doc = ctx.light_tokens  # plain token objects: the rules only index, slice and iterate
    if (until is None or until > after + 1) and _seat_adjective(doc, after):
        after += 1  # "dyrektor lipnowskiego PUP-u": the office is the acronym; the adjective only says where
    if until is None and _unit_before_name(doc, after):
        end = org_end(doc, after + 1)  # "sołtys wsi Lipiny", "wójt gminy Lipno": the unit's noun, then its name
    else:
        end = until if until is not None else org_end(doc, after)
    past = end
    if end > after and "ds." not in title.split():  # "pełnomocnik prezydenta Elbląga ds. seniorów": the title's matter
        d = next((x for x in range(after, end) if doc[x].text == "ds."), end)
        matter, stop = matter_after(doc, d)
        if matter and not body_matter(doc, d):
            title, past, end = f"{title} {matter}", max(stop, end), d
    parent = department_parent(doc, after, end)
    org_tokens = [t for t in doc[slice(*parent) if parent else slice(after, end)] if not t.is_space]
    if org_tokens and (_unit_seat(title, org_tokens) or _work_name(title, org_tokens)):
        org_tokens = []
    org_span = (org_tokens[0].idx, org_tokens[-1].idx + len(org_tokens[-1].text)) if org_tokens else None
    org = ctx.text[org_span[0]:org_span[1]] if org_span else None
    span_end = doc[past - 1].idx + len(doc[past - 1].text) if past > k else doc[k].idx + len(doc[k].text)
    mention = ctx.mention(doc[k].idx, span_end, EXTRACTOR, 0.75, "role_title")
    return Role(title=title, organization=org, mention=mention), org_span


#: Lower-case nouns of a territorial unit whose proper name follows in the nominative or genitive ("wsi Lipiny").
_UNIT_NOUNS = frozenset({"wieś", "sołectwo", "miejscowość", "gmina", "miasto", "powiat", "województwo", "osiedle"})


def _unit_before_name(doc: Doc, k: int) -> bool:
    """'wsi' in "sołtys wsi Lipiny": a lower-case genitive of a territorial unit right before a capitalised word
    that is no first name (the unit's name, the title's organization; not "sołtys wsi Jan Kos")."""
    if k + 1 >= len(doc) or not doc[k].text.islower() or not doc[k + 1].text[:1].isupper():
        return False
    return first_name(doc[k + 1]) is None and any(
        a.pos == "subst" and "gen" in a.cases and a.lemma in _UNIT_NOUNS for a in doc[k]._.morf)


#: Nouns of a programme or a project: the quoted name after "koordynator programu" is the programme's, no body's.
WORK_NOUNS = frozenset({"program", "programu", "projekt", "projektu", "kampania", "kampanii", "akcja", "akcji"})


def _work_name(title: str, org: list[Token]) -> bool:
    """'koordynator programu „Tenisowe asy”': a quoted name right after a title ending with a programme's or project's
    noun names that work (docs/annotation.md: a programme is no organization), not the person's organization."""
    return title.split()[-1] in WORK_NOUNS and org[0].text in ("„", '"', "“")


def _seat_adjective(doc: Doc, k: int) -> bool:
    """'lipnowskiego' in "dyrektor lipnowskiego PUP-u": a lower-case genitive adjective right before an acronym
    (which has no case to agree with) names the office's seat, the acronym the office. So does a relational
    adjective (-ski, -cki, -dzki) agreeing with a capitalised institution's head ("prezes lipnowskiego Bractwa
    Strzeleckiego"): lower case, it is no part of the name (docs/annotation.md, as 551)."""
    if k + 1 >= len(doc) or not doc[k].text[:1].islower() or not doc[k].text.isalpha():
        return False
    nxt = doc[k + 1].text
    if len(nxt) >= 2 and nxt.isalpha() and nxt.isupper():
        return any(a.pos == "adj" and "gen" in a.cases for a in doc[k]._.morf)
    if not nxt[:1].isupper():
        return False
    adj_cases = {c for a in doc[k]._.morf if a.pos == "adj" and a.lemma.endswith(("ski", "cki", "dzki"))
                 for c in a.cases}
    return "gen" in adj_cases and any(a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORG_HEADS
                                      for a in doc[k + 1]._.morf)


def _unit_seat(title: str, org: list[Token]) -> bool:
    """'szef biura w Krakowie': after a title ending with its unit, "w" and a place is the unit's seat, not the
    person's organization (one with an institution's head or an acronym is: "dyrektor wydziału w Urzędzie X")."""
    if org[0].text not in ("w", "we") or title.split()[-1] not in _UNIT_GENITIVES:
        return False
    return not any((t.text.isupper() and len(t.text) >= 2) or any(
        a.pos == "subst" and a.lemma.lower() in ORG_HEADS | INSTITUTION_WORDS for a in t._.morf) for t in org[1:])


def _kind_before_quote(doc: Doc, j: int) -> int | None:
    """The index of the opening quote after a lower-case institution noun in the genitive and its lower-case
    adjectives ("firmy „X”", "spółdzielni socjalnej „Y”"), or None."""
    if not doc[j].text.islower() or not any(a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORG_HEADS
                                            for a in doc[j]._.morf):
        return None
    k = j + 1
    while k < min(len(doc), j + 3) and doc[k].text.islower() and any(a.pos == "adj" for a in doc[k]._.morf):
        k += 1
    return k if k < len(doc) and doc[k].text in ("„", '"', "“") else None


#: Words that open a patron's name inside a body's name ("pw. św. Marcina", "im. Jana Kosa").
_PATRON_MARKS = frozenset({"pw.", "p.w.", "im.", "św.", "bł."})


def _patron_mark(doc: Doc, j: int) -> bool:
    """A patron's mark followed by a capitalised word or another mark ("pw. św. Anny")."""
    return doc[j].text.lower() in _PATRON_MARKS and j + 1 < len(doc) and (
        doc[j + 1].text[:1].isupper() or doc[j + 1].text.lower() in _PATRON_MARKS)


def _kind_before_patron(doc: Doc, j: int) -> bool:
    """'parafii pw. św. Marcina', 'szkoły im. Jana Kosa': a lower-case institution noun in the genitive whose name is
    its patron."""
    return doc[j].text.islower() and j + 1 < len(doc) and _patron_mark(doc, j + 1) and any(
        a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in ORG_HEADS for a in doc[j]._.morf)


def _seat_phrase(doc: Doc, j: int) -> bool:
    """'z siedzibą w X' inside a body's name: its seat, written after it."""
    if doc[j].text == "siedzibą" and j > 0 and doc[j - 1].text == "z":
        j -= 1
    words = [t.text.lower() for t in doc[j:j + 3]]
    return j + 3 < len(doc) and doc[j + 3].text[:1].isupper() and words == ["z", "siedzibą", "w"]


def org_end(doc: Doc, after: int) -> int:
    """The institution after a title: capitalised words, quotes and acronyms up to punctuation."""
    j = after
    quote_open = False
    while j < len(doc):
        t = doc[j]
        if t.text in ('"', "„", "”", "“"):
            quote_open = not quote_open if t.text == '"' else t.text == "„"
            j += 1
            continue
        if j == after and (quote := _kind_before_quote(doc, j)) is not None:
            j = quote  # "właścicielka firmy „Słodki Kąsek”": the body's kind in lower case, then its quoted name
            continue
        if j == after and _kind_before_patron(doc, j) or j > after and _patron_mark(doc, j):
            j += 1  # "proboszcz parafii pw. św. Marcina": the kind in lower case, then its patron
            continue
        if quote_open or t.text[:1].isupper() or (t.text in ("w", "we", "im.", "i", "na") and j + 1 < len(doc)
                                                    and doc[j + 1].text[:1].isupper()) or _seat_phrase(doc, j) or (
                t.text in ("nr", "nr.") and j > after and j + 1 < len(doc) and doc[j + 1].text.isdigit()) or (
                t.text.isdigit() and j > after and doc[j - 1].text in ("nr", "nr.")) or (  # "Szkoły Podstawowej nr 93"
                t.text == "-" and j > after and not t.whitespace_ and not doc[j - 1].whitespace_ and j + 1 < len(doc)
                and doc[j - 1].text[:1].isupper() and doc[j + 1].text[:1].isupper()):  # "Bielska-Białej"
            patron_words = patron_end(doc, j) if j > after else None
            if patron_words is not None:
                j = patron_words  # "dyrektor Szkoły im. Jana Kosa Anna Nowak": the patron's name, then the holder's
                continue
            if first_name(t) is not None and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and j > after:
                break
            if t.text == "i" and j + 2 < len(doc) and first_name(doc[j + 1]) is not None \
                    and doc[j + 2].text[:1].isupper():
                break  # "ekspert ds. X i Anna Kos": the next name, not a part of the institution
            if t.text == "i" and j > after and _title_at(doc, j + 1) is not None:
                break  # "Przewodnicząca Rady X i Prezes Banku Y": the next title of the same person
            j += 1
            continue
        break
    return j
