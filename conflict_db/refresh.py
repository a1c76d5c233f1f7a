"""Deriving stored events from their reports, writing only what changed.

An event that gains a report mostly keeps its date, place and actors. Its row is still
written (`updated_at`), but a column left out of the UPDATE leaves its indexes alone, and an
event's places and actors are rewritten only when their list changed: a batch at 90,000
articles otherwise rewrites index pages all over the events' date, place and actor indexes
for nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from .bulk import among, chunked, execute_chunked, insert_many, insert_rows, update_many
from .merge import MentionFacts, derive
from .models import Event, EventActor, EventPlace, Mention, utcnow
from .reports import REPORTS_OF_EVENTS, Stored, load

_m, _e = Mention.__table__.c, Event.__table__.c
_ep, _ea = EventPlace.__table__.c, EventActor.__table__.c

DERIVED = ("status", "date_start", "date_end", "date_precision", "killed_low", "killed_high", "count", "summary",
           "confidence")


def event_fields(reports: list[MentionFacts]) -> dict:
    """An event's columns derived from its reports (`merge.derive`)."""
    derived = derive(reports)
    return {name: getattr(derived, name) for name in DERIVED}


def new_events(conn: Connection, types: list[str]) -> list[int]:
    """Empty events of these types, to hold reports until `refresh_events` derives their fields."""
    if not types:
        return []
    now = utcnow()
    return insert_rows(conn, Event.__table__, [
        {"type": t, "status": "occurred", "date_precision": "unknown", "created_at": now, "updated_at": now}
        for t in types])


_CURRENT = select(_e.id, *(_e[name] for name in DERIVED)).where(among(_e.id))
_CURRENT_PLACES = select(_ep.event_id, _ep.place_id).where(among(_ep.event_id)).order_by(_ep.event_id, _ep.position)
_CURRENT_ACTORS = select(_ea.event_id, _ea.actor_id).where(among(_ea.event_id)).order_by(_ea.event_id, _ea.position)
_DROP_EVENT_PLACES = delete(EventPlace.__table__).where(among(_ep.event_id))
_DROP_EVENT_ACTORS = delete(EventActor.__table__).where(among(_ea.event_id))
_DROP_EVENTS = delete(Event.__table__).where(among(_e.id))


def refresh_events(conn: Connection, event_ids: Iterable[int], region: dict[int, Stored] | None = None) -> None:
    """Derive each event's fields, places and actors from its reports; drop those with none.

    `region`, when given, holds every report of these events (as `regroup.recluster` has them).
    """
    ids = sorted(set(event_ids))
    if not ids:
        return
    if region is None:
        region = load(conn, [m for m, _ in chunked(conn, REPORTS_OF_EVENTS, ids)])
    by_event: dict[int, list[Stored]] = {}
    for stored in region.values():
        by_event.setdefault(stored.event_id, []).append(stored)
    current = {row[0]: row[1:] for row in chunked(conn, _CURRENT, ids)}
    places_now = _lists(conn, _CURRENT_PLACES, ids)
    actors_now = _lists(conn, _CURRENT_ACTORS, ids)
    now = utcnow()
    updates: dict[tuple[str, ...], list[dict]] = {}  # by the columns that changed
    empty: list[int] = []
    new_places: dict[int, list[int]] = {}
    new_actors: dict[int, list[int]] = {}
    for event_id in ids:
        stored = sorted(by_event.get(event_id, ()), key=lambda s: s.facts.sort_key)
        if not stored:
            empty.append(event_id)
            continue
        fields = event_fields([s.facts for s in stored])
        before = current.get(event_id)
        changed = DERIVED if before is None else tuple(n for n, v in zip(DERIVED, before) if fields[n] != v)
        updates.setdefault(changed, []).append({"id": event_id, "updated_at": now, **{n: fields[n] for n in changed}})
        place_ids = list(dict.fromkeys(p for s in stored for p in s.place_ids))
        if place_ids != places_now.get(event_id, []):
            new_places[event_id] = place_ids
        actor_ids = list(dict.fromkeys(a for s in stored for a in s.actor_ids))
        if actor_ids != actors_now.get(event_id, []):
            new_actors[event_id] = actor_ids
    for rows in updates.values():
        update_many(conn, Event.__table__, "id", rows)
    execute_chunked(conn, _DROP_EVENT_PLACES, [*new_places, *empty])
    execute_chunked(conn, _DROP_EVENT_ACTORS, [*new_actors, *empty])
    execute_chunked(conn, _DROP_EVENTS, empty)
    insert_many(conn, EventPlace.__table__, [{"event_id": e, "place_id": p, "position": n}
                                             for e, places in new_places.items() for n, p in enumerate(places)])
    insert_many(conn, EventActor.__table__, [{"event_id": e, "actor_id": a, "position": n}
                                             for e, actors in new_actors.items() for n, a in enumerate(actors)])


def _lists(conn: Connection, statement, ids: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for event_id, item in chunked(conn, statement, ids):
        out.setdefault(event_id, []).append(item)
    return out
