"""Alembic environment for the village store. Always run through villagedesk.storage.migrate."""

from __future__ import annotations

from alembic import context

from villagedesk.storage.tables import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
