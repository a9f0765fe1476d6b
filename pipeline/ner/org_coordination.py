"""Where one institution's name ends and a coordinated one begins: "Szkoła Podstawowa oraz Gminna Biblioteka",
"Związkowi Kombatantów Rzeczypospolitej Polskiej i Gminnej Bibliotece Publicznej". An adjective after a noun closes
the name before the conjunction; capitalised adjectives and a head after it open the next one."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.ner.org_rules import agrees_with, head_at, is_adjective


def closes_name(doc: Doc, k: int, blocked: set[int]) -> bool:
    """'Podstawowa' in "Szkoła Podstawowa oraz Gminna Biblioteka", 'Polskiej' in "Związkowi Kombatantów
    Rzeczypospolitej Polskiej i Gminnej Bibliotece": a capitalised adjective right after a capitalised noun (or
    after other such words back to one) closes the name before the conjunction, so the next name's adjectives are
    not coordinated with it ("Powiatowa i Miejska Rada" opens after a lower-case word)."""
    j = k - 1
    while j >= 0 and j not in blocked and doc[j].capitalised and is_adjective(doc[j]) and not doc[j].is_sent_start \
            and not any(a.pos == "subst" and not a.names for a in doc[j]._.morf):
        j -= 1  # "Urzędowi" reads as an adjective too: a common noun reading ends the adjectives
    if j < 0 or j in blocked or not doc[j].capitalised or doc[j].is_sent_start and is_adjective(doc[j]):
        return False
    return any(a.pos in ("subst", "depr", "ign") for a in doc[j]._.morf) or not doc[j]._.morf


def next_name_begins(doc: Doc, k: int, heads: frozenset[str]) -> bool:
    """'Gminnej Bibliotece' after "i": capitalised adjectives, then a head of `heads`, open a second name (a genitive
    complement coordinated inside the name, "Rodziny i Polityki Społecznej", has no head of its own)."""
    conj = k - 1
    while k < len(doc) and doc[k].capitalised and not head_at(doc[k], heads) and is_adjective(doc[k]) \
            and not any(a.pos == "subst" and not a.names for a in doc[k]._.morf):
        k += 1
    if k >= len(doc) or not head_at(doc[k], heads):
        return False
    # "Związku Miejskich i Gminnych Ośrodków": adjectives coordinated before one head, the first agreeing with it and
    # not with the noun before it ("Rzeczypospolitej Polskiej i Gminnej Bibliotece": "Polskiej" closes its noun)
    before = doc[conj - 1] if conj >= 1 else None
    return before is None or not (before.capitalised and is_adjective(before) and agrees_with(before, doc[k], heads)
                                  and not (conj >= 2 and _agrees_with_noun(before, doc[conj - 2])))


def _agrees_with_noun(adj: Token, noun: Token) -> bool:
    return any(a.pos == "adj" and n.pos == "subst" and a.cases & n.cases and a.number == n.number
               and (not a.genders or not n.genders or a.genders & n.genders) for a in adj._.morf for n in noun._.morf)


def undotted_marker(doc: Doc, j: int) -> str | None:
    """'im' before a capitalised word ("im Jana Pawła II"), 'pw' or 'p/w' before a dedication: the patron's and the
    dedication's markers written without their dots, read as "im." and "pw." (the pronoun "im" is followed by a
    lower-case word)."""
    text = doc[j].text
    if text == "p" and j + 3 < len(doc) and doc[j + 1].text == "/" and doc[j + 2].text == "w" \
            and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and doc[j + 3].capitalised:
        return "p/w"
    if text in ("im", "pw") and doc[j].whitespace_ and j + 1 < len(doc) and doc[j + 1].capitalised:
        return text + "."
    return None
