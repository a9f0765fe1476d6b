"""Acronyms that name a kind of body, not one body ("kierownicy OPS-ów", "status OPP", "KGW/OSP").

An acronym the text never spells out is listed as an organization when it names one body (docs/annotation.md:
"Acronym-only organizations"); used for the kind it is no name (settled: "a generic reference to the kind
('przy gminie lub OSP', 'rady KGW') is not"). The cues are the sentence's shape around the acronym: a plural
ending hyphenated to it, a noun that names a status or a category before it, an alternative ("lub"), a
slash pair, a list of bare acronyms given as examples of a plural category noun (an acronym with its seat is one
body there too: "przedstawiciele instytucji: MOPS w X"), or the text spelling it out
as something other than a body ("Lokalna Strategia Rozwoju" for LSR). Before a body's own name ("LGD
Stowarzyszenie X") the acronym says what kind the named body is and stands for it (`named_after`).
"""

from __future__ import annotations

import re

from pipeline.extract.organizations import OrgMention, initials
from pipeline.lexicon.words import ORG_HEADS, noun_lemmas
from pipeline.text.context import Context

#: "OPS-ów", "OSP-ami", "KGW-om", "LGD-ach": a plural case ending written after a hyphen.
_PLURAL_ENDING = re.compile(r"-(?:ów|om|ami|ach)\b")
#: Nouns that make the acronym after them a status or a category ("status OPP", "w formie KGW").
_CATEGORY_BEFORE = frozenset({"status", "typ", "rodzaj", "forma", "model", "charakter"})
#: Plural nouns that a list of acronyms after a dash or a colon gives examples of ("podmioty … – WTZ i ZAZ").
_CATEGORY_NOUNS = frozenset({"podmiot", "instytucja", "organizacja", "jednostka", "placówka", "forma", "typ",
                             "rodzaj", "struktura", "ośrodek"})
_ALTERNATIVE_LEFT = re.compile(r"\b(?:lub|albo|bądź)\s+$|/\s*$")
_ALTERNATIVE_RIGHT = re.compile(r"\s*/|\s+(?:lub|albo|bądź)\s")
_ACRONYM = r"[A-ZĄĆĘŁŃÓŚŹŻ][A-ZĄĆĘŁŃÓŚŹŻa-z]{1,6}"
#: A run of bare acronyms joined by commas, "i", "oraz", ending right before the mention ("– WTZ i ").
_LIST_LEFT = re.compile(rf"([–:-]|\bnp\.|\btakie jak|\bm\.\s?in\.)\s*(?:{_ACRONYM}\s*(?:,|\bi\b|\boraz\b)\s*)*$")
_CAPITALISED_WORD = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+")
#: "MOPS w Nysie": a seat written after an acronym makes it one body, even as an example of a plural category.
_SEATED = re.compile(r"\s+(?:w|we|z|ze)\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]")


def generic_acronym(ctx: Context, m: OrgMention) -> bool:
    """The acronym at `m` names the kind of body, not one body (see the module docstring)."""
    start, end = m.mention.start, m.mention.end
    if _PLURAL_ENDING.match(ctx.norm, end):
        return True
    left, right = ctx.norm[max(0, start - 40):start], ctx.norm[end:end + 40]
    if _ALTERNATIVE_LEFT.search(left) or _ALTERNATIVE_RIGHT.match(right):
        return True
    before = _token_before(ctx, start)
    if before is not None and noun_lemmas(before) & _CATEGORY_BEFORE:
        return True
    listed = _LIST_LEFT.search(left)
    if listed and not _SEATED.match(right) and _category_before(ctx, start - len(left) + listed.start()):
        return True
    return _spelled_out_otherwise(ctx, m) or _defined_otherwise(ctx, m)


def named_after(ctx: Context, m: OrgMention, full: list[OrgMention]) -> OrgMention | None:
    """"LGD Stowarzyszenie „Lider”": an acronym right before a body's own name (its head capitalised) says
    what kind that body is; the mention stands for the body named after it."""
    after = _token_after(ctx, m.mention.end)
    if after is None or not after.text[:1].isupper() or not noun_lemmas(after) & ORG_HEADS:
        return None
    return next((o for o in full if o.mention.start == after.idx), None)


