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
from conflict_db.extract.types import ActorRef, PlaceRef
from conflict_db.sources.records import read_jsonl
from store_helpers import article, bombing_report, content, store_all

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.corpus import articles  # noqa: E402


@pytest.fixture(scope="module")
def prepared() -> list[ingest.Prepared]:
    """300 synthetic articles from a few places over three years: many reports of the same events."""
    records = [r for a in articles(300, seed=11) for r in read_jsonl(json.dumps(a) + "\n", "corpus.jsonl", {})]
    return [ingest.prepare(r) for r in records]


def test_batches_and_order_do_not_change_the_events(prepared, db_url, tmp_path):
    one_by_one = f"sqlite:///{tmp_path / 'one.db'}"
    store_all(one_by_one, prepared, 1)
    # All at once (on PostgreSQL in the CI's second run), then shuffled in odd-sized batches.
    store_all(db_url, prepared, len(prepared))
    shuffled = list(prepared)
    random.Random(5).shuffle(shuffled)
    in_batches = f"sqlite:///{tmp_path / 'batches.db'}"
    store_all(in_batches, shuffled, 37)
    expected = content(one_by_one)
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
    assert content(db_url) == expected
    assert content(in_batches) == expected


def test_a_place_with_no_country_is_still_a_place_to_merge_on(db_url):
    # A town the gazetteer knows by name only: two reports of a bombing there that day are one event.
    town = PlaceRef(name="Jurf al-Sakhar")
    day = date(2015, 9, 5)
    texts = ["A car bomb exploded in Jurf al-Sakhar on Saturday.", "A bomb hit Jurf al-Sakhar on Saturday."]
    engine = open_database(db_url)
    try:
        ingest.store_batch(engine, [article("a", texts[0], day, [bombing_report([town], day, texts[0])])])
        ingest.store_batch(engine, [article("b", texts[1], day, [bombing_report([town], day, texts[1])])])
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM events")).scalar() == 1
            assert c.execute(text("SELECT count(DISTINCT event_id) FROM mentions")).scalar() == 1
    finally:
        engine.dispose()


def test_a_batch_skips_a_text_it_repeats_and_fails_a_key_it_reuses(db_url):
    day = date(2015, 9, 5)
    first = article("a", "Fighting in Aleppo on Saturday.", day, [])
    again = article("a2", "Fighting in Aleppo on Saturday.", day, [])
    other = article("a", "Fighting in Homs on Saturday.", day, [])
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
    month = bombing_report([town], date(2014, 1, 1), "Bombings hit Fallujah in January.", end=date(2014, 1, 31),
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
        ingest.store_batch(engine, [article("month", month.evidence, date(2014, 2, 1), [month])])
        assert state() == (1, False)  # fits nothing yet
        day5 = date(2014, 1, 5)
        ingest.store_batch(engine, [article("d5", "A bomb hit Fallujah.", day5, [bombing_report([town], day5, "A bomb")])])
        assert state() == (2, False)  # fits one event: joins it
        day12 = date(2014, 1, 12)
        ingest.store_batch(engine, [article("d12", "Another bomb hit Fallujah.", day12, [bombing_report([town], day12, "Bomb")])])
        assert state() == (1, True)  # two days: apart, whatever comes next
        day20 = date(2014, 1, 20)
        ingest.store_batch(engine, [article("d20", "Fallujah was bombed.", day20, [bombing_report([town], day20, "Bombed")])])
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
        ingest.store_batch(engine, [article("d5b", "Fallujah bombed again.", day5, [bombing_report([town], day5, "Again")])])
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
        return article(key, text_, day, [bombing_report(places, day, text_, actors=actors, precision=precision)])

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
    store_all(at_once, items, len(items))
    assert content(at_once) == content(db_url)
