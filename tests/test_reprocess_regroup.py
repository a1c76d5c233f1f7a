"""Re-extracting an article regroups what its old reports held together.

The extraction is replaced by fixed reports (what a changed rule would now find in the text),
so that the test is about storage: a real SQLite file, migrated, and the same content as
storing every report at once.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from conflict_db import reprocess
from conflict_db.db import open_database
from conflict_db.extract.types import PlaceRef
from store_helpers import article, bombing_report, content, store_all

DAY = date(2016, 8, 27)
ALEPPO, HOMS = PlaceRef(name="Aleppo", country="Syria"), PlaceRef(name="Homs", country="Syria")


def _reextract(monkeypatch, url: str, key: str, events: list) -> None:
    monkeypatch.setattr(reprocess, "extract_events", lambda *args, **kwargs: events)
    engine = open_database(url)
    try:
        with engine.connect() as c:
            article_id = c.execute(text("SELECT id FROM articles WHERE key = :k"), {"k": key}).scalar_one()
        reprocess.reprocess_article(engine, article_id)
    finally:
        engine.dispose()


def _both(places):
    return article("both", "Bombs hit Aleppo and Homs.", DAY, [bombing_report(places, DAY, "Bombs hit them.")])


def test_strong_reports_a_report_no_longer_links_are_two_events_again(sqlite_url, tmp_path, monkeypatch):
    aleppo = article("aleppo", "A bomb hit Aleppo.", DAY, [bombing_report([ALEPPO], DAY, "A bomb hit Aleppo.")])
    homs = article("homs", "A bomb hit Homs.", DAY, [bombing_report([HOMS], DAY, "A bomb hit Homs.")])
    later = article("later", "Aleppo was bombed.", DAY, [bombing_report([ALEPPO], DAY, "Aleppo was bombed.")])
    store_all(sqlite_url, [_both([ALEPPO, HOMS]), aleppo, homs], 3)
    narrowed = _both([ALEPPO])
    _reextract(monkeypatch, sqlite_url, "both", narrowed.events)
    store_all(sqlite_url, [later], 1)
    at_once = f"sqlite:///{tmp_path / 'at-once.db'}"
    store_all(at_once, [narrowed, aleppo, homs, later], 4)
    assert content(sqlite_url) == content(at_once)
    assert len(content(at_once)) - 1 == 2


@pytest.mark.parametrize("removed", [True, False])
def test_weak_reports_are_regrouped_after_a_report_leaves(sqlite_url, tmp_path, monkeypatch, removed):
    week = DAY - timedelta(days=3), DAY + timedelta(days=3)

    def weekly(key, place):
        return article(key, f"Bombings in {place.name} that week ({key}).", DAY, [
            bombing_report([place], week[0], f"Bombings in {place.name}.", end=week[1], precision="week")])

    # The weekly reports fit the one bombing of both towns: one event. Once that report names
    # only Aleppo (or is gone), the Homs report fits nothing and the Aleppo one fits it alone.
    store_all(sqlite_url, [_both([ALEPPO, HOMS]), weekly("w-aleppo", ALEPPO), weekly("w-homs", HOMS)], 3)
    narrowed = _both([] if removed else [ALEPPO])
    _reextract(monkeypatch, sqlite_url, "both", narrowed.events if not removed else [])
    store_all(sqlite_url, [weekly("w-aleppo-2", ALEPPO)], 1)
    at_once = f"sqlite:///{tmp_path / 'at-once.db'}"
    kept = [] if removed else [narrowed]
    store_all(at_once, kept + [weekly("w-aleppo", ALEPPO), weekly("w-homs", HOMS), weekly("w-aleppo-2", ALEPPO)], 4)
    assert content(sqlite_url) == content(at_once)
