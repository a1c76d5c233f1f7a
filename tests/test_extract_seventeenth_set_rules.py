"""Rules found by coding the sixteenth and seventeenth dev sets, each checked on sentences written
for the test."""
from test_extract_helpers import d, events, of_type, one

TUE = "2016-03-15"  # a Tuesday


def test_a_year_ago_is_the_month_a_year_before_the_story():
    text = ("On November 9, a suicide bombing at the railway station killed 26 people. A year ago, the "
            "insurgents crossed into the neighbouring province and attacked the Catholic mission at Chipene.")
    evs = events(text, "2016-09-19")
    att = one(evs, "attack_on_civilians")
    assert (att.date_start, att.date_end) == (d("2015-09-01"), d("2015-09-30"))
    evs = events("A year ago this month, fighters stormed the port authority complex.", "2016-01-10")
    assert one(evs, "clash").date_start == d("2015-01-01")


def test_a_dateline_with_a_country_and_a_double_dash():
    text = ("TUZLA, Bosnia-Herzegovina, July 14 -- Serb gunners turned their artillery today on Zepa.\n\n"
            "Mediators flew to Belgrade today for talks with the Serbian president.")
    evs = events(text, "2016-07-15")
    assert one(evs, "negotiation").date_start == d("2016-07-14")


def test_a_week_ago_thursday():
    evs = events("The offensive began a week ago Thursday, when tanks and artillery opened fire on observation "
                 "posts south of the town.", "2016-07-15")
    assert one(evs, "bombing").date_start == d("2016-07-07")


def test_people_taken_prisoner_held_hostage_and_freed_from_jails():
    evs = events("Over the weekend, Serb forces captured a string of posts and took their crews prisoner.", TUE)
    assert one(evs, "abduction")
    evs = events("In February, the Serbs seized nearly 400 U.N. peacekeepers.", TUE)
    assert one(evs, "abduction").count == 400 and of_type(evs, "territory_change") == []
    evs = events("On Saturday, gunmen stormed a university and held scores of students hostage for hours.", TUE)
    assert one(evs, "abduction").date_start == d("2016-03-12")
    evs = events("The militants opened the gates of the prison on Monday, freeing hundreds of inmates.", TUE)
    assert one(evs, "release").date_start == d("2016-03-14")


def test_more_strikes_movements_and_protests():
    evs = events("Army helicopters struck militant positions around Tikrit on Monday.", TUE)
    assert one(evs, "bombing").date_start == d("2016-03-14")
    evs = events("The defence secretary ordered 220 more troops and four tanks to Somalia on Monday.", TUE)
    assert one(evs, "military_movement").date_start == d("2016-03-14")
    assert one(events("Protesters returned to the streets of Bujumbura on Monday.", TUE), "protest")
    evs = events("On Monday, hundreds of youths blocked roads in Lira town with burning tyres.", TUE)
    assert one(evs, "protest").date_start == d("2016-03-14")
    assert events("Police blocked roads into the town on Monday.", TUE) == []


def test_what_happened_this_week_ends_by_the_day_of_the_story():
    evs = events("Several aid organisations said this week that they had suspended operations in the countryside.",
                 "2016-02-19")
    aid = one(evs, "aid_change")
    assert (aid.date_start, aid.date_end) == (d("2016-02-15"), d("2016-02-19"))
    # what is still to come keeps the whole week
    evs = events("Talks will be held this week.", "2016-02-19")
    assert one(evs, "negotiation").date_end == d("2016-02-21")


def test_towns_that_fell_to_government_troops_and_were_captured():
    evs = events("Maarat al-Numan fell to government troops last month, and Saraqeb, where the M4 and M5 highways "
                 "meet, was captured earlier this month.", "2016-02-21")
    assert sorted(e.date_start for e in of_type(evs, "territory_change")) == [d("2016-01-01"), d("2016-02-01")]
    assert of_type(evs, "abduction") == []
    assert events("The rebels seized power from the government on Monday.", TUE) == []


def test_leaders_who_spoke_by_phone_and_aircraft_shot_down():
    evs = events("Erdogan and Putin spoke by phone on Friday morning.", TUE)
    assert one(evs, "negotiation").date_start == d("2016-03-11")
    evs = events("A government helicopter was shot down over Idlib on Friday.", TUE)
    assert one(evs, "clash").date_start == d("2016-03-11")
    assert events("Two drones were shot down over the base on Friday.", TUE) == []


def test_the_day_of_a_named_incident_is_no_count_of_it():
    evs = events("The attack came four months after the November 9 suicide bombing at the railway station, which "
                 "killed at least 26 people.", "2016-03-17")
    bomb = one(evs, "bombing")
    assert (bomb.date_start, bomb.killed_low, bomb.count) == (d("2015-11-09"), 26, None)


def test_forces_that_killed_armed_men_over_days_fought_them():
    evs = events("The army said security forces had killed eight terrorists in an operation in Kech district over "
                 "the weekend.", TUE)
    assert one(evs, "clash").killed_low == 8
    # a toll of the dead with no one killing them stays a report
    evs = events("Eight militants were killed over the weekend, the army said.", TUE)
    assert of_type(evs, "clash") == []


def test_strikes_that_hit_headquarters_and_missiles_fired_by_the_hundred():
    evs = events("On Monday, an Israeli strike hit the headquarters of the state broadcaster in Tehran.", TUE)
    assert one(evs, "bombing").date_start == d("2016-03-14")
    evs = events("On Saturday, Iran fired more than 300 drones and missiles at Israel.", TUE)
    assert one(evs, "bombing").date_start == d("2016-03-12")


def test_troops_that_fought_for_hours_and_black_hawks_shot_down():
    evs = events("On Monday, loyalist troops and mutineers fought for hours over the state broadcaster.", TUE)
    assert one(evs, "clash").date_start == d("2016-03-14")
    assert events("The rebels fought for control of the town.", TUE) == []
    evs = events("On Monday, gunmen shot down a Black Hawk near the port, killing three crewmen.", TUE)
    assert one(evs, "clash").killed_low == 3


def test_a_wars_toll_told_after_a_long_subject_is_the_wars():
    assert events("The country's 1993-2005 civil war between the Tutsi-dominated army and Hutu rebel groups "
                  "killed some 300,000 people.", TUE) == []
