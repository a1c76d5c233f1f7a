"""Events told as the time of another ("came a day after a roadside bomb killed ..."), days
that only bound an event ("before Tuesday"), and victims named by office ("killed the police
chief and three officers"), each checked on sentences written for the test."""
from test_extract_helpers import d, events, of_type, one

THU = "2016-05-12"  # a Thursday


def test_a_device_that_acts_after_a_time_word_is_an_event_of_its_own():
    text = ("Gunmen stormed a hotel in the capital on Sunday, killing nine guests. The assault came a day "
            "after a roadside bomb killed three soldiers near the airport.")
    bomb = one(events(text, THU), "bombing")
    assert bomb.date_start == d("2016-05-07")
    assert bomb.killed_low == 3
    # a relative clause tells the device's act too
    evs = events("Troops were on alert on Monday after the suicide bombing that killed 20 people at the depot "
                 "on Saturday.", THU)
    assert one(evs, "bombing").date_start == d("2016-05-07")
    # with where it went off between the device and its verb
    evs = events("Police arrested 10 people after a bomb blast on a minibus in Nairobi killed seven people on "
                 "Sunday.", THU)
    assert (one(evs, "bombing").date_start, one(evs, "bombing").killed_low) == (d("2016-05-08"), 7)
    # a device named only as the time of another event is still a reference, not an event
    evs = events("Talks resumed on Tuesday after the airstrikes.", THU)
    assert of_type(evs, "bombing") == []


def test_a_victim_named_by_office_counts_one_and_adds_to_the_conjoined_count():
    evs = events("A suicide bomber killed the police chief and three officers in the city on Monday.", THU)
    assert one(evs, "bombing").killed_low == 4
    evs = events("Gunmen killed the provincial governor and two of his bodyguards on Monday.", THU)
    assert [e.killed_low for e in evs] == [3]
    evs = events("A suicide bomber killed Quetta's police chief on Monday.", THU)
    assert one(evs, "bombing").killed_low == 1
    # a duration before the kill is no count of victims
    text = ("A suicide bomber killed 12 people at a market on Wednesday. The attack came two weeks after a "
            "suicide bomber killed the police chief and three officers.")
    earlier = [e for e in of_type(events(text, THU), "bombing") if e.date_start != d("2016-05-11")]
    assert [(e.date_start, e.killed_low) for e in earlier] == [(d("2016-04-27"), 4)]


def test_a_day_that_bounds_an_event_is_not_its_day():
    evs = events("Before Tuesday, the government had freed 300 prisoners.", THU)
    assert one(evs, "release").date_precision != "day"
    evs = events("Days before Tuesday's vote, gunmen attacked a polling station.", THU)
    assert one(evs, "clash").date_precision != "day"
    # a nominal event of the bounding day is a time reference, not an event of its own
    evs = events("Before Tuesday's releases, 16 aid workers were in captivity in the country.", THU)
    assert of_type(evs, "release") == []
    # the event's own day still dates it
    evs = events("Gunmen attacked a polling station on Monday, a day before the vote.", THU)
    assert one(evs, "clash").date_start == d("2016-05-09")
    assert one(evs, "clash").date_precision == "day"


def test_a_toll_from_an_incident_is_that_incidents():
    evs = events("The death toll from Saturday's bombing rose to 84, officials said on Monday.", THU)
    bomb = one(evs, "bombing")
    assert (bomb.date_start, bomb.killed_low) == (d("2016-05-07"), 84)
    # undated, the day the toll was given is not the bombing's
    bomb = one(events("The death toll from the bombing rose to 84, officials said on Monday.", THU), "bombing")
    assert (bomb.date_start, bomb.killed_low) == (None, 84)
    # the toll of a war is no incident
    assert of_type(events("The death toll from the fighting has risen to 200.", THU), "clash") == []


def test_a_toll_since_a_campaign_began_runs_from_the_day_it_was_told_to_begin():
    text = ("Russian forces launched their invasion on February 24, striking cities across the country.\n\n"
            "The UN said on Tuesday that at least 400 civilians had been killed since the start of the invasion.")
    toll = one(events(text, "2022-03-09"), "casualty_report")
    # (up to the Tuesday it was given)
    assert (toll.date_start, toll.date_end, toll.killed_low) == (d("2022-02-24"), d("2022-03-08"), 400)
    text = ("The army began its offensive on the rebel-held province on June 2.\n\n"
            "More than 90 people have been killed since the offensive began, a monitor said.")
    toll = one(events(text, "2022-06-20"), "casualty_report")
    assert (toll.date_start, toll.date_end) == (d("2022-06-02"), d("2022-06-20"))


