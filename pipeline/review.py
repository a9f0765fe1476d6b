"""A self-contained HTML page to review what the extractor found.

``pl-events review INPUT... -o review.html`` writes one file: inline CSS and JS (kept in
``pipeline/data/review.{html,css,js}``), no network, no external assets (a
Content-Security-Policy forbids any). The data is
embedded as JSON in a ``<script type="application/json">`` block with ``<``, ``>``
and ``&`` escaped, and the page builds its DOM with ``textContent`` only, so no text
from a report is ever parsed as HTML.

The page lists the reports with the fields they lack (per a profile, ``eu-project``
by default) and unreadable inputs. For the selected report it shows the text with
every extracted span highlighted by kind, and the record beside it; clicking a value
scrolls its span into view and flashes it (clicking again cycles through its
mentions); clicking a highlighted span flashes the values that use it.

Offsets are code-point offsets into the decoded text (as in the records); the page
slices the text by code points, so characters outside the BMP do not shift spans.
Overlapping spans are nested: a span inside another is a child element; a span that
crosses another's boundary is cut into fragments (``data-frag``), each carrying the
span's id, kind and offsets (``data-span``, ``data-kind``, ``data-start``, ``data-end``).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.check import Processed, Profile, lacks
from pipeline.models import Mention, Report

KINDS = ("date", "place", "person", "role", "organization", "attendance", "event_type")


class _Spans:
    """Collect mentions as spans, one id per (kind, start, end)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[dict[str, Any]] = []
        self.by_key: dict[tuple[str, int, int], str] = {}
        self.problems: list[str] = []

    def add(self, kind: str, mention: Mention | None, label: str) -> list[str]:
        if mention is None:
            return []
        start, end = mention.start, mention.end
        if not (0 <= start < end <= len(self.text)):
            self.problems.append(f"{kind} {mention.text!r}: offsets {start}-{end} outside the text")
            return []
        if self.text[start:end] != mention.text:
            self.problems.append(f"{kind} {mention.text!r}: text at {start}-{end} is {self.text[start:end]!r}")
        key = (kind, start, end)
        if key not in self.by_key:
            sid = f"s{len(self.spans)}"
            self.by_key[key] = sid
            tip = f"{kind}: {label}"
            if mention.rule:
                tip += f" [{mention.extractor} {mention.rule}, {mention.confidence:.2f}]"
            self.spans.append({"id": sid, "kind": kind, "start": start, "end": end, "text": mention.text, "label": tip})
        return [self.by_key[key]]


def _item(label: str, value: Any, kind: str | None, spans: list[str], note: str = "") -> dict[str, Any]:
    return {"label": label, "value": "" if value is None else str(value), "kind": kind, "spans": spans, "note": note}


