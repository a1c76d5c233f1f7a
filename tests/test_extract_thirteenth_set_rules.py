"""Rules found by coding the thirteenth dev set, each checked on sentences written for the test."""
from test_extract_helpers import d, events, of_type, one


TUE = "2016-03-15"  # a Tuesday


def test_nine_days_after_a_dated_event_counts_back_from_it():
    evs = events("The rebel leader was captured in Freetown on 17 May, nine days after his bodyguards opened "
                 "fire on thousands of people demonstrating outside his house, killing about 20 of them.", "2016-09-11")
    assert one(evs, "attack_on_civilians").date_start == d("2016-05-08")


def test_days_of_fighting_that_ended_on_a_day_run_up_to_it():
    evs = events("Government troops were pushed back toward the city over three days of fighting that "
                 "ended Saturday.", TUE)
    clash = one(evs, "clash")
    assert (clash.date_start, clash.date_end) == (d("2016-03-10"), d("2016-03-12"))


def test_a_bare_month_half_a_year_away_is_the_last_one():
    evs = events("Between March and May, insurgents attacked fishing boats along the coast.", "2016-09-19")
    clash = one(evs, "clash")
    assert (clash.date_start, clash.date_end) == (d("2016-03-01"), d("2016-05-31"))
    # a month a few months ahead, with nothing to say it is past, is still the next one
    evs = events("Parliament votes on the bill in January, officials say.", "2016-09-19")
    assert all(e.date_start is None or e.date_start.year == 2017 for e in evs)


def test_vehicles_that_ran_over_a_mine_were_bombed():
    evs = events("A crowded bus ran over a command-detonated mine near the town on Monday, killing 35 people.", TUE)
    assert one(evs, "bombing").date_start == d("2016-03-14")


def test_hostages_snatched_from_their_captors_were_freed():
    evs = events("The hostages were snatched from their captors in a dawn raid on Sunday.", TUE)
    assert one(evs, "release").date_start == d("2016-03-13")
    assert of_type(evs, "abduction") == []
    # snatched alone is still a kidnapping
    assert one(events("Gunmen snatched two aid workers on Sunday.", TUE), "abduction").date_start == d("2016-03-13")


def test_supplies_resumed_and_rations_halved_are_aid_changes():
    assert one(events("India resumed supplies of non-lethal equipment last month.", TUE), "aid_change")
    evs = events("The WFP said last month that a shortage of funds had forced it to halve rations.", TUE)
    assert one(evs, "aid_change").date_start == d("2016-02-01")
    assert events("The WFP warned it may be forced to cut rations.", TUE) == []


def test_crowds_that_attack_or_gather_to_demand_are_protests():
    evs = events("Protesters in Congo's capital attacked several foreign embassies on Tuesday.", TUE)
    assert one(evs, "protest").date_start == d("2016-03-15")
    assert of_type(evs, "clash") == []
    evs = events("About 300 relatives gathered outside the gates of the camp on Monday, demanding to see the bodies.", TUE)
    assert one(evs, "protest").date_start == d("2016-03-14")
    evs = events("The crowd had gathered on Monday morning to demand the release of six volunteers.", TUE)
    assert one(evs, "protest").date_start == d("2016-03-14")
    # gathering alone is no protest
    assert of_type(events("Families gathered at the hospital on Monday.", TUE), "protest") == []


def test_people_killed_in_an_attack_by_armed_men_on_a_village_are_civilians_killed():
    evs = events("At least 11 people were killed last Friday in an attack by insurgents on the village of "
                 "Naquitengue.", TUE)
    assert one(evs, "attack_on_civilians").killed_low == 11
    evs = events("Five soldiers were killed on Monday in an attack by insurgents on an army base.", TUE)
    assert of_type(evs, "attack_on_civilians") == []


def test_armed_men_named_with_several_words_are_combatants():
    evs = events("Security forces killed seven more suspected cartel gunmen on Sunday.", TUE)
    assert one(evs, "clash").killed_low == 7


def test_what_someone_denied_did_not_happen():
    evs = events("The spokesman said on Monday that the army still held the airport and denied that troops "
                 "had abandoned the city.", TUE)
    assert of_type(evs, "territory_change") == []
    assert of_type(events("The rebels denied losing the airport on Monday.", TUE), "territory_change") == []


def test_a_claim_of_the_attack_and_arrests_over_the_blast_are_no_new_incidents():
    assert events("The extremist group claimed the attack on Saturday through its propaganda channels.", TUE) == []
    evs = events("The army said on Thursday it had arrested two suspects in connection with the blast.", TUE)
    assert of_type(evs, "bombing") == []
    # a claim of strikes told with their own day tells them
    evs = events("The group claimed responsibility for drone strikes on two oil facilities on Saturday.", TUE)
    assert one(evs, "bombing").date_start == d("2016-03-12")


def test_a_toll_in_a_long_named_incident_dates_the_incident():
    evs = events("The death toll in Monday's landmine explosion on a crowded passenger bus in Madi, southern "
                 "Chitwan, has risen to 39, police said.", "2016-03-18")
    bomb = one(evs, "bombing")
    assert (bomb.date_start, bomb.killed_low) == (d("2016-03-14"), 39)


