"""Names after a lower-case kind word: firms ("firmy Sygnity", "przedsiębiorstwo Alfa sp. z o.o.", "spółek A, B
oraz C") and press titles after an editorial word ("redaktor naczelny „Kuriera Gminnego”", "redakcji „X”").

A firm's or a brand's name written after its kind noun is an apposition: Polish leaves it in the nominative while
the kind noun declines ("w firmie Alfa"), so the name is taken as written, and its first word, when the dictionary
knows it as a common word, must have a nominative reading ("spółki Skarbu Państwa" is no name). A legal-form suffix
(sp. z o.o., s.c., S.A., sp.k., sp.j.) closes the name and belongs to it. The kind word is a common noun and not
part of the name (docs/annotation.md: a lower-case common noun before a name is not part of it).

A press title is a body (its editorial office) when an editorial word governs it: the title in quotes is then a
genitive ("redaktor naczelna „Gazety Leśnej”") whose nominative is the name. A title only named as where an
article appeared is not listed (docs/annotation.md), so a press noun alone does not introduce one.
"""

from __future__ import annotations

import re

from pipeline.lexicon.place_phrases import common_phrase_base
from pipeline.lexicon.words import first_name, is_geographic, is_proper_only
from pipeline.ner.readings import capitalised_indices, per_readings

#: Kinds of firms and media companies (lemmas): the lower-case word before a firm's own name.
FIRM_KINDS = frozenset({"firma", "spółka", "przedsiębiorstwo", "koncern", "korporacja", "holding", "portal",
                        "wydawnictwo", "hurtownia", "studio"})
#: Editorial words that govern a press title in the genitive.
EDITORIAL_WORDS = frozenset({"redakcja", "redaktor"})
#: Press nouns that may stand between the editorial word and the title ("redaktor tygodnika „X”").
PRESS_NOUNS = frozenset({"gazeta", "dziennik", "tygodnik", "dwutygodnik", "miesięcznik", "kwartalnik", "magazyn",
                         "pismo", "czasopismo", "portal", "serwis", "radio", "telewizja", "rozgłośnia"})
#: Journalists' nouns that govern their paper or station in the genitive ("dziennikarze „Gazety X”").
JOURNALISTS = frozenset({"dziennikarz", "dziennikarka", "radiowiec", "reporter", "reporterka", "fotoreporter",
                         "korespondent", "korespondentka", "publicysta", "publicystka"})
#: Press nouns that open a paper's own name ("„Kurier Lubelski”").
_TITLE_NOUNS = PRESS_NOUNS | {"kurier"}
_OPEN = ('"', "„", "“", "«")
_CLOSE = ('"', "”", "“", "»")
_MAX_WORDS = 5
_LEGAL_FORM = re.compile(r"\s*(?:sp\.\s?z\s?o\.\s?o\.?|s\.\s?c\.?|s\.\s?a\.?|sp\.\s?k\.?|sp\.\s?j\.?|sp\.\s?p\.?|(?-i:SA))(?!\w)",
                         re.IGNORECASE)
LEGAL_FORM = _LEGAL_FORM  # the legal form also closes a body's name phrase (`phrase_extent`)
_LIST_JOINS = (",", "i", "oraz")
#: A word the tokenizer kept with the sentence's full stop: an acronym ("POW.") or a web address ("Alfa.pl.").
GLUED_STOP = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]{2,}|\w+\.(?:pl|com|eu|org|net|info))\.")


def _lemmas(tok) -> set[str]:  # noqa: ANN001 (a light token)
    return {a.lemma.lower() for a in tok._.morf if a.pos in ("subst", "depr", "brev")}


def _kind(tok, kinds: frozenset[str]) -> str | None:  # noqa: ANN001
    """'sg', or 'pl' when a plural reading exists, when the lower-case token is one of `kinds` as a noun (the abbreviation "red." too)."""
    if not tok.text[:1].islower():
        return None
    if tok.text == "red." and kinds is EDITORIAL_WORDS:
        return "sg"
    readings = [a for a in tok._.morf if a.pos in ("subst", "depr") and a.lemma.lower() in kinds]
    if not readings:
        return None
    return "pl" if any(a.number == "pl" for a in readings) else "sg"  # "spółki": a list may follow


def _name_word(tok, first: bool) -> bool:  # noqa: ANN001
    """A word of a firm's name: capitalised (a digit after the first word), no first name, no place; a first word
    the dictionary knows as a common word has a nominative reading (the apposition keeps the nominative)."""
    text = tok.text
    if not text[:1].isupper():
        return not first and text[:1].isdigit()
    if not first:
        return True
    if first_name(tok) is not None or is_geographic(tok) or tok.is_sent_start:
        return False
    common = [a for a in tok._.morf if a.pos in ("subst", "adj") and not a.names]
    if any(a.pos == "adj" for a in common) and not any("nom" in a.cases for a in tok._.morf if a.pos in ("subst", "adj")):
        return False  # "studiu Polskiego Radia": an adjective in the genitive opens the owner's phrase, no apposition
    return not common or any("nom" in a.cases for a in common) or any(a.names for a in tok._.morf)


