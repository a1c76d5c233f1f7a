"""Writing one article and its extracted events: everything in the caller's transaction."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .extract.types import ActorRef, ExtractedEvent, PlaceRef
from .models import Actor, Article, Event, EventActor, EventPlace, Mention, Place
from .sources import ArticleInput


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def find_article_by_sha(session: Session, sha: str) -> Article | None:
    return session.scalar(select(Article).where(Article.content_sha256 == sha))


def key_in_use(session: Session, key: str) -> bool:
    return session.scalar(select(Article.id).where(Article.key == key)) is not None


def add_article(
    session: Session,
    record: ArticleInput,
    published_at: datetime | None,
    published_date: date | None,
    published_source: str | None,
) -> Article:
    article = Article(
        key=record.key,
        title=record.title,
        outlet=record.outlet,
        url=record.url,
        published_at=published_at,
        published_date=published_date,
        published_source=published_source,
        source_path=record.source_path,
        text=record.text,
        content_sha256=record.sha256,
        ingested_at=utcnow(),
    )
    session.add(article)
    session.flush()
    return article


def place_key(ref: PlaceRef) -> str:
    return "|".join(part.strip().lower() for part in (ref.name, ref.admin1 or "", ref.country or ""))


def get_place(session: Session, ref: PlaceRef, cache: dict) -> Place:
    key = place_key(ref)
    if key in cache:
        return cache[key]
    place = session.scalar(select(Place).where(Place.key == key))
    if place is None:
        place = Place(
            key=key, name=ref.name, admin1=ref.admin1, country=ref.country,
            latitude=ref.latitude, longitude=ref.longitude, geonames_id=ref.geonames_id,
        )
        session.add(place)
        session.flush()
    cache[key] = place
    return place


def get_actor(session: Session, ref: ActorRef, cache: dict) -> Actor:
    if ref.name in cache:
        return cache[ref.name]
    actor = session.scalar(select(Actor).where(Actor.name == ref.name))
    if actor is None:
        actor = Actor(name=ref.name, kind=ref.kind)
        session.add(actor)
        session.flush()
    cache[ref.name] = actor
    return actor


def new_event(extracted: ExtractedEvent) -> Event:
    now = utcnow()
    return Event(
        type=extracted.type,
        status=extracted.status,
        date_start=extracted.date_start,
        date_end=extracted.date_end,
        date_precision=extracted.date_precision,
        killed_low=extracted.killed_low,
        killed_high=extracted.killed_high,
        count=extracted.count,
        summary=extracted.summary or extracted.evidence,
        confidence=extracted.confidence,
        created_at=now,
        updated_at=now,
    )


def new_mention(article: Article, extracted: ExtractedEvent, version: str) -> Mention:
    return Mention(
        article_id=article.id,
        char_start=extracted.evidence_start,
        char_end=extracted.evidence_end,
        evidence=extracted.evidence,
        status=extracted.status,
        date_text=extracted.date_text,
        date_method=extracted.date_method,
        date_start=extracted.date_start,
        date_end=extracted.date_end,
        date_precision=extracted.date_precision,
        report_date=article.published_date,
        killed_low=extracted.killed_low,
        killed_high=extracted.killed_high,
        count=extracted.count,
        extractor_version=version,
        created_at=utcnow(),
    )


def link_places_and_actors(session: Session, event: Event, extracted: ExtractedEvent, caches: dict) -> None:
    linked_places = {link.place_id for link in session.scalars(
        select(EventPlace).where(EventPlace.event_id == event.id))}
    for position, ref in enumerate(extracted.places):
        place = get_place(session, ref, caches.setdefault("places", {}))
        if place.id not in linked_places:
            session.add(EventPlace(event_id=event.id, place_id=place.id, position=len(linked_places)))
            linked_places.add(place.id)
    linked_actors = {link.actor_id for link in session.scalars(
        select(EventActor).where(EventActor.event_id == event.id))}
    for ref in extracted.actors:
        actor = get_actor(session, ref, caches.setdefault("actors", {}))
        if actor.id not in linked_actors:
            session.add(EventActor(event_id=event.id, actor_id=actor.id, position=len(linked_actors)))
            linked_actors.add(actor.id)


def save_events(session: Session, article: Article, events: list[ExtractedEvent], version: str) -> int:
    caches: dict = {}
    for extracted in events:
        event = new_event(extracted)
        session.add(event)
        session.flush()
        mention = new_mention(article, extracted, version)
        mention.event_id = event.id
        session.add(mention)
        link_places_and_actors(session, event, extracted, caches)
    session.flush()
    return len(events)
