"""The server's tables (private to the server: the wire models live in villagedesk.protocol)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# One row per sequence. Taking the next number is an UPDATE on this row, which holds the row lock until
# commit: with concurrent PostgreSQL writers, commit order then equals change_seq order, so a pull never
# skips a change that commits late.
counters = Table(
    "counters",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

townships = Table(
    "townships",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("county", String(100), nullable=False, server_default=""),
)

villages = Table(
    "villages",
    metadata,
    Column("code", String(12), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("township", String(100), nullable=False, index=True),
    Column("batch_key", String(64), nullable=False),  # hex HMAC key shared with the village's devices
    Column("next_ordinal", Integer, nullable=False, server_default="1"),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("village_code", String(12), nullable=False, index=True),
    Column("ordinal", Integer, nullable=False),
    Column("name", String(200), nullable=False, server_default=""),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),
    Column("expires_at", String(40), nullable=True),
    Column("revoked", Boolean, nullable=False, server_default="0"),
    Column("high_water", BigInteger, nullable=False, server_default="0"),
    # Set by hello, the first request of every sync pass (not on every request: pushes stay fast).
    Column("last_seen_at", String(40), nullable=True),
)

enroll_codes = Table(
    "enroll_codes",
    metadata,
    Column("code_sha256", String(64), primary_key=True),
    Column("village_code", String(12), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("used", Boolean, nullable=False, server_default="0"),
)

staff = Table(
    "staff",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("password_hash", String(200), nullable=False),  # argon2id
    Column("role", String(32), nullable=False),  # clerk | dept_reviewer | director | admin (roles.py)
    Column("township", String(100), nullable=False),  # "*" = the whole county
    Column("department", String(200), nullable=True),  # a dept_reviewer's department (a routing body)
    Column("active", Boolean, nullable=False, server_default="1"),
)

staff_tokens = Table(
    "staff_tokens",
    metadata,
    Column("token_sha256", String(64), primary_key=True),
    Column("username", String(64), nullable=False, index=True),
    Column("expires_at", String(40), nullable=False),
    Column("revoked", Boolean, nullable=False, server_default="0"),
)

# The stored answer for every (device, seq) ever applied: a replay gets the same answer back.
push_results = Table(
    "push_results",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("device_seq", BigInteger, primary_key=True),
    Column("digest", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("code", String(100), nullable=False, server_default=""),
    Column("params", Text, nullable=False, server_default="{}"),
    Column("server_version", Integer, nullable=False, server_default="0"),
)

records = Table(
    "records",
    metadata,
    Column("record_type", String(32), primary_key=True),
    Column("record_id", String(200), primary_key=True),
    Column("village_code", String(12), nullable=True),  # NULL: flows to every village
    Column("payload", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("change_seq", BigInteger, nullable=False),
    Column("village_digest", String(64), nullable=False, server_default=""),  # last village snapshot
    Column("state", String(32), nullable=True),  # applications only: for listing
    Column("tracking_number", String(40), nullable=True, unique=True),
    Index("ix_records_village_type_state", "village_code", "record_type", "state"),
)

changes = Table(
    "changes",
    metadata,
    Column("change_seq", BigInteger, primary_key=True, autoincrement=False),
    Column("record_type", String(32), nullable=False),
    Column("record_id", String(200), nullable=False),
    Column("village_code", String(12), nullable=True),
    Column("op", String(16), nullable=False),
    Column("payload", Text, nullable=False),
    Index("ix_changes_village_seq", "village_code", "change_seq"),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    # A file received in a pack stays in that pack (packs/<pack>.pack, from pack_offset, size bytes);
    # NULL: a file of its own, blobs/<ab>/<sha256>.
    Column("pack", String(64), nullable=True, index=True),
    Column("pack_offset", BigInteger, nullable=True),
)

# Which villages may read a blob: the ones that uploaded it or reference it. A device learns nothing
# about another village's files, not even whether the server holds them.
blob_villages = Table(
    "blob_villages",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("village_code", String(12), primary_key=True),
)

imported_batches = Table(
    "imported_batches",
    metadata,
    Column("batch_id", String(36), primary_key=True),
    Column("imported_at", String(40), nullable=False),
    Column("digest", LargeBinary, nullable=True),
)
