"""Event roles a sentence states rather than a title: the verb whose subject the person is ("warsztaty
prowadziła X" -> prowadzący, "panel moderował Y" -> moderator) and the lead of a list the name stands in
("Prelegenci:", "W panelu udział wzięli:").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.panel_roles import leads_an_event, leads_something_else, list_lead_role
from pipeline.extract.person_names import honorific_before
from pipeline.extract.role_clauses import clause_between, subject_number_fits
from pipeline.extract.role_offices import heads_unit  # noqa: F401 (re-exported)
from pipeline.extract.role_ranks import before_ranks, item_line, line_start, timed_line, title_start_before
from pipeline.extract.role_signatures import interviewer
from pipeline.extract.role_tables import table_line
from pipeline.lexicon.words import HONORIFICS, first_name, role_title
from pipeline.models import Role
from pipeline.ner.readings import per_position
from pipeline.text.context import Context
from pipeline.text.layout_rules import BYLINE, CAPTION

EXTRACTOR = "extract.people"


def name_predicate(ctx: Context, i: int, j: int) -> Token | None:
    """The finite verb nearest to the name in its sentence: what the person did (found once per name: the
    roles, the cues and the attendance of a name all ask)."""
    memo = ctx.memo(name_predicate)
    if (i, j) not in memo:
        memo[i, j] = _name_predicate(ctx, i, j)
    return memo[i, j]


def _name_predicate(ctx: Context, i: int, j: int) -> Token | None:
    doc = ctx.light_tokens
    sent_start, sent_end = name_sentence(ctx, i)  # "zaszczyciła nas p. Anna Kos"
    best, best_distance = None, 99
    relative = False  # "X, która przedstawiła …": a verb past "który" is its clause's (only distances to 12 count)
    chosen = ctx.features.chosen  # each token's chosen reading (`t._.analysis`), read from the column
    for k in range(max(sent_start, i - 13), min(sent_end, j + 14)):
        a = chosen[k]
        relative = relative or (k >= j and a is not None and a.lemma in ("który", "jaki"))
        if a is None or a.pos not in ("praet", "fin", "pcon", "pant", "bedzie") or (relative and best is not None):
            continue
        distance = i - k if k < i else k - j + 1
        if k >= j:
            distance += 1  # the verb before the name is the usual report order ("Wykład wygłosił X")
        if distance < best_distance:
            best, best_distance = doc[k], distance
    after = _verb_after_apposition(ctx, i, j, sent_start, sent_end)
    if after is not None:  # no verb before the name in its clause: the verb past its apposition
        best, best_distance = after, 0
    if best is None or best_distance > 12:
        best = _list_verb(ctx, i, sent_start)
        if best is None:
            return None
    return _future_infinitive(ctx, best) or best


def _list_verb(ctx: Context, i: int, sent_start: int) -> Token | None:
    """'Udział wzięli m.in. A – prezes X, B – kierownik Y, C – …': a later item of a list of names (after a
    comma or "i"/"oraz") shares the verb that opens the list, however long the items before it."""
    doc = ctx.light_tokens
    h = honorific_start(doc, i)
    if h == 0 or doc[h - 1].text not in (",", "i", "oraz"):
        return None
    k = h
    while k > max(sent_start, h - 80):  # (a reversed slice's stop -1 is no "down to 0")
        k -= 1
        t, a = doc[k], doc[k]._.analysis
        opener = _quote_opener(doc, k, sent_start)
        if opener is not None:
            k = opener  # "A, prezes Stowarzyszenia „Razem”, oraz B": a short quoted name inside an item
            continue
        if t.text in (":", ";", '"', "„", "”") or (a is not None and a.lemma in ("który", "jaki", "gdzie")):
            return None
        if a is not None and a.pos in ("praet", "fin", "bedzie"):
            return t
    return None


def _quote_opener(doc: list[Token], k: int, sent_start: int) -> int | None:
    """The index of the quote that opens a short quoted name closed at k (up to six words), or None."""
    if doc[k].text not in ('"', "”"):
        return None
    return next((m for m in range(k - 1, max(sent_start, k - 8) - 1, -1) if doc[m].text in ('"', "„")), None)


_FINITE = frozenset({"praet", "fin", "bedzie"})


def _verb_after_apposition(ctx: Context, i: int, j: int, sent_start: int, sent_end: int) -> Token | None:
    """'X – podróżnik, człowiek, który zwiedza świat, opowiedział …', 'X, zastępca red. naczelnego i red.
    prowadzący „Y”, poprowadził dyskusję': a name opening its clause with an apposition after it is the subject of
    the first finite verb past the apposition; relative clauses ("który …" up to a comma) and quotes are skipped.
    None when a verb stands before the name in its sentence or the name is no nominative."""
    doc = ctx.light_tokens
    clause = next((k + 2 for k in range(i - 2, sent_start - 1, -1) if doc[k].text == ","
                   and doc[k + 1].text.lower() in ("a", "zaś", "natomiast")), sent_start)  # "…, a X, …, powiedział"
    if any(t._.analysis is not None and t._.analysis.pos in _FINITE for t in doc[clause:i]):
        return None
    if j >= len(doc) or doc[j].text not in (",", "-", "–", "—"):
        return None  # no apposition: the nearest verb is the name's
    known = [[a for a in t._.morf if a.pos == "subst" and a.names] for t in doc[i:j]]
    known = [readings for readings in known if readings]
    if known and not any("nom" in a.cases for a in known[-1]):
        return None  # "Annę Kos, dyrektor szkoły, powitał wójt": the name is the object
    relative = quoted = False
    for t in doc[j:min(sent_end, j + 45)]:
        if t.text in ('"', "„", "”", "“"):
            quoted = not quoted if t.text == '"' else t.text == "„"
            continue
        if t.text in (";", ":") or quoted:
            if t.text in (";", ":"):
                return None
            continue
        if t.text == ",":
            relative = False
            continue
        if any(a.lemma in ("który", "jaki", "gdzie") for a in t._.morf):
            relative = True
            continue
        a = t._.analysis
        if not relative and a is not None and a.pos in _FINITE:
            return t
    return None


def _future_infinitive(ctx: Context, verb: Token) -> Token | None:
    """'Zajęcia będzie prowadzić X', 'prowadzić będą A i B': the future's infinitive says what the person will do
    (announcements); "będzie" alone is a copula."""
    if verb._.analysis is None or verb._.analysis.pos != "bedzie":
        return None
    doc = ctx.light_tokens
    for k in (verb.i + 1, verb.i - 1, verb.i + 2, verb.i - 2):
        if 0 <= k < len(doc) and doc[k]._.analysis is not None and doc[k]._.analysis.pos == "inf":
            return doc[k]
    return None


#: Verbs whose subject takes an event role: "warsztaty prowadziła X", "panel moderował Y".
EVENT_ROLE_VERBS = {"prowadzić": "prowadzący", "poprowadzić": "prowadzący", "moderować": "moderator",
                    "współprowadzić": "prowadzący", "przeprowadzić": "prowadzący"}
#: Nouns of a list's lead that give its names an event role: "W panelu udział wzięli:", "Prelegenci:".
EVENT_ROLE_LEADS = {"panel": "panelista", "panelista": "panelista", "prelegent": "prelegent", "trener": "trener",
                    "moderator": "moderator", "prowadzący": "prowadzący", "ekspert": "ekspert",
                    "prelekcja": "prelegent"}
EVENT_ROLE_TITLES = frozenset(EVENT_ROLE_VERBS.values()) | frozenset(EVENT_ROLE_LEADS.values())
CHAIR_VERBS = {"przewodniczyć": "przewodniczący", "współprzewodniczyć": "współprzewodniczący"}  #: "przewodniczył X"


def stated_event_role(ctx: Context, i: int, j: int) -> Role | None:
    """An event role the text states through a verb or a list's lead rather than a title before the name."""
    if interviewer(ctx, i, j):
        return None  # "Rozmowę przeprowadził: Jan Mak": an interview's byline, no role at the event
    verb = name_predicate(ctx, i, j)
    past_apposition = verb is not None and verb.i >= i + 6 and verb is _verb_after_apposition(
        ctx, i, j, *name_sentence(ctx, i))
    if verb is not None and (verb.i < i + 6 or past_apposition):
        analysis = verb._.analysis
        role = ({**EVENT_ROLE_VERBS, **CHAIR_VERBS}.get(analysis.lemma)
                if analysis is not None and analysis.pos in ("praet", "fin", "inf") else None)
        if role is not None and (past_apposition or subject_number_fits(verb, i)) and not clause_between(
                ctx.light_tokens, verb.i, i) and not (  # "Drużynę prowadzi X"
                role == "prowadzący" and leads_something_else(ctx.light_tokens, verb.i, i)):
            return Role(title=role, mention=ctx.mention(verb.idx, verb.idx + len(verb.text), EXTRACTOR, 0.6, "event_role_verb"))
    doc = ctx.light_tokens
    lead = _predicative_lead(ctx, i) or _in_the_role(ctx, i, j)
    if lead is not None:
        return Role(title=lead[0], mention=ctx.mention(lead[1].idx, lead[1].idx + len(lead[1].text), EXTRACTOR, 0.6,
                                                       "event_role_predicative"))
    panel = _panel_members_lead(ctx, i) or _debate_attended(ctx, i)
    if panel is not None:
        return Role(title="panelista", mention=ctx.mention(panel.idx, panel.idx + len(panel.text), EXTRACTOR, 0.6,
                                                           "event_role_panel"))
    # "w rozmowie moderowanej przez X", "zajęcia prowadzone przez X": a passive participle and "przez"
    k = title_start_before(doc, honorific_before(doc, i)[1]) - 1  # "przez ratownika medycznego X": past its title
    if k >= 1 and doc[k].text.lower() == "przez":
        for t in doc[max(0, k - 2):k]:
            lemma = next((a.lemma for a in t._.morf if a.pos in ("ppas", "pact") and a.lemma in EVENT_ROLE_VERBS), None)
            if lemma is not None and leads_an_event(doc, t.i, ctx.sentence_bounds(t.i)[0]):  # not "zespół prowadzony"
                return Role(title=EVENT_ROLE_VERBS[lemma],
                            mention=ctx.mention(t.idx, t.idx + len(t.text), EXTRACTOR, 0.6, "event_role_participle"))
    return list_lead_role(ctx, list_lead(ctx, i), EVENT_ROLE_LEADS, EVENT_ROLE_VERBS)  # "Prelegenci: A, B"


