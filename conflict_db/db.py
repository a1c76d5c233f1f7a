"""Engine, SQLite pragmas, sessions, and running the Alembic migrations in code."""

from __future__ import annotations

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


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets readers work while one ingest writes; NORMAL is durable enough with WAL.
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:
            pass  # read-only files cannot switch journal mode; reading still works
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
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
            else:
                engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _set_sqlite_pragmas)
            return engine
        return create_engine(url, pool_pre_ping=True)
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


def _run(engine: Engine, fn) -> None:
    try:
        with engine.begin() as connection:
            fn(alembic_config(connection))
    except OperationalError as exc:
        raise DatabaseError(f"cannot migrate database {_safe(engine)}: {_first_line(exc)}") from None


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
        raise DatabaseError(f"cannot open database {_safe(engine)}: {_first_line(exc)}") from None


def ensure_schema(engine: Engine) -> None:
    """Bring a new or older database to the current schema; a no-op when it is current."""
    if current_revision(engine) != head_revision():
        upgrade(engine)


def open_database(url: str, *, migrate: bool = True) -> Engine:
    engine = make_engine(url)
    try:
        if migrate:
            ensure_schema(engine)
        else:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot open database {_safe(engine)}: {_first_line(exc)}") from None
    return engine


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session:
        with session.begin():
            yield session


def _safe(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
