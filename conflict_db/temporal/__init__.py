"""The date engine: find temporal expressions in news text and place them on the calendar.

Public API (other components code against these names):

- ``find_dates(text, published)`` -> ``list[TimeExpression]``: every expression, in text order,
  non-overlapping, with TIMEX3 ``type``/``value`` and resolved ``date_start``/``date_end``.
- ``reference_date(published)`` -> the text's "today" (see its docstring for the after-midnight
  UTC rule).
- ``dateline_date(text)`` -> a publication date written at the top of the article, or None.
- ``parse_date_option(s)`` -> ``(first_day, last_day, precision)`` for CLI filters.

How underspecified dates are placed (rules measured on TimeBank/AQUAINT):

- a bare weekday is today or the most recent one; the nearest tense/planning marker in the
  sentence ("will", "due to", "scheduled", "planned", "as early as" ...) turns it forward;
- a month (and day) without a year takes the year nearest the anchor; the tense only overrides
  that when the nearest reading is more than two months on the wrong side (news talks about
  "payable Dec. 7" in October and "in December" in January);
- "N days of fighting" runs up to the day before publication (tolls are counted to the report);
  "the past N days" runs up to the anchor; plain durations carry no dates;
- "a year earlier", "the year-ago quarter", "the quarter", "that year" refer to the period last
  named in the text; a numbered quarter is the latest one that has begun;
- without an anchor nothing relative is resolved (``XXXX`` values, no dates).

The TempEval-3 scorer lives in ``conflict_db.temporal.tempeval`` (run ``bench/tempeval.py``).
"""

from .anchor import dateline_date, reference_date
from .engine import find_dates
from .options import parse_date_option
from .types import TimeExpression

__all__ = ["TimeExpression", "find_dates", "reference_date", "dateline_date", "parse_date_option"]
