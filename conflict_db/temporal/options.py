"""Dates typed by a user on the command line (filters), strict and explicit."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .lexicon import MONTHS

_MON = r"([A-Za-z]{3,9})\.?"
_FORMS = [
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), "ymd"),
    (re.compile(r"(\d{4})-(\d{1,2})"), "ym"),
    (re.compile(r"(\d{4})"), "y"),
    (re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+(\d{{4}})", re.I), "dmy"),
    (re.compile(rf"{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I), "mdy"),
    (re.compile(rf"{_MON},?\s+(\d{{4}})", re.I), "my"),
]


def parse_date_option(s: str) -> tuple[date, date, str]:
    """Parse a CLI date filter into (first day, last day, precision).

    "2014-01-03" -> day, "2014-01" -> month, "2014" -> year, "3 January 2014" and
    "Jan 3, 2014" -> day, "January 2014" -> month. Anything else raises ValueError.
    """
    raw = s
    s = (s or "").strip()
    for rx, form in _FORMS:
        m = rx.fullmatch(s)
        if not m:
            continue
        try:
            if form == "ymd":
                d = date(int(m[1]), int(m[2]), int(m[3]))
                return d, d, "day"
            if form == "y":
                y = int(m[1])
                return date(y, 1, 1), date(y, 12, 31), "year"
            if form in ("ym", "my"):
                y, mo = (int(m[1]), int(m[2])) if form == "ym" else (int(m[2]), _month(m[1]))
                return date(y, mo, 1), date(y, mo, monthrange(y, mo)[1]), "month"
            if form == "dmy":
                d = date(int(m[3]), _month(m[2]), int(m[1]))
            else:
                d = date(int(m[3]), _month(m[1]), int(m[2]))
            return d, d, "day"
        except ValueError as exc:
            raise ValueError(f"invalid date {raw!r}: {exc}") from None
    raise ValueError(
        f"cannot read {raw!r} as a date; use YYYY-MM-DD, YYYY-MM, YYYY, '3 January 2014' or 'Jan 3, 2014'"
    )


def _month(name: str) -> int:
    try:
        return MONTHS[name.lower()]
    except KeyError:
        raise ValueError(f"unknown month name {name!r}") from None
