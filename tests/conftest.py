"""Shared fixtures: a real database (SQLite file, or PostgreSQL when CDB_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold" / "seeds.jsonl"
POSTGRES_URL = os.environ.get("CDB_TEST_POSTGRES_URL")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _postgres_database() -> tuple[str, str]:
    """A fresh, empty database on the test server; dropped at the end of the test."""
    name = "cdb_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    base, _, _ = POSTGRES_URL.rpartition("/")
    return f"{base}/{name}", name


@pytest.fixture
def db_url(tmp_path: Path):
    """URL of a new, empty database: SQLite file by default, PostgreSQL in the CI's second run."""
    if not POSTGRES_URL:
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    url, name = _postgres_database()
    yield url
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
