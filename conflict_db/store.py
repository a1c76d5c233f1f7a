"""Writing one article and its extracted events: everything in the caller's transaction."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import and_, bindparam, delete, insert, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from .extract.types import ActorRef, ExtractedEvent, PlaceRef
from .merge import CORE_PRECISIONS, MentionFacts, cluster, derive, follows, is_strong, window
from .models import (Actor, Article, Event, EventActor, EventPlace, Mention, MentionActor, MentionPlace, MergeKey,
                     Place)
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


def mention_facts(session: Session, mention_ids: list[int],
                  key_ids: dict[int, tuple[list[int], list[int]]] | None = None,
                  ) -> dict[int, tuple[Mention, MentionFacts]]:
    """Stored mentions with what merging needs to know about each.

    `key_ids`, when given, receives for each mention the ids of the places and actors behind
    its `places` and `actors` (what `_lookup` searches `merge_keys` by).
    """
    if not mention_ids:
        return {}
    rows = session.execute(_FACTS, {"ids": mention_ids}).all()
    places: dict[int, set[str]] = {}
    place_ids: dict[int, list[int]] = {}
    for mention_id, key, place_id in session.execute(_FACT_PLACES, {"ids": mention_ids}):
        places.setdefault(mention_id, set()).add(key)
        place_ids.setdefault(mention_id, []).append(place_id)
    actors: dict[int, set[str]] = {}
    actor_ids: dict[int, list[int]] = {}
    for mention_id, name, actor_id in session.execute(_FACT_ACTORS, {"ids": mention_ids}):
        actors.setdefault(mention_id, set()).add(name)
        actor_ids.setdefault(mention_id, []).append(actor_id)
    if key_ids is not None:
        for mention, *_ in rows:
            key_ids[mention.id] = (sorted(set(place_ids.get(mention.id, ()))),
                                   sorted(set(actor_ids.get(mention.id, ()))))
    return {
        mention.id: (mention, MentionFacts(
            type=kind, status=mention.status,
            date_start=mention.date_start, date_end=mention.date_end, date_precision=mention.date_precision,
            places=frozenset(places.get(mention.id, ())), actors=frozenset(actors.get(mention.id, ())),
            killed_low=mention.killed_low, killed_high=mention.killed_high, count=mention.count,
            sort_key=(published or date.max, key, mention.char_start),
            evidence=mention.evidence, confidence=mention.confidence,
        ))
        for mention, kind, key, published in rows
    }


def _facts_only(session: Session, mention_ids: list[int]) -> dict[int, MentionFacts]:
    """`mention_facts` without loading the mentions as objects (rows are enough to derive events)."""
    if not mention_ids:
        return {}
    places: dict[int, set[str]] = {}
    for mention_id, key, _ in session.execute(_FACT_PLACES, {"ids": mention_ids}):
        places.setdefault(mention_id, set()).add(key)
    actors: dict[int, set[str]] = {}
    for mention_id, name, _ in session.execute(_FACT_ACTORS, {"ids": mention_ids}):
        actors.setdefault(mention_id, set()).add(name)
    return {
        i: MentionFacts(
            type=kind, status=status, date_start=start, date_end=end, date_precision=precision,
            places=frozenset(places.get(i, ())), actors=frozenset(actors.get(i, ())),
            killed_low=low, killed_high=high, count=count,
            sort_key=(published or date.max, key, char_start), evidence=evidence, confidence=confidence,
        )
        for (i, status, start, end, precision, low, high, count, char_start, evidence, confidence,
             kind, key, published) in session.execute(_FACT_ROWS, {"ids": mention_ids})
    }


# A country is too coarse to say two reports are the same event ("Friends of Syria", "in Syria"):
# for merging, a report that names only countries counts as naming no place.
_COUNTRY_ONLY = and_(Place.admin1.is_(None), Place.name == Place.country)


def is_specific(place: Place) -> bool:
    return not (place.admin1 is None and place.name == place.country)


_IDS = bindparam("ids", expanding=True)

# Statements are built once: SQLAlchemy then finds their compiled form in its cache at once.
_FACTS = (select(Mention, Event.type, Article.key, Article.published_date)
          .join(Event, Event.id == Mention.event_id)
          .join(Article, Article.id == Mention.article_id)
          .where(Mention.id.in_(_IDS)))
_FACT_PLACES = (select(MentionPlace.mention_id, Place.key, Place.id).join(Place, Place.id == MentionPlace.place_id)
                .where(MentionPlace.mention_id.in_(_IDS), ~_COUNTRY_ONLY))
_FACT_ACTORS = (select(MentionActor.mention_id, Actor.name, Actor.id).join(Actor, Actor.id == MentionActor.actor_id)
                .where(MentionActor.mention_id.in_(_IDS), or_(Actor.kind.is_(None), Actor.kind != "source")))
_m, _e, _a = Mention.__table__.c, Event.__table__.c, Article.__table__.c
_FACT_ROWS = (select(_m.id, _m.status, _m.date_start, _m.date_end, _m.date_precision, _m.killed_low, _m.killed_high,
                     _m.count, _m.char_start, _m.evidence, _m.confidence, _e.type, _a.key, _a.published_date)
              .select_from(Mention.__table__.join(Event.__table__, _e.id == _m.event_id)
                           .join(Article.__table__, _a.id == _m.article_id))
              .where(_m.id.in_(_IDS)))
_MENTIONS_OF_EVENTS = select(Mention.id).where(Mention.event_id.in_(_IDS))


def _lookup_statement(*, strong: bool, same_window: bool, places_only: bool, placed: bool):
    k = MergeKey.__table__.c
    m = Mention.__table__.c
    place_ids = bindparam("place_ids", expanding=True)
    actor_ids = bindparam("actor_ids", expanding=True)
    # Reports that both name places match only on a shared place (`compatible`).
    if places_only:
        keys = and_(k.kind == "p", k.key_id.in_(place_ids))
    elif placed:
        keys = or_(and_(k.kind == "p", k.key_id.in_(place_ids), k.placed.is_(True)),
                   and_(k.kind == "a", k.key_id.in_(actor_ids), k.placed.is_(False)))
    else:
        keys = and_(k.kind == "a", k.key_id.in_(actor_ids))
    dates = (and_(k.date_start == bindparam("w0"), k.date_end == bindparam("w1")) if same_window
             else and_(k.date_start <= bindparam("w1"), k.date_end >= bindparam("w0")))
    return (select(k.mention_id, m.event_id).select_from(MergeKey.__table__.join(Mention.__table__,
                                                                                 m.id == k.mention_id))
            .where(k.type == bindparam("type"), k.strong.is_(strong), keys, dates)
            .distinct())


_LOOKUPS = {(strong, same_window, places_only, placed): _lookup_statement(
    strong=strong, same_window=same_window, places_only=places_only, placed=placed)
    for strong in (False, True) for same_window in (False, True) for places_only in (False, True)
    for placed in (False, True)}


def _lookup(session: Session, facts: MentionFacts, ids: tuple[list[int], list[int]], *, strong: bool,
            same_window: bool = False, places_only: bool = False) -> list[tuple[int, int]]:
    """(mention id, event id) of keyed mentions that may match `facts`, from `merge_keys`.

    `ids`: the ids of the places and actors named by `facts` (see `mention_facts`).
    """
    w = window(facts)
    if w is None or not (facts.places or facts.actors):
        return []
    statement = _LOOKUPS[(strong, same_window, places_only, bool(facts.places))]
    rows = session.execute(statement, {"type": facts.type, "place_ids": ids[0], "actor_ids": ids[1],
                                       "w0": w[0], "w1": w[1]})
    return [(m, e) for m, e in rows]


def add_merge_keys(session: Session, mention: Mention, event_type: str, place_ids, actor_ids) -> None:
    """Index a mention that can merge under each of its places and actors (see `_lookup`)."""
    rows = merge_key_rows(mention, event_type, place_ids, actor_ids)
    if rows:
        session.execute(insert(MergeKey), rows)


def merge_key_rows(mention: Mention, event_type: str, place_ids, actor_ids) -> list[dict]:
    """The `merge_keys` rows of `add_merge_keys`, for inserting several mentions' at once."""
    facts_window = window(MentionFacts(
        type=event_type, status="", date_start=mention.date_start, date_end=mention.date_end,
        date_precision=mention.date_precision, places=frozenset(), actors=frozenset()))
    if facts_window is None:
        return []
    placed = bool(place_ids)
    common = {"mention_id": mention.id, "type": event_type, "placed": placed,
              "strong": placed and mention.date_precision in CORE_PRECISIONS,
              "date_start": facts_window[0], "date_end": facts_window[1]}
    rows = [dict(common, kind="p", key_id=i) for i in place_ids]
    rows += [dict(common, kind="a", key_id=i) for i in actor_ids]
    return rows


