"""Engine, SQLite pragmas, sessions, and running the Alembic migrations in code."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .errors import DatabaseError

SQLITE_BUSY_TIMEOUT_MS = 30_000
BUSY_TIMEOUT_ENV = "CDB_SQLITE_BUSY_TIMEOUT"  # seconds a writer waits for another one's lock
CONNECT_TIMEOUT_ENV = "CDB_CONNECT_TIMEOUT"  # seconds to wait for a database server
CONNECT_TIMEOUT_S = 10
# Execution option: the transaction will write, so on SQLite take the write lock at BEGIN
# (BEGIN IMMEDIATE) instead of failing to upgrade a read lock later, and on PostgreSQL
# serialise writers so that merging sees every committed event.
WRITE = {"cdb_write": True}
_PG_WRITE_LOCK = 0x63646200  # pg_advisory_xact_lock key for cdb writers


def busy_timeout_ms() -> int:
    raw = os.environ.get(BUSY_TIMEOUT_ENV)
    if not raw:
        return SQLITE_BUSY_TIMEOUT_MS
    try:
        return max(0, int(float(raw) * 1000))
    except ValueError:
        raise DatabaseError(f"{BUSY_TIMEOUT_ENV} must be a number of seconds, not {raw!r}") from None


def _connect_timeout() -> int:
    raw = os.environ.get(CONNECT_TIMEOUT_ENV)
    try:
        return max(1, int(float(raw))) if raw else CONNECT_TIMEOUT_S
    except ValueError:
        raise DatabaseError(f"{CONNECT_TIMEOUT_ENV} must be a number of seconds, not {raw!r}") from None


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy's "begin" hook below emit BEGIN itself (pysqlite's own transaction
    # handling breaks SAVEPOINT and cannot take the write lock up front).
    dbapi_connection.isolation_level = None
    _set_sqlite_pragmas(dbapi_connection, _record)


def _sqlite_begin(connection) -> None:
    if connection.get_execution_options().get("cdb_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def _postgres_begin(connection) -> None:
    if connection.get_execution_options().get("cdb_write"):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets readers work while one ingest writes; NORMAL is durable enough with WAL.
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:
            pass  # read-only files cannot switch journal mode; reading still works
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # A batch touches pages all over the merge and full-text indexes: a cache of 64 MB
        # (SQLite's default is 2 MB) keeps them in memory, and checkpointing every 40 MB of
        # WAL instead of 4 MB writes a page once for several batches.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.execute("PRAGMA wal_autocheckpoint = 10000")
    finally:
        cursor.close()


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Create an engine for `url`; pragmas are attached to this engine only."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"invalid database URL {url!r}: {exc}") from None
    try:
        if parsed.get_backend_name() == "sqlite":
            path = parsed.database
            if path and path != ":memory:":
                parent = Path(path).expanduser().resolve().parent
                if not parent.is_dir():
                    raise DatabaseError(f"database directory does not exist: {parent} (from {url})")
            if read_only and path and path != ":memory:":
                uri = f"file:{Path(path).expanduser().resolve()}?mode=ro"
                engine = create_engine(
                    "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
                )
                event.listen(engine, "connect", _set_sqlite_pragmas)
            else:
                engine = create_engine(url, connect_args={"timeout": busy_timeout_ms() / 1000})
                event.listen(engine, "connect", _sqlite_connect)
                event.listen(engine, "begin", _sqlite_begin)
            return engine
        connect_args = {}
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = _connect_timeout()
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        if parsed.get_backend_name() == "postgresql":
            event.listen(engine, "begin", _postgres_begin)
        return engine
    except NoSuchModuleError:
        raise DatabaseError(f"unsupported database URL {url!r}") from None
    except ModuleNotFoundError as exc:
        raise DatabaseError(
            f"database driver missing for {url!r} ({exc.name}); for PostgreSQL install conflict-db[postgres]"
        ) from None


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Full-text tables and indexes are made by hand in migrations; autogenerate leaves them be."""
    return not (name or "").startswith(("articles_fts", "mentions_fts", "ix_articles_fts", "ix_mentions_fts"))


def migrations_dir() -> Path:
    """The migrations shipped with the package (the repo's migrations/ in a checkout)."""
    try:
        return Path(str(files("conflict_db.migrations")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _run(engine: Engine, fn, *, unless_at: str | None = None) -> None:
    """Run a migration command in one write transaction (one migrating process at a time)."""
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.execution_options(**WRITE).begin() as connection:
            if unless_at is not None and MigrationContext.configure(connection).get_current_revision() == unless_at:
                return  # another process migrated while we waited for the lock
            fn(alembic_config(connection))
    except OperationalError as exc:
        raise database_error(engine, exc, "cannot migrate database") from None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    _run(engine, lambda cfg: command.upgrade(cfg, revision))


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _run(engine, lambda cfg: command.downgrade(cfg, revision))


@lru_cache(maxsize=1)
def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        raise database_error(engine, exc, "cannot open database") from None


def _head_from_files() -> str | None:
    """The single head revision read from the version files (no alembic import); None if unsure."""
    import re

    revisions, parents = set(), set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        down = re.search(r"^down_revision\s*=\s*(.+)$", source, re.M)
        if rev is None or down is None:
            continue
        revisions.add(rev.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    """alembic_version as stored, read with plain SQL; None when there is no such table."""
    try:
        connection = engine.connect()
    except SQLAlchemyError as exc:
        raise database_error(engine, exc, "cannot open database") from None
    with connection:
        try:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        except SQLAlchemyError:
            return None
    return rows[0][0] if len(rows) == 1 else None


def ensure_schema(engine: Engine) -> None:
    """Bring a new or older database to the current schema; a no-op when it is current."""
    # Fast path for every command on a current database: no alembic import (~150 ms).
    stored = _stored_revision(engine)
    if stored is not None and stored == _head_from_files():
        return
    if current_revision(engine) != head_revision():
        from alembic import command

        _run(engine, lambda cfg: command.upgrade(cfg, "head"), unless_at=head_revision())


def open_database(url: str, *, migrate: bool = True) -> Engine:
    engine = make_engine(url)
    try:
        if migrate:
            ensure_schema(engine)
        else:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise database_error(engine, exc, "cannot open database") from None
    return engine


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()


@contextmanager
def session_scope(engine: Engine, *, write: bool = False) -> Iterator[Session]:
    """One transaction; `write=True` takes the write lock at BEGIN (see WRITE)."""
    factory = sessionmaker(engine.execution_options(**WRITE) if write else engine, expire_on_commit=False)
    with factory() as session:
        with session.begin():
            yield session


def database_error(engine: Engine, exc: Exception, action: str) -> DatabaseError:
    """One line naming the database; a lock held by another writer is said plainly."""
    message = error_message(exc)
    if "database is locked" in message or "database table is locked" in message:
        return DatabaseError(
            f"database is locked: {_safe(engine)} (another process holds its write lock; waited "
            f"{busy_timeout_ms() / 1000:g} s; set {BUSY_TIMEOUT_ENV} to wait longer)"
        )
    if "readonly database" in message or "read-only" in message:
        return DatabaseError(f"database is read-only: {_safe(engine)} ({message})")
    return DatabaseError(f"{action} {_safe(engine)}: {message}")


def _safe(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def error_message(exc: Exception) -> str:
    """The driver's own message, first line only (SQLAlchemy wraps it in several more)."""
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
