"""`cdb export` on the ingested seeds: every format, files, filters, and the page in Chromium."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conflict_db.cli import app


@pytest.fixture
def seeded(runner, db_url, seeds_copy):
    result = runner.invoke(app, ["ingest", str(seeds_copy), "--db", db_url])
    assert result.exit_code == 0, result.output
    return db_url


def _events(runner, url, *args):
    result = runner.invoke(app, ["events", "--db", url, "--format", "jsonl", *args])
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_geojson_has_one_feature_per_event_longitude_first(runner, seeded):
    result = runner.invoke(app, ["export", "--format", "geojson", "--db", seeded])
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    events = {e["id"]: e for e in _events(runner, seeded)}
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == len(events)
    for feature in collection["features"]:
        event = events[feature["properties"]["id"]]
        placed = [p for p in event["places"] if p["latitude"] is not None]
        if placed:
            assert feature["geometry"]["coordinates"] == [placed[0]["longitude"], placed[0]["latitude"]]
        else:
            assert feature["geometry"] is None


def test_acled_csv_leaves_out_undated_events_and_says_so(runner, seeded, tmp_path):
    undated_article = tmp_path / "undated.txt"
    undated_article.write_text("Rebels seized the town of Saraqeb on Monday after heavy clashes.\n")
    assert runner.invoke(app, ["ingest", str(undated_article), "--db", seeded]).exit_code == 0
    result = runner.invoke(app, ["export", "--format", "acled", "--db", seeded])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    events = _events(runner, seeded)
    undated = sum(1 for e in events if not e["date_start"])
    assert undated > 0
    assert len(rows) == len(events) - undated
    assert f"Warning: {undated} undated events left out" in result.stderr
    assert {r["time_precision"] for r in rows} <= {"1", "2", "3"}


def test_export_to_a_file_with_filters(runner, seeded, tmp_path):
    target = tmp_path / "clashes.csv"
    result = runner.invoke(app, ["export", "--format", "csv", "-o", str(target), "--type", "clash", "--db", seeded])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows and {r["type"] for r in rows} == {"clash"}
    assert len(rows) == len(_events(runner, seeded, "--type", "clash"))


def test_export_to_an_unwritable_place_is_one_line(runner, seeded, tmp_path):
    result = runner.invoke(app, ["export", "--format", "html", "-o", str(tmp_path / "no" / "t.html"), "--db", seeded])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write ")


def test_html_timeline_of_the_seeds_in_chromium(runner, seeded, tmp_path):
    from test_export_html_browser import CHROMIUM, chromium, dom

    if CHROMIUM is None:
        pytest.skip("no chromium binary (apt-get install chromium)")
    page = tmp_path / "seeds.html"
    result = runner.invoke(app, ["export", "--format", "html", "-o", str(page), "--db", seeded])
    assert result.exit_code == 0, result.output
    html = dom(tmp_path, page)  # fails on any console message from the page
    for event in _events(runner, seeded):
        assert f'id="event-{event["id"]}"' in html
    shot = tmp_path / "seeds.png"
    chromium(tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=1200,900")
    assert shot.stat().st_size > 10_000
