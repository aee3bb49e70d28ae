"""Run the fault proxy standalone, for benchmarks against a separately started server.

    python bench/faultproxy_cli.py --listen 127.0.0.1:0 --target 127.0.0.1:8000 --kbit 640 --delay-ms 80

The first line on stdout is the port the proxy listens on. On SIGTERM or SIGINT the proxy stops and the
last line on stdout is its counters as one JSON object; SIGUSR1 prints the counters without stopping.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.faultproxy import FaultProxy, Faults


def _host_port(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {text!r}")
    return host, int(port)


def _kbit(value: float | None) -> float | None:
    return None if value is None else value * 1000


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--listen", type=_host_port, default=("127.0.0.1", 0), metavar="HOST:PORT")
    p.add_argument("--target", type=_host_port, required=True, metavar="HOST:PORT")
    p.add_argument("--kbit", type=float, help="shared link rate, both directions (kbit/s)")
    p.add_argument("--up-kbit", type=float, help="shared link rate towards the target (overrides --kbit)")
    p.add_argument("--down-kbit", type=float, help="shared link rate towards the client (overrides --kbit)")
    p.add_argument("--conn-kbit", type=float, help="per-connection rate, both directions (kbit/s)")
    p.add_argument("--delay-ms", type=float, default=0.0, help="one-way delay, each direction")
    p.add_argument("--jitter-ms", type=float, default=0.0)
    p.add_argument("--reset-every", type=int, metavar="BYTES", help="RST each connection after BYTES")
    p.add_argument("--reset-direction", choices=["up", "down", "both"], default="both")
    p.add_argument("--reset-once", action="store_true", help="only the first connection is reset")
    p.add_argument("--stall-after", type=int, metavar="BYTES")
    p.add_argument("--slow-close-s", type=float, default=0.0)
    p.add_argument("--captive", choices=["login", "redirect", "bare"])
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)

    faults = Faults(
        up_bps=_kbit(args.conn_kbit),
        down_bps=_kbit(args.conn_kbit),
        link_up_bps=_kbit(args.up_kbit if args.up_kbit is not None else args.kbit),
        link_down_bps=_kbit(args.down_kbit if args.down_kbit is not None else args.kbit),
        latency_ms=args.delay_ms,
        jitter_ms=args.jitter_ms,
        reset_after_bytes=args.reset_every,
        reset_direction=args.reset_direction,
        reset_each_connection=not args.reset_once,
        stall_after_bytes=args.stall_after,
        slow_close_s=args.slow_close_s,
        captive=args.captive,
    )
    proxy = FaultProxy(
        args.target[0],
        args.target[1],
        listen_host=args.listen[0],
        listen_port=args.listen[1],
        faults=faults,
        seed=args.seed,
    )
    done = threading.Event()

    def on_stop(signum: int, frame: FrameType | None) -> None:
        done.set()

    def on_report(signum: int, frame: FrameType | None) -> None:
        print(json.dumps(dataclasses.asdict(proxy.stats())), flush=True)

    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGINT, on_stop)
    signal.signal(signal.SIGUSR1, on_report)
    with proxy:
        print(proxy.port, flush=True)
        while not done.wait(0.5):
            pass
        stats = proxy.stats()
    print(json.dumps(dataclasses.asdict(stats)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
