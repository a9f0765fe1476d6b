"""Press titles and broadcasters named as someone's employer, without quotes: "dziennikarka Przekroju",
"pracowała w TVP1, Radiu Plus i Newsweeku", "w Dzienniku, jako szefowa działu".

docs/annotation.md lists a press title that employs someone (as a portal in "redaktor portalu X.pl") and leaves out a
newspaper named only as where an article appeared ("publikował w X"). What marks the employer is the frame, not a list
of titles: the genitive after a media worker's noun; the locative after "w" governed by a verb of working, or followed
by "jako" and the post held there; "w" and a name headed by a press noun ("w Gazecie X") in a clause naming a post or
work there. None of them in a clause of publishing or citing. The name is the run of capitalised words, acronyms and digits written there; its base form undoes the case
(`press_employer_name`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from pipeline.lexicon.words import ORG_HEADS, VENUE_HEADS, first_name, is_geographic
from pipeline.ner.readings import per_readings
from pipeline.text.analysis import Analysis

#: nouns of people working for a medium (lemmas): their genitive complement is the medium
MEDIA_WORKERS = frozenset({"dziennikarz", "dziennikarka", "redaktor", "redaktorka", "publicysta", "publicystka",
                           "felietonista", "felietonistka", "reporter", "reporterka", "reportażysta",
                           "reportażystka", "korespondent", "korespondentka", "prezenter", "prezenterka",
                           "fotoreporter", "fotoreporterka", "komentator", "komentatorka"})
#: verbs of working somewhere: their "w X" is the employer
WORK_VERBS = frozenset({"pracować", "zatrudnić", "zatrudniać"})
#: verbs and nouns of publishing and of citing a source: a title in their clause is where a text appeared
#: ("publikował w X", "jak podaje X", "według X"), not an employer
PUBLISH_WORDS = frozenset({"publikować", "opublikować", "ukazać", "ukazywać", "drukować", "wydrukować",
                           "przeczytać", "czytać", "artykuł", "tekst", "wywiad", "publikacja", "podawać", "podać",
                           "donosić", "informować", "poinformować", "pisać", "napisać", "relacjonować", "cytować",
                           "według", "źródło", "materiał", "audycja", "program", "reportaż"})
#: nouns of posts held at a medium ("z-ca szefa działu w Gazecie X"): with a press head, the medium employs someone
POSTS = frozenset({"szef", "szefowa", "zastępca", "zastępczyni", "kierownik", "kierowniczka", "dyrektor",
                   "dyrektorka", "prezes", "prezeska", "wydawca", "właściciel", "właścicielka"})
#: nouns that head a press title or a broadcaster's name ("Gazeta Wyborcza", "Radio Plus", "Telewizja Polska")
PRESS_HEADS = frozenset({"gazeta", "dziennik", "tygodnik", "miesięcznik", "kurier", "radio", "telewizja"})
_MAX_WORDS = 3
_CLAUSE_BREAKS = frozenset({".", ";", "(", ")", "!", "?", ":"})
_LIST_JOINS = frozenset({",", "i", "oraz"})
_DASHES = frozenset({"-", "–", "—"})


_NOUN_POS = ("subst", "depr")
_VERB_POS = ("fin", "praet", "inf", "pcon", "ppas", "pact")
_PUBLISH_POS = ("fin", "praet", "inf", "ger", "subst", "pact", "ppas", "prep", "pcon")
_KIND_HEADS = ORG_HEADS | VENUE_HEADS
_STAFF = MEDIA_WORKERS | POSTS


class _Frame(NamedTuple):
    """What a word's readings say about the frame around a medium's name."""

    worker: bool  #: a noun of a media worker
    staff: bool  #: a noun of a media worker or of a post
    working: bool  #: a verb of working
    publishing: bool  #: a word of publishing or citing
    press_head: bool  #: a noun heading a press title
    kind_head: bool  #: a noun heading an institution's or a venue's name
    trigger: bool  #: a media worker or a press head: a name of a medium may follow


def _lemmas(readings: tuple[Analysis, ...], pos: tuple[str, ...]) -> set[str]:
    return {a.lemma.lower() for a in readings if a.pos in pos}


@per_readings
def _frame_of(readings: tuple[Analysis, ...]) -> _Frame:
    nouns = _lemmas(readings, _NOUN_POS)
    return _Frame(worker=not nouns.isdisjoint(MEDIA_WORKERS), staff=not nouns.isdisjoint(_STAFF),
                  working=not _lemmas(readings, _VERB_POS).isdisjoint(WORK_VERBS),
                  publishing=not _lemmas(readings, _PUBLISH_POS).isdisjoint(PUBLISH_WORDS),
                  press_head=not nouns.isdisjoint(PRESS_HEADS), kind_head=not nouns.isdisjoint(_KIND_HEADS),
                  trigger=not nouns.isdisjoint(MEDIA_WORKERS) or not nouns.isdisjoint(PRESS_HEADS))


_AT_PREPOSITION = frozenset({"w", "we", "W", "We", "WE", "wE"})  #: the spellings whose lower case is "w" or "we"


def _frame(tok) -> _Frame:  # noqa: ANN001 (a light token)
    return _frame_of(tok._.morf)


def _acronym(tok) -> bool:  # noqa: ANN001
    """"TVP1", "RMF", "TV": capitals, perhaps with digits."""
    text = tok.text
    return text.isalnum() and sum(c.isupper() for c in text) >= 2 and not any(c.islower() for c in text[1:])


def _name_start(tok, case: str, blocked: set[int], i: int) -> bool:  # noqa: ANN001
    """A word that can open a medium's name in `case`: an acronym, a word the dictionary does not know, or a
    capitalised noun with that case; no first name, no place, no institution's or venue's head (other rules)."""
    if i in blocked or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    if _acronym(tok):
        return True
    if not tok.is_alpha or first_name(tok) is not None or is_geographic(tok) or _frame(tok).kind_head:
        return False
    nouns = [a for a in tok._.morf if a.pos in ("subst", "depr")]
    if not tok._.morf or all(a.pos == "ign" for a in tok._.morf):
        return True
    return any(case in a.cases for a in nouns)


def _run(toks: list, j: int, case: str, blocked: set[int]) -> int | None:  # noqa: ANN001
    """End (exclusive) of a name opening at j: capitalised words, acronyms and digits on one line."""
    if j >= len(toks) or not _name_start(toks[j], case, blocked, j):
        return None
    k = j + 1
    while k < len(toks) and k - j < _MAX_WORDS and toks[k - 1].whitespace_ == " " and k not in blocked \
            and (toks[k].text[:1].isupper() or toks[k].text.isdigit()) and toks[k].text.isalnum() \
            and first_name(toks[k]) is None:
        k += 1
    return k


class _Clauses:
    """Each token's frame and the clause around a token (between sentence or bracket breaks and line ends):
    every media worker, "w" and press head asks what its clause holds. The breaks are found once; a clause's
    facts once per clause."""

    def __init__(self, toks: list) -> None:  # noqa: ANN001 (light tokens)
        self.toks = toks
        self.frames: list[_Frame] = _frame_of.column(toks)  # type: ignore[attr-defined]
        self.breaks = [k for k, t in enumerate(toks) if t.text in _CLAUSE_BREAKS or "\n" in t.whitespace_]
        self._publishing: dict[range, bool] = {}
        self._employing: dict[range, bool] = {}

    def _clause(self, i: int) -> range:
        """From after the last break before i to the first break at i or after it (a break is in no clause)."""
        breaks = self.breaks
        b = bisect_left(breaks, i)
        return range(breaks[b - 1] + 1 if b else 0, breaks[b] if b < len(breaks) else len(self.toks))

    def any_publishing(self, i: int) -> bool:
        """A word of publishing or citing in the clause of i."""
        clause = self._clause(i)
        found = self._publishing.get(clause)
        if found is None:
            frames = self.frames
            found = self._publishing[clause] = any(frames[k].publishing for k in clause)
        return found

    def any_employing(self, i: int) -> bool:
        """Someone works at the medium named at i: its clause holds a media worker, a post, a verb of working or
        "jako" (the post held)."""
        clause = self._clause(i)
        found = self._employing.get(clause)
        if found is None:
            frames, toks = self.frames, self.toks
            found = self._employing[clause] = any(toks[k].text.lower() == "jako" or frames[k].staff
                                                  or frames[k].working for k in clause)
        return found

    def working_before(self, i: int) -> bool:
        """A verb of working before the "w" at i in its clause."""
        frames = self.frames
        return any(frames[k].working for k in self._clause(i) if k < i)


def _skip_post(toks: list, k: int) -> int:  # noqa: ANN001
    """Past an aside naming the post held ("- jako szefowa informacji"), up to the list's next comma."""
    m = k + 1 if k < len(toks) and toks[k].text in _DASHES else k
    if m >= len(toks) or toks[m].text.lower() != "jako":
        return k
    while m < len(toks) and toks[m].text not in _LIST_JOINS and toks[m].text not in _CLAUSE_BREAKS:
        m += 1
    return m


