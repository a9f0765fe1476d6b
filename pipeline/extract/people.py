"""People: base-form names, honorifics, role titles with their organization, and part.

Base forms come from morfeusz2 when it knows the surname (choosing the reading
that agrees with the first name in case and gender); unknown surnames are
inflected back by the first name's gender and case and the surname's ending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from pipeline.lexicon.words import HONORIFICS, ORG_HEADS, ROLE_TITLES, first_name, role_title
from pipeline.models import Mention, Role
from pipeline.text.context import Context
from pipeline.text.morphology import Analysis, analyse

EXTRACTOR = "extract.people"

#: Genitive complements that belong to the title itself: "prezes zarządu".
TITLE_COMPLEMENTS = frozenset({"zarząd", "rada", "dział", "biuro", "wydział", "referat", "sekcja",
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


@dataclass
class PersonMention:
    name: str
    gender: str | None
    honorific: str | None
    mention: Mention
    roles: list[Role] = field(default_factory=list)
    role_org_spans: list[tuple[int, int] | None] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)


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
            j += 1
            while j < n and doc[j].is_alpha and doc[j].text[:1].islower() and len(words) < 8 and not any(
                    a.pos in ("prep", "conj", "fin", "praet") for a in doc[j]._.morf):
                words.append(doc[j].text.lower())
                j += 1
            break
        if not words and t.text[:1].isupper() and any(a.lemma.lower() in UNIT_WORDS and "gen" in a.cases
                                                      for a in readings if a.pos == "subst"):
            unit = next(a.lemma.lower() for a in readings if a.pos == "subst" and a.lemma.lower() in UNIT_WORDS)
            # "Dyrektor Wydziału Polityki Społecznej": the title keeps its unit, the unit stays in the institution
            return f"{title} {_GENITIVE_OF_UNIT.get(unit, unit)}", j
        if any(a.lemma.lower() in INSTITUTION_WORDS or a.lemma.lower() in ORG_HEADS for a in readings if a.pos == "subst"):
            break  # the institution begins: "prezes spółdzielni", "proboszcz parafii"
        if any(a.pos == "adj" and (a.lemma in _NOT_COMPLEMENTS or a.lemma.endswith(("ski", "cki", "dzki")))
               for a in readings) and not words:
            break  # "starosta gnieźnieński", "prezes nasz": a place or a possessive, not part of the title
        if t.text[:1].isupper():
            if not words and any(a.lemma.lower() in TITLE_COMPLEMENTS | ROLE_TITLES and "gen" in a.cases
                                 for a in readings if a.pos == "subst"):
                words.append(low)
                j += 1
                continue
            break
        if words and low in ("i", "oraz") and j + 1 < n and doc[j + 1].text[:1].islower() and any(
                a.pos == "subst" and "gen" in a.cases for a in doc[j + 1]._.morf):
            words.append(low)  # "minister kultury i dziedzictwa narodowego"
            j += 1
            continue
        if not words and t.text in ("RP", "UE"):
            words.append(t.text)  # "prezydent RP", "senator RP"
            j += 1
            break
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
            words.append(low)
            j += 1
            continue
        break
    if words and words[-1] == "ds.":
        words.pop()
        j -= 1
    return " ".join([title, *words]), j


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


_HYPHENS = frozenset({"-", "–", "—", "‐"})


def _case_candidates(a: Analysis) -> set[str]:
    return set(a.cases) if a.number != "pl" else set()


def person_base(tokens: list[Token], honorific: Token | None = None) -> tuple[str, str | None]:
    """'Agnieszki Wilczyńskiej' -> ('Agnieszka Wilczyńska', 'f'); "Pana"/"Pani" before the name fix gender and case."""
    first_tokens = []
    for k, t in enumerate(tokens[:2]):
        if first_name(t) is None or len(tokens) - len(first_tokens) <= 1:
            break
        if k + 1 < len(tokens) and tokens[k + 1].text in _HYPHENS:
            break  # "Zofia Mańka-Szulik": a word before a hyphen is a surname's first half, even if also a name
        first_tokens.append(t)  # leading first names only: "Beata Szczepaniak-Wolf" has one
    first_tokens = first_tokens or tokens[:1]
    rest = tokens[len(first_tokens):]
    first_readings = [a for a in first_tokens[0]._.morf if "imię" in a.names and a.pos == "subst"]
    sg = [a for a in first_readings if a.number == "sg"] or first_readings
    gender = None
    cases: set[str] = set()
    if sg:
        fem = [a for a in sg if "f" in a.genders]
        masc = [a for a in sg if "m1" in a.genders]
        chosen = fem if fem and (not masc or tokens[0].text.endswith(("a", "ą", "y", "i", "ę", "ie"))) else masc or fem
        word = tokens[0].text.lower()
        nominative = [group for group in (fem, masc) if any(a.lemma.lower() == word and "nom" in a.cases
                                                              for a in group)]
        if fem and masc and len(nominative) == 1:
            chosen = nominative[0]  # "Alojzy" is a man's name as written; "Stanisława" a woman's
        if fem and masc and rest:
            # "Stanisława" is a woman's name and a man's in the genitive: the surname decides
            # ("Stanisława Dolacińskiego" is Stanisław Dolaciński; "Stanisława Nowak" is Stanisława)
            f_fits, m_fits = _surname_fits(rest, "f", fem), _surname_fits(rest, "m", masc)
            if f_fits != m_fits:
                chosen = fem if f_fits else masc
        if honorific is not None:
            pan = [a for a in honorific._.morf if a.lemma in ("pan", "pani")]
            hint_f = any(a.lemma == "pani" for a in pan)
            hint_cases = frozenset(c for a in pan for c in a.cases)
            chosen = [a for a in (fem if hint_f else masc) if not hint_cases or a.cases & hint_cases] or chosen
        gender = "f" if chosen and "f" in chosen[0].genders else "m"
        for a in chosen:
            cases |= _case_candidates(a)
    firsts = []
    for t in first_tokens:
        readings = [a for a in t._.morf if "imię" in a.names and a.pos == "subst"]
        readings.sort(key=lambda a: -len(a.names))  # "Jacka": Jacek (a first name and a surname) before Jack
        pick = next((a for a in readings if (("f" in a.genders) == (gender == "f")) and a.cases & cases), None)
        pick = pick or (readings[0] if readings else None)
        firsts.append(pick.lemma if pick else t.text)
    rest = _glue_initials(rest)
    surnames = [_surname_base(t, gender, cases) if not isinstance(t, str) else t
                for t in rest if isinstance(t, str) or t.text not in _HYPHENS]
    hyphen = any(not isinstance(t, str) and t.text in _HYPHENS for t in rest)
    surname = "-".join(surnames) if hyphen else " ".join(surnames)
    return " ".join(firsts + ([surname] if surname else [])), gender


_MASC_OBLIQUE_ENDINGS = ("skiego", "ckiego", "dzkiego", "iego", "ego", "skiemu", "ckiemu", "emu")
_FEM_NOMINATIVE_ENDINGS = ("ska", "cka", "dzka", "owa", "ewa", "ina", "yna")


def _glue_initials(rest: list[Token]) -> list[Token | str]:
    """'T .' -> 'T.': an initial keeps its dot (and is not declined); a lone dot is dropped."""
    out: list[Token | str] = []
    for k, t in enumerate(rest):
        if t.text == ".":
            continue
        if len(t.text) == 1 and t.text.isupper() and (k + 1 < len(rest) and rest[k + 1].text == "." or
                                                      k + 1 == len(rest)):
            out.append(t.text + ".")
        elif t.text.endswith(".") and len(t.text) == 2 and t.text[0].isupper():
            out.append(t.text)
        else:
            out.append(t)
    return out


def _surname_fits(rest: list[Token], gender: str, first_readings: list[Analysis]) -> bool:
    """Does the surname agree with the first name read as this gender (in one of its cases)?"""
    cases = {c for a in first_readings for c in _case_candidates(a)}
    for tok in rest:
        if tok.text in _HYPHENS:
            continue
        text = tok.text
        known = [a for a in analyse(text) if "nazwisko" in a.names and a.pos == "subst"]
        if known:
            if not any(("f" in a.genders) == (gender == "f") and a.cases & cases for a in known):
                return False
            continue
        low = text.lower()
        if gender == "f" and low.endswith(_MASC_OBLIQUE_ENDINGS):
            return False
        if gender == "m" and low.endswith(_FEM_NOMINATIVE_ENDINGS):
            return False
    return True


def surname_only_base(tokens: list[Token]) -> str:
    """A surname (or a name the dictionary does not split into first name and surname) without a first
    name to agree with: 'Kowalskiego' -> 'Kowalski', 'Nowakowej' -> 'Nowakowa'. The gender comes from
    the dictionary's surname readings, else from the ending."""
    words = []
    for t in tokens:
        if t.text in _HYPHENS:
            words.append("-")
            continue
        readings = [a for a in t._.morf if a.pos == "subst" and set(a.names) & {"nazwisko", "imię", "pseudonim"}]
        firsts = [a for a in readings if "imię" in a.names and a.number == "sg"]
        if len(tokens) == 1 and firsts:
            # a lone "Jana", "Pawła", "Radka": the first-name reading, a man's in an oblique case before a
            # woman's in the nominative (texts name men by the genitive far more often)
            words.append(next((a.lemma for a in firsts if "m1" in a.genders), firsts[0].lemma))
            continue
        nominative = [a for a in readings if "nom" in a.cases and a.number == "sg"]
        if nominative:
            words.append(t.text if t.text.lower() == nominative[0].lemma.lower() else nominative[0].lemma)
            continue
        if readings:
            sg = [a for a in readings if a.number == "sg"] or readings
            words.append(sg[0].lemma)
            continue
        if _APOSTROPHE_ENDING.search(t.text):
            words.append(_APOSTROPHE_ENDING.sub("", t.text))
            continue
        low = t.text.lower()
        if low.endswith(("skiego", "ckiego", "dzkiego", "skiej", "ckiej", "dzkiej", "skiemu", "ckiemu", "ską", "cką")):
            gender = "f" if low.endswith(("ej", "ą")) else "m"
            words.append(_guess_surname(t.text, gender, {"gen", "dat", "acc", "inst", "loc"}))
        elif len(low) > 4 and low.endswith("a") and low[-2] not in "aeiouyąęó" and not low.endswith(("ska", "cka")):
            words.append(t.text[:-1])  # "Langhansa", "Kołczaka": a man's surname in the genitive
        else:
            words.append(t.text)  # a foreign or rare surname alone: its case cannot be told, keep it
    return " ".join(words).replace(" - ", "-")


