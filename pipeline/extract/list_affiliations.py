"""A person's organization laid out as a list line: "– dr Anna Lis, Instytut Badań X", "Jan Kos SP2",
"• Ewa Sowa – stolarz, członek Cechu Rzemiosł w Y;".

In a list of participants, jurors or winners each line gives a name and, after a dash, a comma or a plain space
(and maybe the person's title), the body the person comes from; the body closes the line. A line that goes on as a
sentence ("Jan Kos podziękował Urzędowi Gminy X.") has a verb between the name and the body and is no such line."""

from __future__ import annotations

import re

from pipeline.extract.date_patterns import MONTH_LEMMAS
from pipeline.extract.org_acronyms import is_roman_numeral
from pipeline.extract.organizations import OrgMention
from pipeline.lexicon.words import HONORIFICS, NON_ORG_ACRONYMS, first_name, role_title
from pipeline.models import Mention, Organization
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

#: right after the name: a dash, a comma or nothing but spaces (no line break)
_SEPARATOR = re.compile(r"[ \t]*(?:[-–—,][ \t]*)?")
#: after the body: its seat left outside its name ("w Kole"), then the line ends (maybe after list punctuation)
_LINE_END = re.compile(r"(?:[ \t]+we?[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:[ \t-][A-ZĄĆĘŁŃÓŚŹŻ]\w+)*)?[ \t]*[;,.]?[ \t]*(?:\n|$)")
#: after the body of one entry of a semicolon list ("dr Anna Lis – Fundacja X; mgr Jan Kos – Urząd Y"): its seat, the ';'
_ENTRY_END = re.compile(r"(?:[ \t]+we?[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:[ \t-][A-ZĄĆĘŁŃÓŚŹŻ]\w+)*)?[ \t]*;")
#: after the body in a bracket the name opened: its seat left outside its name, then the bracket closes
_BRACKET_END = re.compile(r"(?:[ \t]+we?[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:[ \t-][A-ZĄĆĘŁŃÓŚŹŻ]\w+)*)?[ \t]*\)")
#: the longest lead of a list line before the name: a bullet, a number, a place ("II miejsce –"), an honorific
_LEAD = 24
#: the longest stretch between the name and the body (a title with its words)
_REACH = 150
#: readings that make a word a verb form: a clause, not a list entry
_VERBAL = frozenset({"fin", "praet", "bedzie", "impt", "inf", "imps", "pcon", "pant", "winien"})


