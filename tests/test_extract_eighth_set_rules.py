"""Rules found by coding the eighth and ninth dev sets (Juba, Debaltseve, Ramadi, Djibo, Garissa,
Eastern Ghouta; Gaza, Beni, Benghazi, Swat, the Anglophone regions of Cameroon, Amhara), each
checked on sentences written for the test."""
from test_extract_helpers import d, events, of_type, one

TUE = "2016-03-15"  # a Tuesday


def test_a_meeting_with_a_named_leader_is_a_negotiation():
    evs = events("The French foreign minister met Algerian President Abdelmadjid Tebboune in Algiers on Monday.", TUE)
    assert one(evs, "negotiation").date_start == d("2016-03-14")
    evs = events("The envoy met Haftar in Benghazi on Sunday to press for a truce.", TUE)
    assert one(evs, "negotiation").date_start == d("2016-03-13")
    # resistance, deadlines and the like are not people
    assert of_type(events("The troops met fierce resistance in the old city on Monday.", TUE), "negotiation") == []
    assert of_type(events("The government met the deadline on Monday.", TUE), "negotiation") == []


def test_ground_cleared_or_positions_taken_changes_hands():
    evs = events("Army officers said troops had cleared Al-Shuhada Square on Sunday.", TUE)
    assert one(evs, "territory_change").date_start == d("2016-03-13")
    evs = events("The army said on Monday that its troops had taken several rebel positions near Kalehe.", TUE)
    assert len(of_type(evs, "territory_change")) == 1
    evs = events("Gunmen had taken up positions on the roofs of several buildings on Monday.", TUE)
    assert of_type(evs, "territory_change") == []
    evs = events("Government forces split the besieged enclave into two on Sunday.", TUE)
    assert one(evs, "territory_change").date_start == d("2016-03-13")
    assert of_type(events("The bill cleared Parliament on Monday.", TUE), "territory_change") == []


def test_chemical_attacks_and_burned_homes():
    evs = events("Doctors treated dozens of people after a suspected chlorine attack on the town on Saturday.", TUE)
    assert one(evs, "bombing").date_start == d("2016-03-12")
    evs = events("Villagers said soldiers burned dozens of homes in the village late on Sunday.", TUE)
    assert one(evs, "attack_on_civilians").date_start == d("2016-03-13")


def test_pupils_taken_away_are_abducted():
    evs = events("Gunmen stormed a boarding school on Monday and took away 40 pupils and a teacher.", TUE)
    ev = one(evs, "abduction")
    assert (ev.date_start, ev.count) == (d("2016-03-14"), 40)


def test_a_dead_city_strike_is_a_protest():
    evs = events("The city was paralysed on Monday by a ville morte called by opposition parties.", TUE)
    assert one(evs, "protest").date_start == d("2016-03-14")


def test_aid_suspended_and_aid_convoys_arriving():
    evs = events("Relief operations were suspended in the district on Monday after the clinic was looted.", TUE)
    assert one(evs, "aid_change").date_start == d("2016-03-14")
    evs = events("Activities of the vaccination response were suspended on Monday.", TUE)
    assert one(evs, "aid_change").date_start == d("2016-03-14")
    evs = events("A UN convoy of 30 lorries entered the besieged town on Sunday.", TUE)
    assert one(evs, "aid_change").date_start == d("2016-03-13")
    assert of_type(evs, "military_movement") == [] and of_type(evs, "territory_change") == []
    evs = events("A convoy of 12 trucks carrying flour reached the camp on Sunday.", TUE)
    assert one(evs, "aid_change").date_start == d("2016-03-13")


def test_troops_moving_in_arriving_or_landed():
    evs = events("Troops moved into the town from two directions on Saturday.", TUE)
    assert one(evs, "military_movement").date_start == d("2016-03-12")
    evs = events("About 2,000 fighters arrived at the air base late on Monday.", TUE)
    assert one(evs, "military_movement").date_start == d("2016-03-14")
    evs = events("Commandos of the special forces were landed by helicopters in the valley on Sunday.", TUE)
    assert one(evs, "military_movement").date_start == d("2016-03-13")


def test_a_convoy_that_is_hit_is_not_a_movement():
    evs = events("On Monday, nine civilians were killed when a truck in a supply convoy struck a landmine.", TUE)
    assert of_type(evs, "military_movement") == [] and len(of_type(evs, "bombing")) == 1
    evs = events("The convoy left the besieged city on Monday.", TUE)
    assert one(evs, "military_movement").date_start == d("2016-03-14")


def test_figures_of_speech_are_not_fighting():
    evs = events("The president told the assembly last week that his country was fighting for its survival.", TUE)
    assert of_type(evs, "clash") == []
    evs = events("A shell hit a fuel depot on Sunday, starting a fire that firefighters were still battling on Tuesday.", TUE)
    assert of_type(evs, "clash") == [] and one(evs, "bombing").date_start == d("2016-03-13")


