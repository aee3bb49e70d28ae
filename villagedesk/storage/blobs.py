"""Content-addressed attachment store: ``blobs/ab/cdef...`` named by SHA-256 of the bytes.

Writes are atomic (temporary file, fsync, rename, fsync of the directory) and happen *before* the row
that references the blob commits, so a crash leaves either no reference or a complete blob; an
unreferenced blob is swept later. Reads verify the hash: a missing or corrupted blob raises
:class:`IntegrityError`, it is never served silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from villagedesk.core.errors import IntegrityError, ValidationError
from villagedesk.storage.crashpoints import crashpoint

_SHA = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1 << 20


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_sha(sha256: str) -> str:
    if not _SHA.match(sha256):
        raise ValidationError("not a SHA-256 hex digest", code="blob.bad_hash", sha256=sha256)
    return sha256


@dataclass(frozen=True)
class BlobInfo:
    sha256: str
    size: int


class PartialBlob:
    """A blob arriving in pieces (a resumed download): append from ``offset``, then ``commit``."""

    def __init__(self, store: BlobStore, sha256: str) -> None:
        self._store = store
        self.sha256 = _check_sha(sha256)
        self.path = store.root / "partial" / f"{sha256}.part"
        self.path.parent.mkdir(parents=True, exist_ok=True)

    @property
    def offset(self) -> int:
        return self.path.stat().st_size if self.path.exists() else 0

    def write(self, data: bytes) -> None:
        with open(self.path, "ab") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())

    def commit(self) -> BlobInfo:
        h = hashlib.sha256()
        with open(self.path, "rb") as f:
            for chunk in iter(lambda: f.read(_CHUNK), b""):
                h.update(chunk)
        if h.hexdigest() != self.sha256:
            self.path.unlink(missing_ok=True)
            raise IntegrityError(
                "the downloaded file does not match its hash", code="blob.hash_mismatch", sha256=self.sha256
            )
        return self._store._install(self.path, self.sha256)

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "tmp").mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        _check_sha(sha256)
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def size(self, sha256: str) -> int:
        try:
            return self.path(sha256).stat().st_size
        except FileNotFoundError:
            raise IntegrityError("attachment missing", code="blob.missing", sha256=sha256) from None

    def put_bytes(self, data: bytes) -> BlobInfo:
        return self._put_chunks([data])

    def put_file(self, src: Path) -> BlobInfo:
        with open(src, "rb") as f:
            return self._put_chunks(iter(lambda: f.read(_CHUNK), b""))

    def put_stream(self, stream: BinaryIO) -> BlobInfo:
        return self._put_chunks(iter(lambda: stream.read(_CHUNK), b""))

    def _put_chunks(self, chunks: Iterable[bytes]) -> BlobInfo:
        h = hashlib.sha256()
        tmp = self.root / "tmp" / f"{os.getpid()}-{time.monotonic_ns()}.tmp"
        try:
            with open(tmp, "wb") as f:
                for chunk in chunks:
                    h.update(chunk)
                    f.write(chunk)
                crashpoint("blob.after_write")
                f.flush()
                os.fsync(f.fileno())
            crashpoint("blob.after_fsync")
            return self._install(tmp, h.hexdigest())
        finally:
            tmp.unlink(missing_ok=True)

    def _install(self, tmp: Path, sha256: str) -> BlobInfo:
        dest = self.path(sha256)
        if dest.exists() and self._hash_file(dest) == sha256:
            tmp.unlink(missing_ok=True)
            return BlobInfo(sha256, dest.stat().st_size)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, dest)
        crashpoint("blob.after_rename")
        _fsync_dir(dest.parent)
        return BlobInfo(sha256, dest.stat().st_size)

    @staticmethod
    def _hash_file(path: Path) -> str:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(_CHUNK), b""):
                h.update(chunk)
        return h.hexdigest()

    def verify(self, sha256: str) -> None:
        p = self.path(sha256)
        if not p.is_file():
            raise IntegrityError("attachment missing", code="blob.missing", sha256=sha256)
        if self._hash_file(p) != sha256:
            raise IntegrityError("attachment damaged", code="blob.corrupt", sha256=sha256)

    def read_bytes(self, sha256: str) -> bytes:
        p = self.path(sha256)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise IntegrityError("attachment missing", code="blob.missing", sha256=sha256) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise IntegrityError("attachment damaged", code="blob.corrupt", sha256=sha256)
        return data

    @contextlib.contextmanager
    def open_verified(self, sha256: str) -> Iterator[BinaryIO]:
        """Open for reading after checking the whole file against its name."""
        self.verify(sha256)
        with open(self.path(sha256), "rb") as f:
            yield f

    def begin_partial(self, sha256: str) -> PartialBlob:
        return PartialBlob(self, sha256)

    def all_hashes(self) -> Iterator[str]:
        for sub in self.root.iterdir():
            if len(sub.name) == 2 and sub.is_dir():
                for f in sub.iterdir():
                    name = sub.name + f.name
                    if _SHA.match(name):
                        yield name

    def sweep(self, referenced: set[str], *, grace_seconds: float = 3600.0) -> list[str]:
        """Delete blobs nobody references (older than the grace period) and stale temporary files.

        The grace period protects a blob written a moment ago whose row has not committed yet.
        """
        now = time.time()
        removed = []
        for sha in list(self.all_hashes()):
            p = self.path(sha)
            if sha not in referenced and now - p.stat().st_mtime >= grace_seconds:
                p.unlink(missing_ok=True)
                removed.append(sha)
        for d in (self.root / "tmp", self.root / "partial"):
            if d.is_dir():
                for f in d.iterdir():
                    if now - f.stat().st_mtime >= grace_seconds and d.name == "tmp":
                        f.unlink(missing_ok=True)
        return removed

    def export_to(self, sha256: str, dest: Path) -> None:
        with self.open_verified(sha256) as src, open(dest, "wb") as out:
            shutil.copyfileobj(src, out)
