"""Engine creation with the pragmas a laptop that loses power needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL: readers never block the writer (the sync thread and the window read at once).
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed application survives a power cut, which is the normal way a laptop dies here.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _on_begin(conn: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; take control of it.
    # Writers take the write lock up front (no deadlock on lock upgrade); readers stay deferred so
    # the window keeps reading while the sync thread writes (WAL).
    if conn.get_execution_options().get("sqlite_immediate"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions begin with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(sqlite_immediate=True)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    event.listen(engine, "begin", _on_begin)
    return engine
