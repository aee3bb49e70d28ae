"""Blob packs (many small files in one request) and a server of several worker processes.

Packs are how a township keeps up when a hundred laptops sync at once; they must keep every promise of
the per-file path: each file verified against its name, durable before it is acknowledged, owned only by
the village that sent its bytes, and nothing half-received ever visible.
"""

from __future__ import annotations

import hashlib
import os
import socket
import ssl
import threading
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import select
from sync_harness import (
    VILLAGE_A,
    VILLAGE_B,
    ServerProc,
    add_application,
    check_invariants,
    enrolled_store,
    env,
    make_file,
    start_server,
)

from sync_server import tables as t
from sync_server.cli import open_server
from villagedesk.protocol.messages import (
    PACK_HEADER,
    PACK_MAX_ENTRIES,
    MissingBlobsRequest,
    MissingBlobsResponse,
    PackResponse,
)
from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK, SyncEngine, parse_credential
from villagedesk.sync.errors import RemoteError
from villagedesk.sync.transport import Transport


def device_transport(srv: ServerProc, store: Store) -> Transport:
    dev = store.device()
    assert dev is not None
    return Transport(srv.url, token=parse_credential(dev.credential)["token"], fingerprint=srv.fingerprint)


def blob(n: int, size: int) -> tuple[bytes, str]:
    data = hashlib.sha256(str(n).encode()).digest() * (size // 32) + bytes(size % 32)
    return data, hashlib.sha256(data).hexdigest()


def send_pack(t: Transport, items: list[tuple[str, int]], body: bytes) -> PackResponse:
    manifest = ",".join(f"{sha}:{n}" for sha, n in items)
    return t.call("POST", "/v1/blobs/pack", PackResponse, raw=body, headers={PACK_HEADER: manifest})


def pack_files(sp: ServerProc) -> dict[str, int]:
    """The server's pack files (name -> size), each checked to be referred to by the database."""
    server = sp.admin()
    with server.engine.connect() as conn:
        referenced = set(conn.execute(select(t.blobs.c.pack).where(t.blobs.c.pack.isnot(None))).scalars())
    found = {p.name[: -len(".pack")]: p.stat().st_size for p in (sp.data_dir / "packs").glob("*.pack")}
    assert set(found) <= referenced, f"packs nothing refers to: {sorted(set(found) - referenced)}"
    return found


def missing(t: Transport, shas: list[str]) -> list[str]:
    resp = t.call(
        "POST", "/v1/blobs/missing", MissingBlobsResponse, json_body=MissingBlobsRequest(sha256=tuple(shas))
    )
    return list(resp.missing)


def test_pack_verifies_each_file_and_owns_only_what_was_sent(tmp_path: Path, srv: ServerProc) -> None:
    a = enrolled_store(tmp_path / "a", srv, VILLAGE_A)
    b = enrolled_store(tmp_path / "b", srv, VILLAGE_B)
    ta, tb = device_transport(srv, a), device_transport(srv, b)
    (d1, s1), (d2, s2), (d3, s3) = blob(1, 20_000), blob(2, 30_001), blob(3, 10_000)
    damaged = d3[:5000] + b"\x00" + d3[5001:]
    resp = send_pack(ta, [(s1, len(d1)), (s2, len(d2)), (s3, len(d3))], d1 + d2 + damaged)
    assert list(resp.stored) == [s1, s2]
    assert resp.refused[s3].code == "blob.hash_mismatch"
    server = srv.admin()
    for sha, data in ((s1, d1), (s2, d2)):
        assert server.blobs.read_bytes(sha) == data
    assert not server.blobs.has(s3)
    # The two good files stay in the one file they came in; the damaged one was cut off again.
    assert list(pack_files(srv).values()) == [len(d1) + len(d2)]
    assert missing(ta, [s1, s2, s3]) == [s3]
    # Knowing a file's name is not having it: another village must send the bytes itself.
    assert missing(tb, [s1]) == [s1]
    assert list(send_pack(tb, [(s1, len(d1))], d1).stored) == [s1]
    assert missing(tb, [s1]) == []
    # A file is kept once: the second village's copy is not kept beside the first.
    assert srv.admin().blobs.read_bytes(s1) == d1
    assert len(pack_files(srv)) == 1


@pytest.mark.parametrize(
    ("header", "body", "code"),
    [
        ("", b"x", "proto.bad_request"),
        ("nonsense", b"x", "proto.bad_request"),
        (f"{'ab' * 32}:3", b"abcd", "proto.bad_request"),  # length differs from the manifest
        (
            ",".join(f"{blob(i, 10)[1]}:10" for i in range(PACK_MAX_ENTRIES + 1)),
            b"",
            "limit.too_many_entries",
        ),
        (f"{'ab' * 32}:{9 * 1024 * 1024}", b"x", "limit.request_too_large"),
        (f"{'zz' * 32}:1", b"x", "blob.bad_sha256"),
        (f"{'ab' * 32}:2,{'ab' * 32}:2", b"abcd", "proto.bad_request"),  # the same file twice
    ],
)
def test_pack_refused_with_a_code(
    tmp_path: Path, srv: ServerProc, header: str, body: bytes, code: str
) -> None:
    a = enrolled_store(tmp_path / "a", srv, VILLAGE_A)
    t = device_transport(srv, a)
    with pytest.raises(RemoteError) as ei:
        t.call("POST", "/v1/blobs/pack", PackResponse, raw=body, headers={PACK_HEADER: header})
    assert ei.value.code == code


def test_pack_cut_short_keeps_whole_files_only(tmp_path: Path, srv: ServerProc) -> None:
    a = enrolled_store(tmp_path / "a", srv, VILLAGE_A)
    token = parse_credential(a.device().credential)["token"]  # type: ignore[union-attr]
    (d1, s1), (d2, s2) = blob(11, 40_000), blob(12, 60_000)
    head = (
        f"POST /v1/blobs/pack HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
        f"{PACK_HEADER}: {s1}:{len(d1)},{s2}:{len(d2)}\r\nContent-Length: {len(d1) + len(d2)}\r\n"
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    raw = socket.create_connection(("127.0.0.1", srv.port))
    with ctx.wrap_socket(raw) as s:
        s.sendall(head + d1 + d2[:25_000])  # the link drops in the middle of the second file
        time.sleep(0.5)
    t = device_transport(srv, a)
    deadline = time.monotonic() + 10
    while missing(t, [s1, s2]) != [s2] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert missing(t, [s1, s2]) == [s2]
    server = srv.admin()
    assert server.blobs.read_bytes(s1) == d1
    assert not server.blobs.has(s2)
    assert list(pack_files(srv).values()) == [len(d1)]  # the cut-off part of the second file is gone
    # the second file goes again and completes
    assert list(send_pack(t, [(s2, len(d2))], d2).stored) == [s2]


def _sync_counting_requests(store: Store) -> tuple[int, int]:
    engine = SyncEngine(store, config=commands.config_from_env())
    result = engine.run()
    assert result.exit_code == EXIT_OK, result.message
    return engine.transport.counters.requests, result.blobs_uploaded


def test_engine_sends_small_files_in_packs(tmp_path: Path, srv: ServerProc) -> None:
    a = enrolled_store(tmp_path / "a", srv, VILLAGE_A)
    b = enrolled_store(tmp_path / "b", srv, VILLAGE_B)
    for n in range(4):
        files = [make_file(tmp_path, f"a{n}-{k}.pdf", 12_000 + k, 100 * n + k) for k in range(3)]
        add_application(a, n, files)
        files = [make_file(tmp_path, f"b{n}-{k}.pdf", 12_000 + k, 1000 + 100 * n + k) for k in range(3)]
        add_application(b, 10 + n, files)
    packed_requests, packed_files = _sync_counting_requests(a)
    with env(VILLAGEDESK_SYNC_MAX_PACK="0"):  # the per-file path, as a baseline
        single_requests, single_files = _sync_counting_requests(b)
    assert packed_files == single_files == 12
    # One request per file (plus hello, missing, push, pull) against a few packs.
    assert single_requests >= 12 + 4
    assert packed_requests <= single_requests - 8
    check_invariants(srv.admin(), [a], VILLAGE_A, expect_apps=4)
    check_invariants(srv.admin(), [b], VILLAGE_B, expect_apps=4)


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
            except (OSError, ValueError, IndexError):
                pass
    return out


def test_several_worker_processes_lose_and_duplicate_nothing(tmp_path: Path, backend: str | None) -> None:
    sp = start_server(tmp_path, backend, "--workers", "2")
    try:
        assert sp.proc is not None
        deadline = time.monotonic() + 20
        while len(_children(sp.proc.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(_children(sp.proc.pid)) >= 2, "serve --workers 2 runs two worker processes"
        stores = [enrolled_store(tmp_path / f"d{i}", sp, (VILLAGE_A, VILLAGE_B)[i % 2]) for i in range(4)]
        shared = make_file(tmp_path, "shared.pdf", 50_000, 7)  # the same file from several laptops at once
        for i, st in enumerate(stores):
            for n in range(3):
                add_application(
                    st, 10 * i + n, [shared, make_file(tmp_path, f"w{i}-{n}.pdf", 30_000, 10 * i + n)]
                )
        results: list[int] = []
        with env(VILLAGEDESK_SYNC_CHUNK="8192"):
            threads = [
                threading.Thread(target=lambda s=st: results.append(commands.sync_once(s).exit_code))
                for st in stores
            ]
            for th in threads:
                th.start()
            for th in threads:
                th.join(120)
        assert results == [EXIT_OK] * 4
        for st in stores:  # a second pass brings each laptop the other laptop's records of its village
            assert commands.sync_once(st).exit_code == EXIT_OK
        check_invariants(sp.admin(), stores[0::2], VILLAGE_A, expect_apps=6)
        check_invariants(sp.admin(), stores[1::2], VILLAGE_B, expect_apps=6)
        leftovers = [p for p in (sp.data_dir / "partial").iterdir() if not p.name.endswith(".lock")]
        assert leftovers == []
        pack_files(sp)  # every pack kept is referred to
        assert os.path.isfile(sp.data_dir / "write.lock") == (backend is None)
        workers = _children(sp.proc.pid)
    finally:
        sp.close()  # SIGKILL: the supervisor gets no chance to stop its workers
    deadline = time.monotonic() + 15
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(Path(f"/proc/{w}").exists() for w in workers), "workers outlived their supervisor"


@pytest.mark.filterwarnings(
    "ignore:Unverified HTTPS request"
)  # the raw requests below; the pin is tested elsewhere
def test_a_packed_file_downloads_and_resumes(tmp_path: Path, srv: ServerProc) -> None:
    """The second laptop of a village fetches files the first sent in a pack: whole, or from an offset."""
    a = enrolled_store(tmp_path / "a", srv, VILLAGE_A)
    a2 = enrolled_store(tmp_path / "a2", srv, VILLAGE_A)
    b = enrolled_store(tmp_path / "b", srv, VILLAGE_B)
    (d1, s1), (d2, s2) = blob(21, 70_000), blob(22, 300_001)
    assert list(send_pack(device_transport(srv, a), [(s1, len(d1)), (s2, len(d2))], d1 + d2).stored) == [
        s1,
        s2,
    ]
    assert len(pack_files(srv)) == 1 and not (srv.data_dir / "blobs" / s2[:2] / s2).exists()
    t2 = device_transport(srv, a2)
    # (the server hands the bytes to a laptop of the village once a record refers to them; here the
    # sending village owns them, so any of its laptops may fetch them)
    for sha, data in ((s1, d1), (s2, d2)):
        assert b"".join(t2.download(f"/v1/blobs/{sha}", offset=0, sha256=sha, expect_bytes=len(data))) == data
        got = b"".join(t2.download(f"/v1/blobs/{sha}", offset=12_345, sha256=sha, expect_bytes=len(data)))
        assert got == data[12_345:]
    with pytest.raises(RemoteError) as ei:  # another village learns nothing of them
        list(device_transport(srv, b).download(f"/v1/blobs/{s1}", offset=0, sha256=s1, expect_bytes=len(d1)))
    assert ei.value.code == "blob.not_found"
    # Ranges other than "from an offset to the end" are refused with a code; past the end: 416.
    token = parse_credential(a2.device().credential)["token"]  # type: ignore[union-attr]
    url = f"{srv.url}/v1/blobs/{s2}"
    for rng, status in (("bytes=5-10", 400), ("items=0-", 400), (f"bytes={len(d2)}-", 416)):
        r = requests.get(url, headers={"Authorization": f"Bearer {token}", "Range": rng}, verify=False)
        assert r.status_code == status, (rng, r.status_code)
        if status == 400:
            assert r.json()["error"]["code"] == "proto.bad_request"


def test_packs_nothing_refers_to_are_swept_at_start(tmp_path: Path, srv: ServerProc) -> None:
    a = enrolled_store(tmp_path / "a", srv, VILLAGE_A)
    (d1, s1) = blob(31, 5_000)
    send_pack(device_transport(srv, a), [(s1, len(d1))], d1)
    (kept,) = pack_files(srv)
    packs = srv.data_dir / "packs"
    old, recent = packs / f"{'1' * 32}.pack", packs / f"{'2' * 32}.pack"  # a crash before recording them
    for p in (old, recent):
        p.write_bytes(b"x" * 100)
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    os.utime(packs / f"{kept}.pack", (two_hours_ago, two_hours_ago))
    open_server(srv.data_dir, srv.database_url).engine.dispose()  # a server starting on this directory
    assert not old.exists()
    assert recent.exists()  # perhaps still being recorded by a running worker
    assert (packs / f"{kept}.pack").exists()
    assert srv.admin().blobs.read_bytes(s1) == d1


def test_migration_0003_keeps_earlier_files_and_guards_its_downgrade(
    tmp_path: Path, backend: str | None
) -> None:
    from alembic import command
    from sqlalchemy import insert, update
    from test_staff_roles import _alembic

    from sync_server import db

    engine = db.make_engine(backend or db.sqlite_url(tmp_path))
    _alembic(engine, command.upgrade, "0002_staff_roles")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO blobs (sha256, size) VALUES ('" + "ab" * 32 + "', 10)")
    db.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(select(t.blobs.c.pack, t.blobs.c.pack_offset)).all() == [(None, None)]
    with engine.begin() as conn:
        conn.execute(insert(t.blobs).values(sha256="cd" * 32, size=5, pack="3" * 32, pack_offset=0))
    with pytest.raises(RuntimeError, match="packs"):  # files kept in packs would be lost to 0002
        _alembic(engine, command.downgrade, "0002_staff_roles")
    with engine.begin() as conn:
        conn.execute(update(t.blobs).values(pack=None, pack_offset=None))
    _alembic(engine, command.downgrade, "0002_staff_roles")
    engine.dispose()
