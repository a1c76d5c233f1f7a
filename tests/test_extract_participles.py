"""Participle phrases: the date of a participle ("passengers kidnapped by gunmen on Sunday were
freed on Monday") is the participle's, not the main verb's, and people taken ("hostages seized
by militants") are an abduction, not territory. Checked on sentences written for the test."""
from test_extract_helpers import d, events, of_type, one

WED = "2014-03-05"  # a Wednesday


def test_a_date_before_the_main_verb_belongs_to_the_subjects_participle():
    evs = events("Twelve passengers kidnapped by gunmen on Sunday were freed on Monday.", WED)
    assert one(evs, "abduction").date_start == d("2014-03-02")
    assert one(evs, "release").date_start == d("2014-03-03")
    # a date that leads the clause is the main verb's
    evs = events("On Sunday, twelve passengers were freed.", WED)
    assert one(evs, "release").date_start == d("2014-03-02")


def test_the_date_of_a_participle_in_the_object_is_not_the_verbs():
    evs = events("Police freed twelve passengers kidnapped by gunmen on Sunday.", WED)
    assert one(evs, "abduction").date_start == d("2014-03-02")
    assert one(evs, "release").date_start is None
    # joined verbs share the date that closes them
    evs = events("Rebels seized the town and freed 30 prisoners on Sunday.", WED)
    assert one(evs, "release").date_start == d("2014-03-02")
    assert one(evs, "territory_change").date_start == d("2014-03-02")


def test_people_seized_are_abducted_not_territory():
    evs = events("Hostages seized by militants last week were released on Tuesday.", WED)
    assert of_type(evs, "territory_change") == []
    assert one(evs, "abduction").date_start == d("2014-02-24")
    evs = events("Two soldiers captured by rebels on Sunday were shown on television.", WED)
    assert one(evs, "abduction").date_start == d("2014-03-02")
    # people as the agent still take a town
    evs = events("Soldiers captured the town on Sunday.", WED)
    assert one(evs, "territory_change").date_start == d("2014-03-02")
