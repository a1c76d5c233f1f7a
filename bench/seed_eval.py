"""Score extract_events on the seed articles against the hand-made gold, and time it.

    PYTHONPATH=. python bench/seed_eval.py [--gold PATH] [--verbose] [--speed N]

Uses conflict_db.evaluate.score when it exists (branch gazetteer), else the local scorer below,
which implements /work/shared/gold/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conflict_db.extract import EXTRACTOR_VERSION, extract_events  # noqa: E402

DEFAULT_GOLD = [ROOT.parent / "shared" / "gold" / "seeds.jsonl",
                Path("/work/shared/gold/seeds.jsonl")]


def load_seeds() -> tuple[dict[str, str], dict[str, dict]]:
    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text())
    texts, meta = {}, {}
    for m in manifest:
        texts[m["key"]] = (ROOT / "seeds" / f"{m['key']}.txt").read_text(encoding="utf-8")
        meta[m["key"]] = m
    return texts, meta


def to_prediction(key: str, ev, published) -> dict:
    return {
        "type": ev.type,
        "status": ev.status,
        "date_start": ev.date_start.isoformat() if ev.date_start else None,
        "date_end": ev.date_end.isoformat() if ev.date_end else None,
        "date_precision": ev.date_precision,
        "killed_low": ev.killed_low,
        "killed_high": ev.killed_high,
        "count": ev.count,
        "places": [{"name": p.name, "admin1": p.admin1, "country": p.country,
                    "latitude": p.latitude, "longitude": p.longitude} for p in ev.places],
        "actors": [{"name": a.name} for a in ev.actors],
        "sources": [{"article": key, "published": str(published), "start": ev.evidence_start,
                     "end": ev.evidence_end, "evidence": ev.evidence}],
    }


def predict_all(texts, meta) -> list[dict]:
    preds = []
    for key, text in texts.items():
        m = meta[key]
        for ev in extract_events(text, m.get("published"), title=m.get("title")):
            preds.append(to_prediction(key, ev, m.get("published")))
    return preds


# --- local scorer (gold/README.md) --------------------------------------------------------

def _d(s):
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10]) if len(s) >= 10 else date.fromisoformat(s + "-01")
    except ValueError:
        return None


def date_agrees(pred: dict, gold: dict) -> bool:
    prec = gold.get("precision") or "unknown"
    if prec == "unknown":
        return True
    gs = gold.get("date")
    ps = _d(pred.get("date_start"))
    pe = _d(pred.get("date_end")) or ps
    if ps is None or not gs:
        return False
    if prec == "day":
        return ps == _d(gs)
    if prec == "approx":
        return abs((ps - _d(gs)).days) <= 2
    if prec == "month":
        y, mth = int(gs[:4]), int(gs[5:7])
        return (ps.year, ps.month) == (y, mth)
    if prec == "range":
        ge = _d(gold.get("date_end")) or _d(gs)
        return abs((ps - _d(gs)).days) <= 1 and abs((pe - ge).days) <= 1
    return False


def gold_span(gold: dict, texts) -> tuple[int, int] | None:
    t = texts.get(gold["article"])
    if t is None:
        return None
    i = t.find(gold["evidence"])
    return None if i < 0 else (i, i + len(gold["evidence"]))


def local_score(preds, gold, texts) -> dict:
    spans = [gold_span(g, texts) for g in gold]
    articles = {g["article"] for g in gold}
    correct_gold = set()
    n_pred = n_correct = 0
    wrong, trap_hits = [], []
    per_type: dict[str, dict[str, int]] = {}
    for p in preds:
        src = [s for s in p["sources"] if s["article"] in articles]
        if not src:
            continue
        n_pred += 1
        pt = per_type.setdefault(p["type"], {"pred": 0, "correct": 0, "gold": 0, "found": 0})
        pt["pred"] += 1
        ok = False
        tied = False
        for i, g in enumerate(gold):
            sp = spans[i]
            if sp is None:
                continue
            for s in src:
                if s["article"] == g["article"] and s["start"] < sp[1] and sp[0] < s["end"]:
                    if g["type"] == "none":
                        trap_hits.append((p, g))
                        continue
                    tied = True
                    if g["type"] == p["type"] and date_agrees(p, g):
                        ok = True
                        correct_gold.add(i)
        if ok and not any(th[0] is p for th in trap_hits):
            n_correct += 1
            pt["correct"] += 1
        else:
            wrong.append((p, tied))
    req = [i for i, g in enumerate(gold) if g.get("required") and g["type"] != "none"]
    for i in req:
        pt = per_type.setdefault(gold[i]["type"], {"pred": 0, "correct": 0, "gold": 0, "found": 0})
        pt["gold"] += 1
        if i in correct_gold:
            pt["found"] += 1
    found = sum(1 for i in req if i in correct_gold)
    precision = n_correct / n_pred if n_pred else 0.0
    recall = found / len(req) if req else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    misses = [gold[i] for i in req if i not in correct_gold]
    return {"precision": precision, "recall": recall, "f1": f1, "n_pred": n_pred,
            "n_correct": n_correct, "n_required": len(req), "found": found,
            "per_type": per_type, "misses": misses, "wrong": wrong, "trap_hits": trap_hits}


def score(preds, gold, texts) -> dict:
    """The project scorer (conflict_db.evaluate) when present; the local one otherwise."""
    try:
        from conflict_db.evaluate import score as official
    except ImportError:
        return local_score(preds, gold, texts)
    preds = [dict(p, id=i) for i, p in enumerate(preds)]
    r = official(preds, gold, texts)
    per_type = {t: {"pred": v["predicted"], "correct": v["correct"], "gold": v["required"],
                    "found": v["found"]} for t, v in r.per_type.items()}
    return {"precision": r.precision, "recall": r.recall, "f1": r.f1,
            "n_pred": r.n_predicted, "n_correct": r.n_correct_predicted,
            "n_required": r.n_required, "found": r.n_required_found, "per_type": per_type,
            "misses": r.misses, "wrong": [(w, False) for w in r.wrong],
            "trap_hits": [(t, t) for t in r.trap_hits], "official": True}


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def find_gold(explicit: str | None = None) -> Path | None:
    cands = [Path(explicit)] if explicit else DEFAULT_GOLD
    for p in cands:
        if p.exists():
            return p
    return None


def speed(texts, meta, rounds: int) -> float:
    items = [(t, meta[k].get("published"), meta[k].get("title")) for k, t in texts.items()]
    extract_events(*items[0][:2], title=items[0][2])  # warm caches
    n = 0
    t0 = time.perf_counter()
    for _ in range(rounds):
        for t, pub, title in items:
            extract_events(t, pub, title=title)
            n += 1
    return n / (time.perf_counter() - t0)


def strip_punct(s: str) -> str:
    """Held-out style: punctuation removed (letters, digits, spaces and newlines kept)."""
    import re as _re
    return _re.sub(r"[^\w\s£$€%-]", "", s)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--speed", type=int, default=20, help="rounds over the seeds for timing")
    ap.add_argument("--stripped", action="store_true",
                    help="strip punctuation from seeds and gold evidence first")
    args = ap.parse_args()
    texts, meta = load_seeds()
    gp = find_gold(args.gold)
    if gp is None:
        print("gold not found", file=sys.stderr)
        return 1
    gold = load_gold(gp)
    if args.stripped:
        texts = {k: strip_punct(t) for k, t in texts.items()}
        meta = {k: dict(m, title=strip_punct(m["title"]) if m.get("title") else None)
                for k, m in meta.items()}
        gold = [dict(g, evidence=strip_punct(g["evidence"])) for g in gold]
    preds = predict_all(texts, meta)
    r = score(preds, gold, texts)
    print(("official scorer " if r.get("official") else "local scorer ") +
          f"extractor {EXTRACTOR_VERSION}: P={r['precision']:.3f} R={r['recall']:.3f} "
          f"F1={r['f1']:.3f} predicted={r['n_pred']} correct={r['n_correct']} "
          f"required={r['n_required']} found={r['found']} trap_hits={len(r['trap_hits'])}")
    for t, v in sorted(r["per_type"].items()):
        print(f"  {t:20s} pred={v['pred']:2d} correct={v['correct']:2d} "
              f"required={v['gold']:2d} found={v['found']:2d}")
    if args.verbose:
        for g in r["misses"]:
            print("MISS", g["article"][:3], g["type"], g["date"], g["precision"], "|", g["evidence"][:90])
        for p, tied in r["wrong"]:
            if "sources" in p:
                s = p["sources"][0]
                print("WRONG" + (" (tied)" if tied else ""), s["article"][:3], p["type"],
                      p["date_start"], p["date_precision"], "|", s["evidence"][:90])
            else:
                print("WRONG", str(p.get("article"))[:3], p.get("type"), p.get("date_start"),
                      "|", (p.get("evidence") or "")[:90], "-", p.get("why"))
        for p, g in r["trap_hits"]:
            print("TRAP", p)
    if args.speed:
        sizes = sum(len(t) for t in texts.values()) / len(texts)
        aps = speed(texts, meta, args.speed)
        print(f"speed: {aps:.0f} articles/s (mean {sizes:.0f} chars, one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
