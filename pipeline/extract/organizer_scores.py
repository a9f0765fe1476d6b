"""The organizer cues of one organization mention: how strongly the text says it organized or co-organized the
event, and whether the report speaks as its organizer (split from `organizations`, which finds the mentions)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from pipeline.extract.organizer_anaphora import event_pronoun, relative_subject, verb_in_reach
from pipeline.extract.organizer_cues import could_be_subject, is_title, organizing_agent, people_before
from pipeline.extract.organizer_occasions import earlier_occasion
from pipeline.extract.organizer_voice import our_heads as our_heads
from pipeline.extract.organizer_voice import own_voice as own_voice
from pipeline.lexicon.words import HONORIFICS
from pipeline.models import Mention
from pipeline.text.context import Context
from pipeline.text.morphology import Analysis, analyse

#: How the report names its organizer (lemmas of the verb or phrase before/after the name).
ORGANIZER_VERBS = frozenset({"zorganizować", "organizować", "przeprowadzić", "zrealizować"})
#: Verbs that say "organized" only when the sentence names the event ("przygotował poczęstunek" does not). They rank
#: below the organizing verbs: a body that prepared a part ("Pokaz przygotowała OSP X") or hosted ("Szkoła X gościła
#: uczestników turnieju") yields to one said to organize ("Festyn zorganizowała Gmina Y"), a host to one that
#: prepared the event; all stay strong cues (0.85 and up).
WEAK_ORGANIZER_VERBS = frozenset({"przygotować", "zaprosić", "zapraszać", "prowadzić", "realizować", "gościć"})
#: (The leading look-aheads of this and `_CO_ORGANIZER_LEFT` list their alternatives' first letters: the same
#: matches, the search tries the alternatives only where one may begin.)
_ORGANIZER_LEFT = re.compile(
    r"(?=[ozinsOZINS])(?:"
    r"((?<!współ)(?:organizator\w*(?:\s+[^\s.,;:]+){0,3}?|organizator(?:em|ami|ką|kami)(?:\s+[^\s.,;:]+){4,6}?)"
    r"\s+(?:był\w*|byli|jest|został\w*|zostali|są)"
    r"(?:\s+[a-ząćęłńóśźż]+(?=\s*:))?\s*:?(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+\s+[-–—])?|(?<!współ)organizator\w*\s*:|"
    r"(?<!współ)(?:zorganizowan|organizowan)\w*\s+(?:(?:jest|są|był\w*|został\w*|zostan\w*|będzie|będą)\s+)?przez\s*:?|"
    r"(?<!współ)organizator(?:ów|om|ami|ach|a|owi|em|zy|y)?\s*(?:[-–—]|,\s*(?:czyli|tj\.|to\s+jest)|\(|\s\s*czyli)|"
    r"zaproszenie|inicjatyw\w*|na\s+zaproszenie|starani(?:em|ami)|za\s+organizację(?:\s+[^\s.,;:]+){0,3}?\s+odpowiada\w*)\s*$)",
    re.IGNORECASE)
#: "projekt realizowany jest przez X", "Realizatorem projektu było X": the project's operator organizes its events,
#: unless the report names the body that organized this one ("X zorganizował").
_OPERATOR_LEFT = re.compile(r"(?:realizowan\w*\s+(?:(?:jest|są|był\w*|został\w*|zostan\w*|będzie|będą)\s+)?przez|"
                            r"realizator(?:em|ami|ką|kami)(?:\s+[^\s.,;:]+){0,3}?\s+(?:był\w*|byli|jest|są)\s*:?)\s*$",
                            re.IGNORECASE)
#: "Stowarzyszenie X, główny organizator wydarzenia": the name in apposition to "organizator".
_ORGANIZER_RIGHT = re.compile(r"^\s*(?:,|\(|–|-|jako)\s*(?:główn\w+\s+)?organizator(?:a|em|em|y|ów|zy)?\b", re.IGNORECASE)
#: "Stowarzyszenie X było organizatorem pikniku", "GOK był gospodarzem przeglądu": the name as the subject of
#: a copula with "organizatorem" (an organizer) or "gospodarzem" (a host) as its predicate.
_ORGANIZER_PREDICATE = re.compile(
    r"^(?P<rest>[^.;:\n]{0,100}?)\s*(?<!\w)(?P<copula>był[aoy]?|byli|jest|są|będzie|będą|została?|zostało|zostały|zostali|zostanie|pozostaje)\s+"
    r"(?:(?:główn|jedyn|tegoroczn|oficjaln)\w+\s+|(?:jego|jej|ich)\s+)?(?P<what>organizator|gospodarz)(?:em|ami|ką|kami)\b",
    re.IGNORECASE)
#: "we współpracy z X", "współorganizatorem był X", "partnerami (projektu) byli X": X co-organized. Partners of the
#: event itself ("Partnerem festynu był X", "Partnerem medialnym był Y") are sponsors and supporters: listed, not
#: co-organizers (docs/annotation.md, settled 414); only the partners of the project that runs the event are.
_CO_ORGANIZER_LEFT = re.compile(
    r"(?=[wpWP])(?:"
    r"(współorganizator\w*(?:\s+[^\s.,;]+){0,2}?\s*(?:był\w*|jest|został\w*|są|byli)?\s*:?|współpraca\s*:|"
    r"współorganizowan\w*\s+(?:przez|z)|współorganizowa(?:ł|ła|ło|li|ły)|(?:we|przy)\s+współpracy\s+z(?:e)?|przy\s+współ(?:pracy|udziale)|wspólnie\s+z(?:e)?|"
    r"w\s+partnerstwie\s+z(?:e)?|przy\s+udziale\s+partner\w*(?:\s+projektu)?(?:\s*(?:tj\.|m\.\s?in\.|:))?|"
    r"we\s+współdziałaniu\s+z(?:e)?|(?:w|przy)\s+(?:organizacji|przygotowaniu)(?:\s+[^\s.,;:]+){0,3}?\s+pom(?:aga|ag|og|óg)\w*\s*:?|partner\w*\s*(?:(?:projekt|program|przedsięwzięci)\w*\s+)?(?:był\w*|byli|są|:))\s*$)",
    re.IGNORECASE)
#: "dziękujemy X za zaproszenie / gościnę": X hosted the event (the writer did not organize it).
_THANKS_LEFT = re.compile(r"dzięk\w+(?:\s+(?:serdecznie|bardzo|gorąco|również|też))*\s*$", re.IGNORECASE)
_THANKS_RIGHT = re.compile(r"^[^.\n]{0,40}?\bza\s+(?:zaproszenie|gościnę|gościnność|przyjęcie|ugoszczenie)",
                           re.IGNORECASE)
#: "Teatrowi X dziękujemy za gościnę": the dative fronted before the thanks.
_THANKED_FIRST = re.compile(r"^\s*(?:(?:serdecznie|bardzo|gorąco|również|też)\s+)*dzięk(?:ujemy|uję)\b[^.\n]{0,40}?"
                            r"\bza\s+[^.\n]{0,30}?\b(?:zaproszenie|gościnę|gościnność|przyjęcie|ugoszczenie)",
                            re.IGNORECASE)
_HOST_LEFT = re.compile(r"(dzięki\s+uprzejmości|gospodarz\w*(?:\s+[^\s.,;:]+){0,3}?\s+(?:był\w*|została?|byli)"
                        r"(?:\s+[a-ząćęłńóśźż]+(?=\s*:))?\s*:?)\s*$", re.IGNORECASE)


@cache
def _event_nouns() -> frozenset[str]:
    from pipeline.extract.event_type import STUDY_NOUNS, TRIGGER_LEMMAS

    return frozenset().union(*TRIGGER_LEMMAS.values(), STUDY_NOUNS, _TALKS_AND_SHOWS,
                             {"wydarzenie", "impreza", "gala", "finał", "obchód"})  # "obchody jubileuszu"


#: Talks and shows one is invited to ("X zaprasza na prelekcję / wykład / spektakl"), classes ("lekcja muzealna",
#: "zajęcia plastyczne"), and the cultural centres' and gminas' own events ("na Przegląd Kapel Podwórkowych", "plener
#: malarski", "zlot", "bieg"): events of their own for the weak organizer verbs, whatever type the report is given.
_TALKS_AND_SHOWS = frozenset({"prelekcja", "wykład", "odczyt", "spektakl", "przedstawienie", "projekcja", "wernisaż",
                              "lekcja", "zajęcia", "recital", "pokaz", "przegląd", "plener", "zlot", "bieg"})


def organizer_score(ctx: Context, mention: Mention) -> float:
    """How strongly the text says this organization organized the event (0 = not at all).

    "Organizatorem (wydarzenia) był X", "zorganizowane przez X": 1.0; X as the nominative
    subject of "zorganizował/przygotował" in a sentence that names the event: 0.9;
    "we współpracy z X": 0.2 (a partner, not the organizer).

    Once per document and span: the cues read only the mention's offsets, and the rules' organizer choice and
    the learned reranker both ask for the same mentions.
    """
    memo = ctx.memo(organizer_score)
    key = (mention.start, mention.end)
    score = memo.get(key)
    if score is None:
        score = _organizer_score(ctx, mention)  # a cue said of last year's edition is not this event's
        score = memo[key] = 0.0 if score and earlier_occasion(ctx, mention.start) else score
    return score


def _organizer_score(ctx: Context, mention: Mention) -> float:
    if is_title(ctx, mention):
        return 0.0  # "konferencja pt. „…”": a title, not a body
    left = ctx.left(mention.start, 60)
    if _ORGANIZER_LEFT.search(ctx.left(mention.start, 90)) or _ORGANIZER_RIGHT.match(ctx.right(mention.end, 40)) or _label_above(
            ctx, mention, _ORG_LABEL):
        return 1.0
    predicate = _ORGANIZER_PREDICATE.match(ctx.right(mention.end, 100))
    if predicate is not None and (could_be_subject(ctx, mention) and _predicate_of(ctx, mention, predicate)
                                  or relative_subject(mention.text, predicate["rest"])):  # "X, która była gospodarzem"
        return 1.0 if predicate["what"].lower() == "organizator" else 0.7
    people = people_before(ctx, mention.start)
    if people is not None and _ORGANIZER_LEFT.search(ctx.left(people, 60)):
        return 1.0  # "na zaproszenie słuchaczy UTW X", "z inicjatywy członków Koła Y": the people stand for their body
    if _OPERATOR_LEFT.search(left):
        return 0.85
    if _THANKS_LEFT.search(left) and _THANKS_RIGHT.match(ctx.right(mention.end, 60)) or _THANKED_FIRST.match(
            ctx.right(mention.end, 90)):
        return 0.95  # thanked for the invitation: the host
    if _HOST_LEFT.search(left):
        return 0.7
    if _IN_SEAT_LEFT.search(left):
        return 0.6  # the host of the event, usually its organizer
    if _is_signature(ctx, mention):
        return 0.55
    if _PARTNER_LEFT.search(left):
        return 0.2
    sent = ctx.sentence_of(mention.start)
    if sent is None:
        return 0.0
    lemmas, verbs, weak = _sentence_verbs(ctx, sent.start, sent.end)
    named = lemmas & _event_nouns() or event_pronoun(ctx, sent.start, sent.end, _event_nouns())  # "Przygotowało je X"
    if (verbs or weak and named or lemmas & _INITIATING and lemmas & (_event_nouns() | _PROGRAMMES)) \
            and (could_be_subject(ctx, mention) or _people_subject_before(ctx, mention, sent.start)) \
            and verb_in_reach(ctx, mention.end, sent.start, sent.end, ORGANIZER_VERBS | WEAK_ORGANIZER_VERBS | _INITIATING):
        if verbs or lemmas & _INITIATING:
            return 0.9  # "Druhowie z OSP X zorganizowali festyn": the body's people organized it
        return 0.87 if lemmas & (WEAK_ORGANIZER_VERBS - {"gościć"}) else 0.86  # ranked below (WEAK_ORGANIZER_VERBS)
    if organizing_agent(ctx, mention, lemmas):
        return 0.9  # "przeprowadzone przez X", "spotkanie przygotowane przez X"
    return 0.0


#: "Program X zainicjował Bank Y": who started an event or the programme that runs it organizes its events, as "z
#: inicjatywy X" and "realizowany przez X" say (docs/annotation.md: the project's operator organizes its events).
_INITIATING = frozenset({"zainicjować", "inicjować"})
_PROGRAMMES = frozenset({"program", "projekt", "akcja", "cykl", "przedsięwzięcie", "kampania"})


#: A body's own people, who act for it as the subject of a sentence ("Członkowie Stowarzyszenia X", "druhowie z OSP",
#: "nauczyciele Szkoły Y", "bibliotekarki Biblioteki Z": its staff, settled 407/408); pupils are not (they perform).
BODY_PEOPLE = frozenset({"członek", "członkini", "druh", "druhna", "strażak", "pracownik", "pracowniczka", "pracownica",
                          "wolontariusz", "wolontariuszka", "pani", "gospodyni", "nauczyciel", "nauczycielka",
                          "wykładowca", "wykładowczyni", "bibliotekarz", "bibliotekarka", "harcerz", "harcerka",
                          "instruktor", "instruktorka"})


def _people_subject_before(ctx: Context, mention: Mention, sent_start: int) -> bool:
    """The sentence opens with a plural nominative noun of a body's people right before the name (maybe with "z"):
    "Druhowie z OSP X, wspólnie z …, przygotowali festyn", "Pracownicy GOK-u X zorganizowali …"."""
    f = ctx.features
    k = bisect_left(f.starts, mention.start) - 1
    while k >= sent_start and f.is_space[k]:
        k -= 1
    if k > sent_start and f.lowers[k] in ("z", "ze"):
        k -= 1
        while k >= sent_start and f.is_space[k]:
            k -= 1
    if k < sent_start:
        return False
    people = any(a.pos == "subst" and a.number == "pl" and "nom" in a.cases and a.lemma.lower() in BODY_PEOPLE
                 for a in f.morfs[k])
    if all(f.is_space[j] for j in range(sent_start, k)):
        return people
    return _organizing_verb_before(ctx, k if people else _person_start(ctx, k, sent_start), sent_start)


#: verbs whose subject after them organized the event ("Spotkanie zorganizował Jan Kos ze Stowarzyszenia X")
_INVERTED_VERBS = ORGANIZER_VERBS | {"przygotować"}


def _person_start(ctx: Context, k: int, sent_start: int) -> int | None:
    """The first token of a person's name ending at token k ("Pani Anna Lis", "Jan Kos"), or None."""
    f = ctx.features
    first = None
    j = k
    while j >= sent_start and k - j < 6 and (f.is_space[j] or f.texts[j][:1].isupper()):
        if not f.is_space[j] and any("imię" in a.names for a in f.morfs[j] if a.pos == "subst"):
            first = j
        j -= 1
    if first is None or first >= k:
        return None
    j = first - 1
    while j >= sent_start and f.is_space[j]:
        j -= 1
    return j if j >= sent_start and f.lowers[j] in HONORIFICS else first


