"""Event queries shared by `cdb events`, `cdb export` and the Python API."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Actor, Article, Event, EventActor, EventPlace, Mention, Place
from .published import iso


@dataclass(slots=True)
class EventFilter:
    since: date | None = None
    until: date | None = None
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    min_sources: int | None = None
    limit: int | None = None


def _statement(f: EventFilter):
    stmt = select(Event)
    if f.since is not None:
        # Overlap: the event's last day is on or after `since`.
        stmt = stmt.where(func.coalesce(Event.date_end, Event.date_start) >= f.since)
    if f.until is not None:
        stmt = stmt.where(Event.date_start <= f.until)
    if f.types:
        stmt = stmt.where(Event.type.in_(f.types))
    if f.statuses:
        stmt = stmt.where(Event.status.in_(f.statuses))
    if f.min_sources:
        sources = (
            select(Mention.event_id)
            .group_by(Mention.event_id)
            .having(func.count(func.distinct(Mention.article_id)) >= f.min_sources)
        )
        stmt = stmt.where(Event.id.in_(sources))
    # Undated events last, then by date and id so the order is stable.
    stmt = stmt.order_by(Event.date_start.is_(None), Event.date_start, Event.id)
    if f.limit is not None:
        stmt = stmt.limit(f.limit)
    return stmt


def list_events(session: Session, f: EventFilter) -> list[dict]:
    events = list(session.scalars(_statement(f)))
    return _hydrate(session, events)


def _hydrate(session: Session, events: list[Event]) -> list[dict]:
    if not events:
        return []
    ids = [e.id for e in events]
    places: dict[int, list[dict]] = defaultdict(list)
    actors: dict[int, list[dict]] = defaultdict(list)
    sources: dict[int, list[dict]] = defaultdict(list)
    for chunk in _chunks(ids, 500):
        for event_id, place in session.execute(
            select(EventPlace.event_id, Place).join(Place, Place.id == EventPlace.place_id)
            .where(EventPlace.event_id.in_(chunk)).order_by(EventPlace.event_id, EventPlace.position)
        ):
            places[event_id].append({
                "name": place.name, "admin1": place.admin1, "country": place.country,
                "latitude": place.latitude, "longitude": place.longitude,
            })
        for event_id, actor in session.execute(
            select(EventActor.event_id, Actor).join(Actor, Actor.id == EventActor.actor_id)
            .where(EventActor.event_id.in_(chunk)).order_by(EventActor.event_id, EventActor.position)
        ):
            actors[event_id].append({"name": actor.name, "kind": actor.kind})
        for mention, article in session.execute(
            select(Mention, Article).join(Article, Article.id == Mention.article_id)
            .where(Mention.event_id.in_(chunk)).order_by(Mention.event_id, Mention.id)
        ):
            sources[mention.event_id].append({
                "article": article.key,
                "title": article.title,
                "outlet": article.outlet,
                "published": iso(article.published_at),
                "start": mention.char_start,
                "end": mention.char_end,
                "evidence": mention.evidence,
                "date_text": mention.date_text,
                "date_method": mention.date_method,
                "status": mention.status,
                "killed_low": mention.killed_low,
                "killed_high": mention.killed_high,
                "count": mention.count,
                "extractor_version": mention.extractor_version,
            })
    return [
        {
            "id": e.id,
            "type": e.type,
            "status": e.status,
            "date_start": iso(e.date_start),
            "date_end": iso(e.date_end),
            "date_precision": e.date_precision,
            "places": places[e.id],
            "actors": actors[e.id],
            "killed_low": e.killed_low,
            "killed_high": e.killed_high,
            "count": e.count,
            "summary": e.summary,
            "confidence": e.confidence,
            "sources": sources[e.id],
        }
        for e in events
    ]


def _chunks(items: list[int], size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def article_texts(session: Session, keys: set[str]) -> dict[str, str]:
    rows = session.execute(select(Article.key, Article.text).where(Article.key.in_(sorted(keys))))
    return {key: text for key, text in rows}


def get_event(session: Session, event_id: int) -> dict | None:
    event = session.get(Event, event_id)
    if event is None:
        return None
    return _hydrate(session, [event])[0]
