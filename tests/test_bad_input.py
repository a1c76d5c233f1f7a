"""Bad input: a one-line error naming the input, a non-zero exit, nothing already stored lost."""

from __future__ import annotations

import sqlite3

import pytest

from conflict_db.cli import app


def _error_lines(result):
    return [line for line in result.stderr.splitlines() if line.startswith("Error:")]


def _count(path, table="articles"):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_missing_path(runner, db_url, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["ingest", str(missing), "--db", db_url])
    assert result.exit_code == 1
    assert _error_lines(result) == [f"Error: no such file or directory: {missing}"]


def test_empty_file(runner, db_url, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    result = runner.invoke(app, ["ingest", str(empty), "--db", db_url])
    assert result.exit_code == 1
    assert _error_lines(result) == [f"Error: empty file: {empty}"]


def test_binary_file(runner, db_url, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = runner.invoke(app, ["ingest", str(binary), "--db", db_url])
    assert result.exit_code == 1
    assert _error_lines(result) == [f"Error: binary file, not text: {binary}"]


def test_invalid_utf8_is_decoded_with_replacement_and_a_warning(runner, db_url, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Clashes erupted in Aleppo on Monday, activists said caf\xe9.\n".encode("latin-1"))
    result = runner.invoke(app, ["ingest", str(bad), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "invalid UTF-8 at byte" in result.stderr and str(bad) in result.stderr
    assert "1 new" in result.stderr


def test_one_bad_file_does_not_stop_the_others(runner, sqlite_url, seeds_copy, tmp_path):
    (seeds_copy / "zz_empty.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(seeds_copy), "--db", sqlite_url])
    assert result.exit_code == 1
    assert _error_lines(result) == [f"Error: empty file: {seeds_copy / 'zz_empty.txt'}"]
    assert "5 new, 0 skipped (already stored), 1 failed" in result.stderr
    assert _count(sqlite_url.removeprefix("sqlite:///")) == 5


def test_directory_without_articles(runner, db_url, tmp_path):
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    result = runner.invoke(app, ["ingest", str(empty_dir), "--db", db_url])
    assert result.exit_code == 1
    assert _error_lines(result) == [f"Error: no article files (.txt, .md, .html, .jsonl, .csv) in directory: {empty_dir}"]


@pytest.mark.parametrize("value", ["2014-13-45", "yesterdayish", "tomorrow-ish 2014"])
def test_invalid_since(runner, db_url, value):
    result = runner.invoke(app, ["events", "--since", value, "--db", db_url])
    assert result.exit_code == 2
    assert "--since" in result.output and value in result.output


def test_malformed_published_option(runner, db_url, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Clashes in Aleppo on Monday.")
    result = runner.invoke(app, ["ingest", str(article), "--published", "32/13/2014", "--db", db_url])
    assert result.exit_code == 2
    assert "--published" in result.output


def test_malformed_date_in_manifest_names_the_article(runner, db_url, tmp_path):
    (tmp_path / "a.txt").write_text("Clashes in Aleppo on Monday.")
    (tmp_path / "manifest.json").write_text('[{"key": "a", "published": "not a date"}]')
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db_url])
    assert result.exit_code == 1
    assert _error_lines(result) == [f"Error: malformed publication date 'not a date' for {tmp_path / 'a.txt'}"]


def test_wrong_database_url(runner, tmp_path):
    result = runner.invoke(app, ["events", "--db", "nosuchdb://x/y"])
    assert result.exit_code == 1
    assert _error_lines(result) == ["Error: unsupported database URL 'nosuchdb://x/y'"]


def test_database_in_a_missing_directory(runner, tmp_path):
    url = f"sqlite:///{tmp_path}/no/such/dir/c.db"
    result = runner.invoke(app, ["events", "--db", url])
    assert result.exit_code == 1
    assert len(_error_lines(result)) == 1 and "does not exist" in result.stderr


def test_a_broken_event_types_file_is_named_before_anything_is_read(runner, db_url, tmp_path, monkeypatch):
    from conflict_db.extract.taxonomy import DATA_FILE

    bad = tmp_path / "types.toml"
    bad.write_text(DATA_FILE.read_text(encoding="utf-8").replace(
        '"clashes", "clash",', '"re:(?<=\\\\b(?:an|the)\\\\s)clashes", "clash",', 1), encoding="utf-8")
    monkeypatch.setenv("CDB_EVENT_TYPES", str(bad))
    article = tmp_path / "a.txt"
    article.write_text("Clashes erupted in Aleppo on Monday, activists said.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(article), "--db", db_url])
    assert result.exit_code == 1
    [line] = _error_lines(result)
    assert str(bad) in line and "'clash'" in line and "look-behind" in line
    unreadable = tmp_path / "broken.toml"
    unreadable.write_text("x = [", encoding="utf-8")
    monkeypatch.setenv("CDB_EVENT_TYPES", str(unreadable))
    result = runner.invoke(app, ["ingest", str(article), "--db", db_url])
    assert result.exit_code == 1
    assert _error_lines(result) == [f"Error: cannot read event types from {unreadable}: "
                                    "TOMLDecodeError: Invalid value (at end of document)"]
