"""Crashes on both sides and a laptop restored from an old backup: the same invariants hold."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

from support.faultproxy import FaultProxy, Faults
from sync_harness import (
    PYTHON,
    REPO,
    VILLAGE_A,
    ServerProc,
    add_application,
    add_other_records,
    check_invariants,
    enrolled_store,
    make_file,
    new_store,
)

from villagedesk.core.models import Consultation
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK


def _cli_sync(data_dir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [PYTHON, "-m", "villagedesk", "--data-dir", str(data_dir), "sync"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_client_sigkilled_at_random_points(tmp_path: Path, server: ServerProc, proxy: FaultProxy) -> None:
    data = tmp_path / "a1"
    store = enrolled_store(data, server, VILLAGE_A, url=f"https://127.0.0.1:{proxy.port}")
    files = [make_file(tmp_path, f"k{i}.jpg", 100_000 + i, i) for i in range(12)]
    for n in range(4):
        app = add_application(store, n, files[3 * n : 3 * n + 3])
        add_other_records(store, n, app.uuid, app.applicant_id_number)
    marks = [(store.sync_cursor(), store.outbox_high_water())]
    store.close()
    proxy.set_faults(Faults.link(1500, 10))  # about 7 s of work: kills land in every phase
    rng = random.Random(1234)
    kills = 0
    for _ in range(5):
        p = _cli_sync(data)
        time.sleep(rng.uniform(0.4, 2.5))
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            kills += 1
        p.wait(30)
        s = new_store(data)
        marks.append((s.sync_cursor(), s.outbox_high_water()))
        s.close()
    assert kills >= 3, "the client finished before it could be killed: slow the link"
    proxy.clear_faults()
    p = _cli_sync(data)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 0, err.decode()
    store = new_store(data)
    marks.append((store.sync_cursor(), store.outbox_high_water()))
    assert marks == sorted(marks), f"a cursor went backwards across kills: {marks}"
    check_invariants(server.admin(), [store], VILLAGE_A, expect_apps=4)
    store.close()


def test_server_killed_mid_upload_resumes(tmp_path: Path, server: ServerProc, proxy: FaultProxy) -> None:
    store = enrolled_store(tmp_path / "a1", server, VILLAGE_A, url=f"https://127.0.0.1:{proxy.port}")
    big = make_file(tmp_path, "big.jpg", 3_000_000, 99)
    add_application(store, 1, [big])
    proxy.set_faults(Faults(link_up_bps=4_000_000))  # ~6 s for the file
    result: list[object] = []
    t = threading.Thread(target=lambda: result.append(commands.sync_once(store)))
    t.start()
    part_dir = server.data_dir / "partial"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # wait until the server holds part of the file
        parts = list(part_dir.glob("*.part"))
        if parts and parts[0].stat().st_size > 600_000:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the upload never started")
    server.kill()
    time.sleep(0.5)
    server.start()
    t.join(120)
    proxy.clear_faults()
    (r,) = result
    assert getattr(r, "exit_code", None) == EXIT_OK, r
    # Resumed from the server's last byte, not restarted: well under twice the file.
    assert getattr(r, "blob_bytes_uploaded", 0) < 3_000_000 * 1.5
    check_invariants(server.admin(), [store], VILLAGE_A, expect_apps=1)
    store.close()


def test_restore_from_old_backup_then_new_work(tmp_path: Path, server: ServerProc) -> None:
    data = tmp_path / "a1"
    store = enrolled_store(data, server, VILLAGE_A)
    app1 = add_application(store, 1, [make_file(tmp_path, "r1.jpg", 20_000, 1)])
    add_other_records(store, 1, app1.uuid, app1.applicant_id_number)
    assert commands.sync_once(store).exit_code == EXIT_OK
    store.close()
    backup = tmp_path / "backup"
    shutil.copytree(data, backup)

    # Work done after the backup reaches the server; then the disk dies.
    store = new_store(data)
    with store.unit_of_work() as uow:
        for i in range(5):
            uow.put_record("consultation", Consultation(f"lost-timeline-{i}", VILLAGE_A, "agent-1", f"问{i}"))
    assert commands.sync_once(store).exit_code == EXIT_OK
    store.close()
    shutil.rmtree(data)
    shutil.copytree(backup, data)

    # The restored laptop does new work before it syncs: its sequence numbers clash with the server's.
    store = new_store(data)
    app2 = add_application(store, 2, [make_file(tmp_path, "r2.jpg", 20_000, 2)])
    with store.unit_of_work() as uow:
        uow.put_record("consultation", Consultation("after-restore", VILLAGE_A, "agent-1", "新"))
    r = commands.sync_once(store)
    assert r.exit_code == EXIT_OK, (r, store.quarantined())
    admin = server.admin()
    recs = admin.records_of(VILLAGE_A)
    assert ("application", app2.uuid) in recs, "new work after the restore was dropped as already seen"
    assert ("consultation", "after-restore") in recs
    assert all(("consultation", f"lost-timeline-{i}") in recs for i in range(5))
    assert store.last_device_seq() > admin.list_devices()[0]["high_water"] - 1
    check_invariants(admin, [store], VILLAGE_A, expect_apps=2)
    # The server tells the laptop the highest tracking sequence it holds for its ordinal, so a store
    # that can move its tracking counter (bump_tracking_seq) never reissues a printed number.
    dev = admin.device(store.device().device_id)
    assert admin.tracking_high(dev) == int(app2.tracking_number.split("-")[2])
    # ... and the laptop's counter has moved past it: the next receipt gets a fresh number.
    app3 = add_application(store, 3, [make_file(tmp_path, "r3.jpg", 20_000, 3)])
    assert int(app3.tracking_number.split("-")[2]) > admin.tracking_high(dev)
    assert commands.sync_once(store).exit_code == EXIT_OK
    assert store.quarantined() == []
    store.close()


def test_crash_points_in_the_store_during_sync_pull(tmp_path: Path, server: ServerProc) -> None:
    """A power cut while pulled changes are written leaves the cursor with the last whole page."""
    data = tmp_path / "a1"
    store = enrolled_store(data, server, VILLAGE_A)
    app = add_application(store, 1, [make_file(tmp_path, "c.jpg", 10_000, 3)])
    store.close()
    env = dict(os.environ, VILLAGEDESK_CRASH_AT="store.after_application_row")
    p = subprocess.run(
        [PYTHON, "-m", "villagedesk", "--data-dir", str(data), "sync"],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=120,
    )
    store = new_store(data)
    cursor_after_crash = store.sync_cursor()
    store.close()
    p = subprocess.run(
        [PYTHON, "-m", "villagedesk", "--data-dir", str(data), "sync"],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr.decode()
    store = new_store(data)
    assert store.sync_cursor() >= cursor_after_crash
    check_invariants(server.admin(), [store], VILLAGE_A, expect_apps=1)
    with store.reader() as uow:
        assert uow.get_application(app.uuid).state.value == "received"
    store.close()
