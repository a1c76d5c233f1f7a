"""Rules found by coding a sixth dev set (Chechnya, Lebanon, Kunduz, Bangui, Marawi, Yemen), each
checked on sentences written for the test: control taken in full, a place taken by name, a
crowd storming a building, arson and hostages, bodies found, tolls of fighting named as a whole
or counted since a day told in a clause, counts listed, a run of incidents told as a cause, the day and place
someone spoke, readiness for talks, and a province's name before a village's."""
from test_extract_helpers import d, events, of_type, one

SUN = "2000-02-06"  # a Sunday


def test_control_taken_in_full_is_territory():
    for phrase in ("have taken full control of", "seized effective control over", "had gained complete control of"):
        evs = events(f"Government forces {phrase} the northern town of Kidal on Saturday.", SUN)
        assert one(evs, "territory_change").date_start == d("2000-02-05"), phrase


def test_a_palace_or_town_taken_is_territory_but_its_people_are_not():
    evs = events("The rebels took the presidential palace on Saturday morning.", SUN)
    assert one(evs, "territory_change").date_start == d("2000-02-05")
    evs = events("Militants had taken the town of Bama on Friday.", SUN)
    assert one(evs, "territory_change").date_start == d("2000-02-04")
    assert of_type(events("The mayor took the town council to court on Friday.", SUN), "territory_change") == []
    assert of_type(events("They took the town's residents by surprise on Friday.", SUN), "territory_change") == []


def test_bombing_as_a_participle_with_its_object_is_a_bombing():
    evs = events("Russian aircraft flew more than 100 sorties over the past 24 hours, bombing rebel "
                 "positions in the mountains.", SUN)
    assert one(evs, "bombing").date_start == d("2000-02-05")


def test_a_crowd_storming_a_building_is_a_protest_not_a_battle():
    evs = events("Thousands of protesters stormed the U.N. headquarters in central Beirut on Sunday, "
                 "smashing windows.", SUN)
    assert one(evs, "protest").date_start == d("2000-02-06")
    assert of_type(evs, "clash") == []


def test_arson_of_a_church_and_hostages_taken_in_a_long_phrase():
    evs = events("The gunmen set fire to a Catholic church, a school and the city jail on Tuesday night and "
                 "took a priest and about a dozen churchgoers hostage.", SUN)
    assert one(evs, "attack_on_civilians").date_start == d("2000-02-01")
    assert one(evs, "abduction").date_start == d("2000-02-01")
    # a building set on fire by accident or a car set alight is no attack on civilians
    assert of_type(events("A faulty heater set fire to a warehouse on Tuesday.", SUN), "attack_on_civilians") == []


def test_civilians_found_dead_are_a_killing():
    evs = events("Nine civilians, including a woman and a child, were found dead on Thursday at a checkpoint.", SUN)
    ev = one(evs, "attack_on_civilians")
    assert (ev.date_start, ev.killed_low) == (d("2000-02-03"), 9)


def test_killed_in_the_days_fighting_is_a_toll():
    evs = events("At least 30 members of the security forces were killed in Monday's fighting, according "
                 "to the health ministry.", SUN)
    toll = one(evs, "casualty_report")
    assert (toll.date_start, toll.killed_low) == (d("2000-01-31"), 30)
    # an attack named is the incident the dead belong to
    evs = events("Two guards were killed in Monday's attack on the college.", SUN)
    assert of_type(evs, "casualty_report") == []


def test_the_day_a_toll_was_given_somewhere_is_not_the_fighting_day():
    evs = events("Thirteen soldiers were killed and 27 wounded in the fighting, President Jacob Zuma said in "
                 "Pretoria on Sunday.", SUN)
    assert of_type(evs, "clash") == []
    assert one(evs, "casualty_report").killed_low == 13


def test_a_toll_since_fighting_began_does_not_belong_to_what_began_it():
    evs = events("At least 13 soldiers, two policemen and 31 militants have been killed since the fighting "
                 "erupted on Tuesday afternoon, when "
                 "soldiers raided a hideout of the group's leader.", SUN)
    toll = one(evs, "casualty_report")
    assert (toll.date_start, toll.date_end, toll.killed_low) == (d("2000-02-01"), d("2000-02-06"), 46)
    assert one(evs, "clash").killed_low is None


def test_a_toll_since_a_month_told_in_a_clause_runs_to_the_report():
    evs = events("Fighting around the port has killed hundreds of combatants since the coalition launched "
                 "an offensive on the port city in November.", SUN)
    toll = one(evs, "casualty_report")
    assert (toll.date_start, toll.date_end) == (d("1999-11-01"), d("2000-02-06"))


def test_a_series_of_bombings_told_as_a_cause_is_not_dated_by_the_main_clause():
    evs = events("Russia launched its military campaign in Chechnya on October 1 after a series of apartment "
                 "bombings in Russian cities that killed nearly 300 people.", SUN)
    assert of_type(evs, "bombing") == [] and of_type(evs, "casualty_report") == []
    evs = events("A series of bombings in Baghdad killed 40 people on Saturday.", SUN)
    assert one(evs, "bombing").killed_low == 40


def test_readiness_for_talks_is_no_talks():
    evs = events("The envoy said Saturday the separatists were ready for talks without preconditions, but the "
                 "Kremlin has rejected any negotiations.", SUN)
    assert of_type(evs, "negotiation") == []


def test_a_province_is_meant_before_a_village_of_its_name_elsewhere():
    ev = one(events("Russian troops shelled villages in Chechnya on Sunday.", SUN), "bombing")
    assert (ev.places[0].name, ev.places[0].country) == ("Chechnya", "Russia")
    ev = one(events("Troops shelled Kunduz on Sunday.", SUN), "bombing")
    assert ev.places[0].admin1 == "Kunduz" and ev.places[0].latitude is not None  # the city


def test_a_quote_that_dates_what_it_tells_is_a_claim_of_its_speaker():
    evs = events('"The last stronghold of the terrorists was captured this morning," the president told '
                 'reporters in Moscow.', SUN)
    ev = one(evs, "territory_change")
    assert (ev.date_start, ev.status, ev.places) == (d("2000-02-06"), "claimed", [])
    # an undated quote is an opinion, not a report
    assert events('"They lost territory and fighters, many defected," said one analyst on Monday.', SUN) == []
    assert events('"We will capture the town on Sunday," the commander said.', SUN) == []


def test_where_someone_spoke_is_not_where_it_happened():
    ev = one(events("Thirteen soldiers were killed in the fighting, President Jacob Zuma said in Pretoria on "
                    "Sunday.", SUN), "casualty_report")
    assert ev.places == []
