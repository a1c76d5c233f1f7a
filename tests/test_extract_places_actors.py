"""Places and actors of extracted events, from the gazetteer and the actor catalogue."""
from test_extract_helpers import events, one


def test_place_in_clause_attached():
    e = one(events("Rebels seized the town of Saraqeb on Monday, activists said.", "2014-01-08"),
            "territory_change")
    assert any("Saraq" in p.name for p in e.places)


def test_actor_span_not_a_place():
    e = one(events("The Islamic State of Iraq and the Levant fought rebels in Raqqa on Monday.", "2014-01-08"),
            "clash")
    names = [p.name for p in e.places]
    assert "Iraq" not in names


def test_observatory_is_a_source_not_a_party():
    e = one(events("The Syrian Observatory for Human Rights said rebels seized Manbij on Monday.", "2014-01-08"),
                "territory_change")
    assert all("Observatory" not in a.name for a in e.actors)


def test_comma_list_of_places_is_attached():
    e = one(events("By Monday, the militants had been forced from the towns of Saraqeb, Binnish, Manbij.",
                   "2014-01-08"), "territory_change")
    assert len(e.places) >= 3


def test_a_world_city_after_a_verb_of_assault_or_capture_is_a_place():
    # outside the focus countries a town needs a cue; the object of "shelled" is one
    e = one(events("Serb forces shelled Sarajevo on Monday, killing five civilians.", "2014-03-05"), "bombing")
    assert [(p.name, p.country) for p in e.places] == [("Sarajevo", "Bosnia and Herzegovina")]
    e = one(events("Rebels captured Goma on Tuesday.", "2014-03-05"), "territory_change")
    assert [p.name for p in e.places] == ["Goma"]
    # a verb with people as its usual object is no cue: a surname stays a surname
    e = one(events("Gunmen attacked Kennedy on Monday.", "2014-03-05"), "clash")
    assert e.places == []


def test_a_capital_around_or_outside_which_fighting_goes_on_is_a_place_not_its_government():
    e = one(events("Fierce fighting continued around Kyiv on Monday.", "2022-03-10"), "clash")
    assert [p.name for p in e.places] == ["Kyiv"]
    assert "Ukraine" not in [a.name for a in e.actors]


def test_where_the_victims_died_places_an_event_told_only_by_its_country():
    e = one(events("Hezbollah fired more than 100 rockets into northern Israel on Thursday, killing two civilians "
                   "in Nahariya.", "2006-07-14"), "bombing")
    assert [p.name for p in e.places][0] == "Nahariyya"
    # where a source spoke is not where it happened
    e = one(events("At least 26 people were killed when a bomb ripped through a mosque in eastern Afghanistan on "
                   "Friday, officials in Kabul said.", "2006-07-14"), "bombing")
    assert [p.name for p in e.places] == ["Afghanistan"]


def test_who_the_news_is_according_to_is_no_party():
    e = one(events("Shelling hit Kharkiv on Monday, according to the UN.", "2022-03-10"), "bombing")
    assert e.actors == []


def test_armed_groups_and_forces_of_other_wars_are_named():
    cases = [
        ("M23 rebels captured Goma on Tuesday after government troops fled.", "territory_change", "M23"),
        ("Saudi-led coalition aircraft bombed a wedding in Saada province on Monday.", "bombing",
         "Saudi-led coalition"),
        ("Azerbaijani forces shelled Stepanakert on Friday.", "bombing", "Azerbaijani armed forces"),
        ("ELN rebels kidnapped two police officers in Arauca on Monday.", "abduction",
         "National Liberation Army (Colombia)"),
    ]
    for text, kind, actor in cases:
        e = one(events(text, "2022-03-10"), kind)
        assert actor in [a.name for a in e.actors], text
    # a force named after its country still places the event in that country
    e = one(events("A Myanmar military air strike on a village killed ten civilians on Tuesday.", "2022-03-10"),
            "bombing")
    assert "Myanmar" in [p.name for p in e.places]


