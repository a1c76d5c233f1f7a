"""A truce the sides commit to, or accept, is an agreement; a standing wish is not. Checked on
sentences written for the test."""
from test_extract_helpers import d, events, of_type, one

FRI = "2024-01-19"  # a Friday


def test_sides_that_committed_to_a_truce_agreed_it():
    evs = events("The mediator announced on December 23 that the government and the rebels had committed to a "
                 "nationwide ceasefire.", FRI)
    assert one(evs, "agreement").date_start == d("2023-12-23")
    evs = events("On Monday both sides committed themselves to a truce.", FRI)
    assert one(evs, "agreement").date_start == d("2024-01-15")


def test_a_ceasefire_accepted_is_agreed():
    evs = events("On Wednesday, the separatists accepted a ceasefire brokered by Russia.", FRI)
    assert one(evs, "agreement").date_start == d("2024-01-17")


def test_being_committed_to_a_truce_is_no_agreement():
    assert of_type(events("The government is committed to a ceasefire, the minister said on Monday.", FRI),
                   "agreement") == []


def test_money_released_is_aid_not_prisoners():
    evs = events("On Friday, the lender's board approved the release of about $1 billion to the government.", FRI)
    assert one(evs, "aid_change").date_start == d("2024-01-19") and of_type(evs, "release") == []
    evs = events("Donors agreed on Monday to the release of funds for the reconstruction.", FRI)
    assert of_type(evs, "release") == []
    assert one(events("The release of 40 prisoners took place on Sunday.", FRI), "release").count == 40
