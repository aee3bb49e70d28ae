"""Error codes that cross the wire, and the HTTP status each one travels with.

A reply that is an error has the body ``{"proto", "nonce", "error": {"code", "message", "params"}}``:
``code`` is stable and dotted, ``params`` are the values a translated message needs, ``message`` is
an English fallback. Clients decide what to do from the code's family, never from the message:

- ``auth.*``: re-enroll or log in again; retrying does not help.
- ``limit.*``: the request is too big; split it or tell the operator.
- ``conflict.*``: someone else acted first; reload and decide again.
- ``server.busy`` / ``server.unavailable``: retry later (``Retry-After`` honoured).
- anything else in a push result: the entry is rejected for good and quarantined client-side.
"""

from __future__ import annotations

from typing import Final

# authentication / authorisation
AUTH_MISSING: Final = "auth.missing"
AUTH_INVALID: Final = "auth.invalid"  # unknown or forged credential
AUTH_REVOKED: Final = "auth.revoked"
AUTH_EXPIRED: Final = "auth.expired"
AUTH_FORBIDDEN: Final = "auth.forbidden"  # valid credential, outside its scope (another village)
AUTH_BAD_PASSWORD: Final = "auth.bad_password"
ENROLL_INVALID_CODE: Final = "enroll.invalid_code"
ENROLL_CODE_USED: Final = "enroll.code_used"
ENROLL_CODE_EXPIRED: Final = "enroll.code_expired"

# protocol
PROTO_BAD_REQUEST: Final = "proto.bad_request"
PROTO_VERSION: Final = "proto.version"
PROTO_NOT_FOUND: Final = "proto.not_found"

# limits
LIMIT_REQUEST: Final = "limit.request_too_large"
LIMIT_ATTACHMENT: Final = "limit.attachment_too_large"
LIMIT_BATCH: Final = "limit.batch_too_large"
LIMIT_ENTRIES: Final = "limit.too_many_entries"

# push results (business rejections are final: the entry is quarantined)
PUSH_GAP: Final = "push.gap"  # a device_seq was skipped: send from `expected`
PUSH_SEQ_REUSED: Final = "push.seq_reused"  # the seq is known with other content: renumber
PUSH_MISSING_BLOBS: Final = "push.missing_blobs"
RECORD_UNKNOWN_TYPE: Final = "record.unknown_type"
RECORD_READ_ONLY: Final = "record.read_only"  # township-owned type sent by a village
RECORD_BAD_OP: Final = "record.bad_op"
RECORD_ID_MISMATCH: Final = "record.id_mismatch"
RECORD_OTHER_VILLAGE: Final = "record.other_village"
APPLICATION_TOWNSHIP_OWNED: Final = "application.township_owned"
APPLICATION_TRACKING_TAKEN: Final = "application.tracking_taken"
EVENT_UNKNOWN_APPLICATION: Final = "event.unknown_application"
CLIENT_SKIPPED: Final = "client.skipped"  # the device gave up on an entry it cannot send

# blobs
BLOB_BAD_SHA: Final = "blob.bad_sha256"
BLOB_OFFSET_MISMATCH: Final = "blob.offset_mismatch"
BLOB_CHUNK_CHECKSUM: Final = "blob.chunk_checksum"
BLOB_HASH_MISMATCH: Final = "blob.hash_mismatch"
BLOB_SIZE_MISMATCH: Final = "blob.size_mismatch"
BLOB_NOT_FOUND: Final = "blob.not_found"
RECORD_STALE_COPY: Final = "record.stale_copy"  # an old copy (a restored laptop): nothing written
BLOB_INCOMPLETE: Final = "blob.incomplete"  # a pack entry cut short; send it again

# staff actions
CONFLICT_STALE: Final = "conflict.stale_version"
APPLICATION_NOT_FOUND: Final = "application.not_found"
ACTION_UNKNOWN: Final = "action.unknown"

# batches
BATCH_CORRUPT: Final = "batch.corrupt"  # not a readable archive, or truncated
BATCH_BAD_SIGNATURE: Final = "batch.bad_signature"
BATCH_HASH_MISMATCH: Final = "batch.hash_mismatch"
BATCH_FOREIGN: Final = "batch.foreign"  # another village or server, or the wrong direction
BATCH_UNSAFE_MEMBER: Final = "batch.unsafe_member"
BATCH_GAP: Final = "batch.gap"  # a down batch starting after this device's cursor

SERVER_BUSY: Final = "server.busy"
SERVER_INTERNAL: Final = "server.internal"

HTTP_STATUS: Final[dict[str, int]] = {
    AUTH_MISSING: 401,
    AUTH_INVALID: 401,
    AUTH_REVOKED: 401,
    AUTH_EXPIRED: 401,
    AUTH_BAD_PASSWORD: 401,
    AUTH_FORBIDDEN: 403,
    ENROLL_INVALID_CODE: 401,
    ENROLL_CODE_USED: 401,
    ENROLL_CODE_EXPIRED: 401,
    PROTO_BAD_REQUEST: 400,
    PROTO_VERSION: 400,
    PROTO_NOT_FOUND: 404,
    LIMIT_REQUEST: 413,
    LIMIT_ATTACHMENT: 413,
    LIMIT_BATCH: 413,
    LIMIT_ENTRIES: 413,
    BLOB_BAD_SHA: 400,
    BLOB_OFFSET_MISMATCH: 409,
    BLOB_CHUNK_CHECKSUM: 460,  # as tus: the chunk is discarded, the offset stays
    BLOB_HASH_MISMATCH: 422,
    BLOB_SIZE_MISMATCH: 409,
    BLOB_NOT_FOUND: 404,
    BLOB_INCOMPLETE: 409,
    CONFLICT_STALE: 409,
    APPLICATION_NOT_FOUND: 404,
    ACTION_UNKNOWN: 400,
    SERVER_BUSY: 503,
    SERVER_INTERNAL: 500,
}


def http_status(code: str) -> int:
    """The HTTP status an error code travels with; unknown codes are a plain 400 (the request's fault)."""
    if code in HTTP_STATUS:
        return HTTP_STATUS[code]
    family = code.split(".", 1)[0]
    return {"auth": 401, "limit": 413, "conflict": 409, "lifecycle": 409, "clock": 409}.get(family, 400)
