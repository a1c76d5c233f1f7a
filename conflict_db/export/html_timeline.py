"""One self-contained HTML file: a vertical timeline of the events, grouped by month.

Everything is inline (CSS, JavaScript, SVG) and the page makes no network request: a
Content-Security-Policy meta tag forbids any (``default-src 'none'``). The events are embedded
as JSON in ``<script type="application/json" id="cdb-data">`` with ``<``, ``>`` and ``&``
written as ``\\u003c``, ``\\u003e``, ``\\u0026`` so no text can close the script element.

The page shows a histogram of events per day (spans up to 92 days), per week (Monday-based, up
to three years) or per month, stacked by type (click a bar to jump to its month); a legend of
types with checkboxes and a "Find" box (all words must occur in the type, places, provinces,
actors, summary or sources) that filter both the histogram and the list; the timeline, rendered in batches of 200 rows (more on scroll
or with the "Show more" button) so thousands of events stay light; undated events in a last
"Undated" section. Each event is a button that expands its summary, evidence and sources
(article key, title, outlet, published date, date expression, evidence sentence). The URL hash
``#event-<id>`` opens that event on load (and on hash change); ``#find=<words>`` fills the Find box. Date labels follow the precision:
``6 Jan 2014``, ``≈ 6 Jan 2014`` (approx), ``week of 6 Jan 2014``, ``6–14 Jan 2014`` (range),
``Jan 2014`` (month), ``Q1 2014``, ``winter 2014``, ``2014``, ``6 Jan 2014 ?`` (unknown).
Month and year precision events sit in their first month's group.
"""

from __future__ import annotations

import html
import json
import re
from typing import TextIO

from ._common import parse_date

