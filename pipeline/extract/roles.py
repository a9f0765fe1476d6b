"""Roles of a named person: a title with its organization ("prezes Fundacji X", "dyrektorka GOK"), a list's
label ("Prowadzący: …"), or an event role a verb or a list's lead states ("poprowadziła", "Prelegenci: …").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.person_names import honorific_before, is_pan
from pipeline.lexicon.words import HONORIFICS, ORG_HEADS, ROLE_TITLES, first_name, role_title
from pipeline.models import Role
from pipeline.text.context import Context

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


def title_roles(ctx: Context, i: int, j: int) -> list[tuple[Role, tuple[int, int] | None]]:
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
    _, h = honorific_before(doc, i)
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
            # "A – Szef Sztabu X, B – Minister Y": a title right after a dash or a comma is the apposition of the
            # name before it, not of the name after it
            apposition = k > sent_start and doc[k - 1].text in ("-", "–", "—", ",") and any(
                t.text == "," for t in between)
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


def name_predicate(ctx: Context, i: int, j: int) -> Token | None:
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


#: Verbs whose subject takes an event role: "warsztaty prowadziła X", "panel moderował Y".
EVENT_ROLE_VERBS = {"prowadzić": "prowadzący", "poprowadzić": "prowadzący", "moderować": "moderator",
                    "współprowadzić": "prowadzący"}
#: Nouns of a list's lead that give its names an event role: "W panelu udział wzięli:", "Prelegenci:".
EVENT_ROLE_LEADS = {"panel": "panelista", "panelista": "panelista", "prelegent": "prelegent", "trener": "trener",
                    "moderator": "moderator", "prowadzący": "prowadzący", "ekspert": "ekspert"}
EVENT_ROLE_TITLES = frozenset(EVENT_ROLE_VERBS.values()) | frozenset(EVENT_ROLE_LEADS.values())


def stated_event_role(ctx: Context, i: int, j: int) -> Role | None:
    """An event role the text states through a verb or a list's lead rather than a title before the name."""
    verb = name_predicate(ctx, i, j)
    if verb is not None and verb.i < i + 6:
        analysis = verb._.analysis
        role = EVENT_ROLE_VERBS.get(analysis.lemma) if analysis is not None and analysis.pos in ("praet", "fin") else None
        if role is not None and _subject_number_fits(verb, i):
            return Role(title=role, mention=ctx.mention(verb.idx, verb.idx + len(verb.text), EXTRACTOR, 0.6,
                                                        "event_role_verb"))
    doc = ctx.tokens
    # "w rozmowie moderowanej przez X", "zajęcia prowadzone przez X": a passive participle and "przez"
    k = honorific_before(ctx.doc, i)[1] - 1
    if k >= 1 and doc[k].text.lower() == "przez":
        for t in doc[max(0, k - 2):k]:
            lemma = next((a.lemma for a in t._.morf if a.pos in ("ppas", "pact") and a.lemma in EVENT_ROLE_VERBS), None)
            if lemma is not None:
                return Role(title=EVENT_ROLE_VERBS[lemma],
                            mention=ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6, "event_role_participle"))
    for t in list_lead(ctx, i)[-8:]:
        lemma = next((a.lemma.lower() for a in t._.morf if a.lemma.lower() in EVENT_ROLE_LEADS), None)
        if lemma is not None:
            return Role(title=EVENT_ROLE_LEADS[lemma],
                        mention=ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6, "event_role_list"))
    return None


def list_lead(ctx: Context, i: int) -> list[Token]:
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
            return doc[line_start:k]
        if t.text in (".", ";", "!", "?") or (k < sent_start and t.is_alpha and t.text[:1].islower()
                                               and t.text not in ("i", "oraz", "z", "ze", "w")):
            return []
        k -= 1
    return []


def _subject_number_fits(verb: Token, i: int) -> bool:
    """'prowadziła X' / 'prowadzili X i Y': the verb is finite and the name follows it or precedes it closely."""
    return verb.i < i or verb.i - i <= 4
