"""What was to happen and was called off is no event, nor a plan; checked on sentences written for
the test."""
from test_extract_helpers import events, of_type, one

TUE = "2025-07-29"  # a Tuesday


def test_a_meeting_scheduled_then_called_off():
    text = "A meeting of the joint border committee that had been scheduled for Friday in Trat was called off."
    assert of_type(events(text, TUE), "negotiation") == []
    assert of_type(events("The government cancelled Monday's talks with the rebels.", TUE), "negotiation") == []


def test_a_handover_that_fell_through_and_elections_scrapped():
    assert events("A planned handover of the hostages to church mediators later that month fell through.", TUE) == []
    assert of_type(events("Elections that had been promised for July this year were scrapped.", TUE),
                   "election") == []
    assert of_type(events("Peace talks set for Geneva on Monday did not take place.", TUE), "negotiation") == []


def test_the_cancellation_is_of_the_event_named_last():
    evs = events("Talks between the army and the rebels were held in Doha on Monday, and a second round planned for "
                 "Friday was called off.", TUE)
    assert one(evs, "negotiation").status == "occurred"
    assert one(events("Talks were held on Monday in Doha.", TUE), "negotiation")


def test_the_fighting_people_flee_is_no_event_of_that_day():
    assert events("Thousands of villagers fleeing the fighting streamed south on the road to the capital on "
                  "Sunday.", TUE) == []
    assert events("Residents who fled the fighting began returning to the city on Monday.", TUE) == []
    assert one(events("Heavy fighting broke out in the city on Sunday.", TUE), "clash")
