"""An audit log chained by hash.

Each entry's hash is ``sha256(prev_hash + canonical JSON of the entry)``, so editing an entry breaks the
link after it. Someone with write access could edit an entry and recompute every later hash; that is why
the head (the last seq and hash) is also *published* outside the table, on the monthly report and with each
exported batch, and recorded in ``tw_audit_heads``: a recomputed chain no longer meets a published head.
A head printed on paper catches even an attacker who also rewrites ``tw_audit_heads``: compare it with
:func:`verify_chain`'s answer for that seq.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from sync_server.township.tables import tw_audit, tw_audit_heads, tw_cursor
from villagedesk.protocol.messages import canonical_json

GENESIS = "0" * 64
_COUNTER = "audit_seq"


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode() + canonical_json(entry)).hexdigest()


def _entry(seq: int, at: str, actor: str, action: str, target: str, params: dict[str, Any]) -> dict[str, Any]:
    return {"seq": seq, "at": at, "actor": actor, "action": action, "target": target, "params": params}


def _next_seq(conn: Connection) -> int:
    # An UPDATE on one counter row: concurrent writers on PostgreSQL queue on its row lock, so two
    # actions never take the same seq or the same prev_hash.
    row = conn.execute(
        update(tw_cursor)
        .where(tw_cursor.c.name == _COUNTER)
        .values(value=tw_cursor.c.value + 1)
        .returning(tw_cursor.c.value)
    ).first()
    if row is None:
        conn.execute(insert(tw_cursor).values(name=_COUNTER, value=1))
        return 1
    return int(row[0])


def record(
    conn: Connection,
    actor: str,
    action: str,
    target: str = "",
    params: dict[str, Any] | None = None,
    *,
    now: dt.datetime | None = None,
) -> tuple[int, str]:
    """Append one entry in the caller's transaction; returns (seq, hash)."""
    clean: dict[str, Any] = json.loads(json.dumps(params or {}, default=str, ensure_ascii=False))
    seq = _next_seq(conn)
    prev = GENESIS
    if seq > 1:
        prev_row = conn.execute(select(tw_audit.c.hash).where(tw_audit.c.seq == seq - 1)).first()
        prev = str(prev_row[0]) if prev_row is not None else GENESIS
    at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat()
    h = entry_hash(prev, _entry(seq, at, actor, action, target, clean))
    conn.execute(
        insert(tw_audit).values(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            target=target,
            params=json.dumps(clean, ensure_ascii=False, sort_keys=True),
            prev_hash=prev,
            hash=h,
        )
    )
    return seq, h


def head(conn: Connection) -> tuple[int, str]:
    row = conn.execute(
        select(tw_audit.c.seq, tw_audit.c.hash).order_by(tw_audit.c.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def publish_head(conn: Connection, where: str) -> tuple[int, str]:
    """Record that the current head left the database (printed, or written into a batch)."""
    seq, h = head(conn)
    conn.execute(
        insert(tw_audit_heads).values(
            seq=seq, hash=h, published_at=dt.datetime.now(dt.UTC).isoformat(), where=where[:200]
        )
    )
    return seq, h


@dataclass(frozen=True)
class ChainCheck:
    intact: bool
    length: int
    head_seq: int
    head_hash: str
    first_broken_seq: int | None = None
    reason: str = ""  # "hash" | "link" | "gap" | "published_head"
    heads_checked: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "intact": self.intact,
            "length": self.length,
            "head_seq": self.head_seq,
            "head_hash": self.head_hash,
            "first_broken_seq": self.first_broken_seq,
            "reason": self.reason,
            "heads_checked": self.heads_checked,
        }


def verify_chain(conn: Connection, extra_heads: list[tuple[int, str]] | None = None) -> ChainCheck:
    """Walk the chain from the start; the first broken link, or a published head it no longer meets.

    ``extra_heads`` are heads read from outside the database (a printed report): the strongest check.
    """
    prev = GENESIS
    expected_seq = 1
    hashes: dict[int, str] = {}
    broken: tuple[int, str] | None = None
    rows = conn.execute(select(tw_audit).order_by(tw_audit.c.seq)).all()
    for r in rows:
        seq = int(r.seq)
        if broken is None:
            if seq != expected_seq:
                broken = (expected_seq, "gap")
            elif r.prev_hash != prev:
                broken = (seq, "link")
            elif (
                entry_hash(prev, _entry(seq, r.at, r.actor, r.action, r.target, json.loads(r.params)))
                != r.hash
            ):
                broken = (seq, "hash")
        hashes[seq] = str(r.hash)
        prev = str(r.hash)
        expected_seq = seq + 1
    published = [(int(h.seq), str(h.hash)) for h in conn.execute(select(tw_audit_heads)).all()]
    published += extra_heads or []
    if broken is None:
        for seq, h in sorted(published):
            if seq == 0:
                continue
            if hashes.get(seq) != h:
                broken = (seq, "published_head")
                break
    last_seq = int(rows[-1].seq) if rows else 0
    last_hash = str(rows[-1].hash) if rows else GENESIS
    return ChainCheck(
        intact=broken is None,
        length=len(rows),
        head_seq=last_seq,
        head_hash=last_hash,
        first_broken_seq=None if broken is None else broken[0],
        reason="" if broken is None else broken[1],
        heads_checked=len(published),
    )
