"""Storing in batches: a batch is regrouped at once, yet the events are those of one-by-one storage."""

from __future__ import annotations

import json
import random
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from conflict_db import ingest
from conflict_db.db import open_database
from conflict_db.regroup import unsettle_around
from conflict_db.extract.types import ActorRef, ExtractedEvent, PlaceRef
from conflict_db.sources import ArticleInput
from conflict_db.sources.records import read_jsonl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.corpus import articles  # noqa: E402


@pytest.fixture(scope="module")
def prepared() -> list[ingest.Prepared]:
    """300 synthetic articles from a few places over three years: many reports of the same events."""
    records = [r for a in articles(300, seed=11) for r in read_jsonl(json.dumps(a) + "\n", "corpus.jsonl", {})]
    return [ingest.prepare(r) for r in records]


def _store(url: str, items: list, batch: int) -> None:
    engine = open_database(url)
    try:
        for n in range(0, len(items), batch):
            outcomes = ingest.store_batch(engine, items[n:n + batch])
            assert all(status == "new" for status, _, _ in outcomes)
    finally:
        engine.dispose()


def _content(url: str) -> list:
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
                "summary FROM events")).all()
            keys = c.execute(text("SELECT count(*) FROM merge_keys")).scalar()
    finally:
        engine.dispose()
    return sorted((sorted(reports.get(e[0], [])), *(str(v) for v in e[1:]), places.get(e[0], []))
                  for e in events) + [keys]


def test_batches_and_order_do_not_change_the_events(prepared, db_url, tmp_path):
    one_by_one = f"sqlite:///{tmp_path / 'one.db'}"
    _store(one_by_one, prepared, 1)
    # All at once (on PostgreSQL in the CI's second run), then shuffled in odd-sized batches.
    _store(db_url, prepared, len(prepared))
    shuffled = list(prepared)
    random.Random(5).shuffle(shuffled)
    in_batches = f"sqlite:///{tmp_path / 'batches.db'}"
    _store(in_batches, shuffled, 37)
    expected = _content(one_by_one)
    merged = sum(1 for event in expected[:-1] if len(event[0]) > 1)
    assert merged > 20, "the corpus should have events reported several times"
    engine = open_database(one_by_one)
    try:
        with engine.connect() as c:
            settled = c.execute(text(
                "SELECT count(DISTINCT k.mention_id) FROM merge_keys k JOIN mentions m ON m.id = k.mention_id "
                "WHERE k.settled AND m.date_precision <> 'range'")).scalar()
    finally:
        engine.dispose()
    assert settled >= 3, "the corpus should have weak reports that fit several days"
    assert _content(db_url) == expected
    assert _content(in_batches) == expected


def _article(key: str, text_: str, published: date, events: list[ExtractedEvent]) -> ingest.Prepared:
    record = ArticleInput(key=key, text=text_)
    return ingest.Prepared(record, None, published, "given", events)


def _bombing(places: list[PlaceRef], day: date, evidence: str, *, end: date | None = None, precision: str = "day",
             actors: list[ActorRef] | None = None) -> ExtractedEvent:
    return ExtractedEvent(type="bombing", status="occurred", evidence_start=0, evidence_end=len(evidence),
                          evidence=evidence, date_start=day, date_end=end or day, date_precision=precision,
                          date_method="explicit", places=places, actors=actors or [])


def test_a_place_with_no_country_is_still_a_place_to_merge_on(db_url):
    # A town the gazetteer knows by name only: two reports of a bombing there that day are one event.
    town = PlaceRef(name="Jurf al-Sakhar")
    day = date(2015, 9, 5)
    texts = ["A car bomb exploded in Jurf al-Sakhar on Saturday.", "A bomb hit Jurf al-Sakhar on Saturday."]
    engine = open_database(db_url)
    try:
        ingest.store_batch(engine, [_article("a", texts[0], day, [_bombing([town], day, texts[0])])])
        ingest.store_batch(engine, [_article("b", texts[1], day, [_bombing([town], day, texts[1])])])
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM events")).scalar() == 1
            assert c.execute(text("SELECT count(DISTINCT event_id) FROM mentions")).scalar() == 1
    finally:
        engine.dispose()