def report_data(report: Report, text: str, source: str, profile: Profile) -> dict[str, Any]:
    """What the page needs for one report: text, spans and the record as labelled sections."""
    sp = _Spans(text)
    ev = report.event
    sections: list[dict[str, Any]] = []

    date = None if ev.date_start is None else (
        ev.date_start if ev.date_end in (None, ev.date_start) else f"{ev.date_start} – {ev.date_end}")
    att = ev.attendance
    att_spans = [s for m in att.evidence for s in sp.add("attendance", m, f"total {att.total}")]
    event_items = [
        _item("type", ev.type, "event_type", sp.add("event_type", ev.type_evidence, ev.type)),
        _item("date", date, "date", sp.add("date", ev.date_evidence, str(date))),
        _item("organizer", ev.organizer, "organization",
              sp.add("organization", ev.organizer_evidence, f"organizer {ev.organizer}")),
        _item("attendance", att.total, "attendance", att_spans, "approximate" if att.approximate else ""),
        _item("women", att.women, "attendance", att_spans, "derived" if att.women_derived else ""),
        _item("men", att.men, "attendance", att_spans, "derived" if att.men_derived else ""),
    ]
    sections.append({"title": "Event", "items": event_items})

    people = []
    for p in report.people:
        spans = [s for m in p.mentions for s in sp.add("person", m, f"{p.name} ({p.part})")]
        name = f"{p.honorific} {p.name}" if p.honorific else p.name
        people.append(_item(p.part.replace("_", " "), name, "person", spans))
        for r in p.roles:
            title = f"{r.title}, {r.organization}" if r.organization else r.title
            people.append(_item("  role", title, "role", sp.add("role", r.mention, f"{p.name}: {title}")))
    sections.append({"title": "People", "items": people})

    orgs = []
    for o in report.organizations:
        spans = [s for m in o.mentions for s in sp.add("organization", m, o.name)]
        orgs.append(_item("name", o.name, "organization", spans, f"({o.acronym})" if o.acronym else ""))
    sections.append({"title": "Organizations", "items": orgs})

    places = []
    for pl in report.places:
        spans = [s for m in pl.mentions for s in sp.add("place", m, f"{pl.name} ({pl.kind})")]
        where = ", ".join(x for x in (pl.teryt.gmina, pl.teryt.powiat, pl.teryt.wojewodztwo) if x) if pl.teryt else ""
        places.append(_item(pl.kind, pl.name, "place", spans, f"TERYT: {where}" if where else ""))
    sections.append({"title": "Places", "items": places})

    dates = []
    for d in report.dates:
        value = d.date_start or d.partial or "?"
        if d.date_end and d.date_end != d.date_start:
            value += f" – {d.date_end}"
        dates.append(_item(d.role.replace("_", " "), value, "date", sp.add("date", d, f"{d.role}: {value}"),
                           "year inferred" if d.year_inferred else ""))
    sections.append({"title": "All dates", "items": dates})

    figures = []
    for a in report.attendance:
        parts = [f"{a.total}" if a.total is not None else "?"]
        if a.women is not None or a.men is not None:
            parts.append(f"({a.women if a.women is not None else '?'} K, {a.men if a.men is not None else '?'} M)")
        label = " ".join(parts)
        figures.append(_item(a.role, label, "attendance", sp.add("attendance", a, f"{a.role}: {label}"),
                             a.group or ""))
    sections.append({"title": "All attendance figures", "items": figures})

    return {
        "id": report.document.id,
        "source": source,
        "encoding": report.document.encoding,
        "text": text,
        "missing": lacks(report, profile),
        "missing_all": list(report.missing),
        "warnings": list(report.warnings) + sp.problems,
        "spans": sp.spans,
        "sections": sections,
        "record": report.model_dump(mode="json"),
    }


def page_data(items: Iterable[Processed], profile: Profile) -> dict[str, Any]:
    reports = []
    for item in items:
        if item.error is not None:
            reports.append({"id": Path(item.source).stem, "source": item.source,
                            "error": f"{item.error.kind}: {item.error.message}"})
        else:
            assert item.report is not None and item.document is not None
            reports.append(report_data(item.report, item.document.text, item.source, profile))
    return {"profile": profile.model_dump(), "kinds": list(KINDS), "reports": reports}


def embed_json(data: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or open a comment."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@cache
def _asset(name: str) -> str:
    """The page's template, CSS or JS (pipeline/data/review.*): kept as files so they read as HTML/CSS/JS."""
    return resources.files("pipeline").joinpath("data", name).read_text(encoding="utf-8")


def render(items: Iterable[Processed], profile: Profile, title: str = "pl-events review") -> str:
    """The whole page as one string: the template with its CSS, JS and the data inlined."""
    data = page_data(items, profile)
    return (_asset("review.html").replace("__TITLE__", html.escape(title))
            .replace("__CSS__", _asset("review.css")).replace("__JS__", _asset("review.js"))
            .replace("__DATA__", embed_json(data)))


def write_review(items: Iterable[Processed], profile: Profile, out: str | Path, title: str = "pl-events review") -> int:
    """Write the page; returns the number of reports in it."""
    items = list(items)
    Path(out).write_text(render(items, profile, title), encoding="utf-8")
    return len(items)