def _organizing_verb_before(ctx: Context, k: int | None, sent_start: int) -> bool:
    """The people at token k follow the organizing verb they are the subject of ("przygotowały panie z KGW X")."""
    if k is None:
        return False
    f = ctx.features
    j = k - 1
    while j >= sent_start and f.is_space[j]:
        j -= 1
    verbs = []  # the verb before the people, and the one coordinated before it ("przygotowały i poprowadziły")
    while j >= sent_start and any(a.pos in ("praet", "fin") for a in f.morfs[j]) and len(verbs) < 2:
        verbs.append(j)
        j -= 1
        while j >= sent_start and f.is_space[j]:
            j -= 1
        if j < sent_start or f.lowers[j] not in ("i", "oraz"):
            break
        j -= 1
        while j >= sent_start and f.is_space[j]:
            j -= 1
    return any(a.pos in ("praet", "fin") and a.lemma in _INVERTED_VERBS for v in verbs for a in f.morfs[v])


_PLURAL_COPULAS = frozenset({"byli", "były", "są", "będą", "zostali", "zostały"})


_JOINED_REST = re.compile(r"^\s*(?:,|i\b|oraz\b|wraz\s+z)", re.IGNORECASE)


def _predicate_of(ctx: Context, mention: Mention, predicate: re.Match) -> bool:
    """The copula's subject is the name: right after it, after an aside in commas ("X, działające od lat, było"),
    or as the first of names coordinated before a plural copula ("X i Y były organizatorami")."""
    rest, copula = predicate["rest"].strip(), predicate["copula"]
    if rest and not (rest.startswith(",") and rest.endswith(",")) and not (
            _JOINED_REST.match(rest) and copula.lower() in _PLURAL_COPULAS):
        return False
    return _agrees_with_copula(ctx, mention, copula)


