"""Invented dev articles in other styles and wars: generalisation check, not seed fitting."""
from datetime import date
from pathlib import Path

import pytest

from conflict_db.extract import extract_events

DATA = Path(__file__).parent / "data"

# (file, published, [(type, evidence substring, date or None (= any), killed, count)], forbidden substrings)
CASES = [
    ("dev_yemen", "2017-02-08", [
        ("territory_change", "seized the Red Sea port town of Mokha", "2017-02-07", None, None),
        ("bombing", "A car bomb exploded outside a police station", "2017-02-08", 12, None),
        ("negotiation", "will meet representatives of both sides", None, None, None),
    ], ["10,000", "intercepted missile", "cholera"]),
    ("dev_ukraine_stripped", "2024-02-18", [
        ("territory_change", "pulled out of the town of Avdiivka", "2024-02-17", None, None),
        ("military_movement", "moved reinforcements", "2024-02-15", None, None),
        ("bombing", "air strikes on the city of Kharkiv", None, 3, None),
        ("negotiation", "will meet European leaders", None, None, None),
        ("protest", "protested in Kyiv on Sunday", "2024-02-18", None, None),
    ], []),
    ("dev_sahel", "2019-03-25", [
        ("attack_on_civilians", "Gunmen killed 37 civilians", "2019-03-22", 37, None),
        ("abduction", "kidnapped about 20 women and children", None, None, 20),
        ("military_movement", "deployed additional troops", None, None, None),
        ("aid_change", "cut budget aid", None, None, None),
    ], ["Malian soldiers patrol", "killing thousands", "Per Annum", "Five things"]),
    ("dev_afghanistan", "2020-09-15", [
        ("negotiation", "held a first round of direct talks in Doha on Monday", "2020-09-14", None, None),
        ("release", "freed 400 prisoners", None, None, 400),
        ("bombing", "struck a roadside bomb", "2020-09-15", 3, None),
        ("clash", "attacked checkpoints in Kunduz", None, 19, None),
        ("defection", "defected to the government", None, None, 12),
    ], ["position of strength"]),
]


@pytest.mark.parametrize("name,published,expected,forbidden", CASES, ids=[c[0] for c in CASES])
def test_dev_article(name, published, expected, forbidden):
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    evs = extract_events(text, published)
    for etype, sub, day, killed, count in expected:
        i = text.index(sub)
        span = (i, i + len(sub))
        hits = [e for e in evs if e.type == etype and e.evidence_start < span[1] and span[0] < e.evidence_end]
        assert hits, (etype, sub, [(e.type, e.evidence) for e in evs])
        e = hits[0]
        if day:
            assert e.date_start == date.fromisoformat(day), (sub, e.date_start)
        if killed is not None:
            assert e.killed_low == killed, (sub, e.killed_low)
        if count is not None:
            assert e.count == count, (sub, e.count)
    for bad in forbidden:
        assert all(bad not in e.evidence for e in evs), bad
    # precision guard: at most two events beyond the expected ones
    assert len(evs) <= len(expected) + 2, [(e.type, e.evidence) for e in evs]
    for e in evs:
        assert text[e.evidence_start:e.evidence_end] == e.evidence