_APOSTROPHE_ENDING = re.compile(r"['’][a-ząćęłńóśźż]{1,4}$")


def _surname_base(tok: Token, gender: str | None, cases: set[str]) -> str:
    text = tok.text.rstrip(".")
    if _APOSTROPHE_ENDING.search(text):
        return _APOSTROPHE_ENDING.sub("", text)  # "Chomsky'ego", "Gaulle'a": the ending after the apostrophe
    if text.isupper() and len(text) > 2:
        text = text[:1] + text[1:].lower()
    if cases == {"nom"}:
        return text  # the first name is in the nominative, so is the surname
    known = [a for a in analyse(text) if "nazwisko" in a.names and a.pos == "subst"]
    want_f = gender == "f"
    for a in known:
        if ("f" in a.genders) == want_f and (not cases or a.cases & cases) and a.number != "pl":
            return a.lemma
    for a in known:
        if ("f" in a.genders) == want_f and a.number != "pl":
            return a.lemma
    return _guess_surname(text, gender, cases)


_FEM_RULES = [("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("ską", "ska"), ("cką", "cka"),
              ("dzką", "dzka"), ("owej", "owa"), ("ową", "owa"), ("iną", "ina"), ("yną", "yna")]
_MASC_RULES = [("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"), ("skiemu", "ski"),
               ("ckiemu", "cki"), ("dzkiemu", "dzki"), ("skim", "ski"), ("ckim", "cki"), ("dzkim", "dzki"),
               ("kiego", "ki"), ("giego", "gi"), ("kiemu", "ki")]


def _guess_surname(text: str, gender: str | None, cases: set[str]) -> str:
    """Undo the case ending of a surname the dictionary lacks, by gender and the first name's case."""
    rules = _FEM_RULES if gender == "f" else _MASC_RULES
    for ending, base in rules:
        if text.endswith(ending):
            return text[: -len(ending)] + base
    if cases & {"nom"} or not cases:
        return text
    if gender == "f":
        for ending, base in (("ę", "a"), ("ą", "a"), ("ie", "a"), ("y", "a")):
            if text.endswith(ending) and len(text) > 4:
                return text[: -len(ending)] + base
        if text.endswith(("ki", "gi")) and cases & {"gen"}:
            return text[:-1] + "a"
        return text  # consonant-final feminine surnames do not decline
    for ending in ("owi", "em", "a", "u"):
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            stem = text[: -len(ending)]
            if ending == "a" and not cases & {"gen", "acc"}:
                continue
            if ending == "u" and not cases & {"loc", "voc"}:
                continue
            return stem
    return text


def _honorific(doc: Doc, i: int) -> tuple[str | None, int]:
    """Honorifics right before token i ('dr hab.', 'Pani', 'prof.'); returns (text, first index)."""
    parts: list[str] = []
    k = i - 1
    while k >= 0 and (doc[k].text.lower() in HONORIFICS or _is_pan(doc[k])):
        parts.insert(0, "Pani" if _is_pan(doc[k]) and doc[k].text.lower().startswith("pani") else
                     "Pan" if _is_pan(doc[k]) else doc[k].text)
        k -= 1
    if not parts:
        return None, i
    honor = " ".join(parts)
    return honor, k + 1


def _is_pan(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(a.lemma in ("pan", "pani") and a.pos == "subst" for a in tok._.morf)


def extract_people(ctx: Context, spans: list[tuple[int, int]]) -> list[PersonMention]:
    """Person mentions from character spans of names found by the NER backends."""
    doc = ctx.doc
    out = []
    for start, end in spans:
        chars = doc.char_span(start, end, alignment_mode="expand")
        if chars is None:
            continue
        tokens = [t for t in chars if not t.is_space]
        before = doc[chars.start - 1] if chars.start > 0 else None
        name, gender = person_base(tokens, before if before is not None and _is_pan(before) else None)
        if len(name.split()) < 2:
            continue
        honorific, _ = _honorific(doc, chars.start)
        mention = ctx.mention(start, end, EXTRACTOR, 0.85, "first_name+surname")
        pm = PersonMention(name=name, gender=gender, honorific=honorific, mention=mention)
        found = _roles(ctx, chars.start, chars.end)
        event_role = _event_role(ctx, chars.start, chars.end)
        if event_role is not None and not any(r.title.split()[0] == event_role.title for r, _ in found):
            found.append((event_role, None))
        pm.roles = [r for r, _ in found]
        pm.role_org_spans = [span for _, span in found]
        pm.cues = cues(ctx, chars.start, chars.end)
        out.append(pm)
    _share_with_coordinated(ctx, out)
    return out


COORDINATED = re.compile(r"^\s*(?:,|i|oraz|a\s+także|,\s*a)\s*$")


def _share_with_coordinated(ctx: Context, mentions: list[PersonMention]) -> None:
    """"prowadzili Anna Kos i Piotr Wilk", "moderowanej przez Annę Kos i Piotra Wilka": the second of two
    coordinated names shares the first one's event role and cues when it has none of its own."""
    for prev, cur in zip(mentions, mentions[1:], strict=False):
        if not COORDINATED.match(ctx.norm[prev.mention.end:cur.mention.start]):
            continue
        event = [r for r in prev.roles if r.title in EVENT_ROLE_TITLES]
        if event and not any(r.title in EVENT_ROLE_TITLES for r in cur.roles):
            cur.roles.append(event[0])
            cur.role_org_spans.append(None)
        if not cur.cues:
            cur.cues = set(prev.cues)


def _roles(ctx: Context, i: int, j: int) -> list[tuple[Role, tuple[int, int] | None]]:
    doc = ctx.doc
    roles: list[tuple[Role, tuple[int, int] | None]] = []
    # "<Imię Nazwisko> – <Rola> <Instytucja>" / ", <rolą> <instytucji>" / "(<rola>)"
    k = j
    if k < len(doc) and doc[k].text in ("-", "–", "—", ",", "(", ":"):
        k += 1
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k < len(doc):
            found = _title_at(doc, k)
            while found:
                title, after = found
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
    # "<Rola> <Instytucja> <Imię Nazwisko>", "<Rola> <instytucji>, <Imię Nazwisko>", "Pani Kierownik <Imię>"
    _, h = _honorific(doc, i)
    sent_start = ctx.sentence_bounds(i)[0]
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
            between = [t for t in doc[after:h]]
            if all(_may_stand_between(t) for t in between) and sum(t.text == "," for t in between) <= 1 \
                    and not any(r.title.split()[0] == title.split()[0] for r, _ in roles):
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
    if tok.text in _BETWEEN_WORDS or tok.text.lower() in HONORIFICS or _is_pan(tok) or tok.text[:1].isupper():
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
                           or _is_pan(doc[end - 1]) or doc[end - 1].is_space or _place_adjective(doc[end - 1])):
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
    """A heading line ending with ':' above a list of names gives their role."""
    doc = ctx.doc
    k = i - 1
    seen_newlines = 0
    while k >= max(0, i - 60) and seen_newlines <= 8:  # a heading stands within a few lines above
        t = doc[k]
        if "\n" in t.text or "\n" in t.whitespace_:
            seen_newlines += 1
        if t.text == ":":
            line_start = k - 1
            while line_start > 0 and "\n" not in doc[line_start - 1].text and "\n" not in doc[line_start - 1].whitespace_:
                line_start -= 1
            for m in range(line_start, k):
                found = _title_at(doc, m)
                if found:
                    title, after = found
                    return _role(ctx, title, m, after, until=k)
            return None
        if t.text in (".", ";") or (t.is_alpha and t.text[:1].islower() and t.text not in ("i", "oraz")):
            return None
        k -= 1
    return None


SPEAKER_VERBS = frozenset({"wygłosić", "przedstawić", "omówić", "zaprezentować", "opowiedzieć", "przybliżyć",
                           "poprowadzić", "prowadzić", "mówić", "wyjaśnić", "podzielić", "wystąpić", "pokazać",
                           "przedstawiać", "omawiać", "prezentować", "opowiadać", "referować", "zapoznać",
                           "tłumaczyć", "uczyć", "instruować", "przekazać", "wskazać", "zwrócić", "podkreślić",
                           "objaśnić", "demonstrować", "zademonstrować", "przeprowadzić", "zaprezentowywać",
                           "zabrać", "rozmawiać", "porozmawiać", "dyskutować", "oprowadzić",
                           "oprowadzać", "pokazywać", "udzielić", "moderować"})
SPEAKER_NOUNS = frozenset({"wykład", "prelekcja", "prezentacja", "referat", "wystąpienie", "prowadzący",
                           "prowadząca", "prelegent", "prelegentka", "zajęcia", "warsztat", "szkolenie"})
GUEST_VERBS = frozenset({"powitać", "otworzyć", "przywitać", "pogratulować", "złożyć", "objąć", "odwiedzić",
                         "zaszczycić", "wręczyć", "uhonorować", "podziękować", "życzyć", "gościć", "przyjąć"})
PARTICIPANT_WORDS = frozenset({"uczestnik", "uczestniczka", "uczestniczyć", "laureat", "laureatka", "zwycięzca",
                               "zwyciężczyni", "wyróżnienie", "nagroda", "zająć", "nagrodzić", "wyróżnić", "zdobyć",
                               "finalista", "finalistka", "zwyciężyć", "wygrać", "stypendysta", "absolwent"})
#: Words of a list's lead ("Gośćmi byli:", "Obecni byli:") that make its names guests.
GUEST_WORDS = frozenset({"gość", "obecny", "zaszczycić", "przybyć", "honorowy"})


def _predicate(ctx: Context, i: int, j: int) -> Token | None:
    """The finite verb nearest to the name in its sentence: what the person did."""
    doc = ctx.tokens
    sent_start, sent_end = ctx.sentence_bounds(i)
    best, best_distance = None, 99
    for t in doc[max(sent_start, i - 13):min(sent_end, j + 14)]:  # only distances up to 12 count
        a = t._.analysis
        if a is None or a.pos not in ("praet", "fin", "pcon", "pant", "bedzie"):
            continue
        distance = i - t.i if t.i < i else t.i - j + 1
        if t.i >= j:
            distance += 1  # the verb before the name is the usual report order ("Wykład wygłosił X")
        if distance < best_distance:
            best, best_distance = t, distance
    return best if best_distance <= 12 else None


def cues(ctx: Context, i: int, j: int) -> set[str]:
    """What the text says the person did: 'speaker', 'guest', 'participant' (may be several)."""
    doc = ctx.doc
    found: set[str] = set()
    line_before = ctx.left(doc[i].idx, 40).lower()
    if "prowadzą" in line_before or "prelegen" in line_before or "wykład" in line_before:
        found.add("speaker")
    verb = _predicate(ctx, i, j)
    if verb is not None:
        lemmas = {a.lemma for a in verb._.morf}
        objects = {a.lemma for t in doc[verb.i + 1:min(verb.i + 4, len(doc))] for a in t._.morf}
        if lemmas & SPEAKER_VERBS or (objects & SPEAKER_NOUNS and lemmas & {"mieć", "przygotować", "poprowadzić"}):
            found.add("speaker")
        if lemmas & GUEST_VERBS:
            found.add("guest")
    sent_start, sent_end = ctx.sentence_bounds(i)
    near = {a.lemma for t in doc[max(sent_start, i - 6):min(sent_end, j + 4)] for a in t._.morf}
    if near & SPEAKER_NOUNS - {"zajęcia", "warsztat", "szkolenie"}:
        found.add("speaker")
    left = ctx.left(doc[i].idx, 30).lower()
    sentence_left = ctx.norm[max(doc[sent_start].idx, doc[i].idx - 120):doc[i].idx].lower()
    if "z udziałem" in left or "spotkanie z" in left or "spotkaniu z" in left or "głos zabra" in sentence_left:
        found.add("speaker")  # debates and meetings "z udziałem X", "spotkanie z X", "głos zabrali: X, Y"
    if near & PARTICIPANT_WORDS:
        found.add("participant")
    if near & GUEST_WORDS:
        found.add("guest")
    if not found:
        found |= _list_lead_cues(ctx, i, sent_start)
    return found


#: Verbs whose subject takes an event role: "warsztaty prowadziła X", "panel moderował Y".
EVENT_ROLE_VERBS = {"prowadzić": "prowadzący", "poprowadzić": "prowadzący", "moderować": "moderator",
                    "współprowadzić": "prowadzący"}
#: Nouns of a list's lead that give its names an event role: "W panelu udział wzięli:", "Prelegenci:".
EVENT_ROLE_LEADS = {"panel": "panelista", "panelista": "panelista", "prelegent": "prelegent", "trener": "trener",
                    "moderator": "moderator", "prowadzący": "prowadzący", "ekspert": "ekspert"}


EVENT_ROLE_TITLES = frozenset(EVENT_ROLE_VERBS.values()) | frozenset(EVENT_ROLE_LEADS.values())


def _event_role(ctx: Context, i: int, j: int) -> Role | None:
    """An event role the text states through a verb or a list's lead rather than a title before the name."""
    verb = _predicate(ctx, i, j)
    if verb is not None and verb.i < i + 6:
        analysis = verb._.analysis
        role = EVENT_ROLE_VERBS.get(analysis.lemma) if analysis is not None and analysis.pos in ("praet", "fin") else None
        if role is not None and _subject_number_fits(verb, i):
            return Role(title=role, mention=ctx.mention(verb.idx, verb.idx + len(verb.text), EXTRACTOR, 0.6,
                                                        "event_role_verb"))
    doc = ctx.tokens
    # "w rozmowie moderowanej przez X", "zajęcia prowadzone przez X": a passive participle and "przez"
    k = _honorific(ctx.doc, i)[1] - 1
    if k >= 1 and doc[k].text.lower() == "przez":
        for t in doc[max(0, k - 2):k]:
            lemma = next((a.lemma for a in t._.morf if a.pos in ("ppas", "pact") and a.lemma in EVENT_ROLE_VERBS), None)
            if lemma is not None:
                return Role(title=EVENT_ROLE_VERBS[lemma],
                            mention=ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6, "event_role_participle"))
    for t in _list_lead(ctx, i):
        lemma = next((a.lemma.lower() for a in t._.morf if a.lemma.lower() in EVENT_ROLE_LEADS), None)
        if lemma is not None:
            return Role(title=EVENT_ROLE_LEADS[lemma],
                        mention=ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6, "event_role_list"))
    return None


