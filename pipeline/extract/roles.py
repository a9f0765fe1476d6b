"""Roles of a named person: a title with its organization ("prezes Fundacji X", "dyrektorka GOK"), a list's
label ("Prowadzący: …"), or an event role a verb or a list's lead states ("poprowadziła", "Prelegenci: …").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.event_roles import EVENT_ROLE_LEADS, EVENT_ROLE_TITLES, list_lead  # noqa: F401 (re-exported)
from pipeline.extract.person_names import honorific_before, is_pan
from pipeline.lexicon.words import HONORIFICS, NAME_ONLY_HEADS, ORG_HEADS, ROLE_TITLES, first_name, role_title
from pipeline.models import Role
from pipeline.text.context import Context

EXTRACTOR = "extract.people"
#: Genitive complements that belong to the title itself: "prezes zarządu".
TITLE_COMPLEMENTS = frozenset({"zarząd", "stan", "rada", "dział", "biuro", "wydział", "referat", "sekcja",
                               "zespół", "projekt", "oddział", "komisja", "pion", "jury", "kapituła", "katedra"})
#: Genitives after a title that name its institution, not part of the title: "prezes spółdzielni".
INSTITUTION_WORDS = frozenset({"wieś", "placówka", "gmina", "miasto", "powiat", "województwo", "sołectwo", "parafia",
                               "jednostka", "instytucja", "firma", "organizacja", "koło", "klub", "przedsiębiorstwo",
                               "spółka", "urząd", "ośrodek", "centrum", "stowarzyszenie", "fundacja", "spółdzielnia"})
#: Units inside an office that a title keeps: "dyrektor wydziału", "kierownik działu", "szef biura".
UNIT_WORDS = frozenset({"wydział", "departament", "dział", "biuro", "referat", "sekcja", "kancelaria", "gabinet"})
_GENITIVE_OF_UNIT = {"wydział": "wydziału", "departament": "departamentu", "dział": "działu", "biuro": "biura",
                     "referat": "referatu", "sekcja": "sekcji", "kancelaria": "kancelarii", "gabinet": "gabinetu"}
_NOT_COMPLEMENTS = frozenset({"nasz", "wasz", "mój", "twój", "swój", "jego", "jej", "ich", "cały", "każdy", "ten",
                              "obecny", "były", "nowy", "ówczesny", "dotychczasowy", "wieloletni"})


def _title_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """(title with its complement, index after it) for a role noun at token i.

    The complement is what makes the title specific and is not an institution: an agreeing
    lower-case adjective ("radca prawny", "pracownik socjalny"), a chain of lower-case
    genitives ("kierownik działu edukacji", "inspektor ochrony danych"), "ds. ...", or a
    capitalised genitive that is itself a title or a board ("Zastępca Burmistrza", "Prezes Zarządu").
    """
    tok = doc[i]
    title = role_title(tok.text, tok._.morf)
    if title is None:
        return None
    words: list[str] = []
    j = i + 1
    n = len(doc)
    while j < n and len(words) < 6:
        t = doc[j]
        low = t.text.lower()
        readings = t._.morf
        if low == "ds." and j + 1 < n:
            words.append("ds.")  # "ds. organizacji pozarządowych": the matter, whatever words follow
            j = _matter_chain(doc, j + 1, words, 10)
            break
        if not words and title in PORTFOLIO_TITLES and t.text[:1].isupper() and _portfolio_word(t):
            # "Minister Kultury i Dziedzictwa Narodowego": the portfolio is part of the title, not an institution
            j = _matter_chain(doc, j, words, 8)
            break
        if not words and t.text.isupper() and len(t.text) >= 2 and j + 2 < n and doc[j + 1].text == "ds.":
            # "komisarz UE ds. handlu": the matter belongs to the title, the acronym is the institution
            words.append("ds.")
            end = _matter_chain(doc, j + 2, words, 10)
            return (" ".join([title, *words]), j) if end > j + 2 else (title, j)
        if not words and t.text == "RP":
            words.append(t.text)  # "prezydent RP", "senator RP" ("komisarz UE": the Union is the institution)
            j += 1
            break
        if words and _is_title_genitive(doc[j - 1]) and any(
                a.pos == "subst" and a.lemma.lower() in UNIT_WORDS and "gen" in a.cases for a in readings):
            unit = next(a.lemma.lower() for a in readings if a.pos == "subst" and a.lemma.lower() in UNIT_WORDS)
            words.append(_GENITIVE_OF_UNIT.get(unit, unit))  # "zastępca dyrektora wydziału": the unit ends the title
            return " ".join([title, *words]), j + 1
        if not words and t.text[:1].isupper() and any(a.lemma.lower() in UNIT_WORDS and "gen" in a.cases
                                                      for a in readings if a.pos == "subst"):
            unit = next(a.lemma.lower() for a in readings if a.pos == "subst" and a.lemma.lower() in UNIT_WORDS)
            # "Dyrektor Wydziału Polityki Społecznej": the title keeps its unit, the unit stays in the institution
            return f"{title} {_GENITIVE_OF_UNIT.get(unit, unit)}", j
        if any(a.lemma.lower() in INSTITUTION_WORDS or a.lemma.lower() in ORG_HEADS for a in readings if a.pos == "subst") \
                and not _plural_kind(t):
            break  # the institution begins: "prezes spółdzielni", "proboszcz parafii"
        if any(a.pos == "adj" and (a.lemma in _NOT_COMPLEMENTS or a.lemma.endswith(("ski", "cki", "dzki")))
               for a in readings) and not words:
            break  # "starosta gnieźnieński", "prezes nasz": a place or a possessive, not part of the title
        if t.text[:1].isupper():
            if not words and any(a.lemma.lower() in TITLE_COMPLEMENTS | ROLE_TITLES and "gen" in a.cases
                                 for a in readings if a.pos == "subst"):
                words.append(_title_genitive(t))
                j += 1
                continue
            if not words and _plural_kind(t, capitalised=True):
                words.append(low)  # "Starosta Dożynek"
                j += 1
                continue
            break
        if words and low in ("i", "oraz") and j + 1 < n and doc[j + 1].text[:1].islower() and any(
                a.pos == "subst" and "gen" in a.cases for a in doc[j + 1]._.morf):
            words.append(low)  # "minister kultury i dziedzictwa narodowego"
            j += 1
            continue
        if not t.is_alpha or any(a.pos in ("prep", "conj", "fin", "praet", "qub", "adv", "comp") for a in readings):
            break
        if words or (words == [] and any(a.pos == "adj" for a in readings)):
            if not words and not _agrees_with_title(t, tok) and _institution_follows(doc, j):
                break  # "proboszcz miejscowej parafii": the adjective belongs to the institution
            if any(a.pos in ("adj", "subst") and ("gen" in a.cases or not words) for a in readings):
                words.append(_complement_form(t, tok) if not words else low)
                j += 1
                continue
        if any(a.pos == "subst" and "gen" in a.cases for a in readings):
            words.append(low if words else _title_genitive(t))
            j += 1
            if any(a.pos == "subst" and a.lemma.lower() in UNIT_WORDS for a in readings):
                # "kierownik działu (instrumentów rynku pracy) Urzędu X": the unit's own name is neither part of
                # the title nor the institution; an adjective of the unit stays ("kierownik działu opiekuńczego")
                if j < n and doc[j].text[:1].islower() and _agrees_with_title(doc[j], t) and any(
                        a.pos == "adj" for a in doc[j]._.morf):
                    words.append(doc[j].text.lower())
                    j += 1
                while j < n and doc[j].is_alpha and doc[j].text[:1].islower() and any(
                        a.pos in ("subst", "adj", "ger") and "gen" in a.cases for a in doc[j]._.morf):
                    j += 1
                break
            continue
        break
    if words and words[-1] == "ds.":
        words.pop()
        j -= 1
    return " ".join([title, *words]), j


#: Titles whose capitalised genitive names a portfolio: "Minister Rozwoju i Technologii".
PORTFOLIO_TITLES = frozenset({"minister", "wiceminister", "komisarz"})


#: Heads of bodies, not portfolios ("komisarz Unii Europejskiej"); a fund is a portfolio ("Minister Funduszy").
_NOT_PORTFOLIOS = ORG_HEADS | INSTITUTION_WORDS | (NAME_ONLY_HEADS - {"fundusz"})


def _portfolio_word(tok: Token) -> bool:
    """A capitalised common genitive that is not an institution's head: 'Kultury', 'Spraw', 'Funduszy'."""
    readings = [a for a in tok._.morf if a.pos in ("subst", "adj", "ger") and not a.names]
    return bool(readings) and any("gen" in a.cases for a in readings) and not any(
        a.lemma.lower() in _NOT_PORTFOLIOS for a in readings if a.pos == "subst")


