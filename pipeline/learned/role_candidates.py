"""The titles a learned roles decision chooses among, for one merged person.

The rules give each person their titles; many are right in head but not in extent ("zastępca prezesa" where
the report writes "zastępca prezesa zarządu", "dziekan dekanatu" where a reader keeps "dziekan"), and some
names stand next to a title noun the rules did not take. The candidates are the rules' titles, their extent
variants (cut at a word boundary after the head; longer by the genitive or adjective words that follow the
title in the text), and a title noun standing right before a mention or right after it behind a comma, dash
or parenthesis. Each candidate keeps the extent group of the title it comes from: the decision keeps at most
one candidate per group. Everything is read from the per-document data (light tokens, their readings).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from pipeline.extract.event_roles import honorific_start
from pipeline.extract.professions import profession
from pipeline.extract.title_words import INSTITUTION_WORDS, UNIT_WORDS
from pipeline.lexicon.words import ORG_HEADS, first_name, role_title
from pipeline.models import Mention, Person, Role
from pipeline.text.analysis import Analysis
from pipeline.text.context import Context
from pipeline.text.morphology import analyse

EXTRACTOR = "learned.roles"
#: Words a longer reading may take after the rules' title: "zastępca prezesa" + "zarządu", "szef" + "sztabu generalnego".
MAX_EXTRA = 3
#: Words no title ends with: a cut must not leave them last ("specjalista ds.", "pełnomocnik do").
_DANGLING = frozenset({"ds.", "do", "spraw", "w", "we", "na", "z", "ze", "i", "oraz", "dla", "od", "przy", "po"})
_APPOSITION_PUNCT = frozenset({",", "-", "–", "—", "("})


@dataclass(frozen=True)
class RoleCandidate:
    title: str
    source: str  #: "rule" | "shorter" | "longer" | "longer_left" | "apposition"
    group: int  #: the extent group: the rules' title it varies (an apposition title is a group of its own)
    roles: tuple[Role, ...]  #: what the person gets when it is chosen
    rule: str  #: the rule behind the title it comes from
    changed: tuple[tuple[str, str], ...] = ()  #: (lemma, kind) of the words added or cut
    position: str = "none"  #: "before" | "after" the name it stands with | "none"


def word_kind(text: str, readings: tuple[Analysis, ...] | list[Analysis]) -> tuple[str, str]:
    """(lemma, kind) of one word: a unit of an office (wydział, dział), an institution's head, a title noun,
    a proper name, an adjective, a common noun, "ds.", or other."""
    low = text.lower()
    if low == "ds.":
        return "ds.", "ds"
    nouns = [a for a in readings if a.pos in ("subst", "depr", "ger")]
    lemmas = {a.lemma.lower() for a in nouns}
    lemma = min(lemmas) if lemmas else (min(a.lemma.lower() for a in readings) if readings else low)
    if lemmas & UNIT_WORDS:
        return next(iter(sorted(lemmas & UNIT_WORDS))), "unit"
    if lemmas & (ORG_HEADS | INSTITUTION_WORDS):
        return next(iter(sorted(lemmas & (ORG_HEADS | INSTITUTION_WORDS)))), "org_head"
    title = role_title(text, tuple(readings))
    if title is not None:
        return title, "title"
    if text[:1].isupper() and any(a.names for a in readings):
        return lemma, "proper"
    if readings and any(a.pos == "adj" for a in readings) and not nouns:
        return min(a.lemma.lower() for a in readings if a.pos == "adj"), "adj"
    if any(a.pos in ("ppas", "pact") for a in readings) and not nouns:
        return min(a.lemma.lower() for a in readings if a.pos in ("ppas", "pact")), "participle"
    if nouns:
        return lemma, "noun"
    return low, "other"


def _token_at(ctx: Context, char: int) -> int:
    return bisect_left(ctx.features.starts, char)


def _title_end(ctx: Context, role: Role) -> int | None:
    """Where the title's own words end in its mention (a title's mention may run on into its organization:
    "Szef Sztabu Generalnego WP"), or None when the mention is not the title written out (a verb, a list's lead)."""
    mention = role.mention
    words = role.title.split()
    parts = mention.text.split() if mention is not None else []
    if mention is None or mention.rule != "role_title" or len(parts) < len(words) or \
            parts[0].lower()[:3] != words[0][:3]:
        return None
    return _word_end(ctx, mention, len(words))


def _word_end(ctx: Context, mention: Mention, words: int) -> int:
    end = mention.start
    for part in mention.text.split()[:words]:
        end = ctx.source.index(part, end) + len(part)  # the mention slices the original, not the readable case
    return end


def _cut_mention(ctx: Context, role: Role, words: int) -> Mention | None:
    """The mention of the first `words` words of a title written out, else the rules' mention."""
    if _title_end(ctx, role) is None:
        return role.mention
    return ctx.mention(role.mention.start, _word_end(ctx, role.mention, words), EXTRACTOR, 0.7, "shorter")


def _extras(ctx: Context, title: str, end: int, title_case: bool) -> list[tuple[str, int, tuple[str, str]]]:
    """(word as the title takes it, its end, (lemma, kind)) of the genitive nouns or adjectives right after a
    title's words, on its line: lower-case ones, or capitalised ones in a title written capitalised ("Zastępca
    Prezesa Zarządu"); never a proper name, an acronym or a participle."""
    light = ctx.light_tokens
    k = _token_at(ctx, end)
    out: list[tuple[str, int, tuple[str, str]]] = []
    while k < len(light) and len(out) < MAX_EXTRA:
        tok = light[k]
        if tok.is_space:
            if "\n" in tok.text:
                break
            k += 1
            continue
        if not tok.is_alpha or first_name(tok) is not None or "\n" in light[k - 1].whitespace_ or tok.text.isupper():
            break
        lemma, kind = word_kind(tok.text, tok.morf)
        if tok.text[:1].isupper() and (not title_case or kind == "proper"):
            break
        genitive = any(a.pos in ("subst", "depr", "ger") and "gen" in a.cases for a in tok.morf)
        if not (genitive or kind == "adj"):
            break
        word = lemma if kind == "adj" and not out and len(title.split()) == 1 else tok.text.lower()
        out.append((word, tok.idx + len(tok.text), (lemma, kind)))
        k += 1
    return out


def _adjective_before(ctx: Context, role: Role) -> tuple[str, int] | None:
    """(its base form, its start) of an adjective right before a title written out that agrees with the title's
    first word in case ("emerytowanego dyrektora", "główna organizatorka"); not a participle, whose lemma is a verb."""
    light = ctx.light_tokens
    k = _token_at(ctx, role.mention.start) - 1
    while k >= 0 and light[k].is_space and "\n" not in light[k].text:
        k -= 1
    if k < 0 or not light[k].is_alpha or "\n" in light[k].whitespace_:
        return None
    first = light[_token_at(ctx, role.mention.start)]
    cases = {c for a in first.morf if a.pos in ("subst", "adj") for c in a.cases}
    adjectives = [a for a in light[k].morf if a.pos == "adj" and a.cases & cases]
    if not adjectives or any(a.pos in ("subst", "fin", "praet", "prep") for a in light[k].morf):
        return None
    return min(a.lemma.lower() for a in adjectives), light[k].idx


def _variants(ctx: Context, role: Role, group: int) -> list[RoleCandidate]:
    """The shorter and longer readings of one of the rules' titles."""
    words = role.title.split()
    rule = role.mention.rule if role.mention else ""
    out = []
    for n in range(1, len(words)):
        if words[n - 1] in _DANGLING:
            continue
        cut = tuple(word_kind(w, analyse(w)) for w in words[n:])
        mention = _cut_mention(ctx, role, n)
        out.append(RoleCandidate(" ".join(words[:n]), "shorter", group,
                                 (Role(title=" ".join(words[:n]), organization=role.organization, mention=mention),),
                                 rule, cut))
    end = _title_end(ctx, role)
    if end is None:
        return out
    added: list[str] = []
    changed: list[tuple[str, str]] = []
    for word, stop, kind in _extras(ctx, role.title, end, role.mention.text[:1].isupper()):
        added.append(word)
        changed.append(kind)
        if word in _DANGLING:
            continue
        title = " ".join([*words, *added])
        mention = ctx.mention(role.mention.start, stop, EXTRACTOR, 0.7, "longer")
        out.append(RoleCandidate(title, "longer", group, (Role(title=title, organization=role.organization, mention=mention),),
                                 rule, tuple(changed)))
    before = _adjective_before(ctx, role)
    if before is not None:
        title = f"{before[0]} {role.title}"
        mention = ctx.mention(before[1], end, EXTRACTOR, 0.7, "longer_left")
        out.append(RoleCandidate(title, "longer_left", group, (Role(title=title, organization=role.organization, mention=mention),),
                                 rule, (word_kind(before[0], analyse(before[0])),)))
    return out


def _title_word(tok) -> str | None:
    if not tok.is_alpha:
        return None
    return role_title(tok.text, tok.morf) or profession(tok)


def _apposition(ctx: Context, person: Person, taken: list[tuple[int, int]]) -> list[tuple[str, int, int, str]]:
    """(title, start, end, "before"|"after") of a title noun right before a mention of the person (past its
    honorifics) or right after it behind a comma, dash or parenthesis, on its line, that no title of the rules
    covers."""
    light = ctx.light_tokens
    out = []
    for m in person.mentions:
        i = _token_at(ctx, m.start)
        if i >= len(light):
            continue
        b = honorific_start(light, i) - 1
        while b >= 0 and light[b].is_space and "\n" not in light[b].text:
            b -= 1
        if b >= 0 and "\n" not in light[b].whitespace_ and (title := _title_word(light[b])):
            out.append((title, light[b].idx, light[b].idx + len(light[b].text), "before"))
        j = _token_at(ctx, m.end)
        while j < len(light) and light[j].is_space and "\n" not in light[j].text:
            j += 1
        if j < len(light) and light[j].text in _APPOSITION_PUNCT:
            j += 1
            while j < len(light) and light[j].is_space and "\n" not in light[j].text:
                j += 1
            if j < len(light) and (title := _title_word(light[j])):
                out.append((title, light[j].idx, light[j].idx + len(light[j].text), "after"))
    return [c for c in out if not any(s < c[2] and c[1] < e for s, e in taken)]


def role_candidates(ctx: Context, person: Person) -> list[RoleCandidate]:
    """The person's candidates: the rules' titles first (one group each), then their variants, then the
    apposition titles; one candidate per title string (the first made)."""
    groups: dict[str, list[Role]] = {}
    for role in person.roles:
        groups.setdefault(role.title, []).append(role)
    out: list[RoleCandidate] = []
    for g, (title, roles) in enumerate(groups.items()):
        rule = roles[0].mention.rule if roles[0].mention else ""
        out.append(RoleCandidate(title, "rule", g, tuple(roles), rule))
    for g, roles in enumerate(groups.values()):
        out += _variants(ctx, roles[0], g)
    heads = {t.split()[0] for t in groups}
    taken = [(r.mention.start, r.mention.end) for r in person.roles if r.mention is not None]
    for title, start, end, position in _apposition(ctx, person, taken):
        if title in heads:
            continue
        heads.add(title)
        mention = ctx.mention(start, end, EXTRACTOR, 0.6, f"apposition_{position}")
        out.append(RoleCandidate(title, "apposition", len(groups) + len(heads), (Role(title=title, mention=mention),),
                                 "apposition", position=position))
    seen: set[str] = set()
    unique = []
    for c in out:
        if c.title not in seen:
            seen.add(c.title)
            unique.append(c)
    return unique