def _agrees_with_copula(ctx: Context, mention: Mention, copula: str) -> bool:
    """The name's first word can be a singular nominative when the copula is singular: "Stowarzyszenie X było", not
    "(Prezes) Stowarzyszenia X był" (only a plural nominative); a plural copula may join several names ("X i Y
    były"); a word without readings (an acronym) agrees."""
    if copula.lower() in _PLURAL_COPULAS:
        return True
    word = mention.text.split()[0] if mention.text.split() else ""
    readings = [a for a in analyse(word) if a.pos in ("subst", "adj", "depr")]
    return not readings or any("nom" in a.cases and a.tag.split(":")[1] == "sg" for a in readings)


_IN_SEAT_LEFT = re.compile(r"w\s+siedzibie\s*$", re.IGNORECASE)
_PARTNER_LEFT = re.compile(r"współprac\w*\s+z(e)?\s*$|partner\w*\s*(:|był\w*|jest)?\s*$", re.IGNORECASE)
#: Active forms only: a passive participle's noun is what was organized ("Chór X prowadzony przez Y"), not
#: its organizer; the agent after "przez" is found by `organizing_agent`.
_VERB_POS = frozenset(("praet", "fin", "ger", "pact", "inf"))


def _sentence_verbs(ctx: Context, start: int, end: int) -> tuple[frozenset[str], bool, bool]:
    """(lower-cased lemmas of the sentence's tokens, any organizer verb?, any weak organizer verb?) of the
    sentence of tokens [start, end), computed once per sentence."""
    memo = ctx.memo(_sentence_verbs)
    found = memo.get(start)
    if found is None:
        f = ctx.features
        lemmas: set[str] = set()
        verbs = weak = False
        for k in range(start, end):
            lemmas.add(f.lemma[k].lower())
            _, lowered, organizer_verb, weak_verb = _verb_facts(f.morfs[k])
            lemmas |= lowered
            verbs = verbs or organizer_verb
            weak = weak or weak_verb
        found = memo[start] = (frozenset(lemmas), verbs, weak)
    return found


