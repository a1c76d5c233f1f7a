"""Rules found by coding the fourteenth and fifteenth dev sets, each checked on sentences written
for the test."""
from test_extract_helpers import d, events, of_type, one

from conflict_db.temporal import find_dates

TUE = "2016-03-15"  # a Tuesday


def _value(text, published, phrase):
    return next(x for x in find_dates(text, published) if x.text == phrase).value


def test_a_month_beside_a_past_verb_is_the_last_one_even_next_month():
    assert _value("In January, jihadists abducted 66 women near Arbinda.", "2023-11-16", "January") == "2023-01"
    assert _value("It also holds Paletwa, which it seized in January.", "2024-12-23", "January") == "2024-01"
    # a plan told in the past tense still points ahead
    assert _value("The notes were priced to mature in January.", "2023-11-16", "January") == "2024-01"


def test_another_nations_independence_day_is_not_the_fourth_of_july():
    assert [x.text for x in find_dates("On Saturday, Ukraine's Independence Day, 115 defenders came home.",
                                       "2024-08-28")] == ["Saturday"]
    assert _value("Fireworks lit the sky on Independence Day.", "2024-08-28", "Independence Day") == "2024-07-04"


def test_days_after_that_count_on_from_the_last_day_told():
    evs = events("On 13 January, a drone hit a tanker. Two days after that, an anti-ship ballistic missile hit "
                 "a bulk carrier in the Gulf of Aden.", "2016-01-19")
    assert sorted(e.date_start for e in of_type(evs, "bombing")) == [d("2016-01-13"), d("2016-01-15")]


def test_day_ranges_and_a_year_ago_this_month():
    evs = events("Between 6 and 12 August, Ukrainian troops captured dozens of villages in Kursk Oblast.", "2016-08-28")
    t = one(evs, "territory_change")
    assert (t.date_start, t.date_end) == (d("2016-08-06"), d("2016-08-12"))
    evs = events("A year ago this month, the militants executed 11 captives.", "2016-12-18")
    a = one(evs, "attack_on_civilians")
    assert (a.date_start, a.date_end) == (d("2015-12-01"), d("2015-12-31"))


def test_the_company_shell_is_no_shelling():
    assert events("Shell suspended all of its shipments through the Red Sea on Tuesday.", TUE) == []
    assert one(events("A shell hit the market on Monday.", TUE), "bombing").date_start == d("2016-03-14")


def test_more_strike_phrasings():
    evs = events("A strike on Saturday hit a building near the town's market, killing 14 people.", TUE)
    assert one(evs, "bombing").killed_low == 14
    evs = events("The United States and Britain launched their first strikes on Houthi targets on Friday.", TUE)
    assert one(evs, "bombing").date_start == d("2016-03-11")


def test_people_seized_by_name_and_participle_are_taken_not_ground():
    evs = events("On Monday, gunmen seized Atwar Bahjat, a correspondent for the Al Arabiya channel.", TUE)
    assert one(evs, "abduction").date_start == d("2016-03-14")
    assert of_type(events("Rebels seized Goma, the capital of North Kivu, on Sunday.", TUE), "territory_change")
    evs = events("Russia received 115 servicemen on Monday, many of them conscripts captured in Kursk Oblast.", TUE)
    assert of_type(evs, "territory_change") == []


def test_talks_left_and_freedom_regained():
    evs = events("The Accordance Front pulled out of the talks last Thursday.", TUE)
    assert of_type(evs, "territory_change") == []
    evs = events("The schoolboys arrived in Katsina on Monday, hours after they regained their freedom.", TUE)
    assert one(evs, "release") and of_type(evs, "territory_change") == []


def test_a_print_datelines_day_before_publication_is_the_storys_today():
    text = ("COLOMBO, OCT. 16. At least 92 sailors were killed when a suicide bomber drove a truck into a "
            "convoy of buses this afternoon.\n\nThe Defence Ministry put the toll at 92 this evening.")
    evs = events(text, "2016-10-17")
    assert one(evs, "bombing").date_start == d("2016-10-16")
    # a dateline of the publication day itself changes nothing
    evs = events("COLOMBO, OCT. 17. A bomb exploded in the market on Monday, killing five people.", "2016-10-17")
    assert one(evs, "bombing").date_start == d("2016-10-17")


def test_a_period_after_after_belongs_to_what_follows_it():
    evs = events("Ethiopia said on Friday its troops had captured the town of Barentu, a week after launching "
                 "a massive offensive.", "2016-05-20")
    assert one(evs, "territory_change").date_start != d("2016-05-13")


def test_aid_programmes_movements_and_missions_suspended():
    for s in ("Action Contre la Faim suspended its therapeutic feeding programme on the island on Monday.",
              "Humanitarian organisations said on Monday they had suspended road movements in the department.",
              "Several humanitarian organizations suspended their field missions in rural Tibu on Monday."):
        assert one(events(s, TUE), "aid_change").date_start == d("2016-03-14"), s
    assert events("The army suspended its movements on Monday.", TUE) == []


