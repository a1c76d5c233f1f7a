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


def test_people_seized_by_a_gerund_or_as_commanders_and_counted_together():
    evs = events("Armed men stormed the Government Science College in Kagara on February 17, seizing 42 people.",
                 "2021-03-03")
    assert [(e.type, e.count) for e in evs] == [("abduction", 42)]
    evs = events("Troops captured two rebel commanders on Monday.", "2021-03-03")
    assert [(e.type, e.count) for e in evs] == [("abduction", 2)]
    # the agent after "by" is not who was taken
    evs = events("The town of Palma, seized by militants last week, was deserted on Monday.", "2021-03-03")
    assert [e.type for e in evs] == ["territory_change"]
    evs = events("Four European aid workers and two Kenyan pilots were released on Tuesday.", "2021-03-03")
    assert one(evs, "release").count == 6


def test_a_main_verb_without_a_date_does_not_take_the_subjects_participles():
    text = ("More than 130 pupils abducted by gunmen from a school earlier this month have been released, "
            "the governor said.")
    evs = events(text, WED)
    assert one(evs, "abduction").date_precision == "month"
    assert one(evs, "release").date_start is None  # not "earlier this month", nor inherited from it
    # in an article, a lede told that way is the release the next paragraph dates
    evs = events(text + "\n\nGovernor Uba Sani said in a statement on Monday that 137 hostages had been freed.", WED)
    assert [e.date_start for e in of_type(evs, "release")] == [d("2014-03-03")]
