"""Alembic environment for the sync server's own schema (run through sync_server.db.upgrade)."""

from __future__ import annotations

from alembic import context

import sync_server.township.tables  # noqa: F401  (registers the township tables on the same metadata)
from sync_server.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through sync_server.db.upgrade
    raise RuntimeError("run migrations through sync_server.db.upgrade")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: batch mode copies the table, which is how every later
    # migration must change a column.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
