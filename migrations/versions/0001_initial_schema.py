"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21

Tables for articles, events, mentions, places and actors, and the
`event_timeline` view for people writing SQL.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors')),
    sa.UniqueConstraint('name', name=op.f('uq_actors_name'))
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=255), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=255), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('published_date', sa.Date(), nullable=True),
    sa.Column('published_source', sa.String(length=16), nullable=True),
    sa.Column('source_path', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_sha256', name=op.f('uq_articles_content_sha256')),
    sa.UniqueConstraint('key', name=op.f('uq_articles_key'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_published_date'), ['published_date'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=False),
    sa.Column('killed_low', sa.Integer(), nullable=True),
    sa.Column('killed_high', sa.Integer(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_date_start_id', ['date_start', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_type'), ['type'], unique=False)

    op.create_table('places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=400), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('admin1', sa.String(length=255), nullable=True),
    sa.Column('country', sa.String(length=255), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('geonames_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places')),
    sa.UniqueConstraint('key', name=op.f('uq_places_key'))
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_admin1'), ['admin1'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_name'), ['name'], unique=False)

    op.create_table('actor_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_aliases_actor_id_actors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_aliases')),
    sa.UniqueConstraint('actor_id', 'alias', name=op.f('uq_actor_aliases_actor_id'))
    )
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_aliases_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_aliases_alias'), ['alias'], unique=False)

    op.create_table('event_actors',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_event_actors_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_actors_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'actor_id', name=op.f('pk_event_actors'))
    )
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_actors_actor_id'), ['actor_id'], unique=False)

    op.create_table('event_places',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_places_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_event_places_place_id_places'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'place_id', name=op.f('pk_event_places'))
    )
    with op.batch_alter_table('event_places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_places_place_id'), ['place_id'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('date_text', sa.Text(), nullable=True),
    sa.Column('date_method', sa.String(length=16), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=16), nullable=False),
    sa.Column('report_date', sa.Date(), nullable=True),
    sa.Column('killed_low', sa.Integer(), nullable=True),
    sa.Column('killed_high', sa.Integer(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('extractor_version', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_mentions_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_event_id'), ['event_id'], unique=False)

    op.create_table('mention_actors',
    sa.Column('mention_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_mention_actors_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], name=op.f('fk_mention_actors_mention_id_mentions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', 'actor_id', name=op.f('pk_mention_actors'))
    )
    with op.batch_alter_table('mention_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mention_actors_actor_id'), ['actor_id'], unique=False)

    op.create_table('mention_places',
    sa.Column('mention_id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], name=op.f('fk_mention_places_mention_id_mentions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_mention_places_place_id_places'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mention_id', 'place_id', name=op.f('pk_mention_places'))
    )
    with op.batch_alter_table('mention_places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mention_places_place_id'), ['place_id'], unique=False)

    op.execute(event_timeline_sql(op.get_bind().dialect.name))
    for statement in full_text_sql(op.get_bind().dialect.name):
        op.execute(statement)


def event_timeline_sql(dialect: str) -> str:
    agg = "string_agg({0}, '; ' ORDER BY {1})" if dialect == "postgresql" else "group_concat({0}, '; ')"
    return f'''
CREATE VIEW event_timeline AS
SELECT
    e.id AS event_id,
    e.date_start,
    e.date_end,
    e.date_precision,
    e.type,
    e.status,
    (SELECT {agg.format('p.name', 'ep.position')} FROM event_places ep JOIN places p ON p.id = ep.place_id
      WHERE ep.event_id = e.id) AS places,
    (SELECT {agg.format('p.admin1', 'ep.position')} FROM event_places ep JOIN places p ON p.id = ep.place_id
      WHERE ep.event_id = e.id AND p.admin1 IS NOT NULL) AS provinces,
    (SELECT {agg.format('a.name', 'ea.position')} FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
      WHERE ea.event_id = e.id) AS actors,
    e.killed_low,
    e.killed_high,
    e.count,
    (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.event_id = e.id) AS sources,
    (SELECT m.evidence FROM mentions m WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS first_evidence,
    (SELECT ar.key FROM mentions m JOIN articles ar ON ar.id = m.article_id
      WHERE m.event_id = e.id ORDER BY m.id LIMIT 1) AS first_article
FROM events e
'''


def full_text_sql(dialect: str) -> list[str]:
    """Full-text search over article text and evidence: FTS5 on SQLite, GIN indexes on PostgreSQL."""
    if dialect == "postgresql":
        return [
            "CREATE INDEX ix_articles_fts ON articles USING gin "
            "(to_tsvector('english', coalesce(title, '') || ' ' || text))",
            "CREATE INDEX ix_mentions_fts ON mentions USING gin (to_tsvector('english', evidence))",
        ]
    if dialect != "sqlite":
        return []
    statements = []
    for table, columns in (("articles", ("title", "text")), ("mentions", ("evidence",))):
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        statements += [
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', content_rowid='id')",
            f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END",
            f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
            f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END",
        ]
    return statements


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS event_timeline")
    if op.get_bind().dialect.name == "sqlite":
        for table in ("articles", "mentions"):
            for trigger in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{trigger}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_mentions_fts")
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
    with op.batch_alter_table('mention_places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mention_places_place_id'))

    op.drop_table('mention_places')
    with op.batch_alter_table('mention_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mention_actors_actor_id'))

    op.drop_table('mention_actors')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_event_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_article_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('event_places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_places_place_id'))

    op.drop_table('event_places')
    with op.batch_alter_table('event_actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_actors_actor_id'))

    op.drop_table('event_actors')
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_aliases_alias'))
        batch_op.drop_index(batch_op.f('ix_actor_aliases_actor_id'))

    op.drop_table('actor_aliases')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_name'))
        batch_op.drop_index(batch_op.f('ix_places_admin1'))

    op.drop_table('places')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_type'))
        batch_op.drop_index('ix_events_date_start_id')

    op.drop_table('events')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published_date'))

    op.drop_table('articles')
    op.drop_table('actors')
