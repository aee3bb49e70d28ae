"""Township ingest: many village laptops pushing at once, and the server's memory while a 50 MB file arrives.

    .venv/bin/python bench/bench_sync_ingest.py [--devices 100] [--apps 20] [--attachment-kb 100]
                                               [--database-url postgresql+psycopg://...] [--memory-mb 50]
                                               [--variants per-file,packs,packs+2workers] [--out FILE]

Each variant runs in turn on the same machine (the per-file one is the baseline: one request per photo,
as before packs).

Each device is its own process running the real sync engine (``villagedesk.sync.engine.SyncEngine``)
over loopback TLS, in its normal batches, against a small in-memory outbox (building 2000 applications
through the desktop's services would take longer than the ingest itself). Only applications that the
server acknowledged *and* that are then in ``export`` with state ``received`` are counted.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "sync"), str(ROOT)]

from sync_harness import ServerProc, free_port  # noqa: E402

from villagedesk.core import codec, tracking  # noqa: E402
from villagedesk.core.models import Applicant, Application, AttachmentRef, MaterialCheck  # noqa: E402
from villagedesk.protocol.states import ApplicationState, MaterialStatus  # noqa: E402


@dataclasses.dataclass(frozen=True)
class Entry:
    device_seq: int
    record_type: str
    record_id: str
    op: str
    payload: dict[str, Any]
    blobs: tuple[str, ...]
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class Ident:
    device_id: str
    village_code: str
    ordinal: int
    server_url: str
    credential: str
    server_fingerprint: str


class MemBlobs:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def path(self, sha: str) -> Path:
        return self.root / sha

    def has(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def size(self, sha: str) -> int:
        return self.path(sha).stat().st_size

    def verify(self, sha: str) -> None:
        if not self.has(sha):
            raise OSError(sha)

    def put_bytes(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        self.path(sha).write_bytes(data)
        return sha

    def put_stream(self, stream: BinaryIO) -> str:
        return self.put_bytes(stream.read())


class MemStore:
    """Just enough of the store contract for the engine (villagedesk.sync.storeapi.SyncStore)."""

    def __init__(self, root: Path) -> None:
        self.blobs = MemBlobs(root / "blobs")
        self.ident: Ident | None = None
        self.outbox: dict[int, Entry] = {}
        self.acked = 0
        self.last_seq = 0
        self.cursor = 0
        self.q: dict[int, tuple[str, dict[str, Any]]] = {}
        self.status: dict[str, Any] = {}

    def device(self) -> Ident | None:
        return self.ident

    def set_enrollment(
        self,
        *,
        device_id: str | None = None,
        village_code: str,
        ordinal: int,
        server_url: str,
        credential: str,
        server_fingerprint: str,
    ) -> None:
        self.ident = Ident(device_id or "", village_code, ordinal, server_url, credential, server_fingerprint)

    def add(
        self, record_type: str, record_id: str, op: str, payload: dict[str, Any], blobs: Sequence[str]
    ) -> None:
        self.last_seq += 1
        self.outbox[self.last_seq] = Entry(
            self.last_seq, record_type, record_id, op, payload, tuple(blobs), dt.datetime.now()
        )

    def pending_outbox(self, *, after_seq: int = 0, limit: int = 100) -> list[Entry]:
        out = [
            e for s, e in sorted(self.outbox.items()) if s > max(after_seq, self.acked) and s not in self.q
        ]
        return out[:limit]

    def ack_outbox(self, high_water: int) -> None:
        self.acked = max(self.acked, high_water)

    def outbox_high_water(self) -> int:
        return self.acked

    def last_device_seq(self) -> int:
        return self.last_seq

    def bump_device_seq(self, at_least: int) -> None:
        self.last_seq = max(self.last_seq, at_least)

    def bump_tracking_seq(self, at_least: int) -> None:
        pass  # the benchmark's devices never print receipts

    def quarantine(self, device_seq: int, code: str, params: dict[str, Any]) -> None:
        self.q[device_seq] = (code, params)

    def quarantined(self) -> list[Any]:
        return [(self.outbox[s], c, p) for s, (c, p) in self.q.items()]

    def sync_cursor(self) -> int:
        return self.cursor

    def apply_remote(self, changes: Sequence[Any], new_cursor: int) -> None:
        self.cursor = new_cursor

    def set_sync_status(self, **kw: Any) -> None:
        self.status.update(kw)

    def sync_status(self) -> dict[str, Any]:
        return self.status


def _worker(i: int, url: str, code: str, apps: int, att_kb: int, tmp: str, go: Any, out: Any) -> None:
    from villagedesk.sync import commands
    from villagedesk.sync.engine import SyncEngine

    store = MemStore(Path(tmp) / f"dev{i}")
    commands.enroll(store, url, code)  # type: ignore[arg-type]
    dev = store.device()
    assert dev is not None
    for n in range(apps):
        idn = f"5133011990{(i * apps + n) % 100000:05d}001"[:17] + "X"
        store.add(
            "applicant",
            idn,
            "upsert",
            codec.encode(Applicant(idn, f"申请人{i}-{n}", village_code=dev.village_code)),
            [],
        )
        checks = []
        shas = []
        for k in range(3):
            sha = store.blobs.put_bytes(os.urandom(att_kb * 1000))
            shas.append(sha)
            checks.append(
                MaterialCheck(
                    f"M{k + 1}",
                    MaterialStatus.COPY,
                    1,
                    attachments=(AttachmentRef(sha, att_kb * 1000, "image/jpeg"),),
                )
            )
        app = Application(
            uuid=str(uuid.uuid4()),
            item_code="BENCH-1",
            catalog_version="bench",
            applicant_id_number=idn,
            responsible_agent="agent",
            state=ApplicationState.QUEUED,
            tracking_number=str(tracking.make(dev.village_code, dev.ordinal, n + 1)),
            village_code=dev.village_code,
            checklist=tuple(checks),
            version=5,
        )
        store.add("application", app.uuid, "upsert", codec.encode(app), shas)
    out.put({"ready": i})
    go.wait()
    t0 = time.monotonic()
    c0 = time.process_time()
    result = SyncEngine(store, config=commands.config_from_env()).run()  # type: ignore[arg-type]
    acked = [
        e.record_id
        for s, e in store.outbox.items()
        if s <= store.acked and s not in store.q and e.record_type == "application"
    ]
    out.put(
        {
            "i": i,
            "exit": result.exit_code,
            "code": result.code,
            "acked": acked,
            "seconds": time.monotonic() - t0,
            "cpu_s": time.process_time() - c0,
        }
    )


def _cpu_s(pid: int, which: str = "both") -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    user, system = int(fields[11]), int(fields[12])
    ticks = {"user": user, "system": system}.get(which, user + system)
    return ticks / os.sysconf("SC_CLK_TCK")


def _tree_cpu_s(pid: int, which: str = "both") -> float:
    """CPU of a process and all its descendants (the server's worker processes)."""
    parent: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                parent[int(d.name)] = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
    tree, grew = {pid}, True
    while grew:
        add = {c for c, pp in parent.items() if pp in tree and c not in tree}
        tree |= add
        grew = bool(add)
    total = 0.0
    for p in tree:
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += _cpu_s(p, which)
    return total


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def ingest(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    sp = ServerProc(
        tmp / "server",
        free_port(),
        database_url=args.database_url,
        extra_args=("--workers", str(args.workers)),
    )
    sp.data_dir.mkdir()
    admin = sp.admin()
    villages = [f"5133011{k:05d}" for k in range(max(1, args.devices // 2))]
    for v in villages:
        admin.add_village(v, f"村{v[-3:]}", "炉城镇")
    codes = [admin.create_enroll_code(villages[i % len(villages)]) for i in range(args.devices)]
    sp.start()
    # The laptops' own files live in memory (each laptop has its own disk; here they would share the
    # server's), so the disk under the server carries only what the server writes.
    shm = Path("/dev/shm")
    lap_dir = Path(tempfile.mkdtemp(prefix="bench-laptops-", dir=shm if shm.is_dir() else tmp))
    ctx = mp.get_context("fork")
    go = ctx.Event()
    out = ctx.Queue()
    procs = [
        ctx.Process(
            target=_worker, args=(i, sp.url, codes[i], args.apps, args.attachment_kb, str(lap_dir), go, out)
        )
        for i in range(args.devices)
    ]
    try:
        for p in procs:
            p.start()
        # every laptop has enrolled and built its outbox (each then blocks on `go`)
        for _ in procs:
            assert "ready" in out.get(timeout=600)
        time.sleep(1.0)
        os.sync()  # nothing of the set-up still on its way to disk when the clock starts
        cpu0 = _tree_cpu_s(sp.proc.pid) if sp.proc is not None else 0.0
        sys0 = _tree_cpu_s(sp.proc.pid, "system") if sp.proc is not None else 0.0
        t0 = time.monotonic()
        go.set()
        if os.environ.get("BENCH_GO_FILE"):  # lets a profiler (perf, py-spy) start with the clock
            Path(os.environ["BENCH_GO_FILE"]).write_text(str(sp.proc.pid if sp.proc else ""))
        results = [out.get(timeout=1800) for _ in procs]
        wall = time.monotonic() - t0
        for p in procs:
            p.join(60)
        server_cpu = (_tree_cpu_s(sp.proc.pid) if sp.proc is not None else 0.0) - cpu0
        server_sys = (_tree_cpu_s(sp.proc.pid, "system") if sp.proc is not None else 0.0) - sys0
        exported = {r["uuid"]: r for r in admin.export_rows()}
        acked = {u for r in results for u in r["acked"]}
        counted = [u for u in acked if u in exported and exported[u]["state"] == "received"]
        failures = [r for r in results if r["exit"] != 0]
    finally:
        sp.kill()
        shutil.rmtree(lap_dir, ignore_errors=True)
    return {
        "backend": "postgresql" if args.database_url else "sqlite",
        "server_workers": args.workers,
        "devices": args.devices,
        "apps_per_device": args.apps,
        "attachments": f"3 x {args.attachment_kb} KB",
        "wall_s": round(wall, 1),
        "apps_counted": len(counted),
        "apps_per_s": round(len(counted) / wall, 1),
        "server_cpu_s": round(server_cpu, 1),
        "server_system_cpu_s": round(server_sys, 1),
        "clients_cpu_s": round(sum(r["cpu_s"] for r in results), 1),
        "cpu_s_available": round(wall * (os.cpu_count() or 1), 1),
        "device_seconds_p10_p50_p90_max": [
            round(sorted(r["seconds"] for r in results)[int(q * (len(results) - 1))], 1)
            for q in (0.1, 0.5, 0.9, 1.0)
        ],
        "device_failures": len(failures),
        "failure_codes": sorted({r["code"] for r in failures}),
    }


def memory(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    from villagedesk.sync import commands
    from villagedesk.sync.engine import SyncEngine

    sp = ServerProc(tmp / "server-mem", free_port(), database_url=args.database_url)
    sp.data_dir.mkdir()
    admin = sp.admin()
    admin.add_village("513301100999", "测村", "炉城镇")
    code = admin.create_enroll_code("513301100999")
    sp.start()
    try:
        store = MemStore(tmp / "mem-dev")
        commands.enroll(store, sp.url, code)  # type: ignore[arg-type]
        dev = store.device()
        assert dev is not None and sp.proc is not None
        big = os.urandom(args.memory_mb * 1_000_000)
        sha = store.blobs.put_bytes(big)
        del big
        app = Application(
            str(uuid.uuid4()),
            "BENCH-1",
            "bench",
            "51330119900101001X",
            "agent",
            state=ApplicationState.QUEUED,
            tracking_number=str(tracking.make(dev.village_code, dev.ordinal, 1)),
            village_code=dev.village_code,
            checklist=(
                MaterialCheck(
                    "M1",
                    MaterialStatus.COPY,
                    1,
                    attachments=(AttachmentRef(sha, args.memory_mb * 1_000_000, "image/jpeg"),),
                ),
            ),
            version=5,
        )
        store.add("application", app.uuid, "upsert", codec.encode(app), [sha])
        time.sleep(1.0)
        base = _rss_kib(sp.proc.pid)
        peak = [base]
        stop = threading.Event()

        def watch() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], _rss_kib(sp.proc.pid))  # type: ignore[union-attr]
                stop.wait(0.01)

        w = threading.Thread(target=watch)
        w.start()
        t0 = time.monotonic()
        r = SyncEngine(store, config=commands.config_from_env()).run()  # type: ignore[arg-type]
        secs = time.monotonic() - t0
        stop.set()
        w.join()
    finally:
        sp.kill()
    return {
        "attachment_mb": args.memory_mb,
        "exit": r.exit_code,
        "seconds": round(secs, 1),
        "server_rss_before_mb": round(base / 1024, 1),
        "server_rss_peak_mb": round(peak[0] / 1024, 1),
        "growth_mb": round((peak[0] - base) / 1024, 1),
    }


VARIANTS = {
    # name: (files per request, server worker processes)
    "per-file": ("0", 1),  # the baseline: one request per photo (VILLAGEDESK_SYNC_MAX_PACK=0)
    "packs": (str(4 * 1024 * 1024), 1),
    "packs+2workers": (str(4 * 1024 * 1024), 2),
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--devices", type=int, default=100)
    ap.add_argument("--apps", type=int, default=20)
    ap.add_argument("--attachment-kb", type=int, default=100)
    ap.add_argument("--database-url", default=None)
    ap.add_argument(
        "--variants",
        default="per-file,packs,packs+2workers",
        help=f"which of {', '.join(VARIANTS)}, run one after the other on the same machine",
    )
    ap.add_argument("--memory-mb", type=int, default=50)
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    os.environ.setdefault("VILLAGEDESK_SYNC_BACKOFF", "0.2")
    os.environ.setdefault("VILLAGEDESK_SYNC_BACKOFF_CAP", "5")
    os.environ.setdefault("VILLAGEDESK_SYNC_MAX_FAILURES", "30")
    tmp = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    results: dict[str, Any] = {"load_average_before": os.getloadavg()}
    try:
        if not args.skip_ingest:
            results["ingest"] = []
            for name in args.variants.split(","):
                max_pack, args.workers = VARIANTS[name]
                os.environ["VILLAGEDESK_SYNC_MAX_PACK"] = max_pack
                if args.database_url:
                    from sync_harness import reset_pg

                    reset_pg(args.database_url)
                run_dir = tmp / name
                run_dir.mkdir()
                row = {"variant": name, **ingest(args, run_dir), "load_average_after": os.getloadavg()}
                results["ingest"].append(row)
                print(json.dumps(row), flush=True)
                shutil.rmtree(run_dir, ignore_errors=True)
        if args.memory_mb:
            if args.database_url:
                from sync_harness import reset_pg

                reset_pg(args.database_url)
            results["memory"] = memory(args, tmp)
            print(json.dumps(results["memory"]), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
