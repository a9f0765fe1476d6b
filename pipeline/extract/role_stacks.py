"""Titles of a name that stand apart from it or around other words: a second title stacked before the first ("z
Prezesem Instytutu X posłem Janem Y"), a profession opening a copula sentence ("Solistą koncertu jest A") or after
praise ("– znakomity, polski pianista"), particles between a predicate and the name, and a plural title that one
name in an oblique case does not take ("przedstawiciele Samoobrony Andrzeja Leppera")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.professions import masculine_profession, profession
from pipeline.extract.role_apposition import plural_only, title_cases
from pipeline.extract.role_orgs import org_end
from pipeline.extract.role_titles import title_at
from pipeline.lexicon.words import first_name, role_title


def complemented_profession(doc: Doc, k: int, h: int, cases: frozenset[str]) -> tuple[str, int] | None:
    """'pośrednik pracy Jan Mak', 'z doradczynią zawodu Anną Kos': a profession in the name's case whose one
    lower-case genitive noun (no name, no title of its own) reaches the name: the title keeps its complement."""
    title = profession(doc[k], cases) if k == h - 2 else None
    comp = doc[k + 1] if title else None
    if comp is None or not comp.is_alpha or not comp.text[:1].islower() or comp._.analysis is None \
            or comp._.analysis.pos != "subst" or role_title(comp.text, comp._.morf) is not None:
        return None  # "doradca prezesa Jan Kos": the genitive is another person's title
    genitive = any(a.pos == "subst" and "gen" in a.cases and not a.names for a in comp._.morf)
    return (f"{title} {comp.text.lower()}", h) if genitive else None


def praised_profession(doc: Doc, k: int, cases: frozenset[str] | None) -> tuple[str, int] | None:
    """'A – znakomity, polski skrzypek młodego pokolenia': a profession after the praise and origin adjectives that
    agree with it (they drop, as "wieloletni" does), with a lower-case genitive description after it dropped too."""
    m = k
    while m < min(len(doc), k + 6) and (doc[m].text == "," or doc[m].is_alpha and doc[m].text[:1].islower() and any(
            a.pos == "adj" and a.tag.endswith(":pos") for a in doc[m]._.morf) and profession(doc[m]) is None):
        m += 1
    if m == k or m >= len(doc) or doc[m - 1].text == ",":
        return None
    title = profession(doc[m], cases)
    adjectives = [a for t in doc[k:m] if t.text != "," for a in t._.morf if a.pos == "adj"]
    noun_cases = {c for a in doc[m]._.morf if a.pos == "subst" for c in a.cases}
    if title is None or not any(a.cases & noun_cases for a in adjectives):
        return None
    end = m + 1
    while end < min(len(doc), m + 4) and doc[end].is_alpha and doc[end].text[:1].islower() and any(
            a.pos in ("subst", "adj") and "gen" in a.cases for a in doc[end]._.morf) and not any(
            a.pos in ("fin", "praet", "prep", "conj") for a in doc[end]._.morf):
        end += 1  # "młodego pokolenia": a description of the artist, no part of the title
    if end < len(doc) and not (doc[end].text in (",", ".", ";", ")", "–", "—", "-", "i", "oraz")
                               or "\n" in doc[end - 1].whitespace_):
        return None
    return title, end


def coordinated_name_follows(doc: Doc, j: int) -> bool:
    """Another name right after the one ending at j, joined by a comma, "i" or "oraz" ("A i B", "A, B")."""
    k = j + 1 if j < len(doc) and doc[j].text in (",", "i", "oraz") else j
    return k > j and k + 1 < len(doc) and first_name(doc[k]) is not None and doc[k + 1].text[:1].isupper()


def predicate_profession(doc: Doc, k: int, h: int, sent_start: int) -> tuple[str, int] | None:
    """'Solistą koncertu jest A', 'Pianistką wieczoru była B': a profession in the instrumental opening the sentence,
    the copula after it, is the subject's title; a genitive after it (the event) stays out of the title."""
    if k != sent_start or not doc[k].text[:1].isupper() or role_title(doc[k].text, doc[k]._.morf) is not None:
        return None  # a lexicon title is `title_at`'s to read ("Autorem zdjęć jest A": a credit, no title)
    title = next((a.lemma.lower() for a in doc[k]._.morf if a.pos == "subst" and not a.names and a.number == "sg"
                  and "inst" in a.cases and "m1" in a.genders and masculine_profession(a.lemma.lower())), None) \
        if doc[k].text[1:].islower() and first_name(doc[k]) is None else None
    if title is None or not any(a.lemma in ("być", "zostać") and a.pos in ("fin", "praet", "bedzie") for t in doc[k + 1:h] for a in t._.morf):
        return None
    return title, k + 1


def stacked_title(
    doc: Doc, k: int, sent_start: int, claimed: frozenset[tuple[int, int]]
) -> tuple[str, int, int, int] | None:
    """'z Prezesem Instytutu X posłem Janem Kosem': a title with its institution right before the title at k, in the
    same case and number, is a second title of the same name: (title, start, after, until)."""
    near = title_cases(doc[k], singular=True)
    for s in range(k - 1, max(sent_start, k - 9) - 1, -1):
        if doc[s].text in (".", ";", ":", ",", "-", "–", "—", "(", ")") or "\n" in doc[s].whitespace_ or (
                first_name(doc[s]) is not None and doc[s + 1].text[:1].isupper()):
            return None
        found = title_at(doc, s)
        if found is None:
            continue
        title, after = found
        if plural_only(doc[s]) or any(lo <= doc[s].idx < hi for lo, hi in claimed) \
                or not title_cases(doc[s], singular=True) & near or after == k:
            return None  # "prezes zarządu radny": no institution between, the nearer word is the title's own
        return (title, s, after, k) if org_end(doc, after) == k else None
    return None


def particle(tok: Token) -> bool:
    """'przecież', 'także', 'właśnie' in "Twórcą konwencji był przecież A": a particle (not the negation) leaves the
    copula's predicate with the name."""
    return tok.text.islower() and tok.text != "nie" and bool(tok._.morf) and all(a.pos in ("qub", "part") for a in tok._.morf)


def candidacy(doc: Doc, k: int, found: tuple[str, int]) -> tuple[int, tuple[str, int]]:
    """'kandydat na posła', 'kandydatka na radną': a title governed by "na" after a candidate noun is the office
    sought, not held; the title is the candidacy with the office in the accusative of the masculine family
    ("kandydat na radnego"). (k, found) moved to the candidate noun, else as given."""
    if k < 2 or doc[k - 1].text.lower() != "na" or not any(
            a.pos == "subst" and a.lemma.lower() in ("kandydat", "kandydatka") for a in doc[k - 2]._.morf):
        return k, found
    from pipeline.text.inflect import generate_form

    office = found[0].split()[0]
    sought = generate_form(office, "subst", "sg", "m1", "acc") or doc[k].text.lower()
    return k - 2, (" ".join(["kandydat", "na", sought, *found[0].split()[1:]]), found[1])
