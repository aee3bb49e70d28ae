"""The township's audit-chain head travels inside the signed manifest of every batch to a village.

Through the real server (SQLite and PostgreSQL): the CLI export and the township window's export both put the
chain's current head in the manifest; the laptop verifies it with the rest of the batch and keeps it; a batch
whose head was altered is refused whole; and a head read off a batch catches a chain that was edited and
recomputed (even with the table of published heads rewritten too).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sync_harness import (
    TOWNSHIP,
    VILLAGE_A,
    ServerProc,
    add_application,
    add_other_records,
    enrolled_store,
    make_file,
)

from sync_server.service import Server
from sync_server.township import audit
from sync_server.township.tables import tw_audit, tw_audit_heads
from villagedesk.core.errors import VillageDeskError
from villagedesk.protocol.batchformat import MANIFEST, Manifest, open_batch, read_manifest_unverified
from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK
from villagedesk.sync.staff_api import StaffApi

PASSWORD = "correct horse battery staple"


def _village_with_work(tmp_path: Path, srv: ServerProc) -> Store:
    store = enrolled_store(tmp_path / "a1", srv, VILLAGE_A)
    app = add_application(store, 1, [make_file(tmp_path, "p.jpg", 12_000, 1)])
    add_other_records(store, 1, app.uuid, app.applicant_id_number)
    assert commands.sync_once(store).exit_code == EXIT_OK
    return store


def _server_head(server: Server) -> tuple[int, str]:
    with server.engine.connect() as conn:
        return audit.head(conn)


def _verified_head(server: Server, path: Path) -> tuple[int, str] | None:
    with open_batch(path, lambda m: server.batch_key(m.village_code), max_total=1 << 40) as batch:
        return batch.manifest.audit_head


def _alter_head(src: Path, dst: Path, new_head: str) -> None:
    """Rewrite the manifest's audit head, keep every other member and the old signature."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == MANIFEST:
                m = json.loads(data)
                m["audit"]["head"] = new_head
                data = json.dumps(m, ensure_ascii=False, sort_keys=True).encode()
            zout.writestr(info, data)


def _recompute_chain(server: Server, first: int) -> None:
    """An attacker with database access: edit an entry, rewrite every later hash and the published heads."""
    with server.tx() as conn:
        conn.execute(update(tw_audit).where(tw_audit.c.seq == first).values(target="someone-else"))
        prev = (
            conn.execute(select(tw_audit.c.hash).where(tw_audit.c.seq == first - 1)).scalar() or audit.GENESIS
        )
        for r in conn.execute(select(tw_audit).where(tw_audit.c.seq >= first).order_by(tw_audit.c.seq)).all():
            entry = {
                "seq": r.seq,
                "at": r.at,
                "actor": r.actor,
                "action": r.action,
                "target": r.target,
                "params": json.loads(r.params),
            }
            h = audit.entry_hash(prev, entry)
            conn.execute(update(tw_audit).where(tw_audit.c.seq == r.seq).values(prev_hash=prev, hash=h))
            prev = h
        conn.execute(delete(tw_audit_heads))


def test_cli_batch_carries_the_current_head_and_the_village_keeps_it(tmp_path: Path, srv: ServerProc) -> None:
    store = _village_with_work(tmp_path, srv)
    admin = srv.admin()
    first = tmp_path / "down1.vdb"
    srv.cli("export-batch", "--village", VILLAGE_A, "--out", str(first))
    head1 = _verified_head(admin, first)
    assert head1 is not None and head1 == _server_head(admin) and head1[0] >= 1
    # The export is itself in the chain, and its head was published.
    with admin.engine.connect() as conn:
        last = conn.execute(select(tw_audit).order_by(tw_audit.c.seq.desc()).limit(1)).one()
        published = conn.execute(select(tw_audit_heads.c.seq, tw_audit_heads.c.hash)).all()
    assert (last.action, last.target) == ("export_batch", VILLAGE_A)
    assert (int(published[-1][0]), published[-1][1]) == head1

    second = tmp_path / "down2.vdb"
    srv.cli("export-batch", "--village", VILLAGE_A, "--out", str(second))
    head2 = _verified_head(admin, second)
    assert head2 is not None and head2[0] == head1[0] + 1 and head2 == _server_head(admin)

    # The laptop verifies the head with the batch and keeps the newest one it received.
    summary = commands.import_batch(store, second)
    assert (summary["audit_seq"], summary["audit_head"]) == head2
    assert (store.sync_status()["audit_seq"], store.sync_status()["audit_head"]) == head2
    summary = commands.import_batch(store, first)  # an older stick later: imported, but the head stays
    assert (summary["audit_seq"], summary["audit_head"]) == head1
    assert (store.sync_status()["audit_seq"], store.sync_status()["audit_head"]) == head2
    store.close()


