"""Export events (the ``list_events`` dicts) as CSV, ACLED-style CSV, GeoJSON, TimelineJS or HTML.

``write_export(fmt, events, out, title=...)`` writes one format to a text stream and returns the
number of events it left out (undated events in ``acled`` and ``timelinejs``; 0 otherwise).
Every exporter is pure apart from writing to ``out``, and its output is deterministic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from . import acled, csv_flat, geojson, html_timeline, timelinejs

FORMATS = ("csv", "acled", "geojson", "timelinejs", "html")

# Suggested file extension per format (for a default output file name).
EXTENSIONS = {"csv": "csv", "acled": "csv", "geojson": "geojson", "timelinejs": "json", "html": "html"}

_WRITERS: dict[str, Callable[..., int]] = {
    "csv": csv_flat.write,
    "acled": acled.write,
    "geojson": geojson.write,
    "timelinejs": timelinejs.write,
    "html": html_timeline.write,
}


def write_export(fmt: str, events: list[dict], out: TextIO, *, title: str = "conflict_db timeline") -> int:
    """Write ``events`` in format ``fmt`` to ``out``; returns how many events were skipped."""
    try:
        writer = _WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}") from None
    return writer(list(events), out, title=title)


__all__ = ["EXTENSIONS", "FORMATS", "write_export"]
