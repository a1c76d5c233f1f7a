"""merge_keys.settled: weak reports that can no longer join an event

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21

A weak report (no day, or no place) that fits strong reports of two different days stays
apart whatever arrives later, and so does a range, which fits no single day: regrouping stops
looking at them. Ranges are flagged here; other stored reports are flagged the next time
regrouping examines them. The index gains the flag so the
lookup skips settled reports without reading the table. The index now puts `placed`,
`strong` and `settled` before the dates: regrouping asks for each combination separately, so
a probe reads only the rows it wants, not every report of a busy key in the window.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_COLUMNS_0003 = ['type', 'kind', 'key_id', 'date_start', 'date_end', 'strong', 'placed', 'mention_id']


def upgrade() -> None:
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('settled', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.drop_index('ix_merge_keys_match')
        batch_op.create_index('ix_merge_keys_match', ['type', 'kind', 'key_id', 'placed', 'strong', 'settled',
                                                      'date_start', 'date_end', 'mention_id'], unique=False)
    op.execute("UPDATE merge_keys SET settled = true WHERE mention_id IN "
               "(SELECT id FROM mentions WHERE date_precision = 'range')")


def downgrade() -> None:
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_merge_keys_match')
        batch_op.create_index('ix_merge_keys_match', _COLUMNS_0003, unique=False)
        batch_op.drop_column('settled')
