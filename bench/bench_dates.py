"""Speed and accuracy: find_dates vs dateparser.search_dates on the same texts.

    python bench/bench_dates.py [--data DIR] [--docs N]

Runs both on the TBAQ-cleaned TEXT bodies (first N documents; dateparser is slow) and on the
seed articles, and prints the times, the speed ratio and both TempEval value F1s.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tempeval import DEFAULT_DATA, dateparser_tagger  # noqa: E402

from conflict_db.temporal import find_dates  # noqa: E402
from conflict_db.temporal.tempeval import cdb_tagger, load_corpus, score_documents  # noqa: E402


def timed(fn, items, repeat=1):
    t0 = time.perf_counter()
    for _ in range(repeat):
        for text, anchor in items:
            fn(text, anchor)
    return (time.perf_counter() - t0) / repeat


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--docs", type=int, default=60, help="TBAQ documents to use (both engines)")
    args = ap.parse_args()
    if not (args.data / "TimeBank").is_dir():
        print(f"error: TBAQ-cleaned not found at {args.data}", file=sys.stderr)
        return 2
    docs = load_corpus(args.data / "TimeBank") + load_corpus(args.data / "AQUAINT")
    # Every 4th document from both corpora, so the subset mixes them.
    subset = (docs[::4] + docs[1::4])[: args.docs]
    items = [(d.text, d.dct[:10]) for d in subset]
    chars = sum(len(t) for t, _ in items)

    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text())
    seeds = [((ROOT / "seeds" / f"{m['key']}.txt").read_text(), m["published"]) for m in manifest]

    dateparser_tagger("warm up on Jan 6, 2014", "2014-01-06")
    find_dates("warm up on Jan 6, 2014", "2014-01-06")

    rows = []
    for name, its in (("TBAQ subset", items), ("seeds", seeds)):
        ours = timed(find_dates, its, repeat=20) 
        theirs = timed(dateparser_tagger, its)
        rows.append((name, len(its), sum(len(t) for t, _ in its), ours, theirs))

    f_ours = score_documents(subset, cdb_tagger).table()["value_f1"]
    f_dp = score_documents(subset, dateparser_tagger).table()["value_f1"]
    f_ours_all = score_documents(docs, cdb_tagger).table()["value_f1"]

    print(f"{'texts':12s} {'n':>4s} {'KB':>7s} {'cdb s':>9s} {'dateparser s':>13s} {'ratio':>8s} {'cdb ms/art':>11s}")
    for name, n, c, ours, theirs in rows:
        print(f"{name:12s} {n:4d} {c / 1024:7.1f} {ours:9.4f} {theirs:13.3f} {theirs / ours:7.0f}x {1000 * ours / n:11.3f}")
    print(f"TempEval value F1 on the same {len(subset)} docs: cdb {100 * f_ours:.2f}  dateparser {100 * f_dp:.2f}")
    print(f"cdb value F1 on all {len(docs)} TBAQ docs: {100 * f_ours_all:.2f}  ({chars / 1024:.0f} KB subset)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
