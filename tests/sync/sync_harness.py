"""A real township server in a subprocess, real village stores, and the checks every scenario ends with."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import text

from sync_server.cli import open_server
from sync_server.service import Server
from villagedesk.core import codec
from villagedesk.core.models import (
    Applicant,
    Appointment,
    AppointmentStatus,
    AttachmentRef,
    Complaint,
    Consultation,
    Handover,
    HandoverDirection,
    HandoverLine,
    HomeVisit,
    Material,
    Rating,
    RatingLevel,
)
from villagedesk.paths import demo_catalog_path
from villagedesk.services.applications import QuickApplication, add_complete_application
from villagedesk.storage.store import Store
from villagedesk.sync import commands

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
VILLAGE_A = "513301100201"
VILLAGE_B = "513301100202"
TOWNSHIP = "炉城镇"

# Short waits: a test link fails fast and retries fast.
FAST_ENV = {
    "VILLAGEDESK_SYNC_CONNECT_TIMEOUT": "5",
    "VILLAGEDESK_SYNC_READ_TIMEOUT": "3",
    "VILLAGEDESK_SYNC_BACKOFF": "0.05",
    "VILLAGEDESK_SYNC_BACKOFF_CAP": "0.5",
    "VILLAGEDESK_SYNC_MAX_FAILURES": "40",
    "VILLAGEDESK_SYNC_ASSUMED_BPS": "200000",
    "VILLAGEDESK_SYNC_CHUNK": "16384",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pg_url() -> str | None:
    return os.environ.get("VILLAGEDESK_TEST_PG_URL") or None


@dataclasses.dataclass
class ServerProc:
    data_dir: Path
    port: int
    database_url: str | None = None
    tls: bool = True
    extra_args: tuple[str, ...] = ()
    proc: subprocess.Popen[bytes] | None = None
    fingerprint: str = ""
    _admin: Server | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def admin(self) -> Server:
        """An in-process handle on the same database (one per server: PostgreSQL connections are few)."""
        if self._admin is None:
            self._admin = open_server(self.data_dir, self.database_url, tls_on=self.tls)
        return self._admin

    def dispose(self) -> None:
        if self._admin is not None:
            self._admin.engine.dispose()
            self._admin = None

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [PYTHON, "-m", "sync_server.cli", "--data-dir", str(self.data_dir)]
        if self.database_url:
            cmd += ["--database-url", self.database_url]
        res = subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=REPO, timeout=120)
        if check and res.returncode != 0:
            raise AssertionError(f"server cli {args} failed: {res.stderr}")
        return res

    def start(self) -> ServerProc:
        cmd = [
            PYTHON,
            "-m",
            "sync_server.cli",
            "--data-dir",
            str(self.data_dir),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            *self.extra_args,
        ]
        if self.database_url:
            cmd += ["--database-url", self.database_url]
        if not self.tls:
            cmd.append("--insecure-http")
        log = (self.data_dir / "serve.log").open("ab")
        self.proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=log)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().decode()
        if "listening" not in line:
            raise AssertionError(
                f"server did not start: {line!r} {(self.data_dir / 'serve.log').read_text()}"
            )
        self.fingerprint = line.rsplit("fingerprint=", 1)[1].strip()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return self
            time.sleep(0.05)
        raise AssertionError("server port never opened")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None

    def close(self) -> None:
        self.kill()
        self.dispose()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.proc = None


def start_server(tmp_path: Path, url: str | None, *extra: str) -> ServerProc:
    """A started server with the two test villages, in ``tmp_path/server``."""
    sp = ServerProc(tmp_path / "server", free_port(), database_url=url, extra_args=tuple(extra))
    sp.data_dir.mkdir(exist_ok=True)
    setup_places(sp.admin())
    return sp.start()


def database_url(kind: str) -> str | None:
    """The database for a test parametrised over backends: None (SQLite) or a freshly emptied PostgreSQL
    (VILLAGEDESK_TEST_PG_URL; required when CI=true, skipped otherwise)."""
    if kind == "sqlite":
        return None
    url = pg_url()
    if url is None:
        import pytest

        if os.environ.get("CI") == "true":
            pytest.fail("VILLAGEDESK_TEST_PG_URL is not set: CI must run the server tests on PostgreSQL")
        pytest.skip("PostgreSQL: set VILLAGEDESK_TEST_PG_URL (CI does)")
    reset_pg(url)
    return url


def reset_pg(url: str) -> None:
    """Empty the test database (each server test starts from nothing)."""
    from sqlalchemy import create_engine

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


def setup_places(server: Server) -> None:
    server.add_village(VILLAGE_A, "甲村", TOWNSHIP)
    server.add_village(VILLAGE_B, "乙村", TOWNSHIP)


def new_store(path: Path) -> Store:
    s = Store.open(path)
    s.ensure_catalog(demo_catalog_path())
    return s


def enrolled_store(path: Path, sp: ServerProc, village: str, *, url: str | None = None) -> Store:
    store = new_store(path)
    code = sp.admin().create_enroll_code(village)
    commands.enroll(store, url or sp.url, code)
    return store


def raw_store_file(store: Store, path: Path, material: Material) -> AttachmentRef:
    """Files go in as they are: compression is the media layer's business, not the sync's."""
    info = store.blobs.put_file(path)
    return AttachmentRef(sha256=info.sha256, size=info.size, media_type="image/jpeg", filename=path.name)


_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(n: int) -> str:
    body = (
        f"513301199{n % 10}{(n // 10) % 10 + 1:02d}"[:10]
        + f"{(n % 12) + 1:02d}{(n % 28) + 1:02d}{n % 1000:03d}"
    )
    body = body[:17]
    s = sum(int(c) * w for c, w in zip(body, _ID_WEIGHTS, strict=True))
    return body + "10X98765432"[s % 11]


def make_file(dir_: Path, name: str, size: int, seed: int) -> Path:
    data = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    p = dir_ / name
    p.write_bytes(data[:size])
    return p


def add_application(store: Store, n: int, files: list[Path], item: str | None = None) -> Any:
    dev = store.device()
    village = dev.village_code if dev else ""
    applicant = Applicant(id_number=id_number(n), legal_name=f"扎西{n}", village_code=village)
    with store.reader() as uow:
        cat = uow.catalog()
    it = cat.item(item) if item else next(i for i in cat.items if i.materials and i.village_can_proxy)
    attachments = [(m.key, f) for m, f in zip(it.materials, files, strict=False)]
    return add_complete_application(
        store,
        QuickApplication(it.code, applicant, attachments, agent_id="agent-1"),
        store_file=raw_store_file,
    )


def add_other_records(store: Store, n: int, app_uuid: str, applicant_id: str) -> None:
    """One record of every non-application type the village writes."""
    dev = store.device()
    v = dev.village_code if dev else ""
    today = dt.date(2026, 11, 27)
    recs: list[tuple[str, Any]] = [
        ("consultation", Consultation(str(uuid.uuid4()), v, "agent-1", f"问题{n}", answer="答")),
        (
            "appointment",
            Appointment(
                str(uuid.uuid4()), v, "agent-1", applicant_id, today, status=AppointmentStatus.BOOKED
            ),
        ),
        ("home_visit", HomeVisit(str(uuid.uuid4()), v, "agent-1", applicant_id, today, purpose="上门")),
        (
            "complaint",
            Complaint(str(uuid.uuid4()), v, "agent-1", applicant_id, f"投诉{n}", application_uuid=app_uuid),
        ),
        ("rating", Rating(str(uuid.uuid4()), v, app_uuid, RatingLevel.SATISFIED)),
        (
            "handover",
            Handover(
                str(uuid.uuid4()),
                v,
                "agent-1",
                HandoverDirection.TO_TOWNSHIP,
                lines=(HandoverLine(app_uuid, "", "原件", 1),),
            ),
        ),
    ]
    with store.unit_of_work() as uow:
        for rt, rec in recs:
            uow.put_record(rt, rec)


# ---------------------------------------------------------------- invariants


def local_records(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record of the village on the laptop, keyed like the server's records."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with store.reader() as uow:
        for app in uow.list_applications(limit=100000):
            out[("application", app.uuid)] = codec.encode(app)
            for ev in uow.events(app.uuid):
                out[("application_event", ev.event_id)] = codec.encode(ev)
        for rt in ("consultation", "appointment", "home_visit", "complaint", "rating", "handover"):
            for rec in uow.list_records(rt, limit=100000):
                out[(rt, rec.record_id)] = codec.encode(rec)
        rows = (
            uow.session.execute(text("SELECT id_number FROM applicants")).all()
            if _has_table(uow, "applicants")
            else []
        )
        for (idn,) in rows:
            a = uow.get_applicant(idn)
            if a is not None:
                out[("applicant", idn)] = codec.encode(a)
    return out


def _has_table(uow: Any, name: str) -> bool:
    return bool(
        uow.session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"), {"n": name}
        ).first()
    )


VILLAGE_TYPES = {
    "application",
    "application_event",
    "applicant",
    "consultation",
    "appointment",
    "home_visit",
    "complaint",
    "rating",
    "handover",
}


def check_invariants(
    server: Server, stores: list[Store], village: str, *, expect_apps: int | None = None
) -> None:
    """Nothing lost, nothing duplicated, files byte-identical, both sides agree."""
    srv = {k: v for k, v in server.records_of(village).items() if k[0] in VILLAGE_TYPES}
    for store in stores:
        assert store.pending_outbox() == [], "unsent entries remain"
        loc = local_records(store)
        missing = set(loc) - set(srv)
        assert not missing, f"lost on the way: {sorted(missing)[:5]}"
        extra = set(srv) - set(loc)
        assert not extra, f"server has records the laptop never got: {sorted(extra)[:5]}"
        differ = [k for k in loc if _norm(loc[k]) != _norm(srv[k])]
        assert not differ, f"the two sides disagree on {differ[:3]}: {loc[differ[0]]} vs {srv[differ[0]]}"
    apps = [v for k, v in srv.items() if k[0] == "application"]
    if expect_apps is not None:
        assert len(apps) == expect_apps
    tracking = [a["tracking_number"] for a in apps]
    assert len(tracking) == len(set(tracking)), "a tracking number appears twice"
    # every attachment on the server is byte-identical to the laptop's copy
    for a in apps:
        for check in a["checklist"]:
            for att in check["attachments"]:
                sha = att["sha256"]
                assert server.blobs.has(sha), f"attachment {sha} missing on the server"
                data = server.blobs.read_bytes(sha)  # a file of its own or in the pack it came in
                assert hashlib.sha256(data).hexdigest() == sha
                assert len(data) == server.blobs.size(sha) == att["size"]
                for store in stores:
                    if store.blobs.has(sha):
                        assert store.blobs.path(sha).read_bytes() == data


def _norm(d: dict[str, Any]) -> str:
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


def server_row_counts(server: Server) -> dict[str, int]:
    return server.record_counts()


@contextlib.contextmanager
def env(**kw: str) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in kw}
    os.environ.update(kw)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