def test_days_after_counted_back_past_a_title():
    evs = events("The army confirmed on Monday that Cpl. Ivan Petrov was missing, two days after the rebels "
                 "said they had captured him.", TUE)
    assert one(evs, "abduction").date_start == d("2016-03-12")


def test_a_force_massing_ahead_of_an_offensive_is_no_battle_yet():
    evs = events("Troops massed outside the city on Tuesday ahead of a counteroffensive to retake it.", TUE)
    assert one(evs, "military_movement").date_start == d("2016-03-15")
    assert of_type(evs, "clash") == []


def test_who_died_is_told_by_the_head_of_the_count():
    evs = events("The ministry said on Monday that 272 people, including 33 civilians, had died in "
                 "Saturday's fighting alone.", TUE)
    assert one(evs, "casualty_report").date_start == d("2016-03-12")
    assert of_type(evs, "attack_on_civilians") == []
    evs = events("On March 2, gunmen killed 36 quarry workers at a village outside the town.", TUE)
    assert one(evs, "attack_on_civilians").killed_low == 36


def test_armed_men_shot_or_fired_on_make_a_fight():
    evs = events("The siege ended on Monday evening when security officers shot dead the four attackers.", TUE)
    assert one(evs, "clash").date_start == d("2016-03-14") and of_type(evs, "attack_on_civilians") == []
    evs = events("The separatists opened fire on government troops near the airport on Sunday.", TUE)
    assert one(evs, "clash").date_start == d("2016-03-13") and of_type(evs, "attack_on_civilians") == []


def test_dead_in_the_battle_is_a_toll():
    evs = events("The rebel commander claimed on Monday that 2,000 soldiers had died in the battle.", TUE)
    assert one(evs, "casualty_report").killed_low == 2000 and of_type(evs, "clash") == []


def test_a_toll_told_as_lives_cost():
    evs = events("The ground offensive has cost the lives of 27 soldiers since it began on Thursday.", TUE)
    assert one(evs, "casualty_report").killed_low == 27


def test_a_month_of_that_year_is_of_the_year_told_before():
    # (September 2013 would be the nearest September; the year told is 2012)
    evs = events("Rebels seized the town in April 2012. Government forces recaptured it in September that year.",
                 "2013-10-15")
    assert all(e.date_start is None or e.date_start.year != 2013 for e in evs)


def test_a_toll_over_the_same_period_as_the_one_before():
    evs = events("Seven civilians have been killed by shelling since the offensive began on March 3. "
                 "Officials said 40 fighters had been killed over the same period.", TUE)
    tolls = of_type(evs, "casualty_report")
    assert [(e.killed_low, e.date_start, e.date_end) for e in tolls] == [
        (7, d("2016-03-03"), d("2016-03-15")), (40, d("2016-03-03"), d("2016-03-15"))]


def test_days_following_are_the_days_before():
    evs = events("Calm returned to the capital on Tuesday, following four days of clashes in which "
                 "hundreds of people were killed.", TUE)
    ev = one(evs, "casualty_report")
    assert (ev.date_start, ev.date_end) == (d("2016-03-11"), d("2016-03-14"))


def test_a_stormed_campus_is_a_civilian_site():
    evs = events("Gunmen stormed the campus before dawn on Thursday, shooting students in their hostels.", TUE)
    assert one(evs, "attack_on_civilians").date_start == d("2016-03-10") and of_type(evs, "clash") == []


def test_history_in_a_where_clause_is_no_event():
    evs = events("The militants say their attacks avenge the troops in Somalia, where they have fought the "
                 "group since October 2011.", TUE)
    assert of_type(evs, "clash") == []


def test_attacks_planned_are_not_attacks():
    evs = events("A spokesman said on Monday that the camps, which are used to plan attacks on the capital, "
                 "had been destroyed.", TUE)
    assert of_type(evs, "clash") == []


def test_a_share_of_the_dead_between_commas():
    evs = events("More than 1,100 civilians, about a fifth of them children, have been killed since the "
                 "assault began on February 18.", TUE)
    ev = one(evs, "casualty_report")
    assert (ev.killed_low, ev.date_start) == (1100, d("2016-02-18"))


def test_a_caption_closed_by_its_credit():
    text = ("Troops withdraw from the town\n\nSoldiers rest in a village on Feb. 18 after withdrawing from "
            "the town. (UNIAN)\n\nKYIV - At least 13 soldiers were killed during the withdrawal, the ministry "
            "said on Thursday.\n")
    evs = events(text, "2016-02-19")
    assert of_type(evs, "territory_change") == []
    assert one(evs, "casualty_report").killed_low == 13


def test_the_day_a_post_was_written_is_the_news_day():
    evs = events("Police wrote on Twitter on Friday that five people were kidnapped near the town after "
                 "gunmen attacked on Thursday evening.", "2016-02-19")
    assert one(evs, "abduction").date_start == d("2016-02-18")