#: id(readings) -> (readings, their lower-cased lemmas, an organizer verb among them?, a weak one?): the tuples
#: recur across documents (the analysis cache); an entry keeps its tuple, so the id is not reused while it lives.
_VERB_FACTS: dict[int, tuple[tuple[Analysis, ...], frozenset[str], bool, bool]] = {}


def _verb_facts(morf: tuple[Analysis, ...]) -> tuple[tuple[Analysis, ...], frozenset[str], bool, bool]:
    entry = _VERB_FACTS.get(id(morf))
    if entry is None or entry[0] is not morf:
        verb_lemmas = {a.lemma for a in morf if a.pos in _VERB_POS}
        if len(_VERB_FACTS) > 50_000:  # bounded: cleared when large
            _VERB_FACTS.clear()
        entry = _VERB_FACTS[id(morf)] = (morf, frozenset(a.lemma.lower() for a in morf),
                                         bool(verb_lemmas & ORGANIZER_VERBS), bool(verb_lemmas & WEAK_ORGANIZER_VERBS))
    return entry


_ADDRESS_LINE = re.compile(r"^\s*(?:ul\.|al\.|pl\.|os\.|tel\.|\d{2}-\d{3}\b)", re.IGNORECASE)


def co_organizer_score(ctx: Context, mention: Mention) -> float:
    """How strongly the text says this organization co-organized the event: "we współpracy z X",
    "współorganizatorem był X", "partnerami byli X", "przy współudziale Gminy X, Y" (past names coordinated
    after the cue that are not organizations of their own), or a label line "Współorganizatorzy:" above (1.0);
    a partner of the event itself ("Partnerem festynu był X") acts as a body but co-organizes nothing (0.4); a cue
    said of an earlier edition ("Rok temu festyn zorganizowano we współpracy z X") is none (0.0)."""
    if earlier_occasion(ctx, mention.start):
        return 0.0
    left = ctx.left(mention.start, 70)
    wide = _LAST_JOIN.sub(",", ctx.left(mention.start, 160))  # "partnerami byli X, Y oraz Z": Z closes the list
    if _CO_ORGANIZER_LEFT.search(left) or any(_CO_ORGANIZER_LEFT.search(names.sub("", wide))
                                              for names in (_COORDINATED_NAMES, _COORDINATED_QUALIFIED)):
        return 1.0
    people = people_before(ctx, mention.start, "inst")
    if people is not None and _CO_ORGANIZER_LEFT.search(ctx.left(people, 70)):
        return 1.0  # "we współpracy z uczniami Szkoły X": the body's people stand for it (settled 407/408)
    if _label_above(ctx, mention, _CO_LABEL) or _co_subject(ctx, mention):
        return 1.0
    return 0.4 if _EVENT_PARTNER_LEFT.search(left) or any(_EVENT_PARTNER_LEFT.search(names.sub("", wide)) for names in (
        _COORDINATED_NAMES, _COORDINATED_QUALIFIED)) else 0.0  # "Partnerem festynu był X": a body, no co-organizer


