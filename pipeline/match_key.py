"""The matching key of a string, shared by the evaluator and the learned models' features.

It lives apart from `pipeline.evaluate` so that the extraction, whose learned models compare names
by this key, does not import the evaluator and the gold-file models at start-up."""

from __future__ import annotations

import unicodedata
from typing import Any

_FOLD = str.maketrans({
    "\u201e": '"', "\u201d": '"', "\u201c": '"', "\u201f": '"', "\u00bb": '"', "\u00ab": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00ad": None, "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})


def norm(value: Any) -> str | None:
    """The matching key of a string (NFC, quotes and dashes folded, whitespace collapsed, lower case;
    see `pipeline.evaluate`); None stays None."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).translate(_FOLD)
    return " ".join(text.split()).lower()