def test_a_batch_skips_a_text_it_repeats_and_fails_a_key_it_reuses(db_url):
    day = date(2015, 9, 5)
    first = _article("a", "Fighting in Aleppo on Saturday.", day, [])
    again = _article("a2", "Fighting in Aleppo on Saturday.", day, [])
    other = _article("a", "Fighting in Homs on Saturday.", day, [])
    engine = open_database(db_url)
    try:
        outcomes = ingest.store_batch(engine, [first, again, other])
        assert [o[0] for o in outcomes] == ["new", "skipped", "failed"]
        assert "article key 'a' is already used" in outcomes[2][2]
        with engine.connect() as c:
            assert c.execute(text("SELECT key FROM articles")).scalars().all() == ["a"]
    finally:
        engine.dispose()


def test_a_weak_report_that_fits_two_days_is_settled_apart_for_good(db_url):
    town = PlaceRef(name="Fallujah", admin1="Anbar", country="Iraq")
    month = _bombing([town], date(2014, 1, 1), "Bombings hit Fallujah in January.", end=date(2014, 1, 31),
                     precision="month")
    engine = open_database(db_url)

    def state():
        with engine.connect() as c:
            event, settled = c.execute(text(
                "SELECT m.event_id, k.settled FROM mentions m JOIN merge_keys k ON k.mention_id = m.id "
                "JOIN articles a ON a.id = m.article_id WHERE a.key = 'month'")).one()
            others = c.execute(text("SELECT count(*) FROM mentions WHERE event_id = :e"), {"e": event}).scalar()
        return others, bool(settled)

    try:
        ingest.store_batch(engine, [_article("month", month.evidence, date(2014, 2, 1), [month])])
        assert state() == (1, False)  # fits nothing yet
        day5 = date(2014, 1, 5)
        ingest.store_batch(engine, [_article("d5", "A bomb hit Fallujah.", day5, [_bombing([town], day5, "A bomb")])])
        assert state() == (2, False)  # fits one event: joins it
        day12 = date(2014, 1, 12)
        ingest.store_batch(engine, [_article("d12", "Another bomb hit Fallujah.", day12, [_bombing([town], day12, "Bomb")])])
        assert state() == (1, True)  # two days: apart, whatever comes next
        day20 = date(2014, 1, 20)
        ingest.store_batch(engine, [_article("d20", "Fallujah was bombed.", day20, [_bombing([town], day20, "Bombed")])])
        assert state() == (1, True)
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM events")).scalar() == 4
        # Reports removed (as `cdb reprocess` does): it may fit one day again, and is looked at again.
        with engine.begin() as c:
            gone = c.execute(text("SELECT m.id FROM mentions m JOIN articles a ON a.id = m.article_id "
                                  "WHERE a.key IN ('d12', 'd20')")).scalars().all()
            unsettle_around(c, gone)
            c.execute(text("DELETE FROM mentions WHERE id IN (%s)" % ", ".join(map(str, gone))))
        assert state() == (1, False)
        ingest.store_batch(engine, [_article("d5b", "Fallujah bombed again.", day5, [_bombing([town], day5, "Again")])])
        assert state() == (3, False)  # fits the day-5 event alone: joins it
    finally:
        engine.dispose()


def test_a_new_report_that_bridges_two_events_lets_a_report_that_fitted_both_join(db_url, tmp_path):
    # Bombings in Aleppo and in Homs on one day, by ISIL; a report of an ISIL bombing that day
    # with no place fits both, so it stays apart, until a report of one bombing in both towns
    # makes them one event: then it fits one event, and joins it.
    day = date(2016, 8, 27)
    aleppo, homs = PlaceRef(name="Aleppo", country="Syria"), PlaceRef(name="Homs", country="Syria")
    isil = [ActorRef(name="Islamic State", kind="armed_group")]

    def bombing(key, text_, places, actors, precision="day"):
        return _article(key, text_, day, [_bombing(places, day, text_, actors=actors, precision=precision)])

    items = [bombing("aleppo", "IS bombed Aleppo.", [aleppo], isil),
             bombing("homs", "IS bombed Homs.", [homs], isil),
             bombing("vague", "IS bombed a town around then.", [], isil, precision="approx"),
             bombing("both", "A car bomb hit Aleppo and Homs.", [aleppo, homs], [])]
    engine = open_database(db_url)
    try:
        for item in items[:3]:
            ingest.store_batch(engine, [item])
        with engine.connect() as c:
            assert c.execute(text("SELECT count(DISTINCT event_id) FROM mentions")).scalar() == 3
        ingest.store_batch(engine, [items[3]])
        with engine.connect() as c:
            assert c.execute(text("SELECT count(DISTINCT event_id) FROM mentions")).scalar() == 1
    finally:
        engine.dispose()
    at_once = f"sqlite:///{tmp_path / 'at-once.db'}"
    _store(at_once, items, len(items))
    assert _content(at_once) == _content(db_url)
