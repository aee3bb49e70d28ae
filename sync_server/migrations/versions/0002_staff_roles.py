"""staff roles clerk / dept_reviewer / director / admin, a reviewer's department, devices' last sync

Revision ID: 0002_staff_roles
Revises: township_0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_staff_roles"
down_revision = "township_0001"
branch_labels = None
depends_on = None

# Old role -> new role. A reviewer worked the window; a viewer only read, as the director does.
_UP = (("reviewer", "clerk"), ("viewer", "director"))
_DOWN = (("clerk", "reviewer"), ("dept_reviewer", "reviewer"), ("director", "viewer"))


def _rename(pairs: tuple[tuple[str, str], ...]) -> None:
    staff = sa.table("staff", sa.column("role", sa.String))
    for old, new in pairs:
        op.execute(staff.update().where(staff.c.role == old).values(role=new))


def upgrade() -> None:
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("department", sa.String(200), nullable=True))
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("last_seen_at", sa.String(40), nullable=True))
    _rename(_UP)
    # The projection counted a re-sent application as received twice; it is rebuilt from the changes
    # feed with the fixed counting on the next township request (the audit tables are not a projection).
    for table in ("tw_facts", "tw_events", "tw_apps", "tw_cursor"):
        op.execute(sa.table(table).delete())


def downgrade() -> None:
    _rename(_DOWN)
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("last_seen_at")
    with op.batch_alter_table("staff") as batch:
        batch.drop_column("department")
