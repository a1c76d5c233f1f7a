"""An event told with a month of its own is kept however long ago (a background month no event
claims still is not); checked on sentences written for the test."""
from test_extract_helpers import d, events, of_type, one

TUE = "2024-08-27"  # a Tuesday


def test_an_event_with_a_month_of_its_own_years_back_is_kept():
    evs = events("In December 2018, rebel fighters killed at least 17 road workers in Nduga.", TUE)
    att = one(evs, "attack_on_civilians")
    assert (att.date_start, att.date_end, att.date_precision) == (d("2018-12-01"), d("2018-12-31"), "month")
    evs = events("In January last year, fighters abducted more than 60 women near Arbinda.", TUE)
    assert one(evs, "abduction").date_start == d("2023-01-01")


def test_an_old_month_is_no_scene_for_the_events_after_it():
    text = ("The rebels first seized the town in March 2012. The army sent reinforcements.\n\n"
            "Government troops retook it on Saturday.")
    evs = events(text, TUE)
    assert [e.date_start for e in of_type(evs, "territory_change")] == [d("2012-03-01"), d("2024-08-24")]
    assert one(evs, "military_movement").date_start != d("2012-03-01")


def test_an_attack_on_civilians_named_as_such():
    evs = events("The previous deadliest attack on civilians came in December 2019, when gunmen killed 35 people "
                 "in Arbinda.", TUE)
    assert one(evs, "attack_on_civilians").killed_low == 35


def test_a_time_later_than_a_month_told_is_a_month():
    evs = events("In January last year, fighters abducted more than 60 women near Arbinda. They were freed by the "
                 "army a week later.", TUE)
    rel = one(evs, "release")
    assert (rel.date_start, rel.date_end) == (d("2023-01-01"), d("2023-01-31"))
    evs = events("Rebels kidnapped two diplomats in Niger in December 2008; the pair were freed four months later.",
                 TUE)
    assert one(evs, "release").date_start == d("2009-04-01")
    # (a day told after the month is the one counted from)
    evs = events("In March, rebels seized the town. Fighters abducted 60 women near Arbinda on August 3. They were "
                 "freed by the army a week later.", TUE)
    assert one(evs, "release").date_start == d("2024-08-10")
