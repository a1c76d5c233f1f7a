"""Rules about what one clause or sentence says, each checked on sentences of its own (not
the dev-set texts): single victims, dates shared by two verbs, targets of violence, histories
told with "since", and periods that are declared rather than past."""
from test_extract_helpers import d, events, of_type, one

SAT = "2020-10-10"  # a Saturday


def test_a_single_victim_counts_one_and_joins_its_attack():
    evs = events("Armenian forces fired rockets at Ganja, Azerbaijan's second-largest city, on Sunday, "
                 "killing one civilian and wounding 32.", SAT)
    bombing = one(evs, "bombing")
    assert (bombing.killed_low, bombing.killed_high) == (1, 1)
    assert bombing.date_start == d("2020-10-04")
    assert not of_type(evs, "attack_on_civilians")


def test_a_single_victim_before_a_passive_kill():
    evs = events("Gunmen stormed a police post in the town of Kagara on Friday. A policeman was killed.", SAT)
    killed = [e for e in evs if e.killed_low is not None]
    assert [(e.killed_low, e.killed_high) for e in killed] == [(1, 1)]


def test_a_grievance_is_not_the_toll_of_the_clash():
    evs = events("The clashes began Friday after residents accused the fighters of killing a doctor "
                 "in the province of Aleppo.", SAT)
    clash = one(evs, "clash")
    assert clash.killed_low is None
    assert clash.date_start == d("2020-10-09")


def test_a_date_closing_one_verb_phrase_belongs_to_that_verb():
    evs = events("The rebels kidnapped two police officers in Arauca earlier this month and released "
                 "them on October 8.", SAT)
    abduction, release = one(evs, "abduction"), one(evs, "release")
    assert (abduction.date_start, abduction.date_end, abduction.date_precision) == (
        d("2020-10-01"), d("2020-10-31"), "month")
    assert (release.date_start, release.date_precision) == (d("2020-10-08"), "day")


def test_a_date_after_the_conjunction_stays_with_the_next_verb():
    evs = events("The rebels kidnapped two police officers and on October 8 released them.", SAT)
    assert one(evs, "release").date_start == d("2020-10-08")


def test_the_target_of_an_ambush_is_not_a_military_movement():
    for text in ("On Monday, rebels ambushed a military convoy near the town of Adigrat.",
                 "Rebels attacked an army convoy on Monday.",
                 "An air strike hit a convoy of trucks on Monday."):
        assert not of_type(events(text, SAT), "military_movement"), text
    moving = events("A convoy of 40 tanks moved towards the city on Monday.", SAT)
    assert one(moving, "military_movement").date_start == d("2020-10-05")


def test_planned_marches_and_troop_deployments_are_events():
    march = one(events("Thousands of people are expected to march in Bogota on Sunday.", SAT), "protest")
    assert (march.status, march.date_start) == ("planned", d("2020-10-11"))
    # "to March" is a month, not a march
    assert not of_type(events("The vote was postponed to March, officials said on Friday.", SAT), "protest")
    troops = one(events("Portugal said it would send 60 soldiers next month to train the army.", SAT),
                 "military_movement")
    assert (troops.status, troops.date_start, troops.date_precision) == ("planned", d("2020-11-01"), "month")


def test_a_history_told_with_has_since_is_background():
    evs = events("The group ended a ceasefire with the government in August and has since carried out "
                 "dozens of attacks on police in the province.", SAT)
    assert not of_type(evs, "clash")
    assert one(evs, "agreement").date_start == d("2020-08-01")


def test_since_then_counts_from_the_last_date_told_even_a_month():
    evs = events("Government troops retook the town in August. Since then, 40 people have been killed in "
                 "shelling there, the monitor said.", SAT)
    toll = [e for e in evs if e.killed_low == 40]
    assert toll and all(e.date_start == d("2020-08-01") and e.date_end == d(SAT) for e in toll)


def test_a_toll_since_the_war_began_is_background():
    evs = events("The conflict began in November, when the government sent troops into the region. Thousands of "
                 "civilians have been killed since then.", "2021-06-24")
    assert not of_type(evs, "casualty_report")
    assert one(evs, "military_movement").date_start == d("2020-11-01")


def test_a_declared_period_is_not_a_past_range():
    evs = events("President Ivan Duque declared three days of national mourning on Friday.", SAT)
    for e in evs:
        assert e.date_precision != "range", (e.type, e.date_start, e.date_end)
    fought = one(events("Nine days of fighting have killed 40 people in the town, the monitor said.", SAT),
                 "casualty_report")
    assert fought.date_precision == "range" and fought.date_end == d("2020-10-09")
