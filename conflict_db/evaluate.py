"""Score predicted events against gold events (rules: shared/gold/README.md). Pure: no database.

A prediction is *tied* to a gold event when one of its sources is in the gold event's article
and its [start, end) overlaps the gold evidence span (the first occurrence of the evidence
string in the article text). It is *correct* when, in addition, the type is equal and the date
agrees with the gold precision: ``day`` exactly; ``approx`` within 2 days; ``month`` any day of
that month (or the month value); ``range`` start and end each within 1 day; ``unknown`` anything.
Traps (``type: none``): a prediction overlapping one is wrong.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping

__all__ = ["EvalReport", "load_gold", "score", "report_lines"]


def load_gold(path: str | Path) -> list[dict]:
    """Gold events from a JSONL file (one object per line; blank lines and # comments skipped)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON: {e}") from e
    return out


@dataclass
class EvalReport:
    precision: float
    recall: float
    f1: float
    per_type: dict[str, dict[str, float | int]] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)
    trap_hits: list[dict] = field(default_factory=list)
    gold_problems: list[dict] = field(default_factory=list)
    n_predicted: int = 0
    n_correct_predicted: int = 0
    n_required: int = 0
    n_required_found: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ----------------------------------------------------------------------------- helpers


def _d(v: Any) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    s = str(v)[:10]
    try:
        if len(s) == 7:
            return date.fromisoformat(s + "-01")
        return date.fromisoformat(s)
    except ValueError:
        return None


def _month_of(v: Any) -> tuple[int, int] | None:
    if v is None:
        return None
    s = str(v)
    if len(s) >= 7 and s[4] == "-":
        try:
            return int(s[:4]), int(s[5:7])
        except ValueError:
            return None
    return None


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def date_agrees(pred: Mapping, gold: Mapping) -> tuple[bool, str]:
    """Whether a predicted event's date fits the gold date under the gold precision."""
    prec = gold.get("precision") or "unknown"
    if prec == "unknown":
        return True, ""
    ps, pe = pred.get("date_start"), pred.get("date_end")
    gs, ge = gold.get("date"), gold.get("date_end")
    shown = f"predicted {ps}..{pe}" if pe and pe != ps else f"predicted {ps}"
    if ps is None:
        return False, f"no predicted date, gold {gs} ({prec})"
    if prec == "day":
        ok = _d(ps) is not None and _d(ps) == _d(gs) and len(str(ps)) >= 10
    elif prec == "approx":
        a, b = _d(ps), _d(gs)
        ok = a is not None and b is not None and len(str(ps)) >= 10 and abs((a - b).days) <= 2
    elif prec == "month":
        ok = _month_of(ps) is not None and _month_of(ps) == _month_of(gs)
    elif prec == "range":
        a0, a1 = _d(ps), _d(pe or ps)
        b0, b1 = _d(gs), _d(ge or gs)
        ok = (None not in (a0, a1, b0, b1)
              and abs((a0 - b0).days) <= 1 and abs((a1 - b1).days) <= 1)
    else:
        ok = False
    if ok:
        return True, ""
    g = f"{gs}..{ge}" if ge else f"{gs}"
    return False, f"{shown}, gold {g} ({prec})"


# ----------------------------------------------------------------------------- scoring


