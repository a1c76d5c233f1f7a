from datetime import date

from temporal_helpers import expr

PUB = date(2014, 1, 17)  # Friday


def test_day_words():
    t = "Officials said yesterday that the road reopened today and will close tomorrow."
    assert expr(t, PUB, "yesterday").value == "2014-01-16"
    assert expr(t, PUB, "today").value == "2014-01-17"
    assert expr(t, PUB, "tomorrow").value == "2014-01-18"


def test_last_this_next_units():
    t = "Prices rose last month, fell this month, and may rise next year."
    e = expr(t, PUB, "last month")
    assert e.value == "2013-12" and e.precision == "month"
    assert expr(t, PUB, "this month").value == "2014-01"
    assert expr(t, PUB, "next year").value == "2015"


def test_week_values():
    t = "The envoy said earlier this week that talks stalled last week."
    e = expr(t, PUB, "earlier this week")
    assert e.value == "2014-W03" and e.precision == "week"
    assert expr(t, PUB, "last week").value == "2014-W02"


def test_ago():
    t = "The siege began about a week ago, and the first raid came three days ago."
    e = expr(t, PUB, "about a week ago")
    assert e.value == "2014-01-10" and e.precision == "day"
    assert expr(t, PUB, "three days ago").value == "2014-01-14"
    t = "The group was founded two years ago."
    assert expr(t, PUB, "two years ago").value == "2012"


def test_refs():
    t = "The area is now calm, but it was recently shelled."
    assert expr(t, PUB, "now").value == "PRESENT_REF"
    assert expr(t, PUB, "recently").value == "PAST_REF"


def test_seasons_quarters_decades():
    t = "Output fell in the third quarter, after a weak summer of 2013."
    assert expr(t, PUB, "the third quarter").value == "2013-Q3"
    assert expr(t, PUB, "summer of 2013").value == "2013-SU"
    t = "Violence peaked in the 1990s and again in the early 2000s."
    assert expr(t, PUB, "the 1990s").value == "199"
    t = "Growth slowed in the first half of 2013."
    assert expr(t, PUB, "the first half of 2013").value == "2013-H1"


def test_years_and_fiscal():
    t = "The war started in 2011 and sanctions date from fiscal 2012."
    e = expr(t, PUB, "2011")
    assert e.value == "2011" and e.precision == "year"
    assert expr(t, PUB, "fiscal 2012").value == "2012"


def test_times_of_day():
    e = expr("The blast came at 3:15 p.m. near the market.", PUB, "3:15 p.m.")
    assert e.type == "TIME" and e.value == "2014-01-17T15:15"
    e = expr("Police arrived this morning.", PUB, "this morning")
    assert e.value == "2014-01-17TMO"


def test_sets():
    assert expr("Buses run daily to the border.", PUB, "daily").type == "SET"
    e = expr("Inspectors visit every week.", PUB, "every week")
    assert e.type == "SET" and e.value == "P1W"


def test_a_verb_past_a_comma_is_another_clauses():
    t = ("President Rajapaksa, who declared victory over the rebels in a speech on Saturday, "
         "will address Parliament on Tuesday.")
    pub = date(2009, 5, 18)  # a Monday
    assert expr(t, pub, "Saturday").value == "2009-05-16"
    assert expr(t, pub, "Tuesday").value == "2009-05-19"
    # with nothing before it, the verb after the comma still decides
    assert expr("On Saturday, the president will address the nation.", pub, "Saturday").value == "2009-05-23"
