"""Bringing a database file to the code's schema, safely.

Before any upgrade the file is copied (SQLite's online backup) to ``backups/``; a database whose revision
the code does not know (written by a newer VillageDesk) is refused, never touched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from villagedesk.core.errors import VillageDeskError

_HERE = Path(__file__).resolve().parent / "migrations"


class StoreVersionError(VillageDeskError):
    code = "store.newer_than_code"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_database(db_path: Path, backups: Path, label: str) -> Path:
    backups.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    dest = backups / f"{db_path.stem}-{label}-{stamp}.sqlite3"
    src = sqlite3.connect(db_path)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def upgrade(engine: Engine, db_path: Path, backups: Path) -> Path | None:
    """Upgrade to head. Returns the backup made, or None when nothing had to change."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise StoreVersionError(
                "this data was written by a newer VillageDesk; install that version or newer",
                revision=current,
            ) from None
    backup = None
    if current is not None or _has_tables(db_path):
        backup = backup_database(db_path, backups, f"before-{head}")
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def _has_tables(db_path: Path) -> bool:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    con = sqlite3.connect(db_path)
    try:
        count: int = con.execute("select count(*) from sqlite_master where type='table'").fetchone()[0]
        return count > 0
    finally:
        con.close()
