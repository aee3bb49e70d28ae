"""Engines for SQLite (one township, the default) and PostgreSQL (a county), and the migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from villagedesk.core.errors import IntegrityError

MIGRATIONS = Path(__file__).parent / "migrations"
# Execution option for connections that only read (``engine.execution_options(**{READ_ONLY: True})``).
READ_ONLY = "vd_read_only"


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite+pysqlite:///{data_dir / 'server.db'}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (SAVEPOINT needs it)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            # An acknowledged push must survive a power cut of the township PC.
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            if conn.get_execution_options().get(READ_ONLY):
                # A reader never upgrades to writing, so a deferred transaction cannot deadlock; in WAL
                # mode it reads its snapshot while the writer commits instead of queueing behind it.
                conn.exec_driver_sql("BEGIN")
                return
            # Take the write lock up front: two deferred transactions that both upgrade to writing
            # deadlock in SQLite instead of waiting.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=16)


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine) -> None:
    """Bring the schema to the code's head; refuse a database that a newer server wrote."""
    script = ScriptDirectory.from_config(_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise IntegrityError(
            "the database was written by a newer server; upgrade the server",
            code="server.db_newer",
            revision=current,
        )
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def test_engine_for(url: str) -> Engine:
    """An engine without pooling, for tools that open and close quickly."""
    return create_engine(url, poolclass=NullPool)
