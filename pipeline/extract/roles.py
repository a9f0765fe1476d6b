"""Roles of a named person: a title with its organization ("prezes Fundacji X", "dyrektorka GOK"), a list's
label ("Prowadzący: …"), or an event role a verb or a list's lead states ("poprowadziła", "Prelegenci: …").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.extract.event_roles import (  # noqa: F401 (re-exported)
    EVENT_ROLE_LEADS,
    EVENT_ROLE_TITLES,
    honorific_start,
    list_lead,
)
from pipeline.extract.panel_roles import subject_of_lead_verb
from pipeline.extract.person_names import is_pan
from pipeline.extract.professions import bare_profession, institution_after, profession
from pipeline.extract.role_apposition import (
    given_name_cases,
    name_cases,
    next_apposition,
    past_adverbial,
    past_agreeing_adjectives,
    plural_only,
    pupil_title,
    title_cases,
)
from pipeline.extract.role_body_words import acronym_ending, legal_form_part, name_inner_word
from pipeline.extract.role_headings import heading_title
from pipeline.extract.role_jako import jako_title
from pipeline.extract.role_leads import kind_delegation, plural_lead, share_complement
from pipeline.extract.role_lists import apposition_title_at, person_before, title_of_next_name
from pipeline.extract.role_members import membership_role
from pipeline.extract.role_orgs import EXTRACTOR, make_role, org_end  # noqa: F401 (EXTRACTOR re-exported)
from pipeline.extract.role_posts import held_post_roles
from pipeline.extract.role_predicative import deputy_of_predicate, opening_predicate, predicative_roles, stated_before
from pipeline.extract.role_ranks import rank_end
from pipeline.extract.role_signatures import signature_roles
from pipeline.extract.role_slashes import slash_roles
from pipeline.extract.role_stacks import (
    candidacy,
    complemented_profession,
    coordinated_name_follows,
    particle,
    praised_profession,
    predicate_profession,
    stacked_title,
)
from pipeline.extract.role_tables import table_roles
from pipeline.extract.role_titles import UNIT_GENITIVES, matter_after, qualified_title_at
from pipeline.extract.role_titles import title_at as _title_at
from pipeline.extract.title_words import token_title
from pipeline.lexicon.words import HONORIFICS, ORG_HEADS, first_name, noun_lemmas, role_title
from pipeline.models import Role
from pipeline.ner.name_words import in_patron
from pipeline.text.context import Context

_UNIT_GENITIVES = frozenset(UNIT_GENITIVES.values())


def after_title_roles(ctx: Context, i: int, j: int) -> list[tuple[Role, tuple[int, int] | None]]:
    """Titles written after the name: "<Imię Nazwisko> – <Rola> <Instytucja>", ", <rolą> <instytucji>",
    "(<rola>)", and without punctuation when the title agrees with the name in case ("dr Jan Mak
    przedstawiciel Towarzystwa X", "z Janem Makiem prezesem X")."""
    doc = ctx.light_tokens  # plain token objects: the rules only index, slice and iterate
    roles: list[tuple[Role, tuple[int, int] | None]] = []
    k = j
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1  # "Panią Annę Kos  -  Skarbnika Gminy": a doubled space is a token of its own
    if k < len(doc) and doc[k].text in ("-", "–", "—", ",", "(", ":"):
        k += 1
        while k < len(doc) and doc[k].is_space:
            k += 1
    elif not (k < len(doc) and _agrees_with_name(doc[i:j], doc[k])):
        return roles
    if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[j - 1:k]):
        return roles  # the next line of a list: its title is the next item's
    k = past_adverbial(doc, k) if k > j else k  # "Anna Kos, z zawodu prawniczka", "…, obecnie prezes X"
    if k < len(doc):
        k, found = apposition_title_at(doc, k, k > j)  # "Pani Anna Wilk, Mazowiecki Kurator Oświaty"
        first_cases = name_cases(doc[i:j]) or title_cases(doc[k])
        if found is None and k > j:  # "A – grafik, rysownik": a profession the lexicon lacks, after punctuation
            found = bare_profession(doc, k, first_cases or None) or pupil_title(doc, k, given_name_cases(doc[i:j])) \
                or praised_profession(doc, k, first_cases or None)
        if found and plural_only(doc[k]) and not (i > 0 and doc[honorific_start(doc, i) - 1].text in (",", "i", "oraz")):
            found = None  # "Jan Mak, radni, sołtysi": a plural title after one name lists other people
        while found:
            title, after = found
            if _next_name_follows(doc, after) or _next_name_follows(doc, matter_after(doc, org_end(doc, after))[1]) \
                    or _next_name_follows(doc, _past_place_name(doc, _past_lower_genitives(doc, after), after)) \
                    or _next_name_follows(doc, past_agreeing_adjectives(doc, k, after)) \
                    or (not roles and k > j and title_of_next_name(doc, k, after, ctx.sentence_bounds(k)[0])):
                break  # "A, B – Wiceprzewodnicząca Fundacji X Barbara Sadowska", "Wójt X, Pan A, Przewodnicząca Rady, Pani B"
            role = make_role(ctx, title, k, after)
            share_complement(doc, roles, role, k)
            roles.append(role)
            # "kucharz i właściciel bistro", "trener, ekspert": further titles of the same person
            nxt = role[1][1] if role[1] else doc[after - 1].idx + len(doc[after - 1].text)
            k = next((t.i for t in doc[after:] if t.idx >= nxt), len(doc))
            if k + 1 < len(doc) and doc[k].text in (",", "i", "oraz"):
                k += 1
                found = qualified_title_at(doc, k) if not plural_only(doc[k]) else None  # ", prelegenci mówili"
                found = found or bare_profession(doc, k, first_cases or None)
                if found is not None and not title_cases(doc[k], singular=True) & first_cases:
                    found = None  # "prezes Stowarzyszenia X, głównego organizatora": the body's apposition
            else:
                found = None
            if found is None:
                k, found = next_apposition(doc, k, first_cases)
    return roles


