"""One event, many reports: merging on ingest, order independence, stable ids on reprocess."""

from __future__ import annotations

import json
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_db.cli import app
from conftest import SEEDS

SEED_KEYS = sorted(p.stem for p in SEEDS.glob("*.txt"))


def _events(runner, url, *args):
    result = runner.invoke(app, ["events", "--db", url, "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _ingest(runner, url, *paths):
    result = runner.invoke(app, ["ingest", *map(str, paths), "--db", url])
    assert result.exit_code == 0, result.output


def test_the_geneva_talks_are_one_planned_event_with_several_sources(runner, db_url, seeds_copy):
    _ingest(runner, db_url, seeds_copy)
    talks = [e for e in _events(runner, db_url, "--type", "negotiation")
             if e["date_start"] == "2014-01-22" and e["date_precision"] == "day"]
    assert len(talks) == 1
    [event] = talks
    assert event["status"] == "planned"
    assert len({s["article"] for s in event["sources"]}) >= 2
    assert any(p["name"] == "Geneva" for p in event["places"])


def test_tolls_for_different_periods_stay_three_events(runner, db_url, seeds_copy):
    _ingest(runner, db_url, seeds_copy)
    tolls = _events(runner, db_url, "--type", "casualty_report")
    killed = sorted(e["killed_low"] for e in tolls if e["killed_low"] in (500, 697, 1000))
    assert killed == [500, 697, 1000]


def test_min_sources_keeps_events_reported_by_several_articles(runner, db_url, seeds_copy):
    _ingest(runner, db_url, seeds_copy)
    several = _events(runner, db_url, "--min-sources", "2")
    assert several
    assert all(len({s["article"] for s in e["sources"]}) >= 2 for e in several)
    assert len(several) < len(_events(runner, db_url))


def _canonical(events):
    """Events by content, independent of ids and of the order they were stored in."""
    return sorted(repr(
        (e["type"], e["status"], e["date_start"], e["date_end"], e["date_precision"], e["killed_low"],
         e["killed_high"], e["count"], tuple(p["name"] for p in e["places"]),
         tuple(sorted((s["article"], s["start"], s["end"]) for s in e["sources"]))))
        for e in events
    )


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(SEED_KEYS))
def test_result_does_not_depend_on_ingest_order(runner, tmp_path_factory, order):
    reference_dir = tmp_path_factory.mktemp("ref")
    shuffled_dir = tmp_path_factory.mktemp("shuffled")
    ref_url = f"sqlite:///{reference_dir / 'ref.db'}"
    url = f"sqlite:///{shuffled_dir / 'x.db'}"
    seeds = shutil.copytree(SEEDS, reference_dir / "seeds")
    _ingest(runner, ref_url, seeds)
    for key in order:
        _ingest(runner, url, seeds / f"{key}.txt")
    assert _canonical(_events(runner, url)) == _canonical(_events(runner, ref_url))


def test_reprocess_keeps_event_ids_and_records_the_extractor_version(runner, db_url, seeds_copy):
    from conflict_db.extract import EXTRACTOR_VERSION

    _ingest(runner, db_url, seeds_copy)
    before = _events(runner, db_url)
    result = runner.invoke(app, ["reprocess", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "reprocessed 5 articles" in result.stderr
    after = _events(runner, db_url)
    assert [(e["id"], e["type"], e["date_start"]) for e in after] == [
        (e["id"], e["type"], e["date_start"]) for e in before]
    assert {s["extractor_version"] for e in after for s in e["sources"]} == {EXTRACTOR_VERSION}


def test_reprocess_with_unknown_key_is_an_error(runner, db_url, seeds_copy):
    _ingest(runner, db_url, seeds_copy)
    result = runner.invoke(app, ["reprocess", "nope", "--db", db_url])
    assert result.exit_code == 1 and "not in the database" in result.stderr
