"""The store: the one narrow interface the rest of VillageDesk uses to keep data.

Every change goes through a :class:`UnitOfWork` (one transaction). A change that must travel to the
township is written to the outbox in the same transaction, with the next per-device sequence number, so
a crash can never leave a change without its outbox entry or the reverse.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, and_, case, delete, func, literal, or_, select, update
from sqlalchemy.orm import Session

from villagedesk.core import codec
from villagedesk.core.catalog import parse_catalog
from villagedesk.core.errors import ConflictError, NotFoundError, ValidationError
from villagedesk.core.models import (
    Applicant,
    Application,
    ApplicationEvent,
    Catalog,
    ServiceItem,
)
from villagedesk.paths import DataPaths
from villagedesk.protocol.states import ApplicationState
from villagedesk.storage import migrate
from villagedesk.storage.blobs import BlobStore
from villagedesk.storage.crashpoints import crashpoint
from villagedesk.storage.db import make_engine, writer
from villagedesk.storage.namekey import name_key
from villagedesk.storage.records import GENERIC_TYPES, RECORD_TYPES
from villagedesk.storage.tables import (
    ApplicantRow,
    ApplicationRow,
    AttachmentLinkRow,
    CatalogItemRow,
    CatalogRow,
    DeviceRow,
    EventRow,
    OutboxRow,
    RecordRow,
    SettingRow,
)

R = TypeVar("R")


@dataclasses.dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    village_code: str
    ordinal: int
    server_url: str
    credential: str
    server_fingerprint: str

    @property
    def enrolled(self) -> bool:
        return bool(self.village_code and self.ordinal and self.credential)


@dataclasses.dataclass(frozen=True)
class OutboxEntry:
    device_seq: int
    record_type: str
    record_id: str
    op: str
    payload: dict[str, Any]
    blobs: tuple[str, ...]
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class RemoteChange:
    change_seq: int
    record_type: str
    record_id: str
    op: str  # "upsert" | "append" | "delete"
    payload: dict[str, Any]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _attachment_hashes(app: Application) -> list[tuple[str, str]]:
    return [(c.material_key, a.sha256) for c in app.checklist for a in c.attachments]


class UnitOfWork:
    """One transaction. Repositories' methods take and return plain frozen records."""

    def __init__(self, session: Session, store: Store, *, record_outbox: bool = True) -> None:
        self.session = session
        self.store = store
        self.record_outbox = record_outbox

    # ---- device and outbox

    def _device(self) -> DeviceRow:
        row = self.session.get(DeviceRow, 1)
        if row is None:
            row = DeviceRow(id=1, device_id=str(uuid.uuid4()), sync_status={})
            self.session.add(row)
            self.session.flush()
        return row

    def device(self) -> DeviceIdentity:
        d = self._device()
        return DeviceIdentity(
            d.device_id, d.village_code, d.ordinal, d.server_url, d.credential, d.server_fingerprint
        )

    def next_tracking_sequence(self) -> int:
        """Take the next tracking sequence number; it is spent even if the caller later rolls back."""
        d = self._device()
        seq = d.next_tracking_seq
        d.next_tracking_seq = seq + 1
        return seq

    def _outbox(
        self, record_type: str, record_id: str, op: str, payload: dict[str, Any], blobs: list[str]
    ) -> None:
        if not self.record_outbox:
            return
        d = self._device()
        d.last_device_seq += 1
        self.session.add(
            OutboxRow(
                device_seq=d.last_device_seq,
                record_type=record_type,
                record_id=record_id,
                op=op,
                payload=payload,
                blobs=sorted(set(blobs)),
                created_at=_now(),
                acked=False,
            )
        )

    # ---- settings

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.session.get(SettingRow, key)
        return default if row is None else row.value.get("v", default)

    def set_setting(self, key: str, value: Any) -> None:
        row = self.session.get(SettingRow, key)
        if row is None:
            self.session.add(SettingRow(key=key, value={"v": value}))
        else:
            row.value = {"v": value}

    # ---- catalog

    def import_catalog(self, catalog: Catalog, *, activate: bool = True) -> bool:
        """Store a catalog version; False if that version is already there (nothing changes)."""
        if self.session.get(CatalogRow, catalog.version) is not None:
            if activate:
                self._activate(catalog.version)
            return False
        self.session.add(
            CatalogRow(
                version=catalog.version,
                note=catalog.note,
                is_official=catalog.is_official,
                active=False,
                imported_at=_now(),
            )
        )
        self.session.flush()
        for it in catalog.items:
            self.session.add(
                CatalogItemRow(
                    version=catalog.version,
                    code=it.code,
                    name_zh=it.name_zh,
                    name_bo=it.name_bo,
                    department_zh=it.department_zh,
                    data=codec.encode(it),
                )
            )
        if activate:
            self._activate(catalog.version)
        return True

    def _activate(self, version: str) -> None:
        self.session.execute(update(CatalogRow).values(active=CatalogRow.version == version))

    def active_catalog_version(self) -> str | None:
        return self.session.scalar(select(CatalogRow.version).where(CatalogRow.active.is_(True)))

    def catalog(self, version: str | None = None) -> Catalog:
        version = version or self.active_catalog_version()
        row = self.session.get(CatalogRow, version) if version else None
        if row is None:
            raise NotFoundError("no catalog has been imported", code="catalog.none", version=version or "")
        items = self.session.scalars(
            select(CatalogItemRow).where(CatalogItemRow.version == row.version).order_by(CatalogItemRow.code)
        )
        return Catalog(
            version=row.version,
            items=tuple(codec.decode(ServiceItem, r.data) for r in items),
            note=row.note,
            is_official=row.is_official,
        )

    def item(self, code: str, version: str | None = None) -> ServiceItem:
        version = version or self.active_catalog_version()
        row = self.session.get(CatalogItemRow, (version, code)) if version else None
        if row is None:
            raise NotFoundError(
                f"no service item {code} in catalog {version}", code="catalog.no_item", item=code
            )
        return codec.decode(ServiceItem, row.data)

    # ---- applicants

    def get_applicant(self, id_number: str) -> Applicant | None:
        row = self.session.get(ApplicantRow, id_number)
        return None if row is None else codec.decode(Applicant, row.data)

    def save_applicant(self, a: Applicant) -> None:
        data = codec.encode(a)
        row = self.session.get(ApplicantRow, a.id_number)
        if row is not None and row.data == data:
            return
        if row is None:
            row = ApplicantRow(id_number=a.id_number)
            self.session.add(row)
        row.legal_name = a.legal_name
        row.name_bo = a.name_bo
        row.name_key = name_key(a.legal_name)
        row.phone = a.phone
        row.village_code = a.village_code
        row.data = data
        self._outbox("applicant", a.id_number, "upsert", data, [])

    def find_applicants(self, text: str, limit: int = 50) -> list[Applicant]:
        text = text.strip()
        if not text:
            return []
        return self.search_applicants(
            id_prefix=text.upper(),
            phone_prefix=text,
            name_prefix=text,
            bo_prefix=text,
            name_keys=[name_key(text)],
            limit=limit,
        )

    # ---- applications

    def get_application(self, app_uuid: str) -> Application | None:
        row = self.session.get(ApplicationRow, app_uuid)
        return None if row is None else codec.decode(Application, row.data)

    def require_application(self, app_uuid: str) -> Application:
        app = self.get_application(app_uuid)
        if app is None:
            raise NotFoundError("no such application", code="application.not_found", uuid=app_uuid)
        return app

    def application_by_tracking(self, tracking_number: str) -> Application | None:
        row = self.session.scalar(
            select(ApplicationRow).where(ApplicationRow.tracking_number == tracking_number)
        )
        return None if row is None else codec.decode(Application, row.data)

    def save_application(
        self,
        app: Application,
        events: Sequence[ApplicationEvent] = (),
        *,
        expected_version: int | None = None,
    ) -> None:
        """Write an application and its new events. ``expected_version`` refuses a stale write."""
        row = self.session.get(ApplicationRow, app.uuid)
        if expected_version is not None and row is not None and row.version != expected_version:
            raise ConflictError(
                "this application was changed by someone else; reload it",
                code="application.stale",
                uuid=app.uuid,
            )
        if self.session.get(ApplicantRow, app.applicant_id_number) is None:
            raise ValidationError(
                "register the applicant first",
                code="application.no_applicant",
                id_number=app.applicant_id_number,
            )
        data = self._write_application_row(app, row)
        self._link_attachments(app, require_blobs=True)
        self.session.flush()
        crashpoint("store.after_application_row")
        hashes = [h for _, h in _attachment_hashes(app)]
        self._outbox("application", app.uuid, "upsert", data, hashes)
        for ev in events:
            self._add_event(ev)

    def _write_application_row(self, app: Application, row: ApplicationRow | None) -> dict[str, Any]:
        data: dict[str, Any] = codec.encode(app)
        if row is None:
            row = ApplicationRow(uuid=app.uuid)
            self.session.add(row)
        row.tracking_number = app.tracking_number or None
        row.state = app.state.value
        row.item_code = app.item_code
        row.catalog_version = app.catalog_version
        row.applicant_id_number = app.applicant_id_number
        row.village_code = app.village_code
        row.current_agent = app.current_agent or app.responsible_agent
        row.version = app.version
        row.data = data
        return data

    def _link_attachments(self, app: Application, *, require_blobs: bool) -> None:
        """Record which blobs the application references. Local changes must have stored the blob
        first; an application pulled from the township may reference blobs fetched only when opened."""
        want = set(_attachment_hashes(app))
        have = {
            (r.material_key, r.sha256)
            for r in self.session.scalars(
                select(AttachmentLinkRow).where(AttachmentLinkRow.application_uuid == app.uuid)
            )
        }
        for key, sha in want - have:
            if require_blobs and not self.store.blobs.has(sha):
                raise ValidationError(
                    "an attachment must be stored before it is referenced", code="blob.not_stored", sha256=sha
                )
            self.session.add(AttachmentLinkRow(application_uuid=app.uuid, material_key=key, sha256=sha))
        for key, sha in have - want:
            self.session.execute(
                delete(AttachmentLinkRow).where(
                    AttachmentLinkRow.application_uuid == app.uuid,
                    AttachmentLinkRow.material_key == key,
                    AttachmentLinkRow.sha256 == sha,
                )
            )

    def _add_event(self, ev: ApplicationEvent, *, outbox: bool = True) -> bool:
        if self.session.get(EventRow, ev.event_id) is not None:
            return False
        seq = (self.session.scalar(select(func.max(EventRow.seq))) or 0) + 1
        data = codec.encode(ev)
        self.session.add(
            EventRow(
                event_id=ev.event_id, seq=seq, application_uuid=ev.application_uuid, kind=ev.kind, data=data
            )
        )
        if outbox:
            self._outbox("application_event", ev.event_id, "append", data, [])
        return True

    def events(self, app_uuid: str) -> list[ApplicationEvent]:
        rows = self.session.scalars(
            select(EventRow).where(EventRow.application_uuid == app_uuid).order_by(EventRow.seq)
        )
        return [codec.decode(ApplicationEvent, r.data) for r in rows]

    def list_applications(
        self, *, states: Sequence[str] | None = None, limit: int = 500, applicant: str | None = None
    ) -> list[Application]:
        q = select(ApplicationRow)
        if states:
            q = q.where(ApplicationRow.state.in_(list(states)))
        if applicant:
            q = q.where(ApplicationRow.applicant_id_number == applicant)
        rows = self.session.scalars(q.order_by(ApplicationRow.uuid).limit(limit))
        return [codec.decode(Application, r.data) for r in rows]

    def count_applications(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(ApplicationRow)) or 0)

    # ---- the other records

    def put_record(self, record_type: str, record: Any) -> None:
        rt = RECORD_TYPES[record_type]
        if record_type not in GENERIC_TYPES or not isinstance(record, rt.cls):
            raise TypeError(f"{record_type} takes {rt.cls.__name__}")
        data = codec.encode(record)
        self._put_generic(record_type, rt.key_of(record), data)
        self._outbox(record_type, rt.key_of(record), "upsert", data, [])

    def _put_generic(self, record_type: str, record_id: str, data: dict[str, Any]) -> None:
        rt = RECORD_TYPES[record_type]
        row = self.session.get(RecordRow, (record_type, record_id))
        if row is None:
            row = RecordRow(record_type=record_type, record_id=record_id)
            self.session.add(row)
        row.village_code = str(data.get("village_code", ""))
        row.sort_key = str(data.get(rt.sort) or "") if rt.sort else ""
        row.data = data

    def get_record(self, record_type: str, record_id: str) -> Any:
        row = self.session.get(RecordRow, (record_type, record_id))
        return None if row is None else codec.decode(RECORD_TYPES[record_type].cls, row.data)

    def list_records(self, record_type: str, *, limit: int = 1000) -> list[Any]:
        cls = RECORD_TYPES[record_type].cls
        rows = self.session.scalars(
            select(RecordRow)
            .where(RecordRow.record_type == record_type)
            .order_by(RecordRow.sort_key.desc(), RecordRow.record_id)
            .limit(limit)
        )
        return [codec.decode(cls, r.data) for r in rows]

    # ---- village app queries (added for villagedesk.services.search / followup / the outbox screen)

    def search_applicants(
        self,
        *,
        id_prefix: str = "",
        phone_prefix: str = "",
        name_prefix: str = "",
        bo_prefix: str = "",
        name_keys: Sequence[str] = (),
        limit: int = 50,
    ) -> list[Applicant]:
        """Applicants matching any of the given prefixes.

        A prefix is asked as a range (``col >= p AND col < p + U+10FFFF``), which SQLite answers from the
        column's index; ``LIKE 'p%'`` would scan the table (LIKE is case-insensitive, the indexes are not).
        """
        conds = []
        if id_prefix:
            conds.append(_prefix(ApplicantRow.id_number, id_prefix))
        if phone_prefix:
            conds.append(_prefix(ApplicantRow.phone, phone_prefix))
        if name_prefix:
            conds.append(_prefix(ApplicantRow.legal_name, name_prefix))
        if bo_prefix:
            conds.append(_prefix(ApplicantRow.name_bo, bo_prefix))
        conds.extend(_prefix(ApplicantRow.name_key, k) for k in name_keys if k)
        if not conds:
            return []
        rows = self.session.scalars(
            select(ApplicantRow).where(or_(*conds)).order_by(ApplicantRow.legal_name).limit(limit)
        )
        return [codec.decode(Applicant, r.data) for r in rows]

    def applicants_by_id(self, id_numbers: Sequence[str]) -> dict[str, Applicant]:
        out: dict[str, Applicant] = {}
        ids = sorted(set(id_numbers))
        for i in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            rows = self.session.scalars(
                select(ApplicantRow).where(ApplicantRow.id_number.in_(ids[i : i + 500]))
            )
            out.update((r.id_number, codec.decode(Applicant, r.data)) for r in rows)
        return out

    def applications_by_tracking_prefix(self, prefix: str, limit: int = 50) -> list[Application]:
        rows = self.session.scalars(
            select(ApplicationRow)
            .where(_prefix(ApplicationRow.tracking_number, prefix))
            .order_by(ApplicationRow.tracking_number)
            .limit(limit)
        )
        return [codec.decode(Application, r.data) for r in rows]

    def applications_by_uuid(self, uuids: Sequence[str]) -> list[Application]:
        out: list[Application] = []
        ids = sorted(set(uuids))
        for i in range(0, len(ids), 500):
            rows = self.session.scalars(
                select(ApplicationRow).where(ApplicationRow.uuid.in_(ids[i : i + 500]))
            )
            out.extend(codec.decode(Application, r.data) for r in rows)
        return out

    def applicant_names(self, id_numbers: Sequence[str]) -> dict[str, tuple[str, str]]:
        """ID number -> (legal name, Tibetan name), without decoding whole records (long lists)."""
        out: dict[str, tuple[str, str]] = {}
        ids = sorted(set(id_numbers))
        for i in range(0, len(ids), 500):
            rows = self.session.execute(
                select(ApplicantRow.id_number, ApplicantRow.legal_name, ApplicantRow.name_bo).where(
                    ApplicantRow.id_number.in_(ids[i : i + 500])
                )
            )
            out.update((r[0], (r[1], r[2])) for r in rows)
        return out

    def application_summaries(
        self,
        *,
        states: Sequence[str] | None = None,
        uuids: Sequence[str] | None = None,
        limit: int = 5000,
        with_sizes: bool = True,
    ) -> list[ApplicationSummary]:
        """What lists show, read from the columns and two JSON fields (no full decode: 100,000 rows)."""
        q = select(
            ApplicationRow.uuid,
            ApplicationRow.tracking_number,
            ApplicationRow.state,
            ApplicationRow.item_code,
            ApplicationRow.catalog_version,
            ApplicationRow.applicant_id_number,
            # Only a running or stopped clock matters to a list (accepted / in review).
            case(
                (
                    ApplicationRow.state.in_(["accepted", "in_review"]),
                    func.json_extract(ApplicationRow.data, "$.clock"),
                ),
                else_=None,
            ),
            func.json_extract(ApplicationRow.data, "$.checklist") if with_sizes else literal(None),
        )
        if states is not None:
            q = q.where(ApplicationRow.state.in_(list(states)))
        if uuids is not None:
            q = q.where(ApplicationRow.uuid.in_(list(uuids)))
        out = []
        for r in self.session.execute(q.limit(limit)):  # the caller sorts what it shows
            checklist = json.loads(r[7]) if r[7] else []
            size = sum(int(a.get("size", 0)) for c in checklist for a in c.get("attachments", []))
            out.append(
                ApplicationSummary(
                    r[0],
                    r[1] or "",
                    ApplicationState(r[2]),
                    r[3],
                    r[4],
                    r[5],
                    json.loads(r[6]) if r[6] else {},
                    size,
                )
            )
        return out

    def unsent_by_record(self) -> dict[tuple[str, str], tuple[int, str, dict[str, Any]]]:
        """Outbox entries not yet through, per record: (how many, quarantine code or "", its params)."""
        rows = self.session.execute(
            select(
                OutboxRow.record_type,
                OutboxRow.record_id,
                OutboxRow.quarantine_code,
                OutboxRow.quarantine_params,
            ).where(or_(OutboxRow.acked.is_(False), OutboxRow.quarantine_code.is_not(None)))
        )
        out: dict[tuple[str, str], tuple[int, str, dict[str, Any]]] = {}
        for rtype, rid, qcode, qparams in rows:
            n, code, params = out.get((rtype, rid), (0, "", {}))
            if qcode and not code:
                code, params = qcode, dict(qparams or {})
            out[(rtype, rid)] = (n + 1, code, params)
        return out


