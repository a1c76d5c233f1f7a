"""index on events.date_end; merge_keys lookup table

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

- `cdb events --since DATE --limit N` reads events that start before DATE and last until it
  from ix_events_date_end, and the rest from ix_events_date_start_id, instead of scanning
  every event.
- `merge_keys`: one row per (dated mention, place or actor) with the mention's type and dates,
  so ingest finds the reports that may be the same event with one index range per place or
  actor instead of scanning every event of the type (which made ingest quadratic).
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_date_end', ['date_end', 'date_start'], unique=False)
    op.create_table('merge_keys',
    sa.Column('mention_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('key_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('placed', sa.Boolean(), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=False),
    sa.Column('date_end', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], name=op.f('fk_merge_keys_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', 'kind', 'key_id', name=op.f('pk_merge_keys'))
    )
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.create_index('ix_merge_keys_lookup', ['type', 'kind', 'key_id', 'placed', 'date_start', 'date_end', 'mention_id'], unique=False)
    # Existing mentions.
    # Countries alone are too coarse to match reports on (conflict_db.store.is_specific).
    for kind, link, column, extra in (
        ('p', 'mention_places', 'place_id',
         f" AND l.place_id IN (SELECT p.id FROM places p WHERE {SPECIFIC})"),
        ('a', 'mention_actors', 'actor_id', ""),
    ):
        op.execute(f'''
INSERT INTO merge_keys (mention_id, kind, key_id, type, placed, date_start, date_end)
SELECT m.id, '{kind}', l.{column}, e.type,
       EXISTS (SELECT 1 FROM mention_places mp JOIN places p ON p.id = mp.place_id
               WHERE mp.mention_id = m.id AND {SPECIFIC}),
       m.date_start, coalesce(m.date_end, m.date_start)
FROM mentions m JOIN events e ON e.id = m.event_id JOIN {link} l ON l.mention_id = m.id
WHERE m.date_start IS NOT NULL{extra}
''')


SPECIFIC = "NOT (p.admin1 IS NULL AND p.name = p.country)"


def downgrade() -> None:
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_merge_keys_lookup')
    op.drop_table('merge_keys')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_date_end')
