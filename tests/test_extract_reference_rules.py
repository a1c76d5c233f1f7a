"""Rules about how one sentence refers to another or to the news itself, each checked on
sentences of its own: an incident dated after it was told, an event told as the time of
another ("came a day after"), the day a spokesman spoke, habits that are not events, years of
birth, people who tell the news, and states named as the place of an event."""
from test_extract_helpers import d, events, of_type, one

TUE = "2022-03-15"  # a Tuesday


def test_an_incident_dated_after_it_was_told_takes_that_date():
    evs = events("Police say bandits have abducted 12 traders from a market in the north. "
                 "A police spokesman said Monday that two vigilantes were killed in the attack. "
                 "The attack happened late Sunday.", TUE)
    abduction = one(evs, "abduction")
    assert abduction.date_start == d("2022-03-13")
    killed = [e for e in evs if e.killed_low == 2]
    assert [e.date_start for e in killed] == [d("2022-03-13")]
    # the dating sentence is not an incident of its own
    assert len(of_type(evs, "clash")) <= 1


def test_a_dated_attack_with_nothing_before_it_is_an_event():
    evs = events("The government said on Monday that the army had withdrawn from the port. "
                 "The attack began on Saturday afternoon.", TUE)
    clash = one(evs, "clash")
    assert (clash.date_start, clash.date_precision) == (d("2022-03-12"), "day")
    # the earlier event keeps its own date
    assert one(evs, "territory_change").date_start == d("2022-03-14")


def test_came_a_day_after_counts_back_from_the_event_told():
    evs = events("Gunmen on Sunday kidnapped 30 pupils from a school in the north, officials said on Monday. "
                 "The kidnapping came a day after 20 farmers were freed by their captors.", TUE)
    assert one(evs, "abduction").date_start == d("2022-03-13")
    release = one(evs, "release")
    assert release.date_start == d("2022-03-12")


def test_the_subject_of_came_a_day_after_keeps_its_own_date():
    evs = events("The rebels seized the district on Sunday, officials said Monday. "
                 "Its fall comes two days after government troops vacated a base nearby.", TUE)
    dates = sorted(e.date_start for e in of_type(evs, "territory_change"))
    assert dates == [d("2022-03-11"), d("2022-03-13")]


def test_a_spokesman_speaking_does_not_date_the_event():
    evs = events("Police said on Tuesday three nuns were abducted after gunmen attacked "
                 "a convent on Monday evening.", TUE)
    assert one(evs, "abduction").date_start == d("2022-03-14")
    # with nothing else in the sentence, the day of speaking is still the best date there is
    alone = events("Police said on Tuesday three nuns were abducted.", TUE)
    assert one(alone, "abduction").date_start == d("2022-03-15")


def test_what_usually_happens_is_not_an_event():
    for text in ("Bandits often kidnap travellers on the highway for ransom.",
                 "The state is one of the areas attacked most by armed gangs.",
                 "Armed groups regularly attack convoys in the province."):
        assert events(text, TUE) == [], text
    dated = events("Rebels, who often attack convoys, ambushed a convoy on Monday.", TUE)
    assert one(dated, "clash").date_start == d("2022-03-14")


def test_years_of_birth_are_no_events_date():
    evs = events("A drone strike on the port city killed a man and a woman born in 1961 "
                 "and 1965 on Monday.", TUE)
    strike = one(evs, "bombing")
    assert strike.date_start == d("2022-03-14")
    assert (strike.killed_low, strike.killed_high) == (2, 2)


def test_a_month_after_counts_months():
    evs = events("The attack happened on Sunday, about a month after the school's principal "
                 "was abducted.", TUE)
    abduction = one(evs, "abduction")
    assert (abduction.date_start, abduction.date_end, abduction.date_precision) == (
        d("2022-02-01"), d("2022-02-28"), "month")


def test_a_month_told_in_a_relative_clause_does_not_date_what_follows():
    evs = events("The Taliban seized a district in the north on March 12, forcing troops back to "
                 "the provincial capital, which was briefly overrun by insurgents last year. "
                 "The militants captured the district centre in the early morning.", TUE)
    dates = sorted((e.date_start, e.date_precision) for e in of_type(evs, "territory_change"))
    assert (d("2021-01-01"), "year") in dates
    assert all(p != "approx" or s == d("2022-03-12") for s, p in dates)


def test_captured_people_are_not_territory():
    evs = events("Several crew members who were captured by the pirates on Monday were freed.", TUE)
    assert not of_type(evs, "territory_change")


