"""Storing hand-made reports and reading events back by content, for the storage tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from conflict_db import ingest
from conflict_db.db import open_database
from conflict_db.extract.types import ActorRef, ExtractedEvent, PlaceRef
from conflict_db.sources import ArticleInput


def store_all(url: str, items: list, batch: int) -> None:
    engine = open_database(url)
    try:
        for n in range(0, len(items), batch):
            outcomes = ingest.store_batch(engine, items[n:n + batch])
            assert all(status == "new" for status, _, _ in outcomes)
    finally:
        engine.dispose()


def content(url: str) -> list:
    """Every event as what it says and which reports it holds: nothing that depends on ids."""
    engine = open_database(url)
    try:
        with engine.connect() as c:
            reports: dict[int, list] = {}
            for event_id, key, start in c.execute(text(
                    "SELECT m.event_id, a.key, m.char_start FROM mentions m JOIN articles a ON a.id = m.article_id")):
                reports.setdefault(event_id, []).append((key, start))
            places: dict[int, list] = {}
            for event_id, key in c.execute(text(
                    "SELECT ep.event_id, p.key FROM event_places ep JOIN places p ON p.id = ep.place_id "
                    "ORDER BY ep.event_id, ep.position")):
                places.setdefault(event_id, []).append(key)
            events = c.execute(text(
                "SELECT id, type, status, date_start, date_end, date_precision, killed_low, killed_high, count, "
                "summary, confidence FROM events")).all()
            keys = c.execute(text("SELECT count(*) FROM merge_keys")).scalar()
    finally:
        engine.dispose()
    return sorted((sorted(reports.get(e[0], [])), *(str(v) for v in e[1:]), places.get(e[0], []))
                  for e in events) + [keys]


def article(key: str, text_: str, published: date, events: list[ExtractedEvent]) -> ingest.Prepared:
    record = ArticleInput(key=key, text=text_)
    return ingest.Prepared(record, None, published, "given", events)


def bombing_report(places: list[PlaceRef], day: date, evidence: str, *, end: date | None = None,
                   precision: str = "day", actors: list[ActorRef] | None = None) -> ExtractedEvent:
    return ExtractedEvent(type="bombing", status="occurred", evidence_start=0, evidence_end=len(evidence),
                          evidence=evidence, date_start=day, date_end=end or day, date_precision=precision,
                          date_method="explicit", places=places, actors=actors or [])