_BE = frozenset({"być", "zostać"})


def _predicative_lead(ctx: Context, i: int) -> tuple[str, Token] | None:
    """'Moderatorami spotkania byli A, … i B', 'Pierwszymi prelegentami były Panie A, …': the sentence opens
    with an event role in the instrumental and a copula; every name after the copula holds that role. So does
    "Wśród prelegentów byli / znaleźli się A i B": the role's plural genitive after "wśród"."""
    doc = ctx.light_tokens
    sent_start, _ = name_sentence(ctx, i)
    h = honorific_start(doc, i)
    for k in range(sent_start, min(h, sent_start + 4)):
        among = k > sent_start and doc[k - 1].text.lower() == "wśród"
        role = next((EVENT_ROLE_LEADS[base] for a in doc[k]._.morf if a.pos in ("subst", "adj", "pact")
                     and ("gen" in a.cases and a.number == "pl" if among else "inst" in a.cases)
                     and (base := role_title(a.lemma, (a,)) or a.lemma.lower()) in EVENT_ROLE_LEADS),
                    None)  # "Trenerkami były A i B": the feminine's masculine base
        if role is None:
            continue
        verbs = _BE | {"znaleźć"} if among else _BE
        copula = next((t for t in doc[k + 1:min(h, k + 4)] if any(a.lemma in verbs and a.pos in ("praet", "fin")
                                                                 for a in t._.morf)), None)
        if copula is not None and not any(t._.analysis is not None and t._.analysis.pos in ("praet", "fin")
                                          for t in doc[copula.i + 1:h]):
            return role, doc[k]
        return None
    return None


