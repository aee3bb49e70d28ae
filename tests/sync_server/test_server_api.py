"""The server on SQLite and PostgreSQL: staff API and CLI, limits, the blob protocol, concurrent devices."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest
import requests
from sync_harness import (
    VILLAGE_A,
    VILLAGE_B,
    ServerProc,
    add_application,
    add_other_records,
    check_invariants,
    enrolled_store,
    make_file,
    start_server,
)

from sync_server import db
from sync_server.cli import main as server_main
from villagedesk.protocol.messages import (
    CHUNK_SHA_HEADER,
    OFFSET_HEADER,
    SIZE_HEADER,
    ApplicationDetail,
    ApplicationList,
    LoginRequest,
    LoginResponse,
    PushRequest,
    PushResponse,
    StaffAction,
    UploadStatus,
)
from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK, EXIT_QUARANTINED, parse_credential
from villagedesk.sync.errors import AuthError, RemoteError
from villagedesk.sync.transport import Transport


def staff_transport(sp: ServerProc, username: str, password: str) -> Transport:
    t = Transport(sp.url, fingerprint=sp.fingerprint)
    login = t.call(
        "POST", "/v1/staff/login", LoginResponse, json_body=LoginRequest(username=username, password=password)
    )
    t.token = login.token
    return t


def test_staff_api_actions_and_conflicts(tmp_path: Path, srv: ServerProc) -> None:
    a1 = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    app = add_application(a1, 1, [make_file(tmp_path, "s.jpg", 5_000, 1)])
    assert commands.sync_once(a1).exit_code == EXIT_OK
    admin = srv.admin()
    admin.add_staff("lhamo", "correct horse", "reviewer", "炉城镇")
    admin.add_staff("viewer", "correct horse", "viewer", "炉城镇")
    admin.add_village("513301200001", "丙村", "姑咱镇")
    admin.add_staff("other", "correct horse", "reviewer", "姑咱镇")
    with pytest.raises(AuthError) as ei:
        staff_transport(srv, "lhamo", "wrong password")
    assert ei.value.code == "auth.bad_password"
    t = staff_transport(srv, "lhamo", "correct horse")
    listed = t.call(
        "GET", "/v1/staff/applications", ApplicationList, params={"village": VILLAGE_A, "state": "received"}
    )
    assert [a.uuid for a in listed.applications] == [app.uuid]
    detail = t.call("GET", f"/v1/staff/applications/{app.tracking_number}", ApplicationDetail)
    v = detail.version

    def act(tr: Transport, action: str, base: int, **params: object) -> ApplicationDetail:
        return tr.call(
            "POST",
            f"/v1/staff/applications/{app.uuid}/actions",
            ApplicationDetail,
            json_body=StaffAction(action=action, base_version=base, params=params),
        )  # type: ignore[arg-type]

    d = act(t, "accept", v)
    assert d.payload["state"] == "accepted" and d.version == v + 1
    with pytest.raises(RemoteError) as ei:  # someone else acted first: a stale action is refused
        act(t, "route", v, to=["民政局"])
    assert ei.value.code == "conflict.stale_version" and ei.value.status == 409
    assert ei.value.params["server_version"] == v + 1
    with pytest.raises(RemoteError) as ei:
        act(t, "accept", v + 1)
    assert ei.value.code == "lifecycle.illegal" and ei.value.status == 409
    with pytest.raises(AuthError) as ei:
        act(staff_transport(srv, "other", "correct horse"), "route", v + 1, to=["民政局"])
    assert ei.value.code == "auth.forbidden"
    with pytest.raises(AuthError) as ei:
        act(staff_transport(srv, "viewer", "correct horse"), "route", v + 1, to=["民政局"])
    assert ei.value.code == "auth.forbidden"
    d = act(t, "route", v + 1, to=["民政局", "县残联"])
    d = act(t, "stop", d.version, reason="on_site_inspection", note="入户核查")
    d = act(t, "resume", d.version)
    d = act(t, "extend", d.version, days=5, reason="情况复杂")
    d = act(t, "decide", d.version, task="T1", decision="approve")
    d = act(t, "decide", d.version, task="T2", decision="approve", note="同意")
    assert d.payload["state"] == "approved"
    d = act(t, "result_ready", d.version)
    # every action flows down to the village
    assert commands.sync_once(a1).exit_code == EXIT_OK
    with a1.reader() as uow:
        local = uow.get_application(app.uuid)
        kinds = [e.kind for e in uow.events(app.uuid)]
    assert local.state.value == "result_ready" and local.clock.extension_days == 5
    assert {"routed", "task_decided", "clock_stopped", "clock_resumed", "clock_extended"} <= set(kinds)
    # the village records delivery, the one change it may still make
    from villagedesk.services.applications import deliver

    deliver(a1, app.uuid, agent_id="agent-1", signed_by="扎西")
    assert commands.sync_once(a1).exit_code == EXIT_OK
    assert admin.application(app.uuid)[0]["state"] == "delivered"
    check_invariants(admin, [a1], VILLAGE_A, expect_apps=1)


def test_review_cli_and_export(tmp_path: Path, srv: ServerProc) -> None:
    a1 = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    apps = [add_application(a1, n, [make_file(tmp_path, f"e{n}.jpg", 7_000 + n, n)]) for n in range(3)]
    assert commands.sync_once(a1).exit_code == EXIT_OK
    t0, t1, t2 = (a.tracking_number for a in apps)
    assert "accepted" in srv.cli("review", t0, "accept").stdout
    key = apps[1].checklist[0].material_key
    out = srv.cli("review", t1.replace("-", ""), "return", "--material", f"{key}=照片模糊").stdout
    assert "returned" in out
    assert "not_accepted" in srv.cli("review", t2, "not-accept", "--reason", "不属于受理范围").stdout
    srv.cli("review", t0, "route", "--to", "民政局")
    doc = make_file(tmp_path, "decision.pdf", 3_000, 42)
    srv.cli("review", t0, "decide", "approve", "--task", "T1", "--document", str(doc))
    assert "result_ready" in srv.cli("review", t0, "result-ready").stdout
    stale = srv.cli("review", t0, "--base-version", "1", "result-ready", check=False)
    assert stale.returncode == 1 and "conflict.stale_version" in stale.stderr
    bad = srv.cli("review", t0, "accept", check=False)
    assert bad.returncode == 1 and "lifecycle.illegal" in bad.stderr

    rows = [json.loads(line) for line in srv.cli("export", "--format", "jsonl").stdout.splitlines()]
    assert len(rows) == 3
    for r in rows:
        assert set(r) >= {
            "uuid",
            "tracking_number",
            "village",
            "item_code",
            "applicant_id_number",
            "state",
            "attachments",
        }
        for att in r["attachments"]:
            assert set(att) == {"material", "sha256", "size"} and att["size"] > 0
    assert {r["state"] for r in rows} == {"result_ready", "returned", "not_accepted"}
    # the decision PDF reaches the village with the decision
    assert commands.sync_once(a1).exit_code == EXIT_OK
    sha = hashlib.sha256(doc.read_bytes()).hexdigest()
    path = commands.fetch_blob(a1, sha)
    assert path.read_bytes() == doc.read_bytes()
    client_rows = list(commands.application_rows(a1))
    assert sorted((r["uuid"], r["state"]) for r in client_rows) == sorted(
        (r["uuid"], r["state"]) for r in rows
    )


def test_limits_answered_with_codes(tmp_path: Path, backend: str | None) -> None:
    sp = start_server(
        tmp_path, backend, "--max-attachment", "100000", "--max-request", "60000", "--max-chunk", "32768"
    )
    try:
        a1 = enrolled_store(tmp_path / "a1", sp, VILLAGE_A)
        t = Transport(
            sp.url, token=parse_credential(a1.device().credential)["token"], fingerprint=sp.fingerprint
        )
        big = "0" * 64
        with pytest.raises(RemoteError) as ei:
            t.call(
                "PATCH",
                f"/v1/blobs/{big}/upload",
                UploadStatus,
                raw=b"x" * 10,
                headers={
                    OFFSET_HEADER: "0",
                    SIZE_HEADER: "200000",
                    CHUNK_SHA_HEADER: hashlib.sha256(b"x" * 10).hexdigest(),
                },
            )
        assert ei.value.code == "limit.attachment_too_large" and ei.value.params["limit"] == 100000
        with pytest.raises(RemoteError) as ei:
            t.call(
                "POST",
                "/v1/push",
                PushResponse,
                raw=b"{" + b" " * 70_000 + b"}",
                headers={"Content-Type": "application/json"},
            )
        assert ei.value.code == "limit.request_too_large"
        # A too-large photo is quarantined with the server's reason; the rest of the queue goes through.
        add_application(a1, 1, [make_file(tmp_path, "huge.jpg", 150_000, 1)])
        ok = add_application(a1, 2, [make_file(tmp_path, "fine.jpg", 50_000, 2)])
        r = commands.sync_once(a1)
        assert r.exit_code == EXIT_QUARANTINED
        assert {code for _, code, _ in a1.quarantined()} == {"limit.attachment_too_large"}
        assert sp.admin().application(ok.uuid)[0]["state"] == "received"
    finally:
        sp.close()


def test_blob_protocol_verifies_each_chunk(tmp_path: Path, srv: ServerProc) -> None:
    a1 = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    t = Transport(
        srv.url, token=parse_credential(a1.device().credential)["token"], fingerprint=srv.fingerprint
    )
    data = bytes(range(256)) * 400
    sha = hashlib.sha256(data).hexdigest()
    path = f"/v1/blobs/{sha}/upload"

    def patch(offset: int, chunk: bytes, claimed: bytes | None = None) -> UploadStatus:
        return t.call(
            "PATCH",
            path,
            UploadStatus,
            raw=chunk,
            headers={
                OFFSET_HEADER: str(offset),
                SIZE_HEADER: str(len(data)),
                CHUNK_SHA_HEADER: hashlib.sha256(claimed if claimed is not None else chunk).hexdigest(),
            },
        )

    assert patch(0, data[:40_000]).offset == 40_000
    with pytest.raises(RemoteError) as ei:  # damaged on the way: discarded, the offset stays
        patch(40_000, b"\0" + data[40_001:80_000], claimed=data[40_000:80_000])
    assert ei.value.code == "blob.chunk_checksum" and ei.value.status == 460
    assert t.call("GET", path, UploadStatus).offset == 40_000
    with pytest.raises(RemoteError) as ei:  # a replayed chunk is refused with the true offset
        patch(0, data[:40_000])
    assert ei.value.code == "blob.offset_mismatch" and ei.value.params["offset"] == 40_000
    st = patch(40_000, data[40_000:])
    assert st.complete
    assert (srv.data_dir / "blobs" / sha[:2] / sha).read_bytes() == data
    # a file whose content does not match its name is discarded whole
    fake = hashlib.sha256(b"something else").hexdigest()
    with pytest.raises(RemoteError) as ei:
        t.call(
            "PATCH",
            f"/v1/blobs/{fake}/upload",
            UploadStatus,
            raw=b"abc",
            headers={
                OFFSET_HEADER: "0",
                SIZE_HEADER: "3",
                CHUNK_SHA_HEADER: hashlib.sha256(b"abc").hexdigest(),
            },
        )
    assert ei.value.code == "blob.hash_mismatch"
    assert t.call("GET", f"/v1/blobs/{fake}/upload", UploadStatus).offset == 0


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_upload_memory_stays_flat(tmp_path: Path, srv: ServerProc) -> None:
    a1 = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    big = make_file(tmp_path, "big.jpg", 24_000_000, 5)
    add_application(a1, 1, [big])
    assert srv.proc is not None
    before = _rss_kib(srv.proc.pid)
    peak = [before]
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _rss_kib(srv.proc.pid))  # type: ignore[union-attr]
            stop.wait(0.02)

    w = threading.Thread(target=watch)
    w.start()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VILLAGEDESK_SYNC_CHUNK", str(1024 * 1024))
        r = commands.sync_once(a1)
    stop.set()
    w.join()
    assert r.exit_code == EXIT_OK, r
    assert peak[0] - before < 20_000, f"server memory grew {peak[0] - before} KiB for a 24 MB upload"


def test_concurrent_devices_one_change_sequence(tmp_path: Path, srv: ServerProc) -> None:
    """Four laptops push at once; a fifth pulls everything: no change skipped, none twice."""
    stores = [enrolled_store(tmp_path / f"d{i}", srv, VILLAGE_A) for i in range(4)]
    for i, s in enumerate(stores):
        for n in range(3):
            app = add_application(s, 10 * i + n, [make_file(tmp_path, f"c{i}{n}.jpg", 3_000 + n, 10 * i + n)])
            add_other_records(s, 10 * i + n, app.uuid, app.applicant_id_number)
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda s=s: results.append(commands.sync_once(s).exit_code)) for s in stores
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert results == [EXIT_OK] * 4
    reader = enrolled_store(tmp_path / "reader", srv, VILLAGE_A)
    assert commands.sync_once(reader).exit_code == EXIT_OK
    for s in stores:
        assert commands.sync_once(s).exit_code == EXIT_OK
    check_invariants(srv.admin(), [*stores, reader], VILLAGE_A, expect_apps=12)


def test_migrations_and_cli_guards(tmp_path: Path, backend: str | None) -> None:
    url = backend or db.sqlite_url(tmp_path)
    engine = db.make_engine(url)
    db.upgrade(engine)
    db.upgrade(engine)  # idempotent
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_future'")
    from villagedesk.core.errors import IntegrityError

    with pytest.raises(IntegrityError) as ei:
        db.upgrade(engine)
    assert ei.value.code == "server.db_newer"
    engine.dispose()
    rc = server_main(["--data-dir", str(tmp_path / "x"), "serve", "--host", "0.0.0.0", "--insecure-http"])
    assert rc == 1  # plain HTTP only on loopback


def test_plain_http_only_on_loopback_and_replies_are_enveloped(tmp_path: Path, backend: str | None) -> None:
    sp = ServerProc(
        tmp_path / "server", __import__("sync_harness").free_port(), database_url=backend, tls=False
    )
    sp.data_dir.mkdir()
    sp.admin().add_village(VILLAGE_B, "乙村", "炉城镇")
    sp.start()
    try:
        b1 = enrolled_store(tmp_path / "b1", sp, VILLAGE_B)
        assert commands.sync_once(b1).exit_code == EXIT_OK
        r = requests.get(sp.url + "/v1/hello", headers={"X-VD-Nonce": "n1"}, timeout=5)
        assert r.status_code == 401 and r.json()["proto"] == "vsync/1" and r.json()["nonce"] == "n1"
        r = requests.post(
            sp.url + "/v1/push",
            data=b"not json",
            headers={"Authorization": "Bearer " + parse_credential(b1.device().credential)["token"]},
            timeout=5,
        )
        assert r.status_code == 400 and r.json()["error"]["code"] == "proto.bad_request"
        assert PushRequest  # the wire model the body must follow
    finally:
        sp.close()


def _unused(_: Store) -> None:  # keep the import for type checkers of the fixtures above
    pass


def test_lost_requests_and_replies_on_each_backend(tmp_path: Path, srv: ServerProc) -> None:
    """Random resets of requests and replies while two laptops sync: each application once, all there."""
    import random as _random

    from support.faultproxy import FaultProxy, Faults

    with FaultProxy("127.0.0.1", srv.port) as proxy:
        url = f"https://127.0.0.1:{proxy.port}"
        stores = [enrolled_store(tmp_path / f"l{i}", srv, VILLAGE_A, url=url) for i in range(2)]
        for i, s in enumerate(stores):
            for n in range(2):
                app = add_application(
                    s, 50 + 10 * i + n, [make_file(tmp_path, f"l{i}{n}.jpg", 30_000, 10 * i + n)]
                )
                add_other_records(s, n, app.uuid, app.applicant_id_number)
        stop = threading.Event()
        rng = _random.Random(7)

        def chaos() -> None:
            while not stop.is_set():
                proxy.set_faults(
                    Faults(
                        reset_after_bytes=rng.randint(300, 30_000),
                        reset_each_connection=False,
                        reset_direction=rng.choice(["up", "down", "both"]),
                    )
                )
                stop.wait(rng.uniform(0.05, 0.3))

        th = threading.Thread(target=chaos)
        th.start()
        try:
            for _ in range(3):
                for s in stores:
                    for _attempt in range(10):
                        if commands.sync_once(s).exit_code == EXIT_OK:
                            break
        finally:
            stop.set()
            th.join()
            proxy.clear_faults()
        for s in stores:
            assert commands.sync_once(s).exit_code == EXIT_OK
        assert proxy.stats().resets_injected > 0
        check_invariants(srv.admin(), stores, VILLAGE_A, expect_apps=4)
