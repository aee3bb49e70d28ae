"""The attachment store: atomic writes, verified reads, sweeps, and crash safety at every step."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from villagedesk.core.errors import IntegrityError
from villagedesk.storage.blobs import BlobStore
from villagedesk.storage.store import Store


def test_put_is_content_addressed(tmp_path: Path) -> None:
    bs = BlobStore(tmp_path)
    a = bs.put_bytes(b"scan of an ID card")
    b = bs.put_bytes(b"scan of an ID card")
    assert a == b and a.sha256 == hashlib.sha256(b"scan of an ID card").hexdigest()
    assert bs.read_bytes(a.sha256) == b"scan of an ID card"
    assert list((tmp_path / "tmp").iterdir()) == []


def test_corruption_and_loss_are_detected(tmp_path: Path) -> None:
    bs = BlobStore(tmp_path)
    info = bs.put_bytes(b"x" * 1000)
    p = bs.path(info.sha256)
    p.write_bytes(b"y" + p.read_bytes()[1:])
    with pytest.raises(IntegrityError) as err:
        bs.read_bytes(info.sha256)
    assert err.value.code == "blob.corrupt"
    with pytest.raises(IntegrityError):
        bs.verify(info.sha256)
    with pytest.raises(IntegrityError), bs.open_verified(info.sha256):
        pass
    p.unlink()
    with pytest.raises(IntegrityError) as err:
        bs.read_bytes(info.sha256)
    assert err.value.code == "blob.missing"


def test_a_corrupt_copy_is_replaced_by_a_good_put(tmp_path: Path) -> None:
    bs = BlobStore(tmp_path)
    info = bs.put_bytes(b"original")
    bs.path(info.sha256).write_bytes(b"damaged!")
    bs.put_bytes(b"original")
    assert bs.read_bytes(info.sha256) == b"original"


def test_partial_download_resumes_and_verifies(tmp_path: Path) -> None:
    bs = BlobStore(tmp_path)
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    part = bs.begin_partial(sha)
    part.write(data[:100_000])
    again = bs.begin_partial(sha)
    assert again.offset == 100_000
    again.write(data[100_000:])
    again.commit()
    assert bs.read_bytes(sha) == data
    bad = bs.begin_partial(hashlib.sha256(b"other").hexdigest())
    bad.write(b"not it")
    with pytest.raises(IntegrityError):
        bad.commit()
    assert not bad.path.exists()


def test_sweep_keeps_referenced_and_recent(tmp_path: Path) -> None:
    bs = BlobStore(tmp_path)
    keep = bs.put_bytes(b"keep").sha256
    drop = bs.put_bytes(b"drop").sha256
    fresh = bs.put_bytes(b"fresh").sha256
    old = 1_000_000_000
    os.utime(bs.path(keep), (old, old))
    os.utime(bs.path(drop), (old, old))
    removed = bs.sweep({keep}, grace_seconds=3600)
    assert removed == [drop]
    assert bs.has(keep) and bs.has(fresh) and not bs.has(drop)


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from villagedesk.core.models import Applicant
    from villagedesk.paths import demo_catalog_path
    from villagedesk.services.applications import QuickApplication, add_complete_application
    from villagedesk.storage.store import Store
    from villagedesk.core.models import AttachmentRef

    store = Store.open(Path(sys.argv[1]))
    store.ensure_catalog(demo_catalog_path())
    store.set_enrollment(village_code="513322101201", ordinal=1, server_url="", credential="c", server_fingerprint="")
    src = Path(sys.argv[2])

    def put(store, path, material):
        info = store.blobs.put_file(path)
        return AttachmentRef(info.sha256, info.size, "application/pdf", path.name)

    applicant = Applicant("513322195803121018", "丹增")
    add_complete_application(store, QuickApplication("MZ-006", applicant, [("MZ-006-M1", src)]), store_file=put)
    print("done")
    """
)


@pytest.mark.parametrize(
    "point",
    ["blob.after_write", "blob.after_fsync", "blob.after_rename", "store.after_application_row", None],
)
def test_crash_at_any_step_leaves_old_or_new_state(tmp_path: Path, point: str | None) -> None:
    data_dir = tmp_path / "data"
    src = tmp_path / "scan.pdf"
    payload = b"%PDF-1.4\n" + os.urandom(50_000) + b"\n%%EOF\n"
    src.write_bytes(payload)
    env = {**os.environ, "VILLAGEDESK_CRASH_AT": point or ""}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), str(src)], env=env, capture_output=True, text=True
    )
    if point is None:
        assert proc.returncode == 0, proc.stderr
    else:
        assert proc.returncode == 137, proc.stderr  # died exactly at the crash point
    store = Store.open(data_dir)
    with store.reader() as uow:
        apps = uow.list_applications()
    refs = [a.sha256 for app in apps for c in app.checklist for a in c.attachments]
    for sha in refs:
        assert store.blobs.read_bytes(sha) == payload  # never a dangling or broken reference
    if point is None or point == "blob.after_rename":
        # The blob is complete either way; with no crash the application is queued.
        assert store.blobs.has(hashlib.sha256(payload).hexdigest())
    if point is None:
        assert len(apps) == 1 and apps[0].tracking_number
    else:
        assert all(not a.checklist[0].attachments for a in apps)  # old state: nothing references the file
    assert not list((data_dir / "blobs" / "tmp").glob("*")) or point in (
        "blob.after_write",
        "blob.after_fsync",
    )
    # Whatever a crash left behind unreferenced, the sweep clears it and keeps what is referenced.
    store.blobs.sweep(set(refs), grace_seconds=0)
    for sha in refs:
        assert store.blobs.has(sha)
    assert set(store.blobs.all_hashes()) == set(refs)
    assert not list((data_dir / "blobs" / "tmp").glob("*"))
    store.close()
