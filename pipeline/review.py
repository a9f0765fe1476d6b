"""A self-contained HTML page to review what the extractor found.

``pl-events review INPUT... -o review.html`` writes one file: inline CSS and JS, no
network, no external assets (a Content-Security-Policy forbids any). The data is
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


def render(items: Iterable[Processed], profile: Profile, title: str = "pl-events review") -> str:
    data = page_data(items, profile)
    return (_TEMPLATE.replace("__TITLE__", html.escape(title))
            .replace("__CSS__", _CSS).replace("__JS__", _JS).replace("__DATA__", embed_json(data)))


def write_review(items: Iterable[Processed], profile: Profile, out: str | Path, title: str = "pl-events review") -> int:
    """Write the page; returns the number of reports in it."""
    items = list(items)
    Path(out).write_text(render(items, profile, title), encoding="utf-8")
    return len(items)


_TEMPLATE = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>__CSS__</style>
</head>
<body>
<aside id="side">
  <h1>__TITLE__</h1>
  <p id="profile"></p>
  <ul id="reports"></ul>
</aside>
<main id="main">
  <header id="head">
    <h2 id="doc-title"></h2>
    <div id="legend"></div>
  </header>
  <div id="panes">
    <section id="text-pane"><pre id="text"></pre></section>
    <section id="record-pane"><div id="record"></div></section>
  </div>
</main>
<script type="application/json" id="review-data">__DATA__</script>
<script>__JS__</script>
</body>
</html>
"""