def _co_subject(ctx: Context, mention: Mention) -> bool:
    """"Fundacja X współorganizowała festyn": the name is the subject of "współorganizować", a co-organizer."""
    sent = ctx.sentence_of(mention.start)
    return sent is not None and _CO_VERBS <= _sentence_verbs(ctx, sent.start, sent.end)[0] and could_be_subject(
        ctx, mention) and verb_in_reach(ctx, mention.end, sent.start, sent.end, _CO_VERBS)


_CO_VERBS = frozenset({"współorganizować"})
#: "Partnerem festynu był X", "Partnerem medialnym był X", "Partnerzy wydarzenia:": a partner of the event itself.
_EVENT_PARTNER_LEFT = re.compile(r"partner\w*\s*(?:[a-ząćęłńóśźż]+\s+)?(?:był\w*|byli|są|:)\s*$", re.IGNORECASE)


def listed_organizer(ctx: Context, mention: Mention) -> bool:
    """"Organizatorami byli Ośrodek X oraz Gmina Y": a name that closes or continues a list of capitalised names
    opened by an organizer cue shares the cue (the list's first name alone gets `organizer_score`)."""
    wide = _LAST_JOIN.sub(",", ctx.left(mention.start, 160))
    if wide == ctx.left(mention.start, 160) and not wide.rstrip().endswith(","):
        return False  # no coordination before the mention: the plain cue is `organizer_score`'s
    return any((peeled := names.sub("", wide)) != wide and _ORGANIZER_LEFT.search(peeled)
               for names in (_COORDINATED_NAMES, _COORDINATED_QUALIFIED))


