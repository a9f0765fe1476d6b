"""The role of a date mention from its context: legal acts, project periods, publication stamps,
deadlines and file-name timestamps are never the event's date."""

from __future__ import annotations

import re

from pipeline.models import DateMention
from pipeline.text.context import Context

_LEGAL = re.compile(
    r"(ustaw|rozporządz|uchwał|zarządzeni|dz\.\s?u|dziennik\w* ustaw|obwieszcz|decyzj|"
    r"kodeks|dyrektyw|porozumieni\w* nr|umow\w* nr)[^.\n]{0,45}$", re.IGNORECASE)
_PROJECT = re.compile(
    r"(okres\w* realizacji|realizacj\w* projektu|projekt\w*[^.\n]{0,30}(realizowan|trwa)|"
    r"czas trwania|okres\w* (?:trwania|obowiązywania))[^.\n]{0,40}$", re.IGNORECASE)
_PUBLICATION = re.compile(
    r"(opublikowan\w*|data publikacji|data dodania|dodan[oy]|utworzon[oy]|aktualizacj\w*|"
    r"zmodyfikowan\w*|posted|published|wpis z dnia|autor:?[^\n]{0,30})\s*:?\s*(?:dnia\s+)?$",
    re.IGNORECASE)
STREET = re.compile(r"\b(ul|al|pl|os|ulica|ulicy|ulicę|alei|aleja|placu|plac|osiedle|rondo)\.?\s*$",
                     re.IGNORECASE)
_DEADLINE = re.compile(r"(termin\w*\s+(?:zgłosze|nadsyłani|składani|przyjmowani|nabor)\w*|zgłosze\w*|nabór|naboru|"
                       r"do dnia|najpóźniej|przyjmujemy)"
                       r"[^.\n]{0,30}$", re.IGNORECASE)
_FILE_LEFT = re.compile(r"(img|dsc|foto|photo|zdj|pic|p)[_-]?\w*$|[_/\\]$", re.IGNORECASE)
_FILE_RIGHT = re.compile(r"^(?:[_ ]\d{1,2}[.:_]\d{2}(?:[.:_]\d{2})?|[_.](?:jpe?g|png|gif|pdf|docx?))",
                         re.IGNORECASE)
_LEAD_IN = re.compile(r"\b(w\s+dniu|w\s+dniach|dnia|dn\.|w\s+terminie|odbył\w*\s+się|"
                      r"w\s+(?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)|"
                      r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\W{0,3}$",
                      re.IGNORECASE)


#: furniture kind -> the role its dates get (docs/annotation.md)
FURNITURE_ROLES = {"publication_date": "publication", "byline": "publication", "crawl_header": "timestamp",
                   "calendar": "timestamp", "caption": "timestamp", "menu": "timestamp"}


def date_role(ctx: Context, start: int, end: int) -> str:
    furniture = ctx.furniture_at(start)
    if furniture is not None:
        return FURNITURE_ROLES[furniture]
    left = ctx.left(start, 90)
    right = ctx.right(end, 12)
    if _FILE_LEFT.search(left[-12:]) or _FILE_RIGHT.match(right):
        return "timestamp"
    if _LEGAL.search(left):
        return "legal_act"
    if _PROJECT.search(left):
        return "project_period"
    if _PUBLICATION.search(left[-40:]):
        return "publication"
    if _DEADLINE.search(left[-45:]):
        return "other"
    return "event"


def has_lead_in(ctx: Context, mention: DateMention) -> bool:
    return bool(_LEAD_IN.search(ctx.left(mention.start, 40)))
