"""ACLED-style CSV: ACLED's column names and codes, plus a few columns of our own at the end.

Rows:
- ``event_id_cnty`` is the ISO 3166 alpha-3 code of the first place's country (``XXX`` when
  unknown) followed by our event id, e.g. ``SYR12``; ``cdb_id`` holds the bare id.
- ``event_date`` is our ``date_start`` (ISO ``YYYY-MM-DD``), the first day of the period for
  weeks, months, ranges...; the period's last day is in the extra ``date_end`` column.
- Undated events are SKIPPED: ACLED rows must have a date. ``write`` returns how many were left
  out, so the caller can report it.

``time_precision`` (ACLED codes: 1 exact day, 2 within a week or a few days, 3 a month or longer)
from our ``date_precision``:

| date_precision | time_precision |
|---|---|
| day | 1 |
| approx (a day inherited from the event it continues) | 2 |
| week | 2 |
| range of at most 7 days (or with no end) | 2 |
| range longer than 7 days | 3 |
| month, quarter, season, year | 3 |
| unknown (with a date) | 3 |

``geo_precision`` (ACLED: 1 a town with known coordinates, 2 a province/region, 3 the country or
unknown) of the first place: 1 when it has coordinates (and is not a country), 2 when it has
none but its province (admin1) is known, 3 otherwise (a country, an unknown place, no place).
``location``/``latitude``/``longitude``/``admin1``/``country`` are the first place's.

``event_type``/``sub_event_type`` come from the event-type taxonomy file when it can be loaded,
else from a built-in table (``_common.ACLED_FALLBACK``); ``bombing`` is refined to ACLED's weapon
sub-types (air strike, shelling, suicide bomb...) from its evidence words.
``fatalities`` is ACLED's conservative count: ``killed_low``, 0 when unknown.
``actor1``/``actor2`` are the first two actors, ``assoc_actor_1`` the others. ``source`` lists the
outlets (``; ``), ``notes`` the first evidence sentence (the summary when there is none).
"""

from __future__ import annotations

import csv
from typing import TextIO

from ._common import (
    DISORDER_TYPE, acled_sub_event, actor_names, cell, first_source, join, parse_date,
)

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "actor2", "assoc_actor_1", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    # Ours:
    "cdb_id", "cdb_type", "status", "date_end", "date_precision", "killed_high", "sources",
)

# Country name (as GeoNames/our gazetteer spells it) or ISO alpha-2 -> ISO alpha-3.
ISO3 = {
    "syria": "SYR", "sy": "SYR", "iraq": "IRQ", "iq": "IRQ", "lebanon": "LBN", "lb": "LBN",
    "turkey": "TUR", "türkiye": "TUR", "tr": "TUR", "jordan": "JOR", "jo": "JOR",
    "israel": "ISR", "il": "ISR", "palestine": "PSE", "palestinian territory": "PSE", "ps": "PSE",
    "iran": "IRN", "ir": "IRN", "yemen": "YEM", "ye": "YEM", "libya": "LBY", "ly": "LBY",
    "egypt": "EGY", "eg": "EGY", "saudi arabia": "SAU", "sa": "SAU", "afghanistan": "AFG",
    "af": "AFG", "ukraine": "UKR", "ua": "UKR", "russia": "RUS", "ru": "RUS",
}

PRECISION_CODES = {
    "day": 1, "approx": 2, "week": 2,
    "month": 3, "quarter": 3, "season": 3, "year": 3, "unknown": 3,
}


def time_precision(event: dict) -> int:
    precision = event.get("date_precision") or "unknown"
    if precision == "range":
        start, end = parse_date(event.get("date_start")), parse_date(event.get("date_end"))
        if start is None or end is None or (end - start).days <= 6:
            return 2
        return 3
    return PRECISION_CODES.get(precision, 3)


def geo_precision(event: dict) -> int:
    places = event.get("places") or []
    if not places:
        return 3
    place = places[0]
    name = (place.get("name") or "").strip().lower()
    admin1 = (place.get("admin1") or "").strip().lower()
    country = (place.get("country") or "").strip().lower()
    if name and name == country:
        return 3
    if place.get("latitude") is not None and place.get("longitude") is not None:
        # A town with coordinates (a town may share its province's name: Raqqa, Idlib).
        return 1
    return 2 if admin1 else 3


def country_code(event: dict) -> str:
    for place in event.get("places") or []:
        country = (place.get("country") or "").strip().lower()
        if country:
            return ISO3.get(country, "XXX")
    return "XXX"


def row(event: dict) -> dict[str, str]:
    event_type, sub_event_type = acled_sub_event(event)
    actors = actor_names(event)
    places = event.get("places") or []
    place = places[0] if places else {}
    sources = event.get("sources") or []
    start = parse_date(event.get("date_start"))
    return {
        "event_id_cnty": f"{country_code(event)}{event.get('id')}",
        "event_date": start.isoformat() if start else "",
        "year": str(start.year) if start else "",
        "time_precision": str(time_precision(event)),
        "disorder_type": DISORDER_TYPE.get(event_type, "Strategic developments"),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actors[0] if actors else "",
        "actor2": actors[1] if len(actors) > 1 else "",
        "assoc_actor_1": "; ".join(actors[2:]),
        "country": cell(place.get("country")),
        "admin1": cell(place.get("admin1")),
        "location": cell(place.get("name")),
        "latitude": cell(place.get("latitude")),
        "longitude": cell(place.get("longitude")),
        "geo_precision": str(geo_precision(event)),
        "source": join(s.get("outlet") for s in sources),
        "notes": cell(first_source(event).get("evidence") or event.get("summary")),
        "fatalities": str(event.get("killed_low") or 0),
        "cdb_id": cell(event.get("id")),
        "cdb_type": cell(event.get("type")),
        "status": cell(event.get("status")),
        "date_end": cell(event.get("date_end")),
        "date_precision": cell(event.get("date_precision")),
        "killed_high": cell(event.get("killed_high")),
        "sources": str(len({s.get("article") for s in sources})),
    }


def write(events: list[dict], out: TextIO, *, title: str = "") -> int:
    """Write the dated events; returns the number of undated events skipped."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    skipped = 0
    for event in events:
        if parse_date(event.get("date_start")) is None:
            skipped += 1
            continue
        writer.writerow(row(event))
    return skipped