def _next_name_follows(doc: Doc, k: int) -> bool:
    """A first name and a capitalised word (after honorifics and ranks: "Ks. inf. dr") right at k: a title before
    it is that name's."""
    while k < len(doc) and (doc[k].text.lower() in HONORIFICS or is_pan(doc[k]) or (doc[k].is_space and "\n" not in doc[k].text) or (
            doc[k].text in ("p", "P") and k + 1 < len(doc) and doc[k + 1].text == "." and not doc[k].whitespace_)
            or rank_end(doc, k) > k):
        k = rank_end(doc, k) if rank_end(doc, k) > k else k + (2 if doc[k].text in ("p", "P") else 1)  # "p" "."
    return k + 1 < len(doc) and first_name(doc[k]) is not None and doc[k + 1].text[:1].isupper()


def _past_lower_genitives(doc: Doc, k: int) -> int:
    """Past up to four lower-case genitive nouns and adjectives ("rady gminy", "powiatu gnieźnieńskiego"):
    "A, przewodniczący rady gminy B", "A, starosta powiatu gnieźnieńskiego B"."""
    end = k
    while end < min(len(doc), k + 4) and doc[end].is_alpha and doc[end].text[:1].islower() and any(
            a.pos in ("subst", "adj") and "gen" in a.cases for a in doc[end]._.morf) and not any(
            a.pos in ("prep", "conj", "fin", "praet") for a in doc[end]._.morf):
        if token_title(doc[end].text, doc[end]._.morf) is not None:
            return k  # "szef biura posła Adama Kota": the name is the genitive title's, governed by the title
        end += 1
    return end


def _past_place_name(doc: Doc, k: int, start: int) -> int:
    """Past one or two capitalised words that are no first name after a lower-case genitive ("gminy Lipno",
    "powiatu Nowe Miasto"): the name of the unit the genitive names."""
    if k == start:
        return k
    end = k
    while end < min(len(doc) - 1, k + 2) and doc[end].is_alpha and doc[end].text[:1].isupper() \
            and first_name(doc[end]) is None:
        end += 1
    return end


def _agrees_with_name(name: Span, tok: Token) -> bool:
    """A title noun right after a name is its apposition when the two share a case: 'Jan Mak prezes',
    'Janem Makiem prezesem'; 'Annę Mak prezes powitał' (accusative, nominative) is not."""
    if "\n" in name[-1].whitespace_ or token_title(tok.text, tok._.morf) is None:
        return False
    of_name = name_cases(name)
    of_title = {c for a in tok._.morf if a.pos in ("subst", "adj") and role_title(a.lemma, (a,)) for c in a.cases}
    return bool(of_name & of_title)