def _matter_word(tok: Token) -> bool:
    """A word of a title's matter: any lower-case word but a preposition, conjunction or verb; a
    capitalised one only when it is a portfolio word (a capitalised institution ends the matter)."""
    if not tok.is_alpha or tok.text.isupper() or any(a.pos in ("prep", "conj", "fin", "praet") for a in tok._.morf):
        return False
    return tok.text[:1].islower() or _portfolio_word(tok)


def _matter_chain(doc: Doc, j: int, words: list[str], limit: int) -> int:
    """Lower-cased genitive words of a title's matter or portfolio, with 'i'/'oraz' between two of them
    ("ds. ochrony środowiska i promocji", "Minister Spraw Wewnętrznych i Administracji"); stops at an
    institution's head ("ds. Strategii Uczelni X"), a preposition or a verb. Returns the index after it."""
    n = len(doc)
    start = len(words)
    while j < n and len(words) - start < limit:
        t = doc[j]
        if t.text.lower() in ("i", "oraz") and len(words) > start and j + 1 < n and _matter_word(doc[j + 1]):
            words.append(t.text.lower())
            j += 1
            continue
        if not _matter_word(t):
            break
        words.append(t.text.lower())
        j += 1
    if words and words[-1] in ("i", "oraz"):
        words.pop()
        j -= 1
    return j


