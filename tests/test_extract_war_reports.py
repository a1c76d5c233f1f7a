"""Rules found by reading reports from Afghanistan, Somalia, Mozambique, Gaza, Lebanon, the Central
African Republic, South Sudan, Colombia, Libya, Niger and Nagorno-Karabakh, each checked on
sentences written for the test: raids and what they were for, times told without a day, places
named once and again, landmarks, tolls told as totals, retellings and their tolls."""
import logging

from test_extract_helpers import d, events, of_type, one

from conflict_db.extract import event_places
from conflict_db.extract import places as places_module
from conflict_db.temporal import find_dates

WED = "2021-03-31"  # a Wednesday


def test_raided_is_a_clash_unless_it_is_how_a_kidnapping_was_done():
    evs = events("Insurgents raided the port town on Monday in a major escalation of the revolt.", WED)
    assert one(evs, "clash").date_start == d("2021-03-29")
    evs = events("Gunmen raided a boarding school in the village at about 2 a.m. on Friday and forced "
                 "the pupils into the forest.", WED)
    assert one(evs, "abduction").date_start == d("2021-03-26")
    assert of_type(evs, "clash") == []


def test_a_deserted_town_and_abandoned_homes_are_no_events():
    assert events("The market town was all but deserted on Monday after residents abandoned their homes.", WED) == []
    assert one(events("Dozens of conscripts deserted on Monday and joined the militia.", WED),
               "defection").date_start == d("2021-03-29")


def test_earlier_in_the_day_and_a_bare_hour_take_the_day_last_named():
    text = "Militias stormed the base early on Monday. At around 6am, the attackers set fire to the depot."
    hour = [x for x in find_dates(text, WED) if x.type == "TIME"][0]
    assert hour.date_start == d("2021-03-29")
    text = "The convoy was ambushed on Monday. Earlier in the day, a roadside bomb hit a patrol."
    later = [x for x in find_dates(text, WED) if x.text == "the day"][0]
    assert later.date_start == d("2021-03-29")
    # with no day named, the day of the report
    alone = find_dates("A car bomb exploded earlier in the day near the ministry.", WED)
    assert [x.date_start for x in alone] == [d("2021-03-31")]
    # a month or a year named in between does not make it that month
    text = "Troops took the bridge on Monday. The bridge was built earlier this year. Later in the day, shells fell."
    assert [x.date_start for x in find_dates(text, WED) if x.text == "the day"] == [d("2021-03-29")]


def test_a_town_named_with_a_cue_is_that_town_when_named_again():
    text = ("Insurgents seized the coastal Mozambique town of Palma last week.\n\n"
            "Insurgents raided Palma on Wednesday, residents said.")
    clash = one(events(text, WED), "clash")
    assert [(p.name, p.country) for p in clash.places] == [("Palma", "Mozambique")]


def test_a_far_landmark_is_not_the_events_place():
    evs = events("Militiamen attacked a base in Tagbara on Monday, about 300km northeast of the capital Bangui.", WED)
    assert "Bangui" not in [p.name for p in one(evs, "clash").places]
    evs = events("Militiamen attacked a checkpoint 20km north of Bangui on Monday.", WED)
    assert [p.name for p in one(evs, "clash").places] == ["Bangui"]


def test_a_dateline_names_where_the_reporter_was():
    text = "Pemba, Mozambique - Insurgents attacked the town of Mueda on Monday, officials said."
    clash = one(events(text, WED), "clash")
    assert [p.name for p in clash.places] == ["Mueda"]
    text = "March 31, 2021 (JUBA) - Rebels say they are now in full control of Malakal after battles on Tuesday."
    taken = one(events(text, WED), "territory_change")
    assert taken.date_start == d("2021-03-30")  # the battles' day, not the dateline's


def test_a_kill_raising_a_toll_is_the_incident_and_the_toll_is_the_total():
    evs = events("Thirteen people were killed in airstrikes on Tuesday, raising the death toll to 23 "
                 "over two days of violence.", WED)
    assert one(evs, "bombing").killed_low == 13
    assert one(evs, "casualty_report").killed_low == 23


def test_a_kill_told_of_an_attack_makes_the_attack_an_event():
    evs = events("At least four soldiers have been killed near the capital, Kabul, in a suicide car bomb "
                 "attack claimed by the Taliban.", WED)
    bombing = one(evs, "bombing")
    assert bombing.killed_low == 4
    assert bombing.status == "occurred"  # a claim of responsibility does not doubt the attack


