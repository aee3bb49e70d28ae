"""The sync protocol's messages, validated at the boundary on both sides (see docs/sync.md).

Every JSON reply is an :class:`Envelope`: ``proto`` names the protocol and ``nonce`` echoes the
request's ``X-VD-Nonce`` header. A captive portal or a misconfigured proxy answering 200 with its own
page cannot produce either, so the client never takes such a page for success.

Records travel as ``payload`` dicts made by ``villagedesk.core.codec.encode`` of the domain dataclass;
the protocol layer does not look inside them.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from villagedesk.protocol import PROTOCOL_NAME

NONCE_HEADER = "X-VD-Nonce"
PROTO_HEADER = "X-VD-Proto"
OFFSET_HEADER = "X-VD-Offset"  # blob upload: the byte the chunk starts at
SIZE_HEADER = "X-VD-Size"  # blob upload: the whole blob's size
CHUNK_SHA_HEADER = "X-VD-Chunk-Sha256"  # blob upload: hex SHA-256 of this chunk
BLOB_SHA_HEADER = "X-VD-Blob-Sha256"  # blob download: what the body must hash to
# Blob pack: "sha256:size,sha256:size,..." -- whole small files back to back in the body, in this order.
PACK_HEADER = "X-VD-Pack"
PACK_MAX_ENTRIES = 64  # keeps the header small; a pack is also bounded by Limits.max_request

Op = Literal["upsert", "append", "delete", "skip"]
PushStatus = Literal["applied", "duplicate", "rejected", "gap", "seq_reused", "missing_blobs"]

VILLAGE_RECORD_TYPES = frozenset(
    {
        "applicant",
        "application",
        "application_event",
        "consultation",
        "appointment",
        "home_visit",
        "complaint",
        "rating",
        "handover",
    }
)
"""Record types a village device may write."""

TOWNSHIP_RECORD_TYPES = frozenset({"agent", "catalog", "calendar_entry"})
"""Record types that only flow down."""

GLOBAL_RECORD_TYPES = frozenset({"catalog", "calendar_entry"})
"""Flow down to every village, not only one."""


def canonical_json(value: Any) -> bytes:
    """The one byte form used for hashes and signatures: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def entry_digest(record_type: str, record_id: str, op: str, payload: dict[str, Any]) -> str:
    """What makes two outbox entries "the same": both sides compute it, neither trusts the other's."""
    return hashlib.sha256(
        canonical_json({"record_type": record_type, "record_id": record_id, "op": op, "payload": payload})
    ).hexdigest()


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Envelope(_Model):
    proto: str = PROTOCOL_NAME
    nonce: str = ""


class ErrorBody(_Model):
    code: str
    message: str = ""
    params: dict[str, Any] = Field(default_factory=dict)


class ErrorResponse(Envelope):
    error: ErrorBody


# ---- enrollment ----


class EnrollRequest(_Model):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=200)


class EnrollResponse(Envelope):
    device_id: str
    village_code: str
    village_name: str
    ordinal: int
    credential: str  # bearer token; the server keeps only its SHA-256
    batch_key: str  # hex HMAC key for USB batches of this village
    server_id: str


# ---- session ----


class Limits(_Model):
    max_chunk: int
    max_attachment: int
    max_request: int
    max_entries: int
    max_batch: int


class HelloResponse(Envelope):
    server_id: str
    protocol_version: int
    device_id: str
    village_code: str
    high_water: int  # the last device_seq the server holds for this device
    change_seq: int  # the server's newest change (for progress only)
    limits: Limits
    # The highest tracking sequence the server holds for this device's (village, ordinal): a laptop
    # restored from an old backup must not hand out those numbers again.
    tracking_high: int = 0


# ---- push ----


class PushEntry(_Model):
    device_seq: int = Field(ge=1)
    record_type: str = Field(max_length=64)
    record_id: str = Field(max_length=200)
    op: Op
    payload: dict[str, Any]
    blobs: tuple[str, ...] = ()

    def digest(self) -> str:
        return entry_digest(self.record_type, self.record_id, self.op, self.payload)


class PushRequest(_Model):
    entries: tuple[PushEntry, ...]


class PushResult(_Model):
    device_seq: int
    status: PushStatus
    code: str = ""
    params: dict[str, Any] = Field(default_factory=dict)
    server_version: int = 0


class PushResponse(Envelope):
    high_water: int
    results: tuple[PushResult, ...]


# ---- blobs ----


class MissingBlobsRequest(_Model):
    sha256: tuple[str, ...]


class MissingBlobsResponse(Envelope):
    missing: tuple[str, ...]
    # Bytes already held for unfinished uploads among the missing: saves a round trip per file.
    offsets: dict[str, int] = Field(default_factory=dict)


class PackResponse(Envelope):
    """What became of each file of a pack. ``stored``: verified, durable and recorded for the village.
    ``refused``: sha256 -> error (e.g. blob.hash_mismatch, blob.incomplete); the client sends those again
    on the resumable path."""

    stored: tuple[str, ...]
    refused: dict[str, ErrorBody] = Field(default_factory=dict)


class UploadStatus(Envelope):
    sha256: str
    offset: int  # bytes the server holds; the next chunk starts here
    complete: bool


# ---- pull ----


class Change(_Model):
    change_seq: int
    record_type: str
    record_id: str
    op: Op
    payload: dict[str, Any]


class ChangesResponse(Envelope):
    changes: tuple[Change, ...]
    next_cursor: int
    has_more: bool
    high_water: int  # also here, so a lost push reply is learned from a pull


# ---- staff ----


class LoginRequest(_Model):
    username: str
    password: str


class LoginResponse(Envelope):
    token: str
    role: str
    township: str
    expires_at: str


class ApplicationSummary(_Model):
    uuid: str
    tracking_number: str
    village: str
    item_code: str
    applicant_id_number: str
    state: str
    version: int


class ApplicationList(Envelope):
    applications: tuple[ApplicationSummary, ...]


class ApplicationDetail(Envelope):
    payload: dict[str, Any]
    version: int


class StaffAction(_Model):
    """One township action on an application; ``base_version`` is the version the staff member saw."""

    action: Literal[
        "accept", "return", "not_accept", "route", "decide", "stop", "resume", "extend", "result_ready"
    ]
    base_version: int
    params: dict[str, Any] = Field(default_factory=dict)


class Ok(Envelope):
    ok: bool = True
