"""Offset-keeping normalization: every replacement is one character for one character.

Shouted stretches ("WYJAZD DO NYSY") are put in a readable case (`pipeline.text.caps`), so the rules read them
as ordinary text.

Extractors match on the normalized copy; mentions slice the original text at the
same offsets, so `mention.text == document.text[start:end]` holds by construction.
"""

from __future__ import annotations

import re

from pipeline.text.caps import readable_view

_FOLD = {
    # spaces
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
    "\u3000": " ", "\t": " ", "\u00ad": "-",
    # dashes and minus
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    # quotes
    "\u201e": '"', "\u201d": '"', "\u201c": '"', "\u201f": '"', "\u00bb": '"', "\u00ab": '"',
    "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u00b4": "'", "`": "'",  # acute accent and backtick typed for an apostrophe: "Wenders´a", "Moore`a"
    # bullets left by scraped lists
    "\u00b7": " ", "\u2022": " ", "\u25cf": " ", "\u25aa": " ", "\uf0b7": " ",
}
_TABLE = str.maketrans(_FOLD)
#: The characters `_FOLD` replaces: found by a regular expression and replaced one by one, ten times faster than
#: `str.translate` with a table on non-ASCII text (they are rare; every other character is left alone either way).
_FOLDABLE = re.compile("[" + "".join(re.escape(c) for c in _FOLD) + "]")


def _fold(m: re.Match[str]) -> str:
    return _FOLD[m.group()]


#: Runs of one punctuation character longer than this become spaces (same length): spaCy's
#: tokenizer is quadratic on long runs of opening punctuation ("„„„„…"), and no report needs them.
MAX_PUNCT_RUN = 50
_PUNCT_RUN = re.compile(r"([^\w\s])\1{" + str(MAX_PUNCT_RUN) + ",}")


#: A line break inside a sentence of hard-wrapped prose: a long line that ends in a lower-case letter or a comma,
#: and a next line that goes on in lower case ("… Starostwa Powiatowego\nw Lipnie – Anna Kos"). It becomes a space
#: in the matching copy, so phrases (titles, names, seats) run on across it; lists, menus and headings, whose lines
#: are short or start with a capital, a digit or a bullet, keep their breaks.
SOFT_WRAP_MIN_LINE = 50
_SOFT_WRAP = re.compile(r"(?<=[a-ząćęłńóśźż,])[ \t]*\n(?=[a-ząćęłńóśźż])")


def _soft_wraps(text: str) -> str:
    if "\n" not in text:
        return text
    out = list(text)
    changed = False
    for m in _SOFT_WRAP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start >= SOFT_WRAP_MIN_LINE:
            out[m.end() - 1] = " "
            changed = True
    return "".join(out) if changed else text


def normalize(text: str) -> str:
    """Fold typographic variants and soft line wraps; the result has exactly the length of the input."""
    folded = _PUNCT_RUN.sub(lambda m: " " * len(m.group(0)), _soft_wraps(_FOLDABLE.sub(_fold, text)))
    folded = readable_view(folded)
    assert len(folded) == len(text)
    return folded
