"""`cdb events --since ... --limit 100` on a database of 1,000,000 events.

    python bench/bench_query.py                  # builds /tmp/cdb-bench/query-1000000.db once
    python bench/bench_query.py --events 200000 --rebuild

Events are bulk-inserted with SQLAlchemy core executemany into a migrated SQLite file (not
through extraction): dates spread over 2011-2016, a tenth of them ranges, 3% undated. Prints
the in-process time of the query function, the time of `cdb events` as a subprocess (and of
`cdb --version` as the start-up baseline), and SQLite's EXPLAIN QUERY PLAN. Numbers, not asserts.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TYPES = ["clash", "bombing", "territory_change", "attack_on_civilians", "abduction", "release",
         "casualty_report", "negotiation", "agreement", "statement", "protest", "military_movement"]


def build(path: Path, n: int, seed: int = 5) -> None:
    from sqlalchemy import insert

    from conflict_db.db import open_database
    from conflict_db.models import Event

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    engine = open_database(f"sqlite:///{path}")
    rng = random.Random(seed)
    first = date(2011, 3, 1)
    now = datetime(2016, 1, 1)
    t = time.perf_counter()
    batch = []
    with engine.begin() as connection:
        for i in range(n):
            r = rng.random()
            if r < 0.03:
                start = end = None
                precision = "unknown"
            else:
                start = first + timedelta(days=rng.randrange(0, 365 * 5))
                if r < 0.13:
                    end = start + timedelta(days=rng.randint(2, 30))
                    precision = "range"
                else:
                    end = None
                    precision = "day"
            low = rng.choice([None, None, rng.randint(0, 60)])
            batch.append({
                "type": rng.choice(TYPES), "status": "occurred", "date_start": start, "date_end": end,
                "date_precision": precision, "killed_low": low, "killed_high": low, "count": None,
                "summary": f"synthetic event {i}", "confidence": 0.5, "created_at": now, "updated_at": now,
            })
            if len(batch) == 20_000:
                connection.execute(insert(Event), batch)
                batch.clear()
        if batch:
            connection.execute(insert(Event), batch)
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    print(f"built {n} events in {time.perf_counter() - t:.1f} s -> {path}")


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--since", default="2014-06-01")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cdb-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.workdir / f"query-{args.events}.db"
    if args.rebuild or not path.exists():
        build(path, args.events)

    from conflict_db.db import make_engine, session_scope
    from conflict_db.query import EventFilter, _statement, list_events

    engine = make_engine(f"sqlite:///{path}")
    since = date.fromisoformat(args.since)
    f = EventFilter(since=since, limit=args.limit)

    def query():
        with session_scope(engine) as session:
            rows = list_events(session, f)
        assert len(rows) == args.limit, len(rows)

    query()  # warm the page cache
    inproc = timed(query, args.repeat)
    print(f"{args.events} events; cdb events --since {args.since} --limit {args.limit}:")
    print(f"  in-process list_events: median {statistics.median(inproc):.1f} ms, best {min(inproc):.1f} ms")

    with engine.connect() as connection:
        stmt = _statement(f)
        compiled = stmt.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").fetchall()
    print("  EXPLAIN QUERY PLAN:")
    for row in plan:
        print(f"    {row[-1]}")

    env = dict(os.environ, PYTHONPATH=str(REPO))
    cmd = [sys.executable, "-m", "conflict_db", "events", "--db", str(path), "--since", args.since,
           "--limit", str(args.limit), "--format", "jsonl"]
    base = [sys.executable, "-m", "conflict_db", "--version"]
    sub = timed(lambda: subprocess.run(cmd, env=env, check=True, capture_output=True), max(3, args.repeat // 2))
    startup = timed(lambda: subprocess.run(base, env=env, check=True, capture_output=True), 3)
    print(f"  subprocess cdb events: median {statistics.median(sub):.0f} ms "
          f"(cdb --version start-up alone: {statistics.median(startup):.0f} ms)")


if __name__ == "__main__":
    main()
