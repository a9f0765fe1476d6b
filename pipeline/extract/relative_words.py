"""The word patterns of relative dates (`relative_dates`): the cues that put a sentence about the event or
announce one, and the phrases of a weekend and of a day of the current month. Kept apart so that other stages
(`resolve_event`, `resolve_entities`) read the same cues without the resolution rules.
"""

from __future__ import annotations

import re

WEEKDAY_LEMMAS = {"poniedziałek": 0, "wtorek": 1, "środa": 2, "czwartek": 3, "piątek": 4, "sobota": 5,
                  "niedziela": 6}

#: verbs and nouns that make a sentence about the event itself
EVENT_CUE = re.compile(
    r"\b(odby\w+|odbywa\w*|odbędzie|miał\w*\s+miejsce|zorganizowa\w+|zorganizowan\w*|spotka\w+|gości\w*|"
    r"uczestnicz\w+|udział|wzię\w+|przyjecha\w+|zawita\w+|rozpocz\w+|zakończ\w+|otworzy\w+|"
    r"szkoleni\w*|warsztat\w*|konferencj\w*|spotkani\w*|seminari\w*|wizyt\w*|festyn\w*|piknik\w*|"
    r"konkurs\w*|zebrani\w*|forum|targ\w*|wyjazd\w*|uroczystoś\w+|debat\w*|"
    r"rozegra\w+|turniej\w*|zawod(?:y|ach|ów|om|ami)|mecz\w*|mistrzostw\w*|olimpiad\w*|kurs\w*|festiwal\w*|"
    r"jarmark\w*|kiermasz\w*|dożyn\w+|koncert\w*|wycieczk\w*|rajd\w*|zjazd\w*|posiedzeni\w*|sesj\w+|"
    r"narad\w*|jubileusz\w*|obchod\w*|"
    # what a group did on the day: "przedwczoraj uczniowie odwiedzili muzeum", "w sobotę rywalizowali"
    r"odwiedzi\w+|zwiedza\w*|zwiedzi\w+|pojecha\w+|wyjecha\w+|wybra(?:ł|ła|li|ły)\s+się|bawi\w+\s+się|"
    r"świętowa\w+|uczci\w+|wystąpi\w+|rywalizowa\w+)\b", re.IGNORECASE)
#: verbs that say the event happened (or will): a date in their sentence is the event's
EVENT_VERB = re.compile(r"\b(odby(?:ł|ła|ło|li|ły)\s+się|odbywa\w*\s+się|odbędzie\s+się|odbędą\s+się|"
                        r"miał\w*\s+miejsce|rozpoczął\w*\s+się|rozpoczęł\w*\s+się|zakończył\w*\s+się|"
                        r"zakończyło\s+się|trwał\w*|rozpocznie\s+się|rozpoczną\s+się|potrwa(?:ją)?\b|ruszy\b|ruszą\b|"
                        r"zagra(?:ją)?\b|wystąpi(?:ą)?\b|"
                        r"zaplanowan\w*|zaplanowano|zorganizowa\w+|przeprowadz\w+|zrealizowa\w+|realizowan\w+|"
                        r"gości\w*|spotkali\s+się|świętowa\w+|"
                        # a group setting off to it: "pojechali na wycieczkę", "wybrali się na rajd", "udali się na"
                        r"(?:po|wy)jecha(?:ł|ła|ło|li|ły)\s+na\b|(?:wy)?bra(?:ł|ła|li|ły)\s+się\s+na\b|"
                        r"uda(?:ł|ła|li|ły)\s+się\s+na\b)", re.IGNORECASE)
#: future or invitation: the sentence announces rather than reports
FUTURE_CUE = re.compile(r"\b(odbędzie|odbędą|będzie|będą|zapraszamy|zaprasza\w*|zapisy|zgłoszenia|"
                        r"planowan\w*|zaplanowan\w*|zostan\w+|zapowiedzian\w*|zapowiada\w*|powin\w+|planuj\w+|"
                        r"zamierza\w*|rozpocznie|zakończy|ruszy)\b", re.IGNORECASE)

