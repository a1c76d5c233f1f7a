"""How events get their dates: own clause, fronted adverbial, sibling, inherited, unknown."""
from test_extract_helpers import d, events, of_type, one


def test_own_clause_date():
    e = one(events("Kurdish forces fought Islamic State militants in Hasakah on Monday.", "2020-06-10"), "clash")
    assert e.date_start == d("2020-06-08") and e.date_method == "explicit" and e.date_precision == "day"


def test_fronted_date_adverbial():
    e = one(events("On Friday, officials said the militants had pulled out of Sirte.", "2020-06-10"),
            "territory_change")
    assert e.date_start == d("2020-06-05")


def test_inherited_date_is_approx():
    text = ("Rebels seized the town of Kafr Zita on Monday, activists said.\n\n"
            "They also captured a military base outside Morek.")
    evs = events(text, "2020-06-10")
    second = [e for e in evs if "Morek" in e.evidence][0]
    assert second.date_precision == "approx" and second.date_method == "inherited"
    assert second.date_start == d("2020-06-08")


def test_unknown_date_without_anchor():
    e = one(events("Rebels captured a military base outside Morek, activists said.", "2020-06-10"),
            "territory_change")
    assert e.date_start is None and e.date_precision == "unknown" and e.date_method is None


def test_publication_date_never_used():
    e = one(events("Rebels captured a military base outside Morek.", "2020-06-10"), "territory_change")
    assert e.date_start != d("2020-06-10")


def test_range_from_duration():
    e = one(events("Clashes over the past three days have left the town in ruins.", "2020-06-10"), "clash")
    assert e.date_precision == "range"
    assert e.date_end == d("2020-06-10") and e.date_start == d("2020-06-07")  # engine: ref-N .. ref


def test_background_since_clause_is_not_evidence():
    text = "Militias have been fighting the group in the worst violence since the war began in 2011."
    evs = events(text, "2020-06-10")
    assert all("2011" not in e.evidence for e in evs)


def test_date_in_unrelated_clause_not_borrowed_by_nominal():
    evs = events("The newspaper welcomed the infighting, running an editorial on Sunday.", "2020-06-10")
    assert not of_type(evs, "clash")


def test_planned_events_do_not_lend_dates_to_past_ones():
    text = ("Peace talks are planned in Geneva on June 22.\n\n"
            "Rebels captured a military base outside Morek.")
    e = one(events(text, "2020-06-10"), "territory_change")
    assert e.date_start is None
