"""Table definitions (private to storage). Each record keeps its full encoded form in ``data``; the
other columns exist to be searched and indexed."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class DeviceRow(Base):
    """This installation: one row. Enrollment fills in the village, ordinal and credential."""

    __tablename__ = "device"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    village_code: Mapped[str] = mapped_column(String(12), default="")
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    server_url: Mapped[str] = mapped_column(Text, default="")
    credential: Mapped[str] = mapped_column(Text, default="")
    server_fingerprint: Mapped[str] = mapped_column(Text, default="")
    next_tracking_seq: Mapped[int] = mapped_column(Integer, default=1)
    last_device_seq: Mapped[int] = mapped_column(Integer, default=0)
    acked_high_water: Mapped[int] = mapped_column(Integer, default=0)
    sync_cursor: Mapped[int] = mapped_column(Integer, default=0)
    sync_status: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class CatalogRow(Base):
    __tablename__ = "catalogs"
    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    note: Mapped[str] = mapped_column(Text, default="")
    is_official: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CatalogItemRow(Base):
    __tablename__ = "catalog_items"
    version: Mapped[str] = mapped_column(ForeignKey("catalogs.version", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_zh: Mapped[str] = mapped_column(Text)
    name_bo: Mapped[str] = mapped_column(Text, default="")
    department_zh: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class ApplicantRow(Base):
    __tablename__ = "applicants"
    id_number: Mapped[str] = mapped_column(String(18), primary_key=True)
    legal_name: Mapped[str] = mapped_column(Text, index=True)
    name_bo: Mapped[str] = mapped_column(Text, default="", index=True)
    name_key: Mapped[str] = mapped_column(Text, default="", index=True)  # spelling-insensitive key
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)
    village_code: Mapped[str] = mapped_column(String(12), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class ApplicationRow(Base):
    __tablename__ = "applications"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    tracking_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    state: Mapped[str] = mapped_column(String(32), index=True)
    item_code: Mapped[str] = mapped_column(String(32))
    catalog_version: Mapped[str] = mapped_column(String(64))
    # No foreign key: an application pulled from the township may arrive before its applicant.
    applicant_id_number: Mapped[str] = mapped_column(String(18), index=True)
    village_code: Mapped[str] = mapped_column(String(12), default="")
    current_agent: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class AttachmentLinkRow(Base):
    """Which application material references which blob (for orphan sweeps and sync)."""

    __tablename__ = "attachment_links"
    application_uuid: Mapped[str] = mapped_column(
        ForeignKey("applications.uuid", ondelete="CASCADE"), primary_key=True
    )
    material_key: Mapped[str] = mapped_column(String(48), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class EventRow(Base):
    __tablename__ = "application_events"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)  # local arrival order
    application_uuid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class RecordRow(Base):
    """The other record types (consultations, appointments, home visits, complaints, ratings, hand-over
    lists, agents, calendar entries): few, small, looked up by type and village."""

    __tablename__ = "records"
    record_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), default="")
    sort_key: Mapped[str] = mapped_column(String(64), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_records_type_sort", "record_type", "sort_key"),)


class OutboxRow(Base):
    __tablename__ = "outbox"
    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    blobs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    acked: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    quarantine_code: Mapped[str | None] = mapped_column(String(64), default=None)
    quarantine_params: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)

    __table_args__ = (Index("ix_outbox_record", "record_type", "record_id"),)


class CalendarRow(Base):
    __tablename__ = "calendar_entries"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    source: Mapped[str] = mapped_column(String(16), primary_key=True)  # official | statutory | local
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(Text, default="")


class CalendarYearRow(Base):
    __tablename__ = "calendar_years"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    official: Mapped[bool] = mapped_column(Boolean, default=False)
