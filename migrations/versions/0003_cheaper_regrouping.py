"""merge_keys probed by date; full-text triggers only for text changes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

- Regrouping now looks for the reports a batch may join with one self-join on `merge_keys`,
  bounded below by the widest window. The new index puts `date_start` right after the key,
  so each probe is one short index range.
- A window wider than 40 days (an approximate date inherited from a year) no longer merges
  (`conflict_db.merge.MAX_WINDOW`); such rows are removed. Their events keep their grouping
  until `cdb reprocess`.
- On SQLite, regrouping rewrites `mentions.event_id`; the full-text triggers now fire only when
  the indexed text changes instead of re-indexing the evidence on every move.
"""
from __future__ import annotations

from datetime import date

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

MAX_WINDOW_DAYS = 40  # frozen copy of conflict_db.merge.MAX_WINDOW as of this revision
FTS = (("articles", ("title", "text")), ("mentions", ("evidence",)))


def _day(value):
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_merge_keys_lookup')
        batch_op.create_index('ix_merge_keys_match', ['type', 'kind', 'key_id', 'date_start', 'date_end', 'strong',
                                                      'placed', 'mention_id'], unique=False)
    bind = op.get_bind()
    wide = [{"id": mention_id} for mention_id, precision, start, end in bind.execute(sa.text(
        "SELECT DISTINCT k.mention_id, m.date_precision, k.date_start, k.date_end FROM merge_keys k "
        "JOIN mentions m ON m.id = k.mention_id WHERE m.date_precision <> 'range'"))
        if (_day(end) - _day(start)).days > MAX_WINDOW_DAYS]
    if wide:
        bind.execute(sa.text("DELETE FROM merge_keys WHERE mention_id = :id"), wide)
    if bind.dialect.name == "sqlite":
        _triggers("AFTER UPDATE OF {cols} ON {table}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _triggers("AFTER UPDATE ON {table}")
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_merge_keys_match')
        batch_op.create_index('ix_merge_keys_lookup', ['type', 'kind', 'key_id', 'strong', 'placed', 'date_start',
                                                       'date_end', 'mention_id'], unique=False)


def _triggers(when: str) -> None:
    for table, columns in FTS:
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_update")
        op.execute(f"CREATE TRIGGER {table}_fts_update {when.format(cols=cols, table=table)} BEGIN "
                   f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
                   f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END")
