"""`cdb ingest` and `cdb events` end to end on the seeds, against a real migrated database."""

from __future__ import annotations

import json

from sqlalchemy import text

from conflict_db.cli import app
from conflict_db.db import make_engine


def _ingest(runner, url, *paths):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", url])


def _events(runner, url, *args):
    result = runner.invoke(app, ["events", "--db", url, "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ingest_seeds_reads_the_manifest_and_reports_a_summary(runner, db_url, seeds_copy):
    result = _ingest(runner, db_url, seeds_copy)
    assert result.exit_code == 0, result.output
    assert "5 new, 0 skipped" in result.stderr
    engine = make_engine(db_url)
    with engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT key, published_source FROM articles")).all())
        published = dict(connection.execute(text("SELECT key, published_date FROM articles")).all())
    assert set(rows) == {p.stem for p in seeds_copy.glob("*.txt")}
    assert set(rows.values()) == {"manifest"}
    # A timestamp in the small hours UTC keeps the day the text was written.
    assert str(published["003_c07263dc242f3a68"]) == "2014-01-08"
    assert str(published["000_8986ea6f680509ea"]) == "2014-01-06"


def test_reingesting_the_same_text_is_a_no_op(runner, db_url, seeds_copy):
    assert _ingest(runner, db_url, seeds_copy).exit_code == 0
    before = _events(runner, db_url)
    again = _ingest(runner, db_url, seeds_copy)
    assert again.exit_code == 0
    assert "0 new, 5 skipped" in again.stderr
    assert _events(runner, db_url) == before


def test_event_sources_slice_the_article_text_to_the_evidence(runner, db_url, seeds_copy):
    assert _ingest(runner, db_url, seeds_copy).exit_code == 0
    events = _events(runner, db_url, "--since", "2014-01-03")
    assert events, "the seeds yield dated events"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds_copy.glob("*.txt")}
    for event in events:
        assert {"id", "type", "status", "date_start", "date_end", "date_precision", "places", "actors",
                "killed_low", "killed_high", "count", "sources"} <= set(event)
        assert event["sources"]
        for source in event["sources"]:
            assert source["article"] in texts
            assert texts[source["article"]][source["start"]:source["end"]] == source["evidence"]


def test_since_and_until_keep_events_overlapping_the_window(runner, db_url, seeds_copy):
    assert _ingest(runner, db_url, seeds_copy).exit_code == 0
    everything = _events(runner, db_url)
    window = _events(runner, db_url, "--since", "2014-01-05", "--until", "2014-01-06")
    assert window
    for event in window:
        last = event["date_end"] or event["date_start"]
        assert last >= "2014-01-05" and event["date_start"] <= "2014-01-06"
    expected = [e for e in everything if e["date_start"] and (e["date_end"] or e["date_start"]) >= "2014-01-05"
                and e["date_start"] <= "2014-01-06"]
    assert [e["id"] for e in window] == [e["id"] for e in expected]


def test_events_are_sorted_by_date_with_undated_last(runner, db_url, seeds_copy):
    assert _ingest(runner, db_url, seeds_copy).exit_code == 0
    events = _events(runner, db_url)
    dated = [e["date_start"] for e in events if e["date_start"]]
    assert dated == sorted(dated)
    seen_undated = False
    for event in events:
        if event["date_start"] is None:
            seen_undated = True
        else:
            assert not seen_undated, "a dated event after an undated one"


def test_type_and_limit_filters(runner, db_url, seeds_copy):
    assert _ingest(runner, db_url, seeds_copy).exit_code == 0
    clashes = _events(runner, db_url, "--type", "clash")
    assert clashes and {e["type"] for e in clashes} == {"clash"}
    assert len(_events(runner, db_url, "--limit", "2")) == 2


def test_publication_date_is_never_today_when_unknown(runner, db_url, tmp_path):
    article = tmp_path / "report.txt"
    article.write_text("Rebels seized the town of Saraqeb on Monday after heavy clashes.\n", encoding="utf-8")
    result = _ingest(runner, db_url, article)
    assert result.exit_code == 0, result.output
    engine = make_engine(db_url)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT published_at, published_date, published_source FROM articles")).one()
    assert tuple(row) == (None, None, None)
    for event in _events(runner, db_url):
        assert event["date_start"] is None


def test_published_option_is_recorded_as_given(runner, db_url, tmp_path):
    article = tmp_path / "report.txt"
    article.write_text("Rebels seized the town of Saraqeb on Monday after heavy clashes.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(article), "--published", "2014-01-08", "--db", db_url])
    assert result.exit_code == 0, result.output
    engine = make_engine(db_url)
    with engine.connect() as connection:
        source = connection.execute(text("SELECT published_source FROM articles")).scalar()
    assert source == "given"
    dated = [e for e in _events(runner, db_url) if e["date_start"]]
    assert dated and all(e["date_start"] == "2014-01-06" for e in dated)


def test_the_default_database_is_conflict_db_in_the_current_directory(runner, tmp_path, monkeypatch, seeds_copy):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CDB_DATABASE_URL", raising=False)
    result = runner.invoke(app, ["ingest", str(seeds_copy)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "conflict.db").is_file()


def test_environment_variable_selects_the_database(runner, tmp_path, monkeypatch, seeds_copy):
    target = tmp_path / "elsewhere.db"
    monkeypatch.setenv("CDB_DATABASE_URL", f"sqlite:///{target}")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["ingest", str(seeds_copy)]).exit_code == 0
    assert target.is_file() and not (tmp_path / "conflict.db").exists()


def test_a_dateline_gives_the_publication_date_when_none_is_given(runner, db_url, tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text(
        "BEIRUT, Jan. 6, 2014 (AP) — Rebels seized the town of Saraqeb on Sunday after heavy clashes, "
        "activists said.\n", encoding="utf-8")
    assert _ingest(runner, db_url, article).exit_code == 0
    engine = make_engine(db_url)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT published_date, published_source FROM articles")).one()
    assert (str(row[0]), row[1]) == ("2014-01-06", "dateline")
    [seizure] = [e for e in _events(runner, db_url) if e["type"] == "territory_change"]
    assert seizure["date_start"] == "2014-01-05"


def test_the_event_table_fits_80_columns(runner, db_url, seeds_copy, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert _ingest(runner, db_url, seeds_copy).exit_code == 0
    result = runner.invoke(app, ["events", "--db", db_url])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1 + len(_events(runner, db_url))
    assert max(len(line) for line in lines) <= 80
    assert lines[0].split()[:4] == ["id", "date", "type", "status"]


def test_eval_scores_the_database_against_the_seed_gold(runner, db_url, seeds_copy):
    from conftest import GOLD

    if not GOLD.is_file():
        import pytest

        pytest.skip("gold events not available")
    assert _ingest(runner, db_url, seeds_copy).exit_code == 0
    result = runner.invoke(app, ["eval", str(GOLD), "--db", db_url, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["f1"] >= 0.85
    assert report["trap_hits"] == [] or report["trap_hits"] == 0
    table = runner.invoke(app, ["eval", str(GOLD), "--db", db_url])
    assert table.stdout.startswith("precision ")


def test_completion_offers_types_and_statuses():
    from conflict_db.cli import _complete_statuses, _complete_types

    assert _complete_types("cla") == ["clash"]
    assert "territory_change" in _complete_types("")
    assert _complete_statuses("p") == ["planned"]
