"""The date engine: find temporal expressions in news text and place them on the calendar."""

from .anchor import dateline_date, reference_date
from .engine import find_dates
from .options import parse_date_option
from .types import TimeExpression

__all__ = ["TimeExpression", "find_dates", "reference_date", "dateline_date", "parse_date_option"]
