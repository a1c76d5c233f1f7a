"""Placing underspecified dates on the calendar relative to the anchor ("today").

Every function takes the anchor (or None) and the direction read from the tense, and returns
``(value, date_start, date_end, precision)``. With no anchor, values keep ``X`` placeholders
and dates are None: we never guess.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from . import calendar as cal

Resolved = tuple[str, "date | None", "date | None", str]


def _nearest(cands: list[date], anchor: date, direction: str, slack: int = 0) -> date:
    """The candidate nearest the anchor, unless the tense points the other way.

    With ``slack`` > 0 the tense only overrides a nearest candidate lying more than ``slack``
    days on the wrong side: "payable Nov. 20" in a Nov. 2 text stays this year even though a
    past-tense verb is nearby, while "in December" said in January is last year's.
    """
    nearest = min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))
    if direction == "future":
        later = [c for c in cands if c >= anchor]
        if later and (nearest < anchor and (anchor - nearest).days > slack):
            return min(later)
    elif direction == "past":
        earlier = [c for c in cands if c <= anchor]
        if earlier and (nearest > anchor and (nearest - anchor).days > slack):
            return max(earlier)
    return nearest


def month_day(month: int, day: int, anchor: date | None, direction: str,
              year: int | None = None) -> Resolved | None:
    if year is not None:
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        return cal.day_value(d), d, d, "day"
    if day > 31 or day < 1 or (month == 2 and day > 29) or day > monthrange(2000, month)[1]:
        return None
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}", None, None, "day"
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            pass
    if not cands:
        return None
    d = _nearest(cands, anchor, direction, slack=62)
    return cal.day_value(d), d, d, "day"


def month_only(month: int, anchor: date | None, direction: str, year: int | None = None,
               rel: str | None = None, told_past: bool = False) -> Resolved:
    """``told_past``: the month is the time of a past verb right beside it ("which it seized in
    January"), so a month not yet begun is last year's even when it is the next one."""
    if year is None:
        if anchor is None:
            return f"XXXX-{month:02d}", None, None, "month"
        if rel == "last":
            direction = "past"
        elif rel == "next":
            direction = "future"
        y = anchor.year
        if rel == "this":
            pass
        elif rel == "last" and month >= anchor.month:
            y -= 1
        elif rel == "next" and month <= anchor.month:
            y += 1
        elif rel is None and month != anchor.month:
            cands = [date(yy, month, 15) for yy in (y - 1, y, y + 1)]
            mid = date(anchor.year, anchor.month, 15)
            if direction == "none":
                # news looks back: a month half a year away either side is the last one
                mid -= timedelta(days=30)
            y = _nearest(cands, mid, direction, slack=0 if told_past else 62).year
        year = y
    s, e = cal.month_bounds(year, month)
    return cal.month_value(year, month), s, e, "month"


def weekday(wd: int, anchor: date | None, direction: str, rel: str | None = None) -> Resolved:
    """A bare weekday is today or the last one; in a future context, today or the next one."""
    if anchor is None:
        return f"XXXX-WXX-{wd + 1}", None, None, "day"
    diff = wd - anchor.weekday()
    if rel == "last":
        # "last Monday" is the most recent Monday before today; but the day before the news is
        # told "Wednesday" or "yesterday", so "last Wednesday" written on a Thursday is the
        # Wednesday of the week before
        d = anchor + timedelta(days=(diff - 7) if diff >= 0 else diff)
        if d == anchor - timedelta(days=1):
            d -= timedelta(days=7)
    elif rel == "next":
        d = anchor + timedelta(days=(diff + 7) if diff <= 0 else diff)
    elif rel == "this":
        d = anchor + timedelta(days=diff)
    elif direction == "future":
        d = anchor + timedelta(days=diff % 7)
    else:
        d = anchor - timedelta(days=(-diff) % 7)
    return cal.day_value(d), d, d, "day"


def relative_unit(unit: str, offset: int, anchor: date | None) -> Resolved | None:
    """this/last/next week, month, year, quarter, decade, weekend (offset -1/0/+1)."""
    if anchor is None:
        xs = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
              "quarter": "XXXX-QX", "decade": "XXX", "century": "XX", "day": "XXXX-XX-XX"}
        return xs.get(unit, "XXXX"), None, None, unit if unit in ("week", "month", "year") else "unknown"
    if unit == "day":
        d = anchor + timedelta(days=offset)
        return cal.day_value(d), d, d, "day"
    if unit == "week":
        d = anchor + timedelta(weeks=offset)
        s, e = cal.week_bounds(d)
        return cal.week_value(d), s, e, "week"
    if unit == "weekend":
        d = anchor + timedelta(weeks=offset)
        s, e = cal.week_bounds(d)
        return cal.week_value(d) + "-WE", s + timedelta(days=5), e, "week"
    if unit == "month":
        d = cal.add_months(anchor, offset)
        s, e = cal.month_bounds(d.year, d.month)
        return cal.month_value(d.year, d.month), s, e, "month"
    if unit == "year":
        y = anchor.year + offset
        return f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year"
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + offset
        y, q = anchor.year + q // 4, q % 4 + 1
        s, e = cal.quarter_bounds(y, q)
        return f"{y:04d}-Q{q}", s, e, "quarter"
    if unit == "decade":
        dec = anchor.year // 10 + offset
        return f"{dec:03d}", date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31), "decade"
    if unit == "century":
        c = anchor.year // 100 + offset
        return f"{c:02d}", date(c * 100, 1, 1), date(c * 100 + 99, 12, 31), "decade"
    return None


