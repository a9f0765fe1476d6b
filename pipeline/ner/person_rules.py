"""Rule NER for people: a first name (morfeusz2 category 'imię') followed by a capitalised word.

The surname may be unknown to the dictionary ("Kindziak"); a first name the dictionary lacks is
accepted after an academic title or 'Pan'/'Pani'; two first names share a plural surname
("Annę i Artura Bukowskich"); names inside a business's name ("Pasieka u X") are not people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.professions import profession
from pipeline.lexicon.places import is_known_locality, locality_base
from pipeline.lexicon.words import (
    HONORIFICS,
    ORG_HEADS,
    STREET_WORDS,
    VENUE_HEADS,
    first_name,
    is_capitalised,
    is_geographic,
    noun_lemmas,
    role_title,
)
from pipeline.ner.couple_names import shared_family_name
from pipeline.ner.foreign_names import foreign_name
from pipeline.ner.name_words import (
    after_patron_mark,
    first_names_agree,
    patron_end,
    surname_candidate,
    title_word,
)
from pipeline.ner.org_rules import head_at
from pipeline.ner.readings import capitalised_indices
from pipeline.text.person_forms import abbreviated_first_name

#: Patrons' titles written capitalised between an institution and its patron ("Uniwersytet Kardynała Stefana X").
PATRON_TITLES = frozenset({"kardynał", "biskup", "arcybiskup", "prymas", "ksiądz", "święty", "błogosławiony",
                           "król", "królowa", "hetman", "generał", "marszałek", "papież"})


def patron(doc: Doc, i: int) -> bool:
    """'Uniwersytet Jana Kochanowskiego': a genitive name right after an institution is its patron, past the
    name's capitalised genitive adjectives when a patron's title or a numeral marks the patron ("Katolicki Uniwersytet
    Lubelski Jana Pawła II", "Uniwersytet Kardynała Stefana X")."""
    k = i - 1
    titled = k > 0 and doc[k].text[:1].isupper() and any(
        a.pos == "subst" and "gen" in a.cases and a.lemma.lower() in PATRON_TITLES for a in doc[k]._.morf)
    k -= titled
    if titled or any(t.text.isupper() and set(t.text) <= set("IVX") for t in doc[i + 1:i + 3]):
        while k > 0 and doc[k].text[:1].isupper() and not head_at(doc[k], ORG_HEADS) and any(
                a.pos == "adj" and "gen" in a.cases for a in doc[k]._.morf):
            k -= 1  # "dyrektora Szkoły Podstawowej Jana Kosa": without a title or a numeral the name is the holder's
    if k < 0 or i == 0 or not head_at(doc[k], ORG_HEADS):
        return False
    readings = [a for a in doc[i]._.morf if "imię" in a.names]
    return any("gen" in a.cases for a in readings) and not any(  # "Anny": gen sg; "Hanną" is a person
        "nom" in a.cases and a.number == "sg" for a in readings)


def patron_title(doc: Doc, i: int) -> bool:
    """'prof.' in "Szpital im. prof. Jana X", 'ks.' in "Fundacja im. ks. Adama Y": a title between "im." and the
    patron's name belongs to the institution's name; the patron is no person of the report."""
    if i + 1 >= len(doc) or not title_word(doc[i].text):
        return False
    k = i - 1
    while k >= 0 and title_word(doc[k].text) and doc[k].text.lower() not in ("im.",):
        k -= 1  # "im. ks. prał. X"
    return k >= 0 and doc[k].text.lower() in ("im.", "imienia")


def _looks_like_a_place(first: Token, second: Token) -> bool:
    """'Kazimierz Dolny', 'Piotrkowa Trybunalskiego', 'Hala Legionów': a name-like pair that is not a person.

    Only pairs whose second word is not a known surname (nor unknown to the dictionary) are
    questioned: it agrees with the first as an adjective, or the first word is a common noun.
    """
    readings = second._.morf
    firsts = [a for a in first._.morf if a.pos == "subst"]
    adjective = any(a.pos == "adj" and any(a.cases & f.cases for f in firsts) for a in readings)
    if not readings or any("nazwisko" in a.names or a.pos == "ign" for a in readings):
        # a surname (or an unknown word) second: a person, unless the pair is a known locality ("w Kazimierzu
        # Dolnym", "Janowa Lubelskiego"); the register is asked only here, as an agreeing adjective settles it
        # otherwise (resolving a locality's base form is the costly part)
        return adjective and any("nazwa_geograficzna" in a.names or "człon_nazwy_geograficznej" in a.names
                                 for a in first._.morf) \
            and is_known_locality(locality_base([first.doc[first.i], second.doc[second.i]]))  # spaCy Tokens
    common_first = any(not a.names and a.pos == "subst" for a in first._.morf)
    return adjective or common_first


def find_people(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [i, j) of person names: first name(s) + surname(s). `doc` is the light tokens."""
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    for k in capitalised_indices(doc):  # a name begins with a first name or a titled unknown word, both capitalised
        if k < i:
            continue  # inside the name found last, or skipped with a patron's words
        i = k
        tok = doc[i]
        initialled = initialled_name(doc, i) if len(tok.text) <= 3 else None  # an initial is short
        if initialled is not None:
            start = i - 1 if i > 0 and first_name(doc[i - 1]) is not None and doc[i - 1].whitespace_ \
                and (not spans or spans[-1][1] <= i - 1) else i  # "Izabela M. Krasińska": a middle initial
            spans.append((start, initialled))  # "J. Nowak", "M. Podolska", "K.K. Baczyński"
            i = initialled
            continue
        inverted = surname_first_end(doc, i) if i + 1 < n and doc[i + 1].capitalised else None  # then a first name
        if inverted is not None:
            spans.append((i, inverted))  # "Kowalczyk Anna – SP 2": a results list writes the surname first
            i = inverted
            continue
        patron_words = patron_end(doc, i) if i > 0 else None
        if patron_words is not None:
            i = patron_words  # "im. Jana Fryderyka X": the patron's words are the institution's name
            continue
        if (first_name(tok) is None and not _titled_unknown_name(doc, i) and not _introduced_unknown_name(doc, i)
                and not foreign_name(doc, i)
                and not _coordinated_unknown_name(doc, i, spans)) or (
                i > 0 and (doc[i - 1].text.lower() in STREET_WORDS or patron_title(doc, i - 1))) or patron(doc, i) \
                or not noun_lemmas(tok).isdisjoint(VENUE_HEADS) or inside_business_name(doc, i) \
                or _quoted_preposition(doc, i):
            i += 1  # "w Sali Lubrańskiego": a hall, not a woman called Sala
            continue
        if i + 2 < n and doc[i + 1].is_space and "\n" not in doc[i + 1].text and surname_candidate(doc[i + 2]):
            end = _name_end(doc, i + 2)  # "prof. Krzysztof  Pałecki": a doubled space inside the name
            spans.append((i, end))
            i = end
            continue
        if shared_family_name(doc, i) is not None:
            spans.append((i, i + 1))  # "Elżbiety i Wojciecha Pysiaków": the first name shares the surname
            i += 1
            continue
        j = i + 1
        if j < n and first_name(doc[j]) is not None and j + 1 < n and surname_candidate(doc[j + 1]) \
                and not doc[j].whitespace_ == "":
            if not first_names_agree(tok, doc[j]):
                i += 1  # "w Krakowie Anna Nowak": a locative that reads as a plural first name ends a body's name
                continue
            j += 1  # two first names: "Anna Maria Kowalska"
        if j < n and surname_candidate(doc[j]) and tok.whitespace_ and not _looks_like_a_place(tok, doc[j]):
            end = _name_end(doc, j)
            spans.append((i, end))
            i = end
            continue
        i += 1
    return spans


#: What may stand before and after a surname-first name in a list: a line break, a list mark or a separator.
_LIST_MARKS = frozenset({":", "–", "—", "-", ",", ";", "(", ")", ".", "/"})


def _list_edge(tok: Token | None, before: bool) -> bool:
    """A line break, a separator, or the text's edge (None) on that side of a listed name."""
    if tok is None or tok.is_space and "\n" in tok.text:
        return True
    return tok.text in _LIST_MARKS and (before or tok.text not in (".",) or tok.i + 1 >= len(tok.doc)
                                        or "\n" in tok.whitespace_ or tok.doc[tok.i + 1].is_space)


def surname_first_end(doc: Doc, i: int) -> int | None:
    """'Kowalczyk Anna – SP 2', '2. Malinowski Jakub (kl. 5a)': a list of results or participants writes the
    surname first; a word SGJP knows as a surname (or does not know) and a first name in the nominative, set apart
    by list marks or line breaks on both sides, are one person (the end index), else None."""
    n = len(doc)
    if i + 1 >= n or not doc[i].whitespace_ or "\n" in doc[i].whitespace_:
        return None
    surname, given = doc[i], doc[i + 1]
    if not given.capitalised or first_name(given) is None or not any("imię" in a.names and a.number == "sg" and "nom" in a.cases
                                            and a.lemma == given.text for a in given._.morf):
        return None  # the first name as written is its base form: a listed name is in the nominative
    if first_name(surname) is not None or not surname_candidate(surname) or surname.text.isupper() \
            or not surname.text.isalpha() or role_title(surname.text, surname._.morf) is not None \
            or surname.text.lower() in HONORIFICS:
        return None
    if not any("nazwisko" in a.names for a in surname._.morf) and not _proper_word(surname):
        return None
    before = doc[i - 1] if i > 0 else None
    if before is not None and not before.is_space and "\n" in before.whitespace_:
        before = None  # the line ends before the name
    after = doc[i + 2] if i + 2 < n and "\n" not in given.whitespace_ else None
    if not (_list_edge(before, True) and _list_edge(after, False)):
        return None
    return i + 2


def _initial_end(doc: Doc, i: int) -> int | None:
    """The index after one initial at token i ("J." as one token, or "M" and "." written together), else None."""
    text = doc[i].text
    if len(text) > 3:
        return None  # no initial ("J.", "M" "."), nor an abbreviated first name ("Wł.", "St")
    if len(text) == 2 and text[0].isupper() and text[0].isalpha() and text[1] == ".":
        return i + 1
    if len(text) == 1 and text.isupper() and text.isalpha() and i + 1 < len(doc) and doc[i + 1].text == "." \
            and not doc[i].whitespace_:
        return i + 2
    return _abbreviated_first_name(doc, i)


#: Abbreviations of two letters that stand for a title or a word, not a first name.
_NOT_FIRST_NAMES = frozenset({"dh", "ks", "br", "św", "sw", "ps", "pt", "śp", "sp", "pl", "st", "gm", "wg"})


def _abbreviated_first_name(doc: Doc, i: int) -> int | None:
    """'Wł.', 'Zb.', 'St.' in "Wł. St. Reymont": a capital and a lower-case consonant with a glued dot abbreviate a
    first name as an initial does (no word is written so); the index after the dot, else None."""
    text = doc[i].text
    end = i + 1 if text.endswith(".") else i + 2  # "St." may be one token
    if not abbreviated_first_name(text) or end > len(doc) or (
            end == i + 2 and (doc[i + 1].text != "." or doc[i].whitespace_)):
        return None
    return None if text.rstrip(".").lower() in _NOT_FIRST_NAMES and not _abbreviated_pair(doc, i) else end


def _abbreviated_pair(doc: Doc, i: int) -> bool:
    """'Wł. St.': an abbreviation right after another first name's abbreviation is a second first name."""
    prev = i - 2 if i >= 2 and doc[i - 1].text == "." else i - 1  # "Wł" "." or "Wł."
    return prev >= 0 and doc[prev].text.rstrip(".").lower() not in _NOT_FIRST_NAMES \
        and _abbreviated_first_name(doc, prev) is not None


def _inside_a_name(doc: Doc, k: int) -> bool:
    """"Szkoła Podstawowa H. Sienkiewicza": a capitalised word mid-sentence that is neither a first name nor a title
    puts the initialled name inside an institution's name (its patron)."""
    tok = doc[k]
    if not is_capitalised(tok) or tok.is_sent_start or tok.text.isupper() or not tok.text.isalpha():
        return False
    return first_name(tok) is None and role_title(tok.text, tok._.morf) is None and tok.text.lower() not in HONORIFICS


def initialled_name(doc: Doc, i: int) -> int | None:
    """'J. Nowak', 'prowadziła M. Podolska', 'K.K. Baczyński': initials before a word SGJP knows as a surname, or a
    capitalised word it does not know, make a person (the end index), except a street's or a patron's name
    ("ul. J. Piłsudskiego", "im. A. Mickiewicza", "Uniwersytet J. Kochanowskiego")."""
    k = _initial_end(doc, i)
    if k is None or i > 0 and (doc[i - 1].text.lower() in STREET_WORDS or after_patron_mark(doc, i)
                               or head_at(doc[i - 1], ORG_HEADS) or _inside_a_name(doc, i - 1)):
        return None
    second = _initial_end(doc, k) if k < len(doc) and (doc[k - 1].whitespace_ == "" or (
        _abbreviated_first_name(doc, i) and _abbreviated_first_name(doc, k))) else None  # "Wł. St. Reymont"
    k = second or k  # "K.K." / "K. K." are one person's two initials only when written together
    if second is None:  # "E. T. Sowiński", "E. T. A. Hoffmann": spaced one-letter initials before a surname
        chain = k
        for _ in range(2):
            nxt = _initial_end(doc, chain) if chain < len(doc) and len(doc[chain].text.rstrip(".")) == 1 else None
            if nxt is None:
                break
            chain = nxt
        if chain > k and len(doc[i].text.rstrip(".")) == 1 and (i == 0 or doc[i - 1].whitespace_) \
                and chain < len(doc) and surname_candidate(doc[chain]):  # not "S.A. J. Kowalski"
            k = chain
    if k >= len(doc) or not doc[k - 1].whitespace_ or "\n" in doc[k - 1].whitespace_:
        return None
    surname = doc[k]
    if not surname_candidate(surname) or surname.text.isupper() or not surname.text.isalpha() \
            or not (_proper_word(surname) or any("nazwisko" in a.names for a in surname._.morf)):
        return None
    if first_name(surname) is not None and (not any("nazwisko" in a.names for a in surname._.morf) or (
            k + 2 < len(doc) and doc[k].whitespace_ and surname_candidate(doc[k + 1]))):
        return None  # "A. Anna"; "P. Sebastian Kos", "Ś.P. Jan Kos": an abbreviated honorific before a full name
    if role_title(surname.text, surname._.morf) is not None:
        return None  # "P. Wójt": "Pan Wójt", a title
    return _name_end(doc, k)


def inside_business_name(doc: Doc, i: int) -> bool:
    """'z Pasieki u Piotra Woźniaka', 'Karczma u Anny Wilk': a capitalised common noun and 'u' before a name
    make a business's name, not a person of the report."""
    if i < 2 or doc[i - 1].text != "u":
        return False
    noun = doc[i - 2]
    return noun.capitalised and not noun.is_sent_start and not noun.text.isupper() and any(
        a.pos == "subst" and not a.names for a in noun._.morf) and first_name(noun) is None


_OPENING_QUOTES = frozenset({'"', "„", "“", "«", "»"})


def _quoted_preposition(doc: Doc, i: int) -> bool:
    """'Od' in "Centrum „Od Nowa”": a quoted name opening with a word that reads as a preposition is a body's or a
    work's name ("„Dla Ciebie”", "„Na Szlaku”"), not a first name in an oblique case ('Od': the genitive of Oda)."""
    return i > 0 and doc[i - 1].text in _OPENING_QUOTES and any(a.pos == "prep" for a in doc[i]._.morf)


def _name_end(doc: Doc, j: int) -> int:
    """The end of a name whose surname is token j: a double-barrelled surname written with a separate
    hyphen token, or with spaces around it, takes its second half."""
    n = len(doc)
    end = j + 1
    if end + 1 < n and doc[end].text == "-" and not doc[j].whitespace_ and surname_candidate(doc[end + 1]) \
            and _second_surname(doc[end + 1]):
        end += 2
    elif end + 1 < n and doc[end].text in ("-", "–", "—") and doc[j].whitespace_ and doc[end].whitespace_ \
            and surname_candidate(doc[end + 1]) and _second_surname(doc[end + 1], strict=True) \
            and not (end + 2 < n and doc[end + 2].text[:1].isupper() and noun_lemmas(doc[end + 2]) & (ORG_HEADS | VENUE_HEADS)):
        end += 2  # "Nowak - Jeziorańska", "Bujak – Lenczowskiej"; not "dr Jan Kos – Wielkopolski Ośrodek …"
    k = end
    while k < n and doc[k].text in _NOBILIARY and doc[k - 1].whitespace_ and doc[k].whitespace_:
        k += 1  # "Geringer de Oedenberg", "von der Leyen": a lower-case particle joins a second surname
    return k + 1 if k > end and k < n and surname_candidate(doc[k]) and first_name(doc[k]) is None else end


#: Nobiliary particles written in lower case inside a surname (Polish has no such words of its own).
_NOBILIARY = frozenset({"de", "von", "van", "der", "den", "du", "del", "della", "di", "dos", "zu"})


_TITLE_WORDS = frozenset({"profesor", "profesora", "profesorowi", "profesorem", "profesorze", "doktor", "doktora"})


def _titled_unknown_name(doc: Doc, i: int) -> bool:
    """'dr inż. Żbigniew Bodzon', 'Profesor Bastian Kaiser': a word the dictionary does not know, right after
    an academic title or 'Pan'/'Pani' and before a known surname, is a first name it lacks (foreign, misspelt)."""
    tok = doc[i]
    if i == 0 or i + 1 >= len(doc) or not tok.whitespace_ or not tok.capitalised or tok.text.isupper() \
            or not tok.text.isalpha() or len(tok.text) < 3:
        return False
    before = doc[i - 1].text.lower()
    if before not in HONORIFICS and before not in _TITLE_WORDS and not (before == "." and i > 1 and (
            doc[i - 2].text.lower() + ".") in HONORIFICS) or not _proper_word(tok):
        return False
    surname = doc[i + 1]
    return surname_candidate(surname) and (_proper_word(surname) or any("nazwisko" in a.names
                                                                          for a in surname._.morf))


def _introduced_unknown_name(doc: Doc, i: int) -> bool:
    """'oczekiwana Claudia Gómez, kompozytor i wokalistka': two capitalised words the dictionary does not know,
    inside a sentence and followed by a comma and a title or profession in apposition, are a first name it lacks
    and a surname (a foreign artist introduced by what she does)."""
    if i == 0 or i + 3 >= len(doc) or doc[i + 2].text != "," or doc[i - 1].text in (".", "!", "?", ":", "„", '"') \
            or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_:
        return False
    pair = (doc[i], doc[i + 1])
    if not doc[i].whitespace_ or not all(t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper()
                                          and len(t.text) >= 3 and (all(a.pos == "ign" for a in t._.morf) or (
                                              _said_by(doc, i) and any("nazwisko" in a.names for a in t._.morf)))
                                          for t in pair):
        return False
    apposition = doc[i + 3]
    return apposition.text[:1].islower() and (role_title(apposition.text, tuple(apposition._.morf)) is not None
                                              or profession(apposition) is not None)


def _coordinated_unknown_name(doc: Doc, i: int, spans: list[tuple[int, int]]) -> bool:
    """'Piotr Świst oraz Jesper Jensen': two proper words (unknown to the dictionary or known only as surnames)
    joined by "i"/"oraz" right after a person's name are a person whose first name the dictionary lacks."""
    if i < 2 or not spans or spans[-1][1] != i - 1 or doc[i - 1].text not in ("i", "oraz") or i + 1 >= len(doc):
        return False
    pair = (doc[i], doc[i + 1])
    return bool(doc[i].whitespace_) and all(
        t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper() and len(t.text) >= 3 and _proper_word(t)
        for t in pair) and not (i + 2 < len(doc) and doc[i + 2].text[:1].isupper() and doc[i + 2].is_alpha)


#: Verbs that attribute a quotation: "– mówi X Y, komisarz targów" names the speaker.
_SAYING_LEMMAS = frozenset({"mówić", "powiedzieć", "dodać", "dodawać", "wyjaśniać", "wyjaśnić", "podkreślać",
                            "podkreślić", "twierdzić", "ocenić", "oceniać", "przekonywać", "zapewniać", "zapewnić"})


def _said_by(doc: Doc, i: int) -> bool:
    """A verb of saying right before the name: the speaker a quotation is attributed to (surnames SGJP also reads as
    common words or adjectives, "Olcha", "Sikorska", are then a name)."""
    return any(a.pos in ("fin", "praet") and a.lemma in _SAYING_LEMMAS for a in doc[i - 1]._.morf)


def _proper_word(tok: Token) -> bool:
    """Unknown to the dictionary, or known only as a surname ("Bastian", "Gebhardt")."""
    return all(a.pos == "ign" or "nazwisko" in a.names for a in tok._.morf)


_SURNAME_ENDINGS = ("ski", "ska", "skiego", "skiej", "ską", "skim", "cki", "cka", "ckiego", "ckiej", "cką", "dzki",
                    "dzka", "wicz", "wicza", "owa", "owej", "ową", "czyk", "czyka", "ak", "aka", "ek", "ka", "yk", "uk")


def _second_surname(tok: Token, strict: bool = False) -> bool:
    """The part after a hyphen is a surname, not a title or an institution ("Szponka- Dyrektor Ośrodka").

    With spaces around the dash ("Nowak - Jeziorańska") the dash may as well introduce a title or a
    comment, so the word must be known as a surname or shaped like one."""
    if role_title(tok.text, tok._.morf) is not None or noun_lemmas(tok) & (ORG_HEADS | VENUE_HEADS):
        return False
    if not strict:
        return True
    if is_geographic(tok) and not any("nazwisko" in a.names for a in tok._.morf):
        return False
    return any("nazwisko" in a.names for a in tok._.morf) or tok.text.lower().endswith(_SURNAME_ENDINGS)