def test_counts_conjoined_after_the_kill_add_up_and_passives_take_the_number_before():
    evs = events("An attack near a polling station killed one soldier and six militiamen on Saturday.", WED)
    assert one(evs, "clash").killed_low == 7
    evs = events("Gunmen killed two soldiers and wounded three civilians on Monday.", WED)
    assert one(evs, "clash").killed_low == 2
    evs = events("A spokesman said that 71 soldiers were killed, 12 were wounded and others were missing.", WED)
    assert one(evs, "casualty_report").killed_low == 71
    evs = events("Further south, IS militants executed 40 civilians in a village last week.", WED)
    assert one(evs, "attack_on_civilians").killed_low == 40


def test_people_told_of_by_a_number_are_kidnapped_not_captured_territory():
    evs = events("Aid workers and pilots were freed on Tuesday. Gunmen seized the six in November near the airport.",
                 WED)
    assert one(evs, "abduction").date_start == d("2020-11-01")
    assert of_type(evs, "territory_change") == []


def test_keeping_or_breaking_a_truce_is_no_agreement():
    evs = events("Separatist officials on Sunday said their army is observing the ceasefire.", WED)
    assert of_type(evs, "agreement") == []


def test_a_lede_told_again_in_detail_is_one_incident():
    text = ("At least three soldiers have been killed near the capital, Mogadishu, in a suicide car bomb "
            "attack on a military base.\n\n"
            "Sunday's explosion took place near the gate of the base in Afgoye, 30km south-west of Mogadishu.")
    bombing = one(events(text, "2018-08-06"), "bombing")
    assert bombing.date_start == d("2018-08-05")
    assert bombing.killed_low == 3
    assert "Afgooye" in [p.name for p in bombing.places]
    # a verbal report of another strike is another incident
    text = ("Warplanes carried out air strikes on the town of Binnish.\n\n"
            "Warplanes carried out air strikes on Saraqeb on Sunday.")
    assert len(of_type(events(text, "2018-08-06"), "bombing")) == 2


def test_a_retelling_brings_its_toll_but_a_tally_does_not():
    text = ("Militiamen attacked the peacekeepers' base in the town on Monday.\n\n"
            "The ensuing gunfight lasted hours, and 22 militiamen were also killed, the statement said.")
    assert one(events(text, WED), "clash").killed_low == 22
    text = ("Militiamen attacked the peacekeepers' base in the town on Monday.\n\n"
            "The fighting has left tens of thousands dead across the country.")
    assert one(events(text, WED), "clash").killed_low is None


def test_a_fall_told_since_a_date_is_any_time_since():
    evs = events("It would be the third time that the town had fallen to rebel forces since the conflict "
                 "broke out two months ago.", WED)
    taken = one(evs, "territory_change")
    assert (taken.date_precision, taken.date_end) == ("range", d("2021-03-31"))


def test_said_in_a_statement_is_the_news_source_unless_dated_on_its_own():
    evs = events("Late on Thursday, the army shelled the airport, it said in a statement.", WED)
    assert of_type(evs, "statement") == []
    evs = events("Gunmen attacked a bus on Friday, killing nine people, the ministry said in a statement on Saturday.",
                 WED)
    assert one(evs, "statement").date_start == d("2021-03-27")


def test_an_agreement_told_without_a_day_takes_the_day_told_next():
    text = ("The clashes began on March 2.\n\n"
            "The foreign ministers of both countries signed a truce in Moscow.\n\n"
            "The ceasefire was announced early on Saturday and took effect at noon.")
    signed = [e for e in of_type(events(text, WED), "agreement") if "signed" in e.evidence]
    assert [e.date_start for e in signed] == [d("2021-03-27")]


def test_military_struck_is_a_strike_and_voting_under_way_an_election():
    assert one(events("The military struck at least five rocket launchers on Wednesday morning.", WED),
               "bombing").date_start == d("2021-03-31")
    assert one(events("Voting got under way on Saturday in the second parliamentary vote since the war.", WED),
               "election").date_start == d("2021-03-27")


def test_a_link_to_a_gallery_is_page_furniture():
    text = ("Troops shelled the central hospital on Nov. 15 - photo gallery\n\n"
            "Rebels shelled the port city on Tuesday, residents said.")
    assert [e.type for e in events(text, "2021-11-20")] == ["bombing"]


