"""USB batches on the township side: the same entries and blobs as the network, through the same push."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from sync_server import tables as t
from sync_server.service import Server, referenced_blobs
from sync_server.township import audit
from villagedesk.core.errors import VillageDeskError
from villagedesk.protocol import errors as E
from villagedesk.protocol.batchformat import AUDIT, BatchError, Manifest, open_batch, write_batch
from villagedesk.protocol.messages import PushEntry

RESULTS_PER_DEVICE = 5000


def _refuse(exc: BatchError) -> VillageDeskError:
    return VillageDeskError(str(exc), code=exc.code, **exc.params)


def export_batch(
    server: Server,
    village: str,
    out: Path,
    *,
    since: int = 0,
    with_attachments: bool = True,
    actor: str = "villagedesk-server",
) -> int:
    """Everything the village's laptops would pull after ``since``, plus each device's push results."""
    return int(
        export_batch_manifest(
            server, village, out, since=since, with_attachments=with_attachments, actor=actor
        )["entries"]["count"]
    )


def export_batch_manifest(
    server: Server,
    village: str,
    out: Path,
    *,
    since: int = 0,
    with_attachments: bool = True,
    actor: str = "villagedesk-server",
) -> dict[str, Any]:
    """As :func:`export_batch`; returns the signed manifest, whose ``audit`` is the audit-chain head.

    The export is itself an audited action, recorded first, so the head the batch carries is the chain's
    head right after it, covering the export. The head is published (``tw_audit_heads``) in the same
    transaction: if writing the file then fails, the log says an export was tried, which is true."""
    key = server.batch_key(village)
    with server.engine.connect() as conn:
        rows = conn.execute(
            select(t.changes)
            .where(
                t.changes.c.change_seq > since,
                or_(t.changes.c.village_code == village, t.changes.c.village_code.is_(None)),
            )
            .order_by(t.changes.c.change_seq)
        ).all()
        devices = conn.execute(
            select(t.devices.c.device_id, t.devices.c.high_water).where(t.devices.c.village_code == village)
        ).all()
        results: dict[str, Any] = {}
        for d in devices:
            res = conn.execute(
                select(t.push_results)
                .where(t.push_results.c.device_id == d.device_id)
                .order_by(t.push_results.c.device_seq.desc())
                .limit(RESULTS_PER_DEVICE)
            ).all()
            results[d.device_id] = {
                "high_water": int(d.high_water),
                "results": [
                    [int(r.device_seq), r.digest, r.status, r.code, json.loads(r.params)] for r in res
                ],
            }
        to_seq = int(
            conn.execute(select(t.counters.c.value).where(t.counters.c.name == "change_seq")).scalar_one()
        )
    entries = []
    shas: set[str] = set()
    for r in rows:
        payload = json.loads(r.payload)
        entries.append(
            {
                "change_seq": int(r.change_seq),
                "record_type": r.record_type,
                "record_id": r.record_id,
                "op": r.op,
                "payload": payload,
            }
        )
        wanted = referenced_blobs(payload) if with_attachments else _documents(payload)
        shas.update(sha for sha in wanted if server.blobs.has(sha) and server.owns_blob(village, sha))
    with server.tx() as conn:
        audit.record(
            conn, actor, "export_batch", village, {"since": since, "to_seq": to_seq, "entries": len(entries)}
        )
        seq, head = audit.publish_head(conn, f"batch:{village}")
    header = {
        "direction": "down",
        "village_code": village,
        "server_id": server.server_id,
        "from_seq": since,
        "to_seq": to_seq,
        "devices": results,
        AUDIT: {"seq": seq, "head": head},
    }
    try:
        with server.blobs.as_files(sorted(shas)) as paths:  # packed files are copied out meanwhile
            return write_batch(out, header=header, entries=entries, blobs=sorted(paths.items()), key=key)
    except BatchError as exc:
        raise _refuse(exc) from None


def _documents(payload: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(payload, dict):
        for k, v in payload.items():
            if k == "document_sha256" and isinstance(v, str) and v:
                found.add(v)
            else:
                found |= _documents(v)
    elif isinstance(payload, list):
        for v in payload:
            found |= _documents(v)
    return found


def import_batch(server: Server, path: Path) -> dict[str, Any]:
    """Verify a village's batch whole, then store its files and push its entries (idempotent)."""

    def key_for(m: Manifest) -> bytes:
        if m.direction != "up":
            raise BatchError("this batch goes to a village, not to the township", E.BATCH_FOREIGN)
        try:
            return server.batch_key(m.village_code)
        except VillageDeskError:
            raise BatchError("a batch from a village this server does not serve", E.BATCH_FOREIGN) from None

    try:
        with open_batch(path, key_for, max_total=server.limits.max_batch) as batch:
            m = batch.manifest
            device = server.device(m.device_id)
            if device.village_code != m.village_code:
                raise BatchError("the device is not of the batch's village", E.BATCH_FOREIGN)
            for b in m.blobs:
                sha = str(b["sha256"])
                server.blobs.check_size(int(b["size"]))
                if not (server.blobs.has(sha) and server.owns_blob(device.village_code, sha)):
                    tmp = server.blobs.partial_dir / f"{sha}.batch.tmp"
                    try:
                        with tmp.open("wb") as f:
                            batch.copy_blob(sha, f)
                        server.blobs.put_file(tmp, sha)
                    finally:
                        tmp.unlink(missing_ok=True)
                    server.register_blob(sha, device.village_code)
            entries = [PushEntry.model_validate(e) for e in batch.entries()]
    except BatchError as exc:
        raise _refuse(exc) from None
    counts: dict[str, int] = {}
    hw = server.high_water(device.device_id)
    step = server.limits.max_entries
    for i in range(0, len(entries), step):
        hw, results = server.push(device, entries[i : i + step])
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
        if any(r.status in ("gap", "missing_blobs") for r in results):
            break
    return {"device_id": device.device_id, "village": device.village_code, "high_water": hw, **counts}