def _neighbourhood(session: Session, mention_ids) -> tuple[dict[int, tuple[Mention, MentionFacts]], dict]:
    """The mentions whose grouping can change when these arrive, and what lies beyond them.

    From a strong report (a day and a place): the strong reports of the same day and place,
    and the weaker reports that fit it. From a weak report: the strong reports it fits, only
    to know their events, or, when it fits two events or more, just their ids (it stays apart
    unless this regrouping joins them); and weak reports of the very same date. Plus every
    report that shares an event with one already found. Nothing chains across days, so the
    region stays small however large the database grows.

    Returns the region and, for weak reports, the events they fit outside it.
    """
    found: dict[int, tuple[Mention, MentionFacts]] = {}
    limited: dict[int, bool] = {}
    beyond: dict[int, set[int]] = {}
    key_ids: dict[int, tuple[list[int], list[int]]] = {}
    frontier = {i: False for i in ([mention_ids] if isinstance(mention_ids, int) else mention_ids)}
    while frontier:
        loaded = mention_facts(session, sorted(frontier), key_ids)
        found.update(loaded)
        limited.update(frontier)
        following: dict[int, bool] = {}

        def follow(i: int, flag: bool) -> None:
            if i not in found or (limited[i] and not flag):
                following[i] = following.get(i, True) and flag

        event_ids = sorted({m.event_id for m, _ in loaded.values()})
        for other in session.scalars(_MENTIONS_OF_EVENTS, {"ids": event_ids}):
            follow(other, False)
        checks: dict[int, list[tuple[int, bool]]] = {}
        for i, (_, a) in loaded.items():
            if is_strong(a):
                for m, _ in _lookup(session, a, key_ids[i], strong=True, places_only=True):
                    checks.setdefault(m, []).append((i, limited[i]))
                if not limited[i]:
                    for m, _ in _lookup(session, a, key_ids[i], strong=False):
                        checks.setdefault(m, []).append((i, False))
                continue
            fits = _lookup(session, a, key_ids[i], strong=True)
            if a.type != "casualty_report" and a.date_precision != "range" and len({e for _, e in fits}) > 1:
                beyond[i] = {e for _, e in fits}
            else:
                for m, _ in fits:
                    checks.setdefault(m, []).append((i, False))
            for m, _ in _lookup(session, a, key_ids[i], strong=False, same_window=True):
                checks.setdefault(m, []).append((i, False))
        if checks:
            facts_of = {c: found[c] for c in checks if c in found}
            facts_of.update(mention_facts(session, sorted(c for c in checks if c not in found), key_ids))
            for c, (_, b) in facts_of.items():
                for i, was_limited in checks[c]:
                    a = found[i][1]
                    if c != i and follows(a, b, limited=was_limited):
                        # A strong report reached from a weak one is only needed for its event.
                        follow(c, is_strong(b) and not is_strong(a))
        frontier = following
    return found, beyond


