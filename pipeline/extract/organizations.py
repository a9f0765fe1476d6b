"""Organizations: base form of the whole name, acronyms, and the event's organizer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.extract.context import Context
from pipeline.models import Mention
from pipeline.ner.builtin import ORG_HEADS, VENUE_HEADS, is_all_caps_word, noun_lemmas
from pipeline.text.inflect import adjective_nominative, head_features, noun_nominative, readable_case

EXTRACTOR = "extract.organizations"

_QUOTES = ('"', "„", "”", "“", "«", "»")
_ACRONYM_AFTER = re.compile(r"^\s*\(\s*([A-ZĄĆĘŁŃÓŚŹŻ][A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]{1,11})\s*\)")
_SMALL_WORDS = frozenset({"w", "we", "i", "z", "ze", "na", "do", "im.", "oraz", "dla", "pod", "nad", "przy"})

#: How the report names its organizer (lemmas of the verb or phrase before/after the name).
ORGANIZER_VERBS = frozenset({"zorganizować", "organizować", "przygotować", "zaprosić", "współorganizować"})
_ORGANIZER_LEFT = re.compile(
    r"(organizator\w*\s+(?:był\w*|jest|został\w*)?\s*:?|organizowan\w*\s+przez|zorganizowan\w*\s+przez|"
    r"realizowan\w*\s+przez|przygotowan\w*\s+przez|zaproszenie|inicjatyw\w*|na\s+zaproszenie)\s*$",
    re.IGNORECASE)
_OWN_VOICE = re.compile(r"\b(zaprosiliśmy|zorganizowaliśmy|nasz\w*\s+(?:Ośrodek|Fundacj\w*|Stowarzyszeni\w*|"
                        r"Centrum|Spółdzielni\w*|Organizacj\w*)|przygotowaliśmy|gościliśmy)\b")


@dataclass
class OrgMention:
    name: str
    acronym: str | None
    head: str | None
    mention: Mention


def _head_index(tokens: list[Token], heads: frozenset[str]) -> int | None:
    for i, t in enumerate(tokens):
        if t.text[:1].isupper() and noun_lemmas(t) & heads:
            return i
    return None


def phrase_base(tokens: list[Token], heads: frozenset[str], original: str) -> tuple[str, str | None]:
    """Nominative of an institutional name phrase; (name, head lemma). Words come from `original`."""
    h = _head_index(tokens, heads)
    if h is None:
        return original[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)].strip(), None
    head_tok = tokens[h]
    head_a = next(a for a in head_tok._.morf if a.pos in ("subst", "depr") and a.lemma.lower() in heads)
    number, gender = head_features(head_a)
    head_cases = head_a.cases
    out: list[str] = []
    for i, t in enumerate(tokens):
        word = original[t.idx:t.idx + len(t.text)]
        if i < h:
            adj = next((a for a in t._.morf if a.pos == "adj" and a.cases & head_cases), None)
            if adj is None:
                adj = next((a for a in t._.morf if a.pos == "adj"), None)
            word = adjective_nominative(word, adj, number, gender) if adj else word
        elif i == h:
            word = noun_nominative(word, head_a)
        elif i == h + 1 or (i > h and all(_agrees(tokens[k], head_cases, gender) for k in range(h + 1, i))):
            adj = next((a for a in t._.morf if a.pos == "adj" and a.cases & head_cases
                        and (gender in a.genders or not a.genders)), None)
            if adj is not None and t.text[:1].isupper() == head_tok.text[:1].isupper():
                word = adjective_nominative(word, adj, number, gender)
        out.append(word + t.whitespace_)
    name = "".join(out).strip()
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r'„\s+', "„", re.sub(r'\s+”', "”", name))
    letters = [c for t in tokens for c in t.text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(tokens) > 1:
        name = readable_case(name)
    return name, head_a.lemma.lower()


def _agrees(tok: Token, cases: frozenset[str], gender: str) -> bool:
    return any(a.pos == "adj" and a.cases & cases for a in tok._.morf)


def acronym_in(tokens: list[Token]) -> str | None:
    quoted = False
    for t in tokens[1:]:
        if t.text in _QUOTES:
            quoted = not quoted
            continue
        if not quoted and is_all_caps_word(t) and t.text.isalpha() and 2 <= len(t.text) <= 10 and len(tokens) > 1:
            if not all(is_all_caps_word(x) for x in tokens if x.is_alpha):
                return t.text
    return None


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż]*", name) if w.lower() not in _SMALL_WORDS)


def extract_organizations(ctx: Context, spans: list[tuple[int, int, str]]) -> list[OrgMention]:
    """Org mentions from (start, end, rule) spans; acronym-only spans keep name == acronym."""
    doc = ctx.doc
    out: list[OrgMention] = []
    for start, end, rule in spans:
        chars = doc.char_span(start, end, alignment_mode="expand")
        if chars is None:
            continue
        tokens = [t for t in chars if not t.is_space]
        if rule.endswith("acronym"):
            out.append(OrgMention(tokens[0].text, tokens[0].text, None,
                                  ctx.mention(start, end, EXTRACTOR, 0.5, "acronym")))
            continue
        name, head = phrase_base(tokens, ORG_HEADS, ctx.text)
        acronym = acronym_in(tokens)
        m = _ACRONYM_AFTER.match(ctx.norm[end:end + 20])
        if m and m.group(1).isupper():
            acronym = m.group(1)
        conf = 0.85 if len(tokens) >= 2 else 0.6
        out.append(OrgMention(name, acronym, head, ctx.mention(start, end, EXTRACTOR, conf, rule.split(":")[-1])))
    return out


def venue_base(tokens: list[Token], original: str) -> str:
    return phrase_base(tokens, VENUE_HEADS, original)[0]


def organizer_score(ctx: Context, mention: Mention) -> float:
    """How strongly the text says this organization organized the event (0 = not at all)."""
    left = ctx.left(mention.start, 60)
    if _ORGANIZER_LEFT.search(left):
        return 1.0
    sent = ctx.sentence_of(mention.start)
    if sent is None:
        return 0.0
    lemmas = {t.lemma_.lower() for t in sent}
    if lemmas & ORGANIZER_VERBS:
        # the organization must be the subject side: before the verb or right after "przez"
        verb_pos = min(t.idx for t in sent if t.lemma_.lower() in ORGANIZER_VERBS)
        if mention.start < verb_pos or re.search(r"przez\s*$", left):
            return 0.9
        return 0.3
    return 0.0


def own_voice(ctx: Context) -> bool:
    """The report speaks as the organizer ('zaprosiliśmy', 'nasz Ośrodek')."""
    return bool(_OWN_VOICE.search(ctx.norm))