def title_roles(
    ctx: Context, i: int, j: int, claimed: frozenset[tuple[int, int]] = frozenset(),
    after: list[tuple[Role, tuple[int, int] | None]] | None = None,
) -> list[tuple[Role, tuple[int, int] | None]]:
    """The roles of the name at tokens i..j: titles after it, then a title before it that is not another
    name's apposition (`claimed`: character ranges of other names' titles after them), then a list's label.
    `after` is `after_title_roles(ctx, i, j)` when the caller has it already (a new list, extended here)."""
    doc = ctx.light_tokens  # plain token objects: the rules only index, slice and iterate
    roles = table_roles(ctx, i, j)  # "Jan Lipski | wójt | Urząd Gminy Borków": the row's cells
    roles = roles or (after_title_roles(ctx, i, j) if after is None else after) or predicative_roles(ctx, i, j)
    roles = roles or slash_roles(ctx, i, j)  # "Anna Kos – /społeczniczka, przewodnicząca komisji/"
    roles = roles or signature_roles(ctx, i, j)  # "Wójt Gminy X" over "Jan Kos" closing the text
    jako = None if roles else jako_title(ctx, i, j, honorific_start(doc, i))
    if jako is not None:
        roles = [make_role(ctx, *jako)]  # "X wystąpił jako ekspert Fundacji Y"
    # "<Rola> <Instytucja> <Imię Nazwisko>", "<Rola> <instytucji>, <Imię Nazwisko>", "Pani Kierownik <Imię>"
    h = honorific_start(doc, i)
    roles += [r for r in held_post_roles(ctx, i, j, h)  # "X, pełniąca funkcję kierownika", "Funkcję Y objął X"
              if not any(x.title == r[0].title for x, _ in roles)]
    sent_start = ctx.sentence_bounds(h)[0]  # "Przewodnicząca koła P. Anna Kos": "P." may end a sentence
    cases = name_cases(doc[i:j])
    for k in range(h - 1, max(sent_start, h - 14) - 1, -1):
        tok = doc[k]
        if tok.text in (".", ";", "!", "?", ":") and not legal_form_part(doc, k) or "\n" in tok.text + tok.whitespace_:
            break
        found = _title_at(doc, k) or _profession_before(doc, k, h, cases) \
            or predicate_profession(doc, k, h, sent_start)
        if found and tok.capitalised and (in_patron(doc, k) or _members_in_a_name(doc, k)):
            continue  # "prezes Towarzystwa im. Prezydenta X", "prezes Związku Sołtysów X": words of a body's name
        while found and k > sent_start:  # outwards while a title holds the nearer one ("I Zastępca Komendanta")
            outer = _title_at(doc, k - 1) or (None if any(a.pos == "ppas" for a in doc[k - 1]._.morf) else
                                              qualified_title_at(doc, k - 1))  # "powiatowy rzecznik X", not "wręczony"
            if outer and outer[1] > k and outer[0] != found[0]:  # "Zastępca Burmistrza": one word earlier
                k, found = k - 1, outer
            elif k - 1 > sent_start and (outer := _title_at(doc, k - 2)) and outer[1] > k:  # "przewodnicząca rady
                k, found = k - 2, outer  # słuchaczy X": the title whose complement holds the nearer title noun
            else:
                break
        k, found = candidacy(doc, k, found) if found else (k, found)  # "kandydat na posła X": no MP yet
        if found and kind_delegation(doc, k, found[0], found[1], h):
            break
        if found:
            title, after = found
            between = [t for t in doc[after:h] if not t.is_space]
            # "A – Szef Sztabu X, B – Minister Y": a title right after a dash or a comma is the apposition of the
            # name before it, not of the name after it
            apposition = k > sent_start and doc[k - 1].text in ("-", "–", "—", ",") and any(t.text == "," for t in between) \
                and not title_of_next_name(doc, k, after, sent_start) and person_before(doc, k - 1, sent_start)
            apposition = apposition or any(lo <= doc[k].idx < hi for lo, hi in claimed)
            if plural_only(doc[k]) and any(t.text in ("i", "oraz") for t in between):
                break  # "uczestniczyli sołtysi i Jan Kos": the plural is a group of its own, not the name's title
            if plural_only(doc[k]) and not coordinated_name_follows(doc, j) and not cases & {"nom"}:
                break  # "przedstawiciele Samoobrony Andrzeja Leppera": one name in an oblique case is the body's own
            if title.split()[0] in EVENT_ROLE_TITLES and any(
                    _copula(t, past=True) and not _copula(t) and t.text.lower() not in _COPULA for t in between):
                break  # "Moderatorami spotkania byli A, B": the event role of the list (`event_roles`), no complement
            if all(_may_stand_between(t) or _copula(t, past=True) or _origin(doc, t.i) or acronym_ending(doc, t.i)
                   or legal_form_part(doc, t.i) or name_inner_word(doc, t.i)
                   for t in between) \
                    and sum(t.text == "," for t in between) <= 1 \
                    and not apposition and not any(r.title.split()[0] == title.split()[0] for r, _ in roles):
                title = (title == "zastępca" and deputy_of_predicate(ctx, k, sent_start)) or title  # "jej zastępcą"
                roles.append(make_role(ctx, title, k, after, until=_trim_org_end(doc, after, h)))
                stated_before(ctx, roles[-1], k, h)  # "Opiekunem drużyny był X": the copula states it
                joined = _joined_title(doc, k, sent_start, claimed) or stacked_title(doc, k, sent_start, claimed)
                if joined and not any(r.title == joined[0] for r, _ in roles):
                    roles.append(make_role(ctx, *joined))
                opening = opening_predicate(ctx, k, sent_start)  # "Kierownikiem Rajdu była wiceprzewodnicząca X"
                if opening and not any(r.title == opening[0].title for r, _ in roles):
                    roles.append(opening)
            break
        if tok.text.lower() in _COPULA or _copula(tok, past=True):
            continue  # "Koordynatorką zadania była Stanisława Kubiak"
        quoted = sum(t.text in ('"', "„", "”") for t in doc[k + 1:h]) % 2 == 1
        chosen = tok._.analysis
        if (chosen is not None and chosen.pos in ("fin", "praet", "impt", "inf") and not quoted) or (
            not quoted and first_name(tok) is not None and k + 1 < h and doc[k + 1].text[:1].isupper()
            and not in_patron(doc, k)  # "dyrektor Szkoły im. Jana Kosa Anna Nowak": the patron is no other name
        ):
            break
    # "rycerze z Chorągwi X – A i B", "przez organizatorów: sołtysa A i radnego B": a plural title the list hangs on
    lead = plural_lead(ctx, h, bool(roles), _may_stand_between)
    if lead is not None and not any(r.title == lead[0] or r.mention.start <= doc[lead[1]].idx < r.mention.end
                                    for r, _ in roles):
        roles.append(make_role(ctx, *lead))
    # "<Rola>: <Imię>, <Imię>" lists ("Animatorzy JOWES:" on the line before)
    if not roles:
        label = _list_label(ctx, i)
        if label:
            roles.append(label)
    lead = list_lead(ctx, i)  # "W jej skład weszli: A – dziennikarka, B": members besides their own titles
    member = membership_role(ctx, lead[max(0, ctx.sentence_bounds(lead[-1].i)[0] - lead[0].i):]) if lead else None
    if member is not None and not any(r.title == member[0].title for r, _ in roles):
        roles.append(member)
    return roles


