"""files received in packs are stored in the pack they arrived in: blobs.pack and blobs.pack_offset

Revision ID: 0003_blob_packs
Revises: 0002_staff_roles
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_blob_packs"
down_revision = "0002_staff_roles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL: a file of its own under blobs/ (everything stored before this revision).
    with op.batch_alter_table("blobs") as batch:
        batch.add_column(sa.Column("pack", sa.String(64), nullable=True))
        batch.add_column(sa.Column("pack_offset", sa.BigInteger, nullable=True))
    op.create_index("ix_blobs_pack", "blobs", ["pack"])


def downgrade() -> None:
    # Files kept in packs would be lost to a server of the previous revision: refuse instead.
    blobs = sa.table("blobs", sa.column("pack", sa.String))
    held = op.get_bind().execute(
        sa.select(sa.func.count()).select_from(blobs).where(blobs.c.pack.isnot(None))
    )
    if held.scalar_one():
        raise RuntimeError("files are stored in packs; unpack them before downgrading")
    op.drop_index("ix_blobs_pack", table_name="blobs")
    with op.batch_alter_table("blobs") as batch:
        batch.drop_column("pack_offset")
        batch.drop_column("pack")