def recluster(session: Session, mention_id, preferred: dict[int, int]) -> tuple[set[int], set[int]]:
    """Regroup the mentions around one mention (or several) into events.

    Returns the mention ids regrouped and the event ids touched.

    Each group keeps the id of the event that already holds most of its mentions (or that
    `preferred` names for a re-extracted mention), so ids stay stable as reports arrive.
    """
    mentions, beyond = _neighbourhood(session, mention_id)
    inside = {m.event_id for m, _ in mentions.values()}
    outside = {i: events - inside for i, events in beyond.items()}
    groups = cluster({i: facts for i, (_, facts) in mentions.items()}, outside)
    touched = {m.event_id for m, _ in mentions.values()}
    taken: set[int] = set()
    # Load every event a group could keep in one query (session.get then hits the identity map).
    held = _load_events(session, {preferred.get(i, m.event_id) for i, (m, _) in mentions.items()})  # noqa: F841

    def claim_order(group: list[int]):
        vague = all(mentions[i][1].date_precision not in CORE_PRECISIONS for i in group)
        return (-len(group), vague, group)

    for group in sorted(groups, key=claim_order):
        votes: dict[int, int] = {}
        for i in group:
            event_id = preferred.get(i, mentions[i][0].event_id)
            votes[event_id] = votes.get(event_id, 0) + 1
        choices = sorted((-n, event_id) for event_id, n in votes.items() if event_id not in taken)
        if choices and session.get(Event, choices[0][1]) is not None:
            event_id = choices[0][1]
        else:
            event = new_event(mentions[group[0]][1].type)
            session.add(event)
            session.flush()
            event_id = event.id
        taken.add(event_id)
        touched.add(event_id)
        for i in group:
            mentions[i][0].event_id = event_id
    session.flush()
    return set(mentions), touched