def _in_the_role(ctx: Context, i: int, j: int) -> tuple[str, Token] | None:
    """'W roli prelegentów wystąpili A i B', 'A wystąpiła w roli moderatorki': "w roli" with an event role's
    genitive in the name's clause (before the name, or right after it) gives the role."""
    doc = ctx.light_tokens
    sent_start, sent_end = name_sentence(ctx, i)
    h = honorific_start(doc, i)
    for k in [*range(max(sent_start, h - 8), h - 2), *range(j, min(sent_end, j + 5) - 2)]:
        if doc[k].text.lower() != "w" or doc[k + 1].text.lower() != "roli":
            continue
        tok = doc[k + 2]
        role = next((EVENT_ROLE_LEADS[base] for a in tok._.morf if a.pos in ("subst", "adj", "pact") and "gen" in a.cases
                     and (base := role_title(a.lemma, (a,)) or a.lemma.lower()) in EVENT_ROLE_LEADS), None)
        between = doc[k + 3:h] if k < h else doc[j:k]
        if role is not None and not any(first_name(t) is not None or t.text in (",", ";", ":") for t in between):
            return role, tok
    return None


#: Nouns of a discussion whose named attendants are its panelists, and the verbs of taking part in it.
DEBATE_WORDS = frozenset({"panel", "debata", "dyskusja"})
_TAKE_PART = frozenset({"uczestniczyć", "wziąć", "brać", "zaprosić"})
_SPEAK_IN = frozenset({"zabrać", "wystąpić", "dyskutować"})  #: "W panelu głos zabrali A, B": its panelists


