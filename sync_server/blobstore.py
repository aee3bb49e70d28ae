"""Content-addressed files on the server's disk, received in resumable, individually verified chunks.

A blob is visible only after its whole content hashed to its name: partial uploads live in
``partial/<sha>-<size>.part`` and are renamed into ``blobs/ab/<sha>`` when complete. Small files sent
several to a request (a pack) stay together in the file they arrived in, ``packs/<name>.pack``; the
database says where each one starts (``blobs.pack``, ``blobs.pack_offset``), so a hundred villages'
photos cost the disk one file and one sync per pack instead of one file, one sync and a rename per
photo. Nothing is held in memory beyond one read buffer, whatever the attachment's size.
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
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import anyio
from starlette.requests import ClientDisconnect
from starlette.responses import FileResponse, Response, StreamingResponse

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


# Where packed files are: sha -> (pack name, offset, size); given by the server's database.
Locator = Callable[[Sequence[str]], Mapping[str, tuple[str, int, int]]]
PACK_NAME_RE = re.compile(r"^[0-9a-f]{32}$")


@dataclass
class ReceivedPack:
    """A pack as received: the verified files in it (sha, offset, size), not yet durable, and the
    entries refused with a code. ``name`` is None when nothing in it was kept (no file was left)."""

    name: str | None
    stored: list[tuple[str, int, int]] = field(default_factory=list)
    refused: dict[str, tuple[str, dict[str, object]]] = field(default_factory=dict)


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
        self.incoming_dir = root / "incoming"  # (packs were received here before they were kept whole)
        self.pack_dir = root / "packs"
        self.final_dir.mkdir(parents=True, exist_ok=True)
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        self.incoming_dir.mkdir(parents=True, exist_ok=True)
        self.pack_dir.mkdir(parents=True, exist_ok=True)
        # The server tells where packed files are (its database); until then only loose files exist.
        self.locate_many: Locator = lambda shas: {}
        self._located: dict[str, tuple[str, int, int]] = {}  # files never move once stored
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
        """Where a file of its own lives (a packed file has no path of its own: see ``open_blob``)."""
        check_sha(sha)
        return self.final_dir / sha[:2] / sha

    def pack_path(self, name: str) -> Path:
        if not PACK_NAME_RE.match(name):
            raise VillageDeskError("not a pack name", code=E.PROTO_BAD_REQUEST)
        return self.pack_dir / f"{name}.pack"

    def _locate(self, shas: Iterable[str]) -> dict[str, tuple[str, int, int]]:
        want = [s for s in dict.fromkeys(shas) if s not in self._located]
        if want:
            found = self.locate_many(want)
            if len(self._located) > 200_000:  # a bound, not a policy: lookups are cheap
                self._located.clear()
            self._located.update(found)
        return {s: self._located[s] for s in shas if s in self._located}

    def remember(self, where: Mapping[str, tuple[str, int, int]]) -> None:
        """Where packed files are, learnt by the caller's own query (saves asking again)."""
        self._located.update(where)

    def present(self, shas: Iterable[str]) -> set[str]:
        """Which of these files are complete here (on their own or in a pack)."""
        wanted = list(dict.fromkeys(shas))
        packed = self._locate(wanted)
        return {s for s in wanted if s in packed or self.path(s).is_file()}

    def has(self, sha: str) -> bool:
        return sha in self.present([check_sha(sha)])

    def size(self, sha: str) -> int:
        p = self.path(sha)
        if p.is_file():
            return p.stat().st_size
        loc = self._locate([sha]).get(sha)
        if loc is None:
            raise FileNotFoundError(sha)
        return loc[2]

    @contextlib.contextmanager
    def open_blob(self, sha: str) -> Iterator[tuple[BinaryIO, int]]:
        """The file's bytes (positioned at its start) and its size, wherever it is stored."""
        p = self.path(sha)
        if p.is_file():
            with p.open("rb") as f:
                yield f, os.fstat(f.fileno()).st_size
            return
        loc = self._locate([sha]).get(sha)
        if loc is None:
            raise FileNotFoundError(sha)
        name, offset, size = loc
        with self.pack_path(name).open("rb") as f:
            f.seek(offset)
            yield f, size

    def read_bytes(self, sha: str) -> bytes:
        with self.open_blob(sha) as (f, size):
            return f.read(size)

    @contextlib.contextmanager
    def as_files(self, shas: Iterable[str]) -> Iterator[dict[str, Path]]:
        """A path for each file (a packed one copied out for the duration), for writers that take paths
        (the USB batch). Files not here are left out."""
        out: dict[str, Path] = {}
        tmp_dir = self.partial_dir / f"out-{uuid.uuid4().hex}"
        try:
            for sha in shas:
                p = self.path(sha)
                if p.is_file():
                    out[sha] = p
                elif self.has(sha):
                    tmp_dir.mkdir(exist_ok=True)
                    with self.open_blob(sha) as (src, size), (tmp_dir / sha).open("wb") as dst:
                        while size > 0 and (block := src.read(min(_BUF, size))):
                            dst.write(block)
                            size -= len(block)
                    out[sha] = tmp_dir / sha
            yield out
        finally:
            shutil.rmtree(tmp_dir, ignore_errors=True)

    def response(self, sha: str, range_header: str | None, headers: dict[str, str]) -> Response:
        """The file for a download; ``Range: bytes=N-`` resumes it (206), as for a file of its own."""
        p = self.path(sha)
        if p.is_file():
            return FileResponse(p, media_type="application/octet-stream", headers=headers)
        loc = self._locate([sha]).get(sha)
        if loc is None:
            raise VillageDeskError("no such file", code=E.BLOB_NOT_FOUND, sha256=sha)
        name, offset, size = loc
        start, status = 0, 200
        m = re.fullmatch(r"bytes=(\d+)-", (range_header or "").strip())
        if range_header and m is None:
            raise VillageDeskError("only a range from an offset to the end", code=E.PROTO_BAD_REQUEST)
        if m is not None:
            start, status = int(m.group(1)), 206
            if start >= size:
                return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{size}"})
            headers = {**headers, "Content-Range": f"bytes {start}-{size - 1}/{size}"}
        path = self.pack_path(name)

        def body() -> Iterator[bytes]:
            left = size - start
            with path.open("rb") as f:
                f.seek(offset + start)
                while left > 0 and (block := f.read(min(_BUF, left))):
                    left -= len(block)
                    yield block

        return StreamingResponse(
            body(),
            status_code=status,
            media_type="application/octet-stream",
            headers={**headers, "Content-Length": str(size - start), "Accept-Ranges": "bytes"},
        )

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
    ) -> ReceivedPack:
        """Stream a pack (the files back to back, in manifest order) into one pack file, each entry
        verified against its name as it ends; a damaged entry is cut off again and refused. The caller
        makes the pack durable and records where its files are (``sync_packs``, then the database), or
        gives it up (``discard_pack``).

        A connection dropped mid-pack keeps every entry that arrived whole; the rest are refused as
        incomplete and the client sends them again (the loss is at most one pack, which the client
        keeps no larger than a chunk on a link that drops)."""
        name = uuid.uuid4().hex
        path = self.pack_path(name)
        out = ReceivedPack(name)
        idx = 0
        start = 0  # where the current entry begins in the pack
        got = 0
        h = hashlib.sha256()
        f = path.open("wb")
        try:
            try:
                async for piece in body:
                    view = memoryview(piece)
                    while view:
                        if idx >= len(manifest):
                            raise VillageDeskError(
                                "the pack is longer than its manifest says", code=E.PROTO_BAD_REQUEST
                            )
                        sha, size = manifest[idx]
                        take = view[: size - got]
                        h.update(take)
                        f.write(take)
                        got += len(take)
                        view = view[len(take) :]
                        if got == size:
                            if h.hexdigest() == sha:
                                out.stored.append((sha, start, size))
                                start += size
                            else:
                                f.seek(start)
                                f.truncate()
                                out.refused[sha] = (E.BLOB_HASH_MISMATCH, {"sha256": sha})
                            h = hashlib.sha256()
                            got = 0
                            idx += 1
            except ClientDisconnect:
                pass  # keep what arrived whole
            if got:  # an entry cut short: not kept
                f.seek(start)
                f.truncate()
        except BaseException:
            f.close()
            path.unlink(missing_ok=True)
            raise
        f.close()
        for sha, _ in manifest[idx:]:
            out.refused.setdefault(sha, (E.BLOB_INCOMPLETE, {"sha256": sha}))
        if not out.stored:
            path.unlink(missing_ok=True)
            out.name = None
        return out

    def sync_packs(self, names: Iterable[str]) -> None:
        """Make received packs durable: each pack synced, and the directory holding them once."""
        synced = False
        for name in dict.fromkeys(names):
            fd = os.open(self.pack_path(name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            synced = True
        if synced:
            _fsync_dir(self.pack_dir)

    def discard_pack(self, name: str | None) -> None:
        if name is not None:
            self.pack_path(name).unlink(missing_ok=True)

    def sweep_packs(
        self, referenced: Callable[[Sequence[str]], set[str]], *, min_age_s: float = 3600
    ) -> list[str]:
        """Remove packs nothing refers to (a crash between receiving a pack and recording it); recent ones
        are left, another process may be recording them now. ``referenced`` tells which of some pack
        names the database refers to."""
        old: list[str] = []
        now = time.time()
        for p in self.pack_dir.glob("*.pack"):
            name = p.name[: -len(".pack")]
            with contextlib.suppress(OSError):
                if PACK_NAME_RE.match(name) and now - p.stat().st_mtime > min_age_s:
                    old.append(name)
        removed = []
        for i in range(0, len(old), 500):
            some = old[i : i + 500]
            keep = referenced(some)
            for name in some:
                if name not in keep:
                    self.pack_path(name).unlink(missing_ok=True)
                    removed.append(name)
        return removed

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
