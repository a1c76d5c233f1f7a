"""Places and actors come from the teammate's gazetteer; skip when it is not merged yet."""
import pytest

from test_extract_helpers import events, one

places = pytest.importorskip("conflict_db.extract.places")


def test_place_in_clause_attached():
    e = one(events("Rebels seized the town of Saraqeb on Monday, activists said.", "2014-01-08"),
            "territory_change")
    assert any("Saraq" in p.name for p in e.places)


def test_actor_span_not_a_place():
    e = one(events("The Islamic State of Iraq and the Levant fought rebels in Raqqa on Monday.", "2014-01-08"),
            "clash")
    names = [p.name for p in e.places]
    assert "Iraq" not in names


def test_observatory_is_a_source_not_a_party():
    e = one(events("The Syrian Observatory for Human Rights said rebels seized Manbij on Monday.", "2014-01-08"),
                "territory_change")
    assert all("Observatory" not in a.name for a in e.actors)


def test_comma_list_of_places_is_attached():
    e = one(events("By Monday, the militants had been forced from the towns of Saraqeb, Binnish, Manbij.",
                   "2014-01-08"), "territory_change")
    assert len(e.places) >= 3
