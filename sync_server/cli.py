"""``villagedesk-server``: run the township server and administer it (see docs/sync.md for every form).

Errors print their code and English message on stderr and exit 1; the last line of ``enroll-code`` is
the code itself, so scripts can take it with ``tail -1``.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sync_server import db, filelock, tls
from sync_server.service import Server, ServerLimits
from sync_server.township import roles
from villagedesk.core.errors import VillageDeskError

LOOPBACK = {"127.0.0.1", "::1", "localhost"}
CONFIG_NAME = "server-config.json"


def _config(data_dir: Path) -> dict[str, Any]:
    p = data_dir / CONFIG_NAME
    return json.loads(p.read_text()) if p.is_file() else {}


def resolve_url(data_dir: Path, url: str | None) -> str:
    """An explicit URL is remembered in the data dir, so later admin commands reach the same database."""
    cfg = _config(data_dir)
    url = url or os.environ.get("VILLAGEDESK_DATABASE_URL") or cfg.get("database_url")
    if url and url != cfg.get("database_url"):
        cfg["database_url"] = url
        (data_dir / CONFIG_NAME).write_text(json.dumps(cfg, indent=2))
    return url or db.sqlite_url(data_dir)


def open_server(
    data_dir: Path, url: str | None = None, *, limits: ServerLimits | None = None, tls_on: bool = True
) -> Server:
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = db.make_engine(resolve_url(data_dir, url))
    db.upgrade(engine)
    fp = None
    if tls_on:
        cert, _ = tls.ensure_certificate(data_dir)
        fp = tls.fingerprint(cert)
    return Server(engine, data_dir, limits=limits, cert_sha256=fp)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="villagedesk-server", description="VillageDesk township sync server")
    p.add_argument("--data-dir", required=True, type=Path)
    p.add_argument(
        "--database-url", default=None, help="postgresql+psycopg://... (default: SQLite in DATA_DIR)"
    )
    sub = p.add_subparsers(dest="cmd", required=True)

    s = sub.add_parser("serve", help="run the HTTPS server")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8443)
    s.add_argument("--database-url", dest="serve_database_url", default=None)
    s.add_argument("--insecure-http", action="store_true", help="plain HTTP; only on a loopback address")
    s.add_argument("--max-attachment", type=int, default=None, help="bytes")
    s.add_argument("--max-request", type=int, default=None, help="bytes")
    s.add_argument("--max-chunk", type=int, default=None, help="bytes")
    s.add_argument("--max-entries", type=int, default=None)
    s.add_argument("--max-batch", type=int, default=None, help="bytes")
    s.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes sharing the port (a county server or many villages at once; POSIX only)",
    )
    s.add_argument(
        "--threads",
        type=int,
        default=8,
        help="database worker threads per process (more only fight over the GIL and the SQLite writer)",
    )

    v = sub.add_parser("village", help="the place registry")
    vs = v.add_subparsers(dest="vcmd", required=True)
    va = vs.add_parser("add")
    va.add_argument("code")
    va.add_argument("--name", required=True)
    va.add_argument("--township", required=True)
    va.add_argument("--county", default="")
    vs.add_parser("list")

    e = sub.add_parser("enroll-code", help="a one-time code to enroll a village laptop")
    e.add_argument("--village", required=True)
    e.add_argument("--ttl-hours", type=float, default=24.0)

    d = sub.add_parser("device", help="enrolled devices")
    ds = d.add_subparsers(dest="dcmd", required=True)
    ds.add_parser("list")
    dr = ds.add_parser("revoke")
    dr.add_argument("device_id")

    st = sub.add_parser("staff", help="township staff accounts")
    sts = st.add_subparsers(dest="scmd", required=True)
    sa = sts.add_parser("add")
    sa.add_argument("username")
    sa.add_argument(
        "--role",
        choices=[*roles.ROLES, *roles.LEGACY],
        default=roles.CLERK,
        help="clerk, dept_reviewer (with --department), director or admin; "
        "the old names reviewer (= clerk) and viewer (= director) still work",
    )
    sa.add_argument("--department", default=None, help="a department reviewer's department (routing body)")
    sa.add_argument("--township", required=True, help='a township name, or "*" for the whole county')
    sa.add_argument(
        "--password-env", default="VILLAGEDESK_STAFF_PASSWORD", help="read the password from here"
    )

    sts.add_parser("list")

    r = sub.add_parser("review", help="a township action on one application")
    r.add_argument("tracking", help="tracking number (any form) or uuid")
    r.add_argument("--actor", default="admin-cli")
    r.add_argument("--base-version", type=int, default=None, help="refuse if the application changed since")
    ra = r.add_subparsers(dest="action", required=True)
    ra.add_parser("accept")
    ret = ra.add_parser("return", help="return for correction")
    ret.add_argument(
        "--material",
        action="append",
        required=True,
        metavar="KEY[=REASON]",
        help="missing material, or defective with a reason",
    )
    na = ra.add_parser("not-accept")
    na.add_argument("--reason", required=True)
    na.add_argument("--legal-basis", default="")
    ro = ra.add_parser("route")
    ro.add_argument("--to", action="append", required=True, metavar="DEPARTMENT")
    de = ra.add_parser("decide")
    de.add_argument("decision", choices=["approve", "deny"])
    de.add_argument("--task", default="", help="the review task (T1, T2...) when routed")
    de.add_argument("--note", default="")
    de.add_argument("--document", type=Path, default=None, help="a PDF for the applicant")
    so = ra.add_parser("stop")
    so.add_argument(
        "--reason", required=True, choices=["on_site_inspection", "public_notice", "hearing", "expert_review"]
    )
    so.add_argument("--note", default="")
    ra.add_parser("resume")
    ex = ra.add_parser("extend")
    ex.add_argument("--days", type=int, required=True)
    ex.add_argument("--reason", required=True)
    ra.add_parser("result-ready")

    x = sub.add_parser("export", help="one JSON object per application")
    x.add_argument("--format", choices=["jsonl"], default="jsonl")
    x.add_argument("--out", type=Path, default=None)

    pb = sub.add_parser("publish", help="publish township records (catalog, agent, calendar_entry) from JSON")
    pb.add_argument("--type", required=True, choices=["catalog", "agent", "calendar_entry"])
    pb.add_argument("file", type=Path, help="a JSON object or a list of them")

    eb = sub.add_parser("export-batch", help="a signed USB batch for one village")
    eb.add_argument("--village", required=True)
    eb.add_argument("--out", required=True, type=Path)
    eb.add_argument("--since", type=int, default=0, help="only changes after this change_seq")

    ib = sub.add_parser("import-batch", help="import a village's signed USB batch")
    ib.add_argument("file", type=Path)
    return p


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync_server.app import create_app

    if args.insecure_http and args.host not in LOOPBACK:
        print("error: --insecure-http is only allowed on a loopback address", file=sys.stderr)
        return 1
    base = ServerLimits()
    limits = ServerLimits(
        max_chunk=args.max_chunk or base.max_chunk,
        max_attachment=args.max_attachment or base.max_attachment,
        max_request=args.max_request or base.max_request,
        max_entries=args.max_entries or base.max_entries,
        max_batch=args.max_batch or base.max_batch,
    )
    workers = max(1, args.workers)
    os.environ["VILLAGEDESK_SERVER_THREADS"] = str(max(1, args.threads))  # read by the app (and workers)
    if workers > 1 and not filelock.AVAILABLE:
        print("error: --workers needs file locks (POSIX); run one worker here", file=sys.stderr)
        return 1
    url = args.serve_database_url or args.database_url
    server = open_server(args.data_dir, url, limits=limits)  # migrates once, before any worker starts
    ssl_kw: dict[str, Any] = {}
    scheme = "http"
    if not args.insecure_http:
        cert, key = tls.cert_paths(args.data_dir)
        ssl_kw = {"ssl_certfile": str(cert), "ssl_keyfile": str(key)}
        scheme = "https"
    common: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_level": "warning",
        # Village links pause for seconds between requests; keep the connection (and its TLS) alive.
        "timeout_keep_alive": 120,
        "access_log": False,
        **ssl_kw,
    }
    if workers == 1:
        config = uvicorn.Config(create_app(server), **common)
        _serving_gc()
        print(f"listening on {scheme}://{args.host}:{args.port} fingerprint={server.cert_sha256}", flush=True)
        uvicorn.Server(config).run()
        return 0
    # Several processes on one socket: each opens the same data directory (the database and the blob
    # store lock across processes). The socket is bound before "listening" is printed.
    server.engine.dispose()
    os.environ[_WORKER_ENV] = json.dumps(
        {"data_dir": str(args.data_dir), "url": url, "limits": dataclasses.asdict(limits), "tls": scheme}
    )
    from uvicorn.supervisors.multiprocess import Multiprocess

    config = uvicorn.Config(f"{__name__}:worker_app", factory=True, workers=workers, **common)
    sock = config.bind_socket()
    print(f"listening on {scheme}://{args.host}:{args.port} fingerprint={server.cert_sha256}", flush=True)
    Multiprocess(config, sockets=[sock]).run()
    return 0


_WORKER_ENV = "VILLAGEDESK_SERVER_WORKER"


def _exit_with_parent() -> None:
    """A worker whose supervisor is gone (killed, not stopped) must not serve on alone: the next start
    would find the port taken and the data directory written by a server nobody runs."""
    import signal
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def worker_app() -> Any:
    """The app of one worker process of ``serve --workers N``."""
    from sync_server.app import create_app

    cfg = json.loads(os.environ[_WORKER_ENV])
    _exit_with_parent()
    server = open_server(
        Path(cfg["data_dir"]), cfg["url"], limits=ServerLimits(**cfg["limits"]), tls_on=cfg["tls"] == "https"
    )
    app = create_app(server)
    _serving_gc()
    return app


def _serving_gc() -> None:
    """For a process that only serves: what was loaded at start lives as long as the process, so keep it
    out of every collection, and collect less often (a request allocates thousands of short-lived
    objects, few of them in cycles). Measured in docs/benchmarks/sync.md."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def _review(server: Server, args: argparse.Namespace) -> int:
    uuid_, _village = server.find_application(args.tracking)
    params: dict[str, Any] = {}
    action = args.action.replace("-", "_")
    if action == "return":
        params["materials"] = list(args.material)
    elif action == "not_accept":
        params = {"reason": args.reason, "legal_basis": args.legal_basis}
    elif action == "route":
        params = {"to": list(args.to)}
    elif action == "decide":
        params = {"decision": args.decision, "task": args.task, "note": args.note}
        if args.document is not None:
            from sync_server.blobstore import file_sha256

            sha = file_sha256(args.document)
            server.blobs.put_file(args.document, sha)
            server.register_blob(sha, None)
            params["document_sha256"] = sha
    elif action == "stop":
        params = {"reason": args.reason, "note": args.note}
    elif action == "extend":
        params = {"days": args.days, "reason": args.reason}
    new = server.staff_action(args.actor, uuid_, action, params, base_version=args.base_version)
    print(f"{new.tracking_number or new.uuid}: {new.state.value} (version {new.version})")
    return 0


