"""Rules found by coding the tenth and eleventh dev sets, and misses left from the earlier ones,
each checked on sentences written for the test."""
from test_extract_helpers import d, events, one

TUE = "2016-03-15"  # a Tuesday


def test_deaths_told_on_a_day_keep_the_period_told_after_them():
    evs = events("An adviser said on Monday that 179 soldiers had been killed in the Debaltseve area "
                 "between Jan. 18 and Feb. 18.", TUE)
    toll = one(evs, "casualty_report")
    assert (toll.date_start, toll.date_end) == (d("2016-01-18"), d("2016-02-18"))
    # with no time told after them, the deaths are dated by the day of the news
    toll = one(events("Police said on Monday that three people had been killed in the village.", TUE), "casualty_report")
    assert toll.date_start == d("2016-03-14")