_CSS = """
:root { --date:#2f7ed8; --place:#2e9e44; --person:#d9480f; --role:#ae3ec9; --organization:#e8a500;
  --attendance:#0c8599; --event_type:#c2255c; --bad:#c92a2a; }
* { box-sizing: border-box; }
html, body { margin:0; height:100%; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color:#1d1d1f; background:#f6f6f4; }
body { display:flex; }
#side { width:270px; flex:none; height:100vh; overflow:auto; border-right:1px solid #ddd; background:#fff; padding:10px; }
#side h1 { font-size:16px; margin:4px 0 6px; }
#profile { font-size:12px; color:#555; margin:0 0 8px; }
#reports { list-style:none; margin:0; padding:0; }
#reports li button { width:100%; text-align:left; border:0; background:none; padding:5px 6px; border-radius:4px;
  cursor:pointer; font:inherit; display:block; }
#reports li button:hover { background:#f0f0ee; }
#reports li button.current { background:#e3ecfa; }
#reports .rid { display:block; font-weight:600; word-break:break-all; }
.badge { display:inline-block; font-size:11px; padding:0 5px; margin:1px 2px 1px 0; border-radius:8px;
  background:#fde2e2; color:var(--bad); border:1px solid #f5b5b5; }
.badge.ok { background:#e6f6ea; color:#2b8a3e; border-color:#b2e0bd; }
.badge.err { background:var(--bad); color:#fff; border-color:var(--bad); }
#main { flex:1; min-width:0; height:100vh; display:flex; flex-direction:column; }
#head { padding:8px 14px; border-bottom:1px solid #ddd; background:#fff; }
#head h2 { margin:0 0 4px; font-size:16px; }
#legend label { margin-right:10px; font-size:12px; white-space:nowrap; cursor:pointer; }
#legend .sw { display:inline-block; width:10px; height:10px; border-radius:2px; margin:0 3px 0 2px; vertical-align:-1px; }
#panes { flex:1; display:flex; min-height:0; }
#text-pane { flex:3; overflow:auto; padding:14px; min-width:0; }
#record-pane { flex:2; overflow:auto; padding:10px 14px; border-left:1px solid #ddd; background:#fff; min-width:0; }
#text { white-space:pre-wrap; word-wrap:break-word; font:14px/1.7 Georgia, "DejaVu Serif", serif; margin:0;
  background:#fff; padding:14px 16px; border:1px solid #e2e2e2; border-radius:6px; }
mark.hl { background:transparent; color:inherit; border-radius:2px; cursor:pointer; padding:0; }
mark.hl.k-date { background:rgba(47,126,216,.18); box-shadow: inset 0 -2px var(--date); }
mark.hl.k-place { background:rgba(46,158,68,.18); box-shadow: inset 0 -2px var(--place); }
mark.hl.k-person { background:rgba(217,72,15,.16); box-shadow: inset 0 -2px var(--person); }
mark.hl.k-role { background:rgba(174,62,201,.15); box-shadow: inset 0 -2px var(--role); }
mark.hl.k-organization { background:rgba(232,165,0,.2); box-shadow: inset 0 -2px var(--organization); }
mark.hl.k-attendance { background:rgba(12,133,153,.18); box-shadow: inset 0 -2px var(--attendance); }
mark.hl.k-event_type { background:rgba(194,37,92,.16); box-shadow: inset 0 -2px var(--event_type); }
body.hide-date mark.k-date, body.hide-place mark.k-place, body.hide-person mark.k-person,
body.hide-role mark.k-role, body.hide-organization mark.k-organization,
body.hide-attendance mark.k-attendance, body.hide-event_type mark.k-event_type { background:transparent; box-shadow:none; }
@keyframes flash { 0%,100% { outline-color:transparent; } 20%,60% { outline-color:#ff3b30; background-color:#ffe066; } }
.flash { outline:3px solid transparent; animation: flash 1.4s ease-in-out 1; }
#record h3 { font-size:13px; text-transform:uppercase; letter-spacing:.04em; color:#666; margin:14px 0 4px; }
#record table { border-collapse:collapse; width:100%; }
#record td { padding:2px 4px; vertical-align:top; border-bottom:1px solid #f0f0f0; }
#record td.lab { color:#666; white-space:pre; width:1%; font-size:12px; }
button.val { font:inherit; text-align:left; border:1px solid transparent; background:none; padding:0 3px; border-radius:3px;
  cursor:pointer; border-left:3px solid #999; }
button.val:hover { background:#f3f3f3; }
button.val.nospan { cursor:default; border-left-color:#ddd; color:#444; }
button.val.k-date { border-left-color:var(--date); } button.val.k-place { border-left-color:var(--place); }
button.val.k-person { border-left-color:var(--person); } button.val.k-role { border-left-color:var(--role); }
button.val.k-organization { border-left-color:var(--organization); }
button.val.k-attendance { border-left-color:var(--attendance); } button.val.k-event_type { border-left-color:var(--event_type); }
.none { color:var(--bad); font-style:italic; }
.note { color:#777; font-size:12px; margin-left:4px; }
.count { color:#999; font-size:11px; margin-left:3px; }
.warn { color:#8a5a00; font-size:12px; }
.error-box { color:var(--bad); padding:12px; border:1px solid #f5b5b5; background:#fff5f5; border-radius:6px; }
details pre { font-size:11px; white-space:pre-wrap; word-break:break-all; background:#fafafa; padding:6px; }
"""