def ago(n: float | None, unit: str, anchor: date | None, sign: int = -1) -> Resolved | None:
    """"two years ago" -> the year two years back; days and weeks give a day."""
    if n is None:
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), None, None, "unknown"
    n = int(n) if n == int(n) else n
    if anchor is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-XX-XX", "month": "XXXX-XX"}.get(unit, "XXXX"), None, None, "unknown"
    try:
        if unit in ("day", "night"):
            d = anchor + timedelta(days=sign * n)
            return cal.day_value(d), d, d, "day"
        if unit == "week":
            d = anchor + timedelta(days=sign * 7 * n)
            return cal.day_value(d), d, d, "day"
        if unit == "month":
            d = cal.add_months(anchor, int(sign * n))
            s, e = cal.month_bounds(d.year, d.month)
            return cal.month_value(d.year, d.month), s, e, "month"
        if unit in ("year", "decade", "century"):
            k = {"year": 1, "decade": 10, "century": 100}[unit]
            y = anchor.year + int(sign * n * k)
            return f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year"
        if unit == "hour" or unit == "minute":
            return cal.day_value(anchor), anchor, anchor, "day"
    except (ValueError, OverflowError):
        return None
    return None


def quarter(q: int, anchor: date | None, year: int | None = None) -> Resolved:
    if year is None:
        if anchor is None:
            return f"XXXX-Q{q}", None, None, "quarter"
        # Quarters are talked about once they have started (results, forecasts for the
        # current one): the latest quarter with that number that has begun.
        cur = (anchor.month - 1) // 3 + 1
        year = anchor.year if q <= cur else anchor.year - 1
    s, e = cal.quarter_bounds(year, q)
    return f"{year:04d}-Q{q}", s, e, "quarter"


def season(code: str, anchor: date | None, year: int | None, rel: str | None,
           direction: str) -> Resolved:
    if year is None:
        if anchor is None:
            return f"XXXX-{code}", None, None, "season"
        ay, acode = cal.season_of(anchor)
        order = ["WI", "SP", "SU", "FA"]
        # Seasons ordered within a "season year" that starts with winter (Dec of prior year).
        def idx(y: int, c: str) -> int:
            return (y if c != "WI" else y + 1) * 4 + order.index(c)
        cur = idx(ay, acode)
        cands = [(y, idx(y, code)) for y in (ay - 1, ay, ay + 1)]
        if rel == "last" or (rel is None and direction == "past"):
            pool = [c for c in cands if c[1] < cur] or cands
            year = max(pool, key=lambda c: c[1])[0] if rel == "last" else max(
                [c for c in cands if c[1] <= cur] or cands, key=lambda c: c[1])[0]
        elif rel == "next" or (rel is None and direction == "future"):
            pool = [c for c in cands if c[1] > cur] if rel == "next" else [c for c in cands if c[1] >= cur]
            year = min(pool or cands, key=lambda c: c[1])[0]
        else:
            year = min(cands, key=lambda c: (abs(c[1] - cur), c[1] > cur))[0]
    s, e = cal.season_bounds(year, code)
    return f"{year:04d}-{code}", s, e, "season"
