from datetime import date, datetime, timedelta, timezone

import pytest

from conflict_db.temporal import dateline_date, find_dates, parse_date_option, reference_date


def test_reference_date_plain_and_strings():
    assert reference_date(date(2014, 1, 6)) == date(2014, 1, 6)
    assert reference_date("2014-01-06") == date(2014, 1, 6)
    assert reference_date(None) is None
    assert reference_date("not a date") is None


def test_reference_date_after_midnight_utc_is_previous_day():
    assert reference_date("2014-01-09T01:24:00Z") == date(2014, 1, 8)
    assert reference_date(datetime(2014, 1, 9, 1, 24, tzinfo=timezone.utc)) == date(2014, 1, 8)
    assert reference_date("2014-01-09T14:00:00Z") == date(2014, 1, 9)
    # 02:00 in UTC+5 is 21:00 UTC the previous day
    tz = timezone(timedelta(hours=5))
    assert reference_date(datetime(2014, 1, 9, 2, 0, tzinfo=tz)) == date(2014, 1, 8)


def test_datelines():
    assert dateline_date("Saturday 27 Aug 2016\nRebels said...") == date(2016, 8, 27)
    assert dateline_date("BEIRUT, Jan. 6, 2014 (AP) — Rebels...") == date(2014, 1, 6)
    assert dateline_date("AMMAN, Jan 6 (Reuters) - Rebels...") is None
    assert dateline_date("2014-01-06\nText") == date(2014, 1, 6)
    assert dateline_date("x" * 400 + " Jan. 6, 2014") is None


def test_find_dates_uses_dateline_when_unpublished():
    t = "BEIRUT, Jan. 6, 2014 (AP) — Fighting resumed on Sunday."
    es = find_dates(t, None)
    assert es[-1].value == "2014-01-05"


def test_no_anchor_never_guesses_today():
    es = find_dates("Fighting resumed yesterday and last month.", None)
    assert all(e.date_start is None for e in es)
    assert [e.value for e in es] == ["XXXX-XX-XX", "XXXX-XX"]


def test_parse_date_option():
    d = date(2014, 1, 3)
    assert parse_date_option("2014-01-03") == (d, d, "day")
    assert parse_date_option("2014-01") == (date(2014, 1, 1), date(2014, 1, 31), "month")
    assert parse_date_option("2014") == (date(2014, 1, 1), date(2014, 12, 31), "year")
    assert parse_date_option("3 January 2014") == (d, d, "day")
    assert parse_date_option("Jan 3, 2014") == (d, d, "day")
    assert parse_date_option("January 2014")[2] == "month"
    for bad in ("2014-13-45", "yesterdayish", "", "Smarch 3, 2014"):
        with pytest.raises(ValueError):
            parse_date_option(bad)