#: "13 bm.", "w dniu 5 b.m.", "20-go bieżącego miesiąca": a day of the reference date's month; "w dniach 3-4 bm.",
#: "7 i 8 b.m.": days of it (`d1` the first); "28 ub. m.", "28 ubiegłego miesiąca" (group `last`): of the month before
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
THIS_MONTH = re.compile(rf"(?<![\d.,])(?:(?P<d1>{_DAY})(?:-?go)?\.?(?:\s*[-–]\s*|\s+(?:i|oraz|do)\s+))?"
                        rf"(?<![\d.,])(?P<d>{_DAY})(?:-?go)?\s*(?:b\.\s?m\.|bm\.?(?!\w)|"
                        r"bież\.\s*m(?:ies)?\.|bieżącego\s+miesiąca\b|"
                        r"(?P<last>ub\.\s?m(?:ies)?\.|(?:ubiegłego|zeszłego|poprzedniego)\s+miesiąca\b))", re.IGNORECASE)
THIS_MONTH_HINT = re.compile(r"b\.\s?m\.|bm|bież|ub\.\s?m|miesiąca", re.IGNORECASE)

#: "w miniony weekend", "podczas ostatniego weekendu", "w ten weekend": a Saturday and its Sunday
WEEKEND = re.compile(r"(?<![\w-])(?:(?:w|we|przez|podczas|na)\s+)?(?:(?P<mod>[a-ząćęłńóśźż]{2,13})\s+)?"
                   r"(?P<w>week-?end(?:u|zie|em)?)(?![\w-])", re.IGNORECASE)
WEEKEND_HINT = re.compile(r"week-?end", re.IGNORECASE)

_WEEKDAY_GEN = r"(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli)"
#: "od poniedziałku do piątku": a run of weekdays
WEEKDAY_RANGE = re.compile(rf"(?<![\w-])od\s+(?P<a>{_WEEKDAY_GEN})\s+do\s+(?P<b>{_WEEKDAY_GEN})(?![\w-])", re.IGNORECASE)
WEEKDAY_RANGE_HINT = re.compile(r"od\s+(?:poniedział|wtor|środ|czwart|piąt|sobot|niedziel)", re.IGNORECASE)
#: the week a weekday stands in, right beside it: "w ubiegłym tygodniu, w czwartek", "tydzień temu, w czwartek"
_WEEK_PHRASE = (r"(?:w\s+(?P<mod>ubiegłym|minionym|zeszłym|ostatnim|przeszłym|tym|bieżącym|przyszłym|najbliższym|ub\.)\s*"
                r"tygodniu|(?P<ago>tydzień\s+temu|przed\s+tygodniem))")
_WEEK_BEFORE = re.compile(_WEEK_PHRASE + r"[\s,]*$", re.IGNORECASE)
_WEEK_AFTER = re.compile(r"[\s,]*" + _WEEK_PHRASE, re.IGNORECASE)
WEEK_SHIFT = {"ub.": -1, "ubiegłym": -1, "minionym": -1, "zeszłym": -1, "ostatnim": -1, "przeszłym": -1, "tym": 0,
              "bieżącym": 0, "przyszłym": 1, "najbliższym": 1}


def week_beside(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """(weeks from the reference date's week, the phrase's span) of a week phrase right before or after [start, end)."""
    lo = max(0, start - 40)
    m = _WEEK_BEFORE.search(text, lo, start)
    if m is None:
        m = _WEEK_AFTER.match(text, end, end + 40)
    if m is None:
        return None
    shift = -1 if m["ago"] else WEEK_SHIFT[m["mod"].lower()]
    return shift, (m.start("mod") if m["mod"] else m.start("ago"), m.end())
