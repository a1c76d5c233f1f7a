from datetime import date

from conflict_db.temporal import find_dates

PUB = date(2014, 1, 9)


def texts(s):
    return [e.text for e in find_dates(s, PUB)]


def test_modal_may_and_verb_march():
    assert texts("Rebels may withdraw, and protesters march through the square.") == []
    assert texts("The army may 2 divisions redeploy.") == []


def test_ordinals_money_counts():
    assert texts("A second bomb exploded. 300 prisoners were freed for £16,000.") == []
    assert texts("Salary £30000 - £38500 Per Annum. Watch Series 5 now on demand.") == ["now"]
    assert texts("He paid $5 and 1,200 people attended.") == []


def test_ages_are_not_dates():
    assert texts("A 28-year-old man died at the age of 28.") == []
    assert texts("The victim, 28 years old, was a teacher.") == []


def test_job_advert_holiday_is_a_duration_at_most():
    es = find_dates("Benefits: 25 days holiday, pension.", PUB)
    assert [(e.text, e.type, e.date_start) for e in es] == [("25 days", "DURATION", None)]


def test_counts_that_look_like_years():
    assert texts("Some 2000 troops and 1500 rebels were deployed.") == []


def test_fall_as_noun():
    assert texts("After the fall of the town, residents fled.") == []


def test_military_time_is_not_a_year():
    assert texts("The attack began at around 1500 and continued until 1815, the minister said.") == []
    # a year is still a year, in a sentence without a clock time and after one that has one
    assert texts("The meeting ended at 1500. The empire ruled until 1815.") == ["1815"]
    assert texts("At 1200 the troops left, returning in 1990.") == ["1990"]
