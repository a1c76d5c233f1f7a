"""Reading the timeline: filters, articles, stats and read-only SQL on the ingested seeds."""

from __future__ import annotations

import json

import pytest

from conflict_db.cli import app


@pytest.fixture
def seeded(runner, db_url, seeds_copy):
    result = runner.invoke(app, ["ingest", str(seeds_copy), "--db", db_url])
    assert result.exit_code == 0, result.output
    return db_url


def _jsonl(runner, *args):
    result = runner.invoke(app, [*args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_place_filter_matches_a_town_or_its_province(runner, seeded):
    from conflict_db.extract.places import default_gazetteer

    canonical = default_gazetteer().lookup("Saraqeb").name  # the GeoNames spelling
    by_town = _jsonl(runner, "events", "--db", seeded, "--place", "Saraqeb")
    assert by_town
    assert by_town == _jsonl(runner, "events", "--db", seeded, "--place", canonical)
    for event in by_town:
        assert any(p["name"] == canonical for p in event["places"])
    by_province = _jsonl(runner, "events", "--db", seeded, "--place", "Idlib")
    assert {e["id"] for e in by_town} <= {e["id"] for e in by_province}
    for event in by_province:
        assert any("Idlib" in (p["name"], p["admin1"]) for p in event["places"])


def test_actor_filter_accepts_aliases(runner, seeded):
    by_name = _jsonl(runner, "events", "--db", seeded, "--actor", "ISIL")
    by_alias = _jsonl(runner, "events", "--db", seeded, "--actor", "Islamic State of Iraq and the Levant")
    assert by_name and [e["id"] for e in by_name] == [e["id"] for e in by_alias]


def test_full_text_search_over_evidence_and_articles(runner, seeded):
    found = _jsonl(runner, "events", "--db", seeded, "--search", "landmine")
    assert found
    assert any("landmine" in s["evidence"] for e in found for s in e["sources"]) or all(
        e["sources"] for e in found)
    assert _jsonl(runner, "events", "--db", seeded, "--search", "zeppelin") == []
    # Operator characters in user input are words, not syntax.
    assert runner.invoke(app, ["events", "--db", seeded, "--search", 'al-Qaeda "AND" (']).exit_code == 0


def test_status_filter_and_its_validation(runner, seeded):
    planned = _jsonl(runner, "events", "--db", seeded, "--status", "planned")
    assert planned and {e["status"] for e in planned} == {"planned"}
    bad = runner.invoke(app, ["events", "--db", seeded, "--status", "maybe"])
    assert bad.exit_code == 2 and "--status" in bad.output


def test_unknown_type_is_a_usage_error(runner, seeded):
    bad = runner.invoke(app, ["events", "--db", seeded, "--type", "picnic"])
    assert bad.exit_code == 2 and "picnic" in bad.output


def test_month_and_spelled_dates_in_filters(runner, seeded):
    january = _jsonl(runner, "events", "--db", seeded, "--since", "2014-01", "--until", "2014-01")
    assert january
    for event in january:
        assert (event["date_end"] or event["date_start"]) >= "2014-01-01" and event["date_start"] <= "2014-01-31"
    spelled = _jsonl(runner, "events", "--db", seeded, "--since", "3 January 2014")
    iso = _jsonl(runner, "events", "--db", seeded, "--since", "2014-01-03")
    assert [e["id"] for e in spelled] == [e["id"] for e in iso]


def test_articles_lists_event_counts(runner, seeded):
    rows = _jsonl(runner, "articles", "--db", seeded)
    assert len(rows) == 5
    assert all(r["events"] > 0 for r in rows)
    assert rows[0]["published"] <= rows[-1]["published"]


def test_stats_by_type_and_month(runner, seeded):
    [result] = _jsonl(runner, "stats", "--db", seeded)
    total = sum(r["events"] for r in result["by_type"])
    assert total == sum(r["events"] for r in result["by_month"])
    assert total == len(_jsonl(runner, "events", "--db", seeded))
    assert any(r["month"] == "2014-01" for r in result["by_month"])


def test_sql_reads_the_timeline_view(runner, seeded):
    rows = _jsonl(runner, "sql", "SELECT event_id, type, sources FROM event_timeline ORDER BY event_id", "--db", seeded)
    events = _jsonl(runner, "events", "--db", seeded)
    assert sorted(r["event_id"] for r in rows) == sorted(e["id"] for e in events)


@pytest.mark.parametrize("statement", [
    "DELETE FROM events",
    "UPDATE articles SET title = 'x'",
    "DROP TABLE mentions",
    "INSERT INTO actors (name) VALUES ('x')",
])
def test_sql_refuses_writes_and_changes_nothing(runner, seeded, statement):
    before = _jsonl(runner, "sql", "SELECT count(*) AS n FROM events", "--db", seeded)
    result = runner.invoke(app, ["sql", statement, "--db", seeded])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "read-only" in errors[0]
    assert _jsonl(runner, "sql", "SELECT count(*) AS n FROM events", "--db", seeded) == before


def test_sql_syntax_error_is_one_line(runner, seeded):
    result = runner.invoke(app, ["sql", "SELEC nothing", "--db", seeded])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: SQL error:")


def test_show_lists_every_report(runner, seeded):
    events = _jsonl(runner, "events", "--db", seeded)
    event = max(events, key=lambda e: len(e["sources"]))
    result = runner.invoke(app, ["show", str(event["id"]), "--db", seeded, "--format", "json"])
    assert result.exit_code == 0
    [shown] = json.loads(result.stdout)
    assert shown["sources"] == event["sources"]
    table = runner.invoke(app, ["show", str(event["id"]), "--db", seeded])
    for source in event["sources"]:
        assert source["article"] in table.stdout
    missing = runner.invoke(app, ["show", "999999", "--db", seeded])
    assert missing.exit_code == 1 and "no event with id 999999" in missing.stderr
