"""The ``villagedesk`` command: the window by default, subcommands for headless work."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from villagedesk import __version__
from villagedesk.core.errors import VillageDeskError
from villagedesk.paths import ENV_DATA_DIR, demo_catalog_path, resolve_data_dir


def _open_store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from villagedesk.services.calendar import ensure_calendar
    from villagedesk.storage.store import Store

    store = Store.open(resolve_data_dir(args.data_dir))
    store.ensure_catalog(demo_catalog_path())
    ensure_calendar(store)
    return store


def cmd_gui(args: argparse.Namespace) -> int:
    from villagedesk.ui.app import run_gui

    return run_gui(resolve_data_dir(args.data_dir), smoke_screenshot=args.smoke_screenshot)


def cmd_township(args: argparse.Namespace) -> int:
    from villagedesk.ui.app import _ensure_platform
    from villagedesk.ui.township.app import main as township_main

    _ensure_platform()
    argv = ["--server", args.server, "--lang", args.lang]
    if args.fingerprint:
        argv += ["--fingerprint", args.fingerprint]
    # Printed notices stay in the data directory unless the user names another folder.
    print_dir = args.print_dir or str(resolve_data_dir(args.data_dir) / "township-printed")
    return township_main([*argv, "--print-dir", print_dir])


def cmd_import_catalog(args: argparse.Namespace) -> int:
    from villagedesk.core.catalog import parse_catalog

    store = _open_store(args)
    catalog = parse_catalog(Path(args.file).read_bytes())
    with store.unit_of_work() as uow:
        new = uow.import_catalog(catalog)
    print(
        f"catalog {catalog.version}: {len(catalog.items)} items ({'imported' if new else 'already present'})"
    )
    return 0


def cmd_check_id(args: argparse.Namespace) -> int:
    from villagedesk.core.idnumber import check_id_number

    info = check_id_number(args.id_number, today=dt.date.today())
    region = info.region.name_zh if info.region else "?"
    print(f"{info.id_number} valid: born {info.birth_date.isoformat()}, {info.sex.value}, region {region}")
    for w in info.warnings:
        print(f"warning [{w.code}]: {w.message}")
    return 0


def cmd_add_application(args: argparse.Namespace) -> int:
    from villagedesk.services.applicants import prepare_applicant
    from villagedesk.services.applications import QuickApplication, add_complete_application
    from villagedesk.services.intake import store_file

    store = _open_store(args)
    applicant, _warnings = prepare_applicant(
        id_number=args.applicant_id,
        legal_name=args.name,
        name_bo=args.name_bo or "",
        phone=args.phone or "",
        village_code=(store.device().village_code if store.device() else ""),
        override_warnings=args.override,
    )
    attachments = []
    for spec in args.attach or []:
        key, sep, file = spec.partition("=")
        if not sep or not key or not file:
            raise VillageDeskError(f"--attach takes MATERIAL_KEY=FILE, not {spec!r}", code="cli.attach")
        attachments.append((key, Path(file)))
    app = add_complete_application(
        store,
        QuickApplication(args.item, applicant, attachments, agent_id=args.agent),
        store_file=store_file,
    )
    print(app.tracking_number)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    store = _open_store(args)
    with store.reader() as uow:
        for app in uow.list_applications(states=args.state or None, limit=args.limit):
            print(f"{app.tracking_number or '-':24} {app.state.value:20} {app.item_code:8} {app.uuid}")
    return 0


def cmd_deadline(args: argparse.Namespace) -> int:
    from villagedesk.core.models import TimeUnit
    from villagedesk.core.workdays import compute_deadline
    from villagedesk.services.calendar import work_calendar

    store = _open_store(args)
    unit = TimeUnit.CALENDAR_DAYS if args.calendar_days else TimeUnit.WORKING_DAYS
    d = compute_deadline(work_calendar(store), dt.date.fromisoformat(args.start), args.days, unit, [])
    assert d.due is not None
    print(
        d.due.isoformat()
        + (" (provisional: no official holiday schedule for that year yet)" if d.provisional else "")
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from villagedesk.core.errors import IntegrityError

    store = _open_store(args)
    bad = 0
    refs = store.referenced_blobs()
    for sha in sorted(refs):
        try:
            store.blobs.verify(sha)
        except IntegrityError as exc:
            bad += 1
            print(f"{exc.code}: {sha}")
    removed = store.sweep_blobs() if args.sweep else []
    print(f"{len(refs)} attachments checked, {bad} damaged or missing, {len(removed)} unreferenced removed")
    return 1 if bad else 0


def _sync_command(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from villagedesk.sync import commands

        store = _open_store(args)
        result: int = getattr(commands, f"cli_{name}")(store, args)
        return result

    return run


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="villagedesk",
        description="VillageDesk: the village proxy point's service desk. Without a command it opens the window.",
    )
    p.add_argument("--version", action="version", version=f"VillageDesk {__version__}")
    p.add_argument("--data-dir", help=f"keep everything in this directory (also ${ENV_DATA_DIR})")
    p.add_argument(
        "--smoke-screenshot",
        metavar="PNG",
        help="open the main window (offscreen without a display), save a screenshot to PNG and exit",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help="open the window (the default)").set_defaults(func=cmd_gui)

    s = sub.add_parser("township", help="open township mode (staff of the convenience service center)")
    s.add_argument("--server", required=True, help="the township sync server, e.g. https://township-pc:8443")
    s.add_argument("--fingerprint", help="the server certificate's SHA-256 fingerprint (pinned)")
    s.add_argument("--lang", default="zh_CN", choices=["zh_CN", "bo", "en"])
    s.add_argument("--print-dir", help="where printed notices are saved (default: DATA_DIR/township-printed)")
    s.set_defaults(func=cmd_township)

    s = sub.add_parser("import-catalog", help="import a service catalog (JSON)")
    s.add_argument("file")
    s.set_defaults(func=cmd_import_catalog)

    s = sub.add_parser("check-id", help="check a resident ID number")
    s.add_argument("id_number")
    s.set_defaults(func=cmd_check_id)

    s = sub.add_parser("add-application", help="queue a complete application (scripted entry)")
    s.add_argument("--item", required=True, help="service item code, e.g. MZ-001")
    s.add_argument("--applicant-id", required=True)
    s.add_argument("--name", required=True, help="legal name as on the ID card")
    s.add_argument("--name-bo", help="Tibetan name")
    s.add_argument("--phone")
    s.add_argument("--agent", default="agent", help="responsible agent id")
    s.add_argument("--attach", action="append", metavar="MATERIAL_KEY=FILE")
    s.add_argument("--override", action="store_true", help="accept an unknown region code in the ID number")
    s.set_defaults(func=cmd_add_application)

    s = sub.add_parser("list", help="list applications")
    s.add_argument("--state", action="append")
    s.add_argument("--limit", type=int, default=1000)
    s.set_defaults(func=cmd_list)

    s = sub.add_parser("deadline", help="a deadline on the working-day calendar")
    s.add_argument("--start", required=True, help="YYYY-MM-DD (not counted)")
    s.add_argument("--days", type=int, required=True)
    s.add_argument("--calendar-days", action="store_true")
    s.set_defaults(func=cmd_deadline)

    s = sub.add_parser("verify", help="check every attachment against its hash")
    s.add_argument("--sweep", action="store_true", help="also remove unreferenced attachments")
    s.set_defaults(func=cmd_verify)

    s = sub.add_parser("enroll", help="enroll this laptop with the township (one-time code)")
    s.add_argument("--server", required=True)
    s.add_argument("--code", required=True)
    s.set_defaults(func=_sync_command("enroll"))

    s = sub.add_parser("sync", help="one full sync pass up and down (exit 0 through, 2 retry, 3 quarantined)")
    s.set_defaults(func=_sync_command("sync"))

    s = sub.add_parser("export", help="export applications")
    s.add_argument("--format", choices=["jsonl"], default="jsonl")
    s.add_argument("--out", help="file (default: standard output)")
    s.set_defaults(func=_sync_command("export"))

    s = sub.add_parser("export-batch", help="write pending changes to a USB batch file")
    s.add_argument("--out", required=True)
    s.set_defaults(func=_sync_command("export_batch"))

    s = sub.add_parser("import-batch", help="import a batch from the township")
    s.add_argument("file")
    s.set_defaults(func=_sync_command("import_batch"))
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    try:
        return int(func(args))
    except VillageDeskError as exc:
        print(f"error [{exc.code}]: {exc.message}", file=sys.stderr)
        if exc.params:
            print("  " + json.dumps(exc.params, ensure_ascii=False, default=str), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
