"""People killed where they had taken refuge are civilians, and armed men who kill civilians attack
them even when the sentence also reads like a toll; checked on sentences written for the test."""
from test_extract_helpers import d, events, one

WED = "1997-09-24"  # a Wednesday


def test_people_who_had_taken_refuge_are_civilians():
    evs = events("Officials said soldiers and militiamen had killed more than 100 people who had taken refuge in "
                 "a church on Saturday.", WED)
    att = one(evs, "attack_on_civilians")
    assert (att.date_start, att.killed_low) == (d("1997-09-20"), 100)
    evs = events("Militias killed dozens of people who had sought refuge in a church in Liquica in April.", WED)
    assert one(evs, "attack_on_civilians").date_start == d("1997-04-01")


def test_civilians_killed_over_a_period_stay_a_toll():
    evs = events("Militants have killed more than 300 civilians since January.", WED)
    toll = one(evs, "casualty_report")
    assert (toll.date_start, toll.date_precision) == (d("1997-01-01"), "range")


def test_an_official_named_with_an_appositive_killed_by_soldiers():
    evs = events("Prime Minister Jane Doe, a moderate, was killed by soldiers early on Thursday.", WED)
    att = one(evs, "attack_on_civilians")
    assert (att.date_start, att.killed_low) == (d("1997-09-18"), 1)
    evs = events("Samuel Okon, the country's first elected president, was killed by army officers in a coup on "
                 "October 21 last year.", WED)
    assert one(evs, "attack_on_civilians").date_start == d("1996-10-21")
    # (an officer killed in the fighting is no civilian)
    evs = events("Colonel Ali Musa, the commander of the brigade, was killed in the fighting on Thursday.", WED)
    assert [e.type for e in evs] == ["clash"]
