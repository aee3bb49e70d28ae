"""The real client and the real server through the fault proxy; the invariants after every scenario.

Each scenario: two laptops of village A and one of village B write every record type (applications with
photos, one photo shared by two applications, events, applicants, consultations, appointments, home
visits, complaints, ratings, hand-over lists) plus one poison entry; they sync through a bad link until
their work is through; the township acts on an application and publishes an agent; they sync again.
Then: nothing lost, nothing duplicated, files byte-identical, cursors never backwards, both sides agree,
the poison entry quarantined without wedging the rest.
"""

from __future__ import annotations

import itertools
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support.faultproxy import FaultProxy, Faults
from sync_harness import (
    VILLAGE_A,
    VILLAGE_B,
    ServerProc,
    add_application,
    add_other_records,
    check_invariants,
    make_file,
)

from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK, EXIT_QUARANTINED, EXIT_RETRY, SyncResult


class Monotonic:
    """Records every cursor and high-water mark seen; they must never go backwards."""

    def __init__(self) -> None:
        self.seen: dict[int, list[tuple[int, int]]] = {}

    def note(self, store: Store) -> None:
        self.seen.setdefault(id(store), []).append((store.sync_cursor(), store.outbox_high_water()))

    def check(self) -> None:
        for marks in self.seen.values():
            for (c1, h1), (c2, h2) in itertools.pairwise(marks):
                assert c2 >= c1, f"pull cursor went backwards: {marks}"
                assert h2 >= h1, f"outbox high-water went backwards: {marks}"


def sync_until(store: Store, mono: Monotonic, *, want: set[int], runs: int = 12) -> SyncResult:
    last = None
    for _ in range(runs):
        mono.note(store)
        last = commands.sync_once(store, progress=lambda p: None)
        mono.note(store)
        if last.exit_code in want:
            return last
    raise AssertionError(f"sync never got through: {last}")


def poison(store: Store) -> None:
    """An entry no server can accept: an unknown field in the payload."""
    with store.unit_of_work() as uow:
        uow._outbox("consultation", "poison-1", "upsert", {"record_id": "poison-1", "bogus": True}, [])


def write_work(tmp: Path, a1: Store, a2: Store, b1: Store) -> dict[str, Any]:
    files = [make_file(tmp, f"p{i}.jpg", 40_000 + 997 * i, i) for i in range(6)]
    shared = files[0]
    app1 = add_application(a1, 1, [shared, files[1], files[2]])
    poison(a1)  # in the middle of the queue, not at its end
    app2 = add_application(a1, 2, [files[3], shared, files[4]])
    add_other_records(a1, 1, app1.uuid, app1.applicant_id_number)
    app3 = add_application(a2, 3, [files[5]])
    add_other_records(a2, 3, app3.uuid, app3.applicant_id_number)
    app4 = add_application(b1, 4, [files[2]])  # the same photo in another village travels again
    return {"apps": [app1, app2, app3, app4], "shared": shared}


def run_scenario(
    tmp: Path,
    server: ServerProc,
    proxy: FaultProxy,
    village: Callable[[str, str], Store],
    during: Callable[[], None],
) -> tuple[list[Store], dict[str, Any]]:
    a1, a2, b1 = village("a1", VILLAGE_A), village("a2", VILLAGE_A), village("b1", VILLAGE_B)
    work = write_work(tmp, a1, a2, b1)
    mono = Monotonic()
    during()
    r1 = sync_until(a1, mono, want={EXIT_QUARANTINED})
    sync_until(a2, mono, want={EXIT_OK})
    sync_until(b1, mono, want={EXIT_OK})
    proxy.clear_faults()
    # The township acts; the agent roster changes; both flow down to both laptops of village A.
    admin = server.admin()
    admin.staff_action("staff:test", work["apps"][0].uuid, "accept", {}, base_version=None)
    admin.publish("agent", {"agent_id": "agent-9", "name": "卓玛", "village_code": VILLAGE_A})
    during()
    sync_until(a1, mono, want={EXIT_QUARANTINED})
    sync_until(a2, mono, want={EXIT_OK})
    proxy.clear_faults()
    mono.check()

    q = a1.quarantined()
    assert [(e.record_id, code) for e, code, _ in q] == [("poison-1", "payload.unknown_field")]
    assert r1.rejected <= 1
    check_invariants(admin, [a1, a2], VILLAGE_A, expect_apps=3)
    check_invariants(admin, [b1], VILLAGE_B, expect_apps=1)
    for s in (a1, a2):
        with s.reader() as uow:
            assert uow.get_application(work["apps"][0].uuid).state.value == "accepted"
            assert uow.get_record("agent", "agent-9") is not None
    # The second laptop opens the first one's attachments: fetched, verified, byte-identical.
    for app in work["apps"][:2]:
        for check in app.checklist:
            for att in check.attachments:
                local = commands.fetch_blob(a2, att.sha256)
                assert local.read_bytes() == admin.blobs.read_bytes(att.sha256)
    with b1.reader() as uow:  # village B sees nothing of village A
        assert uow.get_application(work["apps"][0].uuid) is None
        assert uow.get_record("agent", "agent-9") is None
    return [a1, a2, b1], work


