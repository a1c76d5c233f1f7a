"""TimelineJS3 JSON: ``{"title": ..., "events": [...]}``, to load with ``new TL.Timeline(id, data)``.

Dates are partial according to ``date_precision`` (TimelineJS shows only the parts given):

| date_precision | start_date | end_date | display_date |
|---|---|---|---|
| day | year, month, day | - | - |
| approx | year, month, day | - | "about 6 January 2014" |
| week | year, month, day | year, month, day | "week of 6 January 2014" |
| range | year, month, day | year, month, day | - |
| month | year, month | - | - |
| quarter, season | year, month | year, month | "Q1 2014" / "winter 2014" |
| year | year | - | - |
| unknown (with a date) | year, month, day | - | "6 January 2014 (uncertain)" |

An end date equal to the start is left out. Undated events are SKIPPED (TimelineJS needs a date);
``write`` returns how many. ``group`` is the event type, ``unique_id`` is ``event-<id>``; the
text is escaped HTML with the evidence and its sources.
"""

from __future__ import annotations

import html
import json
from datetime import date
from typing import TextIO

from ._common import actor_names, parse_date, place_names

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring",
           6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}


def _parts(d: date, precision: str) -> dict[str, str]:
    if precision == "year":
        return {"year": str(d.year)}
    if precision in ("month", "quarter", "season"):
        return {"year": str(d.year), "month": str(d.month)}
    return {"year": str(d.year), "month": str(d.month), "day": str(d.day)}


def _long(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def dates(event: dict) -> dict | None:
    """start_date / end_date / display_date for one event, or None when it has no date."""
    start = parse_date(event.get("date_start"))
    if start is None:
        return None
    end = parse_date(event.get("date_end"))
    precision = event.get("date_precision") or "unknown"
    result: dict = {"start_date": _parts(start, precision)}
    if precision in ("week", "range", "quarter", "season") and end is not None:
        end_parts = _parts(end, precision)
        if end_parts != result["start_date"]:
            result["end_date"] = end_parts
    display = None
    if precision == "approx":
        display = f"about {_long(start)}"
    elif precision == "week":
        display = f"week of {_long(start)}"
    elif precision == "quarter":
        display = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif precision == "season":
        display = f"{SEASONS[start.month]} {start.year}"
    elif precision == "unknown":
        display = f"{_long(start)} (uncertain)"
    if display:
        result["display_date"] = display
    return result


def headline(event: dict) -> str:
    kind = (event.get("type") or "event").replace("_", " ")
    places = place_names(event)
    text = kind[:1].upper() + kind[1:]
    if places:
        text += " in " + places[0]
    if event.get("status") and event.get("status") != "occurred":
        text += f" ({event['status']})"
    return html.escape(text)


def body(event: dict) -> str:
    e = html.escape
    parts = []
    if event.get("summary"):
        parts.append(f"<p>{e(event['summary'])}</p>")
    facts = []
    if place_names(event):
        facts.append("Where: " + e(", ".join(place_names(event))))
    if actor_names(event):
        facts.append("Who: " + e(", ".join(actor_names(event))))
    low, high = event.get("killed_low"), event.get("killed_high")
    if low is not None or high is not None:
        killed = str(low) if high in (None, low) else f"{low if low is not None else '?'}–{high}"
        facts.append("Killed: " + e(killed))
    if facts:
        parts.append("<p>" + "<br>".join(facts) + "</p>")
    for source in event.get("sources") or []:
        cite = " · ".join(e(str(v)) for v in (source.get("article"), source.get("outlet"),
                                               source.get("published")) if v)
        parts.append(f"<blockquote>{e(source.get('evidence') or '')}<br><small>{cite}</small></blockquote>")
    return "".join(parts)


def timeline(events: list[dict], *, title: str = "conflict_db timeline") -> tuple[dict, int]:
    items, skipped = [], 0
    for event in events:
        when = dates(event)
        if when is None:
            skipped += 1
            continue
        item = dict(when)
        item["text"] = {"headline": headline(event), "text": body(event)}
        item["group"] = event.get("type") or "event"
        item["unique_id"] = f"event-{event.get('id')}"
        items.append(item)
    head = {"text": {"headline": html.escape(title),
                     "text": f"{len(items)} dated events" + (f"; {skipped} undated left out" if skipped else "")}}
    return {"title": head, "events": items}, skipped


def write(events: list[dict], out: TextIO, *, title: str = "conflict_db timeline") -> int:
    """Write the dated events; returns the number of undated events skipped."""
    data, skipped = timeline(events, title=title)
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return skipped
