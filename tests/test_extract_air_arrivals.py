"""Troops flown in, landed or fanned out are moving; Dili is Timor-Leste's capital, not Delhi.
Checked on sentences written for the test."""
from test_extract_helpers import d, events, one

SUN = "1994-04-10"  # a Sunday


def test_troops_that_land_fly_in_or_fan_out_move():
    evs = events("Some 300 French paratroopers landed at Kanombe airport before dawn on Saturday.", SUN)
    assert one(evs, "military_movement").date_start == d("1994-04-09")
    evs = events("Belgium flew in the first of some 800 paratroopers from Nairobi on Sunday.", SUN)
    assert one(evs, "military_movement").date_start == d("1994-04-10")
    evs = events("About 2,000 troops, most of them Australian, flew into the capital's airport yesterday.", SUN)
    assert one(evs, "military_movement").date_start == d("1994-04-09")
    evs = events("The battalion had arrived in the capital under U.N. escort on December 28.", SUN)
    assert one(evs, "military_movement").date_start == d("1993-12-28")
    assert events("The plane landed at Entebbe on Saturday.", SUN) == []


def test_dili_is_in_timor_leste():
    evs = events("Peacekeepers have fanned out across Dili this morning.", "1999-09-21")
    assert [p.country for p in one(evs, "military_movement").places] == ["Timor Leste"]
