"""The schema comes only from Alembic migrations; they go up, down and up again with data."""

from __future__ import annotations

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
