"""Writing one article and its extracted events: everything in the caller's transaction."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from .extract.types import ActorRef, ExtractedEvent, PlaceRef
from .merge import MentionFacts, candidate_window, compatible, derive
from .models import Actor, Article, Event, EventActor, EventPlace, Mention, MentionActor, MentionPlace, Place
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


def _facts_from_extracted(ex: ExtractedEvent, article: Article, places: list[Place], actors: list[Actor]) -> MentionFacts:
    return MentionFacts(
        type=ex.type, status=ex.status, date_start=ex.date_start, date_end=ex.date_end,
        date_precision=ex.date_precision,
        places=frozenset(p.key for p in places),
        actors=frozenset(a.name for a in actors if a.kind != "source"),
        killed_low=ex.killed_low, killed_high=ex.killed_high, count=ex.count,
        sort_key=(article.published_date or date.max, article.key, ex.evidence_start),
        evidence=ex.evidence, confidence=ex.confidence,
    )


def mention_facts(session: Session, event_ids: list[int]) -> dict[int, list[tuple[Mention, MentionFacts]]]:
    """Stored mentions of these events, with what merging needs to know about each."""
    if not event_ids:
        return {}
    rows = session.execute(
        select(Mention, Article.key, Article.published_date)
        .join(Article, Article.id == Mention.article_id)
        .where(Mention.event_id.in_(event_ids))
    ).all()
    ids = [m.id for m, _, _ in rows]
    places: dict[int, set[str]] = {}
    for mention_id, key in session.execute(
        select(MentionPlace.mention_id, Place.key).join(Place, Place.id == MentionPlace.place_id)
        .where(MentionPlace.mention_id.in_(ids))
    ):
        places.setdefault(mention_id, set()).add(key)
    actors: dict[int, set[str]] = {}
    for mention_id, name in session.execute(
        select(MentionActor.mention_id, Actor.name).join(Actor, Actor.id == MentionActor.actor_id)
        .where(MentionActor.mention_id.in_(ids), or_(Actor.kind.is_(None), Actor.kind != "source"))
    ):
        actors.setdefault(mention_id, set()).add(name)
    out: dict[int, list[tuple[Mention, MentionFacts]]] = {}
    for mention, key, published in rows:
        out.setdefault(mention.event_id, []).append((mention, MentionFacts(
            type=_event_type(session, mention.event_id), status=mention.status,
            date_start=mention.date_start, date_end=mention.date_end, date_precision=mention.date_precision,
            places=frozenset(places.get(mention.id, ())), actors=frozenset(actors.get(mention.id, ())),
            killed_low=mention.killed_low, killed_high=mention.killed_high, count=mention.count,
            sort_key=(published or date.max, key, mention.char_start),
            evidence=mention.evidence, confidence=mention.confidence,
        )))
    return out


def _event_type(session: Session, event_id: int) -> str:
    return session.get(Event, event_id).type


def compatible_events(session: Session, facts: MentionFacts) -> list[int]:
    bounds = candidate_window(facts)
    if bounds is None:
        return []
    lo, hi = bounds
    candidates = list(session.scalars(
        select(Event.id).where(
            Event.type == facts.type,
            Event.date_start.is_not(None),
            Event.date_start <= hi,
            func.coalesce(Event.date_end, Event.date_start) >= lo,
        )
    ))
    found = []
    for event_id, stored in mention_facts(session, candidates).items():
        if any(compatible(facts, other) for _, other in stored):
            found.append(event_id)
    return sorted(found)


def refresh_event(session: Session, event: Event) -> None:
    """Derive the event's fields, places and actors from all of its mentions."""
    stored = mention_facts(session, [event.id]).get(event.id, [])
    if not stored:
        session.delete(event)
        return
    derived = derive([facts for _, facts in stored])
    for name in ("status", "date_start", "date_end", "date_precision", "killed_low", "killed_high",
                 "count", "summary", "confidence"):
        setattr(event, name, getattr(derived, name))
    event.updated_at = utcnow()
    mention_ids = [m.id for m, _ in sorted(stored, key=lambda pair: pair[1].sort_key)]
    session.execute(delete(EventPlace).where(EventPlace.event_id == event.id))
    session.execute(delete(EventActor).where(EventActor.event_id == event.id))
    place_ids: list[int] = []
    actor_ids: list[int] = []
    for mention_id in mention_ids:
        for (place_id,) in session.execute(select(MentionPlace.place_id).where(
                MentionPlace.mention_id == mention_id).order_by(MentionPlace.position)):
            if place_id not in place_ids:
                place_ids.append(place_id)
        for (actor_id,) in session.execute(select(MentionActor.actor_id).where(
                MentionActor.mention_id == mention_id).order_by(MentionActor.position)):
            if actor_id not in actor_ids:
                actor_ids.append(actor_id)
    session.add_all(EventPlace(event_id=event.id, place_id=pid, position=i) for i, pid in enumerate(place_ids))
    session.add_all(EventActor(event_id=event.id, actor_id=aid, position=i) for i, aid in enumerate(actor_ids))
    session.flush()


def _absorb(session: Session, survivor: Event, others: list[int]) -> None:
    for other_id in others:
        if other_id == survivor.id:
            continue
        session.execute(update(Mention).where(Mention.event_id == other_id).values(event_id=survivor.id))
        session.execute(delete(Event).where(Event.id == other_id))
    session.flush()


def save_events(
    session: Session,
    article: Article,
    events: list[ExtractedEvent],
    version: str,
    hints: dict[tuple[str, int, int], int] | None = None,
) -> int:
    """Store each extracted event as a mention, merged into the events it matches.

    `hints` maps (type, start, end) of an earlier mention of this article to its event id, so
    re-processing an article keeps the ids of events that are still found.
    """
    caches: dict = {}
    for ex in events:
        places = _unique([get_place(session, ref, caches.setdefault("places", {})) for ref in ex.places])
        actors = _unique([get_actor(session, ref, caches.setdefault("actors", {})) for ref in ex.actors])
        facts = _facts_from_extracted(ex, article, places, actors)
        targets = compatible_events(session, facts)
        hinted = _hinted_event(session, hints, ex)
        if hinted is not None and hinted not in targets:
            targets.append(hinted)
        if targets:
            survivor = session.get(Event, hinted if hinted is not None else min(targets))
            _absorb(session, survivor, targets)
        else:
            survivor = new_event(ex)
            session.add(survivor)
            session.flush()
        mention = new_mention(article, ex, version)
        mention.event_id = survivor.id
        session.add(mention)
        session.flush()
        session.add_all(MentionPlace(mention_id=mention.id, place_id=p.id, position=i) for i, p in enumerate(places))
        session.add_all(MentionActor(mention_id=mention.id, actor_id=a.id, position=i) for i, a in enumerate(actors))
        session.flush()
        refresh_event(session, survivor)
    return len(events)


def _hinted_event(session: Session, hints, ex: ExtractedEvent) -> int | None:
    if not hints:
        return None
    for (kind, start, end), event_id in sorted(hints.items(), key=lambda kv: kv[1]):
        if kind == ex.type and start < ex.evidence_end and ex.evidence_start < end:
            if session.get(Event, event_id) is not None:
                return event_id
    return None


def _unique(items: list) -> list:
    seen: set[int] = set()
    out = []
    for item in items:
        if item.id not in seen:
            seen.add(item.id)
            out.append(item)
    return out


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
        confidence=extracted.confidence,
        extractor_version=version,
        created_at=utcnow(),
    )
