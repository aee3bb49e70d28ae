"""USB batches: the same entries and files as the network, in any interleaving; bad batches refused whole."""

from __future__ import annotations

import io
import json
import random
import resource
import time
import zipfile
from pathlib import Path

import pytest
from sync_harness import (
    VILLAGE_A,
    VILLAGE_B,
    ServerProc,
    add_application,
    add_other_records,
    check_invariants,
    enrolled_store,
    local_records,
    make_file,
)

from sync_server.batches import export_batch as server_export
from sync_server.batches import import_batch as server_import
from villagedesk.core.errors import VillageDeskError
from villagedesk.protocol.batchformat import sign
from villagedesk.storage.store import Store
from villagedesk.sync import commands
from villagedesk.sync.engine import EXIT_OK


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_network_and_usb_interleaved_converge(seed: int, tmp_path: Path, server: ServerProc) -> None:
    rng = random.Random(seed)
    a1 = enrolled_store(tmp_path / "a1", server, VILLAGE_A)
    a2 = enrolled_store(tmp_path / "a2", server, VILLAGE_A)
    admin = server.admin()
    files = [make_file(tmp_path, f"u{i}.jpg", 30_000 + i, i) for i in range(9)]
    counter = iter(range(100))
    batches: list[Path] = []

    def work(store: Store) -> None:
        n = next(counter)
        app = add_application(store, n, files[(n % 3) * 3 : (n % 3) * 3 + 3])
        add_other_records(store, n, app.uuid, app.applicant_id_number)

    def usb_up(store: Store) -> None:
        p = tmp_path / f"up-{len(batches)}.vdb"
        commands.export_batch(store, p)
        batches.append(p)
        server_import(admin, p)

    def usb_up_again(store: Store) -> None:
        if batches:
            server_import(admin, rng.choice(batches))  # an old batch, again

    def usb_down(store: Store) -> None:
        p = tmp_path / f"down-{rng.random()}.vdb"
        server_export(admin, VILLAGE_A, p)
        commands.import_batch(store, p)
        commands.import_batch(store, p)  # twice: harmless

    def net(store: Store) -> None:
        assert commands.sync_once(store).exit_code == EXIT_OK

    ops = [work, usb_up, usb_up_again, usb_down, net, work, usb_down, usb_up] * 2
    rng.shuffle(ops)
    for op in ops:
        op(rng.choice([a1, a2]))
    # The network finishes the job; both laptops agree with the server.
    for s in (a1, a2, a1, a2):
        usb_up(s) if rng.random() < 0.5 else None
        net(s)
    n_apps = sum(1 for k in admin.records_of(VILLAGE_A) if k[0] == "application")
    check_invariants(admin, [a1, a2], VILLAGE_A, expect_apps=n_apps)
    assert n_apps == sum(1 for op in ops if op is work)


@pytest.fixture
def pair(tmp_path: Path, server: ServerProc) -> tuple[Store, Path, Path]:
    a1 = enrolled_store(tmp_path / "a1", server, VILLAGE_A)
    # two photos of one size: one's sealed bytes can be tried under the other's name
    app = add_application(
        a1, 1, [make_file(tmp_path, "b.jpg", 50_000, 1), make_file(tmp_path, "c.jpg", 50_000, 2)]
    )
    add_other_records(a1, 1, app.uuid, app.applicant_id_number)
    up = tmp_path / "up.vdb"
    commands.export_batch(a1, up)
    down = tmp_path / "down.vdb"
    server_import(server.admin(), up)
    server_export(server.admin(), VILLAGE_A, down)
    return a1, up, down


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None]) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in change:
                new = change[info.filename]
                if new is None:
                    continue
                data = new
            zout.writestr(info.filename, data)
        for name, data in change.items():
            if name not in zin.namelist() and data is not None:
                zout.writestr(name, data)


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


