"""Where the database is: --db > CDB_DATABASE_URL > sqlite:///conflict.db (current directory)."""

from __future__ import annotations

import os

DEFAULT_URL = "sqlite:///conflict.db"
ENV_VAR = "CDB_DATABASE_URL"


def database_url(option: str | None = None) -> str:
    if option:
        return normalise_url(option)
    env = os.environ.get(ENV_VAR)
    if env:
        return normalise_url(env)
    return DEFAULT_URL


def normalise_url(value: str) -> str:
    """Accept a URL, or a plain path to an SQLite file (as sqlite-utils does)."""
    value = value.strip()
    if "://" in value:
        if value.startswith("postgres://"):
            return "postgresql+psycopg://" + value[len("postgres://"):]
        if value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value[len("postgresql://"):]
        return value
    return f"sqlite:///{value}"
