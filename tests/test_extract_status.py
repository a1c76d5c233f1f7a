from test_extract_helpers import d, events, of_type, one


def test_planned_by_future_date():
    e = one(events("Peace talks are scheduled to open in Astana on June 22.", "2020-06-10"), "negotiation")
    assert e.status == "planned" and e.date_start == d("2020-06-22")


def test_planned_by_will():
    e = one(events("The opposition will meet in Riyadh on Sunday to choose a delegation.", "2020-06-10"),
            "negotiation")
    assert e.status == "planned"
    assert e.date_start == d("2020-06-14")


def test_claimed_unconfirmed():
    e = one(events("There were unconfirmed reports that 200 detainees were freed from the prison in Hasakah on Monday."),
            "release")
    assert e.status == "claimed" and e.count == 200


def test_claimed_accused():
    evs = events("Residents accused the militia of killing a teacher in Beni on Tuesday.")
    e = one(evs, "attack_on_civilians")
    assert e.status == "claimed"


def test_occurred_default():
    e = one(events("Troops captured the airport of Kidal on Monday."), "territory_change")
    assert e.status == "occurred"


def test_planned_violence_is_not_coded():
    evs = events("The army will attack the rebel enclave next week, a general said.")
    assert not [e for e in evs if e.type == "clash"]


def test_an_event_under_a_condition_is_not_an_event():
    evs = events("The rebels said they would withdraw from Goma within two days if the government agreed to talks.",
                 "2012-11-22")
    assert of_type(evs, "agreement") == [] and of_type(evs, "negotiation") == []
    assert of_type(events("It was not clear whether the rebels had seized the town.", "2012-11-22"),
                   "territory_change") == []
    # a condition after the event does not undo it
    evs = events("Rebels seized the town on Monday, even if the army denied it.", "2012-11-22")
    assert one(evs, "territory_change").date_start == d("2012-11-19")


def test_a_scheduled_present_points_forward():
    e = one(events("Talks resume on Monday in Geneva.", "2012-11-22"), "negotiation")
    assert (e.date_start, e.status) == (d("2012-11-26"), "planned")
    e = one(events("Voters go to the polls on Sunday.", "2012-11-22"), "election")
    assert (e.date_start, e.status) == (d("2012-11-25"), "planned")
    e = one(events("Voters went to the polls on Sunday.", "2012-11-22"), "election")
    assert (e.date_start, e.status) == (d("2012-11-18"), "occurred")


def test_a_deal_not_made_is_no_agreement():
    evs = events("The talks, which resumed on Monday, ended without a deal.", "2012-11-22")
    assert of_type(evs, "agreement") == []
    assert one(evs, "negotiation").date_start == d("2012-11-19")


def test_what_a_deal_says_is_not_its_making_nor_its_terms_carried_out():
    evs = events("On Sunday, the president said his government had not committed to releasing 5,000 prisoners, "
                 "as the deal stipulates.", "2020-03-01")
    assert of_type(evs, "agreement") == []
    evs = events("The deal, signed on Saturday, requires the release of prisoners.", "2020-03-01")
    assert [(e.type, e.date_start) for e in evs] == [("agreement", d("2020-02-29"))]


def test_a_truce_that_collapses_is_not_made_then():
    assert of_type(events("The ceasefire collapsed after just 48 hours.", "2022-01-03"), "agreement") == []
    evs = events("A ceasefire agreed on Sunday collapsed on Monday.", "2022-01-03")
    assert [(e.type, e.date_start) for e in evs] == [("agreement", d("2022-01-02"))]
