"""The extent of a title phrase at a role noun: the complement that makes the title specific ("prezes
zarządu", "pracownik socjalny", "minister spraw wewnętrznych i administracji", "inspektor ds. ochrony
środowiska", "zastępca dyrektora wydziału") and where its institution begins.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.title_matter import BARE_PORTFOLIO_TITLES, MATTER_TITLES, PORTFOLIO_TITLES, matter_after
from pipeline.extract.title_matter import matter_chain as _matter_chain
from pipeline.extract.title_matter import matter_word as _matter_word
from pipeline.extract.title_matter import portfolio_word as _portfolio_word
from pipeline.extract.title_objects import CREDIT_WORDS, VERBAL_TITLES, depreciative_only, object_title
from pipeline.extract.title_organs import TITLE_ADJECTIVES
from pipeline.extract.title_organs import council_of_a_body as _council_of_a_body
from pipeline.extract.title_organs import council_of_titles as _council_of_titles
from pipeline.extract.title_organs import organ_of_a_body as _organ_of_a_body
from pipeline.extract.title_organs import personal_apposition as _personal_apposition
from pipeline.extract.title_organs import title_adjective as _title_adjective
from pipeline.extract.title_words import (
    INSTITUTION_WORDS,
    OFFICE_UNITS,
    TITLE_ORDINALS,
    UNIT_GENITIVES,
    UNIT_WORDS,
    agrees_with_title,
    attribute_of_previous,
    complement_form,
    coordinated_complement,
    copula_after_noun,
    distributive,
    genitive_not_adjective,
    institution_follows,
    institutions_adjective,
    is_title_genitive,
    lower_team,
    lower_unit,
    may_lead_a_title,
    office_adjective,
    office_words,
    phrase_title,
    plural_kind,
    title_genitive,
    token_title,
    unit_head,
)
from pipeline.lexicon.words import HONORIFICS, ORG_HEADS, ROLE_TITLES, first_name
from pipeline.ner.readings import per_position

__all__ = ["matter_after", "qualified_title_at", "title_at"]

#: Genitive complements that belong to the title itself: "prezes zarządu".
TITLE_COMPLEMENTS = frozenset({"zarząd", "stan", "rada", "dział", "biuro", "wydział", "referat", "sekcja",
                               "zespół", "projekt", "oddział", "komisja", "pion", "jury", "kapituła", "katedra", "rząd"})
_NOT_COMPLEMENTS = frozenset({"nasz", "wasz", "mój", "twój", "swój", "jego", "jej", "ich", "cały", "każdy", "ten",
                              "obecny", "były", "nowy", "ówczesny", "dotychczasowy", "wieloletni"})


@per_position
def title_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """(title with its complement, index after it) for a role noun at token i.

    The complement is what makes the title specific and is not an institution: an agreeing
    lower-case adjective ("radca prawny", "pracownik socjalny"), a chain of lower-case
    genitives ("kierownik działu edukacji", "inspektor ochrony danych"), "ds. ...", or a
    capitalised genitive that is itself a title or a board ("Zastępca Burmistrza", "Prezes Zarządu").
    """
    tok = doc[i]
    title = token_title(tok.text, tok._.morf)
    if title is None and not may_lead_a_title(tok):
        return None  # most words: no abbreviated title, "były", "p.o.", "z-ca", "wice" or ordinal opens one
    if i > 0 and any(a.pos == "subst" and a.lemma.lower() == "kategoria" for a in doc[i - 1]._.morf):
        return None  # "w kategorii śpiewak solista": the category's name, not a title
    if title is None:
        return _abbreviated_title(doc, i) or _former_title(doc, i) or _prefixed_title(doc, i) or phrase_title(doc, i)
    if depreciative_only(tok, title):
        return None  # "swoje premiery": the plural of "premiera", not a deprecating plural of "premier"
    if tok.text.lower() in HONORIFICS and i + 1 < len(doc) and token_title(doc[i + 1].text, doc[i + 1]._.morf):
        return title_at(doc, i + 1)  # "ksiądz proboszcz": the clerical honorific is no part of the title
    if title in ACADEMIC_TITLES and _name_follows(doc, i):
        return None  # "wykład profesora Jana Kosa": the academic title is an honorific, like "prof." (no post)
    if (found := object_title(doc, i, title)) is not None:
        return found  # "trener kadry X", "twórca projektu Y": whom he trains, what she made, not the title's part
    if title in VERBAL_TITLES:
        if i + 1 < len(doc) and any(a.lemma.lower() in CREDIT_WORDS for a in doc[i + 1]._.morf if a.pos == "subst"):
            return None  # "Autor zdjęć: X", "autorka relacji": the page's credits, not a role at the event
        return title, i + 1  # "prowadząca zajęcia": the participle's object is what they ran, not the title
    words: list[str] = []
    j = i + 1
    n, singular = len(doc), any(a.number == "sg" for a in tok._.morf if a.pos == "subst")  # "eksperci z zakresu": ekspert
    while j < n and len(words) < 6:
        t = doc[j]
        if t.is_space and "\n" not in t.text and j + 1 < n:
            j += 1  # "Członka  Zarządu": a doubled space is a token of its own
            continue
        low = t.text.lower()
        readings = t._.morf
        if j + 1 < n and doc[j + 1].text[:1].isupper() and any(
                a.pos == "subst" and a.lemma.lower() in ("pan", "pani") for a in readings):
            break  # "pedagog pani Anna Kos", "zastępcy pani A i pan B": the honorific of the name, not a genitive
        if not words and (second := _personal_apposition(t, tok)):
            words.append(second)  # "lekarz koordynator", "specjalistą diabetologiem": one title of two personal nouns
            j += 1
            continue
        if not words and low == "od" and title in MATTER_TITLES and singular and j + 1 < n and _matter_word(doc[j + 1]):
            words.append("od")  # "specjalista od występów publicznych": the field is part of the title
            j = _matter_chain(doc, j + 1, words, 10)
            break
        if not words and low == "z" and title in MATTER_TITLES and singular and j + 2 < n \
                and doc[j + 1].text.lower() == "zakresu" and _matter_word(doc[j + 2]):
            words.extend(["z", "zakresu"])  # "specjalista z zakresu rozliczania dotacji": the field, as with "od"
            j = _matter_chain(doc, j + 2, words, 10)
            break
        if low == "do" and j + 2 < n and doc[j + 1].text.lower() == "spraw" and _matter_word(doc[j + 2]):
            words.extend(["do", "spraw"])  # "pełnomocnik rządu do spraw X": "ds." spelled out
            j = _matter_chain(doc, j + 2, words, 10)
            break
        if low == "ds." and j + 1 < n:
            words.append("ds.")  # "ds. organizacji pozarządowych": the matter, whatever words follow
            j = _matter_chain(doc, j + 1, words, 10)
            break
        if not words and title in BARE_PORTFOLIO_TITLES and _portfolio_word(t) and first_name(t) is None:
            # "Minister Kultury i Dziedzictwa Narodowego", "wiceminister rolnictwa": the portfolio names the
            # ministry, not the title (settled: the title alone); it is skipped, not taken as an institution
            return title, _matter_chain(doc, j, [], 8)
        if not words and title in PORTFOLIO_TITLES and t.text[:1].isupper() and _portfolio_word(t):
            # "Komisarz Handlu": the portfolio is part of the title, not an institution
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
        if words and is_title_genitive(doc[j - 1]) and any(
                a.pos == "subst" and a.lemma.lower() in OFFICE_UNITS and "gen" in a.cases for a in readings):
            unit = next(a.lemma.lower() for a in readings if a.pos == "subst" and a.lemma.lower() in OFFICE_UNITS)
            words.append(UNIT_GENITIVES.get(unit, unit))  # "zastępca dyrektora wydziału": the unit ends the title
            if j + 2 < n and doc[j + 1].text.lower() == "ds.":
                j += 1
                continue  # "zastępca dyrektora biura ds. badań": the unit's matter is the title's too
            return " ".join([title, *words]), j + 1
        if not words and t.text[:1].isupper() and unit_head(doc, j) and any(
                a.lemma.lower() in UNIT_WORDS and "gen" in a.cases for a in readings if a.pos == "subst"):
            unit = next(a.lemma.lower() for a in readings if a.pos == "subst" and a.lemma.lower() in UNIT_WORDS)
            # "Dyrektor Wydziału Polityki Społecznej": the title keeps its unit, the unit stays in the institution
            return f"{title} {UNIT_GENITIVES.get(unit, unit)}", j
        if not words and _abbreviation_of_title(t) and j + 1 < n and _title_adjective(doc[j + 1], doc[j + 1]):
            from pipeline.text.inflect import generate_form

            base = _abbreviation_of_title(t) or ""  # "zastępca red. naczelnego": the abbreviated title's genitive
            words.extend([generate_form(base, "subst", "sg", "m1", "gen") or base, doc[j + 1].text.lower()])
            j += 2
            continue
        if _title_adjective(t, tok if not words else doc[j - 1]) or office_adjective(doc, j, doc[j - 1]):
            # "Dyrektora Generalnego", "Redaktora Naczelnego": the rank adjective is the title's, whatever its case
            words.append(complement_form(t, tok) if not words else low)
            j += 1
            continue
        if not words and t.text[:1].isupper() and _council_of_titles(doc, j):
            # "członek Rady Ministrów": a council named by its members' title is the body, the title stays bare
            # (settled with the council chairs)
            return title, j
        if not words and _council_of_a_body(doc, j):
            return f"{title} rady", j + 1  # "Przewodnicząca Rady Federacji X": the council of a named body
        if not words and _organ_of_a_body(doc, j):
            return f"{title} {low} {doc[j + 1].text.lower()}", j + 2  # "Przewodniczący Rady Społecznej Szpitala"
        if any(a.lemma.lower() in INSTITUTION_WORDS or a.lemma.lower() in ORG_HEADS for a in readings if a.pos == "subst") \
                and not (plural_kind(t) and not distributive(tok, readings)) \
                and not (not words and (lower_unit(t) or lower_team(doc, j))):
            break  # the institution begins: "prezes spółdzielni", "proboszcz parafii"
        if any(a.pos == "adj" and (a.lemma in _NOT_COMPLEMENTS or a.lemma.endswith(("ski", "cki", "dzki")))
               for a in readings) and not words:
            break  # "starosta gnieźnieński", "prezes nasz": a place or a possessive, not part of the title
        if t.text[:1].isupper():
            if not words and (office := office_words(doc, j, title)):
                words.extend(office)  # "Kurator Oświaty", "Zastępca Okręgowego Inspektora Pracy"
                j += len(office)
                continue
            if not words and any(a.lemma.lower() in TITLE_COMPLEMENTS | ROLE_TITLES and "gen" in a.cases
                                 for a in readings if a.pos == "subst"):
                words.append(title_genitive(t))
                j += 1
                continue
            if not words and plural_kind(t, capitalised=True):
                words.append(low)  # "Starosta Dożynek"
                j += 1
                continue
            break
        if (second := coordinated_complement(doc, j, tok, len(words))) is not None:
            words.extend([low, second])  # "dziennikarka prasowa i telewizyjna": two adjectives of one title
            j += 2
            continue
        if words and low in ("i", "oraz") and j + 1 < n and doc[j + 1].text[:1].islower() and any(
                a.pos == "subst" and "gen" in a.cases for a in doc[j + 1]._.morf) \
                and token_title(doc[j + 1].text, doc[j + 1]._.morf) is None \
                and _abbreviation_of_title(doc[j + 1]) is None:  # "twórca tekstów i kompozytor", "i red. prowadzący"
            words.append(low)  # "minister kultury i dziedzictwa narodowego"
            j += 1
            continue
        if not t.is_alpha or any(a.pos in ("prep", "conj", "fin", "praet", "qub", "adv", "comp") for a in readings):
            break
        if not words and institutions_adjective(doc, j):
            break  # "proboszcz miejscowej parafii": the adjective is the institution's
        if words or (words == [] and any(a.pos == "adj" for a in readings) and not genitive_not_adjective(t, tok)):
            if not words and not agrees_with_title(t, tok) and institution_follows(doc, j):
                break  # "proboszcz miejscowej parafii": the adjective belongs to the institution
            if any(a.pos in ("adj", "subst") and ("gen" in a.cases or not words) for a in readings):
                words.append(complement_form(t, tok) if not words else low)
                j += 1
                continue
        if any(a.pos == "subst" and "gen" in a.cases for a in readings):
            words.append(low if words else title_genitive(t))
            j += 1
            if any(a.pos == "subst" and a.lemma.lower() in UNIT_WORDS for a in readings):
                # "kierownik działu (instrumentów rynku pracy) Urzędu X": the unit's own name is neither part of
                # the title nor the institution; an adjective of the unit stays ("kierownik działu opiekuńczego")
                if j + 2 < n and doc[j].text[:1].islower() and doc[j].text.endswith("o") and doc[j + 1].text == "-" \
                        and not doc[j].whitespace_ and any(a.pos == "adj" for a in doc[j + 2]._.morf):
                    words.append(f"{doc[j].text.lower()}-{doc[j + 2].text.lower()}")  # "sekcji artystyczno-kabaretowej"
                    j += 3
                elif j < n and doc[j].text[:1].islower() and agrees_with_title(doc[j], t) and any(
                        a.pos == "adj" for a in doc[j]._.morf):
                    words.append(doc[j].text.lower())
                    j += 1
                if j < n and doc[j].text.lower() == "ds.":
                    continue  # "kierownik zespołu ds. kontroli": the unit's matter is the title's too
                while j < n and doc[j].is_alpha and doc[j].text[:1].islower() and any(
                        a.pos in ("subst", "adj", "ger") and "gen" in a.cases for a in doc[j]._.morf) \
                        and not is_title_genitive(doc[j]):  # "biura poselskiego posła X": the MP is no unit name
                    j += 1
                break
            continue
        break
    if words and words[-1] == "ds.":
        words.pop()
        j -= 1
    return " ".join([title, *words]), j


def _capitalised_rank(doc: Doc, i: int) -> bool:
    """'Główny Inspektor Pracy', 'Honorowego Członka', 'Powiatowy Rzecznik': a capitalised rank or office level is
    the title's own first word (a region's adjective, "Mazowiecki Kurator", is not)."""
    return doc[i].text[:1].isupper() and not doc[i].text.isupper() and (any(
        a.pos == "adj" and a.lemma in TITLE_ADJECTIVES for a in doc[i]._.morf) or office_adjective(doc, i, doc[i + 1]))


def qualified_title_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """A title with its qualifier before it (docs/annotation.md, Professions): a participle ("licencjonowany kucharz"),
    comparative, rank ("honorowy członek"), office level ("powiatowy") stays; "wieloletni", "doświadczony" drop."""
    found = title_at(doc, i)
    if found is not None or i + 1 >= len(doc) or not doc[i].text[:1].islower() and not _capitalised_rank(doc, i):
        return found
    tok, nxt = doc[i], doc[i + 1]
    readings = [a for a in tok._.morf if a.pos in ("adj", "ppas")]
    if not readings or token_title(nxt.text, nxt._.morf) is None:
        return None
    noun_cases = {c for a in nxt._.morf if a.pos in ("subst", "adj") for c in a.cases}
    if not any(a.cases & noun_cases for a in readings):
        return None
    inner = title_at(doc, i + 1)
    if inner is None:
        return None
    keep = not any(a.pos == "adj" and a.tag.endswith(":pos") for a in readings) or any(a.pos == "adj" and (
        a.tag.endswith(":com") or a.lemma in TITLE_ADJECTIVES) for a in readings) or office_adjective(doc, i, nxt)
    if not keep or attribute_of_previous(doc, i, readings):
        return inner
    agreeing = next(a for a in readings if a.cases & noun_cases)
    from pipeline.text.inflect import generate_form

    if "nom" in agreeing.cases and "sg" == agreeing.number and "m1" in agreeing.genders:
        qualifier: str | None = tok.text.lower()
    elif agreeing.pos == "ppas":
        qualifier = generate_form(agreeing.lemma, "ppas", "sg", "m1")
        if qualifier and qualifier.startswith("nie") and not tok.text.lower().startswith("nie"):
            qualifier = qualifier[3:]  # the generator may give the negated participle first
    else:  # "honorowego" -> "honorowy", "starszego" -> "starszy": the degree the text writes
        qualifier = generate_form(agreeing.lemma.split(":")[0], "adj", "sg", "m1", degree=agreeing.tag.split(":")[-1])
    return (f"{qualifier} {inner[0]}", inner[1]) if qualifier else inner


def _abbreviation_of_title(tok: Token) -> str | None:
    """'red.', 'dyr.': an abbreviation the dictionary expands to a role title."""
    if not tok.text.endswith("."):
        return None
    return next((a.lemma.lower() for a in tok._.morf if a.pos == "brev" and a.lemma.lower() in ROLE_TITLES), None)


def _abbreviated_title(doc: Doc, i: int) -> tuple[str, int] | None:
    """'red. prowadzący', 'dyr. generalny': an abbreviated title with the lower-case adjective it carries (before a
    name the abbreviation is an honorific: "red. Jan Kos")."""
    base = _abbreviation_of_title(doc[i])
    if base is None or i + 1 >= len(doc) or not doc[i + 1].is_alpha or not doc[i + 1].text[:1].islower():
        return None
    adj = next((a for a in doc[i + 1]._.morf if a.pos in ("adj", "pact") and "nom" in a.cases), None)
    if adj is None:
        return None
    return f"{base} {complement_form(doc[i + 1], doc[i + 1])}", i + 2


def _former_title(doc: Doc, i: int) -> tuple[str, int] | None:
    """'były minister', 'byłego Przewodniczącego MRM': "były" agreeing with the title stays in it; so does
    "p.o." ("p.o. dyrektora generalnego")."""
    tok = doc[i]
    if i + 1 >= len(doc):
        return None
    if any(a.lemma == "pełniący_obowiązki" for a in tok._.morf):
        # "p.o. Dyrektora Generalnego": the acting holder; the title stays in the genitive the abbreviation governs
        inner = title_at(doc, i + 1)
        words = [t.text.lower() for t in doc[i + 1:inner[1]] if not t.is_space] if inner else []
        return (" ".join(["p.o.", *words]), inner[1]) if inner else None
    former = {c for a in tok._.morf if a.pos == "adj" and a.lemma.lower() == "były" for c in a.cases}
    numbers = {a.number for a in tok._.morf if a.pos == "adj" and a.lemma.lower() == "były"}
    if former and i > 0 and copula_after_noun(doc, i):
        return None  # "uczestnikami spotkania byli przedstawiciele": the verb, not "former"
    nxt = doc[i + 1]
    if not former or token_title(nxt.text, nxt._.morf) is None:
        return None
    if not any(former & a.cases and a.number in numbers for a in nxt._.morf if a.pos in ("subst", "adj")):
        return None  # "Wśród gości byli wójt X": a plural "byli" before a singular title is the verb
    inner = title_at(doc, i + 1)
    return (f"były {inner[0]}", inner[1]) if inner else None


def _genitive_title(doc: Doc, k: int) -> tuple[str, int] | None:
    """The title at k as the text writes it, when its noun is a genitive ("dyrektora wydziału"): what "zastępca" and
    "pełniący obowiązki" govern."""
    if k >= len(doc) or not any(a.pos == "subst" and "gen" in a.cases for a in doc[k]._.morf):
        return None
    inner = title_at(doc, k)
    if inner is None:
        return None
    words = [t.text.lower() for t in doc[k:inner[1]] if not t.is_space]
    # a unit the title keeps but leaves to the institution ("Naczelnika Wydziału X": naczelnik wydziału) is a genitive
    return " ".join([*words, *inner[0].split()[len(words):]]), inner[1]


#: Titles an ordinal ranks: "I zastępca", "II wiceprzewodniczący".
_RANKED_TITLES = ("zastępca", "wice")


def _prefixed_title(doc: Doc, i: int) -> tuple[str, int] | None:
    """Prefixes written apart from the title: "z-ca" is "zastępca" with the genitive it governs ("Z-ca Naczelnika
    Wydziału" -> zastępca naczelnika wydziału), "pełniący obowiązki" too; "vice"/"wice" (SGJP's prefix fragment)
    stays with the title as written ("vice starosta"); a Roman ordinal ranks a deputy ("I zastępca")."""
    tok, n = doc[i], len(doc)
    low = tok.text.lower()
    if low == "z" and i + 3 < n and doc[i + 1].text == "-" and doc[i + 2].text.lower() == "ca" \
            and not tok.whitespace_ and not doc[i + 1].whitespace_:
        inner = _genitive_title(doc, i + 3)
        return (f"zastępca {inner[0]}", inner[1]) if inner else None
    if low == "ca" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].text.lower() == "z" \
            and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        inner = _genitive_title(doc, i + 1)  # the same "Z-ca", read from its last token
        return (f"zastępca {inner[0]}", inner[1]) if inner else None
    if any(a.pos == "pact" and a.lemma == "pełnić" for a in tok._.morf) and i + 2 < n \
            and doc[i + 1].text.lower() == "obowiązki":
        inner = _genitive_title(doc, i + 2)  # "pełniąca obowiązki Dyrektora": the acting holder, like "p.o."
        return (f"pełniący obowiązki {inner[0]}", inner[1]) if inner else None
    if i + 1 >= n:
        return None
    if low in ("vice", "wice") or any(a.pos == "frag" and a.lemma.lower() == "vice" for a in tok._.morf):
        k = i + 2 if doc[i + 1].text == "-" and not tok.whitespace_ and i + 2 < n else i + 1
        title = token_title(doc[k].text, doc[k]._.morf)
        if title is None or title.startswith(("wice", "vice")):
            return None
        inner = title_at(doc, k)
        return (f"{low}{'-' if k == i + 2 else ' '}{inner[0]}", inner[1]) if inner else None
    if tok.text in TITLE_ORDINALS and i > 0 and doc[i - 1].text not in (".", "!", "?") \
            and "\n" not in doc[i - 1].text + doc[i - 1].whitespace_:
        title = token_title(doc[i + 1].text, doc[i + 1]._.morf)
        inner = title_at(doc, i + 1) if title and title.startswith(_RANKED_TITLES) else None
        return (f"{tok.text} {inner[0]}", inner[1]) if inner else None  # mid-sentence "I" is no conjunction
    return None


#: Academic titles that, written out right before a first name, stand for the abbreviated degree ("prof.").
ACADEMIC_TITLES = frozenset({"profesor"})


def _name_follows(doc: Doc, i: int) -> bool:
    """The next word is a first name: "profesor Anna Kos", "Profesora Jana Kosa"."""
    return i + 1 < len(doc) and first_name(doc[i + 1]) is not None

