"""Event queries shared by `cdb events`, `cdb export` and the Python API."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, literal_column, or_, select, table, union_all
from sqlalchemy.orm import Session, aliased

from .models import Actor, ActorAlias, Article, Event, EventActor, EventPlace, Mention, Place
from .published import iso


@dataclass(slots=True)
class EventFilter:
    since: date | None = None
    until: date | None = None
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    min_sources: int | None = None
    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    search: str | None = None
    limit: int | None = None


def _statement(f: EventFilter, dialect: str = "sqlite"):
    stmt = select(Event)
    seek = f.since is not None and f.limit is not None
    if f.since is not None and not seek:
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
    if f.places:
        stmt = stmt.where(Event.id.in_(_place_filter(f.places)))
    if f.actors:
        stmt = stmt.where(Event.id.in_(_actor_filter(f.actors)))
    if f.search:
        stmt = stmt.where(Event.id.in_(_search_filter(f.search, dialect)))
    if seek:
        return _since_with_limit(stmt, f.since, f.limit)
    # Undated events last, then by date and id so the order is stable.
    stmt = stmt.order_by(Event.date_start.is_(None), Event.date_start, Event.id)
    if f.limit is not None:
        stmt = stmt.limit(f.limit)
    return stmt


def _since_with_limit(stmt, since, limit: int):
    """The first `limit` events overlapping `since`, read from indexes instead of a full scan.

    Same rows and order as the plain overlap filter: the first `limit` events starting on or
    after `since` (ix_events_date_start_id, in order), plus the few starting earlier that last
    until `since` (ix_events_date_end), merged.
    """
    overlap = func.coalesce(Event.date_end, Event.date_start) >= since
    later = stmt.where(Event.date_start >= since, overlap).order_by(Event.date_start, Event.id).limit(limit)
    # Not ordered here: ordering would make the planner walk the date_start index from the start.
    earlier = stmt.where(Event.date_end >= since, or_(Event.date_start < since, Event.date_start.is_(None)), overlap)
    both = union_all(select(earlier.subquery()), select(later.subquery())).subquery()
    event = aliased(Event, both)
    return select(event).order_by(event.date_start.is_(None), event.date_start, event.id).limit(limit)


def list_events(session: Session, f: EventFilter) -> list[dict]:
    events = list(session.scalars(_statement(f, session.get_bind().dialect.name)))
    return _hydrate(session, events)


def _place_filter(names: tuple[str, ...]):
    """A place name or a province; spelling variants resolve through the gazetteer."""
    wanted = set()
    for name in names:
        wanted.add(name.strip().lower())
        canonical = _gazetteer_name(name)
        if canonical:
            wanted.add(canonical.lower())
    return (
        select(EventPlace.event_id)
        .join(Place, Place.id == EventPlace.place_id)
        .where(or_(func.lower(Place.name).in_(wanted), func.lower(Place.admin1).in_(wanted)))
    )


def _gazetteer_name(name: str) -> str | None:
    try:
        from .extract.places import default_gazetteer

        found = default_gazetteer().lookup(name)
    except (ImportError, AttributeError):
        return None
    return found.name if found else None


def _actor_filter(names: tuple[str, ...]):
    wanted = set()
    for name in names:
        wanted.add(name.strip().lower())
        try:
            from .extract.actors import default_actors

            found = default_actors().lookup(name)
        except (ImportError, AttributeError):
            found = None
        if found:
            wanted.add(found.name.lower())
    aliased = select(ActorAlias.actor_id).where(func.lower(ActorAlias.alias).in_(wanted))
    return (
        select(EventActor.event_id)
        .join(Actor, Actor.id == EventActor.actor_id)
        .where(or_(func.lower(Actor.name).in_(wanted), Actor.id.in_(aliased)))
    )


def fts_query(text: str) -> str:
    """User words as an FTS5 query: every word must occur; no operator syntax to trip over."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words) if words else '""'


def _search_filter(text: str, dialect: str):
    if dialect == "postgresql":
        query = func.websearch_to_tsquery("english", text)
        by_evidence = select(Mention.event_id).where(
            func.to_tsvector("english", Mention.evidence).op("@@")(query))
        matching_articles = select(Article.id).where(
            func.to_tsvector("english", func.coalesce(Article.title, "") + " " + Article.text).op("@@")(query))
    else:
        match = fts_query(text)
        by_evidence = select(Mention.event_id).where(Mention.id.in_(
            select(literal_column("rowid")).select_from(table("mentions_fts"))
            .where(literal_column("mentions_fts").op("MATCH")(match))))
        matching_articles = select(literal_column("rowid")).select_from(table("articles_fts")).where(
            literal_column("articles_fts").op("MATCH")(match))
    by_article = select(Mention.event_id).where(Mention.article_id.in_(matching_articles))
    return by_evidence.union(by_article)


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


def list_articles(session: Session, limit: int | None = None) -> list[dict]:
    events = (
        select(Mention.article_id, func.count(func.distinct(Mention.event_id)).label("events"))
        .group_by(Mention.article_id).subquery()
    )
    stmt = (
        select(Article.key, Article.published_at, Article.published_source, Article.outlet, Article.title,
               func.coalesce(events.c.events, 0))
        .outerjoin(events, events.c.article_id == Article.id)
        .order_by(Article.published_date.is_(None), Article.published_date, Article.key)
    )
    if limit:
        stmt = stmt.limit(limit)
    return [
        {"key": key, "published": iso(published), "published_source": source, "outlet": outlet,
         "title": title, "events": count}
        for key, published, source, outlet, title, count in session.execute(stmt)
    ]


def stats(session: Session) -> dict[str, list[dict]]:
    by_type = [
        {"type": kind, "events": n}
        for kind, n in session.execute(
            select(Event.type, func.count()).group_by(Event.type).order_by(func.count().desc(), Event.type))
    ]
    months: dict[str, int] = defaultdict(int)
    for (start,) in session.execute(select(Event.date_start)):
        months[start.strftime("%Y-%m") if start else "undated"] += 1
    by_month = [{"month": m, "events": months[m]} for m in sorted(months, key=lambda m: (m == "undated", m))]
    return {"by_type": by_type, "by_month": by_month}


def count_events(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(Event)).scalar_one()