def _prefix(column: Any, prefix: str) -> Any:
    return and_(column >= prefix, column < prefix + "\U0010ffff")


@dataclasses.dataclass(frozen=True)
class ApplicationSummary:
    uuid: str
    tracking_number: str
    state: ApplicationState
    item_code: str
    catalog_version: str
    applicant_id_number: str
    clock: dict[str, Any]  # the encoded Clock (decode it only where a deadline is needed)
    attachment_bytes: int


class Store:
    """One per data directory. Thread-safe: each unit of work has its own session."""

    def __init__(self, paths: DataPaths, engine: Engine) -> None:
        self.paths = paths
        self.engine = engine
        self._writer = writer(engine)
        self.blobs = BlobStore(paths.blobs)
        self._lock = threading.Lock()

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        paths = DataPaths(data_dir).ensure()
        engine = make_engine(paths.database)
        migrate.upgrade(engine, paths.database, paths.backups)
        store = cls(paths, engine)
        with store.unit_of_work() as uow:
            uow.device()  # make sure this installation has its identity
        return store

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def unit_of_work(self, *, record_outbox: bool = True) -> Iterator[UnitOfWork]:
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield UnitOfWork(session, self, record_outbox=record_outbox)

    @contextlib.contextmanager
    def reader(self) -> Iterator[UnitOfWork]:
        """A read-only unit of work: never blocks behind the sync thread's writes (WAL)."""
        with Session(self.engine) as session:
            try:
                yield UnitOfWork(session, self, record_outbox=False)
            finally:
                session.rollback()

    def run(self, fn: Any) -> Any:
        with self.unit_of_work() as uow:
            return fn(uow)

    # ---- first start

    def ensure_catalog(self, catalog_path: Path) -> str:
        """Import the shipped catalog on first start; later versions come from the township."""
        with self.reader() as uow:
            current = uow.active_catalog_version()
        if current:
            return current
        catalog = parse_catalog(catalog_path.read_bytes())
        with self.unit_of_work() as uow:
            uow.import_catalog(catalog)
        return catalog.version

    # ---- the sync contract

    def device(self) -> DeviceIdentity | None:
        with self.unit_of_work() as uow:
            d = uow.device()
        return d if d.enrolled else None

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
        with self.unit_of_work() as uow:
            d = uow._device()
            if device_id:
                d.device_id = device_id
            d.village_code = village_code
            d.ordinal = ordinal
            d.server_url = server_url
            d.credential = credential
            d.server_fingerprint = server_fingerprint

    def pending_outbox(self, *, after_seq: int = 0, limit: int = 100) -> list[OutboxEntry]:
        with self.reader() as uow:
            rows = uow.session.scalars(
                select(OutboxRow)
                .where(
                    OutboxRow.device_seq > after_seq,
                    OutboxRow.acked.is_(False),
                    OutboxRow.quarantine_code.is_(None),
                )
                .order_by(OutboxRow.device_seq)
                .limit(limit)
            )
            return [self._entry(r) for r in rows]

    @staticmethod
    def _entry(r: OutboxRow) -> OutboxEntry:
        return OutboxEntry(
            r.device_seq, r.record_type, r.record_id, r.op, dict(r.payload), tuple(r.blobs), r.created_at
        )

    def outbox_counts(self) -> dict[str, int]:
        with self.reader() as uow:
            s = uow.session
            pending = s.scalar(
                select(func.count()).where(OutboxRow.acked.is_(False), OutboxRow.quarantine_code.is_(None))
            )
            quarantined = s.scalar(select(func.count()).where(OutboxRow.quarantine_code.is_not(None)))
            acked = s.scalar(select(func.count()).where(OutboxRow.acked.is_(True)))
        return {"pending": int(pending or 0), "quarantined": int(quarantined or 0), "acked": int(acked or 0)}

    def ack_outbox(self, high_water: int) -> None:
        with self.unit_of_work() as uow:
            uow.session.execute(
                update(OutboxRow)
                .where(OutboxRow.device_seq <= high_water, OutboxRow.quarantine_code.is_(None))
                .values(acked=True)
            )
            d = uow._device()
            d.acked_high_water = max(d.acked_high_water, high_water)

    def outbox_high_water(self) -> int:
        with self.unit_of_work() as uow:
            return uow._device().acked_high_water

    def last_device_seq(self) -> int:
        with self.unit_of_work() as uow:
            return uow._device().last_device_seq

    def bump_device_seq(self, at_least: int) -> None:
        """The server holds entries up to ``at_least`` that this copy does not know (restored from an old
        backup): renumber what is still unsent after that point so none is dropped as already seen."""
        with self.unit_of_work() as uow:
            d = uow._device()
            if d.last_device_seq >= at_least and d.acked_high_water >= at_least:
                return
            rows = list(
                uow.session.scalars(
                    select(OutboxRow)
                    .where(OutboxRow.acked.is_(False), OutboxRow.device_seq > d.acked_high_water)
                    .order_by(OutboxRow.device_seq)
                )
            )
            for r in rows:  # move out of the way first: device_seq is the primary key
                r.device_seq = -r.device_seq
            uow.session.flush()
            nxt = max(at_least, d.acked_high_water)
            for r in rows:
                nxt += 1
                r.device_seq = nxt
            d.last_device_seq = max(nxt, at_least)
            d.acked_high_water = max(d.acked_high_water, at_least)

    def bump_tracking_seq(self, at_least: int) -> None:
        """The township holds tracking numbers of this device up to ``at_least`` (a restored backup):
        never issue one of those again."""
        with self.unit_of_work() as uow:
            d = uow._device()
            d.next_tracking_seq = max(d.next_tracking_seq, at_least + 1)

    def quarantine(self, device_seq: int, code: str, params: dict[str, Any]) -> None:
        with self.unit_of_work() as uow:
            row = uow.session.get(OutboxRow, device_seq)
            if row is not None:
                row.quarantine_code = code
                row.quarantine_params = params

    def quarantined(self) -> list[tuple[OutboxEntry, str, dict[str, Any]]]:
        with self.reader() as uow:
            rows = uow.session.scalars(
                select(OutboxRow).where(OutboxRow.quarantine_code.is_not(None)).order_by(OutboxRow.device_seq)
            )
            return [(self._entry(r), r.quarantine_code or "", dict(r.quarantine_params or {})) for r in rows]

    def sync_cursor(self) -> int:
        with self.unit_of_work() as uow:
            return uow._device().sync_cursor

    def sync_status(self) -> dict[str, Any]:
        with self.unit_of_work() as uow:
            return dict(uow._device().sync_status or {})

    def set_sync_status(self, **kw: Any) -> None:
        with self.unit_of_work() as uow:
            d = uow._device()
            d.sync_status = {**(d.sync_status or {}), **kw}

    def apply_remote(self, changes: Sequence[RemoteChange], new_cursor: int) -> None:
        """Apply what the township sent, and move the cursor, in one transaction.

        A record with local changes not yet pushed keeps its local version: the push will reach the
        server, and the server's merged answer comes back on a later pull.
        """
        with self.unit_of_work(record_outbox=False) as uow:
            d = uow._device()
            if new_cursor < d.sync_cursor:
                raise ValidationError(
                    "the server's cursor went backwards", code="sync.cursor_backwards", cursor=new_cursor
                )
            for ch in changes:
                self._apply_one(uow, ch)
            d.sync_cursor = new_cursor

    def _has_pending(self, uow: UnitOfWork, record_type: str, record_id: str) -> bool:
        return (
            uow.session.scalar(
                select(func.count()).where(
                    OutboxRow.record_type == record_type,
                    OutboxRow.record_id == record_id,
                    OutboxRow.acked.is_(False),
                    OutboxRow.quarantine_code.is_(None),
                )
            )
            or 0
        ) > 0

    def _apply_one(self, uow: UnitOfWork, ch: RemoteChange) -> None:
        t = ch.record_type
        if t == "catalog":
            uow.import_catalog(codec.decode(Catalog, ch.payload), activate=True)
            return
        if t in ("calendar", "calendar_entry"):
            from villagedesk.storage.calendar_store import apply_calendar_change

            apply_calendar_change(uow, ch.payload, delete=ch.op == "delete")
            return
        if t not in RECORD_TYPES:
            raise ValidationError(f"unknown record type {t}", code="sync.unknown_record_type", record_type=t)
        if t == "application_event":
            uow._add_event(codec.decode(ApplicationEvent, ch.payload), outbox=False)
            return
        if self._has_pending(uow, t, ch.record_id):
            return
        if t == "applicant":
            uow.save_applicant(codec.decode(Applicant, ch.payload))
        elif t == "application":
            self._save_remote_application(uow, codec.decode(Application, ch.payload))
        elif ch.op == "delete":
            uow.session.execute(
                delete(RecordRow).where(RecordRow.record_type == t, RecordRow.record_id == ch.record_id)
            )
        else:
            rt = RECORD_TYPES[t]
            codec.decode(rt.cls, ch.payload)  # refuse a malformed record before storing it
            uow._put_generic(t, ch.record_id, ch.payload)

    @staticmethod
    def _save_remote_application(uow: UnitOfWork, app: Application) -> None:
        uow._write_application_row(app, uow.session.get(ApplicationRow, app.uuid))
        uow._link_attachments(app, require_blobs=False)

    def referenced_blobs(self) -> set[str]:
        with self.reader() as uow:
            return set(uow.session.scalars(select(AttachmentLinkRow.sha256).distinct()))

    def sweep_blobs(self, *, grace_seconds: float = 3600.0) -> list[str]:
        return self.blobs.sweep(self.referenced_blobs(), grace_seconds=grace_seconds)
