"""find_dates: run the grammar over a text, keep the best non-overlapping matches, resolve."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime

from .anchor import dateline_date, reference_date
from .patterns import RULES, Ctx
from .types import TimeExpression


_TOKEN = re.compile(r"[A-Za-z]{3,}|\d+")
_BY_WORD: dict[str, list] = {}
_BY_DIGITS: dict[int, list] = {1: [], 2: [], 4: [], 0: []}  # by token length (0: other)
for _r in RULES:
    for _w in _r.triggers:
        # All three casings so the hot loop needs no .lower().
        for _form in (_w, _w.capitalize(), _w.upper()):
            _BY_WORD.setdefault(_form, []).append(_r)
    if _r.digits:
        for _n in (1, 2, 4, 0):
            if _r.digits == "any" or (_r.digits == "4" and _n == 4) or (_r.digits == "12" and _n in (1, 2)):
                _BY_DIGITS[_n].append(_r)


def _windows(text: str) -> dict:
    """For each rule, the merged text windows around its trigger words.

    Running ~25 regexes over a whole article costs ~10 ms; running them only near the words
    (or numbers) they need costs a tenth of that.
    """
    hits: dict = {}
    n = len(text)
    get = _BY_WORD.get
    by_digits = _BY_DIGITS
    for m in _TOKEN.finditer(text):
        w = m.group()
        if w[0] <= "9":
            k = len(w)
            rules = by_digits[k if k in (1, 2, 4) else 0]
        else:
            rules = get(w)
        if not rules:
            continue
        s, e = m.span()
        for r in rules:
            before, after = r.reach
            lo, hi = s - before, e + after
            if lo < 0:
                lo = 0
            if hi > n:
                hi = n
            ws = hits.get(r)
            if ws is None:
                hits[r] = [[lo, hi]]
            elif ws[-1][1] >= lo:
                ws[-1][1] = hi
            else:
                ws.append([lo, hi])
    return hits


def _anchor(text: str, published) -> date | None:
    try:
        a = reference_date(published)
    except Exception:  # a malformed timestamp must not stop ingestion
        a = None
    if a is None:
        a = dateline_date(text)
    return a


def find_dates(text: str, published: date | datetime | str | None = None) -> list[TimeExpression]:
    """Every temporal expression in ``text``, in text order, non-overlapping, resolved.

    ``published`` is the publication date or timestamp (see ``reference_date``); when None,
    a dateline at the top of the text is used, else relative expressions stay unresolved
    (``XXXX`` values, no dates). Never raises.
    """
    if not text or not isinstance(text, str):
        return []
    anchor = _anchor(text, published)
    ctx = Ctx(text, anchor)
    cands = []
    for rule, windows in _windows(text).items():
        rx, fn, prio = rule.rx, rule.fn, rule.priority
        has_t = "t" in rx.groupindex
        for lo, hi in windows:
            for m in rx.finditer(text, lo, hi):
                s, e = m.span("t") if has_t else m.span()
                if e <= s:
                    continue
                try:
                    spec = fn(m, ctx)
                except Exception:
                    spec = None
                if spec is None:
                    continue
                if not callable(spec):
                    if spec.start is not None:
                        s = spec.start
                    if spec.end is not None:
                        e = spec.end
                cands.append((e - s, prio, s, e, spec))
    if not cands:
        return []
    # Longest match wins, then the more specific rule, then the earlier one.
    cands.sort(key=lambda c: (-c[0], -c[1], c[2]))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for _, _, s, e, spec in cands:
        i = bisect_left(starts, s)
        if i > 0 and ends[i - 1] > s:
            continue
        if i < len(starts) and starts[i] < e:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append((s, e, spec))
    chosen.sort(key=lambda c: c[0])
    out = []
    for s, e, spec in chosen:
        if callable(spec):
            try:
                spec = spec(ctx)
            except Exception:
                spec = None
            if spec is None:
                continue
        if not spec.comparison:
            if spec.precision == "quarter" and spec.date_start:
                ctx.last_quarter = (spec.date_start.year, (spec.date_start.month - 1) // 3 + 1)
            if spec.type == "DATE" and spec.date_start:
                ctx.last_date = spec
                if spec.precision == "day":
                    ctx.last_day = spec
        out.append(TimeExpression(
            start=s, end=e, text=text[s:e], type=spec.type, value=spec.value,
            date_start=spec.date_start, date_end=spec.date_end, precision=spec.precision,
            direction=spec.direction, mod=spec.mod,
        ))
    return out