def _staff_rows(server: Server) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from sync_server import tables as t

    with server.engine.connect() as conn:
        rows = conn.execute(select(t.staff).order_by(t.staff.c.username)).all()
    return [
        {
            "username": r.username,
            "role": r.role,
            "department": r.department or "",
            "township": r.township,
            "active": bool(r.active),
        }
        for r in rows
    ]


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.cmd == "serve":
        return _serve(args)
    server = open_server(args.data_dir, args.database_url)
    if args.cmd == "village":
        if args.vcmd == "add":
            server.add_village(args.code, args.name, args.township, args.county)
            print(f"village {args.code} {args.name} ({args.township})")
        else:
            for v in server.villages():
                print(f"{v['code']}\t{v['name']}\t{v['township']}")
    elif args.cmd == "enroll-code":
        import datetime as dt

        code = server.create_enroll_code(args.village, ttl=dt.timedelta(hours=args.ttl_hours))
        print(f"enrollment code for village {args.village}, valid {args.ttl_hours:g} h, use once:")
        if server.cert_sha256:
            print(f"server certificate SHA-256: {server.cert_sha256}")
        print(code)
    elif args.cmd == "device":
        if args.dcmd == "list":
            for dev in server.list_devices():
                print(json.dumps(dev, ensure_ascii=False))
        else:
            server.revoke_device(args.device_id)
            print(f"revoked {args.device_id}")
    elif args.cmd == "staff":
        if args.scmd == "list":
            for row in _staff_rows(server):
                print(json.dumps(row, ensure_ascii=False))
            return 0
        password = os.environ.get(args.password_env) or getpass.getpass("password: ")
        server.add_staff(args.username, password, args.role, args.township, args.department)
        role = roles.normalize(args.role)
        dept = f", {args.department}" if args.department else ""
        print(f"staff {args.username} ({role}{dept}, {args.township})")
    elif args.cmd == "review":
        return _review(server, args)
    elif args.cmd == "export":
        out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
        try:
            for row in server.export_rows():
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        finally:
            if args.out:
                out.close()
    elif args.cmd == "publish":
        data = json.loads(args.file.read_text(encoding="utf-8"))
        for item in data if isinstance(data, list) else [data]:
            server.publish(args.type, item)
        print(f"published {args.type}")
    elif args.cmd == "export-batch":
        from sync_server.batches import export_batch

        n = export_batch(server, args.village, args.out, since=args.since)
        print(f"wrote {args.out}: {n} changes")
    elif args.cmd == "import-batch":
        from sync_server.batches import import_batch

        summary = import_batch(server, args.file)
        print(json.dumps(summary, ensure_ascii=False))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return run(argv)
    except VillageDeskError as exc:
        print(
            f"error [{exc.code}] {exc.message} {json.dumps(exc.params, ensure_ascii=False, default=str)}",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