def _debate_attended(ctx: Context, i: int) -> Token | None:
    """'W debacie udział wzięli A, B', '… dyskusja, w której uczestniczyli: A – …; B – …', 'Do dyskusji
    zaprosiliśmy A, B': people named as taking part in a discussion are its panelists (docs/annotation.md,
    Titles); the discussion's noun."""
    doc = ctx.light_tokens
    h = honorific_start(doc, i)
    lead = list_lead(ctx, i)
    words = lead[-24:] if lead else doc[name_sentence(ctx, i)[0]:h]
    verb = next((t for t in reversed(words) if t._.analysis is not None and t._.analysis.pos in ("praet", "fin")
                 and t._.analysis.lemma in _TAKE_PART | _SPEAK_IN), None)
    if verb is None:
        own = name_predicate(ctx, i, i + 1) if _last_taking_part(ctx) >= i else None  # "X wziął udział w debacie"
        if own is None or own.i < i or own._.analysis is None or own._.analysis.lemma not in _TAKE_PART:
            return None
        after = doc[own.i + 1:own.i + 5]
        return next((t for k, t in enumerate(after) if k and after[k - 1].text.lower() in ("w", "we") and any(
            a.pos == "subst" and a.lemma.lower() in DEBATE_WORDS and "loc" in a.cases for a in t._.morf)), None)
    if verb._.analysis.lemma in _SPEAK_IN:  # "W części panelowej głos zabrali A, B"; "w dyskusji" is the audience's
        return next((t for t in words if t.i < verb.i and any(a.lemma.lower() in PANEL_WORDS | {"panelowy"} and a.pos in (
            "subst", "adj") for a in t._.morf)), None)
    return next((t for t in words if t.i < verb.i + 3 and any(a.pos == "subst" and a.lemma.lower() in DEBATE_WORDS
                                                              for a in t._.morf)), None)


def _last_taking_part(ctx: Context) -> int:
    """The last word read as a verb of taking part (-1: none); a name past it has none of its own. Once a document."""
    memo = ctx.memo(_last_taking_part)
    if not memo:
        memo[0] = max((k for k, a in enumerate(ctx.features.chosen) if a is not None and a.lemma in _TAKE_PART), default=-1)
    return memo[0]


#: Nouns of the people a panel consists of: "Gośćmi panelu byli A, B", "Uczestnikami debaty byli …".
PANEL_MEMBER_WORDS = frozenset({"gość", "uczestnik", "uczestniczka", "członek", "członkini"})
PANEL_WORDS = frozenset({"panel", "debata"})


def _panel_members_lead(ctx: Context, i: int) -> Token | None:
    """'Gośćmi panelu byli A – …, B': the sentence opens by naming the panel's members; the panel word."""
    doc = ctx.light_tokens
    sent_start, _ = ctx.sentence_bounds(honorific_start(ctx.light_tokens, i))
    for k in range(sent_start, min(i, sent_start + 4)):
        if k + 1 < i and any(a.lemma.lower() in PANEL_MEMBER_WORDS and a.pos == "subst" for a in doc[k]._.morf) \
                and any(a.lemma.lower() in PANEL_WORDS and "gen" in a.cases for a in doc[k + 1]._.morf if a.pos == "subst"):
            return doc[k + 1]
    return None


def list_lead(ctx: Context, i: int) -> list[Token]:
    """The lead of the list the name at token i stands in: the words before the colon that opens it, in the same
    sentence ("Nagrody otrzymali: A, B") or on a line above ("W panelu udział wzięli:" and then one name per line).
    Empty when the name is not in a list. Found once per name (several rules ask), handed out as a new list each time."""
    memo = ctx.memo(list_lead)
    bounds = memo.get(i)
    if bounds is None:
        lead = _list_lead(ctx, i)
        bounds = memo[i] = (lead[0].i, lead[-1].i + 1) if lead else (0, 0)
    return ctx.light_tokens[bounds[0]:bounds[1]]