_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("review-data").textContent);
  var KIND_NAMES = {date: "date", place: "place", person: "person", role: "role",
    organization: "organization", attendance: "attendance", event_type: "event type"};
  var FIELD_NAMES = {event_type: "event type", date: "date", place: "place", organizer: "organizer",
    attendance_total: "attendance", attendance_split: "women/men split"};
  var current = -1;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function badge(text, cls) { return el("span", {"class": "badge" + (cls ? " " + cls : "")}, text); }

  // --- the list of reports ---
  function buildList() {
    var p = DATA.profile;
    document.getElementById("profile").textContent =
      "Profile " + p.name + ": " + p.required.map(function (f) { return FIELD_NAMES[f] || f; }).join(", ");
    var ul = document.getElementById("reports");
    DATA.reports.forEach(function (r, i) {
      var li = el("li");
      var b = el("button", {"type": "button", "data-index": String(i), "id": "item-" + i});
      b.appendChild(el("span", {"class": "rid"}, r.id || r.source));
      if (r.error) {
        b.appendChild(badge("error", "err"));
      } else if (r.missing.length) {
        r.missing.forEach(function (f) { b.appendChild(badge("no " + (FIELD_NAMES[f] || f))); });
      } else {
        b.appendChild(badge("complete", "ok"));
      }
      b.addEventListener("click", function () { select(i); });
      li.appendChild(b);
      ul.appendChild(li);
    });
  }

  function buildLegend() {
    var lg = document.getElementById("legend");
    DATA.kinds.forEach(function (k) {
      var lab = el("label");
      var cb = el("input", {"type": "checkbox", "data-kind": k});
      cb.checked = true;
      cb.addEventListener("change", function () { document.body.classList.toggle("hide-" + k, !cb.checked); });
      lab.appendChild(cb);
      var sw = el("span", {"class": "sw"});
      sw.style.background = "var(--" + k + ")";
      lab.appendChild(sw);
      lab.appendChild(document.createTextNode(KIND_NAMES[k] || k));
      lg.appendChild(lab);
    });
  }

  // --- the text with nested highlights ---
  // Offsets are code points; cps[i] is the i-th code point of the text.
  function slice(cps, a, b) { return cps.slice(a, b).join(""); }

  function order(a, b) { return a.start - b.start || b.end - a.end || DATA.kinds.indexOf(a.span.kind) - DATA.kinds.indexOf(b.span.kind); }

  function build(parent, cps, from, to, pieces) {
    var pos = from;
    pieces = pieces.slice().sort(order);
    while (pieces.length) {
      var top = pieces.shift();
      if (top.start < pos) {  // starts inside an earlier sibling: already cut, skip what is covered
        if (top.end <= pos) continue;
        top = {span: top.span, start: pos, end: top.end, frag: true};
      }
      if (top.start > pos) parent.appendChild(document.createTextNode(slice(cps, pos, top.start)));
      var inner = [], rest = [];
      pieces.forEach(function (p) {
        if (p.start >= top.end) { rest.push(p); return; }
        if (p.end <= top.end) { inner.push(p); return; }
        inner.push({span: p.span, start: p.start, end: top.end, frag: true});  // crosses: cut in two
        rest.push({span: p.span, start: top.end, end: p.end, frag: true});
      });
      var s = top.span;
      var m = el("mark", {"class": "hl k-" + s.kind, "data-span": s.id, "data-kind": s.kind,
        "data-start": String(s.start), "data-end": String(s.end), "title": s.label});
      if (top.frag || top.start !== s.start || top.end !== s.end) m.setAttribute("data-frag", "1");
      build(m, cps, top.start, top.end, inner);
      parent.appendChild(m);
      pos = top.end;
      pieces = rest.sort(order);
    }
    if (pos < to) parent.appendChild(document.createTextNode(slice(cps, pos, to)));
  }

  function renderText(r) {
    var pre = document.getElementById("text");
    pre.textContent = "";
    var cps = Array.from(r.text);
    var pieces = r.spans.map(function (s) { return {span: s, start: s.start, end: s.end, frag: false}; });
    build(pre, cps, 0, cps.length, pieces);
  }

  // --- the record ---
  function renderRecord(r) {
    var box = document.getElementById("record");
    box.textContent = "";
    var miss = el("p");
    if (r.missing.length) {
      miss.appendChild(document.createTextNode("Missing (" + DATA.profile.name + "): "));
      r.missing.forEach(function (f) { miss.appendChild(badge(FIELD_NAMES[f] || f)); });
    } else {
      miss.appendChild(badge("all fields of " + DATA.profile.name + " present", "ok"));
    }
    box.appendChild(miss);
    r.sections.forEach(function (sec) {
      box.appendChild(el("h3", null, sec.title));
      if (!sec.items.length) { box.appendChild(el("p", {"class": "none"}, "none found")); return; }
      var t = el("table");
      sec.items.forEach(function (it) {
        var tr = el("tr");
        tr.appendChild(el("td", {"class": "lab"}, it.label));
        var td = el("td");
        if (it.value === "") {
          td.appendChild(el("span", {"class": "none"}, "not found"));
        } else {
          var b = el("button", {"type": "button", "class": "val k-" + (it.kind || "none") + (it.spans.length ? "" : " nospan"),
            "data-spans": it.spans.join(" ")}, it.value);
          if (it.spans.length) {
            b.title = "show in the text";
            b.addEventListener("click", function () { showSpan(b); });
          } else {
            b.title = "no span in the text";
          }
          td.appendChild(b);
          if (it.spans.length > 1) td.appendChild(el("span", {"class": "count"}, "\u00d7" + it.spans.length));
        }
        if (it.note) td.appendChild(el("span", {"class": "note"}, it.note));
        tr.appendChild(td);
        t.appendChild(tr);
      });
      box.appendChild(t);
    });
    if (r.warnings.length) {
      box.appendChild(el("h3", null, "Warnings"));
      r.warnings.forEach(function (w) { box.appendChild(el("div", {"class": "warn"}, w)); });
    }
    var det = el("details");
    det.appendChild(el("summary", null, "JSON record"));
    det.appendChild(el("pre", null, JSON.stringify(r.record, null, 2)));
    box.appendChild(det);
  }

  function flash(nodes) {
    nodes.forEach(function (n) {
      n.classList.remove("flash");
      void n.offsetWidth;  // restart the animation
      n.classList.add("flash");
      setTimeout(function () { n.classList.remove("flash"); }, 1500);
    });
  }

  function showSpan(button) {
    var ids = button.getAttribute("data-spans").split(" ").filter(Boolean);
    var k = Number(button.getAttribute("data-next") || "0") % ids.length;
    button.setAttribute("data-next", String(k + 1));
    var nodes = Array.prototype.slice.call(document.querySelectorAll('#text mark[data-span="' + ids[k] + '"]'));
    if (!nodes.length) return;
    nodes[0].scrollIntoView({block: "center", inline: "nearest"});
    flash(nodes);
  }

  function onTextClick(ev) {
    var m = ev.target.closest ? ev.target.closest("mark.hl") : null;
    if (!m) return;
    var id = m.getAttribute("data-span");
    var vals = Array.prototype.filter.call(document.querySelectorAll("#record button.val"), function (b) {
      return b.getAttribute("data-spans").split(" ").indexOf(id) >= 0;
    });
    if (vals.length) { vals[0].scrollIntoView({block: "nearest"}); flash(vals); }
  }

  function select(i) {
    var r = DATA.reports[i];
    if (!r) return;
    current = i;
    document.querySelectorAll("#reports button.current").forEach(function (b) { b.classList.remove("current"); });
    document.getElementById("item-" + i).classList.add("current");
    document.getElementById("doc-title").textContent = r.source + (r.encoding ? "  (" + r.encoding + ")" : "");
    var pre = document.getElementById("text"), box = document.getElementById("record");
    if (r.error) {
      pre.textContent = "";
      box.textContent = "";
      box.appendChild(el("div", {"class": "error-box"}, "Could not read this input: " + r.error));
    } else {
      renderText(r);
      renderRecord(r);
    }
    document.getElementById("text-pane").scrollTop = 0;
    document.getElementById("record-pane").scrollTop = 0;
    document.body.setAttribute("data-current", String(i));
    if (history.replaceState) { try { history.replaceState(null, "", "#" + encodeURIComponent(r.id || String(i))); } catch (e) { /* file: URLs */ } }
  }

  function initial() {
    var want = decodeURIComponent(location.hash.slice(1));
    for (var i = 0; i < DATA.reports.length; i++) { if (want && DATA.reports[i].id === want) return i; }
    return 0;
  }

  buildList();
  buildLegend();
  document.getElementById("text").addEventListener("click", onTextClick);
  if (DATA.reports.length) select(initial());
  window.reviewSelect = select;
  window.reviewData = DATA;
})();
"""
