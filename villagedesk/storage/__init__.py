"""The local store: SQLite through SQLAlchemy 2.0, alembic migrations, a content-addressed blob store.

Everything above this package talks to :class:`villagedesk.storage.store.Store` only, so that encrypting
the store at rest later (SQLCipher, encrypted blobs) is a change inside this package.
"""
