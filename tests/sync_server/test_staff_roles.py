"""Staff roles on the server (SQLite and PostgreSQL): the 0002 migration, the CLI, and devices' last sync."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import TextClause, select, text
from sync_harness import VILLAGE_A, ServerProc, enrolled_store

import sync_server.township.tables  # noqa: F401  (the township tables share the metadata)
from sync_server import db
from sync_server import tables as t
from sync_server.cli import main as server_main
from sync_server.cli import open_server
from villagedesk.sync import commands


def _alembic(engine: object, fn: object, target: str) -> None:
    cfg = db._config()
    with engine.begin() as conn:  # type: ignore[attr-defined]
        cfg.attributes["connection"] = conn
        fn(cfg, target)  # type: ignore[operator]


def test_migration_equals_the_tables(tmp_path: Path, backend: str | None) -> None:
    engine = db.make_engine(backend or db.sqlite_url(tmp_path))
    db.upgrade(engine)
    assert db.head_revision() == "0003_blob_packs"
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), t.metadata)
    engine.dispose()
    assert diff == []


def test_existing_staff_rows_get_the_new_roles(tmp_path: Path, backend: str | None) -> None:
    engine = db.make_engine(backend or db.sqlite_url(tmp_path))
    _alembic(engine, command.upgrade, "township_0001")
    with engine.begin() as conn:
        for name, role in (("a", "admin"), ("r", "reviewer"), ("v", "viewer")):
            conn.execute(
                _old_staff_insert(),
                {"username": name, "password_hash": "x", "role": role, "township": "炉城镇"},
            )
        conn.execute(
            text(
                "INSERT INTO devices (device_id, village_code, ordinal, token_sha256, created_at) "
                "VALUES ('d1', :v, 1, 'tok', '2026-01-01T00:00:00+00:00')"
            ),
            {"v": VILLAGE_A},
        )
        conn.execute(text("INSERT INTO tw_cursor (name, value) VALUES ('index_seq', 42)"))
    db.upgrade(engine)
    with engine.connect() as conn:
        cursor = conn.exec_driver_sql("SELECT count(*) FROM tw_cursor").scalar_one()
        rows = dict(conn.execute(select(t.staff.c.username, t.staff.c.role)).all())
        depts = set(conn.execute(select(t.staff.c.department)).scalars())
        seen = set(conn.execute(select(t.devices.c.last_seen_at)).scalars())
    assert rows == {"a": "admin", "r": "clerk", "v": "director"}
    assert depts == {None} and seen == {None}  # never synced since the upgrade
    assert cursor == 0  # the township projection is rebuilt with the fixed "received" count
    _alembic(engine, command.downgrade, "township_0001")  # and back: the old names again
    with engine.connect() as conn:
        back = dict(conn.exec_driver_sql("SELECT username, role FROM staff").all())
    assert back == {"a": "admin", "r": "reviewer", "v": "viewer"}
    db.upgrade(engine)
    engine.dispose()


def _old_staff_insert() -> TextClause:
    # The staff table as township_0001 left it: no department column yet.
    return text(
        "INSERT INTO staff (username, password_hash, role, township) "
        "VALUES (:username, :password_hash, :role, :township)"
    )


def test_cli_staff_roles(
    tmp_path: Path, backend: str | None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["--data-dir", str(tmp_path / "d")] + (["--database-url", backend] if backend else [])
    monkeypatch.setenv("VILLAGEDESK_STAFF_PASSWORD", "pw-cli-staff-1")
    ok = [
        [
            "staff",
            "add",
            "dolma",
            "--role",
            "dept_reviewer",
            "--department",
            "民政局",
            "--township",
            "炉城镇",
        ],
        ["staff", "add", "tashi", "--role", "clerk", "--township", "炉城镇"],
        ["staff", "add", "boss", "--role", "director", "--township", "炉城镇"],
        ["staff", "add", "root", "--role", "admin", "--township", "*"],
        ["staff", "add", "old", "--role", "reviewer", "--township", "炉城镇"],  # the first release's form
        ["staff", "add", "plain", "--township", "炉城镇"],  # no role: a clerk
    ]
    for args in ok:
        assert server_main(base + args) == 0, args
    assert server_main([*base, "staff", "add", "x", "--role", "dept_reviewer", "--township", "炉城镇"]) == 1
    assert "staff.department_required" in capsys.readouterr().err
    assert (
        server_main(
            [*base, "staff", "add", "y", "--role", "clerk", "--department", "民政局", "--township", "炉城镇"]
        )
        == 1
    )
    assert "staff.department_unexpected" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        server_main([*base, "staff", "add", "z", "--role", "superuser", "--township", "炉城镇"])
    capsys.readouterr()
    assert server_main([*base, "staff", "list"]) == 0
    rows = {r["username"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert {u: (r["role"], r["department"]) for u, r in rows.items()} == {
        "boss": ("director", ""),
        "dolma": ("dept_reviewer", "民政局"),
        "old": ("clerk", ""),
        "plain": ("clerk", ""),
        "root": ("admin", ""),
        "tashi": ("clerk", ""),
    }
    server = open_server(tmp_path / "d", backend, tls_on=False)
    _token, user, _ = server.login("dolma", "pw-cli-staff-1")
    assert (user.role, user.department, user.township) == ("dept_reviewer", "民政局", "炉城镇")
    assert server.authenticate_staff(_token).department == "民政局"
    server.engine.dispose()


def test_hello_records_the_devices_last_sync(tmp_path: Path, srv: ServerProc) -> None:
    store = enrolled_store(tmp_path / "a", srv, VILLAGE_A)
    (dev,) = srv.admin().list_devices()
    assert dev["last_seen_at"] is None  # enrolled, never synced
    assert commands.sync_once(store).exit_code == 0
    (dev,) = srv.admin().list_devices()
    first = dev["last_seen_at"]
    assert first is not None
    assert commands.sync_once(store).exit_code == 0
    (dev,) = srv.admin().list_devices()
    assert dev["last_seen_at"] > first  # ISO UTC strings order as times
    out = srv.cli("device", "list").stdout
    assert json.loads(out.splitlines()[0])["last_seen_at"] == dev["last_seen_at"]
    store.close()


def test_staff_application_api_follows_the_roles(tmp_path: Path, srv: ServerProc) -> None:
    """/v1/staff/applications: an administrator reads no applications; a department reviewer only those
    routed to its department; the clerk all of the township's."""
    from sync_harness import add_application, make_file
    from test_server_api import staff_transport

    from villagedesk.protocol.messages import ApplicationDetail, ApplicationList, StaffAction
    from villagedesk.sync.errors import AuthError

    store = enrolled_store(tmp_path / "a", srv, VILLAGE_A)
    apps = [add_application(store, n, [make_file(tmp_path, f"r{n}.jpg", 4_000 + n, n)]) for n in range(2)]
    assert commands.sync_once(store).exit_code == 0
    admin = srv.admin()
    admin.add_staff("clerk", "correct horse", "clerk", "炉城镇")
    admin.add_staff("boss", "correct horse", "admin", "炉城镇")
    admin.add_staff("minzheng", "correct horse", "dept_reviewer", "炉城镇", "民政局")
    clerk = staff_transport(srv, "clerk", "correct horse")
    d = clerk.call("GET", f"/v1/staff/applications/{apps[0].uuid}", ApplicationDetail)
    d = clerk.call(
        "POST",
        f"/v1/staff/applications/{apps[0].uuid}/actions",
        ApplicationDetail,
        json_body=StaffAction(action="accept", base_version=d.version, params={}),
    )
    clerk.call(
        "POST",
        f"/v1/staff/applications/{apps[0].uuid}/actions",
        ApplicationDetail,
        json_body=StaffAction(action="route", base_version=d.version, params={"to": ["民政局"]}),
    )
    listed = clerk.call("GET", "/v1/staff/applications", ApplicationList)
    assert {a.uuid for a in listed.applications} == {a.uuid for a in apps}
    reviewer = staff_transport(srv, "minzheng", "correct horse")
    listed = reviewer.call("GET", "/v1/staff/applications", ApplicationList)
    assert [a.uuid for a in listed.applications] == [apps[0].uuid]
    reviewer.call("GET", f"/v1/staff/applications/{apps[0].uuid}", ApplicationDetail)
    with pytest.raises(AuthError) as ei:
        reviewer.call("GET", f"/v1/staff/applications/{apps[1].uuid}", ApplicationDetail)
    assert ei.value.code == "auth.forbidden"
    boss = staff_transport(srv, "boss", "correct horse")
    for path in ("/v1/staff/applications", f"/v1/staff/applications/{apps[0].uuid}"):
        with pytest.raises(AuthError) as ei:
            boss.call("GET", path, ApplicationList if path.endswith("applications") else ApplicationDetail)
        assert ei.value.code == "auth.forbidden" and ei.value.params["role"] == "admin"
