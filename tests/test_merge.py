"""Same-event rules and derived fields (pure functions)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_db.merge import MentionFacts, compatible, derive, window


def m(type="clash", start=date(2016, 8, 27), end=None, precision="day", places=("aleppo",), actors=(),
      status="occurred", killed=None, high=None, key=("a", 0), evidence="", count=None):
    """A report; `places` in the order the report names them (the first is its site)."""
    places = list(places)
    return MentionFacts(type=type, status=status, date_start=start, date_end=end, date_precision=precision,
                        places=frozenset(places), actors=frozenset(actors), killed_low=killed,
                        killed_high=high, count=count, sort_key=key, evidence=evidence,
                        site=places[0] if places else None)


def test_same_type_same_day_same_place_is_one_event():
    assert compatible(m(), m(key=("b", 0)))


def test_different_types_or_days_or_places_are_different_events():
    assert not compatible(m(), m(type="bombing"))
    assert not compatible(m(), m(start=date(2016, 8, 29)))
    assert not compatible(m(), m(places=("homs",)))


def test_a_day_inside_a_month_overlaps():
    assert compatible(m(start=date(2016, 9, 1), end=date(2016, 9, 30), precision="month"),
                      m(start=date(2016, 9, 14)))


def test_approximate_dates_have_two_days_of_slack():
    assert compatible(m(precision="approx"), m(start=date(2016, 8, 29)))
    assert not compatible(m(precision="approx"), m(start=date(2016, 8, 31)))


def test_undated_or_year_precision_reports_never_merge():
    assert not compatible(m(start=None, precision="unknown"), m(start=None, precision="unknown"))
    assert not compatible(m(start=date(2016, 1, 1), end=date(2016, 12, 31), precision="year"), m())


def test_an_approximate_date_wider_than_a_month_never_merges():
    # "approx" inherited from a year-long anchor is as vague as a year; a range keeps its window.
    year_long = m(start=date(2016, 1, 1), end=date(2016, 12, 31), precision="approx")
    assert window(year_long) is None and not compatible(year_long, m())
    month_long = m(start=date(2016, 8, 1), end=date(2016, 8, 31), precision="approx")
    assert compatible(month_long, m())
    season = m(start=date(2016, 6, 1), end=date(2016, 8, 31), precision="range")
    assert window(season) == (date(2016, 6, 1), date(2016, 8, 31))
    assert compatible(season, m(start=date(2016, 6, 2), end=date(2016, 8, 31), precision="range"))


def test_a_single_report_derives_like_any_other():
    lone = m(killed=4, high=None, key=("a", 1), evidence="x", count=2)
    lone = MentionFacts(**{**{f: getattr(lone, f) for f in lone.__slots__}, "confidence": 0.7})
    derived = derive([lone])
    assert (derived.killed_low, derived.killed_high, derived.count, derived.summary) == (4, 4, 2, "x")
    assert derived.confidence == 0.7
    assert derive([lone, lone]).confidence == round(1 - 0.3 * 0.3, 4)


def test_without_places_a_shared_actor_is_needed():
    assert compatible(m(places=(), actors=("Taliban",)), m(actors=("Taliban",)))
    assert not compatible(m(places=(), actors=("Taliban",)), m(places=(), actors=("Afghan army",)))


def test_tolls_for_different_periods_stay_separate():
    toll = dict(type="casualty_report", places=(), actors=("ISIL",), precision="range", start=date(2014, 1, 3))
    by_10th = m(**toll, end=date(2014, 1, 10), killed=500)
    by_12th = m(**toll, end=date(2014, 1, 12), killed=697)
    same_12th = m(**toll, end=date(2014, 1, 12), killed=700, key=("z", 1))
    assert not compatible(by_10th, by_12th)
    assert compatible(by_12th, same_12th)


def test_derived_fields_take_the_most_precise_date_and_low_high_tolls():
    month = m(start=date(2016, 8, 1), end=date(2016, 8, 31), precision="month", killed=12, key=("a", 5),
              evidence="first", status="planned")
    day = m(start=date(2016, 8, 27), killed=9, high=15, key=("b", 1), evidence="second")
    derived = derive([day, month])
    assert (derived.date_start, derived.date_end, derived.date_precision) == (date(2016, 8, 27), None, "day")
    assert (derived.killed_low, derived.killed_high) == (9, 15)
    assert derived.status == "occurred"
    assert derived.summary == "first"


def test_derive_does_not_depend_on_order():
    reports = [m(killed=3, key=("c", 2)), m(precision="approx", killed=5, key=("a", 1)), m(killed=4, key=("b", 9))]
    assert derive(reports) == derive(list(reversed(reports)))


def test_a_vague_report_never_bridges_two_different_days():
    from conflict_db.merge import cluster

    geneva = dict(type="negotiation", places=("geneva",), status="planned")
    reports = {
        1: m(**geneva, start=date(2014, 1, 22), key=("a", 1)),
        2: m(**geneva, start=date(2014, 1, 1), end=date(2014, 1, 31), precision="month", key=("b", 1)),
        3: m(**geneva, start=date(2014, 1, 6), key=("a", 9)),
        4: m(**geneva, start=date(2014, 1, 22), key=("c", 1)),
    }
    assert cluster(reports) == [[1, 4], [2], [3]]
    del reports[3]
    assert cluster(reports) == [[1, 2, 4]]


def test_cluster_depends_only_on_the_set_of_reports():
    from conflict_db.merge import cluster

    reports = {i: m(start=date(2016, 8, 20 + i % 4), precision="approx" if i % 2 else "day", key=(str(i), 0))
               for i in range(1, 9)}
    renumbered = {100 - i: facts for i, facts in reports.items()}
    as_sets = lambda groups, mapping: sorted(sorted(mapping[i].sort_key for i in g) for g in groups)
    assert as_sets(cluster(reports), reports) == as_sets(cluster(renumbered), renumbered)


def test_a_range_only_matches_a_range_with_the_same_bounds():
    campaign = m(start=date(2014, 1, 3), end=date(2014, 1, 8), precision="range", places=(), actors=("ISIL",))
    assert not compatible(campaign, m(start=date(2014, 1, 3), places=(), actors=("ISIL",)))
    assert compatible(campaign, m(start=date(2014, 1, 4), end=date(2014, 1, 8), precision="range",
                                  places=(), actors=("ISIL",)))
    assert not compatible(campaign, m(start=date(2014, 1, 1), end=date(2014, 1, 8), precision="range",
                                      places=(), actors=("ISIL",)))


def test_a_report_without_a_place_does_not_join_two_places():
    from conflict_db.merge import cluster

    day = date(2016, 8, 27)
    reports = {
        1: m(start=day, places=("aleppo",), actors=("ISIL",), key=("a", 1)),
        2: m(start=day, places=("homs",), actors=("ISIL",), key=("b", 1)),
        3: m(start=day, places=(), actors=("ISIL",), key=("c", 1)),
    }
    assert cluster(reports) == [[1], [2], [3]]
    del reports[2]
    assert cluster(reports) == [[1, 3]]


def test_approximate_dates_do_not_chain_day_after_day():
    from conflict_db.merge import cluster

    reports = {i: m(start=date(2016, 8, 1 + 2 * i), precision="approx", places=("aleppo",), key=(str(i), 0))
               for i in range(1, 8)}
    assert cluster(reports) == [[i] for i in range(1, 8)]


def test_weak_reports_left_apart_group_only_on_the_same_date():
    from conflict_db.merge import cluster

    month = dict(start=date(2014, 1, 1), end=date(2014, 1, 31), precision="month", places=("geneva",))
    reports = {1: m(**month, key=("a", 1)), 2: m(**month, key=("b", 1)),
               3: m(start=date(2014, 1, 1), end=date(2014, 1, 17), precision="range", places=("geneva",),
                    key=("c", 1))}
    assert cluster(reports) == [[1, 2], [3]]


def _reference_cluster(reports: dict) -> list[list[int]]:
    """The grouping rules pair by pair, as the `merge` docstring states them (a site is a first place)."""
    from conflict_db.merge import is_strong, same_day

    parent = {i: i for i in reports}

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    strong = [i for i in sorted(reports) if is_strong(reports[i])]
    weak = [i for i in sorted(reports) if not is_strong(reports[i])]
    for a in strong:
        for b in strong:
            if a < b and same_day(reports[a], reports[b]):
                union(a, b)
    roots = {i: find(i) for i in strong}
    apart = []
    for v in weak:
        fits = {roots[c] for c in strong if compatible(reports[v], reports[c])}
        if len(fits) == 1:
            union(v, fits.pop())
        else:
            apart.append(v)
    for a in apart:
        for b in apart:
            ra, rb = reports[a], reports[b]
            if (a < b and (ra.date_start, ra.date_end, ra.date_precision) == (rb.date_start, rb.date_end, rb.date_precision)
                    and bool(ra.places) == bool(rb.places) and ra.site == rb.site and compatible(ra, rb)):
                union(a, b)
    groups: dict[int, list[int]] = {}
    for i in sorted(reports):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


_DAYS = [date(2016, 8, d) for d in (1, 2, 15)]
_report = st.builds(
    lambda kind, day, precision, places, actors, killed: m(
        type=kind, start=date(2016, 8, 1) if precision == "month" else day,
        end=date(2016, 8, 31) if precision == "month" else None, precision=precision, places=places,
        actors=actors, killed=killed if kind == "casualty_report" else None),
    st.sampled_from(["clash", "casualty_report"]), st.sampled_from(_DAYS),
    st.sampled_from(["day", "day", "approx", "month"]),
    st.lists(st.sampled_from(["aleppo", "homs", "idlib"]), max_size=2, unique=True),
    st.frozensets(st.sampled_from(["ISIL", "SAA", "YPG"]), max_size=2),
    st.sampled_from([10, 11, 30]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_report, min_size=1, max_size=14))
def test_cluster_links_reports_as_comparing_every_pair_would(reports):
    from conflict_db.merge import cluster

    numbered = dict(enumerate(reports, start=1))
    assert cluster(numbered) == _reference_cluster(numbered)


def test_vague_reports_left_apart_do_not_chain_towns_through_an_actor():
    from conflict_db.merge import cluster

    month = dict(start=date(2015, 1, 1), end=date(2015, 1, 31), precision="month")
    reports = {1: m(**month, places=("kirkuk",), actors=("ISIL",), key=("a", 1)),
               2: m(**month, places=(), actors=("ISIL",), key=("b", 1)),
               3: m(**month, places=("sinjar",), actors=("ISIL",), key=("c", 1)),
               4: m(**month, places=("sinjar",), key=("d", 1)),
               5: m(**month, places=(), actors=("ISIL", "Peshmerga"), key=("e", 1))}
    assert cluster(reports) == [[1], [2, 5], [3, 4]]


def test_vague_reports_left_apart_do_not_chain_towns_through_their_other_places():
    from conflict_db.merge import cluster

    month = dict(type="bombing", start=date(2013, 11, 1), end=date(2013, 11, 30), precision="month")
    # "Shelling of Douma continued last month as rebels tried to advance from Qusair."
    reports = {1: m(**month, places=("douma",), key=("a", 1)),
               2: m(**month, places=("douma", "qusair"), key=("b", 1)),
               3: m(**month, places=("qusair",), key=("c", 1)),
               4: m(**month, places=("hasakah", "qusair"), key=("d", 1)),
               5: m(**month, places=("hasakah",), key=("e", 1))}
    assert cluster(reports) == [[1, 2], [3], [4, 5]]
