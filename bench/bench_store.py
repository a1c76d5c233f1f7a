"""Storage alone: time `store_batch` on articles extracted once, and dump the result canonically.

    python bench/bench_store.py [-n 3000] [--batch 50] [--dump out.json] [--profile out.prof]

Extraction (`ingest.prepare`) runs once, in worker processes, and is cached as a pickle under
$TMPDIR/cdb-bench/; storing then goes into a fresh SQLite file in batches of `--batch` articles
(as `cdb ingest` does), printing ms/article for every 500 articles. `--dump` writes the
database content in an id-independent form (events with their fields, places, actors and the
sorted (article key, char_start) of their mentions) so two versions of the code can be compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from conflict_db import ingest  # noqa: E402
from conflict_db.db import open_database  # noqa: E402
from conflict_db.sources.records import read_jsonl  # noqa: E402

BASE = Path(tempfile.gettempdir()) / "cdb-bench"


def prepared(n: int, corpus: Path) -> list:
    cache = BASE / f"prepared-{corpus.parent.name}-{n}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    records = []
    for line in corpus.read_text().splitlines():
        if len(records) >= n:
            break
        records.extend(read_jsonl(line + "\n", corpus.name, {}))
    t = time.perf_counter()
    out = [p for p in ingest.prepared_stream(records, jobs=2) if isinstance(p, ingest.Prepared)]
    print(f"extracted {len(out)} articles in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    cache.write_bytes(pickle.dumps(out))
    return out


def dump(db: Path) -> dict:
    import sqlite3

    c = sqlite3.connect(db)
    mentions: dict[int, list] = {}
    for event_id, key, start in c.execute(
            "SELECT m.event_id, a.key, m.char_start FROM mentions m JOIN articles a ON a.id = m.article_id"):
        mentions.setdefault(event_id, []).append([key, start])
    places: dict[int, list] = {}
    for event_id, key in c.execute(
            "SELECT ep.event_id, p.key FROM event_places ep JOIN places p ON p.id = ep.place_id "
            "ORDER BY ep.event_id, ep.position"):
        places.setdefault(event_id, []).append(key)
    actors: dict[int, list] = {}
    for event_id, name in c.execute(
            "SELECT ea.event_id, a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
            "ORDER BY ea.event_id, ea.position"):
        actors.setdefault(event_id, []).append(name)
    events = []
    ids = {}
    for row in c.execute("SELECT id, type, status, date_start, date_end, date_precision, killed_low, "
                         "killed_high, count, summary, confidence FROM events ORDER BY id"):
        event_id = row[0]
        events.append({
            "type": row[1], "status": row[2], "date_start": row[3], "date_end": row[4], "precision": row[5],
            "killed_low": row[6], "killed_high": row[7], "count": row[8], "summary": row[9],
            "confidence": row[10], "places": places.get(event_id, []), "actors": actors.get(event_id, []),
            "mentions": sorted(mentions.get(event_id, [])),
        })
        ids[json.dumps(events[-1]["mentions"])] = event_id
    events.sort(key=lambda e: e["mentions"])
    keys = sorted(tuple(r) for r in c.execute(
        "SELECT a.key, m.char_start, k.kind, k.key_id, k.type, k.placed, k.strong, k.date_start, k.date_end "
        "FROM merge_keys k JOIN mentions m ON m.id = k.mention_id JOIN articles a ON a.id = m.article_id"))
    return {"events": events, "merge_keys": len(keys), "merge_keys_sha256": hashlib.sha256(json.dumps(keys, default=str).encode()).hexdigest(),
            "event_ids": [ids[json.dumps(e["mentions"])] for e in events]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=ingest.BATCH_SIZE)
    ap.add_argument("--corpus", type=Path, default=BASE / "corpus-10000" / "part-0000.jsonl")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--profile", type=Path)
    ap.add_argument("--db", type=Path, default=BASE / "bench-store.db")
    args = ap.parse_args()
    items = prepared(args.n, args.corpus)
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    engine = open_database(f"sqlite:///{args.db}")
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    total = time.perf_counter()
    t = total
    done = 0
    for n in range(0, len(items), args.batch):
        batch = items[n:n + args.batch]
        ingest.store_batch(engine, batch)
        done += len(batch)
        if done % 500 == 0 or done == len(items):
            now = time.perf_counter()
            print(f"{done:6d} articles: {1000 * (now - t) / (500 if done % 500 == 0 else done % 500):6.2f} ms/article")
            t = now
    elapsed = time.perf_counter() - total
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    events = sum(len(p.events) for p in items)
    print(f"total {len(items)} articles ({events} events): {1000 * elapsed / len(items):.2f} ms/article, "
          f"{len(items) / elapsed:.0f} articles/s")
    engine.dispose()
    if args.dump:
        data = dump(args.db)
        args.dump.write_text(json.dumps(data, indent=0, sort_keys=True, default=str))
        print(f"dump: {len(data['events'])} events -> {args.dump}")


if __name__ == "__main__":
    main()