def _members_in_a_name(doc: Doc, k: int) -> bool:
    """'Sołtysów' in "prezes Stowarzyszenia Sołtysów Mazowsza Jan Mak": a capitalised plural genitive title right
    after a capitalised word of a body's name names the body's members; 'Prezydenta' in "dyrektor Kancelarii
    Prezydenta RP Jan Mak", a genitive title right after an institution's head, names the office's chief: neither is
    the person's title."""
    prev = doc[k - 1] if k > 0 else None
    if prev is not None and prev.text in ("i", "oraz") and k > 1:
        prev = doc[k - 2]  # "Cechu Rzemieślników i Przedsiębiorców": members coordinated inside the name
    if prev is None or not prev.capitalised or not prev.is_alpha or prev.is_sent_start:
        return False
    titles = [a for a in doc[k]._.morf if a.pos == "subst" and role_title(a.lemma, (a,)) is not None]
    return bool(titles) and (all(a.number == "pl" and "gen" in a.cases for a in titles) or bool(
        noun_lemmas(prev) & ORG_HEADS) and any("gen" in a.cases for a in titles))


def _profession_before(doc: Doc, k: int, h: int, cases: frozenset[str]) -> tuple[str, int] | None:
    """"polonista Jan Mak", "z wokalistką Anną Kos": a profession (or a pupil's noun) right before the name, in the
    name's case, or before the institution that reaches the name ("naukowiec Politechniki X Anna Kos")."""
    reaches = k + 1 < h and institution_after(doc, k + 1) and org_end(doc, k + 1) == h
    if not (k == h - 1 or reaches) or not cases:
        return complemented_profession(doc, k, h, cases) if cases else None  # "pośrednik pracy Jan Mak"
    title = profession(doc[k], cases) or (pupil_title(doc, k, cases) or ("",))[0]  # "uczennica Liceum X Anna Kos"
    return (title, k + 1) if title else None