def _plural_kind(tok: Token, capitalised: bool = False) -> bool:
    """'trener grup tanecznych', 'starosta dożynek': a genitive that can only be plural names a kind or an
    occasion, not one institution, and stays in the title (capitalised only when it is no institution's head)."""
    readings = [a for a in tok._.morf if a.pos == "subst"]
    if not readings or not all(a.number == "pl" and "gen" in a.cases for a in readings):
        return False
    if not capitalised:
        return tok.text[:1].islower()
    return not any(a.names or a.lemma.lower() in ORG_HEADS | INSTITUTION_WORDS | NAME_ONLY_HEADS for a in readings)


def _title_genitive(tok: Token) -> str:
    """'Dyrektora', 'dyrektorki' -> 'dyrektora': a title in a title's genitive, of the masculine family."""
    from pipeline.text.inflect import generate_form

    low = tok.text.lower()
    base = role_title(low, tok._.morf)
    if base is None or any(a.lemma.lower() == base for a in tok._.morf):
        return low
    return generate_form(base, "subst", "sg", "m1", "gen") or low


def _is_title_genitive(tok: Token) -> bool:
    """'Dyrektora' in 'Zastępca Dyrektora Wydziału': a role noun in the genitive."""
    return any(a.lemma.lower() in ROLE_TITLES and "gen" in a.cases for a in tok._.morf if a.pos == "subst")


def _institution_follows(doc: Doc, j: int) -> bool:
    for t in doc[j + 1:j + 3]:
        if any(a.pos == "subst" for a in t._.morf):
            return any(a.lemma.lower() in INSTITUTION_WORDS or a.lemma.lower() in ORG_HEADS for a in t._.morf)
    return False


def _agrees_with_title(tok: Token, title_tok: Token) -> bool:
    title_cases = frozenset(c for a in title_tok._.morf for c in a.cases)
    return any(a.pos == "adj" and a.cases & title_cases for a in tok._.morf) or not any(
        a.pos == "adj" for a in tok._.morf)


def _complement_form(tok: Token, title_tok: Token) -> str:
    """An adjective agreeing with the title goes to the nominative: 'radcą prawnym' -> 'prawny'."""
    from pipeline.text.inflect import adjective_nominative

    title_cases = frozenset(c for a in title_tok._.morf for c in a.cases)
    adj = next((a for a in tok._.morf if a.pos == "adj" and a.cases & title_cases), None)
    if adj is None:
        return tok.text.lower()  # agrees with a later noun: "koordynator rodzinnej pieczy"
    if adj.tag.endswith(":pos"):
        return adj.lemma.lower()  # the lemma is the masculine singular nominative: "socjalni" -> "socjalny"
    return adjective_nominative(tok.text.lower(), adj, "sg", "m1").lower()


