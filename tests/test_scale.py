"""Concurrency and crash safety of `cdb ingest`, with real processes on a real database.

Runs on SQLite, and on PostgreSQL in the CI's second run (the `db_url` fixture).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from bench.corpus import articles  # noqa: E402

CDB = [sys.executable, "-m", "conflict_db"]


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _cdb(*args: str, **kw) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([*CDB, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env=env, **kw)


def _run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    proc = _cdb(*args)
    out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _counts(url: str) -> dict:
    engine = create_engine(url)
    with engine.connect() as c:
        out = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
               for t in ("articles", "events", "mentions", "places", "actors")}
        out["distinct_sha"] = c.execute(text("SELECT count(DISTINCT content_sha256) FROM articles")).scalar_one()
        out["per_article"] = dict(c.execute(text(
            "SELECT a.key, count(m.id) FROM articles a LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.key"
        )).all())
    engine.dispose()
    return out


@pytest.fixture
def reference_url(tmp_path):
    return f"sqlite:///{tmp_path / 'reference.db'}"


def test_four_concurrent_ingests_store_each_article_once(db_url, reference_url, tmp_path):
    records = list(articles(48, seed=7))
    # Four overlapping slices: every article is in two of them, in different orders.
    slices = [records[0:24], records[12:36][::-1], records[24:48], records[36:48] + records[0:12]]
    files = [_write(tmp_path / f"part{i}.jsonl", s) for i, s in enumerate(slices)]
    everything = _write(tmp_path / "all.jsonl", records)

    single = _run("ingest", str(everything), "--db", reference_url, "-q")
    assert single.returncode == 0, single.stderr
    expected = _counts(reference_url)

    procs = [_cdb("ingest", str(f), "--db", db_url, "-q", "--jobs", str(1 + i % 2)) for i, f in enumerate(files)]
    results = [(p.communicate(timeout=300), p.returncode) for p in procs]
    for (out, err), code in results:
        assert code == 0, err
        assert "Traceback" not in err, err
    got = _counts(db_url)
    assert got["articles"] == got["distinct_sha"] == len(records)  # none lost, none twice
    assert got["per_article"] == expected["per_article"]
    assert got["mentions"] == expected["mentions"]
    assert got["places"] == expected["places"]
    assert got["actors"] == expected["actors"]
    assert got["events"] == expected["events"]


def _integrity_ok(url: str) -> None:
    if url.startswith("sqlite"):
        engine = create_engine(url)
        with engine.connect() as c:
            assert c.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert c.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        engine.dispose()


def test_sigkill_mid_run_loses_nothing_stored_and_a_rerun_completes(db_url, reference_url, tmp_path):
    # several batches of 100: the kill lands while later ones are still being stored
    corpus = _write(tmp_path / "corpus.jsonl", list(articles(600, seed=11)))
    clean = _run("ingest", str(corpus), "--db", reference_url, "-q")
    assert clean.returncode == 0, clean.stderr
    expected = _counts(reference_url)

    proc = _cdb("ingest", str(corpus), "--db", db_url, "-q", "--jobs", "2")
    engine = create_engine(db_url)
    deadline = time.monotonic() + 120
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with engine.connect() as c:
                    stored = c.execute(text("SELECT count(*) FROM articles")).scalar_one()
            except Exception:
                stored = 0  # not migrated yet
            if stored >= 1:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed; make the corpus bigger"
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
    finally:
        engine.dispose()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL

    _integrity_ok(db_url)
    partial = _counts(db_url)
    assert 0 < partial["articles"] < expected["articles"]
    for key, mentions in partial["per_article"].items():  # each stored article is complete
        assert mentions == expected["per_article"][key], key

    rerun = _run("ingest", str(corpus), "--db", db_url, "-q", "--jobs", "2")
    assert rerun.returncode == 0, rerun.stderr
    _integrity_ok(db_url)
    final = _counts(db_url)
    assert final["per_article"] == expected["per_article"]
    assert final["mentions"] == expected["mentions"]
    assert final["articles"] == expected["articles"]