def test_smaller_towns_abroad_are_found_after_a_strong_cue_only():
    e = one(events("Russian aircraft bombed the Black Sea port of Poti early on Saturday.", "2008-08-12"), "bombing")
    assert [(p.name, p.country) for p in e.places] == [("Poti", "Georgia")]
    e = one(events("Russian troops pushed deeper on Monday, seizing the town of Gori.", "2008-08-12"),
            "territory_change")
    assert [(p.name, p.admin1, p.country) for p in e.places] == [("Gori", "Shida Kartli", "Georgia")]
    # bare, such a name may be a person's; and a town abroad is not the first word of a longer name
    assert one(events("Gori said the army attacked the base on Monday.", "2008-08-12"), "clash").places == []
    e = one(events("Barrel bombs hit residential districts of Jurf al-Sakhar on Wednesday.", "2014-11-12"),
            "bombing")
    assert [(p.name, p.country) for p in e.places] == [("Jurf al-Sakhar", None)]


def test_an_incident_placed_by_its_country_takes_the_place_its_retelling_gives():
    text = ("SANAA, Yemen (AP) - A coalition airstrike hit a school bus in northern Yemen on Thursday, killing at "
            "least 29 children.\n\n"
            "The strike hit the bus as it was driving through a market in Saada province, a rebel stronghold. "
            "Most of the children were under 15, said a health official in Sanaa.")
    e = one(events(text, "2018-08-09"), "bombing")
    assert [p.name for p in e.places][:1] == ["Şa‘dah"]
    assert "Sanaa" not in [p.name for p in e.places]


def test_a_state_named_with_state_is_a_province_not_a_country():
    e = one(events("Gunmen kidnapped 53 passengers from a bus in Niger state on Sunday.", "2021-03-03"), "abduction")
    assert [(p.name, p.admin1, p.country) for p in e.places] == [("Niger", "Niger", "Nigeria")]


def test_a_town_the_gazetteer_lacks_is_placed_by_the_province_named_after_it():
    e = one(events("Gunmen abducted 279 schoolgirls from a school in Jangebe in Zamfara state on Friday.",
                   "2021-03-03"), "abduction")
    assert [(p.name, p.admin1, p.country) for p in e.places][0] == ("Jangebe", "Zamfara", "Nigeria")
    # without a province after it, an unknown name after "in" is not taken for a place
    e = one(events("Gunmen abducted 279 schoolgirls in Jangebe on Friday.", "2021-03-03"), "abduction")
    assert e.places == []


def test_a_town_after_a_strong_cue_takes_the_country_or_province_named_after_it():
    e = one(events("Rwanda-backed M23 rebels entered the strategic town of Walikale in eastern Congo on Thursday.",
                   "2025-03-21"), "territory_change")
    assert (e.places[0].name, e.places[0].country) == ("Walikale", "Democratic Republic of the Congo")
    e = one(events("Troops recaptured the town of Kiwanja, in North Kivu province, on Monday.", "2025-03-21"),
            "territory_change")
    assert (e.places[0].name, e.places[0].country) == ("Kiwanja", "Democratic Republic of the Congo")
    assert e.places[0].admin1 is not None


def test_a_country_named_with_of_in_its_name():
    e = one(events("Voters in the Democratic Republic of Congo go to the polls on Dec. 20.", "2023-12-10"),
            "election")
    assert [p.name for p in e.places] == ["Democratic Republic of the Congo"]
    e = one(events("Troops clashed with militias in the Republic of the Congo on Monday.", "2023-12-10"), "clash")
    assert [p.name for p in e.places] == ["Republic of the Congo"]
    # ("the Governor of Aleppo": the place is still Aleppo)
    e = one(events("Rebels shelled the office of the Governor of Aleppo on Monday.", "2023-12-10"), "bombing")
    assert [p.name for p in e.places] == ["Aleppo"]


def test_dr_in_capitals_is_congo_not_a_doctor():
    e = one(events("M23 rebels seized the town of Kiwanja in eastern DR Congo on Thursday.", "2023-12-10"),
            "territory_change")
    assert [a.name for a in e.actors] == ["M23"]
    assert "Democratic Republic of the Congo" in [p.name for p in e.places]


def test_a_single_strike_names_its_force_as_the_plural_does():
    for text, force in (("An Israeli airstrike on a school in Nuseirat killed at least 33 people on Thursday.",
                         "Israel Defense Forces"),
                        ("A Russian missile struck an apartment block in Dnipro on Saturday.", "Russian armed forces")):
        e = one(events(text, "2024-05-15"), "bombing")
        assert force in [a.name for a in e.actors]


def test_pakistans_tribal_districts_are_places():
    e = one(events("Pakistani security forces killed 11 militants in a raid in North Waziristan on Tuesday.",
                   "2024-05-15"), "clash")
    assert [(p.name, p.country) for p in e.places] == [("North Waziristan", "Pakistan")]