def test_fleeing_the_fighting_is_not_a_release():
    assert not of_type(events("Hundreds of families escaped the fighting on Monday.", TUE), "release")
    assert of_type(events("Forty prisoners escaped from the central jail on Monday.", TUE), "release")


def test_strikes_named_by_their_weapon():
    evs = events("Russia struck the village of Kupiansk with multiple rocket launchers on Monday, "
                 "the governor said.", TUE)
    bombing = one(evs, "bombing")
    assert bombing.date_start == d("2022-03-14")
    evs = events("Russian shelling killed four people in two attacks on the region on Monday.", TUE)
    assert one(evs, "bombing").killed_low == 4
    assert not of_type(evs, "clash")


def test_a_toll_restated_for_the_same_strike_is_not_another_event():
    evs = events("Airstrikes on two villages killed at least 40 civilians on Monday, activists said. "
                 "A monitoring group said at least 40 civilians, including 9 children, were killed "
                 "in the strikes.", TUE)
    assert [e.type for e in evs if e.killed_low == 40] == ["bombing"]


def test_people_who_tell_the_news_are_not_actors():
    evs = events("Police spokesman Ahmed Musa said gunmen killed five farmers in the village of "
                 "Kauru on Monday.", TUE)
    assert all("Ahmed Musa" not in [a.name for a in e.actors] for e in evs)
    evs = events("Gunmen killed five farmers on Monday, governor Nasir Bello said.", TUE)
    assert all("Nasir Bello" not in [a.name for a in e.actors] for e in evs)


def test_a_state_named_as_the_place_is_a_place():
    evs = events("Russian shelling killed six people in the east of Ukraine on Monday.", TUE)
    bombing = one(evs, "bombing")
    assert "Ukraine" in [p.name for p in bombing.places]
    assert "Ukraine" not in [a.name for a in bombing.actors]
    assert "Russian armed forces" in [a.name for a in bombing.actors]


def test_government_forces_are_nobody_in_particular():
    evs = events("Government forces clashed with rebels near the town of Bunia on Monday.", TUE)
    names = [a.name for a in one(evs, "clash").actors]
    assert "Syrian army" not in names and "government forces" in names


def test_a_controlled_area_does_not_make_its_holder_the_attacker():
    evs = events("Airstrikes on Hamas-held positions killed 12 people on Monday.", TUE)
    assert "Hamas" not in [a.name for a in one(evs, "bombing").actors]


def test_after_days_of_fighting_is_the_end_of_those_days():
    evs = events("Army units retreated from the district centre after two days of heavy fighting, "
                 "a spokesman said on Tuesday.", TUE)
    retreat = one(evs, "territory_change")
    assert retreat.date_end == retreat.date_start
    clash = one(evs, "clash")
    assert clash.date_end == retreat.date_start and clash.date_start < clash.date_end


def test_a_rejected_claim_is_no_toll():
    evs = events("Heavy fighting broke out in the district on Monday. Officials rejected a Taliban "
                 "claim of killing 20 policemen, saying no one was hurt.", TUE)
    assert all(e.killed_low is None for e in evs)
    claimed = events("Heavy fighting broke out in the district on Monday. The Taliban claimed "
                     "to have killed 20 policemen.", TUE)
    assert any(e.killed_low == 20 for e in claimed)


def test_days_told_one_after_another_follow_the_day_just_told():
    text = ("Rebels seized the town of Kidal on March 3. Two days later, government troops retook it. "
            "The following day, gunmen kidnapped four aid workers near Gao. A day later, they freed them. "
            "On the 15th, the army freed two more.")
    evs = events(text, "2014-04-10")
    assert [(e.type, e.date_start) for e in evs] == [
        ("territory_change", d("2014-03-03")), ("territory_change", d("2014-03-05")),
        ("abduction", d("2014-03-06")), ("release", d("2014-03-07")), ("release", d("2014-03-15"))]
    # a sequence still to come counts from its own first day
    evs = events("Talks will open in Geneva on April 14. The next day, the two delegations will meet face to face.",
                 "2014-04-10")
    assert [e.date_start for e in evs] == [d("2014-04-14"), d("2014-04-15")]
    # a day of the month with no month told is the latest one not after the report
    assert one(events("Rebels attacked the base on the 20th, officials said.", "2014-04-10"),
               "clash").date_start == d("2014-03-20")
