"""Rules found by coding a seventh dev set (Chibok, Aleppo, Falluja, the Colombian referendum,
Mocimboa da Praia, the Afghan runoff), each checked on sentences written for the test."""
from test_extract_helpers import d, events, of_type, one

MON = "2014-05-05"  # a Monday
THU = "2020-08-13"  # a Thursday


def test_last_weekday_written_the_day_after_is_the_week_before():
    evs = events("The militants attacked villages around the town last Wednesday.", THU)
    assert one(evs, "clash").date_start == d("2020-08-05")
    evs = events("The militants attacked villages around the town last Monday.", THU)
    assert one(evs, "clash").date_start == d("2020-08-10")


def test_a_date_before_and_goes_to_the_noun_its_verb_governs():
    evs = events("The militants launched coordinated attacks on villages around the town last Wednesday and "
                 "took control of the port on Tuesday night.", THU)
    assert one(evs, "clash").date_start == d("2020-08-05")
    assert one(evs, "territory_change").date_start == d("2020-08-11")


def test_what_a_relative_clause_says_someone_has_done_is_no_event():
    evs = events("The militants, who have pledged allegiance to Islamic State, attacked the town on Tuesday.", THU)
    assert of_type(evs, "defection") == []
    assert one(evs, "clash").date_start == d("2020-08-11")


def test_the_day_a_video_was_obtained_is_not_the_day_of_what_it_tells():
    evs = events("The leader of the group said in a video obtained on Monday that his fighters had abducted "
                 "more than 200 schoolgirls from a school three weeks ago.", MON)
    ev = one(evs, "abduction")
    assert (ev.date_start, ev.count) == (d("2014-04-14"), 200)


def test_a_deal_thrown_into_doubt_or_talks_derailed_are_not_made():
    evs = events("Voters rejected the accord in a referendum on Sunday, throwing into doubt a deal meant to "
                 "end a war that has killed more than 200,000 people.", MON)
    assert of_type(evs, "agreement") == [] and one(evs, "election").date_start == d("2014-05-04")
    evs = events("The evacuation was a key demand that had derailed a previous round of talks in Geneva in "
                 "September.", MON)
    assert of_type(evs, "negotiation") == []


def test_girls_loaded_onto_trucks_from_a_stormed_school_are_abducted():
    evs = events("Gunmen stormed the Government Girls Secondary School in Chibok on the night of April 14, "
                 "loading the girls onto trucks.", MON)
    assert one(evs, "abduction").date_start == d("2014-04-14")
    assert of_type(evs, "clash") == []
    evs = events("Gunmen stormed the Government Girls Secondary School in Chibok on April 14.", MON)
    assert one(evs, "attack_on_civilians").date_start == d("2014-04-14")


def test_a_claimed_bombing_is_dated_at_the_end_of_a_long_phrase():
    evs = events("He also claimed responsibility for a bombing at a bus station on the outskirts of Abuja on "
                 "April 14 that killed at least 75 people.", MON)
    ev = one(evs, "bombing")
    assert (ev.date_start, ev.killed_low) == (d("2014-04-14"), 75)


def test_ground_retaken_since_mid_month_counts_from_the_fifteenth():
    evs = events("Government forces have retaken most of the enclave since launching an offensive in "
                 "mid-March.", MON)
    ev = one(evs, "territory_change")
    assert (ev.date_start, ev.date_end) == (d("2014-03-15"), d("2014-05-05"))


def test_executions_are_killings_with_their_count():
    ev = one(events("Rebels carried out summary executions of 82 people on Saturday.", MON), "attack_on_civilians")
    assert (ev.date_start, ev.killed_low) == (d("2014-05-03"), 82)
    assert events("The court ordered the execution of the verdict on Friday.", MON) == []


def test_a_town_occupied_is_territory_but_occupying_forces_are_not():
    ev = one(events("The insurgents briefly occupied the town in March.", MON), "territory_change")
    assert ev.date_start == d("2014-03-01") and ev.date_precision == "month"
    assert of_type(events("Israeli occupying forces raided the camp on Sunday.", MON), "territory_change") == []
    assert of_type(events("Settlers moved into the occupied territories on Sunday.", MON), "territory_change") == []


def test_voters_mutilated_are_attacked_civilians():
    evs = events("Taliban fighters cut off the ink-stained fingers of 11 voters on Saturday.", MON)
    assert one(evs, "attack_on_civilians").date_start == d("2014-05-03")


def test_a_share_of_the_vote_in_a_round_dates_an_election():
    evs = events("Abdullah won 45 percent of the vote in the first round on April 5.", MON)
    assert one(evs, "election").date_start == d("2014-04-05")
    assert of_type(events("The company won 45 percent of the market in April.", MON), "election") == []