def _joined_title(
    doc: Doc, k: int, sent_start: int, claimed: frozenset[tuple[int, int]]
) -> tuple[str, int, int, int] | None:
    """'prezes NIK i były minister X', 'filmowiec i animator X': a title joined by "i"/"oraz" to the title
    at k is the same person's when nothing but its institution stands between them: (title, start, after, until)."""
    c = k - 1
    if c <= sent_start or doc[c].text not in ("i", "oraz"):
        return None
    for s in range(c - 1, max(sent_start, c - 7) - 1, -1):
        if doc[s].text in (".", ";", ":", ",", "-", "–", "—") or "\n" in doc[s].whitespace_ or (
                first_name(doc[s]) is not None and doc[s + 1].text[:1].isupper()):
            return None  # another name stands between: "wójt A i sekretarz gminy B"
        found = _title_at(doc, s)
        if found is None:
            continue
        plural = any(a.number == "pl" for a in doc[s]._.morf if a.pos in ("subst", "adj")) and not any(
            a.number == "sg" for a in doc[s]._.morf if a.pos in ("subst", "adj"))
        if plural or plural_only(doc[s]) or any(lo <= doc[s].idx < hi for lo, hi in claimed):
            return None
        title, after = found
        if title == "zastępca" and after == c:
            return None  # "wójt z zastępcą i sekretarzem gminy X": a bare deputy is someone else's
        if after == c or org_end(doc, after) == c:
            return title, s, after, c
        return None
    return None


_COPULA = frozenset({"był", "była", "było", "jest", "został", "została", "pozostaje"})
_BETWEEN_WORDS = frozenset({"był", "była", "było", "jest", "został", "została", "w", "we", "i", "oraz", "im.", "pw.", "św.", "ds.", ",", "-", '"', "„", "”", "dh", "dh.", "druh", "siedzibą",
                            "druhem", "druha", "druhowi", "na", "nr", "nr."})


def _copula(tok: Token, past: bool = False) -> bool:
    """'będzie', 'są', 'zostanie': "Wykładowcą będzie X" announces the title as "był" reports it; with `past`, any
    past form too ("Opiekunami grupy byli A i B": a plural subject)."""
    return any(a.lemma in ("być", "zostać") and a.pos in ("fin", "bedzie", "praet" if past else "fin") for a in tok._.morf)


#: A school class or a numbered unit's label: "wychowawczyni klasy 3b", "Przedszkola nr 12a".
_CLASS_LABEL = re.compile(r"^\d{1,2}[a-h]$")


def _may_stand_between(tok: Token) -> bool:
    """Tokens allowed between a title and the name it belongs to: its institution (with its number: "Szkoły
    Podstawowej nr 93"), honorifics, the place adjective of an office ("starosta gnieźnieński Piotr Gruda")."""
    if tok.text in _BETWEEN_WORDS or _copula(tok) or tok.text.isdigit() or _CLASS_LABEL.match(tok.text) or tok.text.lower() in HONORIFICS or is_pan(tok) or tok.text[:1].isupper() \
            or _pan_word(tok):
        return True
    if _place_adjective(tok) or particle(tok):
        return True
    return any(a.pos in ("subst", "adj") and "gen" in a.cases for a in tok._.morf)