def _load_events(session: Session, event_ids) -> list[Event]:
    """Load events in bulk; hold on to the result (the identity map only keeps weak references)."""
    missing = sorted(i for i in event_ids if identity_key(Event, i) not in session.identity_map)
    out: list[Event] = []
    for n in range(0, len(missing), 500):
        out += session.scalars(select(Event).where(Event.id.in_(missing[n:n + 500])))
    return out


def refresh_events(session: Session, event_ids) -> None:
    """Derive each event's fields, places and actors from its mentions; drop those with none."""
    ids = sorted(set(event_ids))
    if not ids:
        return
    by_event: dict[int, list[int]] = {}
    for mention_id, event_id in session.execute(
            select(Mention.id, Mention.event_id).where(Mention.event_id.in_(ids))):
        by_event.setdefault(event_id, []).append(mention_id)
    all_mentions = [m for ms in by_event.values() for m in ms]
    facts = _facts_only(session, all_mentions)
    session.execute(delete(EventPlace).where(EventPlace.event_id.in_(ids)))
    session.execute(delete(EventActor).where(EventActor.event_id.in_(ids)))
    places: dict[int, list[tuple[int, int]]] = {}
    for mention_id, place_id, position in session.execute(
            select(MentionPlace.mention_id, MentionPlace.place_id, MentionPlace.position)
            .where(MentionPlace.mention_id.in_(all_mentions))):
        places.setdefault(mention_id, []).append((position, place_id))
    actors: dict[int, list[tuple[int, int]]] = {}
    for mention_id, actor_id, position in session.execute(
            select(MentionActor.mention_id, MentionActor.actor_id, MentionActor.position)
            .where(MentionActor.mention_id.in_(all_mentions))):
        actors.setdefault(mention_id, []).append((position, actor_id))
    place_rows: list[dict] = []
    actor_rows: list[dict] = []
    now = utcnow()
    held = _load_events(session, ids)  # noqa: F841
    for event_id in ids:
        event = session.get(Event, event_id)
        if event is None:
            continue
        stored = sorted(((m, facts[m]) for m in by_event.get(event_id, ()) if m in facts),
                        key=lambda pair: pair[1].sort_key)
        if not stored:
            session.delete(event)
            continue
        derived = derive([f for _, f in stored])
        for name in ("status", "date_start", "date_end", "date_precision", "killed_low", "killed_high",
                     "count", "summary", "confidence"):
            setattr(event, name, getattr(derived, name))
        event.updated_at = now
        place_ids: list[int] = []
        actor_ids: list[int] = []
        for mention_id, _ in stored:
            for _, place_id in sorted(places.get(mention_id, ())):
                if place_id not in place_ids:
                    place_ids.append(place_id)
            for _, actor_id in sorted(actors.get(mention_id, ())):
                if actor_id not in actor_ids:
                    actor_ids.append(actor_id)
        place_rows += [{"event_id": event_id, "place_id": pid, "position": i} for i, pid in enumerate(place_ids)]
        actor_rows += [{"event_id": event_id, "actor_id": aid, "position": i} for i, aid in enumerate(actor_ids)]
    session.flush()
    if place_rows:
        session.execute(insert(EventPlace), place_rows)
    if actor_rows:
        session.execute(insert(EventActor), actor_rows)


