"""The server's use cases, independent of HTTP: the FastAPI app, the CLI and batch import all call these.

Push follows Replicache's rule (docs/sync.md): per device, entries are applied in ``device_seq`` order,
each at most once; the stored result of every (device, seq) is returned again on a replay, and the
device's high-water mark only moves forward. Every change to a record gets the next ``change_seq`` from
one counter, in the same transaction, which is what pulls page through.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, and_, bindparam, func, insert, or_, select, update

from sync_server import auth, filelock
from sync_server import tables as t
from sync_server.blobstore import SHA_RE, ReceivedPack, ServerBlobStore, check_sha
from sync_server.db import READ_ONLY
from sync_server.township import roles
from villagedesk.core import codec, lifecycle
from villagedesk.core.errors import ValidationError, VillageDeskError
from villagedesk.core.models import (
    Agent,
    Applicant,
    Application,
    ApplicationEvent,
    Appointment,
    Catalog,
    Complaint,
    Consultation,
    Handover,
    HomeVisit,
    MaterialCheck,
    Rating,
)
from villagedesk.protocol import PROTOCOL_VERSION
from villagedesk.protocol import errors as E
from villagedesk.protocol.messages import (
    GLOBAL_RECORD_TYPES,
    TOWNSHIP_RECORD_TYPES,
    VILLAGE_RECORD_TYPES,
    ApplicationSummary,
    Change,
    Limits,
    PushEntry,
    PushResult,
    canonical_json,
)
from villagedesk.protocol.states import ApplicationState as S
from villagedesk.protocol.states import ClockStopReason, MaterialStatus, ReviewTaskState

CHINA = ZoneInfo("Asia/Shanghai")
ItemT = TypeVar("ItemT")
_SHA_KEYS = ("sha256", "document_sha256")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")

RECORD_CLASSES: dict[str, tuple[type, str]] = {
    "applicant": (Applicant, "id_number"),
    "application": (Application, "uuid"),
    "application_event": (ApplicationEvent, "event_id"),
    "consultation": (Consultation, "record_id"),
    "appointment": (Appointment, "record_id"),
    "home_visit": (HomeVisit, "record_id"),
    "complaint": (Complaint, "record_id"),
    "rating": (Rating, "record_id"),
    "handover": (Handover, "record_id"),
    "agent": (Agent, "agent_id"),
    "catalog": (Catalog, "version"),
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).isoformat()


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return cast(dict[str, Any], json.loads(json.dumps(params, default=str)))


def referenced_blobs(payload: Any) -> set[str]:
    """Every attachment or document hash a payload names, wherever it sits."""
    found: set[str] = set()
    if isinstance(payload, dict):
        for k, v in payload.items():
            if k in _SHA_KEYS and isinstance(v, str) and _HEX64.match(v):
                found.add(v)
            else:
                found |= referenced_blobs(v)
    elif isinstance(payload, list):
        for v in payload:
            found |= referenced_blobs(v)
    return found


@dataclass(frozen=True)
class ServerLimits:
    max_chunk: int = 1024 * 1024
    max_attachment: int = 64 * 1024 * 1024
    max_request: int = 8 * 1024 * 1024
    max_entries: int = 500
    max_batch: int = 2 * 1024 * 1024 * 1024

    def wire(self) -> Limits:
        return Limits(**dataclasses.asdict(self))


@dataclass(frozen=True)
class Device:
    device_id: str
    village_code: str
    ordinal: int
    high_water: int


@dataclass(frozen=True)
class StaffUser:
    username: str
    role: str  # clerk | dept_reviewer | director | admin (sync_server/township/roles.py)
    township: str
    department: str = ""  # a dept_reviewer's department: the routing body whose tasks it decides

    def may_see(self, township: str) -> bool:
        return self.township == "*" or self.township == township

    def can(self, permission: str) -> bool:
        return roles.allows(self.role, permission)

    def require(self, permission: str) -> None:
        """Refuse with ``auth.forbidden`` (403) and the permission, so the window can word it."""
        if not self.can(permission):
            raise auth_error(
                E.AUTH_FORBIDDEN,
                f"the role {self.role} may not do this ({permission})",
                permission=permission,
                role=self.role,
            )


# The statements every push runs many times, built once: constructing a statement and computing its
# cache key each time was most of the push's CPU.
_NEXT_SEQ = (
    update(t.counters)
    .where(t.counters.c.name == "change_seq")
    .values(value=t.counters.c.value + 1)
    .returning(t.counters.c.value)
)
# A push takes the counter once (locking its row until commit), numbers its changes in memory and
# writes the last number back before it commits: two statements per push instead of one per change.
_TAKE_SEQ = (
    update(t.counters)
    .where(t.counters.c.name == "change_seq")
    .values(value=t.counters.c.value)
    .returning(t.counters.c.value)
)
_SET_SEQ = update(t.counters).where(t.counters.c.name == "change_seq").values(value=bindparam("k_value"))
_SEQ_BLOCK = "villagedesk.change_seq"  # key in Connection.info while a push numbers its changes
_PENDING_CHANGES = "villagedesk.pending_changes"  # ... and the changes it has not written yet
_DEVICE_FOR_PUSH = (
    select(t.devices.c.high_water, t.devices.c.revoked)
    .where(t.devices.c.device_id == bindparam("k_device"))
    .with_for_update()
)
_SET_HIGH_WATER = (
    update(t.devices)
    .where(t.devices.c.device_id == bindparam("k_device"))
    .values(high_water=bindparam("k_hw"))
)
_SET_LAST_SEEN = (
    update(t.devices)
    .where(t.devices.c.device_id == bindparam("k_device"))
    .values(last_seen_at=bindparam("k_seen"))
)
_INSERT_CHANGE = insert(t.changes)
_RECORD_KEY = and_(t.records.c.record_type == bindparam("k_type"), t.records.c.record_id == bindparam("k_id"))
_RECORD = select(t.records).where(_RECORD_KEY)
_RECORD_VERSION = select(t.records.c.version).where(_RECORD_KEY)
_INSERT_RECORD = insert(t.records)
_UPDATE_RECORD = update(t.records).where(_RECORD_KEY)
_BLOB_OWNED = select(t.blob_villages.c.sha256).where(
    t.blob_villages.c.sha256 == bindparam("k_sha"), t.blob_villages.c.village_code == bindparam("k_village")
)
_INSERT_BLOB_VILLAGE = insert(t.blob_villages)
_OWNED_WHERE = (
    select(t.blob_villages.c.sha256, t.blobs.c.pack, t.blobs.c.pack_offset, t.blobs.c.size)
    .select_from(t.blob_villages.outerjoin(t.blobs, t.blobs.c.sha256 == t.blob_villages.c.sha256))
    .where(
        t.blob_villages.c.village_code == bindparam("k_village"),
        t.blob_villages.c.sha256.in_(bindparam("k_shas", expanding=True)),
    )
)
_TRACKING_HOLDER = select(t.records.c.record_id).where(
    t.records.c.tracking_number == bindparam("k_tracking"), t.records.c.record_type == "application"
)
_INSERT_PUSH_RESULT = insert(t.push_results)
_DEVICE_BY_TOKEN = select(t.devices).where(t.devices.c.token_sha256 == bindparam("k_token"))


class GroupCommit(Generic[ItemT]):
    """Runs ``apply`` on batches of items: whoever arrives while a batch commits joins the next one.

    ``run`` returns (or raises the batch's error) only once ``apply`` has finished for its item."""

    def __init__(self, apply: Callable[[list[ItemT]], None]) -> None:
        self._apply = apply
        self._queue_lock = threading.Lock()
        self._leader = threading.Lock()
        self._pending: list[_Slot[ItemT]] = []

    def run(self, item: ItemT) -> None:
        self.run_many([item])

    def run_many(self, items: Sequence[ItemT]) -> None:
        slots = [_Slot(item) for item in items]
        slot = slots[-1]  # all of them join the same batch
        with self._queue_lock:
            self._pending.extend(slots)
        with self._leader:
            if not slot.done:
                with self._queue_lock:
                    batch, self._pending = self._pending, []
                error: BaseException | None = None
                try:
                    self._apply([s.item for s in batch])
                except BaseException as exc:  # every waiter in the batch learns it failed
                    error = exc
                for s in batch:
                    s.error = error
                    s.done = True
        if slot.error is not None:
            raise slot.error


@dataclass
class _Slot(Generic[ItemT]):
    item: ItemT
    done: bool = False
    error: BaseException | None = None


@dataclass(frozen=True)
class _BlobItem:
    """A complete, verified file to record: where it is (``pack`` None: a file of its own) and which
    village gave it."""

    sha: str
    size: int
    village: str | None
    pack: str | None = None
    offset: int | None = None


class _Refused(Exception):
    """An entry of a push applied without savepoints was refused: apply the push again with them."""


def auth_error(code: str, message: str, **params: Any) -> VillageDeskError:
    return VillageDeskError(message, code=code, **params)


class Server:
    """One per data directory; thread-safe (each method is its own transaction)."""

    def __init__(
        self,
        engine: Engine,
        data_dir: Path,
        *,
        limits: ServerLimits | None = None,
        cert_sha256: str | None = None,
    ) -> None:
        self.engine = engine
        self.data_dir = data_dir
        self.limits = limits or ServerLimits()
        self.cert_sha256 = cert_sha256
        self.blobs = ServerBlobStore(
            data_dir, max_attachment=self.limits.max_attachment, max_chunk=self.limits.max_chunk
        )
        # SQLite has one writer anyway; a process lock keeps its busy-waiting out of the picture.
        self._sqlite = engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock()
        # Reads (authentication on every request, blob lookups, pulls) never wait for the writer.
        self._reader = engine.execution_options(**{READ_ONLY: True})
        self._blob_commits: GroupCommit[_BlobItem] = GroupCommit(self._register_blobs)
        self._seen_commits: GroupCommit[tuple[str, str]] = GroupCommit(self._stamp_seen)
        self.blobs.locate_many = self._blob_locations
        self.server_id = self._init_meta()
        self.blobs.sweep_packs(self._packs_referenced)

    # ------------------------------------------------------------------ plumbing

    @contextlib.contextmanager
    def tx(self) -> Iterator[Connection]:
        if self._sqlite:
            # One writer at a time, queued rather than polling SQLite's busy handler: a thread lock
            # inside this process, a file lock between the server's worker processes.
            with (
                self._write_lock,
                filelock.exclusive(self.data_dir / "write.lock"),
                self.engine.begin() as conn,
            ):
                yield conn
        else:
            with self.engine.begin() as conn:
                yield conn

    def _init_meta(self) -> str:
        with self.tx() as conn:
            row = conn.execute(select(t.meta.c.value).where(t.meta.c.key == "server_id")).scalar()
            if row is None:
                row = str(uuid.uuid4())
                conn.execute(insert(t.meta).values(key="server_id", value=row))
            if (
                conn.execute(select(t.counters.c.value).where(t.counters.c.name == "change_seq")).scalar()
                is None
            ):
                conn.execute(insert(t.counters).values(name="change_seq", value=0))
            return str(row)

    def _next_seq(self, conn: Connection) -> int:
        block: list[int] | None = conn.info.get(_SEQ_BLOCK)
        if block is not None:  # inside a push: the counter's row is already ours (see _numbered)
            block[0] += 1
            return block[0]
        return int(conn.execute(_NEXT_SEQ).scalar_one())

    @contextlib.contextmanager
    def _numbered(self, conn: Connection) -> Iterator[None]:
        """Number this transaction's changes in memory: the counter's row is taken (locked until commit)
        before anything else is written, and the last number used is written back at the end. Must be
        entered outside any savepoint (a savepoint rolled back would otherwise release the row)."""
        first = int(conn.execute(_TAKE_SEQ).scalar_one())
        block = [first]
        conn.info[_SEQ_BLOCK] = block
        conn.info[_PENDING_CHANGES] = []
        try:
            yield
            self._flush_changes(conn)
        finally:
            conn.info.pop(_SEQ_BLOCK, None)
            conn.info.pop(_PENDING_CHANGES, None)
        if block[0] != first:
            conn.execute(_SET_SEQ, {"k_value": block[0]})

    @staticmethod
    def _flush_changes(conn: Connection) -> None:
        """Write the changes a push has numbered so far, in one statement (before anything reads them)."""
        pending: list[dict[str, Any]] | None = conn.info.get(_PENDING_CHANGES)
        if pending:
            conn.execute(_INSERT_CHANGE, pending)
            pending.clear()

    def _emit(
        self,
        conn: Connection,
        record_type: str,
        record_id: str,
        village: str | None,
        op: str,
        payload: Any,
        *,
        text: str | None = None,
    ) -> int:
        seq = self._next_seq(conn)
        row = {
            "change_seq": seq,
            "record_type": record_type,
            "record_id": record_id,
            "village_code": village,
            "op": op,
            "payload": text if text is not None else canonical_json(payload).decode(),
        }
        pending: list[dict[str, Any]] | None = conn.info.get(_PENDING_CHANGES)
        if pending is not None:  # inside a push: written together at its end (see _numbered)
            pending.append(row)
        else:
            conn.execute(_INSERT_CHANGE, row)
        return seq

    def _put_record(
        self,
        conn: Connection,
        record_type: str,
        record_id: str,
        village: str | None,
        payload: dict[str, Any],
        *,
        version: int,
        village_digest: str | None = None,
        op: str = "upsert",
        exists: bool | None = None,
    ) -> int:
        """Write the record and its change. ``exists``: whether the caller already knows the row is there
        (it read it in this transaction) or is not (a new event); None looks it up."""
        text = canonical_json(payload).decode()
        seq = self._emit(conn, record_type, record_id, village, op, payload, text=text)
        values: dict[str, Any] = {
            "village_code": village,
            "payload": text,
            "version": version,
            "change_seq": seq,
        }
        if village_digest is not None:
            values["village_digest"] = village_digest
        if record_type == "application":
            values["state"] = payload.get("state")
            values["tracking_number"] = payload.get("tracking_number") or None
        key = {"k_type": record_type, "k_id": record_id}
        if exists is None:
            exists = conn.execute(_RECORD_VERSION, key).first() is not None
        if not exists:
            conn.execute(_INSERT_RECORD, {"record_type": record_type, "record_id": record_id, **values})
        else:
            conn.execute(_UPDATE_RECORD, {**key, **values})
        return seq

    def _record(self, conn: Connection, record_type: str, record_id: str) -> Any:
        return conn.execute(_RECORD, {"k_type": record_type, "k_id": record_id}).first()

    # ------------------------------------------------------------------ places

    def add_village(self, code: str, name: str, township: str, county: str = "") -> None:
        if not (len(code) == 12 and code.isascii() and code.isdigit()):
            raise ValidationError("a village code has 12 digits", code="place.village_code", value=code)
        with self.tx() as conn:
            if conn.execute(select(t.townships).where(t.townships.c.name == township)).first() is None:
                conn.execute(insert(t.townships).values(name=township, county=county))
            existing = conn.execute(select(t.villages).where(t.villages.c.code == code)).first()
            if existing is not None:
                conn.execute(
                    update(t.villages).where(t.villages.c.code == code).values(name=name, township=township)
                )
            else:
                conn.execute(
                    insert(t.villages).values(
                        code=code, name=name, township=township, batch_key=secrets.token_hex(32)
                    )
                )

    def villages(self) -> list[dict[str, Any]]:
        with self._reader.connect() as conn:
            rows = conn.execute(select(t.villages).order_by(t.villages.c.code)).all()
        return [{"code": r.code, "name": r.name, "township": r.township} for r in rows]

    def village_township(self, conn: Connection, code: str) -> str:
        row = conn.execute(select(t.villages.c.township).where(t.villages.c.code == code)).first()
        if row is None:
            raise VillageDeskError(f"unknown village {code}", code="place.unknown_village", village=code)
        return str(row[0])

    def batch_key(self, village: str) -> bytes:
        with self._reader.connect() as conn:
            row = conn.execute(select(t.villages.c.batch_key).where(t.villages.c.code == village)).first()
        if row is None:
            raise VillageDeskError(
                f"unknown village {village}", code="place.unknown_village", village=village
            )
        return bytes.fromhex(row[0])

    # ------------------------------------------------------------------ devices

    def create_enroll_code(self, village: str, *, ttl: dt.timedelta = dt.timedelta(hours=24)) -> str:
        secret = auth.new_code_secret()
        with self.tx() as conn:
            self.village_township(conn, village)
            conn.execute(
                insert(t.enroll_codes).values(
                    code_sha256=auth.token_hash(secret), village_code=village, expires_at=_iso(utcnow() + ttl)
                )
            )
        return auth.format_enroll_code(secret, self.cert_sha256)

    def enroll(self, code: str, device_name: str = "") -> dict[str, Any]:
        secret, _fp = auth.parse_enroll_code(code)
        with self.tx() as conn:
            row = conn.execute(
                select(t.enroll_codes).where(t.enroll_codes.c.code_sha256 == auth.token_hash(secret))
            ).first()
            if row is None:
                raise auth_error(E.ENROLL_INVALID_CODE, "unknown enrollment code")
            if row.used:
                raise auth_error(E.ENROLL_CODE_USED, "this enrollment code was already used")
            if dt.datetime.fromisoformat(row.expires_at) < utcnow():
                raise auth_error(E.ENROLL_CODE_EXPIRED, "this enrollment code has expired")
            village = conn.execute(select(t.villages).where(t.villages.c.code == row.village_code)).one()
            ordinal = int(village.next_ordinal)
            if ordinal > 99:
                raise VillageDeskError("this village has used every device ordinal", code="enroll.ordinals")
            token = auth.new_token("vdd")
            device_id = str(uuid.uuid4())
            conn.execute(
                update(t.enroll_codes)
                .where(t.enroll_codes.c.code_sha256 == row.code_sha256)
                .values(used=True)
            )
            conn.execute(
                update(t.villages).where(t.villages.c.code == village.code).values(next_ordinal=ordinal + 1)
            )
            conn.execute(
                insert(t.devices).values(
                    device_id=device_id,
                    village_code=village.code,
                    ordinal=ordinal,
                    name=device_name,
                    token_sha256=auth.token_hash(token),
                    created_at=_iso(utcnow()),
                )
            )
        return {
            "device_id": device_id,
            "village_code": village.code,
            "village_name": village.name,
            "ordinal": ordinal,
            "credential": token,
            "batch_key": village.batch_key,
            "server_id": self.server_id,
        }

    def authenticate_device(self, token: str | None) -> Device:
        if not token:
            raise auth_error(E.AUTH_MISSING, "no credential")
        with self._reader.connect() as conn:
            row = conn.execute(_DEVICE_BY_TOKEN, {"k_token": auth.token_hash(token)}).first()
        if row is None:
            raise auth_error(E.AUTH_INVALID, "unknown credential")
        if row.revoked:
            raise auth_error(E.AUTH_REVOKED, "this device was revoked; enroll it again")
        if row.expires_at and dt.datetime.fromisoformat(row.expires_at) < utcnow():
            raise auth_error(E.AUTH_EXPIRED, "this device's credential has expired; enroll it again")
        return Device(row.device_id, row.village_code, row.ordinal, int(row.high_water))

    def device(self, device_id: str) -> Device:
        with self._reader.connect() as conn:
            row = conn.execute(select(t.devices).where(t.devices.c.device_id == device_id)).first()
        if row is None:
            raise auth_error(E.AUTH_INVALID, "unknown device", device_id=device_id)
        if row.revoked:
            raise auth_error(E.AUTH_REVOKED, "this device was revoked")
        return Device(row.device_id, row.village_code, row.ordinal, int(row.high_water))

    def revoke_device(self, device_id: str) -> None:
        with self.tx() as conn:
            n = conn.execute(
                update(t.devices).where(t.devices.c.device_id == device_id).values(revoked=True)
            ).rowcount
        if not n:
            raise VillageDeskError("unknown device", code="device.unknown", device_id=device_id)

    def set_device_expiry(self, device_id: str, expires_at: dt.datetime | None) -> None:
        with self.tx() as conn:
            conn.execute(
                update(t.devices)
                .where(t.devices.c.device_id == device_id)
                .values(expires_at=_iso(expires_at) if expires_at else None)
            )

    def list_devices(self) -> list[dict[str, Any]]:
        with self._reader.connect() as conn:
            rows = conn.execute(
                select(t.devices).order_by(t.devices.c.village_code, t.devices.c.ordinal)
            ).all()
        return [
            {
                "device_id": r.device_id,
                "village": r.village_code,
                "ordinal": r.ordinal,
                "name": r.name,
                "revoked": bool(r.revoked),
                "high_water": int(r.high_water),
                "last_seen_at": r.last_seen_at,
            }
            for r in rows
        ]

    # ------------------------------------------------------------------ staff

    def add_staff(
        self, username: str, password: str, role: str, township: str, department: str | None = None
    ) -> None:
        """Create or replace a staff account (legacy roles: reviewer -> clerk, viewer -> director)."""
        role = roles.normalize(role)
        if role not in roles.ROLES:
            raise ValidationError(
                "role is clerk, dept_reviewer, director or admin", code="staff.role", role=role
            )
        department = (department or "").strip() or None
        if role == roles.DEPT_REVIEWER and department is None:
            raise ValidationError(
                "a department reviewer needs its department", code="staff.department_required"
            )
        if role != roles.DEPT_REVIEWER and department is not None:
            raise ValidationError(
                "only a department reviewer has a department", code="staff.department_unexpected", role=role
            )
        if not username.strip() or not password:
            raise ValidationError("give a user name and a password", code="staff.credentials_required")
        with self.tx() as conn:
            values = {
                "password_hash": auth.hash_password(password),
                "role": role,
                "township": township,
                "department": department,
                "active": True,
            }
            if conn.execute(select(t.staff).where(t.staff.c.username == username)).first() is None:
                conn.execute(insert(t.staff).values(username=username, **values))
            else:
                conn.execute(update(t.staff).where(t.staff.c.username == username).values(**values))

    def login(
        self, username: str, password: str, *, ttl: dt.timedelta = dt.timedelta(hours=12)
    ) -> tuple[str, StaffUser, str]:
        with self._reader.connect() as conn:
            row = conn.execute(select(t.staff).where(t.staff.c.username == username)).first()
        if row is None or not row.active or not auth.verify_password(row.password_hash, password):
            raise auth_error(E.AUTH_BAD_PASSWORD, "wrong user name or password")
        token = auth.new_token("vds")
        expires = _iso(utcnow() + ttl)
        with self.tx() as conn:
            conn.execute(
                insert(t.staff_tokens).values(
                    token_sha256=auth.token_hash(token), username=username, expires_at=expires
                )
            )
        return token, StaffUser(row.username, row.role, row.township, row.department or ""), expires

    def authenticate_staff(self, token: str | None) -> StaffUser:
        if not token:
            raise auth_error(E.AUTH_MISSING, "no credential")
        with self._reader.connect() as conn:
            row = conn.execute(
                select(
                    t.staff_tokens, t.staff.c.role, t.staff.c.township, t.staff.c.department, t.staff.c.active
                )
                .join(t.staff, t.staff.c.username == t.staff_tokens.c.username)
                .where(t.staff_tokens.c.token_sha256 == auth.token_hash(token))
            ).first()
        if row is None:
            raise auth_error(E.AUTH_INVALID, "unknown credential")
        if row.revoked or not row.active:
            raise auth_error(E.AUTH_REVOKED, "this session was ended")
        if dt.datetime.fromisoformat(row.expires_at) < utcnow():
            raise auth_error(E.AUTH_EXPIRED, "this session has expired; log in again")
        return StaffUser(row.username, row.role, row.township, row.department or "")

    # ------------------------------------------------------------------ sync: hello / pull

    def hello(self, device: Device) -> dict[str, Any]:
        # Once per sync pass, so the township sees each device's last sync without a write per push;
        # laptops saying hello at the same moment share one commit.
        self._seen_commits.run((device.device_id, _iso(utcnow())))
        with self._reader.connect() as conn:
            hw = conn.execute(
                select(t.devices.c.high_water).where(t.devices.c.device_id == device.device_id)
            ).scalar_one()
            seq = conn.execute(
                select(t.counters.c.value).where(t.counters.c.name == "change_seq")
            ).scalar_one()
        return {
            "tracking_high": self.tracking_high(device),
            "server_id": self.server_id,
            "protocol_version": PROTOCOL_VERSION,
            "device_id": device.device_id,
            "village_code": device.village_code,
            "high_water": int(hw),
            "change_seq": int(seq),
            "limits": self.limits.wire(),
        }

    def _stamp_seen(self, items: list[tuple[str, str]]) -> None:
        with self.tx() as conn:
            conn.execute(_SET_LAST_SEEN, [{"k_device": d, "k_seen": at} for d, at in items])

    def tracking_high(self, device: Device) -> int:
        """The largest sequence among tracking numbers ``VILLAGE-OO-SSSSS-C`` of this device's ordinal."""
        prefix = f"{device.village_code}-{device.ordinal:02d}-"
        with self._reader.connect() as conn:
            rows = conn.execute(
                select(t.records.c.tracking_number).where(
                    t.records.c.record_type == "application",
                    t.records.c.village_code == device.village_code,
                    t.records.c.tracking_number.like(prefix + "%"),
                )
            ).scalars()
            seqs = [
                int(tn[len(prefix) : len(prefix) + 5])
                for tn in rows
                if tn and tn[len(prefix) :][:5].isdigit()
            ]
        return max(seqs, default=0)

    def changes(self, village: str, since: int, limit: int) -> tuple[list[Change], int, bool]:
        limit = max(1, min(limit, 1000))
        with self._reader.connect() as conn:
            rows = conn.execute(
                select(t.changes)
                .where(
                    t.changes.c.change_seq > since,
                    or_(t.changes.c.village_code == village, t.changes.c.village_code.is_(None)),
                )
                .order_by(t.changes.c.change_seq)
                .limit(limit)
            ).all()
        out = [
            Change(
                change_seq=int(r.change_seq),
                record_type=r.record_type,
                record_id=r.record_id,
                op=r.op,
                payload=json.loads(r.payload),
            )
            for r in rows
        ]
        return out, (out[-1].change_seq if out else since), len(out) == limit

    def high_water(self, device_id: str) -> int:
        with self._reader.connect() as conn:
            return int(
                conn.execute(
                    select(t.devices.c.high_water).where(t.devices.c.device_id == device_id)
                ).scalar_one()
            )

    # ------------------------------------------------------------------ sync: blobs

    def missing_blobs(self, village: str, shas: Sequence[str]) -> list[str]:
        for s in shas:
            check_sha(s)
        if not shas:
            return []
        with self._reader.connect() as conn:
            owned = set(
                conn.execute(
                    select(t.blob_villages.c.sha256).where(
                        t.blob_villages.c.village_code == village, t.blob_villages.c.sha256.in_(list(shas))
                    )
                ).scalars()
            )
        present = self.blobs.present(s for s in shas if s in owned)
        return [s for s in dict.fromkeys(shas) if s not in present]

    def owns_blob(self, village: str, sha: str) -> bool:
        with self._reader.connect() as conn:
            return (
                conn.execute(
                    select(t.blob_villages).where(
                        t.blob_villages.c.sha256 == sha, t.blob_villages.c.village_code == village
                    )
                ).first()
                is not None
            )

    def register_blob(self, sha: str, village: str | None) -> None:
        """Record a complete, verified file (and that ``village`` gave it); durable when this returns.

        Uploads finishing at the same moment share one commit (group commit): each caller still
        returns only after the transaction holding its row is committed, but a hundred villages
        finishing photos pay for one disk sync instead of a hundred."""
        self._blob_commits.run(_BlobItem(sha, self.blobs.size(sha), village))

    def register_pack(self, pack: ReceivedPack, village: str) -> None:
        """Record the files of a received pack where they are (durable when this returns): one place in
        the group commit for all of them; the packs of one commit are synced together first. If this
        fails, the pack is given up (nothing refers to it)."""
        if pack.name is None:
            return
        try:
            self._blob_commits.run_many(
                [_BlobItem(sha, size, village, pack.name, offset) for sha, offset, size in pack.stored]
            )
        except BaseException:
            self.blobs.discard_pack(pack.name)
            raise
        with self._reader.connect() as conn:
            used = conn.execute(select(t.blobs.c.sha256).where(t.blobs.c.pack == pack.name).limit(1)).first()
        if used is None:  # every file in it was here already (sent by another laptop meanwhile)
            self.blobs.discard_pack(pack.name)

    def _packs_referenced(self, names: Sequence[str]) -> set[str]:
        with self._reader.connect() as conn:
            return set(
                conn.execute(
                    select(t.blobs.c.pack).where(t.blobs.c.pack.in_(list(names))).distinct()
                ).scalars()
            )

    def _blob_locations(self, shas: Sequence[str]) -> dict[str, tuple[str, int, int]]:
        with self._reader.connect() as conn:
            rows = conn.execute(
                select(t.blobs.c.sha256, t.blobs.c.pack, t.blobs.c.pack_offset, t.blobs.c.size).where(
                    t.blobs.c.sha256.in_(list(shas)), t.blobs.c.pack.isnot(None)
                )
            ).all()
        return {r.sha256: (str(r.pack), int(r.pack_offset), int(r.size)) for r in rows}

    def _register_blobs(self, items: list[_BlobItem]) -> None:
        # The packs' bytes reach the disk before the rows that point into them (and outside the writer
        # lock); a handful of statements per batch, not four per file: on PostgreSQL each is a round trip.
        self.blobs.sync_packs(i.pack for i in items if i.pack is not None)
        first: dict[str, _BlobItem] = {}
        for i in items:
            first.setdefault(i.sha, i)
        pairs = {(i.sha, i.village) for i in items if i.village is not None}
        with self.tx() as conn:
            known = set(
                conn.execute(select(t.blobs.c.sha256).where(t.blobs.c.sha256.in_(list(first)))).scalars()
            )
            new = [
                {"sha256": i.sha, "size": i.size, "pack": i.pack, "pack_offset": i.offset}
                for sha, i in first.items()
                if sha not in known
            ]
            if new:
                conn.execute(insert(t.blobs), new)
            if pairs:
                owned = {
                    (r.sha256, r.village_code)
                    for r in conn.execute(
                        select(t.blob_villages.c.sha256, t.blob_villages.c.village_code).where(
                            t.blob_villages.c.sha256.in_([sha for sha, _ in pairs])
                        )
                    )
                }
                add = [{"sha256": sha, "village_code": v} for sha, v in sorted(pairs - owned)]
                if add:
                    conn.execute(_INSERT_BLOB_VILLAGE, add)

    def _owned_blobs(self, conn: Connection, village: str, shas: set[str]) -> tuple[set[str], set[str]]:
        """Which of these files the village has given the server (invalid names are simply not owned),
        and which of those are here: one query, telling where packed files are as well."""
        valid = [s for s in shas if SHA_RE.match(s)]
        if not valid:
            return set(), set()
        rows = conn.execute(_OWNED_WHERE, {"k_village": village, "k_shas": valid}).all()
        owned = {r.sha256 for r in rows}
        self.blobs.remember(
            {r.sha256: (str(r.pack), int(r.pack_offset), int(r.size)) for r in rows if r.pack is not None}
        )
        present = self.blobs.present(owned)  # packed ones known now; a stat for each file of its own
        return owned, present

    def _own_blob(self, conn: Connection, sha: str, village: str) -> None:
        if conn.execute(_BLOB_OWNED, {"k_sha": sha, "k_village": village}).first() is None:
            conn.execute(_INSERT_BLOB_VILLAGE, {"sha256": sha, "village_code": village})

    def upload_status(self, village: str, sha: str) -> tuple[int, bool]:
        check_sha(sha)
        if self.blobs.has(sha) and self.owns_blob(village, sha):
            return self.blobs.size(sha), True
        held, _ = self.blobs.partial_offset(sha)
        return held, False

    # ------------------------------------------------------------------ sync: push

    def push(self, device: Device, entries: Sequence[PushEntry]) -> tuple[int, list[PushResult]]:
        if len(entries) > self.limits.max_entries:
            raise VillageDeskError(
                "too many entries in one push", code=E.LIMIT_ENTRIES, limit=self.limits.max_entries
            )
        try:
            # Most pushes are refused nothing: apply them without a savepoint per entry. If an entry is
            # refused, the whole transaction is rolled back and the push is applied again, carefully.
            return self._push(device, entries, careful=False)
        except _Refused:
            return self._push(device, entries, careful=True)

    def _push(
        self, device: Device, entries: Sequence[PushEntry], *, careful: bool
    ) -> tuple[int, list[PushResult]]:
        results: list[PushResult] = []
        # One query for the files of the whole request; an entry whose files are all here skips its own
        # check (most entries: the client uploads before it pushes).
        wanted_by = {
            e.device_seq: set(e.blobs) | referenced_blobs(e.payload) for e in entries if e.op != "skip"
        }
        all_wanted: set[str] = set().union(*wanted_by.values())
        with self.tx() as conn, self._numbered(conn):
            row = conn.execute(_DEVICE_FOR_PUSH, {"k_device": device.device_id}).one()
            if row.revoked:
                raise auth_error(E.AUTH_REVOKED, "this device was revoked")
            hw = int(row.high_water)
            owned, present = self._owned_blobs(conn, device.village_code, all_wanted)
            results_rows: list[dict[str, Any]] = []
            for e in sorted(entries, key=lambda x: x.device_seq):
                digest = e.digest()
                if e.device_seq <= hw:
                    if results_rows:  # a number repeated within this request replays against these
                        conn.execute(_INSERT_PUSH_RESULT, results_rows)
                        results_rows = []
                    results.append(self._replay(conn, device, e, digest, hw))
                    if results[-1].status == "seq_reused":
                        break  # apply nothing after a clash: the device renumbers and sends again
                    continue
                if e.device_seq > hw + 1:
                    results.append(
                        PushResult(
                            device_seq=e.device_seq,
                            status="gap",
                            code=E.PUSH_GAP,
                            params={"expected": hw + 1},
                        )
                    )
                    break
                if e.op != "skip":
                    wanted = wanted_by.get(e.device_seq, set())
                    here = wanted <= owned and wanted <= present
                    missing = [] if here else self._missing_for(conn, device.village_code, e)
                    if missing:
                        results.append(
                            PushResult(
                                device_seq=e.device_seq,
                                status="missing_blobs",
                                code=E.PUSH_MISSING_BLOBS,
                                params={"sha256": missing},
                            )
                        )
                        break
                sp = conn.begin_nested() if careful else None
                unwritten = len(conn.info[_PENDING_CHANGES])
                try:
                    # Fast path: files this push found owned (or made owned) need no query each.
                    outcome = self._apply(conn, device, e, digest, owned=None if careful else owned)
                    if sp is not None:
                        sp.commit()
                    status, version = outcome
                    res = PushResult(
                        device_seq=e.device_seq,
                        status=status,
                        server_version=version,
                        code=getattr(outcome, "code", ""),
                        params=getattr(outcome, "params", {}),
                    )
                except VillageDeskError as exc:
                    if sp is None:
                        raise _Refused from exc
                    sp.rollback()
                    del conn.info[_PENDING_CHANGES][unwritten:]  # the refused entry's changes go too
                    # The laptop keeps its copy while its entry waits; in quarantine nothing else would
                    # bring the server's copy back down.
                    self._resend_current(conn, device.village_code, e.record_type, e.record_id)
                    res = PushResult(
                        device_seq=e.device_seq,
                        status="rejected",
                        code=exc.code,
                        params=_jsonable(exc.params),
                    )
                results_rows.append(
                    {
                        "device_id": device.device_id,
                        "device_seq": e.device_seq,
                        "digest": digest,
                        "status": res.status,
                        "code": res.code,
                        "params": json.dumps(res.params),
                        "server_version": res.server_version,
                    }
                )
                hw = e.device_seq
                results.append(res)
            if results_rows:
                conn.execute(_INSERT_PUSH_RESULT, results_rows)
            conn.execute(_SET_HIGH_WATER, {"k_device": device.device_id, "k_hw": hw})
        return hw, results

    def _replay(self, conn: Connection, device: Device, e: PushEntry, digest: str, hw: int) -> PushResult:
        stored = conn.execute(
            select(t.push_results).where(
                t.push_results.c.device_id == device.device_id, t.push_results.c.device_seq == e.device_seq
            )
        ).first()
        if stored is not None and stored.digest != digest:
            # The device reused a number the server already holds with other content: it was restored
            # from an old backup and did new work before syncing. Tell it; never drop the new work.
            return PushResult(
                device_seq=e.device_seq,
                status="seq_reused",
                code=E.PUSH_SEQ_REUSED,
                params={"high_water": hw},
            )
        if stored is None or stored.status in ("applied", "duplicate"):
            return PushResult(
                device_seq=e.device_seq,
                status="duplicate",
                server_version=int(stored.server_version) if stored is not None else 0,
                # e.g. record.stale_copy: the same answer as the first time
                code=str(stored.code or "") if stored is not None else "",
                params=json.loads(stored.params) if stored is not None and stored.code else {},
            )
        return PushResult(
            device_seq=e.device_seq, status="rejected", code=stored.code, params=json.loads(stored.params)
        )

    def _missing_for(self, conn: Connection, village: str, e: PushEntry) -> list[str]:
        wanted = sorted(set(e.blobs) | referenced_blobs(e.payload))
        if not wanted:
            return []
        for s in wanted:
            check_sha(s)
        owned = set(
            conn.execute(
                select(t.blob_villages.c.sha256).where(
                    t.blob_villages.c.village_code == village, t.blob_villages.c.sha256.in_(wanted)
                )
            ).scalars()
        )
        present = self.blobs.present(s for s in wanted if s in owned)
        return [s for s in wanted if s not in present]

    def _apply(
        self, conn: Connection, device: Device, e: PushEntry, digest: str, *, owned: set[str] | None = None
    ) -> tuple[str, int]:
        """Apply one entry. ``owned``: files known to be the village's in this transaction (kept up to
        date here); None checks each one."""
        village = device.village_code
        if e.op == "skip":
            raise VillageDeskError(
                "the device gave this entry up", code=E.CLIENT_SKIPPED, reason=str(e.payload.get("code", ""))
            )
        if e.record_type in TOWNSHIP_RECORD_TYPES:
            raise VillageDeskError(
                f"{e.record_type} records are written by the township",
                code=E.RECORD_READ_ONLY,
                record_type=e.record_type,
            )
        if e.record_type not in VILLAGE_RECORD_TYPES:
            raise VillageDeskError(
                f"unknown record type {e.record_type!r}",
                code=E.RECORD_UNKNOWN_TYPE,
                record_type=e.record_type[:64],
            )
        expected_op = "append" if e.record_type == "application_event" else "upsert"
        if e.op != expected_op:
            raise VillageDeskError(
                f"{e.record_type} travels as {expected_op}",
                code=E.RECORD_BAD_OP,
                op=e.op,
                expected=expected_op,
            )
        cls, key = RECORD_CLASSES[e.record_type]
        obj: Any = codec.decode(cls, e.payload)
        if str(getattr(obj, key)) != e.record_id:
            raise VillageDeskError(
                "the record id does not match the payload",
                code=E.RECORD_ID_MISMATCH,
                record_id=e.record_id[:80],
            )
        payload = codec.encode(obj)
        if e.record_type == "application_event":
            return self._apply_event(conn, village, cast(ApplicationEvent, obj), payload)
        if getattr(obj, "village_code", None) != village:
            raise VillageDeskError(
                "this record belongs to another village",
                code=E.RECORD_OTHER_VILLAGE,
                village=str(getattr(obj, "village_code", "")),
            )
        existing = self._record(conn, e.record_type, e.record_id)
        if existing is not None and existing.village_code != village:
            raise VillageDeskError(
                "this record belongs to another village", code=E.RECORD_OTHER_VILLAGE, village=""
            )
        for sha in referenced_blobs(payload):
            if owned is None or sha not in owned:
                self._own_blob(conn, sha, village)
                if owned is not None:
                    owned.add(sha)
        if e.record_type == "application":
            return self._apply_application(conn, village, cast(Application, obj), existing, digest)
        if existing is not None and existing.village_digest == digest:
            if canonical_json(payload).decode() != existing.payload:
                # The township wrote since: send its copy again, in case this laptop stepped over that
                # change while the entry now answered here waited in its outbox.
                self._put_record(
                    conn,
                    e.record_type,
                    e.record_id,
                    village,
                    json.loads(existing.payload),
                    version=int(existing.version),
                    exists=True,
                )
            return "duplicate", int(existing.version)
        if existing is not None:
            current = json.loads(existing.payload)
            if self._stale_copy(conn, device, e.record_type, e.record_id, village, payload, digest, existing):
                # Never move the record backwards; send the newer copy down again, since this laptop may
                # have stepped over it while its own older copy waited to be pushed.
                self._put_record(
                    conn,
                    e.record_type,
                    e.record_id,
                    village,
                    current,
                    version=int(existing.version),
                    exists=True,
                )
                return ApplyOutcome(
                    "duplicate", int(existing.version), STALE_COPY, {"server_version": int(existing.version)}
                )
            payload = merge_village_upsert(
                e.record_type, payload, current, township_wrote=_township_wrote(e.record_type, existing)
            )
        version = int(existing.version) + 1 if existing is not None else 1
        self._put_record(
            conn,
            e.record_type,
            e.record_id,
            village,
            payload,
            version=version,
            village_digest=digest,
            exists=existing is not None,
        )
        return "applied", version

    def _resend_current(self, conn: Connection, village: str, record_type: str, record_id: str) -> None:
        """Send the server's copy of a record down again (for ``push`` to call after it refused an upsert):
        the laptop's store steps over changes to a record while its own entry waits, and once that entry
        sits in quarantine nothing else would bring the server's copy back."""
        if record_type not in VILLAGE_RECORD_TYPES or record_type == "application_event":
            return
        row = self._record(conn, record_type, record_id)
        if row is not None and row.village_code == village:
            self._put_record(
                conn, record_type, record_id, village, json.loads(row.payload), version=int(row.version)
            )

    def _stale_copy(
        self,
        conn: Connection,
        device: Device,
        record_type: str,
        record_id: str,
        village: str,
        payload: dict[str, Any],
        digest: str,
        existing: Any,
    ) -> bool:
        """An exact copy of a snapshot this record already had and left behind, from a device that neither
        sent that snapshot itself nor wrote the copy it would replace: a laptop restored from an old backup
        and enrolled anew, replaying its old outbox. A device going back to a snapshot it once sent (a typo
        corrected), or undoing its own last change (an appointment cancelled, then booked again), is
        making an edit, and the edit goes through."""
        snap = canonical_json(payload).decode()
        if snap == existing.payload:
            return False
        self._flush_changes(conn)  # this push's own changes count too
        seen_before = conn.execute(
            select(t.changes.c.change_seq)
            .where(
                t.changes.c.village_code == village,
                t.changes.c.record_type == record_type,
                t.changes.c.record_id == record_id,
                t.changes.c.payload == snap,
            )
            .limit(1)
        ).first()
        if seen_before is None:
            return False
        sent_it_before = conn.execute(
            select(t.push_results.c.device_seq)
            .where(
                t.push_results.c.device_id == device.device_id,
                t.push_results.c.digest.in_([digest, str(existing.village_digest or "")]),
                t.push_results.c.status.in_(("applied", "duplicate")),
            )
            .limit(1)
        ).first()
        return sent_it_before is None

    def _apply_event(
        self, conn: Connection, village: str, ev: ApplicationEvent, payload: dict[str, Any]
    ) -> tuple[str, int]:
        app = self._record(conn, "application", ev.application_uuid)
        if app is None or app.village_code != village:
            raise VillageDeskError(
                "the event names an application this village does not have",
                code=E.EVENT_UNKNOWN_APPLICATION,
                application_uuid=ev.application_uuid,
            )
        if self._record(conn, "application_event", ev.event_id) is not None:
            return "duplicate", 1
        self._put_record(
            conn, "application_event", ev.event_id, village, payload, version=1, op="append", exists=False
        )
        return "applied", 1

    def _apply_application(
        self, conn: Connection, village: str, app: Application, existing: Any, digest: str
    ) -> tuple[str, int]:
        if existing is not None and existing.village_digest == digest:
            return "duplicate", int(existing.version)
        if app.tracking_number:
            other = conn.execute(_TRACKING_HOLDER, {"k_tracking": app.tracking_number}).first()
            if other is not None and other[0] != app.uuid:
                raise VillageDeskError(
                    "another application already has this tracking number",
                    code=E.APPLICATION_TRACKING_TAKEN,
                    tracking_number=app.tracking_number,
                )
        events: list[ApplicationEvent] = []
        if existing is not None and S(existing.state) not in lifecycle.VILLAGE_OWNED:
            current = codec.decode(Application, json.loads(existing.payload))
            if app.state in lifecycle.VILLAGE_OWNED:
                raise VillageDeskError(
                    "the township already holds this application",
                    code=E.APPLICATION_TOWNSHIP_OWNED,
                    state=current.state.value,
                    server_version=current.version,
                )
            # Each field has one writer: from here the village may only take over, ask to withdraw, or
            # record delivery; everything else is the township's and is kept as the server has it.
            merged = dataclasses.replace(
                current,
                current_agent=app.current_agent or current.current_agent,
                # A withdrawal made in the village while the application was on its way is a request now.
                withdrawal_requested=current.withdrawal_requested
                or app.withdrawal_requested
                or app.state is S.WITHDRAWN,
            )
            if current.state is S.RESULT_READY and app.state is S.DELIVERED:
                merged = dataclasses.replace(merged, state=S.DELIVERED)
            if merged == current:
                return "duplicate", current.version
            final = dataclasses.replace(merged, version=current.version + 1)
        else:
            if existing is not None and app.version <= int(existing.version):
                raise VillageDeskError(
                    "this change was made on an older copy of the application",
                    code=E.CONFLICT_STALE,
                    server_version=int(existing.version),
                    base_version=app.version,
                )
            final = app
            if app.state is S.QUEUED:
                ctx = lifecycle.Ctx(actor="township-server", side=lifecycle.Side.TOWNSHIP, now=utcnow())
                final, events = lifecycle.receive(app, ctx)
        self._put_record(
            conn,
            "application",
            app.uuid,
            village,
            codec.encode(final),
            version=final.version,
            village_digest=digest,
            exists=existing is not None,
        )
        for ev in events:  # new events (fresh ids)
            self._put_record(
                conn,
                "application_event",
                ev.event_id,
                village,
                codec.encode(ev),
                version=1,
                op="append",
                exists=False,
            )
        return "applied", final.version

    # ------------------------------------------------------------------ township records (down only)

    def publish(self, record_type: str, payload: dict[str, Any]) -> int:
        """Publish a catalog, a calendar entry or an agent: flows down to the villages."""
        if record_type not in TOWNSHIP_RECORD_TYPES:
            raise VillageDeskError(
                "not a township record type", code=E.RECORD_UNKNOWN_TYPE, record_type=record_type
            )
        village: str | None
        if record_type == "calendar_entry":
            day = payload.get("day")
            if not isinstance(day, str):
                raise ValidationError("a calendar entry has a day", code="payload.missing_field", field="day")
            dt.date.fromisoformat(day)
            record_id, village = day, None
        else:
            cls, key = RECORD_CLASSES[record_type]
            obj: Any = codec.decode(cls, payload)
            payload = codec.encode(obj)
            record_id = str(getattr(obj, key))
            village = None if record_type in GLOBAL_RECORD_TYPES else str(obj.village_code)
        with self.tx() as conn:
            if village is not None:
                self.village_township(conn, village)
            existing = self._record(conn, record_type, record_id)
            version = int(existing.version) + 1 if existing is not None else 1
            return self._put_record(conn, record_type, record_id, village, payload, version=version)

    # ------------------------------------------------------------------ staff actions

    def find_application(self, key: str) -> tuple[str, str]:
        """(uuid, village) from a uuid or a tracking number in any accepted form."""
        with self._reader.connect() as conn:
            row = conn.execute(
                select(t.records.c.record_id, t.records.c.village_code).where(
                    t.records.c.record_type == "application",
                    or_(t.records.c.record_id == key, t.records.c.tracking_number == key),
                )
            ).first()
            if row is None:
                try:
                    from villagedesk.core.tracking import normalize

                    norm = normalize(key)
                except ValidationError:
                    norm = key
                row = conn.execute(
                    select(t.records.c.record_id, t.records.c.village_code).where(
                        t.records.c.record_type == "application", t.records.c.tracking_number == norm
                    )
                ).first()
        if row is None:
            raise VillageDeskError("no such application", code=E.APPLICATION_NOT_FOUND, key=key)
        return str(row[0]), str(row[1])

    def application(self, uuid_: str, staff: StaffUser | None = None) -> tuple[dict[str, Any], int]:
        with self._reader.connect() as conn:
            row = self._record(conn, "application", uuid_)
            if row is None:
                raise VillageDeskError("no such application", code=E.APPLICATION_NOT_FOUND, key=uuid_)
            if staff is not None and not staff.may_see(self.village_township(conn, row.village_code)):
                raise auth_error(E.AUTH_FORBIDDEN, "outside your township")
        payload = json.loads(row.payload)
        if staff is not None:
            staff.require(roles.READ_APPLICATIONS)
            if not staff.can(roles.READ_ALL) and not _routed_to(payload, staff.department):
                raise auth_error(
                    E.AUTH_FORBIDDEN,
                    "this application was not routed to your department",
                    permission=roles.READ_ALL,
                    role=staff.role,
                    department=staff.department,
                )
        return payload, int(row.version)

    def list_applications(
        self,
        staff: StaffUser | None,
        *,
        village: str | None = None,
        state: str | None = None,
        limit: int = 500,
    ) -> list[ApplicationSummary]:
        q = select(t.records.c.payload, t.records.c.village_code, t.records.c.version).where(
            t.records.c.record_type == "application"
        )
        if village:
            q = q.where(t.records.c.village_code == village)
        if state:
            q = q.where(t.records.c.state == state)
        if staff is not None and staff.township != "*":
            q = q.where(
                t.records.c.village_code.in_(
                    select(t.villages.c.code).where(t.villages.c.township == staff.township)
                )
            )
        own_department_only = False
        if staff is not None:
            staff.require(roles.READ_APPLICATIONS)
            own_department_only = not staff.can(roles.READ_ALL)  # a department reviewer
        with self._reader.connect() as conn:
            rows = conn.execute(q.order_by(t.records.c.change_seq).limit(limit)).all()
        out = []
        for r in rows:
            p = json.loads(r.payload)
            if own_department_only and not _routed_to(p, staff.department if staff else ""):
                continue
            out.append(
                ApplicationSummary(
                    uuid=p["uuid"],
                    tracking_number=p.get("tracking_number", ""),
                    village=r.village_code,
                    item_code=p["item_code"],
                    applicant_id_number=p["applicant_id_number"],
                    state=p["state"],
                    version=int(r.version),
                )
            )
        return out

    def staff_action(
        self,
        actor: str,
        uuid_: str,
        action: str,
        params: dict[str, Any],
        *,
        base_version: int | None,
        staff: StaffUser | None = None,
        today: dt.date | None = None,
    ) -> Application:
        # A department reviewer decides its own department's task and nothing else.
        if (
            staff is not None
            and not staff.can(roles.ACT)
            and (action != "decide" or not staff.can(roles.DECIDE_OWN))
        ):
            staff.require(roles.ACT)
        today = today or dt.datetime.now(CHINA).date()
        ctx = lifecycle.Ctx(actor=actor, side=lifecycle.Side.TOWNSHIP, now=utcnow())
        with self.tx() as conn:
            row = conn.execute(
                select(t.records)
                .where(t.records.c.record_type == "application", t.records.c.record_id == uuid_)
                .with_for_update()
            ).first()
            if row is None:
                raise VillageDeskError("no such application", code=E.APPLICATION_NOT_FOUND, key=uuid_)
            if staff is not None and not staff.may_see(self.village_township(conn, row.village_code)):
                raise auth_error(E.AUTH_FORBIDDEN, "outside your township")
            app = codec.decode(Application, json.loads(row.payload))
            if staff is not None and not staff.can(roles.ACT):
                task = next((x for x in app.review_tasks if x.task_id == params.get("task")), None)
                if task is None or task.body != staff.department:
                    raise auth_error(
                        E.AUTH_FORBIDDEN,
                        "only your own department's task",
                        permission=roles.DECIDE_OWN,
                        role=staff.role,
                        department=staff.department,
                        body=task.body if task else "",
                    )
            if base_version is not None and base_version != app.version:
                raise VillageDeskError(
                    "someone changed this application since you opened it",
                    code=E.CONFLICT_STALE,
                    server_version=app.version,
                    base_version=base_version,
                )
            new, events = _run_action(app, action, params, ctx, today)
            if params.get("document_sha256"):
                self._own_blob(conn, str(params["document_sha256"]), row.village_code)
            self._put_record(
                conn, "application", uuid_, row.village_code, codec.encode(new), version=new.version
            )
            for ev in events:
                self._put_record(
                    conn,
                    "application_event",
                    ev.event_id,
                    row.village_code,
                    codec.encode(ev),
                    version=1,
                    op="append",
                )
            from sync_server.township import audit  # township hook

            audit.record(  # township hook
                conn, actor, action, uuid_, {**params, "version": new.version, "state": new.state.value}
            )
        return new

    # ------------------------------------------------------------------ export

    def export_rows(self) -> Iterator[dict[str, Any]]:
        with self._reader.connect() as conn:
            rows = conn.execute(
                select(t.records.c.payload, t.records.c.village_code)
                .where(t.records.c.record_type == "application")
                .order_by(t.records.c.record_id)
            ).all()
            sizes = dict(conn.execute(select(t.blobs.c.sha256, t.blobs.c.size)).all())
        for r in rows:
            p = json.loads(r.payload)
            atts = []
            for check in p.get("checklist", []):
                for a in check.get("attachments", []):
                    size = sizes.get(a["sha256"])
                    if size is None and self.blobs.has(a["sha256"]):
                        size = self.blobs.size(a["sha256"])
                    atts.append({"material": check["material_key"], "sha256": a["sha256"], "size": size})
            yield {
                "uuid": p["uuid"],
                "tracking_number": p.get("tracking_number", ""),
                "village": r.village_code,
                "item_code": p["item_code"],
                "applicant_id_number": p["applicant_id_number"],
                "state": p["state"],
                "version": p.get("version", 1),
                "attachments": atts,
            }

    def record_counts(self) -> dict[str, int]:
        with self._reader.connect() as conn:
            rows = conn.execute(
                select(t.records.c.record_type, func.count()).group_by(t.records.c.record_type)
            ).all()
        return {str(r[0]): int(r[1]) for r in rows}

    def records_of(self, village: str | None = None) -> dict[tuple[str, str], dict[str, Any]]:
        """Every record (optionally of one village, plus global ones): for tests and checks."""
        q = select(t.records.c.record_type, t.records.c.record_id, t.records.c.payload)
        if village is not None:
            q = q.where(or_(t.records.c.village_code == village, t.records.c.village_code.is_(None)))
        with self._reader.connect() as conn:
            return {(r[0], r[1]): json.loads(r[2]) for r in conn.execute(q).all()}


def _routed_to(payload: dict[str, Any], department: str) -> bool:
    return bool(department) and any(
        task.get("body") == department for task in payload.get("review_tasks", [])
    )


def _material_corrections(params: dict[str, Any]) -> list[MaterialCheck]:
    out = []
    for m in params.get("materials", []):
        if isinstance(m, str):
            key, _, reason = m.partition("=")
            m = {"key": key, "reason": reason}
        reason = str(m.get("reason", ""))
        status = MaterialStatus(m.get("status") or ("defective" if reason else "missing"))
        out.append(MaterialCheck(material_key=str(m["key"]), status=status, reason=reason))
    return out


def _run_action(
    app: Application, action: str, params: dict[str, Any], ctx: lifecycle.Ctx, today: dt.date
) -> lifecycle.Result:
    try:
        if action == "accept":
            return lifecycle.accept(app, ctx, today=today)
        if action == "return":
            return lifecycle.return_for_correction(app, _material_corrections(params), ctx)
        if action == "not_accept":
            return lifecycle.not_accept(
                app, ctx, reason=str(params.get("reason", "")), legal_basis=str(params.get("legal_basis", ""))
            )
        if action == "route":
            bodies = params.get("to", [])
            return lifecycle.route(app, [bodies] if isinstance(bodies, str) else list(bodies), ctx)
        if action == "decide":
            decision = str(params.get("decision", ""))
            if decision not in ("approve", "deny"):
                raise ValidationError("decide approve or deny", code="lifecycle.decision", decision=decision)
            note = str(params.get("note", ""))
            doc = str(params.get("document_sha256", ""))
            if params.get("task"):
                state = ReviewTaskState.APPROVED if decision == "approve" else ReviewTaskState.DENIED
                return lifecycle.decide_task(
                    app, str(params["task"]), state, ctx, note=note, document_sha256=doc
                )
            return lifecycle.decide(app, decision == "approve", ctx, note=note, document_sha256=doc)
        if action == "stop":
            return lifecycle.stop_clock(
                app,
                ClockStopReason(params.get("reason", "")),
                ctx,
                today=today,
                note=str(params.get("note", "")),
            )
        if action == "resume":
            return lifecycle.resume_clock(app, ctx, today=today)
        if action == "extend":
            return lifecycle.extend_clock(
                app, int(params.get("days", 0)), ctx, reason=str(params.get("reason", ""))
            )
        if action == "result_ready":
            return lifecycle.result_ready(app, ctx)
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(
            f"bad parameters for {action}: {exc}", code="action.params", action=action
        ) from None
    raise VillageDeskError(f"unknown action {action!r}", code=E.ACTION_UNKNOWN, action=action)


# ---------------------------------------------------------------- who owns which field of a village record

STALE_COPY = E.RECORD_STALE_COPY  # a push answered as a no-op: the server holds a newer copy of the record


class ApplyOutcome(tuple[str, int]):
    """``(status, server_version)`` as ``_apply`` returns it, plus the code and params its result carries."""

    code: str
    params: dict[str, Any]

    def __new__(
        cls, status: str, version: int, code: str = "", params: dict[str, Any] | None = None
    ) -> ApplyOutcome:
        self = super().__new__(cls, (status, version))
        self.code = code
        self.params = dict(params or {})
        return self


# The township's fields of records the village creates; every other field is the village's. A complaint's
# status, resolution and due date are the village's until the township first writes the complaint (an agent
# sets the due date at intake and may resolve on the spot), the township's from then on.
COMPLAINT_TOWNSHIP_FIELDS = ("status", "resolution", "due_on")
HANDOVER_TOWNSHIP_FIELDS = ("countersigned_by", "countersigned_on")  # and each line's "checked"


def _township_wrote(record_type: str, existing: Any) -> bool:
    """The server's copy is no longer the village's last snapshot: the township has written since."""
    from villagedesk.protocol.messages import entry_digest

    current = json.loads(existing.payload)
    return bool(
        entry_digest(record_type, str(existing.record_id), "upsert", current) != existing.village_digest
    )


def _line_key(line: dict[str, Any]) -> tuple[str, str, str]:
    return (
        str(line.get("application_uuid", "")),
        str(line.get("tracking_number", "")),
        str(line.get("description", "")),
    )


def _checked_lines(
    lines: list[dict[str, Any]], ticked_elsewhere: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``lines`` with a line also ticked where it was ticked in ``ticked_elsewhere`` (same application,
    tracking number and description; in order for repeated lines): a tick is never lost by a merge."""
    queue: dict[tuple[str, str, str], list[bool]] = {}
    for line in ticked_elsewhere:
        queue.setdefault(_line_key(line), []).append(bool(line.get("checked")))
    out = []
    for line in lines:
        ticks = queue.get(_line_key(line))
        other = ticks.pop(0) if ticks else False
        out.append({**line, "checked": bool(line.get("checked")) or other})
    return out


def merge_village_upsert(
    record_type: str, village: dict[str, Any], server: dict[str, Any], *, township_wrote: bool
) -> dict[str, Any]:
    """A village snapshot of a record the server already holds, keeping the township's fields."""
    if record_type == "complaint":
        if not township_wrote:
            return village
        out = dict(village)
        for f in COMPLAINT_TOWNSHIP_FIELDS:
            out[f] = server.get(f)
        if village.get("status") == "resolved" and not str(server.get("resolution") or "").strip():
            # Resolved on the spot in the village while the township had not answered yet: kept.
            out["status"] = "resolved"
            out["resolution"] = village.get("resolution", "")
        return out
    if record_type == "handover":
        signed = server if str(server.get("countersigned_by") or "") else village
        out = dict(
            village, lines=_checked_lines(list(village.get("lines", [])), list(server.get("lines", [])))
        )
        for f in HANDOVER_TOWNSHIP_FIELDS:
            out[f] = signed.get(f)
        return out
    return village


def merge_township_write(
    record_type: str, township: dict[str, Any], current: dict[str, Any]
) -> dict[str, Any]:
    """A township edit made on a copy read earlier: only the township's fields move, so a village edit
    that arrived in between is kept."""
    if record_type == "complaint":
        return {**current, **{f: township.get(f) for f in COMPLAINT_TOWNSHIP_FIELDS}}
    if record_type == "handover":
        out = dict(
            current, lines=_checked_lines(list(current.get("lines", [])), list(township.get("lines", [])))
        )
        for f in HANDOVER_TOWNSHIP_FIELDS:
            out[f] = township.get(f)
        return out
    return township
