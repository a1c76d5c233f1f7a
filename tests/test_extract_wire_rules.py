"""Rules found by reading wire copy from the Sahel, Congo, Sudan and Iraq, each checked on
sentences written for the test: verbs that say an attack happened without the usual trigger
words, infinitives that happened ("managed to retake"), metaphors and noun uses that are no
events, tolls told with or without a number, and dates that begin a period."""
from test_extract_helpers import d, events, of_type, one

TUE = "2022-03-15"  # a Tuesday


def test_an_attack_suppressed_or_thwarted_is_a_clash():
    for verb in ("suppressed", "thwarted", "fought off", "beat back"):
        evs = events(f"The army said on Sunday it {verb} a \"large\" attack by militia fighters on the city.", TUE)
        clash = one(evs, "clash")
        assert clash.date_start == d("2022-03-13"), verb


def test_fending_off_advances_in_general_is_no_clash():
    evs = events("The group has fended off rival advances with a campaign of ambushes.", TUE)
    assert of_type(evs, "clash") == []


def test_past_progressive_fighting_and_gunfire_are_clashes():
    evs = events("Soldiers were still battling insurgents in the old quarter of the port on Monday.", TUE)
    assert one(evs, "clash").date_start == d("2022-03-14")
    evs = events("Heavy gunfire erupted on Saturday night near the airport.", TUE)
    assert one(evs, "clash").date_start == d("2022-03-12")
    # a participle naming fighters is not an event
    assert of_type(events("Foreign fighters battling in the region have come from many countries.", TUE),
                   "clash") == []


def test_managed_to_retake_happened_and_vowed_to_retake_did_not():
    evs = events("Government troops said they had managed to retake four villages north of the river on Sunday.", TUE)
    assert one(evs, "territory_change").date_start == d("2022-03-13")
    assert events("Government troops vowed to retake the four villages.", TUE) == []


def test_an_attempted_attack_is_an_attack_but_a_threat_is_not():
    evs = events("The militia attempted again on Monday to attack the barracks south of the capital.", TUE)
    assert one(evs, "clash").date_start == d("2022-03-14")
    assert of_type(events("The militia threatened on Monday to attack the barracks.", TUE), "clash") == []


def test_entered_the_strategic_town_and_taken_back_are_territory_changes():
    evs = events("The rebels entered the strategic mining town of Kalehe on Wednesday.", TUE)
    assert one(evs, "territory_change").date_start == d("2022-03-09")
    evs = events("The district has been taken back by the army, officials confirmed on Monday.", TUE)
    assert one(evs, "territory_change").date_start == d("2022-03-14")


def test_metaphors_and_nouns_are_no_events():
    assert events("The war began in April 2021, when a feud between two generals exploded into open conflict.",
                  TUE) == []
    assert events("Its capture would be a major gain for the insurgents.", TUE) == []
    assert of_type(events("The militia, which fought alongside the army, said it had lost ground.", TUE),
                   "clash") == []


def test_a_toll_needs_a_number_and_takes_it():
    assert of_type(events("Anger at the mounting toll sparked protests in the capital last month.", TUE),
                   "casualty_report") == []
    evs = events("On Monday the death toll from the landslide of rebel shelling stood at 14.", TUE)
    toll = one(evs, "casualty_report")
    assert toll.killed_low == 14


def test_a_toll_restated_with_the_same_number_is_the_same_incident():
    evs = events("Gunmen killed 16 farmers in the east of the country on Sunday. "
                 "A local official told reporters that the death toll had reached 16.", TUE)
    assert len(evs) == 1 and evs[0].killed_low == 16
    evs = events("Gunmen killed 16 farmers in the east of the country on Sunday. "
                 "A local official told reporters that the death toll had reached 21.", TUE)
    assert sorted(e.killed_low for e in evs) == [16, 21]


def test_a_tally_of_hundreds_with_no_time_is_no_toll():
    evs = events("Gunmen killed 9 villagers in the north on Sunday. "
                 "Raids by armed groups have surged since, killing hundreds of civilians.", TUE)
    assert [e.killed_low for e in evs] == [9]


def test_victims_described_between_count_and_verb_are_counted():
    evs = events("At least 15 people, some of them children, were killed late on Sunday in the village.", TUE)
    assert [(e.killed_low, e.date_start) for e in evs] == [(15, d("2022-03-13"))]


def test_the_day_a_period_began_does_not_date_what_follows():
    evs = events("The army said it repelled an assault on the town early Monday. "
                 "The town has seen fighting since February 2, when militias first attacked it. "
                 "The governor said shelling hit a school, killing three pupils.", TUE)
    bombing = one(evs, "bombing")
    assert bombing.date_start == d("2022-03-14")


def test_an_incident_retold_in_a_when_clause_is_the_one_already_told():
    evs = events("Police said on Tuesday that four traders were kidnapped on Monday evening. "
                 "A police spokesman said the incident happened on Monday evening when gunmen "
                 "stormed a market in the town.", TUE)
    assert one(evs, "abduction").date_start == d("2022-03-14")
    assert of_type(evs, "clash") == []


def test_having_attacked_many_villages_is_a_tally_not_an_incident():
    evs = events("Gunmen killed 30 villagers overnight on Friday. Such groups have attacked many "
                 "villages in the border region.", TUE)
    assert of_type(evs, "clash") == []


