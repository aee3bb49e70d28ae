"""A village batch over a scaled plateau link: VillageDesk against the link's lower bound and a naive
baseline, then the same with a reset every 256 KB, then a short run at real speed.

    .venv/bin/python bench/bench_sync_link.py [--apps 20] [--kbit 640] [--delay-ms 80] [--budget-s 150]
                                             [--real-apps 2] [--out docs/benchmarks/sync-link.json]

Scaling: 640 kbit/s with 80 ms one-way delay is the plateau link (64 kbit/s, 400 ms) with ten times the
bandwidth and a fifth of the delay, so a 20-application batch runs in minutes, not an hour; the
real-speed run (2 applications at 64 kbit/s, 400 ms) shows the ratio holds there.

Photos: each application has 3 photos as they travel after the media layer compressed them (about
120 KB each, random bytes: as incompressible as JPEG). The naive baseline sends the 3 MB originals, one
request per application, restarted from zero on a drop (what the peers do).
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "sync"), str(ROOT)]

from support.faultproxy import FaultProxy, Faults  # noqa: E402
from sync_harness import (  # noqa: E402
    FAST_ENV,
    VILLAGE_A,
    ServerProc,
    add_application,
    enrolled_store,
    free_port,
    setup_places,
)

from villagedesk.sync import commands  # noqa: E402

PHOTO = 120_000
ORIGINAL = 3_000_000


def make_photos(d: Path, n: int, size: int, tag: str) -> list[Path]:
    out = []
    for i in range(n):
        p = d / f"{tag}{i}.jpg"
        p.write_bytes(os.urandom(size))
        out.append(p)
    return out


def village_run(tmp: Path, sp: ServerProc, faults: Faults, apps: int, tag: str) -> dict[str, Any]:
    with FaultProxy("127.0.0.1", sp.port) as proxy:
        store = enrolled_store(tmp / f"v-{tag}", sp, VILLAGE_A, url=f"https://127.0.0.1:{proxy.port}")
        photos = make_photos(tmp, 3 * apps, PHOTO, tag)
        base = {"a": 0}
        for n in range(apps):
            add_application(store, hash(tag) % 1000 * 100 + n, photos[3 * n : 3 * n + 3])
        blob_bytes = sum(p.stat().st_size for p in photos)
        proxy.set_faults(faults)
        proxy.reset_stats()
        t0 = time.monotonic()
        runs = 0
        while True:
            runs += 1
            r = commands.sync_once(store)
            if r.exit_code == 0 or runs > 50:
                break
        wall = time.monotonic() - t0
        st = proxy.stats()
        proxy.clear_faults()
        store.close()
    up_bps = faults.link_up_bps or faults.up_bps or 1e12
    down_bps = faults.link_down_bps or faults.down_bps or 1e12
    # What crossed the simulated link: bytes the proxy delivered. (Bytes still in the client's socket
    # buffer when a reset hits never cross a real link either; ``client_bytes_up`` reports them too.)
    bound = max(st.bytes_up * 8 / up_bps, st.bytes_down * 8 / down_bps)
    del base
    return {
        "apps": apps,
        "exit_code": r.exit_code,
        "sync_runs": runs,
        "wall_s": round(wall, 1),
        "bytes_up": st.bytes_up,
        "bytes_down": st.bytes_down,
        "client_bytes_up": st.bytes_in_up,
        "payload_blob_bytes": blob_bytes,
        "lower_bound_s": round(bound, 1),
        "ratio": round(wall / bound, 3) if bound else None,
        "resets": st.resets_injected,
        "connections": st.connections_opened,
    }


class _Sink(http.server.BaseHTTPRequestHandler):
    """The naive peer's server: accepts a whole application in one POST."""

    received: ClassVar[list[int]] = []

    def do_POST(self) -> None:
        n = int(self.headers["Content-Length"])
        got = 0
        while got < n:
            chunk = self.rfile.read(min(65536, n - got))
            if not chunk:
                return
            got += len(chunk)
        _Sink.received.append(got)
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def naive_run(faults: Faults, apps: int, budget_s: float) -> dict[str, Any]:
    import requests

    _Sink.received = []
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    srv.handle_error = lambda *a: None  # type: ignore[method-assign]  # resets are the point here
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    body = os.urandom(ORIGINAL) * 3  # one application: three original photos
    done = attempts = 0
    t0 = time.monotonic()
    with FaultProxy("127.0.0.1", srv.server_address[1]) as proxy:
        proxy.set_faults(faults)
        url = f"http://127.0.0.1:{proxy.port}/submit"
        while done < apps and time.monotonic() - t0 < budget_s:
            attempts += 1
            left = budget_s - (time.monotonic() - t0)
            try:
                # urllib3 applies the *connect* timeout while the body is sent: give both the budget.
                r = requests.post(url, data=body, timeout=(max(1.0, left), max(1.0, left)))
                if r.status_code == 201:
                    done += 1
            except requests.RequestException:
                pass  # a drop: the whole application starts again
        st = proxy.stats()
    srv.shutdown()
    return {
        "apps_target": apps,
        "apps_done": done,
        "attempts": attempts,
        "budget_s": budget_s,
        "elapsed_s": round(time.monotonic() - t0, 1),
        "bytes_up": st.bytes_in_up,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--apps", type=int, default=20)
    ap.add_argument("--kbit", type=float, default=640)
    ap.add_argument("--delay-ms", type=float, default=80)
    ap.add_argument("--budget-s", type=float, default=150)
    ap.add_argument("--real-apps", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "sync-link.json")
    ap.add_argument("--parts", default="village,naive,real", help="which runs (results merge into --out)")
    args = ap.parse_args()
    parts = set(args.parts.split(","))
    os.environ.update({k: v for k, v in FAST_ENV.items() if "CHUNK" not in k and "ASSUMED" not in k})
    os.environ["VILLAGEDESK_SYNC_READ_TIMEOUT"] = "60"
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    sp = ServerProc(tmp / "server", free_port())
    sp.data_dir.mkdir()
    setup_places(sp.admin())
    sp.start()
    results: dict[str, Any] = json.loads(args.out.read_text()) if args.out.is_file() else {}
    results["link"] = {"kbit": args.kbit, "delay_ms": args.delay_ms}
    try:
        link = Faults.link(args.kbit, args.delay_ms)
        resets = Faults.link(args.kbit, args.delay_ms, reset_after_bytes=256 * 1024)
        print(f"scaled link {args.kbit:g} kbit/s, {args.delay_ms:g} ms one way; {args.apps} applications")
        if "village" in parts:
            results["villagedesk"] = village_run(tmp, sp, link, args.apps, "clean")
            print("villagedesk", results["villagedesk"], flush=True)
            results["villagedesk_reset_256KB"] = village_run(tmp, sp, resets, args.apps, "reset")
            for key in ("bytes_up", "client_bytes_up"):
                extra = results["villagedesk_reset_256KB"][key] / results["villagedesk"][key] - 1
                results["villagedesk_reset_256KB"][f"extra_{key}_vs_clean"] = round(extra, 3)
            print("villagedesk, reset every 256 KB", results["villagedesk_reset_256KB"], flush=True)
        if "naive" in parts:
            results["naive"] = naive_run(link, args.apps, args.budget_s)
            print("naive", results["naive"], flush=True)
            results["naive_reset_256KB"] = naive_run(resets, args.apps, args.budget_s)
            print("naive, reset every 256 KB", results["naive_reset_256KB"], flush=True)
        if "real" in parts and args.real_apps:
            real = Faults.link(64, 400)
            results["villagedesk_real_speed"] = village_run(tmp, sp, real, args.real_apps, "real")
            print("villagedesk at 64 kbit/s, 400 ms", results["villagedesk_real_speed"], flush=True)
    finally:
        sp.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