def after_title_roles(ctx: Context, i: int, j: int) -> list[tuple[Role, tuple[int, int] | None]]:
    """Titles written after the name: "<Imię Nazwisko> – <Rola> <Instytucja>", ", <rolą> <instytucji>",
    "(<rola>)", and without punctuation when the title agrees with the name in case ("dr Jan Mak
    przedstawiciel Towarzystwa X", "z Janem Makiem prezesem X")."""
    doc = ctx.doc
    roles: list[tuple[Role, tuple[int, int] | None]] = []
    k = j
    if k < len(doc) and doc[k].text in ("-", "–", "—", ",", "(", ":"):
        k += 1
        while k < len(doc) and doc[k].is_space:
            k += 1
    elif not (k < len(doc) and _agrees_with_name(doc[i:j], doc[k])):
        return roles
    if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[j - 1:k]):
        return roles  # the next line of a list: its title is the next item's
    if k < len(doc):
        found = _title_at(doc, k)
        while found:
            title, after = found
            if _next_name_follows(doc, _org_end(doc, after)):
                break  # "A, B – Wiceprzewodnicząca Fundacji X Barbara Sadowska": the title of the name after it
            role = _role(ctx, title, k, after)
            roles.append(role)
            # "kucharz i właściciel bistro", "trener, ekspert": further titles of the same person
            nxt = role[1][1] if role[1] else doc[after - 1].idx + len(doc[after - 1].text)
            k = next((t.i for t in doc[after:] if t.idx >= nxt), len(doc))
            if k + 1 < len(doc) and doc[k].text in (",", "i", "oraz"):
                k += 1
                found = _title_at(doc, k)
            else:
                found = None
    return roles


def _honorific_start(doc: Doc, i: int) -> int:
    """The first token of the honorifics before token i, "p." ("pani"/"pan") split as "p" "." included."""
    _, h = honorific_before(doc, i)
    while h >= 2 and doc[h - 1].text == "." and doc[h - 2].text in ("p", "P") and not doc[h - 2].whitespace_:
        h = honorific_before(doc, h - 2)[1]
    return h


def _next_name_follows(doc: Doc, k: int) -> bool:
    """A first name and a capitalised word (after honorifics) right at k: a title before it is that name's."""
    while k < len(doc) and (doc[k].text.lower() in HONORIFICS or is_pan(doc[k])):
        k += 1
    return k + 1 < len(doc) and first_name(doc[k]) is not None and doc[k + 1].text[:1].isupper()


def _agrees_with_name(name: Span, tok: Token) -> bool:
    """A title noun right after a name is its apposition when the two share a case: 'Jan Mak prezes',
    'Janem Makiem prezesem'; 'Annę Mak prezes powitał' (accusative, nominative) is not."""
    if "\n" in name[-1].whitespace_ or role_title(tok.text, tok._.morf) is None:
        return False
    per_token = [{c for a in t._.morf if a.pos == "subst" and a.names for c in a.cases} for t in name if t.is_alpha]
    known = [cases for cases in per_token if cases]
    name_cases = set.intersection(*known) if known else set()
    title_cases = {c for a in tok._.morf if a.pos in ("subst", "adj") and role_title(a.lemma, (a,)) for c in a.cases}
    return bool(name_cases & title_cases)


def title_roles(
    ctx: Context, i: int, j: int, claimed: frozenset[tuple[int, int]] = frozenset()
) -> list[tuple[Role, tuple[int, int] | None]]:
    """The roles of the name at tokens i..j: titles after it, then a title before it that is not another
    name's apposition (`claimed`: character ranges of other names' titles after them), then a list's label."""
    doc = ctx.doc
    roles = after_title_roles(ctx, i, j)
    # "<Rola> <Instytucja> <Imię Nazwisko>", "<Rola> <instytucji>, <Imię Nazwisko>", "Pani Kierownik <Imię>"
    h = _honorific_start(doc, i)
    sent_start = ctx.sentence_bounds(h)[0]  # "Przewodnicząca koła P. Anna Kos": "P." may end a sentence
    for k in range(h - 1, max(sent_start, h - 14) - 1, -1):
        tok = doc[k]
        if tok.text in (".", ";", "!", "?", ":") or "\n" in tok.text or "\n" in tok.whitespace_:
            break
        found = _title_at(doc, k)
        if found and k > sent_start:
            outer = _title_at(doc, k - 1)
            if outer and outer[1] > k:  # "Zastępca Burmistrza": the title starts one word earlier
                k, found = k - 1, outer
        if found:
            title, after = found
            between = [t for t in doc[after:h] if not t.is_space]
            # "A – Szef Sztabu X, B – Minister Y": a title right after a dash or a comma is the apposition of the
            # name before it, not of the name after it
            apposition = k > sent_start and doc[k - 1].text in ("-", "–", "—", ",") and any(
                t.text == "," for t in between)
            apposition = apposition or any(lo <= doc[k].idx < hi for lo, hi in claimed)
            if all(_may_stand_between(t) for t in between) and sum(t.text == "," for t in between) <= 1 \
                    and not apposition and not any(r.title.split()[0] == title.split()[0] for r, _ in roles):
                roles.append(_role(ctx, title, k, after, until=_trim_org_end(doc, after, h)))
            break
        if tok.text.lower() in _COPULA:
            continue  # "Koordynatorką zadania była Stanisława Kubiak"
        quoted = sum(t.text in ('"', "„", "”") for t in doc[k + 1:h]) % 2 == 1
        chosen = tok._.analysis
        if (chosen is not None and chosen.pos in ("fin", "praet", "impt", "inf") and not quoted) or (
            not quoted and first_name(tok) is not None and k + 1 < h and doc[k + 1].text[:1].isupper()
        ):
            break
    # "<Rola>: <Imię>, <Imię>" lists ("Animatorzy JOWES:" on the line before)
    if not roles:
        label = _list_label(ctx, i)
        if label:
            roles.append(label)
    return roles


