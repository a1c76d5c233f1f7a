"""The schema comes only from Alembic migrations; they go up, down and up again with data."""

from __future__ import annotations

import json
import shutil

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from conflict_db import db
from conflict_db.db import include_object
from conflict_db.models import Base


TABLES = {"articles", "events", "mentions", "places", "actors", "actor_aliases", "event_places", "event_actors"}


def test_single_head():
    heads = ScriptDirectory.from_config(db.alembic_config()).get_heads()
    assert len(heads) == 1
    assert heads[0] == db.head_revision()


def test_upgrade_from_empty_creates_every_table_and_view(db_url):
    engine = db.make_engine(db_url)
    assert db.current_revision(engine) is None
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision()
    inspector = inspect(engine)
    assert TABLES <= set(inspector.get_table_names())
    assert "event_timeline" in inspector.get_view_names()


def test_full_text_search_follows_inserts_and_deletes(sqlite_url):
    engine = db.make_engine(sqlite_url)
    db.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO articles (id, key, text, content_sha256, ingested_at) "
            "VALUES (1, 'a', 'Shelling in Homs overnight.', 'x', '2016-08-27 00:00:00')"))
        assert connection.execute(text(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'homs'")).scalars().all() == [1]
        connection.execute(text("DELETE FROM articles WHERE id = 1"))
        assert connection.execute(text(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'homs'")).scalars().all() == []


def test_no_drift_between_models_and_migrations(db_url):
    engine = db.make_engine(db_url)
    db.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_up_again_keeps_working(db_url):
    engine = db.make_engine(db_url)
    db.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO articles (key, text, content_sha256, ingested_at) "
            "VALUES ('a', 'Fighting in Raqqa.', 'x', '2014-01-06 00:00:00')"))
    db.downgrade(engine, "base")
    assert db.current_revision(engine) is None
    assert not (TABLES & set(inspect(engine).get_table_names()))
    db.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO articles (key, text, content_sha256, ingested_at) "
            "VALUES ('a', 'Fighting in Raqqa.', 'x', '2014-01-06 00:00:00')"))
        assert connection.execute(text("SELECT count(*) FROM articles")).scalar() == 1


def test_open_database_migrates_a_new_database_on_first_use(db_url):
    engine = db.open_database(db_url)
    assert db.current_revision(engine) == db.head_revision()


def test_sqlite_pragmas_are_set_per_engine(sqlite_url):
    engine = db.open_database(sqlite_url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == db.SQLITE_BUSY_TIMEOUT_MS


def test_full_text_search_follows_text_changes_not_event_moves(sqlite_url, runner, seeds_copy):
    from conflict_db.cli import app

    assert runner.invoke(app, ["ingest", str(seeds_copy), "--db", sqlite_url, "-q"]).exit_code == 0
    engine = db.make_engine(sqlite_url)
    with engine.begin() as connection:
        mention, event = connection.execute(text("SELECT id, event_id FROM mentions ORDER BY id LIMIT 1")).one()
        other = connection.execute(text("SELECT max(id) FROM events")).scalar()
        connection.execute(text("UPDATE mentions SET event_id = :e WHERE id = :m"), {"e": other, "m": mention})
        connection.execute(text("UPDATE mentions SET evidence = 'Shelling near Palmyra' WHERE id = :m"),
                           {"m": mention})
        hits = connection.execute(text("SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH 'palmyra'"))
        assert hits.scalars().all() == [mention]
        assert connection.execute(text("INSERT INTO mentions_fts(mentions_fts) VALUES ('integrity-check')"))


def test_every_stored_report_is_in_the_evidence_index_after_ingest_and_reprocess(sqlite_url, runner, seeds_copy):
    from conflict_db.cli import app

    engine = db.make_engine(sqlite_url)

    def indexed_as_stored():
        with engine.connect() as connection:
            assert connection.execute(text("INSERT INTO mentions_fts(mentions_fts) VALUES ('integrity-check')"))
            words = connection.execute(text("SELECT id, evidence FROM mentions")).all()
            assert words
            for word in ("killed", "talks", "seized"):
                expected = sorted(i for i, evidence in words if word in evidence.lower().split())
                found = connection.execute(text("SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH :w "
                                                "ORDER BY rowid"), {"w": word}).scalars().all()
                assert found == expected, word

    assert runner.invoke(app, ["ingest", str(seeds_copy), "--db", sqlite_url, "-q"]).exit_code == 0
    indexed_as_stored()
    assert runner.invoke(app, ["reprocess", "--db", sqlite_url]).exit_code == 0
    indexed_as_stored()


def test_upgrade_from_0002_with_data_keeps_the_events_and_regrouping_works(db_url, runner, seeds_copy, tmp_path):
    from conflict_db.cli import app

    def events(url=db_url):
        result = runner.invoke(app, ["events", "--db", url, "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        return sorted(repr((e["type"], e["status"], e["date_start"], e["date_end"], e["killed_low"],
                            sorted((s["article"], s["start"]) for s in e["sources"])))
                      for e in map(json.loads, result.stdout.splitlines()))

    articles = sorted(seeds_copy.glob("*.txt"))
    later = tmp_path / "later"
    later.mkdir()
    (seeds_copy / articles[-1].name).rename(later / articles[-1].name)
    shutil.copy(seeds_copy / "manifest.json", later)  # its publication date
    assert runner.invoke(app, ["ingest", str(seeds_copy), "--db", db_url, "-q"]).exit_code == 0
    before = events()
    engine = db.make_engine(db_url)
    db.downgrade(engine, "0002")
    assert db.current_revision(engine) == "0002"
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision()
    assert events() == before
    indexes = {i["name"] for i in inspect(engine).get_indexes("merge_keys")}
    assert "ix_merge_keys_match" in indexes and "ix_merge_keys_lookup" not in indexes
    # A new article regroups against the migrated reports as it would on a new database.
    assert runner.invoke(app, ["ingest", str(later), "--db", db_url, "-q"]).exit_code == 0
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    (later / articles[-1].name).rename(seeds_copy / articles[-1].name)
    assert runner.invoke(app, ["ingest", str(seeds_copy), "--db", fresh, "-q"]).exit_code == 0
    assert events() == events(fresh)