def list_line_affiliation(
    ctx: Context, person: Mention, org_mentions: list[OrgMention], org_by_mention: dict[int, Organization]
) -> str | None:
    """The body closing the list line that opens with the person's name, or the bracket the name opens ("wykład
    „…” (Anna Lis, Fundacja X)": a programme's speaker and her body); None elsewhere."""
    line_start = ctx.text.rfind("\n", 0, person.start) + 1
    bracketed = ctx.text[line_start:person.start].rstrip(" \t").endswith("(")
    if person.start - line_start > _LEAD and not bracketed and not programme_entry(ctx, line_start, person.start):
        return None  # a name deep in a running sentence, not a list line's entry
    line_end = ctx.text.find("\n", person.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    if bracketed:
        close = ctx.text.find(")", person.end, line_end)
        line_end = close if close >= 0 else person.start  # no closing bracket on the line: nothing
    closes = _BRACKET_END if bracketed else _LINE_END
    entry_end = ctx.text.find(";", person.end, line_end) if not bracketed else -1
    if entry_end >= 0:  # a semicolon list on one line: the entry ends at its ';', the next entry's body is not hers
        line_end, closes = entry_end + 1, _ENTRY_END
    closing = [m for m in org_mentions if id(m) in org_by_mention and person.end <= m.mention.start
               and m.mention.end <= line_end and closes.match(ctx.text, m.mention.end)]
    if not closing or closing[-1].mention.start - person.end > _REACH:
        return None
    body = closing[-1]
    sep = _SEPARATOR.match(ctx.text, person.end)
    if sep is None or (sep.end() < body.mention.start and not sep.group().strip()):
        return None  # "Jan Kos z córką, Fundacja X": a bare space opens no title before the body
    if bracketed and sep.end() != body.mention.start:
        return None  # "(Anna Lis, Fundacja X oraz Jan Kos, Urząd Y)": the body must follow the name at once
    return None if _has_verb(ctx, person.end, body.mention.start) else org_by_mention[id(body)].name


#: finite verb forms: a clause ("Gości przywitał – …") rather than a talk's title or a time
_FINITE = frozenset({"fin", "praet", "bedzie", "impt", "imps", "winien"})


def programme_entry(ctx: Context, line_start: int, name_start: int) -> bool:
    """"10:15 – 11:00 „Finanse spółdzielni” – Jan Kos, Bank X": a programme line names its speaker after a dash
    that closes the item's time and title; the lead holds no finite verb outside the quoted title."""
    span = ctx.doc.char_span(line_start, name_start, alignment_mode="contract")
    tokens = [t for t in span or () if not t.is_space]
    while tokens and (tokens[-1].text == "." or tokens[-1].text.lower() in HONORIFICS):
        tokens.pop()  # "– dr hab. Jan Kos"
    if len(tokens) < 2 or tokens[-1].text not in ("-", "–", "—") or not tokens[-1].whitespace_:
        return False
    quoted = False
    for t in tokens:
        if t.text in ('"', "„", "”", "“"):
            quoted = not quoted if t.text == '"' else t.text == "„"
        elif not quoted and t.is_alpha and t._.morf and all(a.pos in _FINITE for a in t._.morf):
            return False
    return True


def _has_verb(ctx: Context, start: int, end: int) -> bool:
    """A verb form between the name and the body: the line is a sentence ("Anna Lis przywitała Fundację X")."""
    if start >= end:
        return False
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return any(t.is_alpha and t._.morf and all(a.pos in _VERBAL for a in t._.morf) for t in span or ())


#: a bracket right after a name holding capitalised words only ("Jan Kos (Gmina Lipno)", "(Miasto i Gmina X)")
_BRACKET = re.compile(r"[ \t]*\([ \t]*(?P<body>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:[ \t]+(?:i[ \t]+)?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*){1,4})[ \t]*\)")
#: a list entry's unit after a dash right after a name, closing the entry or the line: "dr Jan Kos – Gmina Lipnik;"
_DASHED = re.compile(r"[ \t]*[-–—][ \t]+(?P<body>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:[ \t]+(?:i[ \t]+)?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*){1,4})"
                     r"(?=[ \t]*;|[ \t]*[,.]?[ \t]*(?:\n|$))")
#: an acronym alone in a bracket right after a name: "Ewa Sowa (WUP)", "Jan Kos (UMK)"
_BRACKETED_ACRONYM = re.compile(r"[ \t]*\([ \t]*([A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż]*[A-ZĄĆĘŁŃÓŚŹŻ])[ \t]*\)")
#: territorial units that act as bodies when written with a capital head (docs/annotation.md, units as bodies)
_UNITS = frozenset({"gmina", "powiat", "województwo", "miasto", "sołectwo"})


def bracketed_unit(ctx: Context, person: Mention) -> str | None:
    """"Jan Kos (Gmina Lipno)", "Anna Lis (Województwo Pomorskie)", "Ewa Sowa (WUP)": a capitalised territorial unit
    in the nominative, or an institution's acronym, bracketed right after a name, is the body the person represents,
    as written; so is a unit after a dash closing a list entry ("dr Jan Kos – Gmina Lipno; mgr Ewa Lis – …"). The organization rules leave a unit's name to the places, and read a bracketed acronym after a name
    as the name's own abbreviation, so no organization mention stands there."""
    acronym = _BRACKETED_ACRONYM.match(ctx.text, person.end)
    if acronym is not None and acronym[1] not in NON_ORG_ACRONYMS and not is_roman_numeral(acronym[1]):
        return acronym[1]
    found = _BRACKET.match(ctx.text, person.end) or _DASHED.match(ctx.text, person.end)
    if found is None:
        return None
    head = found["body"].split()[0]
    if not any(a.pos == "subst" and a.lemma.lower() in _UNITS and "nom" in a.cases and a.number == "sg"
               for a in analyse(head)):
        return None
    return " ".join(found["body"].split())


#: A bracket right after a name: its content on the same line.
_ANY_BRACKET = re.compile(r"[ \t]*\([ \t]*(?P<body>[^()\n]{2,100}?)[ \t]*\)")
#: How a body's name opens: a capital, a quote, or a number before a capitalised word ("107 Szpital Wojskowy").
_NAME_OPENING = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]|[„\"“]|\d{1,4}\s+[A-ZĄĆĘŁŃÓŚŹŻ])")
#: Place kinds a bracket may name as where the person comes from rather than a body (`bracketed_place` reads
#: a local head's town).
_PLACE_KINDS = frozenset({"locality", "country", "region"})


def bracketed_name(ctx: Context, person: Mention, places: list[tuple[int, int, str]]) -> str | None:
    """"Jan Kos (Quercus Optima)", "Ewa Lis (Pomorska Specjalna Strefa Ekonomiczna)", "Anna Pilch (LM.pl)": a name in
    a bracket right after a person's name, which no organization rule read, is the body the person represents, as
    written (a bracket gives the name in the nominative). Not a place (`places`: start, end, kind), a person, a
    title ("(Prezes Zarządu)"), dates or a clause."""
    found = _ANY_BRACKET.match(ctx.text, person.end)
    if found is None or not _NAME_OPENING.match(found["body"]):
        return None
    start, end = found.start("body"), found.end("body")
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or () if t.is_alpha]
    if not words or not any(t.text[:1].isupper() for t in words):
        return None
    if len(words) < 2 and "." not in found["body"]:
        return None  # "Artur Bęben (Benek)": one word may be a nickname, a surname or a town; "(LM.pl)" is a site
    first = words[0]
    if first.text.lower() in HONORIFICS or role_title(first.text, first._.morf) is not None or (
            first_name(first) is not None and len(words) > 1 and words[1].text[:1].isupper()):
        return None  # "(Prezes Zarządu)", "(Anna Lis)": a title or another person
    if any(t._.morf and all(a.pos in _VERBAL for a in t._.morf) for t in words) or any(
            a.lemma in MONTH_LEMMAS for t in words for a in t._.morf):
        return None  # "(zdjęcie obok)", "(15 maja)"
    if any(s <= start and end <= e and kind in _PLACE_KINDS for s, e, kind in places):
        return None  # "Jan Kos (Siechnice)": where he comes from
    return " ".join(found["body"].split())