def test_a_toll_told_after_a_long_phrase_and_the_day_it_rose():
    evs = events("The death toll from a car bomb attack on a police academy in the capital rose to 21 on Friday.",
                 "2019-01-18")
    bomb = one(evs, "bombing")
    assert (bomb.killed_low, bomb.date_start) == (21, None)  # Friday is when the toll rose
    evs = events("The death toll from Thursday's car bomb attack on a police academy in the capital rose to 21 "
                 "on Friday.", "2019-01-18")
    assert (one(evs, "bombing").killed_low, one(evs, "bombing").date_start) == (21, d("2019-01-17"))


def test_a_running_toll_counts_from_the_day_the_war_began():
    text = ("The talks were the first contact between the two sides since heavy fighting erupted on "
            "September 27.\n\n"
            "The region's military says 404 of its soldiers have been killed since the fighting began. "
            "Azerbaijan says 31 civilians have died. Separatist forces freed five prisoners.")
    tolls = of_type(events(text, "2020-10-10"), "casualty_report")
    assert sorted((t.killed_low, t.date_start, t.date_end, t.date_precision) for t in tolls) == [
        (31, d("2020-09-27"), d("2020-10-10"), "range"), (404, d("2020-09-27"), d("2020-10-10"), "range")]
    # a total since the war began tells no day for what follows it
    assert one(events(text, "2020-10-10"), "release").date_start is None


def test_fighting_that_broke_out_on_a_day_is_not_the_start_of_a_running_toll():
    text = ("Heavy fighting broke out between the army and rebels near Tikrit on Saturday, activists said. "
            "More than 200 people have been killed in Tikrit.")
    toll = one(events(text, "2020-10-10"), "casualty_report")
    assert toll.date_precision != "range"


def test_a_toll_since_a_month_runs_from_its_first_day_to_the_report():
    e = one(events("Officials said more than 17,000 soldiers had been killed around Avdiivka since October.",
                   "2024-02-17"), "casualty_report")
    assert (e.date_start, e.date_end, e.date_precision) == (d("2023-10-01"), d("2024-02-17"), "range")
    # a total since a month years back is the war's: history, no event
    assert not events("The war has killed more than 10,000 people since March 2015, the UN said.", "2024-02-17")


def test_a_period_from_one_date_to_another_and_a_civilian_tally_over_it():
    e = one(events("Rebels killed 30 soldiers in Kilinochchi from May 1 to May 5.", "2009-05-18"), "clash")
    assert (e.date_start, e.date_end, e.date_precision) == (d("2009-05-01"), d("2009-05-05"), "range")
    evs = events("The United Nations estimates that more than 7,000 civilians were killed between January and April.",
                 "2009-05-18")
    e = one(evs, "casualty_report")  # a tally over months, not one attack on civilians
    assert (e.date_start, e.date_end, e.killed_low) == (d("2009-01-01"), d("2009-04-30"), 7000)
    assert not of_type(evs, "attack_on_civilians")
    e = one(events("Gunmen killed 20 civilians in the village on Monday.", "2009-05-18"), "attack_on_civilians")
    assert e.date_start == d("2009-05-18")


def test_what_was_going_on_when_the_news_came_is_background():
    assert not events("The attacks came as 28,000 additional American troops deployed this year were carrying "
                      "out operations against insurgents around the capital.", "2007-08-15")
    evs = events("The attack came as rebels seized the town of Kidal on Monday.", "2007-08-15")
    assert of_type(evs, "territory_change")
    # without full stops, the background ends with its clause, not with the paragraph
    evs = events("The attacks came as 28000 additional American troops deployed this year were carrying out operations "
                 "against insurgents around the capital Iraqi political leaders are expected to meet in Baghdad "
                 "next week", "2007-08-15")
    assert [(e.type, e.status) for e in evs] == [("negotiation", "planned")]
