"""What storing one more report costs as the event it joins grows.

    python bench/bench_event_size.py [--sizes 10 100 1000] [--added 40]

For each size N, a fresh SQLite file holds one bombing reported by N articles (one day, one
place, one actor) and one round of talks announced by N articles (a month, no place, one
actor). Then --added more articles reporting each are stored one per transaction, as a slow
stream would be, and the CPU time per added article is printed with its ratio to the smallest
size, measured in the same run. A widely reported event should not make each new report of
it slower.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from conflict_db import ingest  # noqa: E402
from conflict_db.collector import fewer_collections  # noqa: E402
from conflict_db.db import open_database  # noqa: E402
from conflict_db.extract.types import ActorRef, ExtractedEvent, PlaceRef  # noqa: E402
from conflict_db.sources import ArticleInput  # noqa: E402

DAY = date(2016, 8, 27)
PLACE = PlaceRef(name="Aleppo", country="Syria")
ACTOR = ActorRef(name="Islamic State", kind="armed_group")


def _report(kind: str, evidence: str) -> ExtractedEvent:
    if kind == "bombing":
        return ExtractedEvent(type="bombing", status="occurred", evidence_start=0, evidence_end=len(evidence),
                              evidence=evidence, date_start=DAY, date_end=DAY, date_precision="day",
                              date_method="explicit", places=[PLACE], actors=[ACTOR], confidence=0.6)
    return ExtractedEvent(type="negotiation", status="planned", evidence_start=0, evidence_end=len(evidence),
                          evidence=evidence, date_start=date(2016, 9, 1), date_end=date(2016, 9, 30),
                          date_precision="month", date_method="explicit", actors=[ACTOR], confidence=0.6)


def _article(n: int, kind: str) -> ingest.Prepared:
    evidence = f"Report {n} of the {kind}."
    text = f"{evidence} Page furniture {n}."
    return ingest.Prepared(ArticleInput(key=f"{kind}-{n:06d}", text=text), None, DAY + timedelta(days=n % 30),
                           "given", [_report(kind, evidence)])


def run(size: int, added: int, workdir: Path) -> float:
    """CPU seconds per article added to events of `size` reports each."""
    db = workdir / f"event-size-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    engine = open_database(f"sqlite:///{db}")
    try:
        with fewer_collections():
            first = [_article(n, kind) for n in range(size) for kind in ("bombing", "talks")]
            for start in range(0, len(first), 100):
                ingest.store_batch(engine, first[start:start + 100])
            more = [_article(size + n, kind) for n in range(added) for kind in ("bombing", "talks")]
            began = time.process_time()
            for item in more:
                ingest.store_batch(engine, [item])
            spent = time.process_time() - began
    finally:
        engine.dispose()
    return spent / len(more)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--added", type=int, default=40)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cdb-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    sizes = sorted(args.sizes)
    print(f"{'reports per event':>17}  {'ms CPU per added article':>24}  {'x smallest':>10}")
    baseline = None
    for size in sizes:
        cost = run(size, args.added, args.workdir)
        baseline = baseline or cost
        print(f"{size:>17}  {cost * 1000:>24.2f}  {cost / baseline:>10.2f}")


if __name__ == "__main__":
    main()
