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
