"""datasette metadata.json: well-formed, names real tables and columns, canned queries run."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import inspect, text

from conflict_db import db

METADATA = Path(__file__).resolve().parent.parent / "metadata.json"


def load() -> dict:
    return json.loads(METADATA.read_text(encoding="utf-8"))


def test_structure():
    meta = load()
    assert meta["title"] and meta["description"]
    database = meta["databases"]["conflict"]
    tables = database["tables"]
    assert {"articles", "events", "mentions", "places", "actors", "event_timeline"} <= set(tables)
    for name, table in tables.items():
        assert table["description"], name
        assert table["columns"], name
    assert tables["events"]["facets"] == ["type", "status", "date_precision"]
    assert tables["event_timeline"]["facets"] == ["type", "status", "provinces"]
    assert (tables["articles"]["fts_table"], tables["articles"]["fts_pk"]) == ("articles_fts", "id")
    assert (tables["mentions"]["fts_table"], tables["mentions"]["fts_pk"]) == ("mentions_fts", "id")
    queries = database["queries"]
    assert {"events_since", "events_by_type", "releases"} <= set(queries)
    assert ":since" in queries["events_since"]["sql"] and "event_timeline" in queries["events_since"]["sql"]
    assert "type = 'release'" in queries["releases"]["sql"]


def test_names_match_the_schema_and_queries_run(sqlite_url):
    engine = db.make_engine(sqlite_url)
    db.upgrade(engine)
    inspector = inspect(engine)
    meta = load()["databases"]["conflict"]
    for name, table in meta["tables"].items():
        columns = {c["name"] for c in inspector.get_columns(name)}
        assert set(table["columns"]) == columns, name
        assert set(table.get("facets", [])) <= columns, name
        for key in ("sort", "sort_desc", "label_column"):
            if key in table:
                assert table[key] in columns, (name, key)
    params = {"since": "2014-01-01", "type": "clash", "event_id": 1}
    with engine.connect() as connection:
        for name, query in meta["queries"].items():
            connection.execute(text(query["sql"]), params).fetchall()