_COPULA = frozenset({"był", "była", "było", "jest", "został", "została", "pozostaje"})
_BETWEEN_WORDS = frozenset({"był", "była", "było", "jest", "został", "została", "w", "we", "i", "oraz", "im.", "ds.", ",", "-", '"', "„", "”", "dh", "dh.", "druh",
                            "druhem", "druha", "druhowi"})


def _may_stand_between(tok: Token) -> bool:
    """Tokens allowed between a title and the name it belongs to: its institution, honorifics, the
    place adjective of an office ("starosta gnieźnieński Piotr Gruda")."""
    if tok.text in _BETWEEN_WORDS or tok.text.lower() in HONORIFICS or is_pan(tok) or tok.text[:1].isupper():
        return True
    if _place_adjective(tok):
        return True
    return any(a.pos in ("subst", "adj") and "gen" in a.cases for a in tok._.morf)


def _place_adjective(tok: Token) -> bool:
    return tok.text[:1].islower() and any(a.pos == "adj" and a.lemma.endswith(("ski", "cki", "dzki"))
                                          for a in tok._.morf)


def _trim_org_end(doc: Doc, after: int, h: int) -> int:
    """Drop the comma, honorifics and office adjectives that separate the institution from the name."""
    end = h
    while end > after and (doc[end - 1].text in _BETWEEN_WORDS - {'"', "”"} or doc[end - 1].text.lower() in HONORIFICS
                           or is_pan(doc[end - 1]) or doc[end - 1].is_space or _place_adjective(doc[end - 1])):
        end -= 1
    return end


def _role(
    ctx: Context, title: str, k: int, after: int, until: int | None = None
) -> tuple[Role, tuple[int, int] | None]:
    """The role and the character span of its institution (resolved to an entity later)."""
    doc = ctx.doc
    end = until if until is not None else _org_end(doc, after)
    org_tokens = [t for t in doc[after:end] if not t.is_space]
    org_span = (org_tokens[0].idx, org_tokens[-1].idx + len(org_tokens[-1].text)) if org_tokens else None
    org = ctx.text[org_span[0]:org_span[1]] if org_span else None
    span_end = doc[end - 1].idx + len(doc[end - 1].text) if end > k else doc[k].idx + len(doc[k].text)
    mention = ctx.mention(doc[k].idx, span_end, EXTRACTOR, 0.75, "role_title")
    return Role(title=title, organization=org, mention=mention), org_span


def _org_end(doc: Doc, after: int) -> int:
    """The institution after a title: capitalised words, quotes and acronyms up to punctuation."""
    j = after
    quote_open = False
    while j < len(doc):
        t = doc[j]
        if t.text in ('"', "„", "”", "“"):
            quote_open = not quote_open if t.text == '"' else t.text == "„"
            j += 1
            continue
        if quote_open or t.text[:1].isupper() or (t.text in ("w", "we", "im.", "i") and j + 1 < len(doc)
                                                    and doc[j + 1].text[:1].isupper()):
            if first_name(t) is not None and j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and j > after:
                break
            j += 1
            continue
        break
    return j


def _list_label(ctx: Context, i: int) -> tuple[Role, tuple[int, int] | None] | None:
    """A heading line ending with ':' above a list of names gives their role ("Animatorzy JOWES:")."""
    lead = list_lead(ctx, i)
    for offset, tok in enumerate(lead):
        found = _title_at(ctx.doc, tok.i)
        if found and _heads_the_lead(tok, offset):
            title, after = found
            return _role(ctx, title, tok.i, after, until=lead[-1].i + 1)
    return None


def _heads_the_lead(tok: Token, offset: int) -> bool:
    """'Animatorzy OWES:', 'Trenerki:': the lead names the list's members by a plural title or opens with it;
    'z rąk przewodniczącej samorządu odebrali: …' names someone else."""
    plural_nominative = any(a.number == "pl" and "nom" in a.cases for a in tok._.morf if a.pos == "subst")
    return plural_nominative or offset <= 1