def test_altered_head_is_refused_whole(tmp_path: Path, srv: ServerProc) -> None:
    village = _village_with_work(tmp_path, srv)
    # A second laptop that has not pulled yet: a batch it accepted would move its cursor.
    fresh = enrolled_store(tmp_path / "a2", srv, VILLAGE_A)
    good = tmp_path / "good.vdb"
    srv.cli("export-batch", "--village", VILLAGE_A, "--out", str(good))
    bad = tmp_path / "bad.vdb"
    _alter_head(good, bad, "f" * 64)
    raw = read_manifest_unverified(bad)
    assert raw is not None and Manifest(raw).audit_head == (_server_head(srv.admin())[0], "f" * 64)
    for store in (village, fresh):
        cursor, status = store.sync_cursor(), store.sync_status()
        with pytest.raises(VillageDeskError) as err:
            commands.import_batch(store, bad)
        assert err.value.code == "batch.bad_signature"
        assert store.sync_cursor() == cursor and store.sync_status() == status, (
            "a refused batch changed state"
        )
    # The untouched batch still goes in.
    assert commands.import_batch(fresh, good)["applied"] > 0
    assert fresh.sync_status()["audit_head"] == _server_head(srv.admin())[1]
    village.close()
    fresh.close()


def test_window_export_head_is_in_the_manifest_and_checks_the_chain(tmp_path: Path, srv: ServerProc) -> None:
    store = _village_with_work(tmp_path, srv)
    admin = srv.admin()
    admin.add_staff("clerk", PASSWORD, "clerk", TOWNSHIP)
    api = StaffApi(srv.url, fingerprint=srv.fingerprint)
    try:
        api.login("clerk", PASSWORD)
        out = tmp_path / "window.vdb"
        got = api.export_batch(VILLAGE_A, out)
        batch_head = _verified_head(admin, out)
        assert batch_head is not None and (got["audit_seq"], got["audit_head"]) == batch_head
        assert batch_head == _server_head(admin)
        with admin.engine.connect() as conn:
            actor = conn.execute(select(tw_audit.c.actor).where(tw_audit.c.seq == batch_head[0])).scalar()
        assert actor is not None and "clerk" in actor
        # The head as the village recorded it verifies against the chain...
        summary = commands.import_batch(store, out)
        recorded = (int(store.sync_status()["audit_seq"]), str(store.sync_status()["audit_head"]))
        assert recorded == batch_head == (summary["audit_seq"], summary["audit_head"])
        assert api.audit_check(*recorded)["intact"]
        # ... more actions later do not disturb it ...
        api.export_batch(VILLAGE_A, tmp_path / "later.vdb")
        check = api.audit_check(*recorded)
        assert check["intact"] and check["head_seq"] == recorded[0] + 1
        # ... and an edit with the whole chain recomputed and the published heads wiped is caught by it.
        _recompute_chain(admin, 1)
        with admin.engine.connect() as conn:
            assert audit.verify_chain(conn).intact, "the recomputed chain is consistent in itself"
            caught = audit.verify_chain(conn, [recorded])
        assert (
            not caught.intact and caught.reason == "published_head" and caught.first_broken_seq == recorded[0]
        )
        remote = api.audit_check(*recorded)
        assert not remote["intact"] and remote["reason"] == "published_head"
    finally:
        api.close()
        store.close()
