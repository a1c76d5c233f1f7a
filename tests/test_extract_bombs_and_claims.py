"""Bombs named bare, claims of responsibility, and what a bombing's count is not; checked on
sentences written for the test."""
from test_extract_helpers import d, events, of_type, one

WED = "2019-10-16"  # a Wednesday


def test_a_bare_bomb_is_a_bombing_when_it_goes_off():
    evs = events("A bomb went off in a market in Kabul on Monday, killing five.", WED)
    bomb = one(evs, "bombing")
    assert (bomb.date_start, bomb.killed_low) == (d("2019-10-14"), 5)
    evs = events("At least 26 people were killed when a bomb ripped through a mosque during Friday prayers.", WED)
    assert one(evs, "bombing").killed_low == 26
    assert of_type(evs, "casualty_report") == []
    evs = events("A bomb planted on a motorcycle killed three people in Quetta on Monday.", WED)
    assert one(evs, "bombing").killed_low == 3
    # a bomb that does not go off, or a bomb of another kind, is no bombing
    for text in ("Police defused a bomb near the station on Monday.",
                 "A bomb disposal team was called to the scene on Monday.",
                 "Iran denied on Monday that it was seeking to build a nuclear bomb."):
        assert of_type(events(text, WED), "bombing") == [], text


def test_a_claim_of_an_attack_dated_in_its_own_phrase_tells_the_attack():
    evs = events("Houthi rebels claimed responsibility for drone strikes on two Saudi oil facilities on Saturday.", WED)
    strike = one(evs, "bombing")
    assert strike.date_start == d("2019-10-12")
    assert strike.count is None  # two facilities were hit: not two strikes
    # "the attack" was told before; the day may be the claim's
    evs = events("The Taliban claimed responsibility for the attack on Monday.", WED)
    assert of_type(evs, "clash") == [] and of_type(evs, "bombing") == []


def test_the_wounded_and_the_targets_are_not_a_count():
    evs = events("Two Turkish soldiers were killed and five wounded in a mortar attack on Monday.", WED)
    bomb = one(evs, "bombing")
    assert (bomb.killed_low, bomb.count) == (2, None)
    evs = events("Government warplanes carried out air strikes on Douma on 6 October.", WED)
    assert one(evs, "bombing").count is None
    # a number of devices still is
    evs = events("Militants fired four rockets at the base on Monday.", WED)
    assert one(evs, "bombing").count == 4


def test_strikes_conducted_against_targets_are_bombings_and_a_downed_aircraft_a_fight():
    evs = events("Coalition aircraft conducted 26 strikes against Islamic State targets in Iraq on Saturday.", WED)
    assert one(evs, "bombing").date_start == d("2019-10-12")
    for text in ("Workers staged strikes in Cairo on Sunday.", "Unions launched strikes on Monday."):
        assert of_type(events(text, WED), "bombing") == [], text
    evs = events("The rebels said they shot down a government helicopter over Hama province on Sunday.", WED)
    assert one(evs, "clash").date_start == d("2019-10-13")
    # missiles shot down are part of the attack they belong to
    evs = events("Ukrainian air defence shot down 10 of the missiles on Monday.", WED)
    assert of_type(evs, "clash") == []


def test_armed_men_killing_people_in_a_one_sided_attack_attack_civilians():
    evs = events("Islamic State fighters killed at least 13 people in an attack on a village south of Mosul "
                 "late on Saturday.", WED)
    assert one(evs, "attack_on_civilians").killed_low == 13
    # in a fight, or killing soldiers, it stays a clash
    evs = events("Islamic State fighters killed at least 13 people in clashes with the army on Saturday.", WED)
    assert one(evs, "clash").killed_low == 13
    evs = events("Militants killed 20 soldiers in an attack on a base on Saturday.", WED)
    assert one(evs, "clash").killed_low == 20


def test_rockets_fired_into_a_country_are_a_bombing_and_a_conflict_exploding_is_not():
    evs = events("Militants fired rockets into Israel on Sunday.", WED)
    assert one(evs, "bombing").trigger == "fired rockets"
    evs = events("A power struggle exploded into full-scale conflict on Sunday.", WED)
    assert of_type(evs, "bombing") == []


def test_hostages_taken_and_targets_struck_with_the_count_the_trigger_holds():
    evs = events("Gunmen killed about 1,200 people in the south on Oct. 7 and took some 240 hostages back to Gaza.",
                 "2023-10-12")
    taken = one(evs, "abduction")
    assert (taken.date_start, taken.count) == (d("2023-10-07"), 240)
    evs = events("The military said it struck 200 targets in Gaza on Wednesday.", "2023-10-12")
    assert one(evs, "bombing").count == 200
    evs = events("Coalition aircraft conducted 26 strikes against Islamic State targets on Saturday.", WED)
    assert one(evs, "bombing").count == 26
    # a company's targets are no bombing
    assert of_type(events("The company hit its sales targets on Monday.", WED), "bombing") == []


def test_a_gathering_a_bomber_struck_is_the_target_not_an_event():
    evs = events("A suicide bomber struck a political rally in Bajaur on Sunday, killing 54 people.", "2024-05-15")
    assert one(evs, "bombing").killed_low == 54
    assert of_type(evs, "protest") == []
    # (a protest told on its own is still one)
    evs = events("Thousands protested in Khartoum on Monday against the army.", "2024-05-15")
    assert len(of_type(evs, "protest")) == 1