def test_a_lede_dated_by_its_report_takes_the_day_the_next_sentence_gives():
    evs = events("Gunmen massacred 23 villagers in northern Niger, officials said Monday.\n\n"
                 "The attackers on Sunday stormed the villages of Tabla and Koira in northern Niger, "
                 "a local official told reporters.", TUE)
    assert [(e.type, e.date_start) for e in evs] == [("attack_on_civilians", d("2022-03-13"))]
    # another incident told next keeps the lede's day and its own
    evs = events("Gunmen massacred 23 villagers in northern Niger, officials said Monday.\n\n"
                 "In a separate attack on Sunday, gunmen stormed a market in northern Niger.", TUE)
    assert sorted(e.date_start for e in evs) == [d("2022-03-13"), d("2022-03-14")]


def test_people_taken_away_or_into_the_bush_are_abducted_and_counted():
    evs = events("Police said on Tuesday that four people were taken away by gunmen on the highway last weekend.", TUE)
    abduction = one(evs, "abduction")
    assert (abduction.count, abduction.date_start) == (4, d("2022-03-12"))
    evs = events("Armed men on Saturday stopped a bus near the village and took nine passengers into the bush.", TUE)
    assert one(evs, "abduction").date_start == d("2022-03-12")


def test_people_are_counted_rather_than_the_vehicles_they_rode():
    evs = events("Eight passengers aboard two buses were kidnapped by gunmen on Thursday night.", TUE)
    assert one(evs, "abduction").count == 8


def test_recently_kidnapped_with_an_auxiliary_is_a_kidnapping():
    evs = events("Police launched a search for 10 travellers who were recently kidnapped from a bus, "
                 "an official said on Monday.", TUE)
    assert one(evs, "abduction").count == 10


def test_the_day_of_the_news_before_its_verb_is_not_the_event_day():
    evs = events("Eight traders were kidnapped near the market on Thursday night, Saturday Herald has learnt.", TUE)
    assert one(evs, "abduction").date_start == d("2022-03-10")


def test_swaps_rescues_and_releases_of_documents():
    evs = events("Both sides said Wednesday they had swapped 120 prisoners of war.", TUE)
    release = one(evs, "release")
    assert (release.count, release.date_start) == (120, d("2022-03-09"))
    evs = events("The previous swap occurred on February 5, officials said.", TUE)
    assert one(evs, "release").date_start == d("2022-02-05")
    evs = events("Police said they engaged the kidnappers on Sunday and were able to rescue three hostages.", TUE)
    assert {e.type for e in evs} == {"clash", "release"}
    assert of_type(events("A joint statement summarizing the talks is expected to be released on Friday.", TUE),
                   "release") == []
    assert of_type(events("Rescue teams said on Sunday that four miners were rescued from the rubble.", TUE),
                   "release") == []
    # "in exchange for" trades nothing of its own
    evs = events("Hamas freed 13 hostages on Friday in exchange for 39 Palestinian prisoners.", TUE)
    assert [e.count for e in of_type(evs, "release")] == [13]


def test_captured_as_a_description_of_people_is_no_event():
    evs = events("The president said on Monday that freeing all prisoners as well as captured civilians "
                 "would help build trust.", TUE)
    assert of_type(evs, "abduction") == []
    evs = events("Prisoners were freed on Monday, most of whom were captured after the fall of the port.", TUE)
    assert of_type(evs, "territory_change") == []


def test_met_face_to_face_is_a_negotiation():
    evs = events("The government and the opposition met face to face on Monday in Geneva.", TUE)
    assert one(evs, "negotiation").date_start == d("2022-03-14")


def test_the_start_of_the_war_in_a_relative_clause_dates_nothing():
    evs = events("Prisoners were released on Monday. The swap came as a surprise in a war that began in February.", TUE)
    assert all(e.date_start == d("2022-03-14") for e in evs)


def test_dropped_bombs_date_the_airstrike_reported_the_next_day():
    evs = events("An airstrike on a village killed ten civilians in Myanmar, residents said on Monday.\n"
                 "Rights groups accuse the military of using air strikes as punishment.\n"
                 "A military jet dropped three bombs on the village in the Sagaing region on Sunday afternoon.\n"
                 "Ten people were killed and eight wounded, a resident said.", TUE)
    assert [(e.type, e.date_start, e.killed_low) for e in evs] == [("bombing", d("2022-03-13"), 10)]


def test_an_attack_that_occurred_on_a_day_dates_the_strike_reported_later():
    evs = events("An air strike on a village has killed at least 27 civilians, an opposition group said on Monday.\n\n"
                 "The attack occurred on Sunday afternoon in the village, a spokesman said.", TUE)
    assert [(e.type, e.date_start) for e in evs] == [("bombing", d("2022-03-13"))]


def test_the_weekday_attack_named_later_dates_the_incident():
    evs = events("At least 20 people were killed in an air raid on a wedding party, rescue teams said on Monday. "
                 "Rebels blamed the Sunday attack on the coalition.", TUE)
    assert one(evs, "bombing").date_start == d("2022-03-13")


def test_the_bombing_named_again_is_the_one_already_told():
    evs = events("At least 13 people were killed when a wedding was hit by an air strike, medics said on Monday.\n\n"
                 "The bombing targeted a house hosting a wedding in the town of Sanban.", TUE)
    assert len(of_type(evs, "bombing")) == 1
    # a release of a number of its own is news of its own
    evs = events("The two sides swapped 175 prisoners on Monday. The ministry also announced the release of "
                 "22 wounded captives in Kharkiv.", TUE)
    assert sorted(e.count for e in of_type(evs, "release")) == [22, 175]
