"""Migrations: from empty, backed up before upgrading, a newer database refused, schema = models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from villagedesk.storage import migrate
from villagedesk.storage.db import make_engine
from villagedesk.storage.store import Store
from villagedesk.storage.tables import Base


def test_upgrade_from_empty_matches_the_models(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    assert migrate.current_revision(s.engine) == migrate.head_revision()
    with s.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"migrations and tables.py disagree: {diff}"
    s.close()


def test_pragmas(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    s.close()


def test_reopen_is_a_no_op_and_makes_no_backup(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    Store.open(tmp_path).close()
    assert list((tmp_path / "backups").iterdir()) == []


def test_backup_before_upgrading_an_old_database(tmp_path: Path) -> None:
    s = Store.open(tmp_path)
    with s.unit_of_work() as uow:
        uow.set_setting("language", "bo")
    s.close()
    # Pretend the file was written at an older revision: the upgrade must copy it first.
    con = sqlite3.connect(tmp_path / "villagedesk.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    engine = make_engine(tmp_path / "villagedesk.sqlite3")
    backup = migrate.backup_database(tmp_path / "villagedesk.sqlite3", tmp_path / "backups", "test")
    engine.dispose()
    copy = sqlite3.connect(backup)
    assert copy.execute("select count(*) from settings").fetchone()[0] == 1
    copy.close()


def test_first_upgrade_of_a_foreign_file_is_backed_up(tmp_path: Path) -> None:
    db = tmp_path / "villagedesk.sqlite3"
    con = sqlite3.connect(db)
    con.execute("create table keep_me (x)")
    con.execute("insert into keep_me values (42)")
    con.commit()
    con.close()
    Store.open(tmp_path).close()
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("select x from keep_me").fetchone() == (42,)


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    db = tmp_path / "villagedesk.sqlite3"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(migrate.StoreVersionError) as err:
        Store.open(tmp_path)
    assert err.value.code == "store.newer_than_code"
    assert err.value.params["revision"] == "9999_from_the_future"
    assert db.read_bytes() == before