def _run_end(toks: list, j: int) -> int | None:  # noqa: ANN001
    """End (exclusive) of a firm's name starting at j: capitalised words on one line, with the parts a token split
    off inside a word ("Life-Med", "P.S.", "Alfa.pl")."""
    if j >= len(toks) or not _name_word(toks[j], True):
        return None
    k = j + 1
    words = 1
    while k < len(toks) and words <= _MAX_WORDS:
        prev, tok = toks[k - 1], toks[k]
        if not prev.whitespace_ and tok.text in ("-", ".", "&", "/") and k + 1 < len(toks) and not tok.whitespace_ \
                and (toks[k + 1].text[:1].isalnum()):
            k += 2  # "Life-Med", "E&Y", "R/C", "P.S" (the closing dot is the legal-form or sentence's)
            continue
        if prev.whitespace_ != " " or not _name_word(tok, False):
            break
        k += 1
        words += 1
    return k


def _quoted_end(toks: list, j: int) -> int | None:  # noqa: ANN001
    """End (exclusive, after the closing mark) of a quoted name opening at j on one line."""
    if j >= len(toks) or toks[j].text not in _OPEN or j + 1 >= len(toks) or not toks[j + 1].text[:1].isupper():
        return None
    for k in range(j + 2, min(len(toks), j + _MAX_WORDS + 3)):
        if "\n" in toks[k - 1].whitespace_ or "\n" in toks[k].text:
            return None
        if toks[k].text in _CLOSE:
            return k + 1
    return None


def _after_adjectives(toks: list, j: int, pos: tuple[str, ...] = ("adj", "pact", "ppas")) -> int:  # noqa: ANN001
    """Skip up to two lower-case adjectives or participles ("naczelny", "handlowa")."""
    k = j
    while k < len(toks) and k - j < 2 and toks[k].text[:1].islower() and any(
            a.pos in pos for a in toks[k]._.morf) and ("pact" in pos or not any(a.pos == "pact" for a in toks[k]._.morf)):
        k += 1
    return k


def firm_names(toks: list, text: str, lemmas: list | None = None) -> list[tuple[int, int]]:  # noqa: ANN001
    """Character spans of firms' names after a lower-case firm kind word; after a plural kind ("spółek") a list of
    names is as many firms. `lemmas`: the document's lower-cased lemma column (all readings), to skip the
    tokens with no kind word among their readings without looking at each reading."""
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if lemmas is not None and lemmas[i].isdisjoint(FIRM_KINDS):
            continue
        number = _kind(tok, FIRM_KINDS)
        if number is None or "\n" in tok.whitespace_:
            continue
        j = _after_adjectives(toks, i + 1)
        while True:
            end = _quoted_end(toks, j) or _run_end(toks, j)
            if end is None:
                break
            start_char, end_char = toks[j].idx, toks[end - 1].idx + len(toks[end - 1].text)
            # "Agro-Bud Sp. z o.o.": the run took "Sp." as a capitalised word; the legal form starts there
            inner = next((toks[k].idx for k in range(j + 1, end) if _LEGAL_FORM.match(text, toks[k].idx)), None)
            legal = _LEGAL_FORM.match(text, inner if inner is not None else end_char)
            if legal:
                end_char = legal.end()
                while end < len(toks) and toks[end].idx < end_char:
                    end += 1
            out.append((start_char, end_char))
            if number != "pl" or end >= len(toks) or toks[end].text not in _LIST_JOINS \
                    or "\n" in toks[end - 1].whitespace_:
                break
            j = end + 1
            if toks[end].text == "," and j < len(toks) and toks[j].text in ("i", "oraz"):
                j += 1
    return out


_EDITORIAL_OR_JOURNALISTS = EDITORIAL_WORDS | JOURNALISTS


def press_titles(toks: list, lemmas: list | None = None) -> list[tuple[int, int]]:  # noqa: ANN001
    """Token ranges (quotes included) of press titles governed by an editorial word or a journalist's noun
    (`lemmas` as in `firm_names`), or led by a press noun of their own (`_titled`)."""
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if tok.text in _OPEN and (end := _titled(toks, i)) is not None:
            out.append((i, end))
            continue
        if lemmas is not None and lemmas[i].isdisjoint(_EDITORIAL_OR_JOURNALISTS) and tok.text != "red.":
            continue
        if _kind(tok, EDITORIAL_WORDS) is None and _kind(tok, JOURNALISTS) is None:
            continue
        j = _after_adjectives(toks, i + 1, ("adj",))  # "redaktor prowadzący „X”": the participle governs X itself
        if j < len(toks) and _kind(toks[j], PRESS_NOUNS) is not None:
            j += 1
        end = _quoted_end(toks, j)
        if end is not None and end - j > 2:
            out.append((j, end))
    return out