def _list_lead(ctx: Context, i: int) -> list[Token]:
    doc = ctx.light_tokens
    if ctx.furniture_at(doc[i].idx) in (BYLINE, CAPTION):  # "fot. Jan Kos" under a list of speakers: no item
        return []
    i = honorific_start(ctx.light_tokens, i)  # "• p. Anna Kos": the period of "p." ends nothing
    sent_start, _ = ctx.sentence_bounds(i)
    k = i - 1
    newlines = 0
    depth = 0
    quoted = False
    while k >= max(0, i - 160) and newlines <= 16:
        t = doc[k]
        if "\n" in t.text or "\n" in t.whitespace_:
            newlines += 1
        if t.text in (")", "("):
            depth = max(0, depth + (1 if t.text == ")" else -1))  # "A (lat 6 – Rossosz)": an item's own aside
            k -= 1
            continue
        if depth:
            k -= 1
            continue
        if t.text == '"' or (quoted and "\n" not in t.text + t.whitespace_):
            quoted = t.text != '"' or not quoted  # "A – „tytuł wykładu”": an item's own title (one line)
            k -= 1
            continue
        quoted = False
        if t.text == ":":
            first = k - 1
            while first > 0 and "\n" not in doc[first - 1].text and "\n" not in doc[first - 1].whitespace_:
                first -= 1
            return [] if newlines and timed_line(doc, k) and timed_line(doc, i) else doc[first:k]
        if t.text == "." and k > 0 and not doc[k - 1].whitespace_ and (
                doc[k - 1].text.lower() in HONORIFICS or doc[k - 1].text.lower() in _ABBREVIATIONS):
            k -= 1  # "prof. dr. hab. nauk med. Jan Kos": the period of an abbreviation ends no list
            continue
        if t.text == "." and k > 0 and not doc[k - 1].whitespace_ and _initial(doc[k - 1].text):
            k -= 1  # "– S.P. Rzgów": the periods of an acronym written with periods end no list item
            continue
        if t.text == "." and k > 0 and doc[k - 1].text.isdigit() and len(doc[k - 1].text) <= 2 \
                and line_start(doc, k - 1) == k - 1:
            k -= 1  # "1. Dr Jan Kos – …": an item's number ends no list
            continue
        if t.text in (".", "!", "?") or (k < sent_start and t.is_alpha and t.text[:1].islower()
                                               and t.text not in ("i", "oraz", "z", "ze", "w")
                                               and not _bulleted_line(doc, k) and not item_line(doc, k)
                                               and not table_line(doc, ctx.text, k)):
            return []  # running text of an earlier sentence; a bulleted item ("- radnej Ewy Kos,") is the list
        k -= 1
    return []


def name_sentence(ctx: Context, i: int) -> tuple[int, int]:
    """The sentence of the name at token i: from the sentence of its honorifics ("p." may end a sentence
    before "Anna Kos") to the end of the name's own sentence ("p. Anna Kos opowiadała": the verb is the name's).
    Found once per document and name (the role, cue and attendance rules ask for it again and again)."""
    memo = ctx.memo(name_sentence)
    found = memo.get(i)
    if found is None:
        doc = ctx.light_tokens
        start, end = ctx.sentence_bounds(honorific_start(doc, i))
        while start >= 2 and doc[start - 1].text == "." and doc[start - 2].text in ("p", "P") \
                and not doc[start - 2].whitespace_:
            start = ctx.sentence_bounds(start - 2)[0]  # "p. A, p. B": each "p." ended a sentence of the list
        found = memo[i] = (start, max(end, ctx.sentence_bounds(i)[1]))
    return found


def _initial(text: str) -> bool:
    """'S', '-S' (a dash glued to it): one capital letter, the part of an acronym written with periods."""
    letters = text.lstrip("-–—")
    return len(letters) == 1 and letters.isupper()


_BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪"})


def _bulleted_line(doc: Doc, k: int) -> bool:
    """Whether the line of token k opens with a list bullet."""
    return doc[line_start(doc, k)].text in _BULLETS


#: Abbreviations of degrees and fields written with a period inside a list of names ("dr n. med.", "nauk med.").
_ABBREVIATIONS = frozenset({"n", "med", "nauk", "hum", "ekon", "tech", "roln", "wet", "inż", "hab", "dr", "prof",
                            "mgr", "doc", "p", "ks", "lek", "mec", "red", "o"})


@per_position
def honorific_start(doc: Doc, i: int) -> int:
    """The first token of the honorifics before token i, "p." ("pani"/"pan") split as "p" "." included."""
    _, h = honorific_before(doc, i)
    while True:
        if h >= 2 and doc[h - 1].is_space and "\n" not in doc[h - 1].text and (
                doc[h - 2].text == "." or doc[h - 2].text.lower() in HONORIFICS):
            h -= 1  # "p.  Anna": a doubled space is a token of its own
        elif h >= 2 and doc[h - 1].text == "." and doc[h - 2].text in ("p", "P") and not doc[h - 2].whitespace_:
            h = honorific_before(doc, h - 2)[1]
        else:
            return before_ranks(doc, h, honorific_start)  # "mł. insp. Jan Kos": ranks are honorifics too
