"""GeoJSON (RFC 7946): a FeatureCollection with one Feature per event.

The geometry is a Point ``[longitude, latitude]`` (longitude first, as RFC 7946 says) of the
event's first place that has coordinates; events without such a place get ``"geometry": null``
and are still exported. Properties keep the event: places, provinces, countries and actors are
flattened to lists of names (``place`` names the located one), sources are kept whole.
"""

from __future__ import annotations

import json
from typing import TextIO

from ._common import actor_names, distinct, located_place, place_names


def feature(event: dict) -> dict:
    located = located_place(event)
    geometry = None
    if located is not None:
        geometry = {
            "type": "Point",
            "coordinates": [float(located["longitude"]), float(located["latitude"])],
        }
    places = event.get("places") or []
    properties = {
        "id": event.get("id"),
        "type": event.get("type"),
        "status": event.get("status"),
        "date_start": event.get("date_start"),
        "date_end": event.get("date_end"),
        "date_precision": event.get("date_precision"),
        "place": located.get("name") if located else None,
        "places": place_names(event),
        "provinces": distinct(p.get("admin1") for p in places),
        "countries": distinct(p.get("country") for p in places),
        "actors": actor_names(event),
        "actor_kinds": [a.get("kind") for a in event.get("actors") or [] if a.get("name")],
        "killed_low": event.get("killed_low"),
        "killed_high": event.get("killed_high"),
        "count": event.get("count"),
        "summary": event.get("summary"),
        "confidence": event.get("confidence"),
        "sources": event.get("sources") or [],
    }
    return {"type": "Feature", "id": event.get("id"), "geometry": geometry, "properties": properties}


def collection(events: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": [feature(e) for e in events]}


def write(events: list[dict], out: TextIO, *, title: str = "") -> int:
    """Write every event (unplaced ones with a null geometry); returns 0."""
    # One Feature per line: readable, diff-friendly and still one JSON document.
    out.write('{"type": "FeatureCollection", "features": [')
    for i, event in enumerate(events):
        out.write(",\n" if i else "\n")
        out.write(json.dumps(feature(event), ensure_ascii=False, default=str))
    out.write("\n]}\n")
    return 0
