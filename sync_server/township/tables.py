"""The township center's own tables (created by the township_* alembic revision).

``tw_apps`` and ``tw_facts`` are a projection of the sync server's records, rebuilt incrementally from the
``changes`` feed; they can always be dropped and rebuilt. ``tw_audit`` and ``tw_audit_heads`` are not a
projection: they are the audit trail itself.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, Date, Index, Integer, String, Table, Text

from sync_server.tables import metadata

# Where the projection has read the changes feed up to.
tw_cursor = Table(
    "tw_cursor",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# One row per application: its current state and the dates the deadlines board needs.
tw_apps = Table(
    "tw_apps",
    metadata,
    Column("uuid", String(36), primary_key=True),
    Column("tracking_number", String(40), nullable=False, server_default=""),
    Column("village_code", String(12), nullable=False),
    Column("item_code", String(64), nullable=False),
    Column("department", String(200), nullable=False, server_default=""),
    Column("agent", String(100), nullable=False, server_default=""),
    Column("state", String(32), nullable=False),
    Column("version", Integer, nullable=False),
    Column("received_on", Date, nullable=True),
    Column("started_on", Date, nullable=True),
    # The deadline as the first working day on or after the due date (§203), so that "overdue" and
    # "due within N working days" are plain date comparisons in SQL.
    Column("due_on", Date, nullable=True),
    Column("paused", Boolean, nullable=False, server_default="0"),
    Column("provisional", Boolean, nullable=False, server_default="0"),
    Column("clock", Text, nullable=False, server_default="{}"),
    Column("free_proxy", Boolean, nullable=False, server_default="0"),
    Index("ix_tw_apps_state_village", "state", "village_code"),
    Index("ix_tw_apps_state_due", "state", "due_on"),
)

# One row per countable event, with its dimensions fixed at the time it happened: every report is one
# GROUP BY over this table. ``value`` carries the working days taken for a completion.
tw_facts = Table(
    "tw_facts",
    metadata,
    Column("fact_id", String(200), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("day", Date, nullable=False),
    Column("month", String(7), nullable=False),
    Column("village_code", String(12), nullable=False, server_default=""),
    Column("agent", String(100), nullable=False, server_default=""),
    Column("item_code", String(64), nullable=False, server_default=""),
    Column("department", String(200), nullable=False, server_default=""),
    Column("value", Integer, nullable=True),
    Column("application_uuid", String(36), nullable=False, server_default=""),
    Index("ix_tw_facts_month_kind", "month", "kind"),
)

# Which events belong to which application (the sync server's records are keyed by event id only).
tw_events = Table(
    "tw_events",
    metadata,
    Column("event_id", String(200), primary_key=True),
    Column("application_uuid", String(36), nullable=False, index=True),
)

tw_audit = Table(
    "tw_audit",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", String(200), nullable=False, server_default=""),
    Column("params", Text, nullable=False, server_default="{}"),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# Heads published outside the database (printed on a monthly report, carried in a batch). Rewriting the
# chain after an edit changes every later hash, so it no longer meets the head that was published.
tw_audit_heads = Table(
    "tw_audit_heads",
    metadata,
    Column("head_id", Integer, primary_key=True, autoincrement=True),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("published_at", String(40), nullable=False),
    Column("where", String(200), nullable=False),
)
