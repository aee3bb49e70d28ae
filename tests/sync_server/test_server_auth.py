"""Authorization: a device sees and writes only its own village; revoked, expired, forged: refused, no change."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sync_harness import (
    VILLAGE_A,
    VILLAGE_B,
    ServerProc,
    add_application,
    add_other_records,
    enrolled_store,
    make_file,
    new_store,
)

from sync_server.cli import open_server
from villagedesk.core import codec
from villagedesk.core.models import Consultation
from villagedesk.protocol.messages import (
    CHUNK_SHA_HEADER,
    OFFSET_HEADER,
    SIZE_HEADER,
    ChangesResponse,
    HelloResponse,
    MissingBlobsRequest,
    MissingBlobsResponse,
    PushEntry,
    PushRequest,
    PushResponse,
    UploadStatus,
)
from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK, EXIT_RETRY, parse_credential
from villagedesk.sync.errors import AuthError, RemoteError
from villagedesk.sync.transport import Transport


def transport(sp: ServerProc, store: Store | None = None, token: str | None = None) -> Transport:
    if store is not None:
        token = parse_credential(store.device().credential)["token"]
    return Transport(sp.url, token=token, fingerprint=sp.fingerprint)


def snapshot(sp: ServerProc) -> tuple[dict[tuple[str, str], object], list[dict[str, object]]]:
    admin = sp.admin()
    return admin.records_of(), admin.list_devices()


def test_village_scope(tmp_path: Path, srv: ServerProc) -> None:
    a1 = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    b1 = enrolled_store(tmp_path / "b1", srv, VILLAGE_B)
    photo = make_file(tmp_path, "a.jpg", 20_000, 1)
    app = add_application(a1, 1, [photo])
    add_other_records(a1, 1, app.uuid, app.applicant_id_number)
    assert commands.sync_once(a1).exit_code == EXIT_OK
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    tb = transport(srv, b1)

    # read: B's pull carries nothing of A; A's file is not there for B, and B cannot tell it exists
    page = tb.call("GET", "/v1/changes", ChangesResponse, params={"since": 0})
    assert all(c.payload.get("village_code", VILLAGE_B) == VILLAGE_B for c in page.changes)
    assert not any(c.record_id == app.uuid for c in page.changes)
    with pytest.raises(RemoteError) as ei:
        list(tb.download(f"/v1/blobs/{sha}", offset=0, sha256=sha, expect_bytes=20_000))
    assert ei.value.code == "blob.not_found"
    missing = tb.call(
        "POST", "/v1/blobs/missing", MissingBlobsResponse, json_body=MissingBlobsRequest(sha256=(sha,))
    )
    assert missing.missing == (sha,)
    st = tb.call("GET", f"/v1/blobs/{sha}/upload", UploadStatus)
    assert not st.complete

    # write: records claiming A, events on A's application, overwriting A's record: all rejected
    before = snapshot(srv)
    cons = next(k for k in before[0] if k[0] == "consultation")
    entries = (
        PushEntry(
            device_seq=1,
            record_type="consultation",
            record_id="x1",
            op="upsert",
            payload=codec.encode(Consultation("x1", VILLAGE_A, "agent-1", "?")),
        ),
        PushEntry(
            device_seq=2,
            record_type="application_event",
            record_id="e1",
            op="append",
            payload={
                "event_id": "e1",
                "application_uuid": app.uuid,
                "kind": "note",
                "actor": "b",
                "device_time": "2026-11-27T10:00:00",
            },
        ),
        PushEntry(
            device_seq=3,
            record_type="consultation",
            record_id=cons[1],
            op="upsert",
            payload=codec.encode(Consultation(cons[1], VILLAGE_B, "agent-1", "mine now")),
        ),
        PushEntry(
            device_seq=4,
            record_type="application",
            record_id=app.uuid,
            op="upsert",
            payload={**codec.encode(app), "village_code": VILLAGE_B, "checklist": [], "version": 99},
        ),
        PushEntry(
            device_seq=5,
            record_type="agent",
            record_id="a9",
            op="upsert",
            payload={"agent_id": "a9", "name": "x", "village_code": VILLAGE_B},
        ),
    )
    resp = tb.call("POST", "/v1/push", PushResponse, json_body=PushRequest(entries=entries))
    codes = [r.code for r in resp.results]
    assert [r.status for r in resp.results] == ["rejected"] * 5
    assert codes == [
        "record.other_village",
        "event.unknown_application",
        "record.other_village",
        "record.other_village",
        "record.read_only",
    ]
    after = snapshot(srv)
    assert after[0] == before[0], "a refused write changed a record"


def _refused_everywhere(sp: ServerProc, t: Transport, code: str) -> None:
    before = snapshot(sp)
    for call in (
        lambda: t.call("GET", "/v1/hello", HelloResponse),
        lambda: t.call("GET", "/v1/changes", ChangesResponse),
        lambda: t.call(
            "POST",
            "/v1/push",
            PushResponse,
            json_body=PushRequest(
                entries=(
                    PushEntry(
                        device_seq=1,
                        record_type="consultation",
                        record_id="z",
                        op="upsert",
                        payload=codec.encode(Consultation("z", VILLAGE_A, "a", "q")),
                    ),
                )
            ),
        ),
        lambda: t.call(
            "PATCH",
            f"/v1/blobs/{'0' * 64}/upload",
            UploadStatus,
            raw=b"x",
            headers={
                OFFSET_HEADER: "0",
                SIZE_HEADER: "1",
                CHUNK_SHA_HEADER: hashlib.sha256(b"x").hexdigest(),
            },
        ),
    ):
        with pytest.raises(AuthError) as ei:
            call()
        assert ei.value.code == code
        assert ei.value.status == 401
    assert snapshot(sp) == before


def test_revoked_expired_forged(tmp_path: Path, srv: ServerProc) -> None:
    a1 = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    a2 = enrolled_store(tmp_path / "a2", srv, VILLAGE_A)
    add_application(a1, 1, [make_file(tmp_path, "r.jpg", 5_000, 1)])
    assert commands.sync_once(a1).exit_code == EXIT_OK
    admin = srv.admin()
    _refused_everywhere(srv, transport(srv, token="vdd_" + "A" * 43), "auth.invalid")
    _refused_everywhere(srv, transport(srv, token=None), "auth.missing")
    admin.revoke_device(a1.device().device_id)
    _refused_everywhere(srv, transport(srv, a1), "auth.revoked")
    admin.set_device_expiry(a2.device().device_id, dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
    _refused_everywhere(srv, transport(srv, a2), "auth.expired")
    # the sync command says so, and changes nothing
    add_application(a1, 2, [make_file(tmp_path, "r2.jpg", 5_000, 2)])
    pending = len(a1.pending_outbox(limit=1000))
    r = commands.sync_once(a1)
    assert r.exit_code == EXIT_RETRY and r.code == "auth.revoked"
    assert len(a1.pending_outbox(limit=1000)) == pending


def test_enrollment_codes(tmp_path: Path, srv: ServerProc) -> None:
    admin = srv.admin()
    code = admin.create_enroll_code(VILLAGE_A)
    lines = srv.cli("enroll-code", "--village", VILLAGE_A).stdout.strip().splitlines()
    assert len(lines[-1].replace("-", "")) == 34  # secret + certificate pin, typeable in groups of four
    s1 = new_store(tmp_path / "s1")
    commands.enroll(s1, srv.url, code)
    assert s1.device().village_code == VILLAGE_A and s1.device().ordinal >= 1
    s2 = new_store(tmp_path / "s2")
    with pytest.raises(AuthError) as ei:
        commands.enroll(s2, srv.url, code)
    assert ei.value.code == "enroll.code_used"
    expired = admin.create_enroll_code(VILLAGE_A, ttl=dt.timedelta(seconds=-1))
    with pytest.raises(AuthError) as ei:
        commands.enroll(s2, srv.url, expired)
    assert ei.value.code == "enroll.code_expired"
    with pytest.raises(AuthError) as ei:
        commands.enroll(s2, srv.url, "ABCD-EFGH" + code.replace("-", "")[8:])
    assert ei.value.code == "enroll.invalid_code"
    # A code made for another server's certificate: the pin does not match, nothing is sent.
    other = open_server(tmp_path / "other")
    other.add_village(VILLAGE_A, "甲村", "炉城镇")
    foreign = other.create_enroll_code(VILLAGE_A)
    with pytest.raises(AuthError) as ei:
        commands.enroll(s2, srv.url, foreign)
    assert ei.value.code == "enroll.pin_mismatch"
    assert s2.device() is None
    # a device gets a distinct ordinal for its tracking numbers
    s3 = enrolled_store(tmp_path / "s3", srv, VILLAGE_A)
    assert s3.device().ordinal != s1.device().ordinal
