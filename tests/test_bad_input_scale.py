"""Bad input at the edges of scale: huge files, locked, read-only and unreachable databases."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import time

import pytest

from conflict_db.cli import app

SEED = "000_8986ea6f680509ea.txt"


def _error_lines(result):
    return [line for line in result.stderr.splitlines() if line.startswith("Error:")]


def _count(path, table="articles"):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_50_mb_text_file_is_refused_in_one_line(runner, db_url, tmp_path, seeds_copy):
    big = tmp_path / "dump.txt"
    line = "Rebels clashed with government forces in Aleppo on Monday, activists said.\n"
    with big.open("w") as fh:
        for _ in range(50 * 1024 * 1024 // len(line)):
            fh.write(line)
    started = time.monotonic()
    result = runner.invoke(app, ["ingest", str(big), str(seeds_copy / SEED), "--db", db_url])
    assert time.monotonic() - started < 60
    assert result.exit_code == 1  # any failed input is exit 1; the good file is still stored
    errors = _error_lines(result)
    assert len(errors) == 1 and errors[0].startswith("Error: article too large") and str(big) in errors[0]
    assert "1 new" in result.stderr
    assert "Traceback" not in result.output


def test_a_file_over_64_mb_is_refused_without_reading_it(runner, sqlite_url, tmp_path):
    huge = tmp_path / "huge.jsonl"
    with huge.open("wb") as fh:
        fh.truncate(65 * 1024 * 1024)  # sparse: no time or disk spent
    result = runner.invoke(app, ["ingest", str(huge), "--db", sqlite_url])
    assert result.exit_code == 1
    assert _error_lines(result) == [f"Error: file too large (65 MB > 64 MB): {huge}"]


def test_locked_database_is_one_line_and_loses_nothing(runner, sqlite_url, seeds_copy, monkeypatch):
    path = sqlite_url.removeprefix("sqlite:///")
    assert runner.invoke(app, ["ingest", str(seeds_copy / SEED), "--db", sqlite_url]).exit_code == 0
    before = _count(path), _count(path, "mentions")
    monkeypatch.setenv("CDB_SQLITE_BUSY_TIMEOUT", "0.3")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        result = runner.invoke(app, ["ingest", str(seeds_copy), "--db", sqlite_url])
        elapsed = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    errors = _error_lines(result)
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"Error: database is locked: {sqlite_url}"), errors
    assert "Traceback" not in result.output
    assert elapsed < 20
    assert (_count(path), _count(path, "mentions")) == before
    monkeypatch.delenv("CDB_SQLITE_BUSY_TIMEOUT")
    again = runner.invoke(app, ["ingest", str(seeds_copy), "--db", sqlite_url])
    assert again.exit_code == 0, again.stderr
    assert _count(path) == 5


def test_busy_timeout_must_be_a_number(runner, sqlite_url, seeds_copy, monkeypatch):
    monkeypatch.setenv("CDB_SQLITE_BUSY_TIMEOUT", "soon")
    result = runner.invoke(app, ["ingest", str(seeds_copy / SEED), "--db", sqlite_url])
    assert result.exit_code == 1
    assert _error_lines(result) == ["Error: CDB_SQLITE_BUSY_TIMEOUT must be a number of seconds, not 'soon'"]


def _immutable(path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


def test_read_only_database_file_even_as_root(runner, sqlite_url, seeds_copy):
    """As root, permissions do not apply; an immutable file (chattr +i) is read-only for root too."""
    path = sqlite_url.removeprefix("sqlite:///")
    assert runner.invoke(app, ["ingest", str(seeds_copy / SEED), "--db", sqlite_url]).exit_code == 0
    if not _immutable(path):
        pytest.skip("chattr +i is not available here (needs CAP_LINUX_IMMUTABLE and a supporting filesystem)")
    try:
        result = runner.invoke(app, ["ingest", str(seeds_copy), "--db", sqlite_url])
        listing = runner.invoke(app, ["events", "--db", sqlite_url, "--format", "jsonl"])
    finally:
        subprocess.run(["chattr", "-i", path], check=True)
    assert result.exit_code == 1
    errors = _error_lines(result)
    assert len(errors) == 1 and errors[0].startswith(f"Error: database is read-only: {sqlite_url}"), result.stderr
    assert "Traceback" not in result.output
    assert listing.exit_code == 0, listing.stderr  # reading still works
    assert _count(path) == 1


def test_unreachable_postgres_is_one_line_and_fast(runner, seeds_copy):
    url = "postgresql+psycopg://cdb:cdb@127.0.0.1:9/cdb"  # discard port: nothing listens
    started = time.monotonic()
    result = runner.invoke(app, ["ingest", str(seeds_copy / SEED), "--db", url])
    assert time.monotonic() - started < 15
    assert result.exit_code == 1
    errors = _error_lines(result)
    assert len(errors) == 1 and errors[0].startswith("Error: cannot open database postgresql+psycopg://cdb:***@"), errors
    assert "Traceback" not in result.output


def test_unroutable_postgres_gives_up_after_the_connect_timeout(runner, monkeypatch):
    monkeypatch.setenv("CDB_CONNECT_TIMEOUT", "1")
    started = time.monotonic()
    result = runner.invoke(app, ["events", "--db", "postgresql+psycopg://cdb:cdb@10.255.255.1:5432/cdb"])
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert len(_error_lines(result)) == 1