def _chaos(proxy: FaultProxy, stop: threading.Event, seed: int) -> None:
    """Re-arm a one-shot reset at a random byte count, over and over: requests and replies get lost."""
    rng = random.Random(seed)
    while not stop.is_set():
        proxy.set_faults(
            Faults(
                reset_after_bytes=rng.randint(300, 40_000),
                reset_direction=rng.choice(["up", "down", "both"]),
                reset_each_connection=False,
            )
        )
        stop.wait(rng.uniform(0.05, 0.4))


SCENARIOS: dict[str, Faults | str] = {
    "clean": Faults(),
    "narrow_long_link": Faults.link(2000, 40),
    "reset_every_50KB": Faults(reset_after_bytes=50_000),
    "slow_close": Faults(slow_close_s=0.5, latency_ms=5),
    "lost_requests_and_replies": "chaos",
    "stall_then_recover": "stall",
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_invariants_through_faults(
    name: str, tmp_path: Path, server: ServerProc, proxy: FaultProxy, village: Callable[[str, str], Store]
) -> None:
    spec = SCENARIOS[name]
    stop = threading.Event()
    threads: list[threading.Thread] = []

    def during() -> None:
        if isinstance(spec, Faults):
            proxy.set_faults(spec)
        elif spec == "chaos":
            t = threading.Thread(target=_chaos, args=(proxy, stop, len(threads)), daemon=True)
            threads.append(t)
            t.start()
        elif spec == "stall":
            proxy.set_faults(Faults(stall_after_bytes=20_000))
            threading.Timer(2.0, proxy.clear_faults).start()

    def stop_chaos() -> None:
        stop.set()
        for t in threads:
            t.join()
        proxy.clear_faults()

    try:
        # chaos must end before the final checks' syncs; run_scenario clears faults between phases
        orig_clear = proxy.clear_faults

        def clear() -> None:
            stop.set()
            for t in threads:
                t.join()
            threads.clear()
            stop.clear()
            orig_clear()

        proxy.clear_faults = clear  # type: ignore[method-assign]
        _stores, work = run_scenario(tmp_path, server, proxy, village, during)
    finally:
        stop_chaos()
    if name == "clean":
        # A photo attached to two applications travels once; the village B copy travels for B.
        assert server.admin().blobs.has(work["apps"][0].checklist[0].attachments[0].sha256)
    if name in ("reset_every_50KB", "lost_requests_and_replies"):
        assert proxy.stats().resets_injected > 0


def test_shared_photo_travels_once(
    tmp_path: Path, server: ServerProc, village: Callable[[str, str], Store]
) -> None:
    a1 = village("a1", VILLAGE_A)
    shared = make_file(tmp_path, "shared.jpg", 80_000, 7)
    add_application(a1, 1, [shared])
    add_application(a1, 2, [shared])
    r = commands.sync_once(a1)
    assert r.exit_code == EXIT_OK, r
    assert r.blobs_uploaded == 1
    assert r.blob_bytes_uploaded == 80_000


@pytest.mark.parametrize("mode", ["login", "redirect", "bare"])
def test_captive_portal_is_never_success(
    mode: str, tmp_path: Path, server: ServerProc, proxy: FaultProxy, village: Callable[[str, str], Store]
) -> None:
    a1 = village("a1", VILLAGE_A)
    add_application(a1, 1, [make_file(tmp_path, "x.jpg", 30_000, 1)])
    pending = len(a1.pending_outbox(limit=1000))
    before = server.admin().record_counts()
    proxy.set_faults(Faults(captive=mode))  # type: ignore[arg-type]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VILLAGEDESK_SYNC_MAX_FAILURES", "2")
        r = commands.sync_once(a1)
    assert r.exit_code == EXIT_RETRY
    assert r.code in ("net.captive_portal", "net.tls", "net.unreachable")
    assert len(a1.pending_outbox(limit=1000)) == pending, "a portal page acknowledged something"
    assert server.admin().record_counts() == before
    assert a1.sync_status()["last_error"] == r.code
    proxy.clear_faults()
    r = commands.sync_once(a1)
    assert r.exit_code == EXIT_OK, r
    check_invariants(server.admin(), [a1], VILLAGE_A, expect_apps=1)


def test_server_refusing_then_back(
    tmp_path: Path, server: ServerProc, proxy: FaultProxy, village: Callable[[str, str], Store]
) -> None:
    """No server at all: exit 2 quickly and nothing marked through; later everything goes."""
    a1 = village("a1", VILLAGE_A)
    add_application(a1, 1, [make_file(tmp_path, "x.jpg", 10_000, 1)])
    proxy.set_faults(Faults(drop_new="refuse"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VILLAGEDESK_SYNC_MAX_FAILURES", "3")
        t0 = time.monotonic()
        r = commands.sync_once(a1)
    assert r.exit_code == EXIT_RETRY and time.monotonic() - t0 < 10
    proxy.clear_faults()
    assert commands.sync_once(a1).exit_code == EXIT_OK
    check_invariants(server.admin(), [a1], VILLAGE_A, expect_apps=1)


def test_autosync_sends_when_the_link_comes_back(
    tmp_path: Path, server: ServerProc, proxy: FaultProxy, village: Callable[[str, str], Store]
) -> None:
    from villagedesk.sync.auto import AutoSync

    a1 = village("a1", VILLAGE_A)
    app = add_application(a1, 1, [make_file(tmp_path, "auto.jpg", 20_000, 5)])
    proxy.set_faults(Faults(drop_new="refuse"))
    results: list[SyncResult] = []
    progress: list[object] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VILLAGEDESK_SYNC_MAX_FAILURES", "2")
        auto = AutoSync(
            a1,
            interval_s=60,
            retry_base_s=0.2,
            retry_cap_s=0.5,
            on_result=results.append,
            on_progress=progress.append,
        ).start()
        try:
            deadline = time.monotonic() + 10
            while len(results) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert results and all(r.exit_code == EXIT_RETRY for r in results)
            proxy.clear_faults()  # the link is back: no button pressed
            deadline = time.monotonic() + 20
            while not (results and results[-1].exit_code == EXIT_OK) and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            auto.stop()
    assert results[-1].exit_code == EXIT_OK
    assert server.admin().application(app.uuid)[0]["state"] == "received"
    phases = {getattr(p, "phase", "") for p in progress}
    assert {"upload", "push", "pull", "done"} <= phases


def test_download_resumes_after_drops(
    tmp_path: Path,
    server: ServerProc,
    proxy: FaultProxy,
    village: Callable[[str, str], Store],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from villagedesk.sync.transport import Transport

    a1, a2 = village("a1", VILLAGE_A), village("a2", VILLAGE_A)
    big = make_file(tmp_path, "scan.pdf", 2_000_000, 11)
    app = add_application(a1, 1, [big])
    assert commands.sync_once(a1).exit_code == EXIT_OK
    assert commands.sync_once(a2).exit_code == EXIT_OK
    sha = app.checklist[0].attachments[0].sha256
    offsets: list[int] = []
    real = Transport.download

    def spy(self: Transport, path: str, *, offset: int, sha256: str, expect_bytes: int) -> Any:
        offsets.append(offset)
        return real(self, path, offset=offset, sha256=sha256, expect_bytes=expect_bytes)

    monkeypatch.setattr(Transport, "download", spy)
    proxy.set_faults(Faults(down_bps=16_000_000, reset_after_bytes=600_000, reset_direction="down"))
    path = commands.fetch_blob(a2, sha)
    st = proxy.stats()
    proxy.clear_faults()
    assert path.read_bytes() == big.read_bytes()
    assert st.resets_injected >= 2
    # every retry continued from the bytes already held, never from the start
    assert offsets[0] == 0 and len(offsets) >= 3
    assert all(b > a for a, b in itertools.pairwise(offsets)), offsets
