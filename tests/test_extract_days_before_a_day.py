""""after three days of fighting" ends on the day its sentence tells, not on the day before the
report; checked on sentences written for the test."""
from test_extract_helpers import d, events, one

THU = "2023-11-16"  # a Thursday


def test_the_days_before_the_day_just_told():
    evs = events("Government troops entered the town of Kalo on 7 October after three days of fighting.", THU)
    clash = one(evs, "clash")
    assert (clash.date_start, clash.date_end) == (d("2023-10-05"), d("2023-10-07"))
    evs = events("The truce was signed on Friday after five days of negotiations in Doha.", THU)
    talks = one(evs, "negotiation")
    assert (talks.date_start, talks.date_end) == (d("2023-11-06"), d("2023-11-10"))


def test_the_days_before_the_day_told_later_in_the_sentence():
    evs = events("After four days of fighting, the garrison collapsed on Monday.", THU)
    clash = one(evs, "clash")
    assert (clash.date_start, clash.date_end) == (d("2023-11-10"), d("2023-11-13"))


def test_a_day_in_another_sentence_is_not_the_end():
    evs = events("Rebels shelled the port on 2 November. After four days of fighting, the garrison collapsed.", THU)
    assert one(evs, "clash").date_end == d("2023-11-15")  # (the report's: up to the day before it)


def test_the_day_it_was_said_bounds_the_days():
    evs = events("The army said on Tuesday that it had retaken the town after five days of heavy fighting.", THU)
    clash = one(evs, "clash")
    assert (clash.date_start, clash.date_end) == (d("2023-11-10"), d("2023-11-14"))