def _post_follows(toks: list, k: int) -> bool:  # noqa: ANN001
    """"w X, jako szefowa", "w X - jako": the post held at X follows the name."""
    m = k + 1 if k < len(toks) and (toks[k].text == "," or toks[k].text in _DASHES) else k
    return m < len(toks) and toks[m].text.lower() == "jako"


def _located_list(toks: list, i: int, blocked: set[int]) -> list[tuple[int, int]]:  # noqa: ANN001
    """The names of "w A, B - jako …, C i D" after the "w" at i: each in the locative, asides on posts passed over."""
    out: list[tuple[int, int]] = []
    j = i + 1
    while True:
        end = _run(toks, j, "loc", blocked)
        if end is not None:
            out.append((j, end))
        elif j < len(toks) and j in blocked and toks[j].text[:1].isupper():
            end = j + 1  # a member another rule named ("TVP1"): the list goes on after it
            while end < len(toks) and end in blocked:
                end += 1
        else:
            break
        k = _skip_post(toks, end)
        if k >= len(toks) or toks[k].text not in _LIST_JOINS:
            break
        j = k + 1
        if toks[k].text == "," and j < len(toks) and toks[j].text in ("i", "oraz"):
            j += 1
    return out


def press_employers(toks: list, blocked: set[int]) -> list[tuple[int, int]]:  # noqa: ANN001
    """Token ranges of media named as employers; `blocked` holds the tokens of names other rules found."""
    out: list[tuple[int, int]] = []
    clauses = _Clauses(toks)
    # only a media worker, "w" and a press head start a name
    for i, (tok, frame) in enumerate(zip(toks, clauses.frames, strict=True)):
        if not frame.trigger and tok.text not in _AT_PREPOSITION:
            continue
        low = tok.text.lower()
        if tok.text[:1].islower() and frame.worker:
            end = _run(toks, i + 1, "gen", blocked)  # "dziennikarka Przekroju"
            if end is not None and not clauses.any_publishing(i):
                out.append((i + 1, end))
        elif low in ("w", "we") and not clauses.any_publishing(i):
            names = _located_list(toks, i, blocked)
            if names and (clauses.working_before(i) or _post_follows(toks, names[0][1]) and len(names) == 1):
                out.extend(names)
        elif tok.text[:1].isupper() and frame.press_head and i not in blocked and not tok.is_sent_start:
            end = _own_words(toks, i, blocked)
            if end > i + 1 and i > 0 and toks[i - 1].text.lower() in ("w", "we") and clauses.any_employing(i) \
                    and not clauses.any_publishing(i):
                out.append((i, end))  # "w Gazecie Wyborczej", "Radio Plus": a press head with a name of its own
    return sorted({(i, j) for i, j in out if j - i > 1 or not _acronym(toks[i])})  # a lone acronym: the acronym rule's


