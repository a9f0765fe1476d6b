"""A title in apposition to a name and the titles coordinated after it: the cases a name and a title can share
("Michała Szulima, prezesa …"), and where the apposition stops (a verb, a relative clause, the next name)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.role_titles import qualified_title_at
from pipeline.lexicon.words import first_name

_APPOSITION_STOPS = frozenset({".", ";", ":", "!", "?", "(", ")", "–", "—", "-"})


def name_cases(name: Span) -> frozenset[str]:
    """The cases every word of a name can be in ("Michała Szulima": gen, acc)."""
    per_token = [{c for a in t._.morf if a.pos == "subst" and a.names for c in a.cases} for t in name if t.is_alpha]
    known = [cases for cases in per_token if cases]
    return frozenset(set.intersection(*known)) if known else frozenset()


def given_name_cases(name: Span) -> frozenset[str]:
    """The name's cases as its first name's own readings give them ("Jan Kowalik": nom; a surname's indeclinable
    feminine reading allows every case), else `name_cases`."""
    cases = name_cases(name)
    first = next((t for t in name if t.is_alpha), None)
    given = {c for a in first._.morf if a.pos == "subst" and "imię" in a.names for c in a.cases} if first else set()
    return frozenset(cases & given) if cases & given else cases


_ALL_CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})


def title_cases(tok: Token, singular: bool = False) -> frozenset[str]:
    """The cases a title word can be in; `singular`: as a singular ("wykładowcy i studenci" after one name's
    apposition are other people, a plural)."""
    if tok.text.endswith(".") and any(a.pos == "brev" for a in tok._.morf):
        return _ALL_CASES  # "red. prowadzący": an abbreviation stands for any case
    return frozenset(c for a in tok._.morf if a.pos in ("subst", "adj", "ppas")
                     and not (singular and a.number == "pl") for c in a.cases)


def next_apposition(doc: Doc, k: int, cases: frozenset[str]) -> tuple[int, tuple[str, int] | None]:
    """'Socjolog o wieloletnim doświadczeniu …, ekspert w obszarze X, autor i koordynator projektów': after a
    title's own phrase, the next item of the apposition that is a title in the first title's case ("prezes
    Stowarzyszenia X, głównego organizatora" is the body's); none past a verb, a relative clause, the next
    name or the sentence's end."""
    item = k > 0 and doc[k - 1].text == ","  # past a comma: a further item that is no title ("laureat Nagrody X")
    for j in range(k, min(len(doc) - 1, k + 14)):
        t = doc[j]
        if t.text == "(" and (j == k or item):
            return _bracketed_title(doc, j + 1, cases, k)  # "– publicysta (dyrektor Liceum X, …)"
        item = item or t.text == ","
        if t.text in _APPOSITION_STOPS or "\n" in t.text or "\n" in t.whitespace_ or (
                first_name(t) is not None and doc[j + 1].text[:1].isupper()):
            break
        chosen = t._.analysis
        if chosen is not None and (chosen.pos in ("fin", "praet", "pcon", "inf", "impt", "bedzie")
                                   or chosen.lemma in ("który", "jaki", "gdzie")):
            break
        s = j + 1
        if t.text == "a" and j > 0 and doc[j - 1].text == ",":
            s = past_adverbial(doc, j + 1)  # "prezes X, a zarazem radna Y": "a" with an adverb adds a title
            s = s if s > j + 1 and all(w.text.lower() in _AT_ONCE for w in doc[j + 1:s]) else len(doc)
        if t.text in (",", "i", "oraz", "a") and s < len(doc):
            found = qualified_title_at(doc, s) if not plural_only(doc[s]) else None
            if found is not None and title_cases(doc[s], singular=True) & cases:
                return s, found
    return k, None


#: Particles of holding two posts at once: "prezes X, a zarazem radna Y" is one person's; "a także" adds others.
_AT_ONCE = frozenset({"zarazem", "jednocześnie", "równocześnie"})


def _bracketed_title(doc: Doc, s: int, cases: frozenset[str], k: int) -> tuple[int, tuple[str, int] | None]:
    """'publicysta (obecnie dyrektor Liceum X, wcześniej …)': a bracket right after the apposition's titles that
    opens with a title in the same case (past a time adverb: "obecnie", "wcześniej"; a prefix such as "z-ca" has
    no case of its own) goes on with them."""
    while s < len(doc) and doc[s].is_alpha and doc[s].text[:1].islower() and any(
            a.pos == "adv" for a in doc[s]._.morf) and not any(a.pos in ("subst", "adj") for a in doc[s]._.morf):
        s += 1
    if s >= len(doc) or plural_only(doc[s]):
        return k, None
    found = qualified_title_at(doc, s)
    if found is not None and (not cases or not title_cases(doc[s]) or title_cases(doc[s], singular=True) & cases):
        return s, found
    return k, None


def past_agreeing_adjectives(doc: Doc, k: int, after: int) -> int:
    """Past up to two lower-case adjectives after the title at k that agree with it in case and number ("starosta
    lipnowski", "komendanta powiatowego"): a postposed adjective stays inside the title's phrase, so a name right
    after it ("A, starosta lipnowski Jan Kos") is the one the title heads."""
    heads = {(c, a.number) for a in doc[k]._.morf if a.pos == "subst" for c in a.cases}
    end = after
    while end < min(len(doc), after + 2) and doc[end].is_alpha and doc[end].text[:1].islower() and any(
            a.pos == "adj" and any((c, a.number) in heads for c in a.cases) for a in doc[end]._.morf) and not any(
            a.pos in ("prep", "conj", "fin", "praet", "subst") for a in doc[end]._.morf):
        end += 1
    return end


def plural_only(tok: Token) -> bool:
    if tok.text.endswith(".") and any(a.pos == "brev" for a in tok._.morf):
        return False  # "red." also reads as a plural noun
    # "sołtysi" is a plural noun and also a possessive adjective ("sołtysi dom"): the noun's number decides
    nouns = [a for a in tok._.morf if a.pos == "subst"] or [a for a in tok._.morf if a.pos == "adj"]
    return bool(nouns) and all(a.number == "pl" for a in nouns)


#: Pupils' nouns: a title only in apposition to a name ("X, uczeń III LO": settled 554), as "student" is anywhere.
PUPIL_LEMMAS = {"uczeń": "uczeń", "uczennica": "uczeń"}


def pupil_title(doc: Doc, k: int, cases: frozenset[str]) -> tuple[str, int] | None:
    """'Jan Kos, uczeń III LO', 'Anny Lis (uczennicy Gimnazjum nr 2)': a singular pupil's noun in apposition, in the
    name's case when known: ("uczeń", the index after it); the school after it is the organization."""
    if k >= len(doc) or not doc[k].text[:1].islower():
        return None
    for a in doc[k]._.morf:
        if a.pos == "subst" and a.number == "sg" and a.lemma in PUPIL_LEMMAS and (not cases or a.cases & cases):
            return PUPIL_LEMMAS[a.lemma], k + 1
    return None



#: Adverbs of the past: "Jan Kos, niegdyś wójt gminy": a former title, not the one he holds.
_PAST_ADVERBS = frozenset({"wcześnie", "niegdyś", "dawno", "kiedyś", "poprzednio", "uprzednio", "ongiś"})
#: Adverbial phrases before a title in apposition ("Anna Kos, z zawodu prawniczka", "…, na co dzień dyrektor X").
_PHRASES = (("z", "zawodu"), ("z", "wykształcenia"), ("na", "co", "dzień"))


def past_adverbial(doc: Doc, k: int) -> int:
    """Past an adverbial that stands between a name's comma and its title: "z zawodu", "na co dzień", or up to two
    lower-case adverbs and particles ("obecnie", "zawodowo", "także"); an adverb of the past ("niegdyś") makes the
    title a former one, and stays."""
    words = [t.text.lower() for t in doc[k:k + 3]]
    for phrase in _PHRASES:
        if tuple(words[:len(phrase)]) == phrase and k + len(phrase) < len(doc):
            return k + len(phrase)
    end = k
    while end < min(len(doc) - 1, k + 2) and doc[end].is_alpha and doc[end].text.islower() and doc[end]._.morf \
            and all(a.pos in ("adv", "part", "qub") for a in doc[end]._.morf) \
            and not any(a.lemma in _PAST_ADVERBS for a in doc[end]._.morf):
        end += 1
    return end
