"""Performing groups named after a lower-case kind word: "występ zespołu „Słowiczanki”", "chór Moderato pod
dyrekcją", "grupa nieformalna Bangarang", "kabaret "Ale Babki"". The kind word is a common noun, so the rule NER
sees no institutional head; the group's own name is what follows it (quoted, or capitalised words), and it is an
organization of the report (docs/annotation.md, Organizations: every named organization). A capitalised kind
word ("Zespół Pieśni i Tańca X") is the name's own head and is left to the NER.
"""

from __future__ import annotations

from pipeline.lexicon.words import first_name, is_geographic
from pipeline.models import Mention
from pipeline.text.context import Context

EXTRACTOR = "extract.ensembles"
#: Kinds of performing groups (lemmas): the word before a group's own name.
ENSEMBLE_KINDS = frozenset({"zespół", "chór", "kabaret", "kapela", "orkiestra", "grupa", "trio", "duet", "kwartet",
                            "formacja"})
_OPEN = ("„", "“", '"', "«")
_CLOSE = ("”", "“", '"', "»")
#: Lower-case adjectives that may stand between the kind and the name ("trio muzyczne", "grupa nieformalna").
_MAX_ADJECTIVES = 2
_MAX_WORDS = 4


def _kind_word(tok) -> bool:  # noqa: ANN001 (a light token)
    """A singular kind noun: "w kategorii kapel Basztę otrzymała" names a kind of group, not one group."""
    return tok.text[:1].islower() and any(a.pos == "subst" and a.lemma.lower() in ENSEMBLE_KINDS and a.number == "sg"
                                          for a in tok.morf)


def _quoted(toks: list, j: int) -> int | None:  # noqa: ANN001
    """End (exclusive) of a quoted name opening at j on the same line, of at most a few words."""
    if toks[j].text not in _OPEN:
        return None
    for k in range(j + 1, min(len(toks), j + _MAX_WORDS + 3)):
        if toks[k].is_space or "\n" in toks[k].text:
            return None
        if toks[k].text in _CLOSE:
            return k + 1 if k > j + 1 and toks[j + 1].text[:1].isupper() else None
    return None


def _capitalised_name(toks: list, j: int) -> int | None:  # noqa: ANN001
    """End (exclusive) of a run of capitalised words at j that is no person's first name, no place ("zespół
    Wrocławia") nor a sentence start."""
    k = j
    while k < len(toks) and k - j < _MAX_WORDS and toks[k].capitalised and toks[k].is_alpha \
            and not toks[k].is_sent_start and first_name(toks[k]) is None and not is_geographic(toks[k]):
        k += 1
    if k < len(toks) and toks[k].text in ("-", "–") and not toks[k - 1].whitespace_:
        return None  # "grupa Wy-TWÓRCÓW": a compound the tokens split; its parts are no name
    return k if k > j else None


def ensemble_mentions(ctx: Context, taken: list[tuple[int, int]]) -> list[tuple[str, Mention]]:
    """(name as written, mention) of each group named after a lower-case kind word; spans overlapping `taken`
    (what other rules read as organizations) are skipped."""
    toks = ctx.light_tokens
    out: list[tuple[str, Mention]] = []
    for i, tok in enumerate(toks):
        if not tok.text[:1].islower() or not _kind_word(tok):
            continue
        j = i + 1
        while j < len(toks) and j - i <= _MAX_ADJECTIVES and toks[j].text[:1].islower() and any(
                a.pos == "adj" for a in toks[j].morf):
            j += 1
        if j >= len(toks):
            continue
        end = _quoted(toks, j) or _capitalised_name(toks, j)
        if end is None or all(len(t.text) == 1 for t in toks[j:end]):
            continue  # "grupa „B”", "grupa A": a single letter labels a pool or a section, no group's name
        start_char, end_char = toks[j].idx, toks[end - 1].idx + len(toks[end - 1].text)
        if any(s < end_char and start_char < e for s, e in taken):
            continue
        out.append((ctx.text[start_char:end_char], ctx.mention(start_char, end_char, EXTRACTOR, 0.6, "ensemble")))
    return out
