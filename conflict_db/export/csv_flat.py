"""Flat CSV: one row per event, lists joined with "; ", the first located place's coordinates."""

from __future__ import annotations

import csv
from typing import TextIO

from ._common import actor_names, cell, first_source, join, located_place, place_names

COLUMNS = (
    "id", "date_start", "date_end", "date_precision", "type", "status",
    "places", "admin1s", "countries", "latitude", "longitude", "actors",
    "killed_low", "killed_high", "count", "sources", "first_article", "first_evidence",
    "summary", "confidence",
)


def row(event: dict) -> dict[str, str]:
    places = event.get("places") or []
    located = located_place(event) or {}
    source = first_source(event)
    return {
        "id": cell(event.get("id")),
        "date_start": cell(event.get("date_start")),
        "date_end": cell(event.get("date_end")),
        "date_precision": cell(event.get("date_precision")),
        "type": cell(event.get("type")),
        "status": cell(event.get("status")),
        "places": join(place_names(event)),
        "admin1s": join(p.get("admin1") for p in places),
        "countries": join(p.get("country") for p in places),
        "latitude": cell(located.get("latitude")),
        "longitude": cell(located.get("longitude")),
        "actors": join(actor_names(event)),
        "killed_low": cell(event.get("killed_low")),
        "killed_high": cell(event.get("killed_high")),
        "count": cell(event.get("count")),
        # Number of distinct articles reporting the event.
        "sources": str(len({s.get("article") for s in event.get("sources") or []})),
        "first_article": cell(source.get("article")),
        "first_evidence": cell(source.get("evidence")),
        "summary": cell(event.get("summary")),
        "confidence": cell(event.get("confidence")),
    }


def write(events: list[dict], out: TextIO, *, title: str = "") -> int:
    """Write every event (undated ones too); returns 0 (nothing skipped)."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(row(event))
    return 0
