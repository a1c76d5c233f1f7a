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

from datetime import date, timedelta

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
    sa.Column('strong', sa.Boolean(), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=False),
    sa.Column('date_end', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], name=op.f('fk_merge_keys_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', 'kind', 'key_id', name=op.f('pk_merge_keys'))
    )
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.create_index('ix_merge_keys_lookup', ['type', 'kind', 'key_id', 'strong', 'placed', 'date_start', 'date_end', 'mention_id'], unique=False)
    _backfill()


# Frozen copies of the rules in conflict_db.merge as of this revision, so the migration
# keeps doing what it did when it was written.
MERGEABLE = {"day", "approx", "week", "month", "range"}
SLACK = timedelta(days=2)


def _day(value):
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _backfill() -> None:
    bind = op.get_bind()
    mentions = bind.execute(sa.text(
        "SELECT m.id, e.type, m.date_start, m.date_end, m.date_precision FROM mentions m "
        "JOIN events e ON e.id = m.event_id WHERE m.date_start IS NOT NULL")).all()
    places: dict[int, list[int]] = {}
    for mention_id, place_id in bind.execute(sa.text(
            "SELECT mp.mention_id, mp.place_id FROM mention_places mp JOIN places p ON p.id = mp.place_id "
            "WHERE NOT (p.admin1 IS NULL AND p.name = p.country)")):
        places.setdefault(mention_id, []).append(place_id)
    actors: dict[int, list[int]] = {}
    for mention_id, actor_id in bind.execute(sa.text("SELECT mention_id, actor_id FROM mention_actors")):
        actors.setdefault(mention_id, []).append(actor_id)
    rows = []
    for mention_id, kind, start, end, precision in mentions:
        if precision not in MERGEABLE:
            continue
        start = _day(start)
        end = _day(end) if end is not None else start
        if precision == "approx":
            start, end = start - SLACK, end + SLACK
        placed = bool(places.get(mention_id))
        common = {"mention_id": mention_id, "type": kind, "placed": placed,
                  "strong": placed and precision == "day", "date_start": start, "date_end": end}
        rows += [dict(common, kind="p", key_id=i) for i in places.get(mention_id, ())]
        rows += [dict(common, kind="a", key_id=i) for i in actors.get(mention_id, ())]
    if rows:
        table = sa.table(
            "merge_keys", sa.column("mention_id", sa.Integer), sa.column("kind", sa.String),
            sa.column("key_id", sa.Integer), sa.column("type", sa.String), sa.column("placed", sa.Boolean),
            sa.column("strong", sa.Boolean), sa.column("date_start", sa.Date), sa.column("date_end", sa.Date))
        op.bulk_insert(table, rows)


def downgrade() -> None:
    with op.batch_alter_table('merge_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_merge_keys_lookup')
    op.drop_table('merge_keys')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_date_end')
