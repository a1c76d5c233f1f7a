"""Re-extracting an article regroups what its old reports held together.

The extraction is replaced by fixed reports (what a changed rule would now find in the text),
so that the test is about storage: a real SQLite file, migrated, and the same content as
storing every report at once.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import text
from store_helpers import article, bombing_report, content, store_all

from conflict_db import reprocess
from conflict_db.db import open_database
from conflict_db.extract.types import ActorRef, ExtractedEvent, PlaceRef

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


PLACES = [ALEPPO, HOMS, PlaceRef(name="Idlib", country="Syria"), PlaceRef(name="Syria", country="Syria")]
ACTORS = [ActorRef(name="ISIL", kind="armed_group"), ActorRef(name="Nusra", kind="armed_group"),
          ActorRef(name="SOHR", kind="source"), ActorRef(name="Army")]


def _random_report(rng: random.Random, label: str, n: int) -> ExtractedEvent:
    kind = rng.choice(["bombing"] * 4 + ["casualty_report"])
    precision = rng.choice(["day"] * 5 + ["approx", "approx", "week", "month", "range"])
    start = end = DAY + timedelta(days=rng.randrange(4))
    if precision == "week":
        start = DAY - timedelta(days=rng.randrange(2))
        end = start + timedelta(days=6)
    elif precision == "month":
        start, end = date(2016, 8, 1), date(2016, 8, 31)
    elif precision == "range":
        end = start + timedelta(days=2)
    evidence = f"report {label}.{n}"
    return ExtractedEvent(type=kind, status="occurred", evidence_start=n * 100, evidence_end=n * 100 + len(evidence),
                          evidence=evidence, date_start=start, date_end=end, date_precision=precision,
                          date_method="explicit", places=rng.sample(PLACES, rng.choice([0, 0, 1, 1, 1, 2])),
                          actors=rng.sample(ACTORS, rng.choice([0, 1, 1, 2])),
                          killed_low=rng.choice([None, 10, 11, 20]) if kind == "casualty_report" else None)


def _random_article(rng: random.Random, key: str, events: int | None = None):
    count = rng.choice([1, 1, 1, 2]) if events is None else events
    reports = [_random_report(rng, key, n) for n in range(count)]
    return article(key, f"text {key} " + " ".join(r.evidence for r in reports), DAY + timedelta(days=rng.randrange(5)),
                   reports)


@pytest.mark.parametrize("seed", range(6))
def test_reprocessing_leaves_the_events_of_storing_everything_at_once(sqlite_url, tmp_path, monkeypatch, seed):
    # Reports of a few towns over a few days, tolls among them, re-extracted at random: after
    # each re-extraction, and after more articles arrive, the events are those of the final
    # reports stored all at once.
    rng = random.Random(seed)
    items = {f"a{k:02d}": _random_article(rng, f"a{k:02d}") for k in range(24)}
    store_all(sqlite_url, list(items.values()), 3)
    for round_ in range(4):
        key = rng.choice(sorted(items))
        redone = _random_article(rng, f"{key}-r{round_}", rng.choice([0, 1, 1, 2]))
        _reextract(monkeypatch, sqlite_url, key, redone.events)
        items[key] = article(key, items[key].record.text, items[key].published_date, redone.events)
    more = [_random_article(rng, f"b{k:02d}") for k in range(4)]
    store_all(sqlite_url, more, 1)
    at_once = f"sqlite:///{tmp_path / 'at-once.db'}"
    store_all(at_once, list(items.values()) + more, 100)
    assert content(sqlite_url) == content(at_once)
