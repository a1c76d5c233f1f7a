"""`--since` with `--limit` reads from indexes; it must return what the plain overlap filter does."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import insert

from conflict_db.db import open_database, session_scope
from conflict_db.models import Event
from conflict_db.query import EventFilter, list_events


def test_since_with_limit_equals_the_plain_overlap_filter(db_url):
    engine = open_database(db_url)
    rng = random.Random(4)
    now = datetime(2016, 1, 1)
    rows = []
    for i in range(400):
        start = None if i % 37 == 0 else date(2014, 1, 1) + timedelta(days=rng.randrange(120))
        end = start + timedelta(days=rng.randint(1, 40)) if start and rng.random() < 0.3 else None
        rows.append({"type": rng.choice(["clash", "bombing"]), "status": "occurred", "date_start": start,
                     "date_end": end, "date_precision": "range" if end else ("day" if start else "unknown"),
                     "created_at": now, "updated_at": now})
    with engine.begin() as connection:
        connection.execute(insert(Event), rows)
    with session_scope(engine) as session:
        for since in (date(2013, 12, 1), date(2014, 2, 10), date(2014, 4, 25), date(2015, 1, 1)):
            for limit in (1, 7, 50, 1000):
                for types in ((), ("clash",)):
                    everything = list_events(session, EventFilter(since=since, types=types))
                    limited = list_events(session, EventFilter(since=since, types=types, limit=limit))
                    assert [e["id"] for e in limited] == [e["id"] for e in everything][:limit]
    engine.dispose()