def save_events(
    session: Session,
    article: Article,
    events: list[ExtractedEvent],
    version: str,
    hints: dict[tuple[str, int, int], int] | None = None,
    caches: dict | None = None,
) -> int:
    """Store each extracted event as a mention and regroup the events around it.

    `hints` maps (type, start, end) of an earlier mention of this article to its event id, so
    re-processing an article keeps the ids of events that are still found.
    """
    # `caches` (places and actors by key) may be shared by the articles of one transaction; the
    # caller must drop it when it rolls back.
    caches = {} if caches is None else caches
    preferred: dict[int, int] = {}
    pending = []
    # All of the article's mentions go in first, so regrouping never sees half an article.
    for ex in events:
        places = _unique([get_place(session, ref, caches.setdefault("places", {})) for ref in ex.places])
        actors = _unique([get_actor(session, ref, caches.setdefault("actors", {})) for ref in ex.actors])
        event = new_event(ex.type)
        session.add(event)
        pending.append((ex, event, places, actors))
    session.flush()
    # Not through the `event` relationship: regrouping moves mentions by event_id, and the old
    # event's in-memory collection would still hold them when it is deleted.
    for n, (ex, event, places, actors) in enumerate(pending):
        mention = new_mention(article, ex, version)
        mention.event_id = event.id
        session.add(mention)
        pending[n] = (ex, mention, places, actors)
    session.flush()
    links_p = [{"mention_id": m.id, "place_id": p.id, "position": i}
               for _, m, places, _ in pending for i, p in enumerate(places)]
    links_a = [{"mention_id": m.id, "actor_id": a.id, "position": i}
               for _, m, _, actors in pending for i, a in enumerate(actors)]
    if links_p:
        session.execute(insert(MentionPlace), links_p)
    if links_a:
        session.execute(insert(MentionActor), links_a)
    new_ids: list[int] = []
    key_rows: list[dict] = []
    for ex, mention, places, actors in pending:
        key_rows += merge_key_rows(mention, ex.type, [p.id for p in places if is_specific(p)],
                                   [a.id for a in actors])
    if key_rows:
        session.execute(insert(MergeKey), key_rows)
    for ex, mention, places, actors in pending:
        hinted = _hinted_event(session, hints, ex)
        if hinted is not None:
            preferred[mention.id] = hinted
        new_ids.append(mention.id)
    touched: set[int] = set()
    if new_ids:
        _, touched = recluster(session, new_ids, preferred)
    refresh_events(session, touched)
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


def _range_end(extracted: ExtractedEvent):
    """A single day has no end date: date_end is for spans (weeks, months, ranges)."""
    if extracted.date_end == extracted.date_start:
        return None
    return extracted.date_end


def new_event(event_type: str) -> Event:
    """An event to hold mentions; `refresh_events` derives its fields from them."""
    now = utcnow()
    return Event(type=event_type, status="occurred", date_precision="unknown", created_at=now, updated_at=now)


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
        date_end=_range_end(extracted),
        date_precision=extracted.date_precision,
        report_date=article.published_date,
        killed_low=extracted.killed_low,
        killed_high=extracted.killed_high,
        count=extracted.count,
        confidence=extracted.confidence,
        extractor_version=version,
        created_at=utcnow(),
    )