_LAST_JOIN = re.compile(r"(?<=\w)\s+(?:i|oraz)\s*$")
#: Capitalised names coordinated before a mention ("Gminy Poniatowa, ", "zgierski PTTK, "): peeled off to reach the
#: cue before them.
_COORDINATED_NAMES = re.compile(r"(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w\-]*(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w\-.]*|w|we|im\.))*\s*,)+\s*$")
#: The same names, each possibly after a lower-case adjective ("zgierski PTTK, "), tried when the plain ones miss.
_COORDINATED_QUALIFIED = re.compile(r"(?:\s+(?:[a-ząćęłńóśźż]{4,}\s+)?[A-ZĄĆĘŁŃÓŚŹŻ][\w\-]*"
                                    r"(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w\-.]*|w|we|im\.))*\s*,)+\s*$")
#: A label line above a list of bodies: "Organizatorzy:", "Pomysłodawcy i organizatorzy:", "Współorganizator:".
_ORG_LABEL = re.compile(r"(?<!współ)organizator\w*\s*:\s*$", re.IGNORECASE)
_CO_LABEL = re.compile(r"współorganizator\w*\s*:\s*$|współpraca\s*:\s*$|partner\w*(?:\s+projektu)?\s*:\s*$",
                       re.IGNORECASE)


def _label_above(ctx: Context, mention: Mention, label: re.Pattern[str]) -> bool:
    """The mention opens its line and the line above (blank lines skipped) is a short label ending in ":"."""
    line_start = ctx.norm.rfind("\n", 0, mention.start) + 1
    if ctx.norm[line_start:mention.start].strip(" -–•*\t"):
        return False
    above = ctx.norm[:line_start].rstrip()
    line = above[above.rfind("\n") + 1:]
    return len(line) <= 60 and bool(label.search(line))


def _is_signature(ctx: Context, mention: Mention) -> bool:
    """An organization alone on a line near the end, above its address or followed by it on its line
    ("Powiatowy Urząd Pracy w X, tel. …"): the report's author."""
    line_start = ctx.norm.rfind("\n", 0, mention.start) + 1
    line_end = ctx.norm.find("\n", mention.end)
    line_end = len(ctx.norm) if line_end < 0 else line_end
    if ctx.norm[line_start:mention.start].strip() or mention.start < 0.6 * len(ctx.norm):
        return False
    rest = ctx.norm[mention.end:line_end].strip(" ,.")
    return bool(_ADDRESS_LINE.match(rest)) if rest else bool(_ADDRESS_LINE.match(ctx.norm[line_end + 1:line_end + 40]))
