"""CSV, ACLED-style CSV, GeoJSON and TimelineJS exports on hand-made events."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conflict_db.export import FORMATS, write_export
from conflict_db.export import acled, timelinejs
from conflict_db.export._common import ACLED_FALLBACK
from export_fixtures import event, sample_events, source


def export(fmt: str, events=None, **kw) -> tuple[str, int]:
    out = io.StringIO()
    skipped = write_export(fmt, sample_events() if events is None else events, out, **kw)
    return out.getvalue(), skipped


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_formats_and_unknown_format():
    assert FORMATS == ("csv", "acled", "geojson", "timelinejs", "html")
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        write_export("xml", [], io.StringIO())


@pytest.mark.parametrize("fmt", FORMATS)
def test_deterministic_and_empty(fmt):
    assert export(fmt) == export(fmt)
    text, skipped = export(fmt, [])
    assert skipped == 0 and text


# ---- csv ------------------------------------------------------------------------------------

def test_csv_columns_and_values():
    text, skipped = export("csv")
    assert skipped == 0
    table = rows(text)
    assert list(table[0]) == [
        "id", "date_start", "date_end", "date_precision", "type", "status", "places", "admin1s",
        "countries", "latitude", "longitude", "actors", "killed_low", "killed_high", "count",
        "sources", "first_article", "first_evidence", "summary", "confidence",
    ]
    assert [r["id"] for r in table] == [str(i) for i in range(1, 10)]  # undated kept, order kept
    first = table[0]
    assert first["date_start"] == "2014-01-06" and first["date_end"] == ""
    assert first["actors"] == "ISIL; Free Syrian Army; Jabhat al-Nusra"
    assert (first["latitude"], first["longitude"]) == ("35.95", "39.01")
    assert (first["killed_low"], first["killed_high"]) == ("10", "15")
    assert first["sources"] == "2" and first["first_article"] == "000_a"
    assert first["first_evidence"].startswith("Rival Islamist rebel groups fought in Raqqa")
    bombing = table[1]
    assert bombing["places"] == "Saraqib; Idlib" and bombing["admin1s"] == "Idlib"
    assert bombing["countries"] == "Syria" and bombing["killed_low"] == "" and bombing["killed_high"] == "20"
    release = table[2]
    assert release["latitude"] == "" and release["count"] == "50"  # Idlib has no coordinates
    undated = table[3]
    assert undated["date_start"] == "" and undated["date_precision"] == "unknown" and undated["status"] == "planned"
    assert table[5]["sources"] == "0" and table[5]["first_evidence"] == ""


def test_csv_counts_distinct_articles():
    e = event(1, "clash", "2014-01-06", None, "day",
              sources=[source("a", "One."), source("a", "Two."), source("b", "Three.")])
    assert rows(export("csv", [e])[0])[0]["sources"] == "2"


# ---- acled ----------------------------------------------------------------------------------

def test_acled_skips_undated_and_reports_count():
    text, skipped = export("acled")
    assert skipped == 1
    assert [r["cdb_id"] for r in rows(text)] == ["1", "2", "3", "5", "6", "7", "8", "9"]


def test_acled_time_precision_for_every_precision():
    by_id = {r["cdb_id"]: r for r in rows(export("acled")[0])}
    assert by_id["1"]["time_precision"] == "1"   # day
    assert by_id["5"]["time_precision"] == "2"   # approx
    assert by_id["6"]["time_precision"] == "2"   # week
    assert by_id["3"]["time_precision"] == "2"   # range of 6 days
    assert by_id["9"]["time_precision"] == "3"   # range of a month
    assert by_id["2"]["time_precision"] == "3"   # month
    assert by_id["8"]["time_precision"] == "3"   # season
    assert by_id["7"]["time_precision"] == "3"   # year
    for precision, code in (("quarter", 3), ("unknown", 3), ("range", 2)):
        assert acled.time_precision({"date_precision": precision, "date_start": "2014-01-01",
                                     "date_end": None}) == code


def test_acled_fatalities_and_columns():
    by_id = {r["cdb_id"]: r for r in rows(export("acled")[0])}
    clash = by_id["1"]
    assert clash["event_id_cnty"] == "SYR1"
    assert clash["event_date"] == "2014-01-06" and clash["year"] == "2014"
    assert clash["fatalities"] == "10" and clash["killed_high"] == "15"  # conservative: killed_low
    assert by_id["2"]["fatalities"] == "0"  # killed_low unknown
    assert by_id["6"]["fatalities"] == "0"
    assert (clash["disorder_type"], clash["event_type"], clash["sub_event_type"]) == (
        "Political violence", "Battles", "Armed clash")
    assert (clash["actor1"], clash["actor2"], clash["assoc_actor_1"]) == (
        "ISIL", "Free Syrian Army", "Jabhat al-Nusra")
    assert clash["source"] == "GlobalPost; AP"
    assert clash["notes"].startswith("Rival Islamist")
    assert (clash["country"], clash["admin1"], clash["location"]) == ("Syria", "Raqqa", "Raqqa")
    assert (clash["latitude"], clash["longitude"], clash["geo_precision"]) == ("35.95", "39.01", "1")
    assert by_id["3"]["geo_precision"] == "2"  # Idlib province, no coordinates
    assert by_id["5"]["geo_precision"] == "3"  # unknown place
    assert by_id["7"]["geo_precision"] == "3" and by_id["7"]["event_id_cnty"] == "XXX7"
    assert by_id["2"]["event_date"] == "2014-01-01" and by_id["2"]["date_end"] == "2014-01-31"
    assert by_id["2"]["sub_event_type"] == "Air/drone strike"  # "air strikes" in the evidence
    assert by_id["3"]["event_type"] == "Strategic developments" and by_id["3"]["status"] == "occurred"
    assert by_id["9"]["disorder_type"] == "Demonstrations"


def test_acled_fallback_covers_every_design_type():
    for name in ("clash", "territory_change", "bombing", "attack_on_civilians", "abduction", "release",
                 "casualty_report", "defection", "election", "negotiation", "agreement", "statement",
                 "protest", "aid_change", "military_movement"):
        assert name in ACLED_FALLBACK
    e = event(1, "something_new", "2014-01-06", None, "day")
    assert rows(export("acled", [e])[0])[0]["event_type"] == "Strategic developments"


# ---- geojson --------------------------------------------------------------------------------

def test_geojson_feature_collection():
    data = json.loads(export("geojson")[0])
    assert data["type"] == "FeatureCollection"
    features = data["features"]
    assert [f["id"] for f in features] == list(range(1, 10))
    first = features[0]
    assert first["type"] == "Feature"
    assert first["geometry"] == {"type": "Point", "coordinates": [39.01, 35.95]}  # longitude first
    props = first["properties"]
    assert props["places"] == ["Raqqa"] and props["provinces"] == ["Raqqa"]
    assert props["actors"] == ["ISIL", "Free Syrian Army", "Jabhat al-Nusra"]
    assert props["killed_low"] == 10 and props["date_precision"] == "day"
    assert [s["article"] for s in props["sources"]] == ["000_a", "001_b"]
    # Saraqib has coordinates, Idlib (second) does not: the first located place is used.
    assert features[1]["geometry"]["coordinates"] == [36.80, 35.86]
    assert features[1]["properties"]["place"] == "Saraqib"
    for i in (2, 3, 4, 6):  # Idlib only, no place, unknown place, no place
        assert features[i]["geometry"] is None
    assert "geometry" in features[3] and features[3]["properties"]["date_start"] is None


def test_geojson_coordinates_are_valid_positions():
    for f in json.loads(export("geojson")[0])["features"]:
        if f["geometry"]:
            lon, lat = f["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert isinstance(lon, float) and isinstance(lat, float)


def test_geojson_empty():
    assert json.loads(export("geojson", [])[0]) == {"type": "FeatureCollection", "features": []}


# ---- timelinejs -----------------------------------------------------------------------------

def test_timelinejs_partial_dates():
    text, skipped = export("timelinejs", title="Syria, January 2014")
    data = json.loads(text)
    assert skipped == 1
    assert data["title"]["text"]["headline"] == "Syria, January 2014"
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert "event-4" not in by_id  # undated
    assert by_id["event-1"]["start_date"] == {"year": "2014", "month": "1", "day": "6"}
    assert "end_date" not in by_id["event-1"]
    assert by_id["event-2"]["start_date"] == {"year": "2014", "month": "1"}  # month: no day
    assert "end_date" not in by_id["event-2"]
    assert by_id["event-7"]["start_date"] == {"year": "2014"}  # year only
    assert by_id["event-3"]["start_date"] == {"year": "2014", "month": "1", "day": "3"}  # range
    assert by_id["event-3"]["end_date"] == {"year": "2014", "month": "1", "day": "8"}
    assert by_id["event-6"]["end_date"] == {"year": "2014", "month": "1", "day": "12"}  # week
    assert by_id["event-6"]["display_date"] == "week of 6 January 2014"
    assert by_id["event-5"]["display_date"] == "about 7 January 2014"  # approx
    assert by_id["event-8"]["start_date"] == {"year": "2013", "month": "12"}  # season
    assert by_id["event-8"]["end_date"] == {"year": "2014", "month": "2"}
    assert by_id["event-8"]["display_date"] == "winter 2013"
    assert by_id["event-1"]["group"] == "clash"


def test_timelinejs_quarter_and_text_escaped():
    d = timelinejs.dates({"date_start": "2014-04-01", "date_end": "2014-06-30", "date_precision": "quarter"})
    assert d == {"start_date": {"year": "2014", "month": "4"}, "end_date": {"year": "2014", "month": "6"},
                 "display_date": "Q2 2014"}
    data = json.loads(export("timelinejs")[0])
    release = next(e for e in data["events"] if e["unique_id"] == "event-3")
    assert "<script>" not in release["text"]["text"]
    assert "&lt;/script&gt;" in release["text"]["text"]
    assert "000_a" in release["text"]["text"]


def test_acled_mapping_prefers_the_taxonomy(monkeypatch):
    import sys
    import types as pytypes

    from conflict_db.export import _common

    class T:
        def __init__(self, name, event_type, sub_type):
            self.name, self.description, self.cameo = name, "", ""
            self.acled_event_type, self.acled_sub_event_type = event_type, sub_type

    fake = pytypes.ModuleType("conflict_db.extract.taxonomy")
    fake.load_event_types = lambda: [
        T("release", "Strategic developments", "Other"),
        T("territory_change", "Battles", "Government regains territory; Non-state actor overtakes territory"),
        T("kidnap_ransom", "Violence against civilians", "Abduction/forced disappearance"),
        T("statement", None, None),  # no ACLED equivalent: the fallback stays
        T("casualty_report", "(fatalities attribute)", None),
    ]
    monkeypatch.setitem(sys.modules, "conflict_db.extract.taxonomy", fake)
    _common.acled_mapping.cache_clear()
    try:
        assert _common.acled_types("territory_change") == ("Battles", "Government regains territory")
        assert _common.acled_types("kidnap_ransom") == ("Violence against civilians", "Abduction/forced disappearance")
        assert _common.acled_types("statement") == ("Strategic developments", "Other")
        assert _common.acled_types("clash") == ("Battles", "Armed clash")
        assert _common.acled_types("casualty_report") == ("Strategic developments", "Other")
    finally:
        monkeypatch.delitem(sys.modules, "conflict_db.extract.taxonomy")
        _common.acled_mapping.cache_clear()


def test_acled_mapping_survives_a_broken_taxonomy(monkeypatch):
    import sys
    import types as pytypes

    from conflict_db.export import _common

    fake = pytypes.ModuleType("conflict_db.extract.taxonomy")  # no load_event_types: AttributeError
    monkeypatch.setitem(sys.modules, "conflict_db.extract.taxonomy", fake)
    _common.acled_mapping.cache_clear()
    try:
        assert _common.acled_types("clash") == ("Battles", "Armed clash")
    finally:
        monkeypatch.delitem(sys.modules, "conflict_db.extract.taxonomy")
        _common.acled_mapping.cache_clear()
