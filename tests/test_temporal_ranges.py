from datetime import date

from temporal_helpers import expr


def test_past_n_days_is_a_range_ending_today():
    t = "Clashes over the past five days have killed dozens."
    e = expr(t, date(2014, 1, 8), "past five days")
    assert e.value == "P5D" and e.type == "DURATION" and e.precision == "range"
    assert (e.date_start, e.date_end) == (date(2014, 1, 3), date(2014, 1, 8))


def test_since_start_of_month():
    t = "The fighting since the start of January has displaced thousands."
    e = expr(t, date(2014, 1, 17), "the start of January")
    assert e.precision == "range"
    assert (e.date_start, e.date_end) == (date(2014, 1, 1), date(2014, 1, 17))


def test_n_days_of_fighting_ends_day_before_report():
    t = "Eleven days of clashes have left the city without power."
    e = expr(t, date(2014, 1, 12), "Eleven days")
    assert e.value == "P11D"
    assert (e.date_start, e.date_end) == (date(2014, 1, 1), date(2014, 1, 11))


def test_durations():
    pub = date(2014, 1, 12)
    assert expr("The truce lasted three months.", pub, "three months").value == "P3M"
    assert expr("He was held for more than 10 years.", pub, "more than 10 years").value == "P10Y"
    assert expr("A two-hour lull followed.", pub, "two-hour").value == "PT2H"
    assert expr("the almost three-year conflict", pub, "three-year").value == "P3Y"
    assert expr("It took several weeks to clear.", pub, "several weeks").value == "PXW"
    assert expr("They will stay for the next few years.", pub, "the next few years").value == "PXY"


def test_duration_without_anchor_has_no_dates():
    e = expr("Over the past five days, nothing moved.", None, "past five days")
    assert e.value == "P5D" and e.date_start is None
