"""Value types produced by event extraction (no database here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class PlaceRef:
    name: str
    admin1: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None


@dataclass(frozen=True, slots=True)
class ActorRef:
    name: str
    kind: str | None = None  # armed_group, state, government, military, person, organisation, source


@dataclass(slots=True)
class ExtractedEvent:
    """One event as one article states it (becomes an event + a mention in the database).

    ``evidence_start``/``evidence_end`` are offsets into the article text such that
    ``text[evidence_start:evidence_end] == evidence``.
    ``date_precision``: ``day``, ``week``, ``month``, ``year``, ``range``, ``approx``, ``unknown``.
    ``date_method``: ``explicit`` (the sentence's own expression), ``inherited`` (from the
    event it continues), or None when the date is unknown.
    """

    type: str
    status: str  # occurred, planned, claimed
    evidence_start: int
    evidence_end: int
    evidence: str
    date_start: date | None = None
    date_end: date | None = None
    date_precision: str = "unknown"
    date_text: str | None = None
    date_method: str | None = None
    places: list[PlaceRef] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    killed_low: int | None = None
    killed_high: int | None = None
    count: int | None = None
    summary: str = ""
    confidence: float = 0.5
    trigger: str | None = None  # the trigger words, e.g. "seized", "car bombs"
    trigger_start: int | None = None
    trigger_end: int | None = None


def pack_events(events: list[ExtractedEvent]) -> tuple:
    """Events as plain tuples (dates as ordinals), which cross a process boundary at about half
    the cost of pickling the objects; `unpack_events` restores them."""
    return tuple((e.type, e.status, e.evidence_start, e.evidence_end, e.evidence,
                  e.date_start.toordinal() if e.date_start else None, e.date_end.toordinal() if e.date_end else None,
                  e.date_precision, e.date_text, e.date_method,
                  tuple((p.name, p.admin1, p.country, p.latitude, p.longitude, p.geonames_id) for p in e.places),
                  tuple((a.name, a.kind) for a in e.actors), e.killed_low, e.killed_high, e.count, e.summary,
                  e.confidence, e.trigger, e.trigger_start, e.trigger_end) for e in events)


def unpack_events(packed: tuple) -> list[ExtractedEvent]:
    day = date.fromordinal
    return [ExtractedEvent(kind, status, start, end, evidence, day(first) if first else None,
                           day(last) if last else None, precision, date_text, method,
                           [PlaceRef(*p) for p in places], [ActorRef(*a) for a in actors], *rest)
            for (kind, status, start, end, evidence, first, last, precision, date_text, method, places, actors,
                 *rest) in packed]