TYPE_COLORS = {
    "clash": "#d62728",
    "territory_change": "#8c564b",
    "bombing": "#d9650a",
    "attack_on_civilians": "#a0195f",
    "abduction": "#c2529f",
    "release": "#23842a",
    "casualty_report": "#6b6b6b",
    "defection": "#7d7e12",
    "election": "#118a96",
    "negotiation": "#1f77b4",
    "agreement": "#0b6e4f",
    "statement": "#6b6ecf",
    "protest": "#a07d16",
    "aid_change": "#3f9a92",
    "military_movement": "#393b79",
}
EXTRA_COLORS = ("#637939", "#ad494a", "#8ca252", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1")

SOURCE_KEYS = ("article", "title", "outlet", "published", "evidence", "date_text", "date_method", "status")
PLACE_KEYS = ("name", "admin1", "country", "latitude", "longitude")


def _sort_key(event: dict):
    start = parse_date(event.get("date_start"))
    return (start is None, start.isoformat() if start else "", event.get("id") or 0)


def _iso(value) -> str | None:
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else None


def _event(event: dict) -> dict:
    return {
        "id": event.get("id"),
        "type": event.get("type") or "event",
        "status": event.get("status"),
        "date_start": _iso(event.get("date_start")),
        "date_end": _iso(event.get("date_end")),
        "date_precision": event.get("date_precision") or "unknown",
        "places": [{k: p.get(k) for k in PLACE_KEYS} for p in event.get("places") or []],
        "actors": [{"name": a.get("name"), "kind": a.get("kind")} for a in event.get("actors") or []],
        "killed_low": event.get("killed_low"),
        "killed_high": event.get("killed_high"),
        "count": event.get("count"),
        "summary": event.get("summary"),
        "confidence": event.get("confidence"),
        "sources": [{k: s.get(k) for k in SOURCE_KEYS} for s in event.get("sources") or []],
    }


def type_colors(events: list[dict]) -> dict[str, str]:
    """Colour per type present, known types first in taxonomy order, then others alphabetically."""
    present = {e.get("type") or "event" for e in events}
    colors = {t: c for t, c in TYPE_COLORS.items() if t in present}
    for i, t in enumerate(sorted(present - set(TYPE_COLORS))):
        colors[t] = EXTRA_COLORS[i % len(EXTRA_COLORS)]
    return colors


def page_data(events: list[dict], *, title: str) -> dict:
    ordered = sorted(events, key=_sort_key)
    return {
        "title": title,
        "types": [[t, c] for t, c in type_colors(ordered).items()],
        "events": [_event(e) for e in ordered],
    }


def script_json(data) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survives unescaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _subtitle(events: list[dict]) -> str:
    dates = sorted(d for d in (parse_date(e.get("date_start")) for e in events) if d)
    undated = len(events) - len(dates)
    parts = [f"{len(events)} event{'s' if len(events) != 1 else ''}"]
    if dates:
        parts.append(f"{dates[0].isoformat()} to {dates[-1].isoformat()}")
    if undated:
        parts.append(f"{undated} undated")
    return " · ".join(parts)


def render(events: list[dict], *, title: str = "conflict_db timeline") -> str:
    values = {
        "TITLE": html.escape(title),
        "SUBTITLE": html.escape(_subtitle(events)),
        "COUNT": str(len(events)),
        "DATA": script_json(page_data(events, title=title)),
    }
    # One pass, so a title containing "__DATA__" stays text.
    return re.sub(r"__(TITLE|SUBTITLE|COUNT|DATA)__", lambda m: values[m.group(1)], TEMPLATE)


def write(events: list[dict], out: TextIO, *, title: str = "conflict_db timeline") -> int:
    """Write the page with every event (undated ones in their own section); returns 0."""
    out.write(render(events, title=title))
    return 0


CSS = r"""
:root{--bg:#fff;--fg:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--card:#f6f6f8;--accent:#1f5fbf}
@media (prefers-color-scheme:dark){:root{--bg:#141416;--fg:#ececf0;--muted:#a3a3ad;--line:#3a3a40;--card:#1f1f23;--accent:#7fb0ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header,main,footer{max-width:980px;margin:0 auto;padding:0 16px}
header{padding-top:18px}
h1{font-size:1.5rem;margin:0 0 2px}
.sub{color:var(--muted);margin:0 0 12px}
#cdb-error{background:#b00020;color:#fff;padding:8px 12px;border-radius:6px;margin:8px 0}
#hist{width:100%;height:110px;display:block;border-bottom:1px solid var(--line)}
.axis{display:flex;justify-content:space-between;color:var(--muted);font-size:12px;margin:2px 0 10px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;margin:6px 0 14px;padding:0;border:0}
.legend legend{font-weight:600;margin-right:6px;float:left}
.legend label{display:inline-flex;align-items:center;gap:5px;cursor:pointer;white-space:nowrap}
.sw{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--c)}
.legend .n{color:var(--muted);font-size:12px}
.btn{font:inherit;font-size:13px;padding:2px 9px;border:1px solid var(--line);border-radius:5px;background:var(--card);color:var(--fg);cursor:pointer}
.empty{padding:24px;text-align:center;color:var(--muted);border:1px dashed var(--line);border-radius:8px}
h2.month{font-size:1.05rem;margin:20px 0 6px;padding-bottom:3px;border-bottom:1px solid var(--line);position:sticky;top:0;background:var(--bg);z-index:1}
h2.month .n{color:var(--muted);font-weight:normal;font-size:.85rem}
ol.events{list-style:none;margin:0;padding:0 0 0 14px;border-left:3px solid var(--line)}
li.ev{position:relative;margin:0 0 6px}
li.ev::before{content:"";position:absolute;left:-21px;top:11px;width:11px;height:11px;border-radius:50%;background:var(--c);border:2px solid var(--bg)}
.ev-head{display:flex;flex-wrap:wrap;gap:2px 10px;align-items:baseline;width:100%;text-align:left;font:inherit;color:inherit;background:var(--card);border:1px solid transparent;border-left:4px solid var(--c);border-radius:6px;padding:6px 10px;cursor:pointer}
.ev-head:hover{border-color:var(--line);border-left-color:var(--c)}
.ev-head:focus-visible,.btn:focus-visible,.legend input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.when{font-variant-numeric:tabular-nums;min-width:10.5em;font-weight:600}
.badge{font-size:12px;padding:0 7px;border-radius:9px;color:#fff;background:var(--c)}
.status{font-size:12px;padding:0 6px;border-radius:9px;border:1px solid var(--muted);color:var(--muted)}
.what{flex:1 1 16em}
.meta{color:var(--muted);font-size:13px}
.ev-body{padding:8px 12px 4px 14px;border-left:4px solid var(--c);margin-left:0}
.ev-body p{margin:4px 0}
.ev-body dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:4px 0 8px}
.ev-body dt{color:var(--muted)}
.ev-body dd{margin:0}
.src{margin:6px 0 10px;padding:6px 10px;background:var(--card);border-radius:6px}
.src blockquote{margin:0 0 4px;font-style:italic}
.src .cite{color:var(--muted);font-size:13px}
.more{margin:10px 0 30px}
.find{display:flex;gap:8px;align-items:center;margin:0 0 8px}
.find input{flex:1;max-width:28em;font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:5px;background:var(--bg);color:var(--fg)}
.find input:focus-visible{outline:3px solid var(--accent);outline-offset:1px}
#hist g{cursor:pointer}
footer{color:var(--muted);font-size:12px;padding-bottom:24px}
@media (max-width:600px){body{font-size:14px}.when{min-width:0}ol.events{padding-left:10px}li.ev::before{left:-17px}}
"""

JS = r"""
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var BATCH = 200;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var SEASONS = ["winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer",
    "autumn", "autumn", "autumn", "winter"];
  var DATA = JSON.parse(document.getElementById("cdb-data").textContent);
  var EVENTS = DATA.events;
  var COLORS = {};
  var enabled = {};
  DATA.types.forEach(function (t) { COLORS[t[0]] = t[1]; enabled[t[0]] = true; });
  var byId = {};
  EVENTS.forEach(function (e, i) { byId[String(e.id)] = e; });

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "hidden") node.hidden = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }
  function parse(s) {
    if (!s) return null;
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
    return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  }
  function dmy(d) { return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }
  function dateLabel(e) {
    var s = parse(e.date_start), t = parse(e.date_end);
    if (!s) return "undated";
    var p = e.date_precision;
    if (p === "year") return String(s.getUTCFullYear());
    if (p === "month") return MONTHS[s.getUTCMonth()] + " " + s.getUTCFullYear();
    if (p === "quarter") return "Q" + (Math.floor(s.getUTCMonth() / 3) + 1) + " " + s.getUTCFullYear();
    if (p === "season") return SEASONS[s.getUTCMonth()] + " " + s.getUTCFullYear();
    if (p === "week") return "week of " + dmy(s);
    if (p === "approx") return "\u2248 " + dmy(s);
    if (p === "range" && t && t > s) {
      if (s.getUTCFullYear() !== t.getUTCFullYear()) return dmy(s) + " \u2013 " + dmy(t);
      if (s.getUTCMonth() !== t.getUTCMonth())
        return s.getUTCDate() + " " + MONTHS[s.getUTCMonth()] + " \u2013 " + dmy(t);
      return s.getUTCDate() + "\u2013" + dmy(t);
    }
    if (p === "unknown") return dmy(s) + " ?";
    return dmy(s);
  }
  function names(list) { return list.map(function (x) { return x.name; }).filter(Boolean); }
  function killed(e) {
    var lo = e.killed_low, hi = e.killed_high;
    if (lo == null && hi == null) return "";
    if (hi == null || hi === lo) return lo + " killed";
    return (lo == null ? "?" : lo) + "\u2013" + hi + " killed";
  }
  function sourceCount(e) {
    var seen = {};
    e.sources.forEach(function (s) { seen[s.article] = 1; });
    return Object.keys(seen).length;
  }
  function clip(text, n) { text = text || ""; return text.length > n ? text.slice(0, n - 1) + "\u2026" : text; }
  function color(type) { return COLORS[type] || "#888"; }
  function label(type) { return String(type).replace(/_/g, " "); }

  // ---- histogram -------------------------------------------------------------------------
  function binOf(d, unit) {
    if (unit === "day") return d.getTime();
    if (unit === "week") return d.getTime() - ((d.getUTCDay() + 6) % 7) * 864e5;
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  }
  function nextBin(t, unit) {
    if (unit === "day") return t + 864e5;
    if (unit === "week") return t + 7 * 864e5;
    var d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  function binLabel(t, unit) {
    var d = new Date(t);
    if (unit === "day") return dmy(d);
    if (unit === "week") return "week of " + dmy(d);
    return LONG_MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }
  function drawHistogram(list) {
    var svg = document.getElementById("hist"), axis = document.getElementById("axis");
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    axis.textContent = "";
    var dated = list.filter(function (e) { return parse(e.date_start); });
    if (!dated.length) { svg.setAttribute("aria-label", "No dated events to chart"); return; }
    var first = parse(dated[0].date_start), last = first;
    dated.forEach(function (e) { var d = parse(e.date_start); if (d < first) first = d; if (d > last) last = d; });
    var span = (last - first) / 864e5;
    var unit = span <= 92 ? "day" : span <= 3 * 366 ? "week" : "month";
    var bins = [], index = {};
    for (var t = binOf(first, unit); t <= binOf(last, unit); t = nextBin(t, unit)) {
      index[t] = bins.length; bins.push({ t: t, total: 0, types: {} });
    }
    dated.forEach(function (e) {
      var b = bins[index[binOf(parse(e.date_start), unit)]];
      b.total++; b.types[e.type] = (b.types[e.type] || 0) + 1;
    });
    var max = 1; bins.forEach(function (b) { if (b.total > max) max = b.total; });
    var W = 1000, H = 100, bw = W / bins.length, gap = bins.length > 150 ? 0 : Math.min(2, bw * 0.15);
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.setAttribute("aria-label", "Events per " + unit + ", " + binLabel(bins[0].t, unit) + " to " +
      binLabel(bins[bins.length - 1].t, unit) + "; at most " + max + " in one " + unit);
    var order = DATA.types.map(function (t) { return t[0]; });
    bins.forEach(function (b, i) {
      if (!b.total) return;
      var g = document.createElementNS(SVGNS, "g");
      g.setAttribute("data-month", new Date(b.t + (unit === "week" ? 3 * 864e5 : 0)).toISOString().slice(0, 7));
      var title = document.createElementNS(SVGNS, "title");
      title.textContent = binLabel(b.t, unit) + ": " + b.total + " event" + (b.total > 1 ? "s" : "") + " (" +
        order.filter(function (k) { return b.types[k]; }).map(function (k) { return b.types[k] + " " + label(k); }).join(", ") + ")";
      g.appendChild(title);
      var y = H;
      order.forEach(function (k) {
        if (!b.types[k]) return;
        var h = b.types[k] / max * (H - 4);
        y -= h;
        var r = document.createElementNS(SVGNS, "rect");
        var w = Math.min(Math.max(bw - gap, 0.5), 40);
        r.setAttribute("x", (i * bw + (bw - w) / 2).toFixed(2));
        r.setAttribute("width", w.toFixed(2));
        r.setAttribute("y", y.toFixed(2));
        r.setAttribute("height", h.toFixed(2));
        r.setAttribute("fill", color(k));
        g.appendChild(r);
      });
      svg.appendChild(g);
    });
    axis.appendChild(el("span", { text: binLabel(bins[0].t, unit) }));
    axis.appendChild(el("span", { text: "events per " + unit + " (max " + max + ")" }));
    axis.appendChild(el("span", { text: binLabel(bins[bins.length - 1].t, unit) }));
  }

  // ---- legend ----------------------------------------------------------------------------
  function drawLegend() {
    var box = document.getElementById("legend");
    var counts = {};
    EVENTS.forEach(function (e) { counts[e.type] = (counts[e.type] || 0) + 1; });
    box.appendChild(el("legend", { text: "Types" }));
    DATA.types.forEach(function (t) {
      var input = el("input", { type: "checkbox", value: t[0] });
      input.checked = true;
      input.addEventListener("change", function () { enabled[t[0]] = input.checked; refresh(); });
      box.appendChild(el("label", { style: "--c:" + t[1] }, [input, el("span", { "class": "sw" }),
        label(t[0]) + " ", el("span", { "class": "n", text: "(" + counts[t[0]] + ")" })]));
    });
    if (DATA.types.length > 1) {
      [["All", true], ["None", false]].forEach(function (pair) {
        var b = el("button", { type: "button", "class": "btn", text: pair[0] });
        b.addEventListener("click", function () { setAll(pair[1]); });
        box.appendChild(b);
      });
    }
  }
  function setAll(on) {
    DATA.types.forEach(function (t) { enabled[t[0]] = on; });
    Array.prototype.forEach.call(document.querySelectorAll("#legend input"), function (i) { i.checked = on; });
    refresh();
  }

  // ---- timeline --------------------------------------------------------------------------
  var rows = [], shown = 0, observer = null;

  function buildRows(list) {
    var out = [], month = null, undated = false, counts = {};
    list.forEach(function (e) {
      var key = e.date_start ? e.date_start.slice(0, 7) : "undated";
      counts[key] = (counts[key] || 0) + 1;
    });
    list.forEach(function (e) {
      var key = e.date_start ? e.date_start.slice(0, 7) : "undated";
      if (key !== month) {
        month = key;
        var text = key === "undated" ? "Undated" : LONG_MONTHS[+key.slice(5, 7) - 1] + " " + key.slice(0, 4);
        out.push({ heading: text, key: key, n: counts[key] });
      }
      out.push({ event: e });
    });
    return out;
  }
  function eventItem(e) {
    var c = color(e.type);
    var id = "event-" + e.id;
    var places = names(e.places), actors = names(e.actors);
    var what = places.join(", ") + (actors.length ? (places.length ? " \u2014 " : "") + actors.join(", ") : "");
    var meta = [killed(e), e.count != null && e.type !== "casualty_report" ? "count " + e.count : "",
      sourceCount(e) + " source" + (sourceCount(e) === 1 ? "" : "s")].filter(Boolean).join(" \u00b7 ");
    var head = el("button", { type: "button", "class": "ev-head", "aria-expanded": "false", "aria-controls": id + "-body" }, [
      el("span", { "class": "when", text: dateLabel(e) }),
      el("span", { "class": "badge", text: label(e.type) }),
      e.status && e.status !== "occurred" ? el("span", { "class": "status", text: e.status }) : null,
      el("span", { "class": "what", text: what || e.summary || clip(e.sources.length ? e.sources[0].evidence : "", 110) }),
      el("span", { "class": "meta", text: meta })
    ]);
    var body = el("div", { "class": "ev-body", id: id + "-body", hidden: true });
    var li = el("li", { "class": "ev", id: id, style: "--c:" + c, "data-type": e.type }, [head, body]);
    head.addEventListener("click", function () { toggle(li, e); });
    return li;
  }
  function fillBody(body, e) {
    if (e.summary) body.appendChild(el("p", { text: e.summary }));
    var dl = el("dl");
    function row(k, v) { if (v) { dl.appendChild(el("dt", { text: k })); dl.appendChild(el("dd", { text: v })); } }
    row("When", dateLabel(e) + " (" + e.date_precision + (e.date_start ? ": " + e.date_start +
      (e.date_end && e.date_end !== e.date_start ? " to " + e.date_end : "") : "") + ")");
    row("Where", e.places.map(function (p) {
      return p.name + (p.admin1 && p.admin1 !== p.name ? ", " + p.admin1 : "") + (p.country ? ", " + p.country : "");
    }).join("; "));
    row("Who", e.actors.map(function (a) { return a.name + (a.kind ? " (" + a.kind.replace(/_/g, " ") + ")" : ""); }).join("; "));
    row("Killed", killed(e));
    row("Count", e.count != null ? String(e.count) : "");
    row("Status", e.status);
    row("Confidence", e.confidence != null ? String(e.confidence) : "");
    body.appendChild(dl);
    body.appendChild(el("h3", { text: e.sources.length ? "Sources" : "No sources", style: "font-size:.95rem;margin:6px 0" }));
    e.sources.forEach(function (s) {
      var cite = [s.article, s.title, s.outlet, s.published ? "published " + s.published : "",
        s.date_text ? "date: \u201c" + s.date_text + "\u201d" + (s.date_method ? " (" + s.date_method + ")" : "") : ""]
        .filter(Boolean).join(" \u00b7 ");
      body.appendChild(el("div", { "class": "src" }, [
        el("blockquote", { text: s.evidence || "" }),
        el("div", { "class": "cite", text: cite })
      ]));
    });
  }
  function toggle(li, e, open) {
    var head = li.firstChild, body = li.lastChild;
    var willOpen = open === undefined ? head.getAttribute("aria-expanded") !== "true" : open;
    if (willOpen && !body.firstChild) fillBody(body, e);
    head.setAttribute("aria-expanded", willOpen ? "true" : "false");
    body.hidden = !willOpen;
  }
  function renderMore(upto) {
    var list = document.getElementById("timeline");
    var end = Math.min(rows.length, Math.max(shown + BATCH, upto || 0));
    var frag = document.createDocumentFragment(), ol = list.lastElementChild;
    if (!ol || ol.tagName !== "OL") ol = null;
    for (; shown < end; shown++) {
      var r = rows[shown];
      if (r.heading) {
        frag.appendChild(el("h2", { "class": "month", id: "month-" + r.key }, [r.heading + " ", el("span", { "class": "n", text: "(" + r.n + ")" })]));
        ol = el("ol", { "class": "events" });
        frag.appendChild(ol);
      } else {
        ol.appendChild(eventItem(r.event));
      }
    }
    list.appendChild(frag);
    var more = document.getElementById("more");
    more.hidden = shown >= rows.length;
    more.textContent = "Show more (" + (rows.length - shown) + " rows left)";
  }
  var query = "";
  function haystack(e) {
    if (e._text === undefined) {
      e._text = [e.type, e.status, e.summary, e.date_start, names(e.places).join(" "),
        e.places.map(function (p) { return p.admin1 || ""; }).join(" "), names(e.actors).join(" "),
        e.sources.map(function (s) { return [s.article, s.title, s.outlet, s.evidence].join(" "); }).join(" ")]
        .join(" ").toLowerCase();
    }
    return e._text;
  }
  function filtered() {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return EVENTS.filter(function (e) {
      if (!enabled[e.type]) return false;
      if (!words.length) return true;
      var text = haystack(e);
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    });
  }
  function refresh() {
    var list = filtered();
    drawHistogram(list);
    var box = document.getElementById("timeline");
    box.textContent = "";
    rows = buildRows(list); shown = 0;
    var status = document.getElementById("status");
    if (!EVENTS.length) {
      box.appendChild(el("p", { "class": "empty", text: "No events to show: the database had no events matching the export." }));
    } else if (!list.length) {
      box.appendChild(el("p", { "class": "empty", text: query ? "No events of the selected types match \u201c" + query + "\u201d." : "No events of the selected types." }));
    }
    status.textContent = list.length < EVENTS.length ? "\u00b7 showing " + list.length + " of " + EVENTS.length : "";
    renderMore();
  }
  function openFromHash() {
    var f = /^#find=(.*)$/.exec(location.hash);
    if (f) {
      var words = decodeURIComponent(f[1].replace(/\+/g, " "));
      document.getElementById("search").value = words;
      query = words.trim();
      refresh();
      return;
    }
    var m = /^#event-(\d+)$/.exec(location.hash);
    if (!m || !byId[m[1]]) return;
    var e = byId[m[1]];
    if (!enabled[e.type]) {
      enabled[e.type] = true;
      var box = document.querySelector('#legend input[value="' + e.type.replace(/"/g, '\\"') + '"]');
      if (box) box.checked = true;
      refresh();
    }
    var at = 0;
    rows.forEach(function (r, i) { if (r.event === e) at = i + 1; });
    if (at > shown) renderMore(at);
    var li = document.getElementById("event-" + e.id);
    if (!li) return;
    toggle(li, e, true);
    li.scrollIntoView({ block: "start" });
    li.firstChild.focus({ preventScroll: true });
  }

  function showMonth(key) {
    var at = -1;
    rows.forEach(function (r, i) { if (at < 0 && r.heading && r.key >= key) at = i; });
    if (at < 0) return;
    if (at + 2 > shown) renderMore(at + 2);
    var h = document.getElementById("month-" + rows[at].key);
    if (h) h.scrollIntoView({ block: "start" });
  }
  document.getElementById("hist").addEventListener("click", function (ev) {
    var g = ev.target.closest ? ev.target.closest("g[data-month]") : null;
    if (g) showMonth(g.getAttribute("data-month"));
  });
  var search = document.getElementById("search"), timer = null;
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { query = search.value.trim(); refresh(); }, 150);
  });
  drawLegend();
  var more = document.getElementById("more");
  more.addEventListener("click", function () { renderMore(); });
  if ("IntersectionObserver" in window) {
    observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (x) { return x.isIntersecting; }) && shown < rows.length) renderMore();
    }, { rootMargin: "600px" });
    observer.observe(more);
  }
  refresh();
  openFromHash();
  window.addEventListener("hashchange", openFromHash);
  document.documentElement.setAttribute("data-rendered", "true");
})();
"""

# The first script shows any script error on the page itself (and lets tests see it).
TEMPLATE = (
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>"""
    + CSS
    + """</style>
<script>
window.addEventListener("error", function (e) {
  var box = document.getElementById("cdb-error");
  if (!box) return;
  box.hidden = false;
  box.textContent = "The timeline could not be drawn: " + (e.message || "script error");
  document.documentElement.setAttribute("data-js-error", e.message || "error");
});
</script>
</head>
<body>
<header>
<h1>__TITLE__</h1>
<p class="sub">__SUBTITLE__ <span id="status" role="status"></span></p>
<div id="cdb-error" role="alert" hidden></div>
<noscript><p class="empty">This timeline needs JavaScript to draw its __COUNT__ events; they are embedded in this file as JSON (script element cdb-data).</p></noscript>
<svg id="hist" role="img" aria-label="Events over time" preserveAspectRatio="none"></svg>
<div id="axis" class="axis"></div>
<fieldset id="legend" class="legend"></fieldset>
<p class="find"><label for="search">Find</label> <input type="search" id="search" placeholder="place, actor, outlet, words of the evidence" autocomplete="off"></p>
</header>
<main>
<div id="timeline"></div>
<button type="button" id="more" class="btn more" hidden>Show more</button>
</main>
<footer>Made by conflict_db. Click an event (or press Enter on it) to see its evidence and sources; link to one with #event-ID.</footer>
<script type="application/json" id="cdb-data">__DATA__</script>
<script>"""
    + JS
    + """</script>
</body>
</html>
"""
)