def test_a_gazetteer_that_fails_to_load_is_tried_again(monkeypatch, caplog):
    real = places_module.default_gazetteer
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise OSError("cache file being replaced")
        return real()

    monkeypatch.setattr(places_module, "default_gazetteer", flaky)
    text = "Rebels attacked the town of Kidal on Monday."
    with caplog.at_level(logging.WARNING, logger=event_places.__name__):
        first = one(events(text, WED), "clash")
    assert first.places == [] and "gazetteer unavailable" in caplog.text
    second = one(events(text, WED), "clash")
    assert [p.name for p in second.places] == ["Kidal"]


def test_a_claim_of_responsibility_for_a_killing_is_the_attacks_toll():
    evs = events("The group has claimed responsibility for killing a senior police officer and his guard in a "
                 "suicide attack in the city on Friday.", WED)
    bombing = one(evs, "bombing")
    assert (bombing.killed_low, bombing.date_start) == (2, d("2021-03-26"))
    assert of_type(evs, "casualty_report") == []


def test_a_whole_war_toll_with_a_large_number_is_background():
    text = ("Separatists attacked a security post in the village on Sunday, killing seven people.\n\n"
            "The U.N. says the conflict has cost more than 3,000 lives.")
    assert of_type(events(text, WED), "casualty_report") == []


def test_names_with_and_inside_are_one_place_and_kashmir_is_not_kashmar():
    gaz = places_module.default_gazetteer()
    found = [(m.text, m.place.country) for m in gaz.find("Shells fell in Bosnia and Herzegovina and in Trinidad and Tobago.")]
    assert found == [("Bosnia and Herzegovina", "Bosnia and Herzegovina"), ("Trinidad and Tobago", "Trinidad and Tobago")]
    # towns joined by "and" stay two towns
    assert [m.place.name for m in gaz.find("Fighting in Aleppo and Idlib continued.")] == ["Aleppo", "Idlib"]
    evs = events("Militants attacked an army camp in Jammu and Kashmir on Monday, killing three soldiers.", WED)
    assert [(p.name, p.country) for p in one(evs, "clash").places] == [("Jammu and Kashmir", "India")]
    # the region alone is no town in Iran
    evs = events("Militants attacked an army camp in Kashmir on Monday.", WED)
    assert "Iran" not in [p.country for p in one(evs, "clash").places]


def test_victims_named_first_tell_who_they_were_and_one_more_is_counted():
    evs = events("Suspected Islamist militants killed 17 soldiers and a civilian in an attack on an army post "
                 "on Monday.", "2021-06-16")
    assert [(e.type, e.killed_low) for e in evs] == [("clash", 18)]
    evs = events("Gunmen killed 12 civilians and a soldier in an attack on a village on Monday.", "2021-06-16")
    assert [(e.type, e.killed_low) for e in evs] == [("attack_on_civilians", 13)]


def test_the_day_an_incident_took_place_told_after_a_long_phrase_dates_it():
    text = ("BAMAKO (Reuters) - Suspected Islamist militants killed 17 soldiers and a civilian in an attack on "
            "an army post in central Mali, the army said on Wednesday.\n\n"
            "The assault on the post in Boulkessi, near the border with Burkina Faso, took place on Monday "
            "night, an army spokesman told Reuters.")
    evs = events(text, "2021-06-16")
    assert [(e.type, e.date_start) for e in evs] == [("clash", d("2021-06-14"))]


def test_the_attack_told_next_is_the_incident_just_told():
    lede = "An airstrike hit a village in the central Sagaing region on Tuesday, killing 30 people.\n\n"
    evs = events(lede + "The attack on Tuesday morning targeted a ceremony in Pazigyi village in Kanbalu township.",
                 "2023-04-12")
    assert [e.type for e in evs] == ["bombing", "bombing"]  # (a town of the region is the same scene)
    # another day, another place far away: another attack
    evs = events(lede + "The attack on Sunday targeted an army post in Kanbalu township.", "2023-04-12")
    assert [e.type for e in evs] == ["bombing", "clash"]
    evs = events("A car bomb exploded in Kabul on Monday, killing 10 people.\n\n"
                 "In Kandahar, the attack on a police post on Monday killed three officers.", "2023-04-12")
    assert [e.type for e in evs] == ["bombing", "clash"]