def _list_lead(ctx: Context, i: int) -> list[Token]:
    """The lead of the list the name at token i stands in: the words before the colon that opens it,
    in the same sentence ("Nagrody otrzymali: A, B") or on a line above ("W panelu udział wzięli:" and
    then one name per line). Empty when the name is not in a list."""
    doc = ctx.tokens
    sent_start, _ = ctx.sentence_bounds(i)
    k = i - 1
    newlines = 0
    while k >= max(0, i - 80) and newlines <= 8:
        t = doc[k]
        if "\n" in t.text or "\n" in t.whitespace_:
            newlines += 1
        if t.text == ":":
            line_start = k - 1
            while line_start > 0 and "\n" not in doc[line_start - 1].text and "\n" not in doc[line_start - 1].whitespace_:
                line_start -= 1
            return doc[max(line_start, k - 8):k]
        if t.text in (".", ";", "!", "?") or (k < sent_start and t.is_alpha and t.text[:1].islower()
                                               and t.text not in ("i", "oraz", "z", "ze", "w")):
            return []
        k -= 1
    return []


def _subject_number_fits(verb: Token, i: int) -> bool:
    """'prowadziła X' / 'prowadzili X i Y': the verb is finite and the name follows it or precedes it closely."""
    return verb.i < i or verb.i - i <= 4


def _list_lead_cues(ctx: Context, i: int, sent_start: int) -> set[str]:
    """A name in a list takes its cue from the list's lead: "Nagrody otrzymali: A z X, B z Y, …",
    "W panelu udział wzięli: …", "Obecni byli: …" (see `_list_lead`)."""
    lead = {a.lemma for t in _list_lead(ctx, i) for a in t._.morf}
    found: set[str] = set()
    if lead & (SPEAKER_VERBS | SPEAKER_NOUNS | {"panel", "panelista", "prelegent", "ekspert"}):
        found.add("speaker")
    elif lead & (PARTICIPANT_WORDS | {"otrzymać", "przyznać", "trafić"}):
        found.add("participant")
    elif lead & (GUEST_WORDS | GUEST_VERBS):
        found.add("guest")
    return found