def _refused(fn: object, path: Path, code: str) -> None:
    with pytest.raises(VillageDeskError) as ei:
        fn(path)  # type: ignore[operator]
    assert ei.value.code == code, ei.value


def test_bad_batches_refused_whole(
    tmp_path: Path, server: ServerProc, pair: tuple[Store, Path, Path]
) -> None:
    a1, up, down = pair
    fresh = ServerProc(tmp_path / "server2", 0)
    fresh.data_dir.mkdir()
    admin2 = fresh.admin()
    admin2.add_village(VILLAGE_A, "甲村", "炉城镇")  # same code, another server: another key
    before = admin2.record_counts()
    _refused(lambda p: server_import(admin2, p), up, "batch.bad_signature")

    with zipfile.ZipFile(up) as z:
        blob = next(n for n in z.namelist() if n.startswith("blobs/"))
        manifest = json.loads(z.read("manifest.json"))
        entries = z.read("entries.jsonl")
        sealed_photo = z.read(blob)
    admin = server.admin()
    # a flipped bit in a photo (its segment's tag no longer matches), or a photo of another size
    _rewrite(up, tmp_path / "t1.vdb", {blob: _flip(sealed_photo, 30_000)})
    _refused(lambda p: server_import(admin, p), tmp_path / "t1.vdb", "batch.hash_mismatch")
    _rewrite(up, tmp_path / "t1b.vdb", {blob: b"X" + bytes(49_999)})
    _refused(lambda p: server_import(admin, p), tmp_path / "t1b.vdb", "batch.hash_mismatch")
    # an edited manifest (a forged village)
    forged = dict(manifest, village_code=VILLAGE_B)
    _rewrite(up, tmp_path / "t2.vdb", {"manifest.json": json.dumps(forged).encode()})
    _refused(lambda p: server_import(admin, p), tmp_path / "t2.vdb", "batch.bad_signature")
    # an edited entry
    _rewrite(up, tmp_path / "t3.vdb", {"entries.jsonl": _flip(entries, len(entries) // 2)})
    _refused(lambda p: server_import(admin, p), tmp_path / "t3.vdb", "batch.hash_mismatch")
    # a photo's sealed bytes moved under another file's name: sealed for one member only
    other = next(f"blobs/{b['sha256']}" for b in manifest["blobs"] if f"blobs/{b['sha256']}" != blob)
    _rewrite(up, tmp_path / "t3b.vdb", {other: sealed_photo})
    _refused(lambda p: server_import(admin, p), tmp_path / "t3b.vdb", "batch.hash_mismatch")
    # cut short on the stick
    (tmp_path / "t4.vdb").write_bytes(up.read_bytes()[: up.stat().st_size // 2])
    _refused(lambda p: server_import(admin, p), tmp_path / "t4.vdb", "batch.corrupt")
    # path tricks
    _rewrite(up, tmp_path / "t5.vdb", {"../../etc/evil": b"x"})
    _refused(lambda p: server_import(admin, p), tmp_path / "t5.vdb", "batch.unsafe_member")
    _rewrite(up, tmp_path / "t6.vdb", {"/abs/path": b"x"})
    _refused(lambda p: server_import(admin, p), tmp_path / "t6.vdb", "batch.unsafe_member")
    # the wrong direction, both ways
    _refused(lambda p: server_import(admin, p), down, "batch.foreign")
    _refused(lambda p: commands.import_batch(a1, p), up, "batch.foreign")
    # another village's laptop
    b1 = enrolled_store(tmp_path / "b1", server, VILLAGE_B)
    _refused(lambda p: commands.import_batch(b1, p), down, "batch.foreign")
    assert admin2.record_counts() == before
    assert not (tmp_path.parent / "etc").exists()


def _signed_manifest(server: ServerProc, batch: Path) -> tuple[bytes, dict[str, object]]:
    """The village's batch key (as if it leaked) and the batch's manifest, for forging signed variants."""
    with zipfile.ZipFile(batch) as z:
        manifest = json.loads(z.read("manifest.json"))
    return server.admin().batch_key(VILLAGE_A), manifest


def test_decompression_bomb_stops_at_the_signed_size(
    tmp_path: Path, server: ServerProc, pair: tuple[Store, Path, Path]
) -> None:
    _, up, _ = pair
    admin = server.admin()
    key, manifest = _signed_manifest(server, up)
    # A correctly signed manifest (as if the key leaked) whose entries member is 300 MB of zeros.
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("entries.jsonl", "w") as f:
            block = bytes(1 << 20)
            for _ in range(300):
                f.write(block)
        m = dict(manifest, blobs=[])
        mb = json.dumps(m).encode()
        z.writestr("manifest.json", mb)
        z.writestr("manifest.sig", sign(key, mb))
    p = tmp_path / "bomb.vdb"
    p.write_bytes(bomb.getvalue())
    assert p.stat().st_size < 2_000_000
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.monotonic()
    _refused(lambda q: server_import(admin, q), p, "batch.hash_mismatch")
    assert time.monotonic() - t0 < 5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0 < 50_000  # KiB


def test_down_batch_out_of_order_is_refused(
    tmp_path: Path, server: ServerProc, pair: tuple[Store, Path, Path]
) -> None:
    a1, _, down = pair
    admin = server.admin()
    admin.publish("agent", {"agent_id": "agent-7", "name": "次仁", "village_code": VILLAGE_A})
    later = tmp_path / "later.vdb"
    server_export(admin, VILLAGE_A, later, since=10_000)
    a2 = enrolled_store(tmp_path / "a2", server, VILLAGE_A)
    _refused(lambda p: commands.import_batch(a2, p), later, "batch.gap")
    commands.import_batch(a2, down)
    summary = commands.import_batch(a1, down)
    assert summary["acked_to"] >= 1
    assert a1.pending_outbox() == []


def test_a_lost_stick_reveals_nothing_personal(
    tmp_path: Path, server: ServerProc, pair: tuple[Store, Path, Path]
) -> None:
    """Names, ID numbers and photos travel sealed both ways; what is in clear is codes, counts and hashes."""
    a1, up, down = pair
    app = next(v for k, v in local_records(a1).items() if k[0] == "application")
    applicant = str(app["applicant_id_number"])
    photo = next(att["sha256"] for c in app["checklist"] for att in c["attachments"])
    secrets_ = [
        applicant.encode(),
        applicant[6:14].encode(),  # the birth date inside it
        "扎西1".encode(),
        a1.blobs.path(photo).read_bytes()[1000:1032],
    ]
    for batch in (up, down):
        raw = batch.read_bytes()
        with zipfile.ZipFile(batch) as z:
            members = b"".join(z.read(n) for n in z.namelist())  # stored or deflated, as read back
        for secret in secrets_:
            assert secret not in raw and secret not in members, (batch.name, secret[:20])
    # and both still open with the key (the pair fixture imported `up` on the server; `down` here)
    summary = commands.import_batch(a1, down)
    assert summary["applied"] > 0 and summary["cursor"] > 0


def test_a_batch_of_the_older_unsealed_format_is_refused_with_a_reason(
    tmp_path: Path, server: ServerProc, pair: tuple[Store, Path, Path]
) -> None:
    _, up, _ = pair
    admin = server.admin()
    key, manifest = _signed_manifest(server, up)
    old = dict(manifest, format="villagedesk-batch/1")
    del old["sealing"]
    mb = json.dumps(old).encode()
    _rewrite(up, tmp_path / "old.vdb", {"manifest.json": mb, "manifest.sig": sign(key, mb).encode()})
    with pytest.raises(VillageDeskError) as ei:
        server_import(admin, tmp_path / "old.vdb")
    assert ei.value.code == "batch.foreign" and "older" in str(ei.value)
