"""township center: projection, facts and audit chain tables

Revision ID: township_0001
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "township_0001"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tw_cursor",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_tw_cursor")),
    )
    op.create_table(
        "tw_apps",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("tracking_number", sa.String(40), nullable=False, server_default=""),
        sa.Column("village_code", sa.String(12), nullable=False),
        sa.Column("item_code", sa.String(64), nullable=False),
        sa.Column("department", sa.String(200), nullable=False, server_default=""),
        sa.Column("agent", sa.String(100), nullable=False, server_default=""),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("paused", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("provisional", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("clock", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("free_proxy", sa.Boolean(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_tw_apps")),
    )
    op.create_index("ix_tw_apps_state_village", "tw_apps", ["state", "village_code"])
    op.create_index("ix_tw_apps_state_due", "tw_apps", ["state", "due_on"])
    op.create_table(
        "tw_facts",
        sa.Column("fact_id", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("village_code", sa.String(12), nullable=False, server_default=""),
        sa.Column("agent", sa.String(100), nullable=False, server_default=""),
        sa.Column("item_code", sa.String(64), nullable=False, server_default=""),
        sa.Column("department", sa.String(200), nullable=False, server_default=""),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("application_uuid", sa.String(36), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("fact_id", name=op.f("pk_tw_facts")),
    )
    op.create_index("ix_tw_facts_month_kind", "tw_facts", ["month", "kind"])
    op.create_table(
        "tw_events",
        sa.Column("event_id", sa.String(200), nullable=False),
        sa.Column("application_uuid", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_tw_events")),
    )
    op.create_index("ix_tw_events_application_uuid", "tw_events", ["application_uuid"])
    op.create_table(
        "tw_audit",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.String(200), nullable=False, server_default=""),
        sa.Column("params", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_tw_audit")),
    )
    op.create_table(
        "tw_audit_heads",
        sa.Column("head_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("published_at", sa.String(40), nullable=False),
        sa.Column("where", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("head_id", name=op.f("pk_tw_audit_heads")),
    )


def downgrade() -> None:
    op.drop_table("tw_audit_heads")
    op.drop_table("tw_audit")
    op.drop_index("ix_tw_events_application_uuid", table_name="tw_events")
    op.drop_table("tw_events")
    op.drop_index("ix_tw_facts_month_kind", table_name="tw_facts")
    op.drop_table("tw_facts")
    op.drop_index("ix_tw_apps_state_due", table_name="tw_apps")
    op.drop_index("ix_tw_apps_state_village", table_name="tw_apps")
    op.drop_table("tw_apps")
    op.drop_table("tw_cursor")
