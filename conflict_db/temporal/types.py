"""Value types shared by the date engine and its users."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """One temporal expression found in a text, resolved against an anchor date.

    ``start``/``end`` are character offsets: ``text == source[start:end]``.
    ``type`` and ``value`` follow TIMEX3 (TimeML 1.2.1). ``date_start``/``date_end`` are the
    calendar days the expression covers (both None when it cannot be placed on the calendar,
    e.g. durations without an anchor or ``XXXX-01-22``). ``precision`` is one of
    ``day``, ``week``, ``month``, ``quarter``, ``season``, ``year``, ``decade``, ``range``,
    ``unknown``. ``direction`` is ``past``, ``future`` or ``none`` (how the tense around the
    expression was read).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    date_start: date | None
    date_end: date | None
    precision: str
    direction: str = "none"
    # TIMEX3 mod: START, END, MID, APPROX, MORE_THAN, LESS_THAN, ... ("" when none)
    mod: str = ""
