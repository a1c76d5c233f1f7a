"""The text's "today": from the publication timestamp or a dateline."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from .lexicon import MONTHS

# Web timestamps are usually UTC; a story stamped shortly after midnight UTC was written
# (and speaks of "today") on the previous calendar day, in the newsroom's daytime.
_EARLY_UTC_HOUR = 6


def _parse_iso(s: str) -> date | datetime | None:
    s = s.strip()
    if not s:
        return None
    try:
        if len(s) <= 10:
            return date.fromisoformat(s)
        return datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        pass
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def reference_date(published: date | datetime | str | None) -> date | None:
    """The calendar day the text calls "today", or None when unknown.

    - a ``date`` (or "YYYY-MM-DD") is itself;
    - a ``datetime`` (or ISO timestamp) is converted to UTC (naive ones are taken as UTC,
      which is what web timestamps are); if it falls before 06:00 UTC, "today" is the previous
      day: the story was written in the newsroom's daytime and stamped after midnight
      (published 2014-01-09T01:24Z, written Wednesday 2014-01-08: its "Tuesday" is Jan 7);
    - anything unparseable gives None (never today's date).
    """
    if published is None:
        return None
    if isinstance(published, str):
        published = _parse_iso(published)
        if published is None:
            return None
    if isinstance(published, datetime):
        if published.tzinfo is not None:
            published = published.astimezone(timezone.utc)
        if published.hour < _EARLY_UTC_HOUR:
            return published.date() - timedelta(days=1)
        return published.date()
    if isinstance(published, date):
        return published
    return None


_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATELINE = re.compile(
    r"(?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)"
    rf"|\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MON}\s*,?\s+(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b{_MON.replace('mon>', 'mon2>')}\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s*,?\s+(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DATELINE_SPAN = 300


def dateline_date(text: str) -> date | None:
    """A publication date written at the top of an article, or None.

    Only the first ~300 characters count. Accepts "Saturday 27 Aug 2016",
    "BEIRUT, Jan. 6, 2014 (AP) —" and "2014-01-06"; a dateline without a year
    ("AMMAN, Jan 6 (Reuters)") gives None, since guessing the year is worse than not knowing.
    """
    if not text:
        return None
    m = _DATELINE.search(text[:_DATELINE_SPAN])
    if not m:
        return None
    try:
        if m["iso"]:
            return date(int(m["iy"]), int(m["im"]), int(m["id"]))
        if m["d1"]:
            return date(int(m["y1"]), MONTHS[m["mon"].lower().rstrip(".")], int(m["d1"]))
        return date(int(m["y2"]), MONTHS[m["mon2"].lower().rstrip(".")], int(m["d2"]))
    except (ValueError, KeyError):
        return None
