"""Calendar arithmetic and TIMEX3 value formatting."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, monthrange(y, m + 1)[1]))


def add_years(d: date, n: int) -> date:
    y = d.year + n
    return date(y, d.month, min(d.day, monthrange(y, d.month)[1]))


def month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, monthrange(y, m)[1])


def week_bounds(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def quarter_bounds(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), month_bounds(y, 3 * q)[1]


def half_bounds(y: int, h: int) -> tuple[date, date]:
    return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))


# Meteorological seasons: winter YYYY-WI starts in December of YYYY.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def season_bounds(y: int, s: str) -> tuple[date, date]:
    a, b = _SEASON_MONTHS[s]
    start = date(y, a, 1)
    end = add_months(date(y, 1, 1), b - 1)
    return start, month_bounds(end.year, end.month)[1]


def season_of(d: date) -> tuple[int, str]:
    m = d.month
    if m in (1, 2):
        return d.year - 1, "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA",
                    11: "FA", 12: "WI"}[m]


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def duration_value(n: float | None, unit: str, is_time: bool) -> str:
    """P3Y, PT2H, P1W, PXM; decades and centuries become years as TimeBank writes them."""
    if unit == "DE":
        unit, n = "Y", (None if n is None else n * 10)
    elif unit == "CE":
        unit, n = "Y", (None if n is None else n * 100)
    elif unit == "2W":
        unit, n = "W", (None if n is None else n * 2)
    if n is None:
        amount = "X"
    elif n == int(n):
        amount = str(int(n))
    else:
        # Half units go down one unit (1.5 hours -> PT1H30M), as TimeML writes them.
        whole = int(n)
        sub = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
               "Q": ("M", 3)}.get(unit)
        if sub is None:
            amount = str(round(n))
        else:
            frac = round((n - whole) * sub[1])
            if unit in ("D",):
                return f"P{whole}DT{frac}H" if whole else f"PT{frac}H"
            tail = f"{frac}{sub[0]}"
            head = f"{whole}{unit}" if whole else ""
            return ("PT" if is_time else "P") + head + tail
    return ("PT" if is_time else "P") + amount + unit


def shift_days(d: date, n: int) -> date:
    return d + timedelta(days=n)
