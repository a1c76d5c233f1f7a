"""A running toll given on a day ("officials said on Tuesday that 40 people had been killed") is
dated over the violence it counts, from its first day to the day the toll was given; each rule
checked on sentences written for the test."""
from test_extract_helpers import d, events, one

WED = "2019-05-15"  # a Wednesday


def _toll(evs):
    return one(evs, "casualty_report")


def test_a_toll_in_reported_speech_runs_from_the_first_day_of_the_violence_told():
    text = ("Gunmen stormed the village of Kope on Saturday, killing 12 farmers. On Sunday, militants "
            "ambushed an army convoy near the town of Dalori. Troops clashed with the attackers again on Monday.\n\n"
            "Officials said on Tuesday that 40 people had been killed.")
    toll = _toll(events(text, WED))
    assert (toll.date_start, toll.date_end, toll.date_precision) == (d("2019-05-11"), d("2019-05-14"), "range")


def test_a_toll_after_a_told_launch_ends_on_the_day_it_was_given_not_the_report_day():
    text = ("The army launched its offensive on the rebel enclave on Friday.\n\n"
            "The health ministry said on Monday that 85 people had been killed.")
    toll = _toll(events(text, WED))
    assert (toll.date_start, toll.date_end) == (d("2019-05-10"), d("2019-05-13"))


def test_the_launch_day_is_not_a_date_of_the_sentence_before():
    text = ("Talks had been set for last Sunday in Muscat but were called off.\n\n"
            "The air force launched the campaign in the early hours of last Wednesday, striking bases across the "
            "country.\n\nThe health ministry said on Monday that 224 people had been killed.")
    toll = _toll(events(text, WED))
    assert (toll.date_start, toll.date_end) == (d("2019-05-08"), d("2019-05-13"))


def test_violence_long_before_the_toll_does_not_start_it():
    text = ("Gunmen stormed the village of Kope on April 20, killing 12 farmers.\n\n"
            "Officials said on Tuesday that 40 people had been killed.")
    toll = _toll(events(text, WED))
    assert (toll.date_start, toll.date_end) == (d("2019-05-14"), d("2019-05-14"))


def test_bodies_counted_by_an_evening_stay_on_that_day():
    text = ("Rebels shelled the city centre on Saturday and Sunday, and fighting spread to the port on Monday.\n\n"
            "Doctors at the main hospital said they had received 41 bodies by Tuesday evening.")
    toll = _toll(events(text, WED))
    assert toll.date_start == d("2019-05-14")


def test_the_days_toll_is_the_toll_of_the_day_just_told():
    text = ("Rebels stormed the village of Kope on Monday. The monitoring group put the day's toll at 14 "
            "soldiers.")
    toll = _toll(events(text, WED))
    assert (toll.date_start, toll.killed_low) == (d("2019-05-13"), 14)
    text = "Gunmen shelled the market in Dalori on Monday. The ministry gave the day's death toll as 31."
    assert _toll(events(text, WED)).killed_low == 31
    # (a toll with no day of its own is no report)
    assert events("The monitoring group put the toll at 14 soldiers.", WED) == []
