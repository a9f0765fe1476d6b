
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
