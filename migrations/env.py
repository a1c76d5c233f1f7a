"""Alembic environment: used by `cdb db ...`, by cdb on first use, and by `alembic` from the repo root."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from conflict_db.config import database_url
from conflict_db.db import include_object, make_engine
from conflict_db.models import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode recreates tables instead.
        render_as_batch=is_sqlite,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or database_url()
    engine = make_engine(url)
    with engine.connect() as connection:
        is_sqlite = connection.dialect.name == "sqlite"
        if is_sqlite:
            # Batch table rebuilds must not cascade deletes; checked again after the migration.
            connection.execute(text("PRAGMA foreign_keys = OFF"))
            connection.commit()
        _configure_and_run(connection)
        if is_sqlite:
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
            connection.execute(text("PRAGMA foreign_keys = ON"))
    engine.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url") or database_url(),
                      target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