def test_people_named_before_a_comma_were_seized():
    evs = events("Two staff members of an international NGO, seized by militiamen at a checkpoint on Sunday, "
                 "were released on Monday.", TUE)
    assert one(evs, "abduction").date_start == d("2016-03-13")
    assert of_type(evs, "territory_change") == []


def test_an_attack_on_vehicles_carrying_villagers_is_an_attack_on_civilians():
    evs = events("At least 58 people were killed on Monday when gunmen on motorbikes attacked vehicles carrying "
                 "villagers home from a weekly market.", TUE)
    assert one(evs, "attack_on_civilians").killed_low == 58
    evs = events("Soldiers attacked trucks carrying fighters near the border on Monday.", TUE)
    assert of_type(evs, "attack_on_civilians") == []


def test_the_same_day_and_that_evening_are_the_day_just_told():
    text = ("The shrine was wrecked shortly before 7 a.m. on Feb. 22, when men dressed as police commandos set off "
            "explosives. Tens of thousands of Shiites marched in Najaf the same day. That evening, gunmen seized "
            "Atwar Bahjat, a correspondent for the Al Arabiya channel.")
    evs = events(text, "2016-03-01")
    assert one(evs, "bombing").date_start == d("2016-02-22")
    assert one(evs, "protest").date_start == d("2016-02-22")
    assert one(evs, "abduction").date_start == d("2016-02-22")


def test_a_day_named_as_anothers_cause_sets_no_scene():
    text = ("BAGHDAD - Bombs and mortar rounds tore through neighborhoods of the capital Tuesday, killing at "
            "least 68 people, as leaders struggled to halt the bloodletting set off by last Wednesday's bombing "
            "of a shrine in Samarra.\n\nThe deadliest attack came shortly after noon, when a car bomb exploded "
            "outside a mosque in the Jadida district, killing 23 people and setting fire to a row of shops.")
    evs = events(text, "2016-03-02")
    car = next(e for e in of_type(evs, "bombing") if e.killed_low == 23)
    assert car.date_start == d("2016-03-01")


def test_mosques_attacked_talks_resumed_positions_taken_drones_fired():
    evs = events("Militiamen attacked Sunni mosques across Baghdad on Monday.", TUE)
    assert one(evs, "attack_on_civilians").date_start == d("2016-03-14")
    evs = events("Its leaders returned to the table on Monday after meeting the prime minister.", TUE)
    assert one(evs, "negotiation").date_start == d("2016-03-14")
    evs = events("Iraqi army units backed by American troops took up positions around the mosques on Monday.", TUE)
    assert one(evs, "military_movement").date_start == d("2016-03-14")
    evs = events("The group launched its largest attack yet on January 9, firing 18 drones and two cruise missiles.",
                 "2016-01-19")
    assert one(evs, "bombing").date_start == d("2016-01-09")


def test_a_deal_that_took_effect_is_told_when_dated_or_new():
    evs = events("Lebanon's army began deploying in the south on Thursday, a day after a ceasefire between "
                 "Israel and Hezbollah took effect.", "2016-11-25")
    assert one(evs, "agreement").date_start == d("2016-11-23")
    evs = events("Since the truce took effect last Friday, Hamas has freed 70 women and children.", "2016-11-30")
    assert one(evs, "agreement").date_start == d("2016-11-25")
    assert of_type(events("Hundreds fled on Monday before the ceasefire took effect.", TUE), "agreement") == []


def test_a_past_pledge_after_a_day_does_not_move_it_ahead():
    evs = events("Nato's ambassadors met in emergency session on Sunday and agreed to send two generals to Belgrade.",
                 "2016-01-19")
    assert one(evs, "negotiation").date_start == d("2016-01-17")


def test_fire_from_tanks_and_strikes_from_the_air():
    evs = events("Israeli tanks fired on several villages in southern Lebanon on Thursday.", "2016-11-25")
    assert one(evs, "bombing").date_start == d("2016-11-24")
    evs = events("Israeli warplanes carried out a strike north of the Litani river on Thursday.", "2016-11-25")
    assert one(evs, "bombing").date_start == d("2016-11-24")
    evs = events("On Monday, an Israeli strike in the Ras Al Nabaa district of Beirut killed a Hezbollah spokesman.", TUE)
    assert one(evs, "bombing").date_start == d("2016-03-14")


def test_troops_that_crossed_into_a_country_moved():
    evs = events("Israeli ground troops crossed into Lebanon on October 1.", "2016-11-25")
    assert one(evs, "military_movement").date_start == d("2016-10-01")


def test_an_attack_on_a_named_village_is_an_attack_on_civilians():
    evs = events("Nine people were killed on Monday when armed miscreants attacked Khamenlok village.", TUE)
    assert one(evs, "attack_on_civilians").killed_low == 9
