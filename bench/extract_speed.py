"""Speed of extract_events over a fixed corpus, and a dump of its output for regression checks.

    PYTHONPATH=. python bench/extract_speed.py [--dump OUT.json] [--repeat N] [--profile]
                                               [--only seeds|dev|tempeval]

Corpus (fixed order): the seeds, tests/data/heldout*/ (each plain, punctuation-stripped and
stripped+lower-cased, as bench/heldout_eval.py makes them) and the TempEval-3 TBAQ-cleaned
text bodies with their DCTs. ``--dump`` writes every ExtractedEvent (all fields) as JSON so
that two versions of the code can be compared byte for byte (``cmp a.json b.json``).
``--profile`` times the stages (body lines, date engine, places, actors, triggers, ...) by
wrapping the functions ``conflict_db.extract.events`` calls (and the gazetteer's); it adds a
little overhead.
Times are CPU seconds of this process, best of ``--repeat`` passes (later passes run with
warm lru caches, as a long-running worker does). On a shared machine even CPU time varies
by 20-30%: compare two versions back to back, several times, or count instructions
(``valgrind --tool=callgrind``: instructions of N passes minus those of 0 passes).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from conflict_db.extract import extract_events  # noqa: E402
from conflict_db.temporal.tempeval import load_corpus  # noqa: E402
from heldout_eval import strip_text  # noqa: E402
from tempeval import DEFAULT_DATA  # noqa: E402

TBAQ = DEFAULT_DATA if DEFAULT_DATA.is_dir() else Path("/work/shared/data/tempeval3/TBAQ-cleaned")


def _load_dir(d: Path):
    manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    for m in manifest:
        yield m["key"], (d / f"{m['key']}.txt").read_text(encoding="utf-8"), m


def corpus(only: str | None = None) -> list[tuple[str, str, object, str | None]]:
    """(name, text, published, title) in a fixed order."""
    out = []
    dirs = [("seeds", ROOT / "seeds")] + [(p.name, p) for p in sorted((ROOT / "tests" / "data").glob("heldout*"))]
    for group, d in dirs:
        kind = "seeds" if group == "seeds" else "dev"
        if only and only != kind:
            continue
        for key, text, m in _load_dir(d):
            title = m.get("title")
            out.append((f"{group}/{key}/plain", text, m.get("published"), title))
            for v, lower in (("stripped", False), ("lower", True)):
                out.append((f"{group}/{key}/{v}", strip_text(text, lower), m.get("published"),
                            strip_text(title, lower) if title else None))
    if not only or only == "tempeval":
        if not TBAQ.is_dir():
            raise SystemExit(f"TBAQ-cleaned not found at {TBAQ}")
        for sub in ("TimeBank", "AQUAINT"):
            for doc in load_corpus(TBAQ / sub):
                out.append((f"tbaq/{sub}/{doc.name}", doc.text, doc.dct[:10] or None, None))
    return out


def _jsonable(o):
    if dataclasses.is_dataclass(o):
        return {f.name: _jsonable(getattr(o, f.name)) for f in dataclasses.fields(o)}
    if isinstance(o, (list, tuple)):
        return [_jsonable(x) for x in o]
    if hasattr(o, "isoformat"):
        return o.isoformat()
    return o


# --- stage timing -----------------------------------------------------------------------------

STAGE_T: dict[str, float] = defaultdict(float)


def _timed(name, fn):
    def wrapper(*a, **k):
        t0 = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            STAGE_T[name] += time.perf_counter() - t0
    return wrapper


def install_profile() -> None:
    from conflict_db.extract import event_places as ep
    from conflict_db.extract import events as ev
    for attr, name in (("body_lines", "maintext"), ("quote_spans", "quotes"),
                       ("engine_dates", "date engine"), ("extra_dates", "extra dates"),
                       ("resolve_relative", "extra dates"), ("recase", "recase/blank"),
                       ("blank_outside", "recase/blank"), ("background_spans", "background"),
                       ("split_sentences", "sentences"), ("split_clauses", "sentences"),
                       ("find_kills", "kills"), ("sentence_events", "sentence events"),
                       ("_evidence", "evidence"), ("attach_dates_across", "attach/dedupe"),
                       ("dedupe_article", "attach/dedupe"), ("_to_event", "to_event")):
        setattr(ev, attr, _timed(name, getattr(ev, attr)))
    ep.coherent_places = _timed("places", ep.coherent_places)
    gaz = ep._gazetteer()
    if gaz is not None:
        gaz.find = _timed("places", gaz.find)
    cat = ep._actor_catalog()
    if cat is not None:
        cat.find = _timed("actors", cat.find)
    idx = ev.trigger_index()

    class _Idx:  # the index is frozen and finditer a generator: time it fully consumed
        def finditer(self, text, start, end):
            return iter(_timed("triggers", lambda: list(idx.finditer(text, start, end)))())

    proxy = _Idx()
    ev.trigger_index = lambda: proxy


def run(items, repeat: int):
    results = None
    best = None
    for _ in range(repeat):
        STAGE_T.clear()
        # CPU time of this process: the machine is shared, wall time picks up other load
        t0 = time.process_time()
        res = [extract_events(text, pub, title=title) for _, text, pub, title in items]
        dt = time.process_time() - t0
        if best is None or dt < best[0]:
            best = (dt, dict(STAGE_T))
        results = res
    return results, best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--only", choices=["seeds", "dev", "tempeval"])
    args = ap.parse_args()
    items = corpus(args.only)
    # warm up caches that load data files (gazetteer, actors, triggers)
    extract_events(items[0][1], items[0][2], title=items[0][3])
    if args.profile:
        install_profile()
    results, (dt, stages) = run(items, args.repeat)
    kb = sum(len(t.encode("utf-8")) for _, t, _, _ in items) / 1024
    n_ev = sum(len(r) for r in results)
    print(f"{len(items)} articles, {kb:.0f} KB, {n_ev} events: {dt:.3f}s  "
          f"{len(items) / dt:.1f} articles/s  {1000 * dt / kb:.3f} ms/KB")
    if args.profile and stages:
        for name, t in sorted(stages.items(), key=lambda x: -x[1]):
            print(f"  {name:16s} {1000 * t / kb:7.3f} ms/KB  {100 * t / dt:5.1f}%")
    if args.dump:
        data = {name: _jsonable(r) for (name, _, _, _), r in zip(items, results)}
        Path(args.dump).write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
