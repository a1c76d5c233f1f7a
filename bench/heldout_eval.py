"""Score extract_events on any directory of articles + gold JSONL with the project scorer.

    PYTHONPATH=. python bench/heldout_eval.py [DIR] [--gold PATH] [--variant plain|stripped|lower]
                                              [--all] [-v]

DIR holds ``KEY.txt`` files and a ``manifest.json`` (list of {key, published, title?, outlet?});
the gold defaults to DIR/gold.jsonl. Defaults to tests/data/heldout. ``--all`` prints the seeds
and the dev set in every variant (plain, punctuation stripped keeping case, stripped and
lowercased). Scoring is conflict_db.evaluate.score, on the same code path as extract_events.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from conflict_db.evaluate import load_gold  # noqa: E402
from conflict_db.extract import EXTRACTOR_VERSION  # noqa: E402
from seed_eval import predict_all, score  # noqa: E402

HELDOUT = ROOT / "tests" / "data" / "heldout"
SEEDS = ROOT / "seeds"
SEED_GOLD = Path("/work/shared/gold/seeds.jsonl")

_PUNCT = re.compile(r"[.,;:!?\"'“”‘’()\[\]]")


def strip_text(s: str, lower: bool = False) -> str:
    """Held-out 'stripped' style: sentence punctuation and quotes removed (case kept or not)."""
    s = _PUNCT.sub("", s)
    return s.lower() if lower else s


def load_dir(d: Path):
    manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    texts, meta = {}, {}
    for m in manifest:
        texts[m["key"]] = (d / f"{m['key']}.txt").read_text(encoding="utf-8")
        meta[m["key"]] = m
    return texts, meta


def evaluate(d: Path, gold_path: Path | None = None, variant: str = "plain") -> dict:
    texts, meta = load_dir(d)
    gold = load_gold(gold_path or d / "gold.jsonl")
    gold = [g for g in gold if g["article"] in texts]
    if variant != "plain":
        lower = variant == "lower"
        texts = {k: strip_text(t, lower) for k, t in texts.items()}
        meta = {k: dict(m, title=strip_text(m["title"], lower) if m.get("title") else None)
                for k, m in meta.items()}
        gold = [dict(g, evidence=strip_text(g["evidence"], lower)) for g in gold]
    preds = predict_all(texts, meta)
    return score(preds, gold, texts)


def summary(name: str, r: dict) -> str:
    return (f"{name:28s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
            f"pred={r['n_pred']} correct={r['n_correct']} req={r['n_required']} "
            f"found={r['found']} traps={len(r['trap_hits'])}")


def details(r: dict) -> None:
    for t, v in sorted(r["per_type"].items()):
        print(f"  {t:20s} pred={v['pred']:2d} correct={v['correct']:2d} "
              f"required={v['gold']:2d} found={v['found']:2d}")
    for g in r["misses"]:
        print("MISS ", g["article"][:14], g["type"], g["date"], g["precision"], "|", g["evidence"][:100])
    for p, _t in r["wrong"]:
        print("WRONG", str(p.get("article"))[:14], p.get("type"), p.get("date_start"),
              "|", (p.get("evidence") or "")[:100], "-", p.get("why"))
    for p, _g in r["trap_hits"]:
        print("TRAP ", str(p.get("article"))[:14], p.get("type"), "|", (p.get("evidence") or "")[:100])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default=str(HELDOUT))
    ap.add_argument("--gold")
    ap.add_argument("--variant", choices=["plain", "stripped", "lower"], default="plain")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    print(f"extractor {EXTRACTOR_VERSION}")
    if args.all:
        for name, d, g in (("seeds", SEEDS, SEED_GOLD), ("heldout", Path(args.dir), None)):
            for v in ("plain", "stripped", "lower"):
                r = evaluate(d, g, v)
                print(summary(f"{name}/{v}", r))
                if args.verbose:
                    details(r)
        return 0
    r = evaluate(Path(args.dir), Path(args.gold) if args.gold else None, args.variant)
    print(summary(f"{Path(args.dir).name}/{args.variant}", r))
    if args.verbose:
        details(r)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