def score(predictions: Iterable[Mapping], gold: Iterable[Mapping],
          texts: Mapping[str, str]) -> EvalReport:
    """Score predictions (the ``cdb events --format jsonl`` shape) against gold events."""
    gold = list(gold)
    predictions = list(predictions)
    problems: list[dict] = []

    # locate gold evidence spans
    spans: list[tuple[int, int] | None] = []
    for g in gold:
        text = texts.get(g.get("article"))
        ev = g.get("evidence") or ""
        if text is None:
            spans.append(None)
            problems.append({"article": g.get("article"), "evidence": ev,
                             "problem": "article text not given"})
            continue
        pos = text.find(ev) if ev else -1
        if pos < 0:
            spans.append(None)
            problems.append({"article": g.get("article"), "evidence": ev,
                             "problem": "evidence not found in article text"})
            continue
        spans.append((pos, pos + len(ev)))

    gold_articles = {g.get("article") for g in gold}

    def ties(p: Mapping, gi: int) -> bool:
        sp = spans[gi]
        if sp is None:
            return False
        art = gold[gi].get("article")
        for src in p.get("sources") or ():
            if src.get("article") != art:
                continue
            s, e = src.get("start"), src.get("end")
            if s is None or e is None:
                continue
            if s < sp[1] and sp[0] < e:
                return True
        return False

    in_scope = [p for p in predictions
                if any(src.get("article") in gold_articles for src in p.get("sources") or ())]

    def pid(p: Mapping) -> Any:
        return p.get("id")

    def brief(p: Mapping) -> dict:
        src = next((s for s in p.get("sources") or () if s.get("article") in gold_articles), {})
        return {"id": pid(p), "type": p.get("type"), "date_start": p.get("date_start"),
                "date_end": p.get("date_end"), "article": src.get("article"),
                "evidence": src.get("evidence")}

    # predictions -> correctness
    correct_gold: set[int] = set()
    n_correct = 0
    wrong: list[dict] = []
    trap_hits: list[dict] = []
    pred_correct_by_type: dict[str, list[int]] = {}  # type -> [correct, total]
    for p in in_scope:
        tied = [gi for gi in range(len(gold)) if ties(p, gi)]
        traps = [gi for gi in tied if gold[gi].get("type") == "none"]
        real = [gi for gi in tied if gold[gi].get("type") != "none"]
        ok_for: list[int] = []
        reasons: list[str] = []
        for gi in real:
            g = gold[gi]
            if p.get("type") != g.get("type"):
                reasons.append(f"type {p.get('type')} but gold {g.get('type')}: "
                               f"{g.get('evidence')[:60]!r}")
                continue
            ok, why = date_agrees(p, g)
            if ok:
                ok_for.append(gi)
            else:
                reasons.append(f"wrong date: {why}: {g.get('evidence')[:60]!r}")
        t = p.get("type") or "?"
        ct = pred_correct_by_type.setdefault(t, [0, 0])
        ct[1] += 1
        if traps:
            for gi in traps:
                trap_hits.append({**brief(p), "trap": gold[gi].get("evidence")})
        if ok_for and not traps:
            n_correct += 1
            ct[0] += 1
            correct_gold.update(ok_for)
        else:
            if traps:
                why = "overlaps a trap"
            elif not tied:
                why = "no gold event overlaps"
            else:
                why = "; ".join(reasons)
            wrong.append({**brief(p), "why": why})

    # gold -> misses
    required = [gi for gi, g in enumerate(gold) if g.get("required") and g.get("type") != "none"]
    misses = []
    for gi in required:
        if gi in correct_gold:
            continue
        g = gold[gi]
        tied = [p for p in in_scope if ties(p, gi)]
        if spans[gi] is None:
            why = "gold evidence not located"
        elif not tied:
            why = "no overlapping prediction"
        else:
            reasons = []
            for p in tied:
                if p.get("type") != g.get("type"):
                    reasons.append(f"wrong type: predicted {p.get('type')}")
                else:
                    reasons.append("wrong date: " + date_agrees(p, g)[1])
            why = "; ".join(dict.fromkeys(reasons))
        misses.append({"article": g.get("article"), "type": g.get("type"),
                       "date": g.get("date"), "date_end": g.get("date_end"),
                       "precision": g.get("precision"), "evidence": g.get("evidence"),
                       "why": why})

    n_req = len(required)
    n_found = n_req - len(misses)
    precision = n_correct / len(in_scope) if in_scope else 0.0
    recall = n_found / n_req if n_req else 0.0

    per_type: dict[str, dict[str, float | int]] = {}
    types = sorted({gold[gi].get("type") for gi in required}
                   | set(pred_correct_by_type) - {None})
    for t in types:
        req_t = [gi for gi in required if gold[gi].get("type") == t]
        found_t = [gi for gi in req_t if gi in correct_gold]
        c, tot = pred_correct_by_type.get(t, [0, 0])
        p_t = c / tot if tot else 0.0
        r_t = len(found_t) / len(req_t) if req_t else 0.0
        per_type[t] = {"precision": p_t, "recall": r_t, "f1": _f1(p_t, r_t),
                       "predicted": tot, "correct": c, "required": len(req_t),
                       "found": len(found_t)}

    return EvalReport(precision=precision, recall=recall, f1=_f1(precision, recall),
                      per_type=per_type, misses=misses, wrong=wrong, trap_hits=trap_hits,
                      gold_problems=problems, n_predicted=len(in_scope),
                      n_correct_predicted=n_correct, n_required=n_req,
                      n_required_found=n_found)


def report_lines(report: EvalReport, *, details: bool = True) -> list[str]:
    """The report as plain text lines (the CLI styles and prints them)."""
    r = report
    lines = [
        f"precision {r.precision:.2f}  recall {r.recall:.2f}  F1 {r.f1:.2f}  "
        f"({r.n_correct_predicted}/{r.n_predicted} predictions correct, "
        f"{r.n_required_found}/{r.n_required} required gold found, "
        f"{len(r.trap_hits)} trap hits)",
        "",
        f"{'type':<20} {'P':>5} {'R':>5} {'F1':>5} {'pred':>5} {'gold':>5}",
    ]
    for t, v in r.per_type.items():
        lines.append(f"{t:<20} {v['precision']:>5.2f} {v['recall']:>5.2f} {v['f1']:>5.2f} "
                     f"{v['predicted']:>5} {v['required']:>5}")
    if not details:
        return lines
    if r.misses:
        lines += ["", "missed (required gold):"]
        for m in r.misses:
            d = m["date"] if not m.get("date_end") else f"{m['date']}..{m['date_end']}"
            lines.append(f"  [{m['article']}] {m['type']} {d} ({m['precision']}): "
                         f"{m['evidence'][:70]!r} - {m['why']}")
    if r.wrong:
        lines += ["", "wrong predictions:"]
        for w in r.wrong:
            ev = (w.get("evidence") or "")[:70]
            lines.append(f"  [{w.get('article')}] #{w.get('id')} {w.get('type')} "
                         f"{w.get('date_start')}: {ev!r} - {w['why']}")
    if r.trap_hits:
        lines += ["", "trap hits:"]
        for t in r.trap_hits:
            lines.append(f"  [{t.get('article')}] #{t.get('id')} {t.get('type')}: "
                         f"{(t.get('trap') or '')[:70]!r}")
    if r.gold_problems:
        lines += ["", "gold data problems:"]
        for g in r.gold_problems:
            lines.append(f"  [{g['article']}] {g['problem']}: {g['evidence'][:70]!r}")
    return lines
