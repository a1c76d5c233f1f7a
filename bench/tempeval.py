"""Score the date engine (or dateparser) on TempEval-3 TBAQ-cleaned.

    python bench/tempeval.py [--data DIR] [--engine cdb|dateparser] [--errors N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conflict_db.temporal.tempeval import Timex, cdb_tagger, load_corpus, score_documents  # noqa: E402

_REL = Path("shared") / "data" / "tempeval3" / "TBAQ-cleaned"


def default_data() -> Path:
    """../shared/... relative to the repo root; from a git worktree, the nearest ancestor's."""
    for base in ROOT.parents:
        if (base / _REL).is_dir():
            return base / _REL
    return ROOT.parent / _REL


DEFAULT_DATA = default_data()


_MONTH_NAME = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_DAYWORD = re.compile(r"(?i)day|yesterday|today|tomorrow|ago")


def dateparser_tagger(text: str, dct: str) -> list[Timex]:
    """dateparser.search_dates as a tagger: spans found by searching its strings in order."""
    from datetime import datetime

    from dateparser.search import search_dates
    base = datetime.fromisoformat(dct[:10]) if dct else datetime(2000, 1, 1)
    try:
        found = search_dates(text, languages=["en"],
                             settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    except Exception:
        found = []
    out, pos = [], 0
    for s, d in found:
        i = text.find(s, pos)
        if i < 0:
            continue
        pos = i + len(s)
        has_time = d.hour or d.minute
        value = d.strftime("%Y-%m-%dT%H:%M") if has_time else d.date().isoformat()
        # Give dateparser its granularity back: a bare year or month is not a day.
        if re.fullmatch(r"(?:in\s+)?\d{4}", s.strip()):
            value = f"{d.year:04d}"
        elif not re.search(r"\d", s) and _MONTH_NAME.search(s) and not _DAYWORD.search(s):
            value = f"{d.year:04d}-{d.month:02d}"
        out.append(Timex(i, pos, s, "TIME" if has_time else "DATE", value))
    return out


ENGINES = {"cdb": cdb_tagger, "dateparser": dateparser_tagger}


def corpora(data: Path) -> dict[str, list]:
    return {name: load_corpus(data / name) for name in ("TimeBank", "AQUAINT")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--engine", choices=sorted(ENGINES), default="cdb")
    ap.add_argument("--errors", type=int, default=0, help="print the first N errors")
    ap.add_argument("--kind", choices=["value", "spurious", "missed"], default=None,
                    help="only print errors of this kind")
    args = ap.parse_args(argv)
    data = args.data.resolve()
    if not (data / "TimeBank").is_dir() or not (data / "AQUAINT").is_dir():
        print(f"error: TBAQ-cleaned not found at {data} (expected TimeBank/ and AQUAINT/); "
              "pass --data DIR", file=sys.stderr)
        return 2
    tagger = ENGINES[args.engine]
    results = {}
    t0 = time.perf_counter()
    for name, docs in corpora(data).items():
        results[name] = score_documents(docs, tagger)
    elapsed = time.perf_counter() - t0
    from conflict_db.temporal.tempeval import Scores
    total = Scores()
    for sc in results.values():
        total.add(sc)
    results["all"] = total
    cols = ["relaxed_p", "relaxed_r", "relaxed_f1", "strict_f1", "value_acc", "value_f1", "type_f1"]
    print(f"engine={args.engine}  ({elapsed:.2f}s)")
    print(f"{'corpus':10s} {'gold':>5s} {'sys':>5s} " + " ".join(f"{c:>10s}" for c in cols))
    for name, sc in results.items():
        t = sc.table()
        print(f"{name:10s} {sc.n_gold:5d} {sc.n_sys:5d} " + " ".join(f"{100 * t[c]:10.2f}" for c in cols))
    if args.errors:
        shown = 0
        for kind, doc, s, g in total.errors:
            if args.kind and kind != args.kind:
                continue
            ref = g or s
            ctx = doc.text[max(0, ref.start - 60):ref.end + 40].replace("\n", " ")
            sys_s = f"{s.text!r} {s.type} {s.value}" if s else "-"
            gold_s = f"{g.text!r} {g.type} {g.value}" if g else "-"
            print(f"[{kind}] {doc.name} dct={doc.dct[:10]}  sys={sys_s}  gold={gold_s}\n    ...{ctx}...")
            shown += 1
            if shown >= args.errors:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
