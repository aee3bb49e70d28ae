"""USB batches on the village side: the outbox goes out on a stick, the township's changes come back.

Both directions use :mod:`villagedesk.protocol.batchformat`, signed with the village's batch key from
enrollment. A down batch also carries the server's stored result for each of this laptop's entries, so
the outbox is acknowledged exactly as a network push would be: an entry is through only if the server
holds the same content under the same number.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from villagedesk.core.errors import IntegrityError, ValidationError, VillageDeskError
from villagedesk.protocol import errors as E
from villagedesk.protocol.batchformat import BatchError, Manifest, open_batch, write_batch
from villagedesk.protocol.messages import entry_digest
from villagedesk.sync.engine import parse_credential
from villagedesk.sync.errors import AuthError
from villagedesk.sync.storeapi import RemoteChange, SyncStore

MAX_BATCH = 4 * 1024 * 1024 * 1024


def _credential(store: SyncStore) -> tuple[Any, dict[str, str]]:
    dev = store.device()
    if dev is None:
        raise AuthError("this laptop is not enrolled yet", code="sync.not_enrolled")
    cred = parse_credential(dev.credential)
    if "batch_key" not in cred:
        raise AuthError("this enrollment has no batch key; enroll again", code="sync.no_batch_key")
    return dev, cred


def _refuse(exc: BatchError) -> VillageDeskError:
    return VillageDeskError(str(exc), code=exc.code, **exc.params)


def _all_pending(store: SyncStore) -> list[Any]:
    out: list[Any] = []
    after = 0
    while True:
        page = list(store.pending_outbox(after_seq=after, limit=1000))
        if not page:
            return out
        out.extend(page)
        after = page[-1].device_seq


def write_up_batch(store: SyncStore, out: Path) -> int:
    dev, cred = _credential(store)
    entries: list[dict[str, Any]] = []
    blobs: dict[str, Path] = {}
    for e in _all_pending(store):
        bad = []
        for sha in e.blobs:
            try:
                store.blobs.verify(sha)
                blobs[sha] = Path(store.blobs.path(sha))
            except (IntegrityError, ValidationError, OSError):
                bad.append(sha)
        if bad:
            store.quarantine(e.device_seq, "blob.missing_local", {"sha256": bad})
            entries.append(
                {
                    "device_seq": e.device_seq,
                    "record_type": "",
                    "record_id": "",
                    "op": "skip",
                    "payload": {"code": "blob.missing_local"},
                    "blobs": [],
                }
            )
            continue
        entries.append(
            {
                "device_seq": e.device_seq,
                "record_type": e.record_type,
                "record_id": e.record_id,
                "op": e.op,
                "payload": e.payload,
                "blobs": list(e.blobs),
            }
        )
    header = {
        "direction": "up",
        "village_code": dev.village_code,
        "device_id": dev.device_id,
        "server_id": cred.get("server_id", ""),
        "cursor": store.sync_cursor(),
        "from_seq": entries[0]["device_seq"] if entries else 0,
        "to_seq": entries[-1]["device_seq"] if entries else 0,
    }
    try:
        write_batch(
            out,
            header=header,
            entries=entries,
            blobs=sorted(blobs.items()),
            key=bytes.fromhex(cred["batch_key"]),
        )
    except BatchError as exc:
        raise _refuse(exc) from None
    return len(entries)


def read_down_batch(store: SyncStore, path: Path) -> dict[str, Any]:
    dev, cred = _credential(store)

    def key_for(m: Manifest) -> bytes:
        if m.direction != "down":
            raise BatchError("this batch goes to the township, not to a village", E.BATCH_FOREIGN)
        if m.village_code != dev.village_code:
            raise BatchError("this batch is for another village", E.BATCH_FOREIGN, village=m.village_code)
        if cred.get("server_id") and m.data.get("server_id") != cred["server_id"]:
            raise BatchError("this batch is from another server", E.BATCH_FOREIGN)
        return bytes.fromhex(cred["batch_key"])

    cursor = store.sync_cursor()
    summary: dict[str, Any] = {"applied": 0, "files": 0, "acked_to": store.outbox_high_water()}
    try:
        with open_batch(path, key_for, max_total=MAX_BATCH) as batch:
            m = batch.manifest
            if int(m.data.get("from_seq", 0)) > cursor:
                raise BatchError(
                    "an earlier batch from the township is missing; import that one first",
                    E.BATCH_GAP,
                    cursor=cursor,
                    from_seq=int(m.data["from_seq"]),
                )
            for b in m.blobs:
                sha = str(b["sha256"])
                if not store.blobs.has(sha):
                    with batch.open_blob(sha) as f:
                        store.blobs.put_stream(f)
                    summary["files"] += 1
            changes = [
                RemoteChange(
                    int(c["change_seq"]),
                    str(c["record_type"]),
                    str(c["record_id"]),
                    str(c["op"]),
                    dict(c["payload"]),
                )
                for c in batch.entries()
                if int(c["change_seq"]) > cursor
            ]
            to_seq = max(cursor, int(m.data.get("to_seq", 0)))
            devices = m.data.get("devices", {})
            head = m.audit_head  # signed with the rest of the manifest: verified above
    except BatchError as exc:
        raise _refuse(exc) from None
    # Acknowledge first: the store keeps its local copy of a record while an entry for it is unsent.
    mine = devices.get(dev.device_id) if isinstance(devices, dict) else None
    if mine:
        _acknowledge(store, int(mine["high_water"]), mine["results"], summary)
    _apply(store, changes, to_seq, summary)
    summary["cursor"] = store.sync_cursor()
    if head is not None:
        summary["audit_seq"], summary["audit_head"] = head
        _remember_audit_head(store, head, str(m.data.get("batch_id", "")))
    return summary


def _remember_audit_head(store: SyncStore, head: tuple[int, str], batch_id: str) -> None:
    """Keep the township's audit head from the newest batch (by its seq), in the sync status: the
    agent can read it out when the township checks its chain, and an older batch never replaces it."""
    previous = store.sync_status().get("audit_seq")
    if isinstance(previous, int) and previous > head[0]:
        return
    store.set_sync_status(audit_seq=head[0], audit_head=head[1], audit_batch_id=batch_id)


def _apply(store: SyncStore, changes: list[RemoteChange], to_seq: int, summary: dict[str, Any]) -> None:
    try:
        store.apply_remote(changes, to_seq)
        summary["applied"] = len(changes)
        return
    except VillageDeskError:
        pass
    errors = []
    for ch in changes:  # one bad change does not block the others
        try:
            store.apply_remote([ch], ch.change_seq)
            summary["applied"] += 1
        except VillageDeskError as exc:
            errors.append({"change_seq": ch.change_seq, "code": exc.code})
            store.apply_remote([], ch.change_seq)
    store.apply_remote([], to_seq)
    summary["errors"] = errors


def _acknowledge(store: SyncStore, hw: int, results: list[list[Any]], summary: dict[str, Any]) -> None:
    by_seq = {int(r[0]): r for r in results}
    ack_to = store.outbox_high_water()
    clash = False
    for e in _all_pending(store):
        if e.device_seq > hw:
            break
        r = by_seq.get(e.device_seq)
        if r is None:
            break  # older than what the batch lists: leave it to the next sync to confirm
        if r[1] != entry_digest(e.record_type, e.record_id, e.op, e.payload):
            clash = True  # restored from an old backup: this number holds other content on the server
            break
        if r[2] == "rejected" and r[3] != E.CLIENT_SKIPPED:
            store.quarantine(e.device_seq, str(r[3]), dict(r[4]))
        ack_to = e.device_seq
    store.ack_outbox(ack_to)
    if clash or hw > store.last_device_seq():
        store.bump_device_seq(hw)
    summary["acked_to"] = store.outbox_high_water()