def _token_before(ctx: Context, char: int):
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    tok = ctx.doc[span.start - 1]
    return tok if tok.is_alpha else None


def _token_after(ctx: Context, char: int):
    span = ctx.doc.char_span(char - 1, char, alignment_mode="expand")
    if span is None or span.end >= len(ctx.doc):
        return None
    tok = ctx.doc[span.end]
    return tok if tok.is_alpha and tok.idx - char <= 1 else None


def _category_before(ctx: Context, char: int) -> bool:
    """A plural category noun within the few words before a list's dash or colon ("podmioty ekonomii –")."""
    span = ctx.doc.char_span(max(0, char - 1), max(1, char), alignment_mode="expand")
    if span is None:
        return False
    for tok in ctx.doc[max(0, span.start - 6):span.start]:
        if noun_lemmas(tok) & _CATEGORY_NOUNS and any(
                a.number == "pl" and a.lemma in _CATEGORY_NOUNS for a in tok._.morf):
            return True
    return False


def _spelled_out_otherwise(ctx: Context, m: OrgMention) -> bool:
    """"Lokalna Strategia Rozwoju" … "LSR": a run of capitalised words whose initials are the acronym and
    whose first noun is no body's head spells the acronym out as a strategy, a fund, a programme."""
    letters = m.name
    if len(letters) < 3 or not letters.isupper():
        return False
    for run in re.finditer(rf"(?:{_CAPITALISED_WORD.pattern}\s+){{{len(letters) - 1}}}"
                           rf"{_CAPITALISED_WORD.pattern}", ctx.norm):
        if initials(run.group()) != letters:
            continue
        span = ctx.doc.char_span(run.start(), run.end(), alignment_mode="expand")
        head = next((t for t in span or () if not any(a.pos == "adj" for a in t._.morf)), None)
        if head is not None and any(a.pos == "subst" for a in head._.morf) and not noun_lemmas(head) & ORG_HEADS:
            return True
    return False


#: How far back from "(ACR)" the words it abbreviates may start; a comma, colon or semicolon ends the phrase.
_DEFINITION_WORDS = 10


def _defined_otherwise(ctx: Context, m: OrgMention) -> bool:
    """"strategii rozwoju lokalnego (LSR)", "Ustawy o działalności pożytku publicznego (UDPP)": the text defines the
    acronym in brackets after a phrase with no capitalised body's head in it, either in lower case (a common
    thing, not a name) or headed by a capitalised noun of the acronym's first letter that names no body."""
    for found in re.finditer(rf"\(\s*{re.escape(m.name)}\s*\)", ctx.norm):
        span = ctx.doc.char_span(found.start(), found.start() + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        words = []
        for tok in reversed(ctx.doc[max(0, span.start - _DEFINITION_WORDS):span.start]):
            if tok.text in (",", ":", ";", ".") or "\n" in tok.text:
                break
            if tok.is_alpha:
                words.append(tok)
        if not words or any(t.text[:1].isupper() and noun_lemmas(t) & ORG_HEADS for t in words):
            continue
        if words[0].text[:1].islower() or any(
                t.text[:1] == m.name[:1] and any(a.pos == "subst" for a in t._.morf) for t in words):
            return True
    return False


_QUOTE_OPENS = re.compile(r"\s+[\"„“]")


def spelled_out_quoted(m: OrgMention, full: list[OrgMention]) -> str | None:
    """"LGD „Zielony Bór”" next to "Lokalna Grupa Działania „Zielony Bór”": the same quoted name after the acronym
    and after the words it abbreviates is one body, named in full."""
    if not m.acronym or not m.name.startswith(m.acronym + " "):
        return None
    quoted = m.name[len(m.acronym):].strip()
    if quoted[:1] not in ('"', "„", "“"):
        return None
    inner = quoted.strip('"„“”')
    for o in full:
        parts = _QUOTE_OPENS.split(o.name, maxsplit=1)
        if o is not m and len(parts) == 2 and parts[1].rstrip('"„“”') == inner and initials(parts[0]) == m.acronym:
            return o.name
    return None