def test_a_fronted_month_takes_the_tense_of_its_clause():
    evs = events("In September, the militia announced plans to attack the capital.", "2016-10-30")
    assert all(e.date_start is None or e.date_start.year == 2016 for e in evs)
    from conflict_db.temporal import find_dates

    # the sentence before ends with a quote: its "will" is not this sentence's
    text = 'He said Georgia will become a member "if it wants to." At their summit in April, leaders promised it.'
    april = next(d for d in find_dates(text, "2008-08-22") if d.text == "April")
    assert april.value == "2008-04"


def test_a_number_of_people_named_with_two_words_were_seized_not_ground():
    evs = events("The rebels seized eight Yugoslav army soldiers near Podujevo on Monday.", TUE)
    assert one(evs, "abduction").count == 8
    assert of_type(evs, "territory_change") == []


def test_more_movement_strike_and_aid_phrasings():
    assert one(events("Russian tanks poured through the Roki tunnel on Friday.", TUE),
               "military_movement").date_start == d("2016-03-11")
    evs = events("At least nine civilians were killed late Saturday when a fighter jet struck a monastery.", TUE)
    assert one(evs, "bombing").date_start == d("2016-03-12")
    evs = events("Doctors Without Borders said on Monday it was suspending its work in Port-au-Prince.", TUE)
    assert one(evs, "aid_change").date_start == d("2016-03-14")
    assert events("Parliament suspended its work on Monday.", TUE) == []
    evs = events("Police killed at least 28 suspected gang members on Monday.", TUE)
    assert one(evs, "clash").killed_low == 28


def test_an_advance_that_took_the_ground_is_no_movement_of_its_own():
    evs = events("Taliban fighters poured into the capital on Sunday and took control of the presidential palace.", TUE)
    assert one(evs, "territory_change").date_start == d("2016-03-13")
    assert of_type(evs, "military_movement") == []


def test_an_old_event_told_with_its_own_day_is_kept():
    evs = events("The AA resumed its offensive in Rakhine on November 13 last year, ending an informal truce.",
                 "2024-12-23")
    assert one(evs, "clash").date_start == d("2023-11-13")
    # (so is one with a month of its own: see test_extract_history_months.py)
    assert one(events("The rebels seized the town in March 2011.", "2024-12-23"),
               "territory_change").date_precision == "month"


def test_the_day_of_a_dateline_and_a_later_clause_give_no_kill_count():
    evs = events("BHARATPUR, June 10 - The death toll in Monday's landmine explosion on a crowded passenger bus "
                 "in Madi has risen to 39 after a 12-year-old girl died at the hospital on Thursday.", "2016-06-10")
    assert [(e.type, e.killed_low, e.date_start) for e in evs] == [("bombing", 39, d("2016-06-06"))]


def test_a_kill_is_not_the_incident_a_toll_phrase_names():
    evs = events("Security forces killed seven more suspected cartel gunmen on Sunday, bringing the death toll "
                 "from Saturday's brazen assault on the town to 22.", TUE)
    clashes = sorted(of_type(evs, "clash"), key=lambda e: e.date_start)
    assert [(e.date_start, e.killed_low) for e in clashes] == [(d("2016-03-12"), 22), (d("2016-03-13"), 7)]


def test_a_leader_captured_is_a_person_taken_and_a_prisoner_handed_to_police_no_ground():
    evs = events("RUF leader Foday Sankoh was captured in Freetown on Monday.", TUE)
    assert one(evs, "abduction").date_start == d("2016-03-14")
    evs = events("The 11 soldiers from the Royal Irish Regiment and their Sierra Leonean liaison officer were "
                 "seized on Monday.", TUE)
    assert of_type(evs, "territory_change") == [] and one(evs, "abduction")
    assert events("Kallay was flown to Freetown on Monday and handed over to Sierra Leone police.", TUE) == []
    assert one(events("The town was captured on Monday.", TUE), "territory_change")


def test_bodies_received_are_counted_dead_and_bodies_handed_over_are_not():
    evs = events("Hospitals in Goma had received at least 17 bodies and treated 367 wounded people on Monday.", TUE)
    assert one(evs, "casualty_report").killed_low == 17
    evs = events("Medics said the bodies of at least 11 soldiers had arrived on Monday.", TUE)
    assert one(evs, "casualty_report").killed_low == 11
    assert of_type(events("Baku handed over the bodies of 32 soldiers on Monday.", TUE), "casualty_report") == []
    assert events("Rescuers pulled bodies from the rubble on Monday.", TUE) == []


def test_a_count_by_a_day_runs_from_the_start_of_the_assault():
    evs = events("The assault, the most serious threat to the city in years, began before dawn on Friday. "
                 "The city's hospital had received more than 120 bodies by Sunday evening.", TUE)
    toll = one(evs, "casualty_report")
    assert (toll.date_start, toll.date_end, toll.killed_low) == (d("2016-03-11"), d("2016-03-13"), 120)
