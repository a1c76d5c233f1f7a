"""Direct SQL for `cdb sql`: a read-only connection, so a typed query can never change data."""

from __future__ import annotations

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from .db import error_message, make_engine
from .errors import CdbError


def run_read_only(url: str, query: str, params: dict | None = None) -> list[dict]:
    engine = _read_only_engine(url)
    try:
        with engine.connect() as connection:
            result = connection.execute(text(query), params or {})
            if not result.returns_rows:
                raise CdbError("cdb sql runs read-only queries; the statement returned no rows")
            columns = list(result.keys())
            return [dict(zip(columns, row)) for row in result]
    except SQLAlchemyError as exc:
        message = error_message(exc)
        if "readonly" in message or "read-only" in message:
            raise CdbError(f"cdb sql is read-only, the statement was refused: {message}") from None
        raise CdbError(f"SQL error: {message}") from None
    finally:
        engine.dispose()


def _read_only_engine(url: str):
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return make_engine(url, read_only=True)
    engine = create_engine(url, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cursor.close()
        dbapi_connection.commit()

    return engine
