"""mentions_fts filled once per batch, not by a trigger per row

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21

On SQLite, FTS5 writes its pending terms to disk at every savepoint, and a trigger runs each
row's insert into the index as a statement of its own: a batch of reports was indexed row by
row, at about six times the cost of the insert. Reports are only ever added by `cdb` (a report
without its event, merge keys and regrouping would be meaningless), which now indexes a
batch's evidence with one INSERT ... SELECT (`conflict_db.store`). Deletes and evidence
changes are still followed by triggers, and articles keep their insert trigger: one row per
article, and SQL users may add articles themselves.
"""
from __future__ import annotations

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS mentions_fts_insert")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN "
                   "INSERT INTO mentions_fts(rowid, evidence) VALUES (new.id, new.evidence); END")
