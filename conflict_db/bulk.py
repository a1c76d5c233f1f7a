"""Statements over many rows at once: long id lists, and inserts and updates of many rows.

Rows go to the driver as tuples (`executemany`): SQLAlchemy's per-row parameter processing
costs more than SQLite's own work on rows this small.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from operator import itemgetter

from sqlalchemy import Date, DateTime, Table, bindparam, func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.sqltypes import NullType
from sqlalchemy.sql.visitors import InternalTraversal

CHUNK = 20000  # values per list: the list is one parameter, so this only bounds memory
_IDS = bindparam("ids")


class among(ColumnElement[bool]):
    """`column IN (the list bound to "ids")`, the list passed as one parameter (see `chunked`).

    An expanding IN renders one placeholder per value on every execution, which costs more
    than the query itself for the thousands of ids a batch looks up.
    """

    inherit_cache = True
    type = NullType()  # a Boolean would be compared with 1 on SQLite, which hides the index
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column) -> None:
        self.column = column


@compiles(among)
def _among_array(element: among, compiler, **kw) -> str:  # PostgreSQL: the list is an array
    return f"{compiler.process(element.column, **kw)} = ANY({compiler.process(_IDS, **kw)})"


@compiles(among, "sqlite")
def _among_json(element: among, compiler, **kw) -> str:
    return f"{compiler.process(element.column, **kw)} IN (SELECT value FROM json_each({compiler.process(_IDS, **kw)}))"


def id_list(conn: Connection, values: list) -> object:
    """The value of the "ids" parameter of `among` for this connection."""
    return json.dumps(values) if conn.dialect.name == "sqlite" else values


def _id_lists(conn: Connection, ids: Iterable) -> Iterator:
    """The distinct ids, sorted, as "ids" parameter values of at most CHUNK ids each."""
    ids = sorted(set(ids))
    for n in range(0, len(ids), CHUNK):
        yield id_list(conn, ids[n:n + CHUNK])


def chunked(conn: Connection, statement, ids: Iterable, **params) -> Iterator:
    """Rows of `statement` (filtered by `among`) for any number of ids."""
    for values in _id_lists(conn, ids):
        yield from conn.execute(statement, {"ids": values, **params}).all()


def execute_chunked(conn: Connection, statement, ids: Iterable) -> None:
    """Run a statement filtered by `among` (an UPDATE or DELETE) for any number of ids."""
    for values in _id_lists(conn, ids):
        conn.execute(statement, {"ids": values})


def insert_rows(conn: Connection, table: Table, rows: list[dict]) -> list[int]:
    """Insert rows with ids taken up front; returns the ids, in the order of `rows`.

    Writers hold the write lock (`db.WRITE`), and a sequence hands out ids safely on
    PostgreSQL, so ids cannot be taken twice.
    """
    if not rows:
        return []
    ids = next_ids(conn, table, len(rows))
    insert_many(conn, table, [dict(row, id=i) for i, row in zip(ids, rows)])
    return ids


def next_ids(conn: Connection, table: Table, n: int) -> list[int]:
    if conn.dialect.name == "postgresql":
        return sorted(conn.scalars(text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                                   {"t": table.name, "n": n}))
    top = conn.scalar(select(func.max(table.c.id))) or 0
    return list(range(top + 1, top + n + 1))


def insert_many(conn: Connection, table: Table, rows: list[dict]) -> None:
    """INSERT rows (dicts with the same keys) in one executemany."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(_quote(conn, c) for c in columns)
    marks = ", ".join([_mark(conn)] * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {_quote(conn, table.name)} ({names}) VALUES ({marks})",
                         _tuples(conn, table, rows, columns))


def update_many(conn: Connection, table: Table, key: str, rows: list[dict]) -> None:
    """UPDATE each row's other columns where `key` equals the row's `key` value, in one executemany."""
    if not rows:
        return
    columns = [c for c in rows[0] if c != key]
    mark = _mark(conn)
    sets = ", ".join(f"{_quote(conn, c)} = {mark}" for c in columns)
    conn.exec_driver_sql(f"UPDATE {_quote(conn, table.name)} SET {sets} WHERE {_quote(conn, key)} = {mark}",
                         _tuples(conn, table, rows, columns + [key]))


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _mark(conn: Connection) -> str:
    style = conn.dialect.paramstyle
    if style == "qmark":
        return "?"
    if style in ("format", "pyformat"):
        return "%s"
    raise NotImplementedError(f"bulk statements do not support the {style!r} parameter style")


def _tuples(conn: Connection, table: Table, rows: list[dict], columns: list[str]) -> list[tuple]:
    getter = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    tuples = [getter(row) for row in rows]
    if conn.dialect.name != "sqlite":
        return tuples
    # SQLAlchemy stores dates and times in SQLite as ISO text; rows of a batch mostly share
    # their timestamps, so each distinct value is formatted once.
    dated = [n for n, c in enumerate(columns) if isinstance(table.c[c].type, (Date, DateTime))]
    if not dated:
        return tuples
    formatted: dict = {}
    out = []
    for values in tuples:
        values = list(values)
        for n in dated:
            value = values[n]
            if value is not None:
                text_ = formatted.get(value)
                if text_ is None:
                    text_ = formatted[value] = (value.isoformat(" ", "microseconds") if isinstance(value, datetime)
                                                else value.isoformat())
                values[n] = text_
        out.append(tuple(values))
    return out
