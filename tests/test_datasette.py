"""Datasette on the SQLite file with the repo's metadata.json: facets, full-text search, canned queries."""

from __future__ import annotations

import asyncio
import json

import pytest

from conflict_db.cli import app
from conftest import REPO

datasette_app = pytest.importorskip("datasette.app")


@pytest.fixture
def conflict_db_file(runner, tmp_path, seeds_copy):
    path = tmp_path / "conflict.db"  # metadata.json describes the database named "conflict"
    result = runner.invoke(app, ["ingest", str(seeds_copy), "--db", f"sqlite:///{path}"])
    assert result.exit_code == 0, result.output
    return path


def _get(path, *urls):
    metadata = json.loads((REPO / "metadata.json").read_text())

    async def run():
        ds = datasette_app.Datasette([str(path)], metadata=metadata)
        await ds.invoke_startup()
        out = []
        for url in urls:
            response = await ds.client.get(url)
            assert response.status_code == 200, (url, response.text[:500])
            out.append(response.json())
        return out

    return asyncio.run(run())


def test_tables_view_and_facets(conflict_db_file):
    events, timeline = _get(
        conflict_db_file,
        "/conflict/events.json?_shape=objects&_size=max",
        "/conflict/event_timeline.json?_shape=objects&_size=max",
    )
    assert len(events["rows"]) == len(timeline["rows"]) > 0
    assert {f for f in events.get("facet_results", {})} >= {"type", "status"}


def test_full_text_search_is_declared(conflict_db_file):
    [found] = _get(conflict_db_file, "/conflict/articles.json?_search=landmine&_shape=objects")
    assert [row["key"] for row in found["rows"]] == ["004_ba9a064b846a63d7"]
    [evidence] = _get(conflict_db_file, "/conflict/mentions.json?_search=Geneva&_shape=objects")
    assert evidence["rows"] and all("Geneva" in row["evidence"] for row in evidence["rows"])


def test_canned_queries_run(conflict_db_file):
    since, releases = _get(
        conflict_db_file,
        "/conflict/events_since.json?since=2014-01-10&_shape=objects",
        "/conflict/releases.json?_shape=objects",
    )
    assert since["rows"] and all((row["date_end"] or row["date_start"]) >= "2014-01-10" for row in since["rows"])
    assert releases["rows"]