def _own_words(toks: list, i: int, blocked: set[int]) -> int:  # noqa: ANN001
    """End (exclusive) of the capitalised words written after a press head at i on its line."""
    k = i + 1
    while k < len(toks) and k - i <= _MAX_WORDS and toks[k - 1].whitespace_ == " " and k not in blocked \
            and toks[k].text[:1].isupper() and toks[k].text.isalnum() and first_name(toks[k]) is None \
            and not is_geographic(toks[k]):
        k += 1
    return k


def press_employer_name(tokens: list) -> str:  # noqa: ANN001
    """The base form of a medium's name written in the genitive or the locative: acronyms and undeclined words as
    written ("TV Puls", "RMF FM"), a known noun with its adjectives in the nominative ("Gazecie Wyborczej" ->
    "Gazeta Wyborcza", "Radiu Plus" -> "Radio Plus"), a word the dictionary does not know with its ending undone
    ("Newsweeku" -> "Newsweek")."""
    from pipeline.lexicon.place_phrases import common_phrase_base
    from pipeline.text.morphology import _guess_name_lemma

    first, rest = tokens[0], tokens[1:]
    if _acronym(first):
        return " ".join(t.text for t in tokens)
    nouns = [a for a in first._.morf if a.pos in ("subst", "depr")]
    if not nouns:
        head = _guess_name_lemma(first.text, frozenset({"gen", "loc"}))
        return " ".join([head, *(t.text for t in rest)])
    adjectives = [t for t in rest if any(a.pos == "adj" for a in t._.morf)]
    if not rest or len(adjectives) < len(rest):  # "Radiu Plus": the head declines, its own name does not
        return " ".join([_head_lemma(first, nouns), *(t.text for t in rest)])
    return common_phrase_base(tokens)


def _head_lemma(tok, nouns: list) -> str:  # noqa: ANN001
    """The lemma of a title's declined word, a common noun's first ("Wieczoru" -> "Wieczór", not a surname's
    "Wieczor"), capitalised as the title is."""
    oblique = [a for a in nouns if a.cases & {"gen", "loc"}] or nouns
    lemma = next((a.lemma for a in oblique if not a.names), oblique[0].lemma)
    return lemma[:1].upper() + lemma[1:]
