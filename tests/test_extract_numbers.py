from conflict_db.extract.numbers import find_quantities, parse_number
from test_extract_helpers import events, one


def q(text):
    found = find_quantities(text)
    assert found, text
    return found[0]


def test_parse_number():
    assert parse_number("1,000") == 1000
    assert parse_number("twenty-five") == 25
    assert parse_number("two hundred") == 200
    assert parse_number("3.5 million") == 3_500_000


def test_quantifiers():
    assert (q("at least 5 people").low, q("at least 5 people").high) == (5, None)
    assert q("over 1,000 people").low == 1000
    assert (q("between 10 and 15 dead").low, q("between 10 and 15 dead").high) == (10, 15)
    assert q("five fighters").low == 5
    assert q("close to 300 prisoners").low == 300
    assert q("up to 40 civilians").high == 40


def test_vague_numbers_are_acled_codes():
    assert q("dozens of bodies").low == 12
    assert q("hundreds of prisoners").low == 100
    assert q("dozens of bodies").vague


def test_no_numbers_inside_words_or_money():
    assert find_quantities("someone paid £16,000") == []


def test_killed_after_verb():
    e = one(events("The fighting since the start of May has killed more than 2,000 people, a monitor said.",
                   "2020-06-10"), "casualty_report")
    assert e.killed_low == 2000 and e.date_precision == "range"


def test_killed_before_verb():
    e = one(events("Nine civilians were killed when a shell hit a market in Taiz on Monday."), "bombing")
    assert e.killed_low == 9


def test_conjoined_tolls_add_up():
    evs = events("Insurgents attacked an army post in Kunduz on Monday. At least 15 insurgents and four policemen were killed.")
    e = one(evs, "clash")
    assert e.killed_low == 19


def test_whole_war_toll_is_background():
    evs = events("Delegates will meet in Geneva on June 22 to end the war, which has killed more than 400,000 people.",
                 "2020-06-10")
    assert not [e for e in evs if e.type == "casualty_report"]
    assert all("400,000" not in e.evidence for e in evs)


def test_multi_year_toll_is_background():
    evs = events("Armed groups have stepped up attacks since 2015, killing thousands of people.", "2020-06-10")
    assert not [e for e in evs if e.type == "casualty_report"]


def test_count_of_car_bombs_and_prisoners():
    e = one(events("Militants detonated three car bombs near Mosul on Thursday.", "2020-06-12"), "bombing")
    assert e.count == 3
    e = one(events("The rebels released 45 soldiers on Friday in Aleppo.", "2020-06-12"), "release")
    assert e.count == 45


def test_an_age_is_not_a_number_of_people():
    assert [q.value for q in find_quantities("an 85-year-old priest and a 12 year old boy")] == []
    evs = events("Gunmen killed a 12-year-old boy and two women on Monday.", "2016-07-28")
    assert [e.killed_low for e in evs] == [3]
