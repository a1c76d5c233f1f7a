"""`cdb ingest --jobs`, `--stdin-format`, `--field`: same results as the plain path."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from conflict_db.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.corpus import articles  # noqa: E402


def _rows(result):
    """Rows as strings: SQLite returns dates as text, PostgreSQL as dates."""
    return sorted(tuple(None if v is None else str(v) for v in row) for row in result)


def _snapshot(url: str):
    engine = create_engine(url)
    with engine.connect() as c:
        out = (
            _rows(c.execute(text("SELECT key, content_sha256, published_date FROM articles"))),
            _rows(c.execute(text(
                "SELECT a.key, m.char_start, m.char_end, e.type, e.date_start FROM mentions m "
                "JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id"))),
            c.execute(text("SELECT count(*) FROM events")).scalar_one(),
        )
    engine.dispose()
    return out


def test_jobs_gives_the_same_database_as_one_process(runner, db_url, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in articles(30, seed=2)))
    one = f"sqlite:///{tmp_path / 'one.db'}"
    assert runner.invoke(app, ["ingest", str(corpus), "--db", one]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db_url, "--jobs", "2"])
    assert result.exit_code == 0, result.stderr
    assert "30 new" in result.stderr
    assert _snapshot(db_url) == _snapshot(one)
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db_url, "--jobs", "2"])
    assert again.exit_code == 0 and "0 new, 30 skipped" in again.stderr


def test_stdin_jsonl_with_field_mapping(runner, db_url):
    records = [{"uid": "a1", "body": "Rebels clashed with government forces in Aleppo on Monday.",
                "day": "2014-01-06"},
               {"uid": "a2", "body": "A car bomb exploded in Homs on Sunday, killing 12 people.",
                "day": "2014-01-06"}]
    stdin = "".join(json.dumps(r) + "\n" for r in records)
    result = runner.invoke(app, ["ingest", "-", "--stdin-format", "jsonl", "--field", "id=uid",
                                 "--field", "text=body", "--field", "published=day", "--db", db_url], input=stdin)
    assert result.exit_code == 0, result.stderr
    keys = [row[0] for row in _snapshot(db_url)[0]]
    assert keys == ["a1", "a2"]
    assert [str(row[2]) for row in _snapshot(db_url)[0]] == ["2014-01-06", "2014-01-06"]


def test_stdin_csv(runner, db_url):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "text", "published"])
    writer.writerow(["c1", "Government forces seized the town of Yabroud on Sunday.", "2014-03-17"])
    result = runner.invoke(app, ["ingest", "-", "--stdin-format", "csv", "--db", db_url], input=buffer.getvalue())
    assert result.exit_code == 0, result.stderr
    assert [row[0] for row in _snapshot(db_url)[0]] == ["c1"]


def test_stdin_text_is_one_article(runner, db_url):
    result = runner.invoke(app, ["ingest", "-", "--published", "2014-01-06", "--db", db_url],
                           input="Clashes in Aleppo on Monday.\n\nMore clashes on Tuesday.\n")
    assert result.exit_code == 0, result.stderr
    assert len(_snapshot(db_url)[0]) == 1


def test_bad_field_mapping_is_a_usage_error(runner, db_url, tmp_path):
    result = runner.invoke(app, ["ingest", "-", "--field", "colour=red", "--db", db_url], input="x")
    assert result.exit_code == 2
    assert "--field" in result.output


def test_field_mapping_names_the_missing_column(runner, db_url, tmp_path):
    corpus = tmp_path / "c.csv"
    corpus.write_text("id,body\nx1,Clashes in Aleppo on Monday.\n")
    result = runner.invoke(app, ["ingest", str(corpus), "--field", "text=content", "--db", db_url])
    assert result.exit_code == 1
    assert f"Error: {corpus}: CSV has no 'content' column" in result.stderr


def _die(items):
    import os

    os._exit(3)


def test_a_dead_extraction_process_is_one_line(runner, sqlite_url, tmp_path, monkeypatch):
    import conflict_db.ingest as ingest_module

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in articles(6, seed=3)))
    monkeypatch.setattr(ingest_module, "_prepare_chunk", _die)  # forked workers inherit it
    result = runner.invoke(app, ["ingest", str(corpus), "--db", sqlite_url, "--jobs", "2"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: an extraction process died (out of memory?); the articles stored so far are kept: "
        "run the same command again to finish"]
