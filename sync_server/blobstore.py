"""Content-addressed files on the server's disk, received in resumable, individually verified chunks.

A blob is visible only after its whole content hashed to its name: partial uploads live in
``partial/<sha>-<size>.part`` and are renamed into ``blobs/ab/<sha>`` when complete. Nothing is held
in memory beyond one read buffer, whatever the attachment's size.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import anyio
from starlette.requests import ClientDisconnect

from sync_server import filelock
from villagedesk.core.errors import VillageDeskError
from villagedesk.protocol import errors as E

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_BUF = 256 * 1024


def check_sha(sha: str) -> str:
    if not SHA_RE.match(sha):
        raise VillageDeskError("not a SHA-256 hex digest", code=E.BLOB_BAD_SHA, sha256=sha[:80])
    return sha


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_BUF):
            h.update(block)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class ServerBlobStore:
    def __init__(self, root: Path, *, max_attachment: int, max_chunk: int) -> None:
        self.root = root
        self.final_dir = root / "blobs"
        self.partial_dir = root / "partial"
        self.incoming_dir = root / "incoming"  # packs being received; never resumed, so kept apart
        self.final_dir.mkdir(parents=True, exist_ok=True)
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        self.incoming_dir.mkdir(parents=True, exist_ok=True)
        # Chunks of requests a crash cut short; old ones only: another process may be receiving now.
        for stale in [*self.partial_dir.glob("*.chunk"), *self.incoming_dir.iterdir()]:
            with contextlib.suppress(OSError):
                if time.time() - stale.stat().st_mtime > 3600:
                    stale.unlink()
        # Unfinished copies of files that are complete here (a laptop that stopped after another
        # finished the same file) are never resumed: the next request for them answers "complete".
        for part in self.partial_dir.glob("*.part"):
            if (self.final_dir / part.name[:2] / part.name[:64]).is_file():
                with contextlib.suppress(OSError):
                    part.unlink()
        self.max_attachment = max_attachment
        self.max_chunk = max_chunk
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self.lock_dir = root / "locks"
        self.lock_dir.mkdir(parents=True, exist_ok=True)

    @contextlib.contextmanager
    def lock(self, sha: str) -> Iterator[None]:
        """Appends to one blob never interleave: between threads (a lock per blob) and between the
        server's worker processes (an advisory file lock, one of 256 by the blob's first byte)."""
        with self._locks_guard:
            tlock = self._locks.setdefault(sha, threading.Lock())
        with tlock, filelock.exclusive(self.lock_dir / f"{sha[:2]}.lock"):
            yield

    def path(self, sha: str) -> Path:
        check_sha(sha)
        return self.final_dir / sha[:2] / sha

    def has(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def size(self, sha: str) -> int:
        return self.path(sha).stat().st_size

    def _partial(self, sha: str, size: int) -> Path:
        return self.partial_dir / f"{sha}-{size}.part"

    def partial_offset(self, sha: str) -> tuple[int, int | None]:
        """Bytes held for an unfinished upload, and the size it declared (None: no upload started)."""
        return self.partial_offsets([sha]).get(sha, (0, None))

    def partial_offsets(self, shas: Sequence[str]) -> dict[str, tuple[int, int | None]]:
        """``partial_offset`` for several files in one pass over the directory (no glob: compiling a
        pattern per call was a tenth of the server's time under load)."""
        wanted = {check_sha(s) for s in shas}
        out: dict[str, tuple[int, int | None]] = {}
        with os.scandir(self.partial_dir) as it:
            for entry in it:
                name = entry.name
                if name.endswith(".part") and name[64:65] == "-" and name[:64] in wanted:
                    with contextlib.suppress(FileNotFoundError, ValueError):
                        out.setdefault(name[:64], (entry.stat().st_size, int(name[65:-5])))
        return out

    def drop_partial(self, sha: str) -> None:
        """Forget an unfinished upload of a file that is complete here after all (another laptop of the
        village finished it first): nobody will ever finish that copy."""
        with self.lock(sha):
            _, size = self.partial_offset(sha)
            if size is not None and self.has(sha):
                self._partial(sha, size).unlink(missing_ok=True)

    def check_size(self, size: int) -> None:
        if size > self.max_attachment:
            raise VillageDeskError(
                "the attachment is larger than this server accepts",
                code=E.LIMIT_ATTACHMENT,
                limit=self.max_attachment,
                size=size,
            )

    async def write_chunk(
        self,
        sha: str,
        *,
        offset: int,
        size: int,
        chunk_sha: str,
        body: AsyncIterator[bytes],
        on_complete: Callable[[], None] | None = None,
    ) -> tuple[int, bool]:
        """Append one chunk at ``offset``; returns (new offset, complete?).

        The chunk is discarded (the file truncated back) if it does not hash to ``chunk_sha``; the whole
        upload is discarded if the finished file does not hash to ``sha``. ``on_complete`` runs in the
        same worker thread once the whole file is in place (one thread hop per chunk, not two).
        """
        check_sha(sha)
        check_sha(chunk_sha)
        self.check_size(size)
        held, declared = self.partial_offset(sha)
        if declared is not None and declared != size:
            raise VillageDeskError(
                "the upload was started with another size", code=E.BLOB_SIZE_MISMATCH, size=declared
            )
        if offset != held:
            raise VillageDeskError(
                "the chunk does not start where the server's copy ends",
                code=E.BLOB_OFFSET_MISMATCH,
                offset=held,
            )
        # The chunk lands in its own file first and joins the upload only once verified: the upload's
        # file only ever grows by whole good chunks, so a stale request still draining from a dropped
        # connection can neither tear it nor make the offset it reports wrong.
        tmp = self.partial_dir / f"{sha}.{uuid.uuid4().hex}.chunk"
        h = hashlib.sha256()
        written = 0
        try:
            with tmp.open("wb") as f:
                async for piece in body:
                    written += len(piece)
                    if written > self.max_chunk or offset + written > size:
                        raise VillageDeskError(
                            "the chunk is larger than allowed",
                            code=E.LIMIT_REQUEST,
                            limit=min(self.max_chunk, size - offset),
                        )
                    h.update(piece)
                    f.write(piece)
            if h.hexdigest() != chunk_sha:
                raise VillageDeskError(
                    "the chunk was damaged on the way", code=E.BLOB_CHUNK_CHECKSUM, offset=offset
                )

            # Disk syncs and the whole-file hash run in a worker thread: the event loop keeps serving
            # the other villages meanwhile.
            def commit() -> tuple[int, bool]:
                out = self._commit_chunk(sha, chunk_sha, tmp, offset, written, size)
                if out[1] and on_complete is not None:
                    on_complete()
                return out

            return await anyio.to_thread.run_sync(commit)
        finally:
            tmp.unlink(missing_ok=True)

    def _commit_chunk(
        self, sha: str, chunk_sha: str, tmp: Path, offset: int, written: int, size: int
    ) -> tuple[int, bool]:
        with self.lock(sha):  # appends of one blob never interleave
            held, _ = self.partial_offset(sha)
            if held != offset:
                raise VillageDeskError(
                    "the chunk does not start where the server's copy ends",
                    code=E.BLOB_OFFSET_MISMATCH,
                    offset=held,
                )
            if offset == 0 and written == size:
                # The whole file in one chunk (most photos): it was just verified against its hash.
                if chunk_sha != sha:
                    raise VillageDeskError(
                        "the uploaded file does not match its name", code=E.BLOB_HASH_MISMATCH, sha256=sha
                    )
                self._install(tmp, sha)
                return size, True
            part = self._partial(sha, size)
            with tmp.open("rb") as src, part.open("ab") as dst:
                shutil.copyfileobj(src, dst, _BUF)
                dst.flush()
                os.fsync(dst.fileno())
            if offset + written < size:
                return offset + written, False
            return self._finish(sha, part, size), True

    def _install(self, src: Path, sha: str) -> None:
        final = self.path(sha)
        if final.is_file():
            return
        with src.open("rb+") as f:
            os.fsync(f.fileno())
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, final)
        _fsync_dir(final.parent)

    def _finish(self, sha: str, part: Path, size: int) -> int:
        if file_sha256(part) != sha:
            part.unlink(missing_ok=True)
            raise VillageDeskError(
                "the uploaded file does not match its name", code=E.BLOB_HASH_MISMATCH, sha256=sha
            )
        final = self.path(sha)
        if final.is_file():
            part.unlink()  # the same bytes were already here (another village sent them first)
            return size
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part, final)
        _fsync_dir(final.parent)
        return size

    # ---- packs: many small files in one request (the many-villages-at-once case) ----

    def check_pack(self, manifest: Sequence[tuple[str, int]], *, max_total: int, max_entries: int) -> None:
        """Refuse a pack before reading its body: every name a digest, every size within limits."""
        if not manifest:
            raise VillageDeskError("an empty pack", code=E.PROTO_BAD_REQUEST)
        if len(manifest) > max_entries:
            raise VillageDeskError("too many files in one pack", code=E.LIMIT_ENTRIES, limit=max_entries)
        if len({sha for sha, _ in manifest}) != len(manifest):
            raise VillageDeskError("a file appears twice in one pack", code=E.PROTO_BAD_REQUEST)
        for sha, size in manifest:
            check_sha(sha)
            self.check_size(size)
            if size <= 0:
                raise VillageDeskError("a pack entry needs a size", code=E.PROTO_BAD_REQUEST, sha256=sha)
        total = sum(size for _, size in manifest)
        if total > max_total:
            raise VillageDeskError("request too large", code=E.LIMIT_REQUEST, limit=max_total)

    async def receive_pack(
        self, manifest: Sequence[tuple[str, int]], body: AsyncIterator[bytes]
    ) -> tuple[list[tuple[str, Path]], dict[str, tuple[str, dict[str, object]]]]:
        """Stream a pack (the files back to back, in manifest order) into one temporary file per entry,
        each verified against its name as it ends. Returns the verified files (not yet durable: the
        caller passes them to ``install_many`` or ``discard``) and the refused entries with a code.

        A connection dropped mid-pack keeps every entry that arrived whole; the rest are refused as
        incomplete and the client sends them again (the loss is at most one pack, which the client
        keeps no larger than a chunk on a link that drops)."""
        done: list[tuple[str, Path]] = []
        refused: dict[str, tuple[str, dict[str, object]]] = {}
        idx = 0
        cur: BinaryIO | None = None
        cur_path: Path | None = None
        h = hashlib.sha256()
        got = 0
        try:
            async for piece in body:
                view = memoryview(piece)
                while view:
                    if idx >= len(manifest):
                        raise VillageDeskError(
                            "the pack is longer than its manifest says", code=E.PROTO_BAD_REQUEST
                        )
                    sha, size = manifest[idx]
                    if cur is None:
                        cur_path = self.incoming_dir / f"{sha}.{uuid.uuid4().hex}"
                        cur = cur_path.open("wb")
                        h = hashlib.sha256()
                        got = 0
                    take = view[: size - got]
                    h.update(take)
                    cur.write(take)
                    got += len(take)
                    view = view[len(take) :]
                    if got == size:
                        cur.close()
                        cur = None
                        assert cur_path is not None
                        if h.hexdigest() == sha:
                            done.append((sha, cur_path))
                        else:
                            cur_path.unlink(missing_ok=True)
                            refused[sha] = (E.BLOB_HASH_MISMATCH, {"sha256": sha})
                        cur_path = None
                        idx += 1
        except ClientDisconnect:
            pass  # keep what arrived whole
        except BaseException:
            self.discard(done)
            raise
        finally:
            if cur is not None:
                cur.close()
            if cur_path is not None:
                cur_path.unlink(missing_ok=True)
        for sha, _ in manifest[idx:]:
            refused.setdefault(sha, (E.BLOB_INCOMPLETE, {"sha256": sha}))
        return done, refused

    def install_many(self, files: Sequence[tuple[str, Path]]) -> None:
        """Make verified files durable and visible: each file synced, renamed to its name, and each
        directory touched synced once (not once per file)."""
        dirs: set[Path] = set()
        for sha, tmp in files:
            final = self.path(sha)
            if final.is_file():
                tmp.unlink(missing_ok=True)  # the same bytes are already here
                continue
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            dirs.add(final.parent)
        for d in dirs:
            _fsync_dir(d)

    @staticmethod
    def discard(files: Sequence[tuple[str, Path]]) -> None:
        for _, tmp in files:
            tmp.unlink(missing_ok=True)

    def put_file(self, src: Path, sha: str) -> None:
        """Copy a verified file in (batch import); the caller checked the hash while reading."""
        final = self.path(sha)
        if final.is_file():
            return
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.partial_dir / f"{sha}.import.tmp"
        with src.open("rb") as fin, tmp.open("wb") as fout:
            while block := fin.read(_BUF):
                fout.write(block)
            fout.flush()
            os.fsync(fout.fileno())
        if file_sha256(tmp) != sha:
            tmp.unlink()
            raise VillageDeskError("blob does not match its name", code=E.BLOB_HASH_MISMATCH, sha256=sha)
        os.replace(tmp, final)
        _fsync_dir(final.parent)
