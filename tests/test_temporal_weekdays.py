from datetime import date

from temporal_helpers import expr

PUB = date(2014, 1, 8)  # a Wednesday


def test_bare_weekday_is_today_or_last():
    t = "Rebels attacked the checkpoint on Wednesday and again on Monday."
    assert expr(t, PUB, "Wednesday").value == "2014-01-08"
    assert expr(t, PUB, "Monday").value == "2014-01-06"


def test_weekday_after_today_in_past_context_is_last_week():
    t = "The convoy was ambushed on Friday, officials said."
    e = expr(t, PUB, "Friday")
    assert e.value == "2014-01-03" and e.date_start == date(2014, 1, 3)
    assert e.precision == "day"


def test_future_context_points_forward():
    t = "Ministers will meet on Sunday to discuss the ceasefire."
    assert expr(t, PUB, "Sunday").value == "2014-01-12"
    t = "The vote is scheduled for Friday."
    assert expr(t, PUB, "Friday").value == "2014-01-10"
    t = "Talks are due to resume Monday in Vienna."
    assert expr(t, PUB, "Monday").value == "2014-01-13"


def test_possessive_and_part_of_day():
    t = "Saturday's bombing killed nine. A second blast hit on Tuesday evening."
    assert expr(t, PUB, "Saturday's").value == "2014-01-04"
    # TimeBank keeps the day for "<weekday> evening" (DATE), not 2014-01-07TEV
    e = expr(t, PUB, "Tuesday evening")
    assert e.value == "2014-01-07" and e.type == "DATE" and e.date_start == date(2014, 1, 7)


def test_last_and_next_weekday():
    t = "He arrived last Wednesday and leaves next Wednesday."
    assert expr(t, PUB, "last Wednesday").value == "2014-01-01"
    assert expr(t, PUB, "next Wednesday").value == "2014-01-15"


def test_weekday_without_anchor_is_unresolved():
    e = expr("Shelling resumed on Thursday.", None, "Thursday")
    assert e.value == "XXXX-WXX-4" and e.date_start is None


def test_a_description_with_to_be_is_no_plan_and_a_far_plan_still_counts():
    from datetime import date as _d

    from temporal_helpers import expr as _expr
    t = "On Saturday, a girl thought to be about 10 years old blew herself up at a crowded market."
    assert _expr(t, _d(2015, 1, 15), "Saturday").value == "2015-01-10"
    t = ("European Union foreign ministers are due to discuss the future of the bloc's training mission "
         "for the Malian army when they meet in Luxembourg on Monday.")
    assert _expr(t, _d(2022, 4, 7), "Monday").value == "2022-04-11"
