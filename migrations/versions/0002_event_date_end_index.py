"""index on events.date_end

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

`cdb events --since DATE --limit N` reads events that start before DATE and last until it
from this index, and the rest from ix_events_date_start_id, instead of scanning every event.
"""
from __future__ import annotations

from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_date_end', ['date_end', 'date_start'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_date_end')
