"""Publication dates as sources give them: ISO dates and timestamps, RFC 2822, plain English."""

from __future__ import annotations

from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime


def parse_published(value: str) -> datetime | date:
    """Parse a publication date or timestamp; raise ValueError naming the value."""
    text = value.strip()
    if not text:
        raise ValueError("empty publication date")
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return _naive_utc(datetime.fromisoformat(text))
    except ValueError:
        pass
    try:
        return _naive_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import; only for unusual spellings

    parsed = dateparser.parse(
        text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
    )
    if parsed is None:
        raise ValueError(f"not a date: {value!r}")
    if parsed.time() == datetime.min.time():
        return parsed.date()
    return _naive_utc(parsed)


def _naive_utc(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def as_datetime(value: datetime | date | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)


def iso(value: datetime | date | None) -> str | None:
    """Date-only timestamps print as dates; others as UTC ISO timestamps with Z."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat() + "Z"
    return value.isoformat()