def _origin(doc: Doc, k: int) -> bool:
    """'z' or 'ze' governing a genitive (or an acronym): where the title's holder comes from ("z Oddziału panowie A i
    B", "z EVS A, B", "z Borek": a woman's undeclined "Borek" tells no case); an instrumental is company ("z uczniami")."""
    if doc[k].text.lower() not in ("z", "ze") or k + 1 >= len(doc):
        return False
    nxt = doc[k + 1]
    if nxt.text.isupper() and len(nxt.text) > 1 or nxt.text == "siedzibą":
        return True  # "z EVS"; "Biblioteki X z siedzibą w Y": the body's seat
    cases = [a.cases for a in nxt._.morf if a.pos in ("subst", "adj", "depr") and len(a.cases) < 6]
    return bool(cases) and any("gen" in c for c in cases) and not any("inst" in c for c in cases)


def _pan_word(tok: Token) -> bool:
    """'panie', 'panowie', 'państwo' in lower case: "nauczycielki szkoły X, panie A i B" names the title's holders."""
    return tok.text[:1].islower() and any(a.pos == "subst" and a.lemma in ("pan", "pani", "państwo")
                                          and a.number == "pl" for a in tok._.morf)


def _place_adjective(tok: Token) -> bool:
    return tok.text[:1].islower() and any(a.pos == "adj" and a.lemma.endswith(("ski", "cki", "dzki"))
                                          for a in tok._.morf)


def _trim_org_end(doc: Doc, after: int, h: int) -> int:
    """Drop the comma, honorifics and office adjectives that separate the institution from the name."""
    end = h
    while end > after and (doc[end - 1].text in _BETWEEN_WORDS - {'"', "”"} or _copula(doc[end - 1])
                           or doc[end - 1].text.lower() in HONORIFICS
                           or is_pan(doc[end - 1]) or _pan_word(doc[end - 1]) or doc[end - 1].is_space
                           or _place_adjective(doc[end - 1])):
        end -= 1
    return end


def _list_label(ctx: Context, i: int) -> tuple[Role, tuple[int, int] | None] | None:
    """A heading line ending with ':' above a list of names gives their role ("Animatorzy JOWES:")."""
    lead = list_lead(ctx, i)
    if lead:  # "… sołtysi dzielili się chlebem. Gośćmi byli:": the label is in the colon's own sentence
        lead = lead[max(0, ctx.sentence_bounds(lead[-1].i)[0] - lead[0].i):]
    cut = max((t.i - lead[0].i + 1 for t in lead if t.text in (")", ",", ";")), default=0)
    # "A (radna), B (radny) oraz ich opiekunowie:": the label after the last item, else the line's
    for part in (lead[cut:], lead) if cut else (lead,):
        for offset, tok in enumerate(part):
            found = _title_at(ctx.light_tokens, tok.i)
            if found and kind_delegation(ctx.light_tokens, tok.i, found[0], found[1], lead[-1].i + 1):
                return None  # "Przedstawiciele spółdzielni socjalnych:": a kind of body, no title
            if found and subject_of_lead_verb(tok, part[offset + 1:]):
                return None  # "Organizatorzy dziękują sponsorom:", "Trenerzy przeszkolili:": the list is the verb's object
            if found and _heads_the_lead(tok, offset) and not _next_name_follows(ctx.light_tokens, found[1]) \
                    and not _next_name_follows(ctx.light_tokens, org_end(ctx.light_tokens, found[1])):
                # "Kierownik UTW dr A. Kos powitał gości w osobach:": the title of the name in the lead
                title, after = found
                return make_role(ctx, title, tok.i, after, until=_trim_org_end(ctx.light_tokens, after, lead[-1].i + 1))
    heading = heading_title(ctx.light_tokens, lead[-1].i) if lead else None
    if heading is not None:  # "Rozgrywający: A, B", "Środkowi: C": a one-word heading naming what they do
        return make_role(ctx, heading, lead[-1].i, lead[-1].i + 1, until=lead[-1].i + 1)
    return None


def _heads_the_lead(tok: Token, offset: int) -> bool:
    """'Animatorzy OWES:', 'Trenerki:': the lead names the list's members by a plural title or opens with it;
    'z rąk przewodniczącej samorządu odebrali: …' names someone else."""
    plural_nominative = any(a.number == "pl" and "nom" in a.cases for a in tok._.morf if a.pos == "subst")
    return plural_nominative or offset <= 1
