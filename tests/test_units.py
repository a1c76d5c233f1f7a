"""An event of many reports is regrouped as one report: it costs as much as a small one, and its
fields are those of storing all its reports at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from conflict_db import ingest
from conflict_db.db import open_database
from conflict_db.extract.types import ActorRef, ExtractedEvent, PlaceRef
from conflict_db import regroup
from store_helpers import article, bombing_report, content, store_all

DAY = date(2016, 8, 27)
ALEPPO, HOMS = PlaceRef(name="Aleppo", country="Syria"), PlaceRef(name="Homs", country="Syria")
ISIL, NUSRA = ActorRef(name="Islamic State", kind="armed_group"), ActorRef(name="Nusra Front", kind="armed_group")


def _bombings(n: int) -> list[ingest.Prepared]:
    """n articles on one bombing in Aleppo, published over n days, in no particular order."""
    out = []
    for k in range(n):
        published = DAY + timedelta(days=(k * 7) % n)
        evidence = f"A car bomb hit Aleppo, report {k}."
        report = bombing_report([ALEPPO], DAY, evidence, actors=[ISIL])
        report.confidence = 0.3 + (k % 5) / 10
        out.append(article(f"bomb-{k:03d}", evidence, published, [report]))
    return out


def _talks(n: int, actor: ActorRef, prefix: str) -> list[ingest.Prepared]:
    """n articles announcing one round of talks next month, naming no place."""
    out = []
    for k in range(n):
        evidence = f"{actor.name} will attend talks next month ({prefix} {k})."
        report = ExtractedEvent(type="negotiation", status="planned", evidence_start=0, evidence_end=len(evidence),
                                evidence=evidence, date_start=date(2016, 9, 1), date_end=date(2016, 9, 30),
                                date_precision="month", date_method="explicit", actors=[actor])
        out.append(article(f"{prefix}-{k:03d}", evidence, DAY - timedelta(days=k % 9), [report]))
    return out


def _store_watching(monkeypatch, url: str, item: ingest.Prepared) -> regroup.Region:
    """Store one article; returns what regrouping read around its reports."""
    regions = []
    read = regroup.neighbourhood

    def watched(*args, **kwargs):
        regions.append(read(*args, **kwargs))
        return regions[-1]

    with monkeypatch.context() as m:
        m.setattr(regroup, "neighbourhood", watched)
        store_all(url, [item], 1)
    [region] = regions
    return region


def test_a_report_joining_an_event_of_many_reads_the_event_as_one(db_url, tmp_path, monkeypatch):
    items = _bombings(60) + [article("week", "Bombings hit Aleppo that week.", DAY, [
        bombing_report([ALEPPO], DAY - timedelta(days=2), "Bombings hit Aleppo that week.",
                       end=DAY + timedelta(days=4), precision="week", actors=[ISIL])])]
    later = article("later", "Another report of the Aleppo bombing.", DAY - timedelta(days=1), [
        bombing_report([ALEPPO], DAY, "Another report of the Aleppo bombing.", actors=[ISIL])])
    store_all(db_url, items, 25)
    region = _store_watching(monkeypatch, db_url, later)
    [unit] = region.units.values()
    assert len(unit.members) == 61
    assert len(region.found) == 1  # the new report alone is read in full
    engine = open_database(db_url)
    try:
        with engine.connect() as c:
            assert c.execute(text("SELECT count(DISTINCT event_id) FROM mentions")).scalar() == 1
            summary = c.execute(text("SELECT summary FROM events")).scalar()
    finally:
        engine.dispose()
    # the earliest report, whichever batch brought it
    assert summary == "Another report of the Aleppo bombing."
    at_once = f"sqlite:///{tmp_path / 'at-once.db'}"
    store_all(at_once, items + [later], 100)
    assert content(at_once) == content(db_url)


@pytest.mark.parametrize("kind", ["armed_group", None])
def test_units_of_weak_reports_merge_when_a_report_names_both_of_their_actors(db_url, tmp_path, monkeypatch, kind):
    isil, nusra = ActorRef(name="Islamic State", kind=kind), ActorRef(name="Nusra Front", kind=kind)
    items = _talks(30, isil, "isil") + _talks(20, nusra, "nusra")
    store_all(db_url, items, 16)
    engine = open_database(db_url)
    try:
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM events")).scalar() == 2
        both = _talks(1, isil, "both")[0]
        both.events[0].actors.append(nusra)
        region = _store_watching(monkeypatch, db_url, both)
        assert sorted(len(unit.members) for unit in region.units.values()) == [20, 30]
        with engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM events")).scalar() == 1
            assert c.execute(text("SELECT count(DISTINCT event_id) FROM mentions")).scalar() == 1
    finally:
        engine.dispose()
    at_once = f"sqlite:///{tmp_path / 'at-once.db'}"
    store_all(at_once, items + [both], 100)
    assert content(at_once) == content(db_url)


def test_an_event_that_breaks_the_rules_is_read_report_by_report(db_url, monkeypatch):
    # Strong reports of two days in one event (a database edited by hand, or by older rules)
    # cannot be read as one report of one day: regrouping reads them all.
    store_all(db_url, _bombings(5), 5)
    engine = open_database(db_url)
    try:
        with engine.begin() as c:
            c.execute(text("UPDATE merge_keys SET date_start = :d, date_end = :d WHERE mention_id = "
                           "(SELECT min(id) FROM mentions)"), {"d": DAY + timedelta(days=1)})
        region = _store_watching(monkeypatch, db_url, article("late", "Aleppo bombing, again.", DAY, [
            bombing_report([ALEPPO], DAY, "Aleppo bombing, again.", actors=[ISIL])]))
        assert region.units == {}
        assert len(region.found) == 6
    finally:
        engine.dispose()


def test_an_event_whose_strong_reports_share_no_place_is_read_report_by_report(db_url, monkeypatch):
    # Bombings in Aleppo and in Homs that day put in one event by hand: no place links them.
    homs = article("homs", "A bomb hit Homs.", DAY, [bombing_report([HOMS], DAY, "A bomb hit Homs.", actors=[ISIL])])
    store_all(db_url, _bombings(4) + [homs], 5)
    engine = open_database(db_url)
    try:
        with engine.begin() as c:
            c.execute(text("UPDATE mentions SET event_id = (SELECT min(event_id) FROM mentions)"))
            c.execute(text("DELETE FROM events WHERE id <> (SELECT min(event_id) FROM mentions)"))
        region = _store_watching(monkeypatch, db_url, article("late", "Aleppo bombing, again.", DAY, [
            bombing_report([ALEPPO], DAY, "Aleppo bombing, again.", actors=[ISIL])]))
        assert region.units == {}
        assert len(region.found) == 6
        with engine.connect() as c:  # regrouped as the rules say: Homs apart again
            assert c.execute(text("SELECT count(DISTINCT event_id) FROM mentions")).scalar() == 2
    finally:
        engine.dispose()


def test_an_event_gaining_a_report_rewrites_only_what_changed(sqlite_url):
    elsewhere = article("homs", "A bomb hit Homs.", DAY, [
        bombing_report([HOMS], DAY + timedelta(days=3), "A bomb hit Homs.", actors=[ISIL])])
    store_all(sqlite_url, _bombings(6) + [elsewhere], 7)
    engine = open_database(sqlite_url)
    query = ("SELECT e.updated_at, e.date_start, group_concat(ep.rowid) FROM events e "
             "JOIN event_places ep ON ep.event_id = e.id WHERE e.date_start = :day")
    try:
        with engine.connect() as c:
            updated, day, place_rows = c.execute(text(query), {"day": DAY}).one()
        store_all(sqlite_url, [article("same", "Aleppo car bomb.", DAY, [
            bombing_report([ALEPPO], DAY, "Aleppo car bomb.", actors=[ISIL])])], 1)
        with engine.connect() as c:
            now = c.execute(text(query), {"day": DAY}).one()
        assert now[1:] == (day, place_rows)  # the same row for its one place: not written again
        assert now[0] > updated
        store_all(sqlite_url, [article("both", "Aleppo and Homs car bombs.", DAY, [
            bombing_report([ALEPPO, HOMS], DAY, "Aleppo and Homs car bombs.", actors=[ISIL])])], 1)
        with engine.connect() as c:
            names = c.execute(text("SELECT p.name FROM events e JOIN event_places ep ON ep.event_id = e.id "
                                   "JOIN places p ON p.id = ep.place_id WHERE e.date_start = :day "
                                   "ORDER BY ep.position"), {"day": DAY}).scalars().all()
        assert names == ["Aleppo", "Homs"]
    finally:
        engine.dispose()
