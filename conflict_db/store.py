"""Writing articles and their extracted events, in the caller's transaction.

A batch of articles is written with one statement per table (not per row), and its reports
are regrouped into events together (`regroup`), so storage costs a few statements per batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import column, insert, select, table
from sqlalchemy.engine import Connection

from .bulk import among, chunked, execute_chunked, insert_many, insert_rows
from .extract.types import ActorRef, ExtractedEvent, PlaceRef
from .merge import CORE_PRECISIONS, MentionFacts, window
from .models import Actor, Article, Event, Mention, MentionActor, MentionPlace, MergeKey, Place, utcnow
from .refresh import new_events
from .regroup import recluster
from .reports import Stored
from .sources import ArticleInput

_a, _p, _ac, _e = Article.__table__.c, Place.__table__.c, Actor.__table__.c, Event.__table__.c
_KNOWN_TEXTS = select(_a.content_sha256).where(among(_a.content_sha256))
_KNOWN_KEYS = select(_a.key).where(among(_a.key))
_PLACES = select(_p.key, _p.id, _p.admin1, _p.name, _p.country).where(among(_p.key))
_ACTORS = select(_ac.name, _ac.id, _ac.kind).where(among(_ac.name))
_EVENTS = select(_e.id).where(among(_e.id))


class NewArticle(Protocol):
    """An article ready to store (`ingest.Prepared`)."""

    record: ArticleInput
    published_at: datetime | None
    published_date: date | None
    published_source: str | None
    events: list[ExtractedEvent]


@dataclass(slots=True)
class Outcome:
    status: str  # new, skipped (same text already stored) or failed
    events: int = 0
    error: str | None = None


def store_articles(conn: Connection, items: Sequence[NewArticle], version: str) -> list[Outcome]:
    """Store new articles with their events; a text already stored is skipped, a reused key fails."""
    shas = [item.record.sha256 for item in items]  # a hash of the whole text: taken once
    seen_texts = {sha for (sha,) in chunked(conn, _KNOWN_TEXTS, shas)}
    used_keys = {key for (key,) in chunked(conn, _KNOWN_KEYS, [i.record.key for i in items])}
    outcomes: list[Outcome] = []
    new: list[tuple[NewArticle, str]] = []
    for item, sha in zip(items, shas):
        record = item.record
        if sha in seen_texts:
            outcomes.append(Outcome("skipped"))
        elif record.key in used_keys:
            outcomes.append(Outcome("failed", error=(
                f"article key {record.key!r} is already used by a different text "
                f"({record.source_path or 'input'}); give the record another id")))
        else:
            outcomes.append(Outcome("new", len(item.events)))
            new.append((item, sha))
            seen_texts.add(sha)
            used_keys.add(record.key)
    if new:
        now = utcnow()
        rows = [{"key": i.record.key, "title": i.record.title, "outlet": i.record.outlet, "url": i.record.url,
                 "published_at": i.published_at, "published_date": i.published_date,
                 "published_source": i.published_source, "source_path": i.record.source_path,
                 "text": i.record.text, "content_sha256": sha, "ingested_at": now} for i, sha in new]
        ids = insert_rows(conn, Article.__table__, rows)
        save_events(conn, [ArticleEvents(i, item.record.key, item.published_date, item.events)
                           for i, (item, _) in zip(ids, new)], version)
    return outcomes


@dataclass(slots=True)
class ArticleEvents:
    article_id: int
    key: str
    published_date: date | None
    events: list[ExtractedEvent]
    # (type, start, end) of an earlier report of this article -> its event: re-extracting an
    # article keeps the ids of the events it still reports.
    hints: dict[tuple[str, int, int], int] = field(default_factory=dict)


def save_events(conn: Connection, articles: Sequence[ArticleEvents], version: str,
                regroup: Iterable[int] = ()) -> set[int]:
    """Store each extracted event as a report, then regroup the events around all of them at once.

    `regroup`: stored reports to regroup with them, as if new (`reprocess`). Returns the ids of
    the events regrouped.
    """
    regroup = list(regroup)
    pending = [(a, ex) for a in articles for ex in a.events]
    if not pending:
        return recluster(conn, regroup, {}) if regroup else set()
    places = _place_ids(conn, [ref for _, ex in pending for ref in ex.places])
    actors = _actor_ids(conn, [ref for _, ex in pending for ref in ex.actors])
    now = utcnow()
    reports = []
    for a, ex in pending:
        named = list(dict.fromkeys(places[ref] for ref in ex.places))
        acting = list(dict.fromkeys(actors[ref.name] for ref in ex.actors))
        # As `regroup.load` reads a report back: only places and actors that count for merging.
        facts = MentionFacts(
            type=ex.type, status=ex.status, date_start=ex.date_start,
            # A single day has no end date: date_end is for spans (weeks, months, ranges).
            date_end=None if ex.date_end == ex.date_start else ex.date_end, date_precision=ex.date_precision,
            places=frozenset(p.id for p in named if p.specific), actors=frozenset(p.id for p in acting if p.specific),
            killed_low=ex.killed_low, killed_high=ex.killed_high, count=ex.count,
            sort_key=(a.published_date or date.max, a.key, ex.evidence_start), evidence=ex.evidence,
            confidence=ex.confidence, site=next((p.id for p in named if p.specific), None))
        reports.append((a, ex, facts, named, acting))
    # Each report starts as an event of its own. Most of those are dropped by regrouping once the
    # database holds many reports, so they are left empty until then (`refresh.new_events`): an
    # empty event sits at the start of the date indexes, not at its date, and costs no page
    # written all over them when it is dropped.
    event_ids = new_events(conn, [ex.type for _, ex, _, _, _ in reports])
    mention_ids = insert_rows(conn, Mention.__table__, [{
        "event_id": event_id, "article_id": a.article_id, "char_start": ex.evidence_start,
        "char_end": ex.evidence_end, "evidence": ex.evidence, "status": ex.status, "date_text": ex.date_text,
        "date_method": ex.date_method, "date_start": facts.date_start, "date_end": facts.date_end,
        "date_precision": ex.date_precision, "report_date": a.published_date, "killed_low": ex.killed_low,
        "killed_high": ex.killed_high, "count": ex.count, "confidence": ex.confidence,
        "extractor_version": version, "created_at": now,
    } for event_id, (a, ex, facts, _, _) in zip(event_ids, reports)])
    index_evidence(conn, mention_ids)
    links: dict[type, list[dict]] = {MentionPlace: [], MentionActor: [], MergeKey: []}
    stored: dict[int, Stored] = {}
    for mention_id, event_id, (_, ex, facts, named, acting) in zip(mention_ids, event_ids, reports):
        for n, p in enumerate(named):
            links[MentionPlace].append({"mention_id": mention_id, "place_id": p.id, "position": n})
        for n, p in enumerate(acting):
            links[MentionActor].append({"mention_id": mention_id, "actor_id": p.id, "position": n})
        place_keys = [("p", p.id) for p in named if p.specific]
        links[MergeKey] += merge_key_rows(mention_id, facts, place_keys + [("a", p.id) for p in acting])
        stored[mention_id] = Stored(event_id, facts, frozenset(place_keys + [("a", p.id) for p in acting if p.specific]),
                                    tuple(p.id for p in named), tuple(p.id for p in acting))
    for model, rows in links.items():
        insert_many(conn, model.__table__, rows)
    preferred = _preferred(conn, pending, mention_ids)
    return recluster(conn, mention_ids + regroup, preferred, stored)


_m = Mention.__table__.c
_INDEX_EVIDENCE = (insert(table("mentions_fts", column("rowid"), column("evidence")))
                   .from_select(["rowid", "evidence"], select(_m.id, _m.evidence).where(among(_m.id))))


def index_evidence(conn: Connection, mention_ids: list[int]) -> None:
    """Add new reports to SQLite's full-text index, all at once (see migration 0005).

    PostgreSQL's index is an expression index: it follows inserts by itself.
    """
    if conn.dialect.name == "sqlite":
        execute_chunked(conn, _INDEX_EVIDENCE, mention_ids)


def merge_key_rows(mention_id: int, facts: MentionFacts, keys: list[tuple[str, int]]) -> list[dict]:
    """Index a report that can merge under each of its places and actors (see `regroup`).

    `keys`: ("p", id) of the places that are more than a country, ("a", id) of every actor.
    """
    facts_window = window(facts)
    if facts_window is None:
        return []
    placed = any(kind == "p" for kind, _ in keys)
    common = {"mention_id": mention_id, "type": facts.type, "placed": placed,
              "strong": placed and facts.date_precision in CORE_PRECISIONS,
              # A range fits no single day, so, like a report that fits two, it never joins one.
              "settled": facts.date_precision == "range",
              "date_start": facts_window[0], "date_end": facts_window[1]}
    return [dict(common, kind=kind, key_id=i) for kind, i in keys]


def _preferred(conn: Connection, pending, mention_ids: list[int]) -> dict[int, int]:
    hinted = {event_id for a, _ in pending for event_id in a.hints.values()}
    if not hinted:
        return {}
    alive = {i for (i,) in chunked(conn, _EVENTS, hinted)}
    preferred: dict[int, int] = {}
    for mention_id, (a, ex) in zip(mention_ids, pending):
        for (kind, start, end), event_id in sorted(a.hints.items(), key=lambda kv: kv[1]):
            if kind == ex.type and start < ex.evidence_end and ex.evidence_start < end and event_id in alive:
                preferred[mention_id] = event_id
                break
    return preferred


def place_key(ref: PlaceRef) -> str:
    return "|".join(part.strip().lower() for part in (ref.name, ref.admin1 or "", ref.country or ""))


@dataclass(frozen=True, slots=True)
class Named:
    """A stored place or actor as merging sees it: a mere country or a source does not count."""

    id: int
    key: str  # places.key, actors.name
    specific: bool


def _more_than_a_country(name: str, admin1: str | None, country: str | None) -> bool:
    """The rule of `regroup.COUNTRY_ONLY`, for a place in hand."""
    return not (admin1 is None and name == country)


def _place_ids(conn: Connection, refs: list[PlaceRef]) -> dict[PlaceRef, Named]:
    """Each place named -> the stored place of its key, adding the places not stored yet."""
    keys = {ref: place_key(ref) for ref in refs}
    wanted: dict[str, PlaceRef] = {}
    for ref, key in keys.items():
        wanted.setdefault(key, ref)  # the first spelling of a place is the one stored
    found = {key: Named(i, key, _more_than_a_country(name, admin1, country))
             for key, i, admin1, name, country in chunked(conn, _PLACES, wanted)}
    missing = [(key, ref) for key, ref in wanted.items() if key not in found]
    if missing:
        rows = [{"key": key, "name": ref.name, "admin1": ref.admin1, "country": ref.country,
                 "latitude": ref.latitude, "longitude": ref.longitude, "geonames_id": ref.geonames_id}
                for key, ref in missing]
        for (key, ref), i in zip(missing, insert_rows(conn, Place.__table__, rows)):
            found[key] = Named(i, key, _more_than_a_country(ref.name, ref.admin1, ref.country))
    return {ref: found[key] for ref, key in keys.items()}


def _actor_ids(conn: Connection, refs: list[ActorRef]) -> dict[str, Named]:
    """Actor name -> stored actor, adding the actors not stored yet."""
    wanted = {ref.name: ref for ref in refs}
    found = {name: Named(i, name, kind != "source") for name, i, kind in chunked(conn, _ACTORS, wanted)}
    missing = [ref for name, ref in wanted.items() if name not in found]
    if missing:
        rows = [{"name": ref.name, "kind": ref.kind} for ref in missing]
        for ref, i in zip(missing, insert_rows(conn, Actor.__table__, rows)):
            found[ref.name] = Named(i, ref.name, ref.kind != "source")
    return found
