"""Properties that must hold for any input."""

import re
from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings, strategies as st

from conflict_db.temporal import find_dates

TIMEX_VALUE = re.compile(
    r"^(?:"
    r"(?:\d{4}|X{4})(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?(?:T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI))?"  # dates, times
    r"|(?:\d{4}|X{4})-W(?:\d{2}|XX)(?:-(?:WE|[1-7])(?:T(?:\d{2}:\d{2}|MO|MI|AF|EV|NI))?)?"  # weeks, weekends, weekdays (TimeML: XXXX-WXX-1TNI)
    r"|(?:\d{4}|X{4})-(?:SP|SU|FA|WI|Q[1-4X]|H[12])"  # seasons, quarters, halves
    r"|\d{2,3}X?|X{2,3}"  # centuries, decades
    r"|P(?:(?:\d+|X)[YMWDQ])+(?:T(?:(?:\d+|X)[HMS])+)?|PT(?:(?:\d+|X)[HMS])+"  # durations
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r")$"
)

WORDS = st.sampled_from([
    "on", "Monday", "Friday's", "last", "next", "week", "month", "year", "ago", "three", "a",
    "days", "of", "the", "past", "January", "Jan.", "22", "2014", "may", "March", "march",
    "£16", "$5", "28-year-old", "since", "start", "early", "later", "this", "quarter", "third",
    "1990s", "'80s", "summer", "fall", "now", "10:30", "p.m.", "12/31/2013", "2014-01-06",
    "will", "said", ",", ".", "\n", "nineteen", "ninety-six", "two", "thousand", "every",
])

PUBLISHED = st.one_of(
    st.none(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2100, 12, 30),
                 timezones=st.sampled_from([None, timezone.utc, timezone(timedelta(hours=-7))])),
    st.text(max_size=25),
)


def check(text, published):
    found = find_dates(text, published)
    last_end = -1
    for e in found:
        assert text[e.start:e.end] == e.text
        assert e.start >= last_end and e.end > e.start
        last_end = e.end
        assert TIMEX_VALUE.match(e.value), e.value
        assert e.type in ("DATE", "TIME", "DURATION", "SET")
        if e.date_start and e.date_end:
            assert e.date_start <= e.date_end


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), PUBLISHED)
def test_arbitrary_text_never_raises(text, published):
    check(text, published)


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join), PUBLISHED)
def test_date_like_text_is_well_formed(text, published):
    check(text, published)


def test_extreme_anchors():
    for pub in (date(1, 1, 1), date(9999, 12, 31)):
        check("last year, next month, on Monday, three days ago, the third quarter, 1 May", pub)