def _titled(toks: list, j: int) -> int | None:  # noqa: ANN001
    """End of a quoted title whose first word is a capitalised press noun ("„Tygodnik Opolski”", "„Gazety
    Leśnej”"): a newspaper's own name, a body (its editorial office) where it acts or employs; after a locative
    preposition ("w „Gazecie X”", "na łamach") it is only where an article appeared and is left out."""
    end = _quoted_end(toks, j)
    if end is None or end - j < 4 or j > 0 and toks[j - 1].text.lower() in ("w", "we", "na", "łamach"):
        return None
    first = toks[j + 1]
    return end if any(a.pos == "subst" and a.lemma.lower() in _TITLE_NOUNS and a.number == "sg" for a in first._.morf) \
        and first.text[:1].isupper() and not first.text.isupper() else None


def press_name(tokens: list, text: str) -> str:  # noqa: ANN001
    """The nominative of a press title (`tokens` with its quotes) in the text's own quotes; the editorial word
    governs the genitive, so a lone word takes its singular genitive's lemma ("„Gazety”" -> "„Gazeta”")."""
    inner = tokens[1:-1]
    opening, closing = text[tokens[0].idx], text[tokens[-1].idx]
    genitive = [a for a in inner[0]._.morf if a.pos == "subst" and "gen" in a.cases and a.number == "sg"]
    if len(inner) == 1 and genitive:
        lemma = genitive[0].lemma
        return f"{opening}{lemma[:1].upper()}{lemma[1:]}{closing}"
    return f"{opening}{common_phrase_base(inner)}{closing}"


def dictionary_firms(toks: list, blocked: set[int]) -> list[int]:  # noqa: ANN001
    """Indices of words the dictionary knows only as a firm's name (SGJP "nazwa_firmy": "w Polsacie", "Orlenu")
    inside a sentence: the name of a company, a body of the report; its nominative is the reading's lemma
    (`firm_lemma`). Words in capitals are left to the acronym rule."""
    out = []
    for i in capitalised_indices(toks):  # a word written with a capital first and letters only is capitalised
        tok = toks[i]
        if i in blocked or tok.is_sent_start or not tok.text[:1].isupper() or tok.text.isupper() or not tok.is_alpha:
            continue
        if _firm_only(tok._.morf):
            out.append(i)
    return out


@per_readings
def _firm_only(readings: tuple) -> bool:
    """Readings, all of them of a firm's name."""
    return bool(readings) and all(a.pos in ("subst", "depr") and "nazwa_firmy" in a.names for a in readings)


def firm_lemma(tok) -> str:  # noqa: ANN001
    """The nominative of a word the dictionary knows as a firm's name ("Polsacie" -> "Polsat")."""
    return next(a.lemma for a in tok._.morf if "nazwa_firmy" in a.names)



#: Words before a legal form that a firm's name does not take back: the run stops before them.
_LEGAL_MAX_WORDS = 4


def legal_form_firms(toks: list, text: str, blocked: set[int]) -> list[tuple[int, int]]:  # noqa: ANN001
    """'Mikrostyk S.A.', 'Alfa Beta Sp. z o.o.', 'KGHM Polska Miedź SA': capitalised words closed by a legal form
    name a company even with no kind word before them; the legal form belongs to the name. Token ranges (the end
    past the form). The words run back on one line up to a word that cannot open an apposition (`_name_word`)."""
    out: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if i == 0 or i in blocked or tok.text[:1] not in "SsPp" or not _LEGAL_FORM.match(text, tok.idx) \
                or toks[i - 1].whitespace_ != " " or not toks[i - 1].text[:1].isupper():
            continue
        legal = _LEGAL_FORM.match(text, tok.idx)
        end = i
        while end < len(toks) and toks[end].idx < legal.end():  # type: ignore[union-attr]
            end += 1
        k = i - 1
        while k > 0 and i - k < _LEGAL_MAX_WORDS and k - 1 not in blocked and toks[k - 1].text[:1].isupper() \
                and toks[k - 1].whitespace_ == " " and "\n" not in toks[k - 1].text:
            k -= 1
        while k < i and not (_name_word(toks[k], True) or toks[k].is_sent_start and is_proper_only(toks[k])):
            k += 1  # "w Lipnie Alfa S.A.": the run opens at its first word in the nominative
        if k < i and not any(j in blocked for j in range(k, i)):
            out.append((k, end))
    return out
