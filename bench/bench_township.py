"""Township center at county scale: 200,000 applications from 300 villages.

    .venv/bin/python bench/bench_township.py                       # SQLite in a temporary directory
    .venv/bin/python bench/bench_township.py --database-url postgresql+psycopg://postgres@127.0.0.1:54341/postgres

The data goes into the sync server's own ``changes`` feed (what every push and batch import writes), in a
realistic mix of states with the township events that moved each application, dated over the last year;
then the township projection catches up once (timed, reported separately: a one-off cost a real server
pays a little at a time), and each question the township window asks is timed through the real HTTP
API (uvicorn on loopback) and through the query functions alone: the arrivals list, the overdue and
due-soon counts by village with working-day arithmetic, the deadlines board, the monthly report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from sync_server import tables as t  # noqa: E402
from sync_server.cli import open_server  # noqa: E402
from sync_server.service import Server  # noqa: E402
from sync_server.township import calendar as tcal  # noqa: E402
from sync_server.township import deadlines, index, reports  # noqa: E402
from villagedesk.core.catalog import parse_catalog  # noqa: E402
from villagedesk.paths import demo_catalog_path  # noqa: E402
from villagedesk.protocol.messages import canonical_json  # noqa: E402

CHINA = ZoneInfo("Asia/Shanghai")
TOWNSHIPS = 20
VILLAGES = 300
APPS = 200_000
# The life of a year's applications: most are done and delivered, a tenth is open at the window.
MIX = [
    ("delivered", 0.46),
    ("result_ready", 0.08),
    ("approved", 0.03),
    ("denied", 0.01),
    ("accepted", 0.12),
    ("in_review", 0.08),
    ("received", 0.06),
    ("returned", 0.07),
    ("not_accepted", 0.05),
    ("withdrawn", 0.04),
]
PATH = {
    "received": ["received"],
    "accepted": ["received", "accepted"],
    "in_review": ["received", "accepted", "in_review"],
    "approved": ["received", "accepted", "approved"],
    "denied": ["received", "accepted", "denied"],
    "result_ready": ["received", "accepted", "approved", "result_ready"],
    "delivered": ["received", "accepted", "approved", "result_ready", "delivered"],
    "returned": ["received", "returned"],
    "not_accepted": ["received", "not_accepted"],
    "withdrawn": ["received", "withdrawn"],
}


def _china_noon(d: dt.date) -> str:
    return dt.datetime(d.year, d.month, d.day, 4, 0, tzinfo=dt.UTC).isoformat()


def generate(server: Server, seed: int = 7) -> int:
    rng = random.Random(seed)
    cat = parse_catalog(demo_catalog_path().read_bytes())
    items = [it for it in cat.items if it.village_can_proxy]
    with server.engine.connect() as conn:
        cal, _, _ = tcal.current(conn)
    villages = []
    for i in range(VILLAGES):
        code = f"5133{(i // 15) + 1:02d}{100 + i % 15:03d}{i:03d}"[:12]
        villages.append(code)
        server.add_village(code, f"村{i:03d}", f"乡镇{i % TOWNSHIPS:02d}")
    today = dt.datetime.now(CHINA).date()
    states = [s for s, _ in MIX]
    weights = [w for _, w in MIX]
    seq = 0
    rows: list[dict[str, Any]] = []

    def flush(conn: Any) -> None:
        if rows:
            conn.execute(insert(t.changes), rows)
            rows.clear()

    with server.tx() as conn:
        for n in range(APPS):
            village = rng.choice(villages)
            item = rng.choice(items)
            state = rng.choices(states, weights)[0]
            agent = f"{village}-A{rng.randint(1, 2)}"
            # Open files arrived recently; finished ones any time in the year.
            open_state = state in ("received", "accepted", "in_review")
            received = today - dt.timedelta(days=rng.randint(0, 45 if open_state else 365))
            accepted = (
                cal.add_working_days(received, rng.randint(0, 3)) if "accepted" in PATH[state] else None
            )
            if accepted is not None and accepted > today:
                accepted = today
            limit = item.committed_time_limit
            clock: dict[str, Any] = {
                "state": "not_started",
                "started_on": None,
                "pauses": [],
                "extension_days": 0,
            }
            if accepted is not None:
                clock = {
                    "state": "running",
                    "started_on": accepted.isoformat(),
                    "pauses": [],
                    "extension_days": 0,
                }
                if rng.random() < 0.05:
                    stop = cal.add_working_days(accepted, 2)
                    if stop <= today:
                        clock["pauses"] = [
                            {
                                "reason": "on_site_inspection",
                                "stopped_on": stop.isoformat(),
                                "resumed_on": min(today, cal.add_working_days(stop, 3)).isoformat(),
                                "note": "",
                            }
                        ]
            uid = str(uuid.UUID(int=rng.getrandbits(128)))
            events = []
            day = received
            for step in PATH[state]:
                if step == "accepted":
                    day = accepted or day
                elif step in ("approved", "denied"):
                    late = rng.random() < 0.15
                    day = cal.add_working_days(
                        accepted or day,
                        max(0, limit + (rng.randint(1, 6) if late else -rng.randint(0, limit))),
                    )
                    clock = dict(clock, state="finished")
                elif step not in ("received",):
                    day = day + dt.timedelta(days=rng.randint(0, 5))
                day = min(day, today)
                events.append((step, day))
            payload = {
                "uuid": uid,
                "item_code": item.code,
                "catalog_version": cat.version,
                "applicant_id_number": f"51330119{rng.randint(50, 99)}0101{n % 1000:03d}X",
                "responsible_agent": agent,
                "current_agent": agent,
                "state": state,
                "tracking_number": f"{village}-01-{n % 100000:05d}-X",
                "village_code": village,
                "checklist": [],
                "review_tasks": [],
                "clock": clock,
                "free_proxy": rng.random() < 0.12,
                "notes": "",
                "withdrawal_requested": False,
                "version": len(events) + 1,
                "created_at": None,
            }
            seq += 1
            rows.append(
                {
                    "change_seq": seq,
                    "record_type": "application",
                    "record_id": uid,
                    "village_code": village,
                    "op": "upsert",
                    "payload": canonical_json(payload).decode(),
                }
            )
            for step, d in events:
                seq += 1
                ev = {
                    "event_id": str(uuid.UUID(int=rng.getrandbits(128))),
                    "application_uuid": uid,
                    "kind": "transition",
                    "actor": "staff:bench",
                    "device_time": _china_noon(d),
                    "from_state": None,
                    "to_state": step,
                    "payload": {},
                }
                rows.append(
                    {
                        "change_seq": seq,
                        "record_type": "application_event",
                        "record_id": ev["event_id"],
                        "village_code": village,
                        "op": "append",
                        "payload": canonical_json(ev).decode(),
                    }
                )
            if n % 3 == 0:  # consultations and ratings too: the report counts them
                seq += 1
                c = {
                    "record_id": f"c{n}",
                    "village_code": village,
                    "agent_id": agent,
                    "question": "?",
                    "answer": "",
                    "item_code": item.code,
                    "applicant_id_number": "",
                    "asked_at": _china_noon(received),
                }
                rows.append(
                    {
                        "change_seq": seq,
                        "record_type": "consultation",
                        "record_id": f"c{n}",
                        "village_code": village,
                        "op": "upsert",
                        "payload": canonical_json(c).decode(),
                    }
                )
            if state == "delivered" and rng.random() < 0.3:
                seq += 1
                r = {
                    "record_id": f"r{n}",
                    "village_code": village,
                    "application_uuid": uid,
                    "level": rng.choice(reports.RATING_LEVELS),
                    "comment": "",
                    "rated_on": events[-1][1].isoformat(),
                }
                rows.append(
                    {
                        "change_seq": seq,
                        "record_type": "rating",
                        "record_id": f"r{n}",
                        "village_code": village,
                        "op": "upsert",
                        "payload": canonical_json(r).decode(),
                    }
                )
            if len(rows) >= 20_000:
                flush(conn)
        flush(conn)
        conn.execute(t.counters.update().where(t.counters.c.name == "change_seq").values(value=seq))
    return seq


def timed(fn: Any, runs: int = 5) -> tuple[float, float, Any]:
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), max(times), out


def serve(server: Server) -> tuple[str, Any]:
    import socket

    import uvicorn

    from sync_server.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(create_app(server), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=uv.run, daemon=True)
    th.start()
    while not uv.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", uv


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--database-url", default=None)
    ap.add_argument("--out", type=Path, default=None, help="append the results as JSON lines here")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="vd-bench-township-"))
    if args.database_url:
        from sqlalchemy import create_engine

        eng = create_engine(args.database_url)
        with eng.begin() as c:
            c.execute(text("DROP SCHEMA public CASCADE"))
            c.execute(text("CREATE SCHEMA public"))
        eng.dispose()
    server = open_server(tmp, args.database_url, tls_on=False)
    kind = server.engine.dialect.name
    t0 = time.perf_counter()
    n_changes = generate(server)
    gen_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    index.catch_up(server)
    index_s = time.perf_counter() - t0
    if kind == "postgresql":
        with server.engine.begin() as c:
            c.execute(text("ANALYZE"))
    today = dt.datetime.now(CHINA).date()
    month = today.strftime("%Y-%m")
    results: dict[str, Any] = {
        "database": kind,
        "applications": APPS,
        "villages": VILLAGES,
        "changes": n_changes,
        "generate_s": round(gen_s, 1),
        "index_catch_up_s": round(index_s, 1),
    }
    with server.engine.connect() as conn:
        cal, _, _ = tcal.current(conn)
        open_n = conn.execute(
            text("SELECT count(*) FROM tw_apps WHERE state IN ('accepted','in_review')")
        ).scalar()
        results["open_with_clock"] = int(open_n or 0)

        def q(name: str, fn: Any) -> None:
            med, worst, out = timed(fn)
            results[f"fn:{name}"] = {
                "median_s": round(med, 4),
                "max_s": round(worst, 4),
                "size": len(out) if hasattr(out, "__len__") else None,
            }

        q("arrivals", lambda: deadlines.arrivals(conn, cal, today)["items"])
        q("overdue_due_soon_by_village", lambda: deadlines.counts_by_village(conn, cal, today, soon=3))
        q("deadlines_board_2000", lambda: deadlines.open_applications(conn, cal, today))
        q("monthly_report_by_village", lambda: reports.report(conn, "village", month=month)[0])
        q("monthly_report_by_department", lambda: reports.report(conn, "department", month=month)[0])
        counts = deadlines.counts_by_village(conn, cal, today, soon=3)
        results["overdue_total"] = sum(r["overdue"] for r in counts)
        results["due_soon_total"] = sum(r["due_soon"] for r in counts)
        # Check the SQL counts against the exact per-row working-day countdown.
        rows = conn.execute(
            text("SELECT due_on FROM tw_apps WHERE state IN ('accepted','in_review') AND due_on IS NOT NULL")
        ).all()
        from villagedesk.core.workdays import countdown

        exact_over = exact_soon = 0
        for (due,) in rows:
            due_d = due if isinstance(due, dt.date) else dt.date.fromisoformat(str(due))
            cd = countdown(cal, today, due_d)
            exact_over += cd < 0
            exact_soon += 0 <= cd <= 3
        results["counts_match_exact_countdown"] = (exact_over, exact_soon) == (
            results["overdue_total"],
            results["due_soon_total"],
        )
    server.add_staff("bench", "bench-password", "director", "*")
    url, uv = serve(server)
    s = requests.Session()
    tok = s.post(url + "/v1/staff/login", json={"username": "bench", "password": "bench-password"}).json()[
        "token"
    ]
    s.headers["Authorization"] = f"Bearer {tok}"
    for name, path, params in (
        ("arrivals", "/v1/township/arrivals", {}),
        ("deadlines_with_counts", "/v1/township/deadlines", {"soon": 3}),
        ("monthly_report", "/v1/township/reports", {"dimension": "village", "month": month}),
    ):

        def get(path: str = path, params: dict[str, Any] = params) -> Any:
            r = s.get(url + path, params=params, timeout=60)
            r.raise_for_status()
            return r.content

        med, worst, body = timed(get)
        results[f"http:{name}"] = {"median_s": round(med, 4), "max_s": round(worst, 4), "bytes": len(body)}
    uv.should_exit = True
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if args.out:
        with args.out.open("a") as f:
            f.write(json.dumps(results, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
