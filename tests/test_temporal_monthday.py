from datetime import date

from conflict_db.temporal import find_dates
from temporal_helpers import expr

PUB = date(2014, 1, 6)


def test_month_day_without_year_takes_nearest_year():
    t = "Delegates will gather in Montreux on January 22 for the conference."
    assert expr(t, PUB, "January 22").value == "2014-01-22"
    t = "The town fell to the army on Dec. 28 after a long siege."
    assert expr(t, PUB, "Dec. 28").value == "2013-12-28"


def test_day_month_order_and_full_dates():
    t = "Fighting broke out on 29 December and ended on 3rd January 2014."
    assert expr(t, PUB, "29 December").value == "2013-12-29"
    assert expr(t, PUB, "3rd January 2014").value == "2014-01-03"


def test_full_date_is_one_expression():
    t = "A photograph taken on Jan. 4, 2014, shows the ruined square."
    e = expr(t, PUB, "Jan. 4, 2014")
    assert e.text == "Jan. 4, 2014" and e.value == "2014-01-04"


def test_weekday_with_date_checks_year():
    t = "The statement was issued on Saturday, April 25."
    assert expr(t, date(1998, 4, 27), "Saturday, April 25").value == "1998-04-25"


def test_bare_month_and_month_year():
    t = "The hostage was kidnapped in December and freed yesterday."
    e = expr(t, PUB, "December")
    assert e.value == "2013-12" and e.precision == "month"
    assert (e.date_start, e.date_end) == (date(2013, 12, 1), date(2013, 12, 31))
    t = "The offensive began in March 2011, before the siege."
    assert expr(t, PUB, "March 2011").value == "2011-03"


def test_numeric_dates():
    assert expr("Posted 2014-01-06 by staff.", PUB, "2014-01-06").value == "2014-01-06"
    assert expr("Updated 1/5/14 at noon.", PUB, "1/5/14").value == "2014-01-05"
    # 13 cannot be a month: day first
    assert expr("Report dated 13/12/2013.", PUB, "13/12/2013").value == "2013-12-13"
    # ambiguous: the reading nearer publication wins (5 Jan, not 1 May)
    assert expr("Report dated 05/01/2014.", PUB, "05/01/2014").value == "2014-01-05"


def test_unanchored_month_day():
    e = expr("Talks open on March 3.", None, "March 3")
    assert e.value == "XXXX-03-03" and e.date_start is None


def test_participle_after_auxiliary_is_not_a_past_tense():
    # "would be held": a plan; "held" alone would read the date as past
    t = "The official said the accession would still be held at the summit on April 24 and 25."
    assert expr(t, date(1999, 2, 10), "April 24").value == "1999-04-24"
    t = "The summit was held in Washington on April 24."
    assert expr(t, date(1999, 5, 10), "April 24").value == "1999-04-24"
    assert expr(t, date(1999, 2, 10), "April 24").value == "1998-04-24"


def test_the_year_is_part_of_a_year_spelled_out_or_in_digits():
    t = "The approach of the year two thousand worries them. By the year 2003 the plan should be done."
    assert expr(t, date(1998, 3, 3), "the year two thousand").value == "2000"
    assert expr(t, date(1998, 3, 3), "the year 2003").value == "2003"
    # a number without "the year" is still no year
    assert not [e for e in find_dates("They sent two thousand troops.", date(1998, 3, 3)) if e.value == "2000"]


def test_days_of_one_month_are_a_range():
    e = expr("That war ended with an agreement signed on November 9-10, 2020, in Moscow.", date(2022, 9, 19),
             "November 9-10, 2020")
    assert (e.date_start, e.date_end, e.precision) == (date(2020, 11, 9), date(2020, 11, 10), "range")
    e = expr("Talks were held in Geneva on 5-7 September.", date(2022, 9, 19), "5-7 September")
    assert (e.date_start, e.date_end) == (date(2022, 9, 5), date(2022, 9, 7))
    # a score or a vote is no range of days
    assert not [x for x in find_dates("The motion passed 9-10 on May 3.", date(2022, 9, 19)) if x.precision == "range"]


def test_a_purpose_clause_after_the_date_does_not_set_its_tense():
    pub = date(1994, 4, 10)
    t = ("The fighters broke out of the compound on Thursday. The battalion had arrived in the capital under "
         "escort on December 28 to protect politicians due to join a transitional government.")
    assert expr(t, pub, "December 28").value == "1993-12-28"
    # (a plan after the date still points it forward)
    t = "The envoys are due to meet on December 28 to sign the accord."
    assert expr(t, pub, "December 28").value == "1994-12-28"
    t = "On Sunday, in order to prepare for the conference, the council will meet in Paris."
    assert expr(t, pub, "Sunday").value == "1994-04-10"
